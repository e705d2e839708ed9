import { and, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { actionDeliveries, actionLetters, targetSendSlots } from '../actions/actions.tables.ts';
import { campaigns } from '../core/campaigns.tables.ts';
import { targets } from '../targets/targets.tables.ts';

/** The letter's targets that have an e-mail address (only those can be written to by the platform). */
export async function targetsWithEmail(tx: Db, targetIds: string[]): Promise<string[]> {
  if (targetIds.length === 0) return [];
  const rows = await tx.select({ id: targets.id }).from(targets).where(and(inArray(targets.id, targetIds), isNotNull(targets.email)));
  return rows.map((r) => r.id);
}

/** A new scheduled delivery, or null when this supporter already wrote to this target in this campaign (unique index). */
export async function insertScheduledDelivery(tx: Db, d: { letterId: string; campaignId: string; targetId: string; supporterHash: string }): Promise<string | null> {
  const [row] = await tx
    .insert(actionDeliveries)
    .values({ ...d, mode: 'server', state: 'scheduled' })
    .onConflictDoNothing()
    .returning({ id: actionDeliveries.id });
  return row?.id ?? null;
}

export async function setScheduledAt(tx: Db, deliveryId: string, at: Date): Promise<void> {
  await tx.update(actionDeliveries).set({ scheduledAt: at }).where(eq(actionDeliveries.id, deliveryId));
}

/** Hours from `from` on in which the target's places are all given out (skipped without trying them). */
export async function fullHours(tx: Db, targetId: string, from: Date, cap: number): Promise<Set<number>> {
  const rows = await tx
    .select({ hour: targetSendSlots.hour })
    .from(targetSendSlots)
    .where(and(eq(targetSendSlots.targetId, targetId), gte(targetSendSlots.hour, from), gte(targetSendSlots.used, cap)));
  return new Set(rows.map((r) => r.hour.getTime()));
}

/**
 * Takes the next free place of a target's hour in one statement: the row's `used` is how many places are
 * given out (or gone because their time has passed); the upsert takes place max(used, firstOpen) and returns
 * it, or nothing when the hour is full. ON CONFLICT DO UPDATE locks the row and re-reads its latest version,
 * so concurrent confirmations get different places and never more than `cap` (the lock lasts to commit).
 */
export async function takePlace(tx: Db, targetId: string, hour: Date, firstOpen: number, cap: number): Promise<number | null> {
  const [row] = await tx
    .insert(targetSendSlots)
    .values({ targetId, hour, used: firstOpen + 1 })
    .onConflictDoUpdate({
      target: [targetSendSlots.targetId, targetSendSlots.hour],
      set: { used: sql`greatest(${targetSendSlots.used}, ${firstOpen}::int) + 1` },
      setWhere: sql`greatest(${targetSendSlots.used}, ${firstOpen}::int) < ${cap}::int`,
    })
    .returning({ used: targetSendSlots.used });
  return row ? row.used - 1 : null;
}

/** Everything the delivery job needs, for several deliveries in one query. */
export async function deliveriesToSend(db: Db, deliveryIds: string[]) {
  return db
    .select({
      id: actionDeliveries.id,
      state: actionDeliveries.state,
      mode: actionDeliveries.mode,
      letterId: actionLetters.id,
      letterState: actionLetters.state,
      locale: actionLetters.locale,
      nameEnc: actionLetters.nameEnc,
      emailEnc: actionLetters.emailEnc,
      subjectEnc: actionLetters.subjectEnc,
      bodyEnc: actionLetters.bodyEnc,
      targetName: targets.name,
      targetEmail: targets.email,
      salutations: targets.salutations,
      copyMode: campaigns.copyMode,
      // A letter with one delivery has no sibling whose record could race with this one's (see recordDone).
      siblings: sql<number>`(select count(*)::int - 1 from action_deliveries s where s.letter_id = ${actionDeliveries.letterId})`,
    })
    .from(actionDeliveries)
    .innerJoin(actionLetters, eq(actionLetters.id, actionDeliveries.letterId))
    .innerJoin(targets, eq(targets.id, actionDeliveries.targetId))
    .innerJoin(campaigns, eq(campaigns.id, actionDeliveries.campaignId))
    .where(inArray(actionDeliveries.id, deliveryIds));
}
export type DeliveryToSend = Awaited<ReturnType<typeof deliveriesToSend>>[number];

export async function deliveryToSend(db: Db, deliveryId: string): Promise<DeliveryToSend | undefined> {
  return (await deliveriesToSend(db, [deliveryId]))[0];
}

export interface DoneDelivery {
  id: string;
  letterId: string;
  state: 'sent' | 'cancelled';
  /** Other deliveries of the same letter (when loaded). */
  siblings: number;
}

/**
 * Marks deliveries sent (or cancelled), each only if still waiting, and clears the words of letters with no
 * other delivery waiting (name and e-mail stay for the follow-up), in one statement. The statement's own
 * updates are invisible to its NOT EXISTS, hence "other than those just recorded".
 */
async function markDone(db: Pick<Db, 'execute'>, done: DoneDelivery[], today: string): Promise<Set<string>> {
  if (done.length === 0) return new Set();
  // uuid[] literals as one text parameter each (the same on both drivers).
  const sentIds = `{${done.filter((d) => d.state === 'sent').map((d) => d.id).join(',')}}`;
  const allIds = `{${done.map((d) => d.id).join(',')}}`;
  const { rows } = (await db.execute(sql`
    WITH recorded AS (
      UPDATE action_deliveries
      SET state = CASE WHEN id = ANY(${sentIds}::uuid[]) THEN 'sent' ELSE 'cancelled' END,
          sent_on = CASE WHEN id = ANY(${sentIds}::uuid[]) THEN ${today}::date END
      -- "state || ''": find the rows by primary key. Without statistics (PGlite never analyses) the planner would
      -- otherwise scan every waiting delivery through the (state, scheduled_at) index: 2.8 ms of 4 at 3,000 waiting.
      WHERE id = ANY(${allIds}::uuid[]) AND state || '' = 'scheduled'
      RETURNING id, letter_id
    ), cleared AS (
      UPDATE action_letters l SET subject_enc = NULL, body_enc = NULL
      WHERE l.id IN (SELECT letter_id FROM recorded) AND l.body_enc IS NOT NULL
        AND NOT EXISTS (
          SELECT 1 FROM action_deliveries d
          WHERE d.letter_id = l.id AND d.state = 'scheduled' AND d.id NOT IN (SELECT id FROM recorded))
      RETURNING l.id
    )
    SELECT id FROM recorded`)) as unknown as { rows: { id: string }[] };
  return new Set(rows.map((r) => r.id));
}

/**
 * Records deliveries as sent (or cancelled), each once; a letter whose last waiting delivery this was loses
 * its words at the same time. Answers, per delivery, whether it was still waiting.
 * A letter with one delivery: one statement, nothing can race with it. A letter with several: two of its
 * deliveries recorded at the same moment (other workers, other servers) would each see the other still
 * waiting and neither would clear the words; so those letters are locked first, in a fixed order, in a
 * transaction, and the statement after the lock sees every sibling recorded before.
 */
export async function recordDone(db: Db, done: DoneDelivery[], today: string): Promise<boolean[]> {
  const alone = done.filter((d) => d.siblings === 0);
  const withSiblings = done.filter((d) => d.siblings !== 0);
  const recorded = await markDone(db, alone, today);
  if (withSiblings.length > 0) {
    const letterIds = [...new Set(withSiblings.map((d) => d.letterId))].sort();
    const more = await db.transaction(async (tx) => {
      await tx.select({ id: actionLetters.id }).from(actionLetters).where(inArray(actionLetters.id, letterIds)).orderBy(actionLetters.id).for('update');
      return markDone(tx, withSiblings, today);
    });
    for (const id of more) recorded.add(id);
  }
  return done.map((d) => recorded.has(d.id));
}
