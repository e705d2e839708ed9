// The only SQL about events, their texts and their report photos (RSVPs: rsvps.repository.ts).
import { and, asc, desc, eq, gt, gte, inArray, lte, ne, or, sql } from 'drizzle-orm';
import type { Conn } from '../registry/registry.repository.ts';
import { campaigns } from '../campaigns/core/campaigns.tables.ts';
import { eventPhotos, events, eventTexts } from './events.tables.ts';

export type EventRow = typeof events.$inferSelect;
export type EventTextRow = typeof eventTexts.$inferSelect;
export type EventPhotoRow = typeof eventPhotos.$inferSelect;
export type PhotoFiles = { photoKey: string; thumbKey: string };

/** An event with the numbers its pages show: people coming (confirmed + anonymous) and places held. */
export type EventWithCounts = EventRow & { going: number; held: number };

// Written out in full: inside a subquery, column names must say which table they belong to.
const going = sql<number>`(select count(*)::int from rsvps r where r.event_id = "events"."id" and r.state = 'going')`;
const held = sql<number>`(select count(*)::int from rsvps r where r.event_id = "events"."id" and r.state in ('unconfirmed', 'pending', 'going'))`;
const withCounts = { event: events, going, held };
const flatten = (r: { event: EventRow; going: number; held: number }): EventWithCounts => ({ ...r.event, going: Number(r.going), held: Number(r.held) });

/** An event by its address; drafts only for those who may manage events (others get nothing: a 404). */
export async function findEvent(db: Conn, slug: string, opts: { drafts: boolean }): Promise<EventWithCounts | undefined> {
  const rows = await db
    .select(withCounts)
    .from(events)
    .where(and(eq(events.slug, slug), opts.drafts ? sql`true` : ne(events.state, 'draft')));
  return rows[0] && flatten(rows[0]);
}

/** One more anonymous "I'll come" (not a change calendars need to know of: the sequence stays). */
export async function addAnonymous(db: Conn, eventId: string): Promise<void> {
  await db.update(events).set({ anonymousCount: sql`${events.anonymousCount} + 1` }).where(eq(events.id, eventId));
}

export async function findEventById(db: Conn, id: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row;
}

/** Locks the event row for the rest of the transaction: the capacity check and the write then happen as one. */
export async function lockEvent(tx: Conn, id: string): Promise<EventRow | undefined> {
  const [row] = await tx.select().from(events).where(eq(events.id, id)).for('update');
  return row;
}

/** Public events still to end (soonest first), or already over (latest first). */
export async function publicEvents(db: Conn, now: Date, when: 'upcoming' | 'past', limit: number): Promise<EventWithCounts[]> {
  const visible = inArray(events.state, ['published', 'cancelled']);
  const rows = await db
    .select(withCounts)
    .from(events)
    .where(and(visible, when === 'upcoming' ? gt(events.endsAt, now) : lte(events.endsAt, now)))
    .orderBy(when === 'upcoming' ? asc(events.startsAt) : desc(events.startsAt), asc(events.id))
    .limit(limit);
  return rows.map(flatten);
}

/** The calendar feed: public events ending after `since`, cancelled ones too (calendars must learn of it). */
export async function feedEvents(db: Conn, since: Date, limit: number): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(and(inArray(events.state, ['published', 'cancelled']), gte(events.endsAt, since)))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(limit);
}

/** Every event, newest start first, for the organisers' list. */
export async function allEvents(db: Conn, limit: number): Promise<EventWithCounts[]> {
  const rows = await db.select(withCounts).from(events).orderBy(desc(events.startsAt), asc(events.id)).limit(limit);
  return rows.map(flatten);
}

/** The texts of these events in `lang` or their original language (the view picks `lang` when there is one). */
export async function textsFor(db: Conn, eventIds: string[], lang: string): Promise<EventTextRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .select({ eventId: eventTexts.eventId, lang: eventTexts.lang, title: eventTexts.title, description: eventTexts.description, translatedFrom: eventTexts.translatedFrom, report: eventTexts.report })
    .from(eventTexts)
    .innerJoin(events, eq(events.id, eventTexts.eventId))
    .where(and(inArray(eventTexts.eventId, eventIds), or(eq(eventTexts.lang, lang), eq(eventTexts.lang, events.originalLang))));
}

export async function allTexts(db: Conn, eventId: string): Promise<EventTextRow[]> {
  return db.select().from(eventTexts).where(eq(eventTexts.eventId, eventId)).orderBy(asc(eventTexts.lang));
}

/** Events that have a report in some language (the "report" mark on the past list). */
export async function eventsWithReport(db: Conn, eventIds: string[]): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  const rows = await db
    .select({ id: eventTexts.eventId })
    .from(eventTexts)
    .where(and(inArray(eventTexts.eventId, eventIds), sql`coalesce(${eventTexts.report}, '') <> ''`));
  const withPhotos = await db.select({ id: eventPhotos.eventId }).from(eventPhotos).where(inArray(eventPhotos.eventId, eventIds));
  return new Set([...rows, ...withPhotos].map((r) => r.id));
}

export async function insertEvent(db: Conn, values: typeof events.$inferInsert): Promise<EventRow | undefined> {
  const [row] = await db.insert(events).values(values).onConflictDoNothing({ target: events.slug }).returning();
  return row;
}

/** Any change to what a calendar shows bumps the sequence, so subscribed calendars take the new version. */
export async function updateEvent(db: Conn, id: string, values: Partial<typeof events.$inferInsert>): Promise<EventRow | undefined> {
  const [row] = await db
    .update(events)
    .set({ ...values, sequence: sql`${events.sequence} + 1` })
    .where(eq(events.id, id))
    .returning();
  return row;
}

export async function slugTaken(db: Conn, slug: string, exceptId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.slug, slug), exceptId ? ne(events.id, exceptId) : sql`true`));
  return rows.length > 0;
}

export async function campaignIdBySlug(db: Conn, slug: string): Promise<string | undefined> {
  const [row] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, slug));
  return row?.id;
}

export async function campaignSlugById(db: Conn, id: string): Promise<string | undefined> {
  const [row] = await db.select({ slug: campaigns.slug, state: campaigns.state }).from(campaigns).where(eq(campaigns.id, id));
  return row && row.state !== 'draft' ? row.slug : undefined;
}

export async function upsertText(db: Conn, values: typeof eventTexts.$inferInsert): Promise<void> {
  const { eventId: _id, lang: _lang, ...rest } = values;
  await db.insert(eventTexts).values(values).onConflictDoUpdate({ target: [eventTexts.eventId, eventTexts.lang], set: rest });
}

export async function deleteText(db: Conn, eventId: string, lang: string): Promise<boolean> {
  const rows = await db
    .delete(eventTexts)
    .where(and(eq(eventTexts.eventId, eventId), eq(eventTexts.lang, lang)))
    .returning({ lang: eventTexts.lang });
  return rows.length > 0;
}

export async function photosOf(db: Conn, eventId: string): Promise<EventPhotoRow[]> {
  return db.select().from(eventPhotos).where(eq(eventPhotos.eventId, eventId)).orderBy(asc(eventPhotos.createdOn), asc(eventPhotos.id));
}

export async function insertPhoto(db: Conn, values: typeof eventPhotos.$inferInsert): Promise<EventPhotoRow> {
  const [row] = await db.insert(eventPhotos).values(values).returning();
  return row;
}

/** Deletes one photo of this event; returns its files, or undefined when there was none. */
export async function deletePhoto(db: Conn, eventId: string, photoId: string): Promise<PhotoFiles | undefined> {
  const [row] = await db
    .delete(eventPhotos)
    .where(and(eq(eventPhotos.id, photoId), eq(eventPhotos.eventId, eventId)))
    .returning({ photoKey: eventPhotos.photoKey, thumbKey: eventPhotos.thumbKey });
  return row;
}

/** A photo with its event's state, for serving its files. */
export async function photoToServe(db: Conn, photoId: string): Promise<(PhotoFiles & { state: EventRow['state'] }) | undefined> {
  const [row] = await db
    .select({ photoKey: eventPhotos.photoKey, thumbKey: eventPhotos.thumbKey, state: events.state })
    .from(eventPhotos)
    .innerJoin(events, eq(events.id, eventPhotos.eventId))
    .where(eq(eventPhotos.id, photoId));
  return row;
}
