import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.tables.ts';
import { campaigns } from '../campaigns/core/campaigns.tables.ts';
import { EVENT_STATES, RSVP_STATES } from './events.model.ts';

/** A solidarity event. Times are instants; `timeZone` (IANA) is how they are shown and written to iCalendar. */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    state: text('state', { enum: EVENT_STATES }).notNull().default('draft'),
    originalLang: text('original_lang').notNull(),
    timeZone: text('time_zone').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    address: text('address').notNull().default(''),
    organiser: text('organiser').notNull(),
    capacity: integer('capacity'),
    approvalRequired: boolean('approval_required').notNull().default(false),
    // "I'll come" without an e-mail: only a number.
    anonymousCount: integer('anonymous_count').notNull().default(0),
    campaignId: uuid('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdOn: date('created_on').notNull(),
    // Bumped on every change: the iCalendar SEQUENCE, so calendars update the event.
    sequence: integer('sequence').notNull().default(0),
  },
  (t) => [index('events_public_idx').on(t.state, t.startsAt)],
);

/** An event's words in one language. */
export const eventTexts = pgTable(
  'event_texts',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    lang: text('lang').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    translatedFrom: text('translated_from'),
    // The report after the event, in this language (empty until written).
    report: text('report'),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.lang] })],
);

/** "I'll come", with an e-mail address (sealed) for the confirmation and the reminder. */
export const rsvps = pgTable(
  'rsvps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id').notNull().unique(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    // A keyed hash of the address: one answer per address per event.
    emailHash: text('email_hash').notNull(),
    emailEnc: text('email_enc'),
    nameEnc: text('name_enc').notNull(),
    state: text('state', { enum: RSVP_STATES }).notNull(),
    locale: text('locale').notNull(),
    confirmTokenHash: text('confirm_token_hash').unique(),
    confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
    // The secret link in the e-mails to cancel one's place.
    cancelTokenHash: text('cancel_token_hash').unique(),
    reminderSentOn: date('reminder_sent_on'),
    createdOn: date('created_on').notNull(),
  },
  (t) => [uniqueIndex('rsvps_once_idx').on(t.eventId, t.emailHash), index('rsvps_event_idx').on(t.eventId, t.state)],
);

/** Photos of the report, processed as on the solidarity wall (re-encoded, no metadata, never the original). */
export const eventPhotos = pgTable(
  'event_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    photoKey: text('photo_key').notNull(),
    thumbKey: text('thumb_key').notNull(),
    caption: text('caption').notNull().default(''),
    createdOn: date('created_on').notNull(),
  },
  (t) => [index('event_photos_event_idx').on(t.eventId)],
);
