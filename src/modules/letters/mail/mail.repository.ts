import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { facilities, people, placements } from '../../registry/registry.tables.ts';
import type { EnvelopeFormat, LetterKind } from '../letters.model.ts';
import { letterBatches, letterEvents, letters } from '../letters.tables.ts';

export type BatchRow = typeof letterBatches.$inferSelect;

/** Letters ready to print, counted by the facility where their person is held now (null: no address known). */
export async function readyByFacility(db: Conn, kind: LetterKind = 'letter') {
  const rows = await db
    .select({ facility: facilities, n: sql<number>`count(*)::int` })
    .from(letters)
    .leftJoin(placements, and(eq(placements.personId, letters.personId), isNull(placements.toOn)))
    .leftJoin(facilities, eq(facilities.id, placements.facilityId))
    .where(and(eq(letters.state, 'ready'), eq(letters.kind, kind)))
    .groupBy(facilities.id)
    .orderBy(asc(facilities.country), asc(facilities.nameRu));
  return rows.map((r) => ({ facility: r.facility, count: Number(r.n) }));
}

/**
 * Moves ready letters held at the chosen facilities into a new batch, in one transaction. Rows another
 * mailer is taking at the same moment are skipped (SKIP LOCKED), so no letter is printed twice.
 */
export async function takeIntoBatch(
  db: Conn,
  opts: { facilityIds: string[]; envelope: EnvelopeFormat; max: number; actorId: string; at: Date },
): Promise<BatchRow | null> {
  const due = await db
    .select({ id: letters.id, facilityId: placements.facilityId })
    .from(letters)
    .innerJoin(placements, and(eq(placements.personId, letters.personId), isNull(placements.toOn)))
    .where(and(eq(letters.state, 'ready'), eq(letters.kind, 'letter'), inArray(placements.facilityId, opts.facilityIds)))
    .orderBy(asc(placements.facilityId), asc(letters.createdOn), asc(letters.id))
    .limit(opts.max)
    .for('update', { of: letters, skipLocked: true });
  if (due.length === 0) return null;
  const [batch] = await db.insert(letterBatches).values({ createdBy: opts.actorId, envelope: opts.envelope, letterCount: due.length }).returning();
  for (const facilityId of new Set(due.map((d) => d.facilityId))) {
    const ids = due.filter((d) => d.facilityId === facilityId).map((d) => d.id);
    await db.update(letters).set({ state: 'printed', batchId: batch.id, facilityId, claimedBy: null }).where(inArray(letters.id, ids));
  }
  await db.insert(letterEvents).values(due.map((d) => ({ letterId: d.id, fromState: 'ready' as const, toState: 'printed' as const, actorId: opts.actorId, at: opts.at })));
  return batch;
}

export async function findBatch(db: Conn, id: string): Promise<BatchRow | undefined> {
  const [row] = await db.select().from(letterBatches).where(eq(letterBatches.id, id));
  return row;
}

export async function recentBatches(db: Conn, limit = 30): Promise<BatchRow[]> {
  return db.select().from(letterBatches).orderBy(sql`${letterBatches.postedOn} IS NOT NULL`, desc(letterBatches.createdAt)).limit(limit);
}

/** A batch's letters with person and facility, in print order: by facility, then oldest first. */
export async function batchLetters(db: Conn, batchId: string) {
  return db
    .select({ letter: letters, person: people, facility: facilities })
    .from(letters)
    .innerJoin(people, eq(people.id, letters.personId))
    .innerJoin(facilities, eq(facilities.id, letters.facilityId))
    .where(eq(letters.batchId, batchId))
    .orderBy(asc(facilities.country), asc(facilities.nameRu), asc(letters.createdOn), asc(letters.id));
}

/** Marks the batch posted on a date and every letter of it still printed as posted that day. */
export async function postBatch(db: Conn, batchId: string, postedOn: string, actorId: string, at: Date): Promise<number> {
  const updated = await db.update(letterBatches).set({ postedOn }).where(and(eq(letterBatches.id, batchId), isNull(letterBatches.postedOn))).returning({ id: letterBatches.id });
  if (updated.length === 0) return 0;
  const moved = await db
    .update(letters)
    .set({ state: 'posted', sentOn: postedOn })
    .where(and(eq(letters.batchId, batchId), eq(letters.state, 'printed')))
    .returning({ id: letters.id });
  if (moved.length > 0) await db.insert(letterEvents).values(moved.map((m) => ({ letterId: m.id, fromState: 'printed' as const, toState: 'posted' as const, actorId, at })));
  return moved.length;
}

/** Where a person is held now, for the address a scribe writes by hand. */
export async function currentFacilityOf(db: Conn, personId: string) {
  const [row] = await db
    .select({ facility: facilities })
    .from(placements)
    .innerJoin(facilities, eq(facilities.id, placements.facilityId))
    .where(and(eq(placements.personId, personId), isNull(placements.toOn)))
    .orderBy(desc(placements.createdAt))
    .limit(1);
  return row?.facility;
}
