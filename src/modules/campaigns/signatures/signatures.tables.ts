import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../accounts/accounts.tables.ts';
import { COSIGNER_STATES, PARTNER_EXPORT_STATES, SIGNATURE_STATES, SIGNATURE_VISIBILITIES } from '../campaigns.model.ts';
import { campaignPartners, campaigns } from '../core/campaigns.tables.ts';

/**
 * A person's signature under an open letter or petition. Public: `name` in the clear. Non-public: the
 * name sealed, for coordinators. Secret: no name and no address at all, only `dedupeHash` (a keyed hash
 * of campaign and e-mail address) so one address signs once.
 */
export const signatures = pgTable(
  'signatures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id').notNull().unique(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    visibility: text('visibility', { enum: SIGNATURE_VISIBILITIES }).notNull(),
    state: text('state', { enum: SIGNATURE_STATES }).notNull(),
    name: text('name'),
    nameEnc: text('name_enc'),
    // Shown next to a public name ("Berlin, DE"), optional.
    place: text('place'),
    // Kept only while a partner may still export it (a consent to at least one partner); null for secret.
    emailEnc: text('email_enc'),
    dedupeHash: text('dedupe_hash').notNull(),
    locale: text('locale').notNull(),
    confirmTokenHash: text('confirm_token_hash').unique(),
    confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
    createdOn: date('created_on').notNull(),
    confirmedOn: date('confirmed_on'),
  },
  (t) => [
    uniqueIndex('signatures_once_idx').on(t.campaignId, t.dedupeHash),
    // The id too: pages of public names are keyset-paged by (confirmedOn, id), and many sign on one day.
    index('signatures_public_idx').on(t.campaignId, t.state, t.visibility, t.confirmedOn, t.id),
  ],
);

/** A signer's choice for one coalition partner, with the exact words they were shown and the date. */
export const partnerConsents = pgTable(
  'partner_consents',
  {
    signatureId: uuid('signature_id')
      .notNull()
      .references(() => signatures.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => campaignPartners.id, { onDelete: 'cascade' }),
    agreed: boolean('agreed').notNull(),
    consentText: text('consent_text').notNull(),
    decidedOn: date('decided_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.signatureId, t.partnerId] }), index('partner_consents_partner_idx').on(t.partnerId, t.agreed)],
);

/** One coordinator asks for a partner's export, a different one approves; only then can it be downloaded. */
export const partnerExports = pgTable('partner_exports', {
  id: uuid('id').primaryKey().defaultRandom(),
  partnerId: uuid('partner_id')
    .notNull()
    .references(() => campaignPartners.id, { onDelete: 'cascade' }),
  state: text('state', { enum: PARTNER_EXPORT_STATES }).notNull(),
  requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
  requestedOn: date('requested_on').notNull(),
  decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
  decidedOn: date('decided_on'),
  rows: integer('rows'),
});

/** An organisation co-signing an open letter or petition: confirmed at its address, approved by a coordinator, then listed. */
export const cosigners = pgTable(
  'cosigners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id').notNull().unique(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    country: text('country').notNull(),
    website: text('website'),
    contactName: text('contact_name').notNull(),
    emailEnc: text('email_enc'),
    state: text('state', { enum: COSIGNER_STATES }).notNull(),
    locale: text('locale').notNull(),
    confirmTokenHash: text('confirm_token_hash').unique(),
    confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
    createdOn: date('created_on').notNull(),
    decidedOn: date('decided_on'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('cosigners_campaign_idx').on(t.campaignId, t.state)],
);
