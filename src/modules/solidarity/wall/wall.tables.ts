import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { people } from '../../registry/registry.tables.ts';
import { WALL_STATES } from '../solidarity.model.ts';

/**
 * Someone showing their face: a re-encoded photo and thumbnail (never the original), a name or pseudonym,
 * a statement, optionally the person they support. The e-mail is sealed and deleted once confirmed; the
 * takedown link's token exists only in the confirmation e-mail (hash here).
 */
export const wallEntries = pgTable(
  'wall_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id').notNull().unique(),
    name: text('name').notNull(),
    statement: text('statement').notNull(),
    locale: text('locale').notNull(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    photoKey: text('photo_key').notNull(),
    thumbKey: text('thumb_key').notNull(),
    state: text('state', { enum: WALL_STATES }).notNull(),
    emailEnc: text('email_enc'),
    // The consent text exactly as shown, in the language it was shown in.
    consentText: text('consent_text').notNull(),
    confirmTokenHash: text('confirm_token_hash').unique(),
    confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
    takedownTokenHash: text('takedown_token_hash').notNull().unique(),
    createdOn: date('created_on').notNull(),
    approvedOn: date('approved_on'),
  },
  (t) => [index('wall_entries_public_idx').on(t.state, t.approvedOn, t.id), index('wall_entries_person_idx').on(t.personId, t.state)],
);
