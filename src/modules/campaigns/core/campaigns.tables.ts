import { boolean, date, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../accounts/accounts.tables.ts';
import { people } from '../../registry/registry.tables.ts';
import { ADDRESSING, CAMPAIGN_KINDS, CAMPAIGN_STATES, COPY_MODES, HANDOVER_STATES } from '../campaigns.model.ts';
import { targets } from '../targets/targets.tables.ts';

/**
 * A campaign: a letter action, an open letter or a petition, usually about people in the registry.
 * The words live in `campaign_texts`, one row per language.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    kind: text('kind', { enum: CAMPAIGN_KINDS }).notNull(),
    state: text('state', { enum: CAMPAIGN_STATES }).notNull().default('draft'),
    // The language the campaign was written in; other languages say "translated from …" it.
    originalLang: text('original_lang').notNull(),
    // Letter actions: whom letters go to, whether supporters may change the words, how the organisation gets its copy.
    addressing: text('addressing', { enum: ADDRESSING }).notNull().default('targets'),
    templateLocked: boolean('template_locked').notNull().default(false),
    allowMailto: boolean('allow_mailto').notNull().default(true),
    allowServer: boolean('allow_server').notNull().default(true),
    copyMode: text('copy_mode', { enum: COPY_MODES }).notNull().default('bcc'),
    // Own-representative actions: the country whose postcode table is used.
    representativeCountry: text('representative_country'),
    // Petitions: a goal, a deadline and the handing over.
    goal: integer('goal'),
    deadline: date('deadline'),
    handoverState: text('handover_state', { enum: HANDOVER_STATES }),
    handoverOn: date('handover_on'),
    handoverNote: text('handover_note'),
    // Counted in the same transaction as each confirmed letter or signature, so the page reads one row.
    signatureCount: integer('signature_count').notNull().default(0),
    letterCount: integer('letter_count').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdOn: date('created_on').notNull(),
    openedOn: date('opened_on'),
    closedOn: date('closed_on'),
  },
  (t) => [index('campaigns_public_idx').on(t.state, t.kind, t.openedOn)],
);

/** A campaign's words in one language. Placeholders in the letter template: {supporter_name}, {target_name}, {salutation}, {person_name}. */
export const campaignTexts = pgTable(
  'campaign_texts',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    lang: text('lang').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    // Open letters and petitions: the text people sign. Letter actions: the background.
    body: text('body').notNull(),
    letterSubject: text('letter_subject'),
    letterBody: text('letter_body'),
    // Null for the original; the language this text was translated from otherwise.
    translatedFrom: text('translated_from'),
    updatedOn: date('updated_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.lang] })],
);

/** The registry people a campaign is about. */
export const campaignPeople = pgTable(
  'campaign_people',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.personId] }), index('campaign_people_person_idx').on(t.personId)],
);

/** Whom a letter action or petition is addressed to. */
export const campaignTargets = pgTable(
  'campaign_targets',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    targetId: uuid('target_id')
      .notNull()
      .references(() => targets.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.targetId] })],
);

/** Coalition partners of a campaign. Each signer decides for each partner whether it may contact them. */
export const campaignPartners = pgTable(
  'campaign_partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    country: text('country'),
    website: text('website'),
    createdOn: date('created_on').notNull(),
  },
  (t) => [uniqueIndex('campaign_partners_name_idx').on(t.campaignId, t.name)],
);

export type CampaignRow = typeof campaigns.$inferSelect;
export type CampaignTextRow = typeof campaignTexts.$inferSelect;
