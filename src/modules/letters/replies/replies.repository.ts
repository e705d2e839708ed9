import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { people } from '../../registry/registry.tables.ts';
import type { ReplyState } from '../letters.model.ts';
import { letterReplies, letters } from '../letters.tables.ts';

export type ReplyRow = typeof letterReplies.$inferSelect;

export async function insertReply(db: Conn, values: typeof letterReplies.$inferInsert): Promise<ReplyRow> {
  const [row] = await db.insert(letterReplies).values(values).returning();
  return row;
}

/** A reply with its letter and person: the letter's key opens the reply's scans and translation. */
export async function findReply(db: Conn, id: string) {
  const [row] = await db
    .select({ reply: letterReplies, letter: letters, person: people })
    .from(letterReplies)
    .innerJoin(letters, eq(letters.id, letterReplies.letterId))
    .innerJoin(people, eq(people.id, letters.personId))
    .where(eq(letterReplies.id, id));
  return row;
}

export async function repliesInState(db: Conn, state: ReplyState, forUser?: string) {
  return db
    .select({ reply: letterReplies, letter: letters, person: people })
    .from(letterReplies)
    .innerJoin(letters, eq(letters.id, letterReplies.letterId))
    .innerJoin(people, eq(people.id, letters.personId))
    .where(and(eq(letterReplies.state, state), forUser ? or(isNull(letterReplies.claimedBy), eq(letterReplies.claimedBy, forUser)) : undefined))
    .orderBy(asc(letterReplies.receivedOn), asc(letterReplies.id))
    .limit(100);
}

/** Changes a reply that is still in `state` (and, with `claimedBy`, held by that volunteer or nobody). */
export async function updateReplyIn(db: Conn, id: string, state: ReplyState, values: Partial<typeof letterReplies.$inferInsert>, claimedBy?: string): Promise<boolean> {
  const rows = await db
    .update(letterReplies)
    .set(values)
    .where(
      and(
        eq(letterReplies.id, id),
        eq(letterReplies.state, state),
        claimedBy ? or(isNull(letterReplies.claimedBy), eq(letterReplies.claimedBy, claimedBy)) : undefined,
      ),
    )
    .returning({ id: letterReplies.id });
  return rows.length > 0;
}

export async function deliveredRepliesOf(db: Conn, letterId: string): Promise<ReplyRow[]> {
  return db
    .select()
    .from(letterReplies)
    .where(and(eq(letterReplies.letterId, letterId), eq(letterReplies.state, 'delivered')))
    .orderBy(asc(letterReplies.receivedOn), asc(letterReplies.id));
}

export async function findLetterByReplyToken(db: Conn, tokenHash: string) {
  const [row] = await db.select().from(letters).where(eq(letters.replyTokenHash, tokenHash));
  return row;
}

/** The reply of a letter whose pages are still being scanned, if any. */
export async function openReplyOf(db: Conn, letterId: string): Promise<ReplyRow | undefined> {
  const [row] = await db.select().from(letterReplies).where(and(eq(letterReplies.letterId, letterId), eq(letterReplies.state, 'scanning')));
  return row;
}

export async function appendScan(db: Conn, replyId: string, blobKey: string): Promise<void> {
  await db
    .update(letterReplies)
    .set({ scanKeys: sql`${letterReplies.scanKeys} || ${JSON.stringify([blobKey])}::jsonb` })
    .where(eq(letterReplies.id, replyId));
}

export async function repliesOfLetters(db: Conn, letterIds: string[]): Promise<ReplyRow[]> {
  if (letterIds.length === 0) return [];
  return db.select().from(letterReplies).where(sql`${letterReplies.letterId} IN (${sql.join(letterIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
}
