import type { Deps } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';
import { actionDeliveries } from '../actions/actions.tables.ts';
import { DELIVERY_JOB, deliveryJobId } from './delivery.job.ts';
import { fullHours, insertScheduledDelivery, setScheduledAt, takePlace, targetsWithEmail } from './delivery.repository.ts';
import { firstOpenPlace, followingHour, localHourStart, placeTime, sendingHourFrom, type SendingHours } from './sending-window.ts';
import { todayIso } from '../../registry/registry.present.ts';

export interface LetterToDeliver {
  id: string;
  campaignId: string;
  supporterHash: string;
  targetIds: string[];
}

export interface SlotRules {
  targetHourlyCap: number;
  sendingHours: SendingHours;
  timeZone: string;
}

/**
 * A target's next free slot at or after `now`: the first hour inside the sending window with a free place,
 * and in it the first place whose time has not passed (place k leaves at hour + k·3600/cap seconds). Taken
 * atomically in `target_send_slots` (see takePlace), so the cap holds across concurrent confirmations,
 * workers and restarts.
 */
export async function allocateSlot(tx: Db, targetId: string, rules: SlotRules, now: Date): Promise<Date> {
  const cap = rules.targetHourlyCap;
  let hour = sendingHourFrom(localHourStart(now, rules.timeZone), rules.sendingHours, rules.timeZone);
  // Read only when the first hour tried is full (a backlog): then full hours are skipped without trying each.
  let full: Set<number> | undefined;
  for (;;) {
    const firstOpen = firstOpenPlace(hour, now, cap);
    if (firstOpen < cap && !full?.has(hour.getTime())) {
      const place = await takePlace(tx, targetId, hour, firstOpen, cap);
      if (place !== null) return placeTime(hour, place, cap);
    }
    // A full hour, possibly filled by a confirmation that committed after fullHours() read: on to the next.
    full ??= await fullHours(tx, targetId, hour, cap);
    hour = sendingHourFrom(followingHour(hour, rules.timeZone), rules.sendingHours, rules.timeZone);
  }
}

/**
 * Inside the transaction that confirms (or releases) a server letter: one delivery per target the
 * supporter has not written to yet in this campaign, each given a slot (per-target hourly cap, sending
 * window, drip) and a delivery job to run at that slot. Returns how many deliveries were made.
 * Targets are taken in a fixed order, so two letters to the same targets lock their slot rows in the same
 * order (no deadlock). A target without an e-mail address cannot be written to by the platform: skipped.
 */
export async function scheduleDeliveries(tx: Db, deps: Pick<Deps, 'jobs' | 'config'>, letter: LetterToDeliver, now = new Date()): Promise<number> {
  const targetIds = (await targetsWithEmail(tx, [...new Set(letter.targetIds)])).sort();
  let made = 0;
  for (const targetId of targetIds) {
    const deliveryId = await insertScheduledDelivery(tx, { letterId: letter.id, campaignId: letter.campaignId, targetId, supporterHash: letter.supporterHash });
    if (!deliveryId) continue;
    const at = await allocateSlot(tx, targetId, deps.config.campaigns, now);
    await setScheduledAt(tx, deliveryId, at);
    await deps.jobs.send(tx, DELIVERY_JOB, { deliveryId }, { id: deliveryJobId(deliveryId), startAfter: at });
    made++;
  }
  return made;
}

/** Inside the transaction of "I sent it": mailto letters are recorded as sent, once per target. Returns how many were new. */
export async function recordMailtoSent(tx: Db, letter: LetterToDeliver): Promise<number> {
  const today = todayIso();
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
