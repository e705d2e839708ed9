import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ACTION_LETTER_MODES, ACTION_LETTER_STATES, DELIVERY_STATES, REPLY_ANSWERS } from '../campaigns.model.ts';
import { campaigns } from '../core/campaigns.tables.ts';
import { targets } from '../targets/targets.tables.ts';

/**
 * A supporter's letter in a letter action. Name, address and words are sealed; the words are deleted
 * once every delivery is sent (or the letter is refused). `supporterHash` is a keyed hash of the e-mail
 * address: it enforces one letter per supporter per target per campaign and the per-address limits
 * without a readable address.
 */
export const actionLetters = pgTable(
  'action_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Chosen when the form is shown: a repeated submission finds its letter.
    submissionId: uuid('submission_id').notNull().unique(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    mode: text('mode', { enum: ACTION_LETTER_MODES }).notNull(),
    state: text('state', { enum: ACTION_LETTER_STATES }).notNull(),
    locale: text('locale').notNull(),
    supporterHash: text('supporter_hash').notNull(),
    nameEnc: text('name_enc'),
    emailEnc: text('email_enc'),
    subjectEnc: text('subject_enc'),
    bodyEnc: text('body_enc'),
    // 64-bit SimHash of the normalised words; near-identical edited texts from many addresses are held.
    // The targets chosen when writing (the campaign's, or the supporter's own representative); deliveries are made from it on confirmation.
    targetIds: jsonb('target_ids').$type<string[]>().notNull(),
    simhash: bigint('simhash', { mode: 'bigint' }),
    // Whether the supporter changed the template (an unchanged template is identical by design).
    edited: boolean('edited').notNull().default(false),
    confirmTokenHash: text('confirm_token_hash').unique(),
    confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
    createdOn: date('created_on').notNull(),
    confirmedOn: date('confirmed_on'),
    // "Did they reply?": asked once, some days after confirmation.
    followupDueOn: date('followup_due_on'),
    followupTokenHash: text('followup_token_hash').unique(),
    followupSentOn: date('followup_sent_on'),
    replyAnswer: text('reply_answer', { enum: REPLY_ANSWERS }),
    replyNote: text('reply_note'),
    answeredOn: date('answered_on'),
  },
  (t) => [
    index('action_letters_campaign_idx').on(t.campaignId, t.state),
    index('action_letters_followup_idx').on(t.followupDueOn),
  ],
);

/**
 * One letter to one target. Exists only for confirmed letters; the unique index is the rule "one letter
 * per supporter per target per campaign". Server deliveries are scheduled into a slot (per-target
 * hourly cap, sending window, drip) and sent exactly once by the delivery job.
 */
export const actionDeliveries = pgTable(
  'action_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => actionLetters.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    targetId: uuid('target_id')
      .notNull()
      .references(() => targets.id, { onDelete: 'cascade' }),
    supporterHash: text('supporter_hash').notNull(),
    mode: text('mode', { enum: ACTION_LETTER_MODES }).notNull(),
    state: text('state', { enum: DELIVERY_STATES }).notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    sentOn: date('sent_on'),
  },
  (t) => [
    uniqueIndex('action_deliveries_once_idx').on(t.campaignId, t.targetId, t.supporterHash),
    index('action_deliveries_letter_idx').on(t.letterId),
    index('action_deliveries_due_idx').on(t.state, t.scheduledAt),
  ],
);

/** Slots already given out per target and hour: the per-target hourly cap holds across workers and restarts. */
export const targetSendSlots = pgTable(
  'target_send_slots',
  {
    targetId: uuid('target_id')
      .notNull()
      .references(() => targets.id, { onDelete: 'cascade' }),
    hour: timestamp('hour', { withTimezone: true }).notNull(),
    used: integer('used').notNull(),
  },
  (t) => [primaryKey({ columns: [t.targetId, t.hour] })],
);
