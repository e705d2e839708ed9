// kill -9 of a real server process while it sends campaign letters to a real SMTP server on loopback.
//
// What this proves, on PGlite and on PostgreSQL, for confirmed letters scheduled by the real scheduleDeliveries
// and sent by the server's own worker (batched, several sends at once over a pooled SMTP transport), killed
// with SIGKILL several times — at random moments, while sends are in flight and nothing is accepted yet, and
// while the SMTP server holds messages it has received but not yet acknowledged — then restarted:
//   1. No delivery is lost: every delivery reaches the SMTP server, is recorded as sent, its job completed.
//   2. A delivery is never sent as two different messages: everything received for one (target, supporter)
//      pair carries the one Message-ID derived from that delivery.
//   3. A message arrives twice only when a kill fell between the SMTP server's acceptance and the worker's
//      record of it (found after each kill: messages the server has whose delivery is still "scheduled"),
//      and at most once more per such kill. SMTP offers no way to close that window: the alternative would be
//      to lose the letter (decision 009). Outside it, each delivery arrives exactly once.
//   4. Once every delivery of a letter is sent, the letter's words are gone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../db/client.ts';
import { createTestPostgresDatabase, TEST_DB_KINDS, type TestDbKind } from '../../../../tests/support/databases.ts';
import { freePort, startServerProcess, waitUntil, type ServerProcess } from '../../../../tests/support/server-process.ts';
import { createRng } from '../../registry/registry.builders.ts';
import { migrate } from '../../../db/migrate.ts';
import { actionDeliveries, actionLetters } from '../actions/actions.tables.ts';
import { targets } from '../targets/targets.tables.ts';
import { eq } from 'drizzle-orm';
import { createKeys } from '../../../lib/crypto.ts';
import { DELIVERY_JOB, deliveryMessageId } from './delivery.job.ts';
import { letTheOutageLastLongEnough, prepareConfirmedLetters } from './delivery.testing.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.ts';

const LETTERS = 90;
const SECRET_KEY = 'crash-test-secret-key-that-is-long-enough';
const COPY_TO = 'copies@solidarity-post.invalid';
const PUBLIC_URL = 'http://post.example.org';
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000_007);
const QUEUE = `${DELIVERY_JOB.name}.v${DELIVERY_JOB.version}`;
type KillMoment = 'random' | 'in flight, nothing accepted' | 'accepted, not acknowledged';
const KILLS: KillMoment[] = ['random', 'in flight, nothing accepted', 'random', 'accepted, not acknowledged', 'random'];

describe.each(TEST_DB_KINDS)('kill -9 of the server sending campaign letters on %s', (kind: TestDbKind) => {
  const rng = createRng(SEED);
  const seed = `(CRASH_SEED=${SEED})`;
  let sink: SmtpSink;
  let dataDir: string;
  let postgres: { url: string; drop(): Promise<void> } | undefined;
  let env: Record<string, string | undefined>;
  let running: ServerProcess | undefined;
  /** deliveryId → what its message must look like. */
  const expected = new Map<string, { to: string; replyTo: string; letterId: string }>();

  const openData = (): Promise<Database> => (postgres ? openDatabase({ kind: 'postgres', url: postgres.url, max: 2 }) : openDatabase({ kind: 'pglite', dataDir }));
  const deliveryIdOf = (messageId: string) => messageId.match(/^<([0-9a-f-]{36})\.delivery@/)?.[1] ?? '';

  beforeAll(async () => {
    sink = await startSmtpSink();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-delivery-crash-'));
    if (kind === 'postgres') postgres = await createTestPostgresDatabase();
    env = {
      NODE_ENV: 'test', PORT: String(await freePort()), DATA_DIR: dataDir, DATABASE_URL: postgres?.url, SMTP_URL: sink.url, SECRET_KEY, PUBLIC_URL,
      CAMPAIGNS_SENDING_HOURS: '0-24', CAMPAIGNS_TARGET_HOURLY_CAP: '3600', CAMPAIGNS_TIME_ZONE: 'UTC', CAMPAIGNS_COPY_TO: COPY_TO,
    };
    const database = await openData();
    if (kind === 'pglite') await migrate(database);
    // 90 letters to 2 of 6 targets each: 180 deliveries, scheduled ten minutes ago, so every slot is due.
    const made = await prepareConfirmedLetters(database, env, { targets: 6, letters: LETTERS, targetsPerLetter: 2, now: new Date(Date.now() - 600_000) });
    expect(made.deliveries).toBe(LETTERS * 2);
    const keys = createKeys(Buffer.from(SECRET_KEY, 'utf8'));
    const again = await openData();
    try {
      const rows = await again.db
        .select({ id: actionDeliveries.id, letterId: actionDeliveries.letterId, to: targets.email, emailEnc: actionLetters.emailEnc })
        .from(actionDeliveries)
        .innerJoin(targets, eq(targets.id, actionDeliveries.targetId))
        .innerJoin(actionLetters, eq(actionLetters.id, actionDeliveries.letterId));
      for (const r of rows) expected.set(r.id, { to: r.to!, replyTo: keys.decrypt(r.emailEnc!), letterId: r.letterId });
    } finally {
      await again.close();
    }
  });

  afterAll(async () => {
    await running?.kill9();
    await sink?.close();
    await postgres?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no delivery, never sends one as two messages, and repeats one only when killed between acceptance and record', async () => {
    /** Message-ID → how many kills caught it accepted by the SMTP server but not recorded as sent. */
    const caught = new Map<string, number>();
    const moments: string[] = [];
    for (const moment of KILLS) {
      const before = sink.count;
      const heldBefore = sink.held;
      if (moment === 'in flight, nothing accepted') sink.holdAtMailFrom = true;
      if (moment === 'accepted, not acknowledged') sink.replyDelayMs = 20_000;
      running = await startServerProcess(env);
      if (moment === 'random') {
        const remaining = expected.size - new Set(sink.received.map((m) => m.messageId)).size;
        const goal = before + 1 + Math.floor(rng() * Math.max(1, remaining / 4));
        await waitUntil(() => sink.count >= goal, `${goal} messages received ${seed}`);
      } else if (moment === 'in flight, nothing accepted') {
        await waitUntil(() => sink.held > heldBefore, 'a send waiting at MAIL FROM');
      } else {
        await waitUntil(() => sink.unanswered > 0, 'a message received and not yet acknowledged');
      }
      await running.kill9();
      sink.holdAtMailFrom = false;
      sink.replyDelayMs = 0;

      // With the server dead: which received messages does the database not record as sent?
      const database = await openData();
      try {
        const waiting = new Set((await database.db.select({ id: actionDeliveries.id }).from(actionDeliveries).where(eq(actionDeliveries.state, 'scheduled'))).map((r) => r.id));
        // (A message caught by an earlier kill and not re-sent since is counted again: it may be re-sent once per restart.)
        const inWindow = [...new Set(sink.received.map((m) => m.messageId))].filter((id) => waiting.has(deliveryIdOf(id)));
        for (const id of inWindow) caught.set(id, (caught.get(id) ?? 0) + 1);
        moments.push(`${moment}: ${sink.count - before} received, ${inWindow.length} accepted and not recorded`);
        if (moment === 'in flight, nothing accepted') expect(sink.count - before, 'nothing accepted while held').toBe(0);
        if (moment === 'accepted, not acknowledged') expect(inWindow.length, `the kill caught messages in the window ${seed}`).toBeGreaterThan(0);
        await letTheOutageLastLongEnough(database);
      } finally {
        await database.close();
      }
    }
    const beforeLastStart = new Set(sink.received.map((m) => m.messageId)).size;
    expect(beforeLastStart, 'the kills came mid-send: deliveries were left to send').toBeLessThan(expected.size);

    running = await startServerProcess(env);
    await waitUntil(() => new Set(sink.received.map((m) => m.messageId)).size >= expected.size, `every delivery received ${seed}`, 120_000);
    await running.stop();

    // 1. Nothing lost: every delivery received, recorded as sent, its job completed, its letter's words deleted.
    const database = await openData();
    try {
      const states = await database.db.select({ state: actionDeliveries.state }).from(actionDeliveries);
      expect(states.filter((s) => s.state !== 'sent'), `deliveries not recorded ${seed}`).toEqual([]);
      const { rows } = await database.executor.executeSql(`SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state`, [QUEUE]);
      expect(rows, 'every delivery job completed').toEqual([{ state: 'completed', n: expected.size }]);
      const words = await database.db.select({ bodyEnc: actionLetters.bodyEnc, emailEnc: actionLetters.emailEnc }).from(actionLetters);
      expect(words.filter((w) => w.bodyEnc !== null || w.emailEnc === null)).toEqual([]);
    } finally {
      await database.close();
    }
    const receivedIds = new Set(sink.received.map((m) => deliveryIdOf(m.messageId)));
    expect([...expected.keys()].filter((id) => !receivedIds.has(id)), `lost deliveries ${seed}`).toEqual([]);

    // 2. One delivery, one message: what one target got from one supporter always carries that delivery's Message-ID.
    const idsPerPair = new Map<string, Set<string>>();
    for (const m of sink.received) {
      const pair = `${m.headers.to} ← ${m.headers['reply-to']}`;
      idsPerPair.set(pair, (idsPerPair.get(pair) ?? new Set()).add(m.messageId));
      const want = expected.get(deliveryIdOf(m.messageId));
      expect(want, `a message for no delivery: ${m.messageId}`).toBeDefined();
      expect([m.headers.to, m.headers['reply-to']?.replace(/^.*<|>$/g, ''), m.messageId]).toEqual([want!.to, want!.replyTo, deliveryMessageId(deliveryIdOf(m.messageId), PUBLIC_URL)]);
      expect(m.rcptTo).toContain(COPY_TO);
    }
    expect(idsPerPair.size).toBe(expected.size);
    expect([...idsPerPair.values()].filter((ids) => ids.size > 1), 'a delivery under two Message-IDs').toEqual([]);

    // 3. Repeats only inside the window, at most one more copy per kill that caught the message there.
    const copies = new Map<string, number>();
    for (const m of sink.received) copies.set(m.messageId, (copies.get(m.messageId) ?? 0) + 1);
    const repeated = [...copies].filter(([, n]) => n > 1);
    for (const [id, n] of repeated) expect(n - 1, `${id} repeated without a kill in its window ${seed}`).toBeLessThanOrEqual(caught.get(id) ?? 0);
    const duplicates = repeated.reduce((s, [, n]) => s + n - 1, 0);
    console.log(
      `[delivery crash ${kind}] ${expected.size} deliveries, ${KILLS.length} kills ${seed}: ${moments.join('; ')}; ` +
        `${caught.size} messages caught between acceptance and record, ${duplicates} duplicate copies received (same Message-ID), 0 lost`,
    );
    expect(duplicates).toBeGreaterThan(0);
  }, 420_000);
});
