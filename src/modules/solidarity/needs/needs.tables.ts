import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../accounts/accounts.tables.ts';
import { people } from '../../registry/registry.tables.ts';
import { NEED_KINDS, NEED_STATES, PLEDGE_STATES } from '../solidarity.model.ts';

/** What a person (or their family) needs, as a coordinator describes it. Never an amount of money. */
export const needs = pgTable(
  'needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NEED_KINDS }).notNull(),
    description: text('description').notNull(),
    locale: text('locale').notNull(),
    state: text('state', { enum: NEED_STATES }).notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdOn: date('created_on').notNull(),
    closedOn: date('closed_on'),
  },
  (t) => [index('needs_person_idx').on(t.personId, t.state)],
);

/** "I will send a parcel in March": a promise of help, with no money in it. Contact sealed. */
export const pledges = pgTable(
  'pledges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Chosen when the form is shown: a repeated submission finds its pledge.
    submissionId: uuid('submission_id').notNull().unique(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    pseudonym: text('pseudonym').notNull(),
    emailEnc: text('email_enc'),
    promise: text('promise').notNull(),
    // The month the supporter means to do it, 'YYYY-MM', if they say.
    byMonth: text('by_month'),
    locale: text('locale').notNull(),
    state: text('state', { enum: PLEDGE_STATES }).notNull(),
    confirmTokenHash: text('confirm_token_hash').unique(),
    confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
    createdOn: date('created_on').notNull(),
    decidedOn: date('decided_on'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('pledges_need_idx').on(t.needId, t.state)],
);
