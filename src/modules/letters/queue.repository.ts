import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Conn } from '../registry/registry.repository.ts';
import { people, type PersonRow } from '../registry/registry.tables.ts';
import type { LetterKind, LetterState } from './letters.model.ts';
import type { LetterRow } from './letters.repository.ts';
import { letters } from './letters.tables.ts';

export interface QueuedLetter {
  letter: LetterRow;
  person: PersonRow;
}

/**
 * A volunteer queue: letters in one state, oldest first, with the person they are for. With `forUser`,
 * only letters nobody has claimed or this volunteer has, so two translators never work on one letter.
 */
export async function lettersInState(db: Conn, state: LetterState, opts: { kind?: LetterKind; forUser?: string; limit?: number } = {}): Promise<QueuedLetter[]> {
  return db
    .select({ letter: letters, person: people })
    .from(letters)
    .innerJoin(people, eq(people.id, letters.personId))
    .where(
      and(
        eq(letters.state, state),
        opts.kind ? eq(letters.kind, opts.kind) : undefined,
        opts.forUser ? or(isNull(letters.claimedBy), eq(letters.claimedBy, opts.forUser)) : undefined,
      ),
    )
    .orderBy(asc(letters.createdOn), asc(letters.id))
    .limit(opts.limit ?? 100);
}

export async function findQueuedLetter(db: Conn, id: string): Promise<QueuedLetter | undefined> {
  const [row] = await db.select({ letter: letters, person: people }).from(letters).innerJoin(people, eq(people.id, letters.personId)).where(eq(letters.id, id));
  return row;
}

/** Takes a letter for one volunteer; false if it left the state or someone else holds it. */
export async function claimLetter(db: Conn, id: string, state: LetterState, userId: string): Promise<boolean> {
  const rows = await db
    .update(letters)
    .set({ claimedBy: userId })
    .where(and(eq(letters.id, id), eq(letters.state, state), or(isNull(letters.claimedBy), eq(letters.claimedBy, userId))))
    .returning({ id: letters.id });
  return rows.length > 0;
}

/** Gives a claimed letter back to the queue. */
export async function releaseLetter(db: Conn, id: string, userId: string): Promise<boolean> {
  const rows = await db
    .update(letters)
    .set({ claimedBy: null })
    .where(and(eq(letters.id, id), eq(letters.claimedBy, userId)))
    .returning({ id: letters.id });
  return rows.length > 0;
}

/** Changes a letter's fields while it stays in `state` (a saved draft); false if it moved meanwhile. */
export async function updateLetterIn(db: Conn, id: string, state: LetterState, values: Partial<typeof letters.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(letters)
    .set(values)
    .where(and(eq(letters.id, id), eq(letters.state, state)))
    .returning({ id: letters.id });
  return rows.length > 0;
}

/** The letter a printed reference (first eight hex digits of its id) stands for, if exactly one. */
export async function findByReference(db: Conn, prefix: string): Promise<QueuedLetter | undefined> {
  const rows = await db
    .select({ letter: letters, person: people })
    .from(letters)
    .innerJoin(people, eq(people.id, letters.personId))
    .where(sql`${letters.id}::text LIKE ${`${prefix}%`}`)
    .limit(2);
  return rows.length === 1 ? rows[0] : undefined;
}

/** How many letters wait in each state: the volunteers' overview. */
export async function countByState(db: Conn): Promise<Map<string, number>> {
  const rows = await db
    .select({ state: letters.state, kind: letters.kind, n: sql<number>`count(*)::int` })
    .from(letters)
    .where(sql`${letters.state} IN ('in_review', 'translation', 'ready', 'printed', 'written')`)
    .groupBy(letters.state, letters.kind);
  return new Map(rows.map((r) => [`${r.state}:${r.kind}`, Number(r.n)]));
}
