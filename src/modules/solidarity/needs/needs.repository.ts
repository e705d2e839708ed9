import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { users } from '../../accounts/accounts.tables.ts';
import type { Conn } from '../../registry/registry.repository.ts';
import { people } from '../../registry/registry.tables.ts';
import type { NeedState, PledgeState } from '../solidarity.model.ts';
import { needs, pledges } from './needs.tables.ts';

export type NeedRow = typeof needs.$inferSelect;
export type PledgeRow = typeof pledges.$inferSelect;

/** A need as the pages show it: with how many promises it has (counts only, never who made them). */
export interface NeedWithCounts {
  id: string;
  kind: NeedRow['kind'];
  description: string;
  locale: string;
  state: NeedState;
  createdOn: string;
  closedOn: string | null;
  /** Confirmed promises: pledged or already fulfilled. */
  pledges: number;
  fulfilled: number;
}

/** A person's needs in the given states, newest first, with their pledge counts in one statement. */
export async function needsOf(db: Conn, personId: string, states: readonly NeedState[]): Promise<NeedWithCounts[]> {
  const rows = await db
    .select({
      id: needs.id,
      kind: needs.kind,
      description: needs.description,
      locale: needs.locale,
      state: needs.state,
      createdOn: needs.createdOn,
      closedOn: needs.closedOn,
      pledges: sql<number>`count(${pledges.id}) filter (where ${pledges.state} in ('pledged', 'fulfilled'))::int`,
      fulfilled: sql<number>`count(${pledges.id}) filter (where ${pledges.state} = 'fulfilled')::int`,
    })
    .from(needs)
    .leftJoin(pledges, eq(pledges.needId, needs.id))
    .where(and(eq(needs.personId, personId), inArray(needs.state, [...states])))
    .groupBy(needs.id)
    .orderBy(desc(needs.createdOn), asc(needs.id));
  return rows.map((r) => ({ ...r, pledges: Number(r.pledges), fulfilled: Number(r.fulfilled) }));
}

export async function findNeed(db: Conn, id: string): Promise<NeedRow | undefined> {
  const [row] = await db.select().from(needs).where(eq(needs.id, id));
  return row;
}

export async function insertNeed(db: Conn, values: typeof needs.$inferInsert): Promise<NeedRow> {
  const [row] = await db.insert(needs).values(values).returning();
  return row;
}

/** Closes an open need (met or no longer needed); the update names the expected state, so it happens once. */
export async function closeNeed(db: Conn, id: string, personId: string, to: 'met' | 'closed', on: string): Promise<boolean> {
  const moved = await db
    .update(needs)
    .set({ state: to, closedOn: on })
    .where(and(eq(needs.id, id), eq(needs.personId, personId), eq(needs.state, 'open')))
    .returning({ id: needs.id });
  return moved.length > 0;
}

/** Inserts unless this submission was stored already; either way returns the stored pledge and whether it is new. */
export async function insertPledgeOnce(db: Conn, values: typeof pledges.$inferInsert): Promise<{ pledge: PledgeRow; created: boolean }> {
  const [inserted] = await db.insert(pledges).values(values).onConflictDoNothing({ target: pledges.submissionId }).returning();
  if (inserted) return { pledge: inserted, created: true };
  return { pledge: (await findPledgeBySubmission(db, values.submissionId))!, created: false };
}

export async function findPledgeBySubmission(db: Conn, submissionId: string): Promise<PledgeRow | undefined> {
  const [row] = await db.select().from(pledges).where(eq(pledges.submissionId, submissionId));
  return row;
}

export async function findPledgeByConfirmToken(db: Conn, tokenHash: string): Promise<PledgeRow | undefined> {
  const [row] = await db.select().from(pledges).where(eq(pledges.confirmTokenHash, tokenHash));
  return row;
}

/** Moves a pledge from the state the actor saw to the next; false when someone else moved it first. */
export async function movePledge(db: Conn, id: string, from: PledgeState, values: Partial<typeof pledges.$inferInsert> & { state: PledgeState }): Promise<boolean> {
  const moved = await db
    .update(pledges)
    .set(values)
    .where(and(eq(pledges.id, id), eq(pledges.state, from)))
    .returning({ id: pledges.id });
  return moved.length > 0;
}

/** Confirmed pledges waiting for a coordinator, soonest month first, with the need, the person and the sealed contacts. */
export async function pledgesToFollow(db: Conn) {
  return db
    .select({
      pledge: pledges,
      need: { kind: needs.kind, description: needs.description, state: needs.state },
      person: { slug: people.slug, nameBe: people.nameBe, nameRu: people.nameRu, nameLatin: people.nameLatin },
      accountEmailEnc: users.emailEnc,
    })
    .from(pledges)
    .innerJoin(needs, eq(needs.id, pledges.needId))
    .innerJoin(people, eq(people.id, needs.personId))
    .leftJoin(users, eq(users.id, pledges.userId))
    .where(eq(pledges.state, 'pledged'))
    .orderBy(sql`${pledges.byMonth} asc nulls last`, asc(pledges.createdOn), asc(pledges.id));
}

/** Unconfirmed pledges whose link ran out go entirely: nobody ever promised anything. */
export async function deleteExpiredUnconfirmed(db: Conn, now: Date): Promise<number> {
  const gone = await db
    .delete(pledges)
    .where(and(eq(pledges.state, 'unconfirmed'), lt(pledges.confirmExpiresAt, now)))
    .returning({ id: pledges.id });
  return gone.length;
}

/** The person's slug, for the links of the person page's block (the page hands the blocks an id). */
export async function slugOf(db: Conn, personId: string): Promise<string | undefined> {
  const [row] = await db.select({ slug: people.slug }).from(people).where(eq(people.id, personId));
  return row?.slug;
}
