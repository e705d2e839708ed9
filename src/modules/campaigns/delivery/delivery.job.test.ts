import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { waitUntil } from '../../../../tests/support/server-process.ts';
import { smtpTransport, type MailTransport } from '../../../lib/mailer.ts';
import type { CopyMode } from '../campaigns.model.ts';
import { actionDeliveries, actionLetters } from '../actions/actions.tables.ts';
import { buildCampaign } from '../core/core.builders.ts';
import { buildTarget } from '../targets/targets.builders.ts';
import { targets as targetsTable } from '../targets/targets.tables.ts';
import { buildConfirmedLetter } from './delivery.builders.ts';
import { DELIVERY_JOB, deliveryHandler, deliveryMessageId } from './delivery.job.ts';
import { scheduleDeliveries } from './delivery.service.ts';
import { startDeliveryRuntime, type DeliveryRuntime } from './delivery.testing.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.ts';

const FROM = 'Solidarity Post <campaigns@solidarity-post.invalid>';
const COPY_TO = 'copies@solidarity-post.invalid';
const ALL_DAY = { CAMPAIGNS_SENDING_HOURS: '0-24', CAMPAIGNS_TIME_ZONE: 'UTC', CAMPAIGNS_TARGET_HOURLY_CAP: '3600' };

describe.each(TEST_DB_KINDS)('the delivery job on %s', (kind) => {
  let sink: SmtpSink;
  let t: DeliveryRuntime;
  const db = () => t.deps.database.db;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.close());
  afterEach(async () => {
    await t?.close();
    sink.received.length = 0;
  });

  async function setUp(o: { copyMode?: CopyMode; copyTo?: string | null; targets?: number; locale?: string } = {}) {
    const env: Record<string, string> = { ...ALL_DAY, SMTP_URL: sink.url, SMTP_FROM: FROM, PUBLIC_URL: 'https://post.example.org' };
    if (o.copyTo !== null) env.CAMPAIGNS_COPY_TO = o.copyTo ?? COPY_TO;
    t = await startDeliveryRuntime(kind, { env });
    const targets = [];
    for (let i = 0; i < (o.targets ?? 1); i++) {
      targets.push(await buildTarget(db(), { ref: `mp-${i}`, name: `Dr. Erika Muster ${i}`, country: 'DE', email: `mp${i}@bundestag.invalid`, salutations: { de: `Sehr geehrte Frau Dr. Muster ${i}`, en: `Dear Dr Muster ${i}` } }));
    }
    const campaign = await buildCampaign(db(), { slug: 'free-andrei', kind: 'letter_action', texts: { en: { title: 'Free Andrei' } }, targetIds: targets.map((x) => x.id), copyMode: o.copyMode ?? 'bcc' });
    const letter = await buildConfirmedLetter(db(), t.deps.keys, {
      campaignId: campaign.id,
      targetIds: targets.map((x) => x.id),
      email: 'anna@example.org',
      name: 'Анна "Аня" Пример',
      locale: o.locale ?? 'de',
      subject: 'Andrei Ivanou — {target_name}',
      body: '{salutation},\n\nbitte setzen Sie sich für Andrei Ivanou ein.\n\nAnna',
    });
    // Scheduled a minute ago with an all-day window and a high cap: every slot is already due.
    await db().transaction((tx) => scheduleDeliveries(tx, t.deps, letter, new Date(Date.now() - 60_000)));
    const deliveries = await db().select().from(actionDeliveries).where(eq(actionDeliveries.letterId, letter.id));
    return { targets, campaign, letter, deliveries };
  }

  const letterRow = async (id: string) => (await db().select().from(actionLetters).where(eq(actionLetters.id, id)))[0];
  const deliveryRow = async (id: string) => (await db().select().from(actionDeliveries).where(eq(actionDeliveries.id, id)))[0];
  const handler = (transport: MailTransport = t.runtime.transport) => deliveryHandler({ db: db(), keys: t.deps.keys, transport, config: t.deps.config });

  it('sends From the organisation, To the target, Reply-To the supporter, in the letter language, with a Message-ID from the delivery', async () => {
    const { targets, deliveries } = await setUp({ copyMode: 'cc' });
    expect(await t.deps.jobs.drain()).toBe(1);
    expect(sink.received).toHaveLength(1);
    const [m] = sink.received;
    expect(m.headers.from).toBe('Solidarity Post <campaigns@solidarity-post.invalid>');
    expect(m.headers.to).toBe(targets[0].email);
    // The supporter's name comes out whole, Cyrillic and quotes included, and replies go to them.
    expect(m.headers['reply-to']).toMatch(/^"?Анна \\?"?Аня\\?"? Пример"? <anna@example\.org>$/);
    expect(m.messageId).toBe(deliveryMessageId(deliveries[0].id, 'https://post.example.org'));
    expect(m.messageId).toBe(`<${deliveries[0].id}.delivery@post.example.org>`);
    expect(m.subject).toBe('Andrei Ivanou — Dr. Erika Muster 0');
    expect(m.text).toBe('Sehr geehrte Frau Dr. Muster 0,\n\nbitte setzen Sie sich für Andrei Ivanou ein.\n\nAnna');
    // Cc: the organisation's copy is visible to the target.
    expect(m.headers.cc).toBe(COPY_TO);
    expect(m.rcptTo.sort()).toEqual([COPY_TO, targets[0].email].sort());
    const sent = await deliveryRow(deliveries[0].id);
    expect(sent.state).toBe('sent');
    expect(sent.sentOn).toBe(new Date().toISOString().slice(0, 10));
  });

  it('sends the organisation a blind copy with copy mode bcc, and no copy with none or without CAMPAIGNS_COPY_TO', async () => {
    const { targets } = await setUp({ copyMode: 'bcc' });
    await t.deps.jobs.drain();
    expect(sink.received[0].rcptTo.sort()).toEqual([COPY_TO, targets[0].email].sort());
    expect(sink.received[0].headers.cc).toBeUndefined();
    expect(sink.received[0].headers.bcc).toBeUndefined();
    await t.close();
    sink.received.length = 0;

    await setUp({ copyMode: 'none' });
    await t.deps.jobs.drain();
    expect(sink.received.map((m) => [m.rcptTo, m.headers.cc])).toEqual([[['mp0@bundestag.invalid'], undefined]]);
    await t.close();
    sink.received.length = 0;

    await setUp({ copyMode: 'cc', copyTo: null });
    await t.deps.jobs.drain();
    expect(sink.received.map((m) => [m.rcptTo, m.headers.cc])).toEqual([[['mp0@bundestag.invalid'], undefined]]);
  });

  it('never sends a sent delivery again, and deletes the words when the last delivery of the letter is sent', async () => {
    const { letter, deliveries } = await setUp({ targets: 2 });
    await handler()({ deliveryId: deliveries[0].id }, { jobId: 'x' });
    // One of two sent: the words are still needed.
    expect((await letterRow(letter.id)).bodyEnc).not.toBeNull();
    await handler()({ deliveryId: deliveries[1].id }, { jobId: 'y' });
    const after = await letterRow(letter.id);
    expect([after.subjectEnc, after.bodyEnc]).toEqual([null, null]);
    // Name and e-mail stay: the follow-up ("did they reply?") needs them.
    expect(t.deps.keys.decrypt(after.emailEnc!)).toBe('anna@example.org');
    expect(after.nameEnc).not.toBeNull();
    expect(sink.received).toHaveLength(2);

    // The jobs themselves, and any repeat of them, send nothing more.
    await handler()({ deliveryId: deliveries[0].id }, { jobId: 'x' });
    expect(await t.deps.jobs.drain()).toBe(2);
    expect(sink.received).toHaveLength(2);
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(2);
  });

  it('re-sends the very same message when the sender died after the SMTP server accepted it but before recording it', async () => {
    const { deliveries } = await setUp();
    const smtp = smtpTransport(sink.url, FROM);
    // The process dies right after "250 OK": the message is out, the delivery is not recorded.
    const dying: MailTransport = { ...smtp, deliver: async (m) => { await smtp.deliver(m); throw new Error('killed'); } };
    await expect(handler(dying)({ deliveryId: deliveries[0].id }, { jobId: 'first' })).rejects.toThrow('killed');
    smtp.close();
    expect((await deliveryRow(deliveries[0].id)).state).toBe('scheduled');
    // The retry (another job attempt, after a restart) sends it again: the same Message-ID, the same words.
    await handler()({ deliveryId: deliveries[0].id }, { jobId: 'retry' });
    expect(sink.received).toHaveLength(2);
    expect(sink.received[1].messageId).toBe(sink.received[0].messageId);
    expect(sink.received[1].text).toBe(sink.received[0].text);
    expect((await deliveryRow(deliveries[0].id)).state).toBe('sent');
  });

  it('sends nothing for a letter that is not confirmed, and cancels a delivery whose target lost its address', async () => {
    const { letter, targets, deliveries } = await setUp({ targets: 2 });
    await db().update(actionLetters).set({ state: 'held' }).where(eq(actionLetters.id, letter.id));
    await handler()({ deliveryId: deliveries[0].id }, { jobId: 'x' });
    expect(sink.received).toHaveLength(0);
    expect((await deliveryRow(deliveries[0].id)).state).toBe('scheduled');

    await db().update(actionLetters).set({ state: 'confirmed' }).where(eq(actionLetters.id, letter.id));
    await db().update(targetsTable).set({ email: null }).where(eq(targetsTable.id, targets[1].id));
    const toSecond = deliveries.find((d) => d.targetId === targets[1].id)!;
    await handler()({ deliveryId: toSecond.id }, { jobId: 'z' });
    expect((await deliveryRow(toSecond.id)).state).toBe('cancelled');
    expect(sink.received).toHaveLength(0);
    // The other delivery is the last one waiting: once it is sent, the words go.
    await handler()({ deliveryId: deliveries.find((d) => d.id !== toSecond.id)!.id }, { jobId: 'w' });
    expect(sink.received).toHaveLength(1);
    expect((await letterRow(letter.id)).bodyEnc).toBeNull();
  });

  it('deletes the words when the last deliveries of a letter are recorded at the same moment by different workers', async () => {
    const { letter, deliveries } = await setUp({ targets: 3 });
    // Three workers (each with its own grouping of records), each sending one delivery of the same letter at once:
    // on PostgreSQL, three transactions on three connections; the letter lock orders them, so the last one sees the others.
    await Promise.all(deliveries.map((d, i) => handler()({ deliveryId: d.id }, { jobId: `w${i}` })));
    expect(sink.received).toHaveLength(3);
    expect((await db().select().from(actionDeliveries)).map((d) => d.state)).toEqual(['sent', 'sent', 'sent']);
    expect((await letterRow(letter.id)).bodyEnc).toBeNull();
  });

  it('the batched worker sends every due delivery once, many at a time, and completes the jobs', async () => {
    const { campaign, targets } = await setUp({ targets: 3 });
    for (let i = 0; i < 40; i++) {
      const letter = await buildConfirmedLetter(db(), t.deps.keys, { campaignId: campaign.id, targetIds: targets.map((x) => x.id), email: `s${i}@example.org` });
      await db().transaction((tx) => scheduleDeliveries(tx, t.deps, letter, new Date(Date.now() - 600_000)));
    }
    const total = 3 + 40 * 3;
    await t.deps.jobs.work(0.5);
    await waitUntil(async () => (await t.deps.jobs.status()).find((s) => s.name.startsWith(DELIVERY_JOB.name))?.completed === total, 'every delivery job completed');
    expect(sink.received).toHaveLength(total);
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(total);
    const states = await db().select({ state: actionDeliveries.state }).from(actionDeliveries);
    expect(states.every((s) => s.state === 'sent')).toBe(true);
    expect((await db().select().from(actionLetters)).every((l) => l.bodyEnc === null)).toBe(true);
  });
});
