// The only SQL about RSVPs.
import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { Conn } from '../registry/registry.repository.ts';
import { HOLDS_PLACE, type RsvpState } from './events.model.ts';
import { events, rsvps } from './events.tables.ts';

export type RsvpRow = typeof rsvps.$inferSelect;

/** Places held by answers with an address (waiting for confirmation or approval, or going). */
export async function heldPlaces(db: Conn, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(rsvps)
    .where(and(eq(rsvps.eventId, eventId), inArray(rsvps.state, [...HOLDS_PLACE])));
  return Number(row.n);
}

export async function findRsvpBySubmission(db: Conn, submissionId: string): Promise<RsvpRow | undefined> {
  const [row] = await db.select().from(rsvps).where(eq(rsvps.submissionId, submissionId));
  return row;
}

export async function findRsvpByAddress(db: Conn, eventId: string, emailHash: string): Promise<RsvpRow | undefined> {
  const [row] = await db
    .select()
    .from(rsvps)
    .where(and(eq(rsvps.eventId, eventId), eq(rsvps.emailHash, emailHash)));
  return row;
}

export async function insertRsvp(db: Conn, values: typeof rsvps.$inferInsert): Promise<RsvpRow | undefined> {
  const [row] = await db.insert(rsvps).values(values).onConflictDoNothing().returning();
  return row;
}

/** A cancelled answer from the same address starts again: new links, waiting for confirmation. */
export async function reopenRsvp(db: Conn, id: string, values: Partial<typeof rsvps.$inferInsert>): Promise<RsvpRow | undefined> {
  const [row] = await db
    .update(rsvps)
    .set({ ...values, state: 'unconfirmed', reminderSentOn: null })
    .where(and(eq(rsvps.id, id), eq(rsvps.state, 'cancelled')))
    .returning();
  return row;
}

export async function findRsvpByConfirmHash(db: Conn, hash: string): Promise<RsvpRow | undefined> {
  const [row] = await db.select().from(rsvps).where(eq(rsvps.confirmTokenHash, hash));
  return row;
}

export async function findRsvpByCancelHash(db: Conn, hash: string): Promise<RsvpRow | undefined> {
  const [row] = await db.select().from(rsvps).where(eq(rsvps.cancelTokenHash, hash));
  return row;
}

/** Moves an answer from one of `from` to `to`; false when it was no longer in one of them (decided meanwhile). */
export async function moveRsvp(db: Conn, id: string, from: readonly RsvpState[], to: RsvpState, extra: Partial<typeof rsvps.$inferInsert> = {}): Promise<RsvpRow | undefined> {
  const [row] = await db
    .update(rsvps)
    .set({ ...extra, state: to })
    .where(and(eq(rsvps.id, id), inArray(rsvps.state, [...from])))
    .returning();
  return row;
}

export async function findRsvp(db: Conn, eventId: string, id: string): Promise<RsvpRow | undefined> {
  const [row] = await db
    .select()
    .from(rsvps)
    .where(and(eq(rsvps.id, id), eq(rsvps.eventId, eventId)));
  return row;
}

/** The answers coordinators see (not those never confirmed), in the order they came. */
export async function rsvpsForCoordinators(db: Conn, eventId: string): Promise<Pick<RsvpRow, 'id' | 'nameEnc' | 'state' | 'createdOn'>[]> {
  return db
    .select({ id: rsvps.id, nameEnc: rsvps.nameEnc, state: rsvps.state, createdOn: rsvps.createdOn })
    .from(rsvps)
    .where(and(eq(rsvps.eventId, eventId), ne(rsvps.state, 'unconfirmed')))
    .orderBy(asc(rsvps.createdOn), asc(rsvps.id));
}

/** Going answers with an address, to tell them the event is cancelled. */
export async function goingWithAddress(db: Conn, eventId: string): Promise<RsvpRow[]> {
  return db
    .select()
    .from(rsvps)
    .where(and(eq(rsvps.eventId, eventId), inArray(rsvps.state, ['going', 'pending']), isNotNull(rsvps.emailEnc)));
}

/**
 * Going answers of published events starting within `window` of `now` (and not started), not yet reminded.
 * Locked and skipped when another run holds them, so two runs at once never send one reminder twice.
 */
export async function dueReminders(db: Conn, now: Date, windowMs: number, eventId?: string) {
  return db
    .select({ rsvp: rsvps, event: events })
    .from(rsvps)
    .innerJoin(events, eq(events.id, rsvps.eventId))
    .where(
      and(
        eq(rsvps.state, 'going'),
        isNull(rsvps.reminderSentOn),
        isNotNull(rsvps.emailEnc),
        eq(events.state, 'published'),
        gt(events.startsAt, now),
        lte(events.startsAt, new Date(now.getTime() + windowMs)),
        eventId ? eq(events.id, eventId) : sql`true`,
      ),
    )
    .orderBy(asc(rsvps.id))
    .limit(500)
    .for('update', { of: rsvps, skipLocked: true });
}

/** Marks the reminder sent, unless another run did (then false, and the caller enqueues nothing). */
export async function markReminded(db: Conn, id: string, on: string): Promise<boolean> {
  const rows = await db
    .update(rsvps)
    .set({ reminderSentOn: on })
    .where(and(eq(rsvps.id, id), isNull(rsvps.reminderSentOn)))
    .returning({ id: rsvps.id });
  return rows.length > 0;
}

/** Unconfirmed answers whose link ran out go, and with them the places they held. */
export async function deleteExpiredUnconfirmed(db: Conn, now: Date): Promise<number> {
  const rows = await db
    .delete(rsvps)
    .where(and(eq(rsvps.state, 'unconfirmed'), lt(rsvps.confirmExpiresAt, now)))
    .returning({ id: rsvps.id });
  return rows.length;
}

/**
 * After the event nobody needs to be written to: the sealed address and name go, and the keyed hash of the
 * address is replaced by the row's own id (it still fills the unique index, and links to nothing). The
 * states stay, so the counts do. Returns how many answers were emptied.
 */
export async function forgetAfterEvent(db: Conn, now: Date): Promise<number> {
  const ended = db.select({ id: events.id }).from(events).where(lt(events.endsAt, now));
  const rows = await db
    .update(rsvps)
    .set({ emailEnc: null, nameEnc: '', emailHash: sql`'forgotten:' || ${rsvps.id}::text`, confirmTokenHash: null, cancelTokenHash: null })
    .where(and(inArray(rsvps.eventId, ended), or(isNotNull(rsvps.emailEnc), ne(rsvps.nameEnc, ''), isNotNull(rsvps.cancelTokenHash))))
    .returning({ id: rsvps.id });
  return rows.length;
}
