import { sql } from 'drizzle-orm';
import type { Deps } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';
import { actionDeliveries } from '../actions/actions.tables.ts';

export interface LetterToDeliver {
  id: string;
  campaignId: string;
  supporterHash: string;
  targetIds: string[];
}

/**
 * Inside the transaction that confirms (or releases) a server letter: one delivery per target the
 * supporter has not written to yet in this campaign, each given a slot (per-target hourly cap, sending
 * window, drip) and a delivery job to run at that slot. Returns how many deliveries were made.
 * STUB: the delivery feature replaces the body (slots and jobs); the signature stays.
 */
export async function scheduleDeliveries(tx: Db, _deps: Pick<Deps, 'jobs' | 'config'>, letter: LetterToDeliver): Promise<number> {
  let made = 0;
  for (const targetId of letter.targetIds) {
    const rows = await tx
      .insert(actionDeliveries)
      .values({ letterId: letter.id, campaignId: letter.campaignId, targetId, supporterHash: letter.supporterHash, mode: 'server', state: 'scheduled', scheduledAt: sql`now()` })
      .onConflictDoNothing()
      .returning({ id: actionDeliveries.id });
    made += rows.length;
  }
  return made;
}

/** Inside the transaction of "I sent it": mailto letters are recorded as sent, once per target. Returns how many were new. */
export async function recordMailtoSent(tx: Db, letter: LetterToDeliver): Promise<number> {
  const today = new Date().toISOString().slice(0, 10);
  let made = 0;
  for (const targetId of letter.targetIds) {
    const rows = await tx
      .insert(actionDeliveries)
      .values({ letterId: letter.id, campaignId: letter.campaignId, targetId, supporterHash: letter.supporterHash, mode: 'mailto', state: 'sent', sentOn: today })
      .onConflictDoNothing()
      .returning({ id: actionDeliveries.id });
    made += rows.length;
  }
  return made;
}
