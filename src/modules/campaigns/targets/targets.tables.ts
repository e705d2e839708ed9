import { date, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { TARGET_KINDS } from '../campaigns.model.ts';

/**
 * Someone a campaign writes to: an embassy, a ministry, a member of parliament, an official. Public
 * information about public office holders, so nothing here is sealed.
 */
export const targets = pgTable(
  'targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // The key an import recognises a target by (e.g. "de-bundestag-1234"); unique.
    ref: text('ref').notNull().unique(),
    kind: text('kind', { enum: TARGET_KINDS }).notNull(),
    name: text('name').notNull(),
    role: text('role').notNull().default(''),
    // ISO 3166-1 alpha-2, upper case.
    country: text('country').notNull(),
    party: text('party'),
    // Members of parliament: the constituency name, matched by the postcode table.
    constituency: text('constituency'),
    email: text('email'),
    postalAddress: text('postal_address'),
    // "Sehr geehrte Frau Abgeordnete", per language: { "de": "...", "en": "Dear Ms ..." }.
    salutations: jsonb('salutations').$type<Record<string, string>>().notNull().default({}),
    createdOn: date('created_on').notNull(),
    updatedOn: date('updated_on').notNull(),
  },
  (t) => [index('targets_constituency_idx').on(t.country, t.constituency)],
);

/** "Find your representative": postcode → constituency, per country, imported from CSV. */
export const postcodeConstituencies = pgTable(
  'postcode_constituencies',
  {
    country: text('country').notNull(),
    // Normalised: upper case, no spaces.
    postcode: text('postcode').notNull(),
    constituency: text('constituency').notNull(),
  },
  // One postcode may straddle constituencies: then the supporter chooses.
  (t) => [uniqueIndex('postcode_constituencies_idx').on(t.country, t.postcode, t.constituency)],
);

export type TargetRow = typeof targets.$inferSelect;
