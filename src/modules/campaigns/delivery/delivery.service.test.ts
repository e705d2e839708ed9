import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { actionDeliveries, targetSendSlots } from '../actions/actions.tables.ts';
import { buildCampaign } from '../core/core.builders.ts';
import { buildTarget } from '../targets/targets.builders.ts';
import { buildConfirmedLetter } from './delivery.builders.ts';
import { DELIVERY_JOB } from './delivery.job.ts';
import { scheduleDeliveries } from './delivery.service.ts';
import { startDeliveryRuntime, type DeliveryRuntime } from './delivery.testing.ts';

const QUEUE = `${DELIVERY_JOB.name}.v${DELIVERY_JOB.version}`;
const iso = (d: Date | null) => d?.toISOString();

describe.each(TEST_DB_KINDS)('scheduling deliveries on %s', (kind) => {
  let t: DeliveryRuntime;
  const db = () => t.deps.database.db;
  afterEach(() => t?.close());

  async function setUp(env: Record<string, string>, targetCount = 1, emails = true) {
    t = await startDeliveryRuntime(kind, { env });
    const targets = [];
    for (let i = 0; i < targetCount; i++) {
      targets.push(await buildTarget(db(), { ref: `t${i}`, name: `Target ${i}`, country: 'DE', email: emails ? `target${i}@parliament.invalid` : null }));
    }
    const campaign = await buildCampaign(db(), { slug: 'free-andrei', kind: 'letter_action', texts: { en: { title: 'Free Andrei' } }, targetIds: targets.map((x) => x.id) });
    return { targets, campaign };
  }

  /** Confirms letters one after another, as the actions feature does: each in its own transaction. */
  async function confirm(campaignId: string, targetIds: string[], n: number, now: Date, from = 0) {
    const counts = [];
    for (let i = from; i < from + n; i++) {
      const letter = await buildConfirmedLetter(db(), t.deps.keys, { campaignId, targetIds, email: `supporter${i}@example.org` });
      counts.push(await db().transaction((tx) => scheduleDeliveries(tx, t.deps, letter, now)));
    }
    return counts;
  }

  const slotsOf = async (targetId: string) =>
    (await db().select().from(actionDeliveries).where(eq(actionDeliveries.targetId, targetId))).map((d) => iso(d.scheduledAt)).sort();

  it('gives each target at most its hourly cap, dripped 3600/cap seconds apart, never before now', async () => {
    const { targets, campaign } = await setUp({ CAMPAIGNS_TARGET_HOURLY_CAP: '4', CAMPAIGNS_SENDING_HOURS: '8-18', CAMPAIGNS_TIME_ZONE: 'Europe/Berlin' }, 2);
    // 12:20 in Berlin: the places at 12:00 and 12:15 have passed; 12:30 and 12:45 are left in this hour.
    const now = new Date('2026-06-10T10:20:00Z');
    expect(await confirm(campaign.id, [targets[0].id], 7, now)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(await slotsOf(targets[0].id)).toEqual([
      '2026-06-10T10:30:00.000Z', '2026-06-10T10:45:00.000Z',
      '2026-06-10T11:00:00.000Z', '2026-06-10T11:15:00.000Z', '2026-06-10T11:30:00.000Z', '2026-06-10T11:45:00.000Z',
      '2026-06-10T12:00:00.000Z',
    ]);
    const hours = await db().select().from(targetSendSlots).where(eq(targetSendSlots.targetId, targets[0].id));
    expect(hours.map((h) => [iso(h.hour), h.used]).sort()).toEqual([['2026-06-10T10:00:00.000Z', 4], ['2026-06-10T11:00:00.000Z', 4], ['2026-06-10T12:00:00.000Z', 1]]);
    // Another target has its own cap: its first letter goes at the next open place of this hour.
    await confirm(campaign.id, [targets[1].id], 1, now, 100);
    expect(await slotsOf(targets[1].id)).toEqual(['2026-06-10T10:30:00.000Z']);
  });

  it('waits for the sending window in the configured time zone, across a daylight-saving change', async () => {
    const { targets, campaign } = await setUp({ CAMPAIGNS_TARGET_HOURLY_CAP: '2', CAMPAIGNS_SENDING_HOURS: '8-18', CAMPAIGNS_TIME_ZONE: 'Europe/Berlin' });
    // Saturday 28 March 2026, 17:50 CET: the last hour's places are gone, the window closes at 18:00; the next
    // opening is Sunday 08:00, which is already summer time (06:00Z, one hour earlier in UTC than Saturday's 08:00).
    await confirm(campaign.id, [targets[0].id], 3, new Date('2026-03-28T16:50:00Z'));
    expect(await slotsOf(targets[0].id)).toEqual(['2026-03-29T06:00:00.000Z', '2026-03-29T06:30:00.000Z', '2026-03-29T07:00:00.000Z']);
  });

  it('enqueues one delivery job per delivery, in the same transaction, to start at its slot', async () => {
    const { targets, campaign } = await setUp({ CAMPAIGNS_TARGET_HOURLY_CAP: '20', CAMPAIGNS_SENDING_HOURS: '0-24', CAMPAIGNS_TIME_ZONE: 'UTC' }, 3);
    const now = new Date(Date.now() + 3_600_000);
    await confirm(campaign.id, targets.map((x) => x.id), 2, now);
    const deliveries = await db().select().from(actionDeliveries);
    expect(deliveries).toHaveLength(6);
    const { rows } = await t.deps.database.executor.executeSql(`SELECT data->>'deliveryId' AS "deliveryId", start_after AS "startAfter" FROM pgboss.job WHERE name = $1`, [QUEUE]);
    const jobs = new Map((rows as { deliveryId: string; startAfter: Date }[]).map((r) => [r.deliveryId, new Date(r.startAfter).toISOString()]));
    expect(jobs.size).toBe(6);
    for (const d of deliveries) expect(jobs.get(d.id)).toBe(iso(d.scheduledAt));
    expect(deliveries.every((d) => d.scheduledAt!.getTime() >= now.getTime())).toBe(true);

    // A transaction that rolls back leaves neither delivery nor job nor used place behind.
    const letter = await buildConfirmedLetter(db(), t.deps.keys, { campaignId: campaign.id, targetIds: [targets[0].id], email: 'rolled-back@example.org' });
    await expect(db().transaction(async (tx) => {
      await scheduleDeliveries(tx, t.deps, letter, now);
      throw new Error('the confirmation failed');
    })).rejects.toThrow('the confirmation failed');
    expect(await db().select().from(actionDeliveries)).toHaveLength(6);
    const [{ n }] = (await t.deps.database.executor.executeSql(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, [QUEUE])).rows;
    expect(n).toBe(6);
  });

  it('never makes a second delivery for the same supporter, target and campaign', async () => {
    const { targets, campaign } = await setUp({ CAMPAIGNS_SENDING_HOURS: '0-24', CAMPAIGNS_TIME_ZONE: 'UTC' }, 2);
    const now = new Date();
    const first = await buildConfirmedLetter(db(), t.deps.keys, { campaignId: campaign.id, targetIds: [targets[0].id], email: 'same@example.org' });
    const again = await buildConfirmedLetter(db(), t.deps.keys, { campaignId: campaign.id, targetIds: [targets[0].id, targets[1].id], email: 'same@example.org' });
    expect(await db().transaction((tx) => scheduleDeliveries(tx, t.deps, first, now))).toBe(1);
    // The second letter reaches only the target this supporter has not written to yet; a repeated call makes nothing.
    expect(await db().transaction((tx) => scheduleDeliveries(tx, t.deps, again, now))).toBe(1);
    expect(await db().transaction((tx) => scheduleDeliveries(tx, t.deps, again, now))).toBe(0);
    const rows = await db().select().from(actionDeliveries);
    expect(rows.map((r) => `${r.letterId === first.id ? 'first' : 'again'}→${r.targetId === targets[0].id ? 0 : 1}`).sort()).toEqual(['again→1', 'first→0']);
  });

  it('skips a target without an e-mail address (the platform cannot write to it)', async () => {
    const { targets, campaign } = await setUp({}, 1, false);
    expect(await confirm(campaign.id, [targets[0].id], 1, new Date())).toEqual([0]);
    expect(await db().select().from(actionDeliveries)).toEqual([]);
  });

  it('keeps the cap under concurrent confirmations: distinct places, at most cap per hour', async () => {
    const { targets, campaign } = await setUp({ CAMPAIGNS_TARGET_HOURLY_CAP: '3', CAMPAIGNS_SENDING_HOURS: '0-24', CAMPAIGNS_TIME_ZONE: 'UTC' }, 2);
    const now = new Date('2026-06-10T10:00:00Z');
    const letters = await Promise.all(
      Array.from({ length: 12 }, (_, i) => buildConfirmedLetter(db(), t.deps.keys, { campaignId: campaign.id, targetIds: i % 2 ? [targets[1].id, targets[0].id] : [targets[0].id, targets[1].id], email: `c${i}@example.org` })),
    );
    // Twelve confirmations at once, each writing to both targets (in either order): on PostgreSQL these are
    // concurrent transactions on separate connections; PGlite runs them one after another.
    const made = await Promise.all(letters.map((l) => db().transaction((tx) => scheduleDeliveries(tx, t.deps, l, now))));
    expect(made).toEqual(letters.map(() => 2));
    for (const target of targets) {
      const slots = await slotsOf(target.id);
      expect(slots).toHaveLength(12);
      expect(new Set(slots).size).toBe(12);
      const perHour = new Map<string, number>();
      for (const s of slots) perHour.set(s!.slice(0, 13), (perHour.get(s!.slice(0, 13)) ?? 0) + 1);
      expect([...perHour.values()]).toEqual([3, 3, 3, 3]);
      expect(slots).toContain('2026-06-10T10:20:00.000Z');
    }
  });
});
