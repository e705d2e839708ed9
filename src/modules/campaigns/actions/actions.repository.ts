// The only SQL of letter actions.
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, ne, notExists, or, sql } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { people } from '../../registry/registry.tables.ts';
import type { ActionLetterState, ReplyAnswer } from '../campaigns.model.ts';
import { campaignPeople, campaigns, campaignTargets } from '../core/campaigns.tables.ts';
import { targets, type TargetRow } from '../targets/targets.tables.ts';
import { actionDeliveries, actionLetters } from './actions.tables.ts';

export type ActionLetterRow = typeof actionLetters.$inferSelect;

/** The campaign's chosen targets, by name. */
export async function campaignTargetsOf(db: Conn, campaignId: string): Promise<TargetRow[]> {
  const rows = await db
    .select({ target: targets })
    .from(campaignTargets)
    .innerJoin(targets, eq(targets.id, campaignTargets.targetId))
    .where(eq(campaignTargets.campaignId, campaignId))
    .orderBy(asc(targets.name));
  return rows.map((r) => r.target);
}

export async function targetsByIds(db: Conn, ids: string[]): Promise<TargetRow[]> {
  if (!ids.length) return [];
  return db.select().from(targets).where(inArray(targets.id, ids)).orderBy(asc(targets.name));
}

/** The registry people the campaign is about: their names fill {person_name}. */
export async function campaignPeopleOf(db: Conn, campaignId: string) {
  return db
    .select({ nameBe: people.nameBe, nameRu: people.nameRu, nameLatin: people.nameLatin })
    .from(campaignPeople)
    .innerJoin(people, eq(people.id, campaignPeople.personId))
    .where(eq(campaignPeople.campaignId, campaignId))
    .orderBy(asc(people.nameLatin));
}

export async function findLetterBySubmission(db: Conn, submissionId: string): Promise<ActionLetterRow | undefined> {
  const [row] = await db.select().from(actionLetters).where(eq(actionLetters.submissionId, submissionId));
  return row;
}

export async function findLetterByConfirmHash(db: Conn, hash: string): Promise<ActionLetterRow | undefined> {
  const [row] = await db.select().from(actionLetters).where(eq(actionLetters.confirmTokenHash, hash));
  return row;
}

export async function findLetterByFollowupHash(db: Conn, hash: string): Promise<ActionLetterRow | undefined> {
  const [row] = await db.select().from(actionLetters).where(eq(actionLetters.followupTokenHash, hash));
  return row;
}

export async function findLetterInCampaign(db: Conn, id: string, campaignId: string): Promise<ActionLetterRow | undefined> {
  const [row] = await db.select().from(actionLetters).where(and(eq(actionLetters.id, id), eq(actionLetters.campaignId, campaignId)));
  return row;
}

/** Stores a letter once per submission id: a repeated form finds the first one. */
export async function insertLetterOnce(db: Conn, values: typeof actionLetters.$inferInsert): Promise<{ letter: ActionLetterRow; created: boolean }> {
  const [created] = await db.insert(actionLetters).values(values).onConflictDoNothing({ target: actionLetters.submissionId }).returning();
  if (created) return { letter: created, created: true };
  return { letter: (await findLetterBySubmission(db, values.submissionId))!, created: false };
}

/** Of these targets, the ones this address has already written to in this campaign. */
export async function targetsAlreadyWritten(db: Conn, campaignId: string, supporterHash: string, targetIds: string[]): Promise<string[]> {
  if (!targetIds.length) return [];
  const rows = await db
    .select({ targetId: actionDeliveries.targetId })
    .from(actionDeliveries)
    .where(and(eq(actionDeliveries.campaignId, campaignId), eq(actionDeliveries.supporterHash, supporterHash), inArray(actionDeliveries.targetId, targetIds)));
  return rows.map((r) => r.targetId);
}

/**
 * How many other addresses sent, since `since`, an edited letter in this campaign whose SimHash is within
 * `distance` bits of this one (confirmed or held letters: an address that never confirmed proves nothing).
 */
export async function similarNeighbours(db: Conn, o: { campaignId: string; letterId: string; supporterHash: string; simhash: bigint; since: string; distance: number }): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${actionLetters.supporterHash})::int` })
    .from(actionLetters)
    .where(
      and(
        eq(actionLetters.campaignId, o.campaignId),
        ne(actionLetters.id, o.letterId),
        ne(actionLetters.supporterHash, o.supporterHash),
        eq(actionLetters.edited, true),
        inArray(actionLetters.state, ['confirmed', 'held']),
        gte(actionLetters.createdOn, o.since),
        isNotNull(actionLetters.simhash),
        sql`bit_count((${actionLetters.simhash} # ${o.simhash.toString()}::bigint)::bit(64)) <= ${o.distance}`,
      ),
    );
  return row?.n ?? 0;
}

/** Changes a letter only while it is in the expected state: two clicks, one change. */
export async function moveLetter(db: Conn, id: string, from: ActionLetterState, set: Partial<typeof actionLetters.$inferInsert>): Promise<boolean> {
  const rows = await db.update(actionLetters).set(set).where(and(eq(actionLetters.id, id), eq(actionLetters.state, from))).returning({ id: actionLetters.id });
  return rows.length > 0;
}

/** The public counter, in the same transaction as the letter it counts. */
export async function countLetter(db: Conn, campaignId: string): Promise<void> {
  await db.update(campaigns).set({ letterCount: sql`${campaigns.letterCount} + 1` }).where(eq(campaigns.id, campaignId));
}

export async function heldLettersOf(db: Conn, campaignId: string): Promise<ActionLetterRow[]> {
  return db.select().from(actionLetters).where(and(eq(actionLetters.campaignId, campaignId), eq(actionLetters.state, 'held'))).orderBy(asc(actionLetters.createdOn), asc(actionLetters.id));
}

/** "Did they reply?": how many gave each answer, and the notes (never who wrote them). */
export async function repliesOf(db: Conn, campaignId: string) {
  const counts = await db
    .select({ answer: actionLetters.replyAnswer, n: count() })
    .from(actionLetters)
    .where(and(eq(actionLetters.campaignId, campaignId), isNotNull(actionLetters.replyAnswer)))
    .groupBy(actionLetters.replyAnswer);
  const notes = await db
    .select({ answer: actionLetters.replyAnswer, note: actionLetters.replyNote, answeredOn: actionLetters.answeredOn })
    .from(actionLetters)
    .where(and(eq(actionLetters.campaignId, campaignId), isNotNull(actionLetters.replyNote)))
    .orderBy(desc(actionLetters.answeredOn), asc(actionLetters.id));
  const asked = await db
    .select({ n: count() })
    .from(actionLetters)
    .where(and(eq(actionLetters.campaignId, campaignId), isNotNull(actionLetters.followupSentOn)));
  return { counts: counts.map((c) => ({ answer: c.answer as ReplyAnswer, n: Number(c.n) })), notes: notes as { answer: ReplyAnswer; note: string; answeredOn: string }[], asked: Number(asked[0]?.n ?? 0) };
}

/** Confirmed letters whose "did they reply?" e-mail is due and not yet sent. */
export async function followupsDue(db: Conn, today: string, limit = 200): Promise<ActionLetterRow[]> {
  return db
    .select()
    .from(actionLetters)
    .where(and(eq(actionLetters.state, 'confirmed'), lte(actionLetters.followupDueOn, today), isNull(actionLetters.followupSentOn), isNotNull(actionLetters.emailEnc)))
    .orderBy(asc(actionLetters.followupDueOn), asc(actionLetters.id))
    .limit(limit);
}

/** Unconfirmed letters whose link ran out: deleted, words and all. */
export async function deleteExpiredUnconfirmed(db: Conn, now: Date): Promise<number> {
  const rows = await db
    .delete(actionLetters)
    .where(and(eq(actionLetters.state, 'unconfirmed'), lt(actionLetters.confirmExpiresAt, now)))
    .returning({ id: actionLetters.id });
  return rows.length;
}

/** No delivery of this letter still waits to be sent (the sending job needs the name and Reply-To address). */
const nothingLeftToSend = notExists(
  sql`(select 1 from ${actionDeliveries} where ${actionDeliveries.letterId} = ${actionLetters.id} and ${actionDeliveries.state} = 'scheduled')`,
);

/**
 * Deletes the sealed name and address of letters whose follow-up was answered, or asked long enough ago
 * (`askedBefore`), once nothing of theirs is left to send. `id` narrows it to one letter. Idempotent.
 */
export async function forgetIdentities(db: Conn, o: { askedBefore: string; id?: string }): Promise<number> {
  const rows = await db
    .update(actionLetters)
    .set({ nameEnc: null, emailEnc: null })
    .where(
      and(
        o.id ? eq(actionLetters.id, o.id) : undefined,
        or(isNotNull(actionLetters.nameEnc), isNotNull(actionLetters.emailEnc)),
        or(isNotNull(actionLetters.answeredOn), lte(actionLetters.followupSentOn, o.askedBefore)),
        nothingLeftToSend,
      ),
    )
    .returning({ id: actionLetters.id });
  return rows.length;
}
