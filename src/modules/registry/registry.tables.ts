import { bigserial, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.tables.ts';
import type { Article, PerLanguage, PhotoRef, Source } from './registry.model.ts';
import {
  FACILITY_KINDS,
  GENDERS,
  LETTERS_REACH,
  PERSON_STATUSES,
  CORRECTION_STATES,
  HISTORY_EVENTS,
} from './registry.model.ts';

export const facilities = pgTable(
  'facilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    nameBe: text('name_be'),
    nameRu: text('name_ru'),
    nameEn: text('name_en'),
    kind: text('kind', { enum: FACILITY_KINDS }).notNull().default('other'),
    country: text('country').notNull(),
    postalCode: text('postal_code'),
    region: text('region'),
    city: text('city'),
    // Street lines exactly as they must be written on the envelope (Cyrillic).
    street: text('street'),
    // The address as the source published it (often Latin); kept so a coordinator can check it.
    addressPublished: text('address_published'),
    notes: jsonb('notes').$type<PerLanguage>().notNull().default({}),
    // Normalised address used to recognise the same facility across sources and scripts.
    addressKey: text('address_key').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('facilities_country_idx').on(t.country)],
);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    // Cyrillic names are stored surname first ("Арабейка Яна Сяргееўна"), as the sources publish them.
    nameBe: text('name_be'),
    nameRu: text('name_ru'),
    // Latin as published, given name first ("Yana Arabeika").
    nameLatin: text('name_latin'),
    // Surname first, for sorting Latin names in alphabetical order.
    sortLatin: text('sort_latin').notNull(),
    otherNames: jsonb('other_names').$type<string[]>().notNull().default([]),
    status: text('status', { enum: PERSON_STATUSES }).notNull(),
    gender: text('gender', { enum: GENDERS }).notNull().default('unknown'),
    country: text('country').notNull(),
    birthYear: integer('birth_year'),
    birthMonth: integer('birth_month'),
    birthDay: integer('birth_day'),
    arrestedOn: date('arrested_on'),
    articles: jsonb('articles').$type<Article[]>().notNull().default([]),
    sentenceText: text('sentence_text'),
    sentenceMonths: integer('sentence_months'),
    regime: text('regime'),
    verdictOn: date('verdict_on'),
    appealOn: date('appeal_on'),
    sentenceStartOn: date('sentence_start_on'),
    releaseExpectedOn: date('release_expected_on'),
    releasedOn: date('released_on'),
    diedOn: date('died_on'),
    description: jsonb('description').$type<PerLanguage>().notNull().default({}),
    interests: jsonb('interests').$type<PerLanguage>().notNull().default({}),
    sources: jsonb('sources').$type<Source[]>().notNull().default([]),
    photoKey: text('photo_key'),
    lettersReach: text('letters_reach', { enum: LETTERS_REACH }).notNull().default('unknown'),
    lettersReachNote: text('letters_reach_note'),
    photo: jsonb('photo').$type<PhotoRef>(),
    // Where the record came from, so a re-import updates it instead of adding a copy.
    source: text('source'),
    sourceId: text('source_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('people_source_idx').on(t.source, t.sourceId),
    index('people_status_idx').on(t.status),
    index('people_birthday_idx').on(t.birthMonth, t.birthDay),
    index('people_updated_idx').on(t.updatedAt),
  ],
);

/**
 * Every spelling of a person's name, normalised; exact and prefix lookups by b-tree (index in migration 0003).
 * Derived from the person row and rewritten with it, so no foreign key: checking one per key was a fifth of a
 * 10,000-person import. People are never deleted (their history stays); code that ever deletes one must
 * delete these rows too.
 */
export const personSearchKeys = pgTable(
  'person_search_keys',
  {
    personId: uuid('person_id').notNull(),
    key: text('key').notNull(),
  },
  (t) => [index('person_search_keys_person_idx').on(t.personId)],
);

/**
 * Every distinct word of the search keys: the dictionary a mistyped query word is corrected against. A
 * trigger fills it (migration 0004); the search keeps it in memory and reads only rows with a higher id.
 */
export const searchWords = pgTable('search_words', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  word: text('word').notNull().unique(),
});

/** Where a person is held: a dated history, the open row (no end date) is the current place. */
export const placements = pgTable(
  'placements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id),
    fromOn: date('from_on'),
    toOn: date('to_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('placements_person_idx').on(t.personId), index('placements_facility_idx').on(t.facilityId)],
);

/** What changed in a record, when, and by whom or by which import. Never updated. */
export const recordHistory = pgTable(
  'record_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entity: text('entity', { enum: ['person', 'facility'] }).notNull(),
    entityId: uuid('entity_id').notNull(),
    event: text('event', { enum: HISTORY_EVENTS }).notNull(),
    changes: jsonb('changes').$type<Record<string, [unknown, unknown]>>().notNull().default({}),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    importLabel: text('import_label'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('record_history_entity_idx').on(t.entityId, t.at)],
);

/** Reports of inaccuracies from the public; the text and optional contact are sealed. */
export const corrections = pgTable(
  'corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    messageEnc: text('message_enc').notNull(),
    contactEnc: text('contact_enc'),
    locale: text('locale').notNull(),
    state: text('state', { enum: CORRECTION_STATES }).notNull().default('open'),
    createdOn: date('created_on').notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('corrections_state_idx').on(t.state)],
);

export type PersonRow = typeof people.$inferSelect;
export type FacilityRow = typeof facilities.$inferSelect;
