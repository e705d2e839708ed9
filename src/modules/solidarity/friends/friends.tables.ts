import { date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';
import { users } from '../../accounts/accounts.tables.ts';
import { people } from '../../registry/registry.tables.ts';
import { TASK_KINDS } from '../solidarity.model.ts';

/**
 * A friend: a pseudonym and a confirmed e-mail address (sealed, looked up by its HMAC), or an account.
 * A friend without an account reaches their page through a private link (hash of its token only).
 */
export const friends = pgTable('friends', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id')
    .unique()
    .references(() => users.id, { onDelete: 'cascade' }),
  pseudonym: text('pseudonym').notNull(),
  emailEnc: text('email_enc'),
  emailHash: text('email_hash').unique(),
  // The language e-mails to this friend are written in.
  locale: text('locale').notNull(),
  reminders: boolean('reminders').notNull().default(false),
  pageTokenHash: text('page_token_hash').unique(),
  createdOn: date('created_on').notNull(),
});

/** A friend's tie to one person; it counts once the e-mail link is followed (or at once, for an account). */
export const friendships = pgTable(
  'friendships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    friendId: uuid('friend_id')
      .notNull()
      .references(() => friends.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    confirmTokenHash: text('confirm_token_hash').unique(),
    confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
    confirmedOn: date('confirmed_on'),
    createdOn: date('created_on').notNull(),
  },
  (t) => [uniqueIndex('friendships_friend_person_idx').on(t.friendId, t.personId), index('friendships_person_idx').on(t.personId, t.confirmedOn)],
);

/** A task a coordinator writes, in one language, for one person or (personId null) for everyone's friends. */
export const friendTasks = pgTable(
  'friend_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: TASK_KINDS }).notNull(),
    locale: text('locale').notNull(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    dueOn: date('due_on'),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdOn: date('created_on').notNull(),
  },
  (t) => [index('friend_tasks_person_idx').on(t.personId), index('friend_tasks_locale_idx').on(t.locale, t.active)],
);

/** A task one friendship has done, with an optional photo (re-encoded, in the blob store). Dates only. */
export const friendTaskDone = pgTable(
  'friend_task_done',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => friendTasks.id, { onDelete: 'cascade' }),
    friendshipId: uuid('friendship_id')
      .notNull()
      .references(() => friendships.id, { onDelete: 'cascade' }),
    photoKey: text('photo_key'),
    doneOn: date('done_on').notNull(),
  },
  (t) => [uniqueIndex('friend_task_done_once_idx').on(t.taskId, t.friendshipId)],
);

/** Reminders already sent, so a retried or repeated run never sends one twice (key: what and when). */
export const friendReminders = pgTable(
  'friend_reminders',
  {
    friendId: uuid('friend_id')
      .notNull()
      .references(() => friends.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    sentOn: date('sent_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.friendId, t.key] })],
);
