import { bigserial, boolean, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.tables.ts';
import { people } from '../registry/registry.tables.ts';
import { LETTER_KINDS, LETTER_ORIGINS, LETTER_STATES } from './letters.model.ts';

/** Where a finding is, without its words: the text itself is sealed. */
export interface StoredFinding {
  code: string;
  start: number;
  end: number;
}

/**
 * A letter or postcard. Everything the writer wrote or told us is sealed with the letter's own data
 * key (envelope encryption, lib/crypto.ts), which is stored only wrapped by the master key: the text,
 * the translation, the writer's e-mail, name and return address, and the image file in the blob store.
 * Retention deletes the sealed fields and the file; nothing about the writer's connection is kept.
 */
export const letters = pgTable(
  'letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Chosen when the form is shown and sent with it: a repeated or replayed submission finds its letter.
    submissionId: uuid('submission_id').notNull().unique(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: LETTER_KINDS }).notNull(),
    origin: text('origin', { enum: LETTER_ORIGINS }).notNull().default('platform'),
    state: text('state', { enum: LETTER_STATES }).notNull(),
    // The writer's interface language: e-mails to them are written in it.
    locale: text('locale').notNull(),
    language: text('language'),
    needsTranslation: boolean('needs_translation').notNull().default(false),
    flagged: boolean('flagged').notNull().default(false),
    findings: jsonb('findings').$type<StoredFinding[]>().notNull().default([]),
    keyWrapped: text('key_wrapped'),
    bodyEnc: text('body_enc'),
    translationEnc: text('translation_enc'),
    writerEmailEnc: text('writer_email_enc'),
    signatureEnc: text('signature_enc'),
    returnAddressEnc: text('return_address_enc'),
    imageKey: text('image_key'),
    wantsReplies: boolean('wants_replies').notNull().default(false),
    wantsArchive: boolean('wants_archive').notNull().default(false),
    // Hash of the link's token: the link in the e-mail is the only copy of the token.
    confirmTokenHash: text('confirm_token_hash').unique(),
    confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
    moderatorNoteEnc: text('moderator_note_enc'),
    // Dates only: a writer's letters must not become a timeline of their actions.
    createdOn: date('created_on').notNull(),
    sentOn: date('sent_on'),
    contentDeletedOn: date('content_deleted_on'),
  },
  (t) => [
    index('letters_person_idx').on(t.personId, t.sentOn),
    index('letters_state_idx').on(t.state),
    index('letters_user_idx').on(t.userId),
  ],
);

/**
 * Every change of state, with the staff member who made it and when. A change the writer made (confirm,
 * edit) has no actor and only its date, so no time of day is kept about a writer.
 */
export const letterEvents = pgTable(
  'letter_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    fromState: text('from_state', { enum: LETTER_STATES }),
    toState: text('to_state', { enum: LETTER_STATES }).notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('letter_events_letter_idx').on(t.letterId)],
);
