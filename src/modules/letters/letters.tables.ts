import { bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.tables.ts';
import { facilities, people } from '../registry/registry.tables.ts';
import { ENVELOPE_FORMATS, LETTER_KINDS, LETTER_ORIGINS, LETTER_STATES, REPLY_STATES } from './letters.model.ts';

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
    // A translated letter is printed with the writer's own words too, if they ask.
    wantsOriginal: boolean('wants_original').notNull().default(false),
    // Hash of the link's token: the link in the e-mail is the only copy of the token.
    confirmTokenHash: text('confirm_token_hash').unique(),
    confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
    moderatorNoteEnc: text('moderator_note_enc'),
    // The translator or scribe working on it now: one volunteer per letter.
    claimedBy: uuid('claimed_by').references(() => users.id, { onDelete: 'set null' }),
    // The language the facility reads, which a translation is written in.
    translationLanguage: text('translation_language'),
    // A scribe's photo of the hand-written card (sealed file in the blob store).
    writtenPhotoKey: text('written_photo_key'),
    batchId: uuid('batch_id').references(() => letterBatches.id),
    // Where it was addressed when printed: a later transfer does not rewrite history.
    facilityId: uuid('facility_id').references(() => facilities.id),
    returnedOn: date('returned_on'),
    // The writer's private link to read the replies (hash only), and when it stops working.
    replyTokenHash: text('reply_token_hash').unique(),
    replyExpiresAt: timestamp('reply_expires_at', { withTimezone: true }),
    // Dates only: a writer's letters must not become a timeline of their actions.
    createdOn: date('created_on').notNull(),
    sentOn: date('sent_on'),
    contentDeletedOn: date('content_deleted_on'),
  },
  (t) => [
    index('letters_person_idx').on(t.personId, t.sentOn),
    index('letters_state_idx').on(t.state),
    index('letters_user_idx').on(t.userId),
    index('letters_batch_idx').on(t.batchId),
  ],
);

/** What a mailer printed together: one PDF, posted on one day. */
export const letterBatches = pgTable('letter_batches', {
  id: uuid('id').primaryKey().defaultRandom(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  envelope: text('envelope', { enum: ENVELOPE_FORMATS }).notNull(),
  letterCount: integer('letter_count').notNull(),
  postedOn: date('posted_on'),
});

/**
 * A reply from the prisoner: its scans are sealed files (with the letter's own key), and its translation
 * is sealed in the row. It is delivered to the writer by a private link, if they asked for replies.
 */
export const letterReplies = pgTable(
  'letter_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letters.id, { onDelete: 'cascade' }),
    state: text('state', { enum: REPLY_STATES }).notNull(),
    receivedOn: date('received_on').notNull(),
    scanKeys: jsonb('scan_keys').$type<string[]>().notNull().default([]),
    translationEnc: text('translation_enc'),
    claimedBy: uuid('claimed_by').references(() => users.id, { onDelete: 'set null' }),
    deliveredOn: date('delivered_on'),
  },
  (t) => [index('letter_replies_letter_idx').on(t.letterId), index('letter_replies_state_idx').on(t.state)],
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
