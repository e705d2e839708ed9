// CAMPAIGN DELIVERY benchmarks. Phase 1: 10,000 campaign letters (confirmed, to 100 targets, all due at once)
// sent through the job queue (the server's own worker: batched fetch, 8 sends at a time over a pooled SMTP
// transport) to an smtp-server on loopback; in the same run the same 10,000 messages with plain nodemailer
// (pooled, same concurrency) to the same server; both rates and their ratio (target ≥ 0.5). Phase 2: a real
// server process sends them, is killed with SIGKILL mid-send (twice: once at a random moment, once while the
// SMTP server holds messages it has received but not yet answered), restarted, and finishes; the duplicates
// received are counted by Message-ID and by delivery (target e-mail + supporter), next to the number of
// messages the kills caught between the SMTP server's acceptance and the worker's record (the only ones that
// may be sent twice, as the same message). Called from run.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { loadConfig } from '../../src/app/config.ts';
import { createRuntime } from '../../src/app/bootstrap.ts';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { SMTP_POOL_CONNECTIONS, type OutgoingMessage } from '../../src/lib/mailer.ts';
import { actionDeliveries } from '../../src/modules/campaigns/actions/actions.tables.ts';
import { DELIVERY_JOB, deliveryMessage } from '../../src/modules/campaigns/delivery/delivery.job.ts';
import { deliveriesToSend } from '../../src/modules/campaigns/delivery/delivery.repository.ts';
import { letTheOutageLastLongEnough, prepareConfirmedLetters } from '../../src/modules/campaigns/delivery/delivery.testing.ts';
import { startSmtpSink, type SmtpSink } from '../../src/modules/campaigns/delivery/smtp-sink.ts';
import { freePort, startServerProcess, waitUntil } from '../support/server-process.ts';

type Bench = (name: string, value: number, unit: string) => void;

const LETTERS = Number(process.env.BENCH_DELIVERY_LETTERS ?? 10_000);
const TARGETS = 100;
const QUEUE = `${DELIVERY_JOB.name}.v${DELIVERY_JOB.version}`;
const SECRET_KEY = 'bench-secret-key-that-is-long-enough-0123';
const COPY_TO = 'copies@solidarity-post.invalid';
const log = (msg: string) => console.error(`[campaign delivery bench] ${msg}`);

const envFor = (dataDir: string, smtpUrl: string, databaseUrl?: string): Record<string, string | undefined> => ({
  NODE_ENV: 'test',
  DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl,
  SECRET_KEY,
  SMTP_URL: smtpUrl,
  SEED_DEMO: 'no',
  // All day, a high cap: every letter is due at once (the drip is measured by the tests, not here).
  CAMPAIGNS_SENDING_HOURS: '0-24',
  CAMPAIGNS_TARGET_HOURLY_CAP: '3600',
  CAMPAIGNS_TIME_ZONE: 'UTC',
  CAMPAIGNS_COPY_TO: COPY_TO,
});
const configFor = (env: Record<string, string | undefined>) => loadConfig(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)));

/** 100 targets, 10,000 confirmed letters scheduled by the real service; every job made due now. */
async function prepare(database: Database, env: Record<string, string | undefined>, n: number, bench?: Bench): Promise<string[]> {
  const kind = database.kind;
  const { scheduleSeconds } = await prepareConfirmedLetters(database, env, { targets: TARGETS, letters: n });
  bench?.(`campaign_delivery_schedule_rate_${kind}`, n / scheduleSeconds, 'letters/s');
  log(`${n} letters scheduled in ${scheduleSeconds.toFixed(1)} s on ${kind}`);
  // With 100 letters per target at 3,600 an hour the drip would spread them over 100 seconds: make all due now.
  const again = env.DATABASE_URL ? await openDatabase({ kind: 'postgres', url: env.DATABASE_URL }) : await openDatabase({ kind: 'pglite', dataDir: env.DATA_DIR! });
  try {
    await again.executor.executeSql(`UPDATE pgboss.job SET start_after = now() WHERE name = $1`, [QUEUE]);
    return (await again.db.select({ id: actionDeliveries.id }).from(actionDeliveries)).map((r) => r.id);
  } finally {
    await again.close();
  }
}

/** Phase 1 on one database: the queue, then plain nodemailer, to the same SMTP server, the same messages. */
async function throughput(bench: Bench, kind: 'pglite' | 'postgres', open: (dataDir: string) => Promise<{ database: Database; url?: string; drop(): Promise<void> }>) {
  const sink = await startSmtpSink({ keepMessages: false });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-bench-delivery-'));
  const opened = await open(dataDir);
  try {
    const env = envFor(dataDir, sink.url, opened.url);
    const ids = await prepare(opened.database, env, LETTERS, bench);
    const again = opened.url ? await openDatabase({ kind: 'postgres', url: opened.url }) : await openDatabase({ kind: 'pglite', dataDir });
    const runtime = await createRuntime(configFor(env), again, { error: (obj, msg) => log(`${msg} ${JSON.stringify(obj)}`) });
    try {
      // The very messages the job sends, rendered beforehand for the plain nodemailer run.
      const messages: OutgoingMessage[] = [];
      for (let i = 0; i < ids.length; i += 500) {
        for (const d of await deliveriesToSend(again.db, ids.slice(i, i + 500))) messages.push(deliveryMessage(runtime.deps, d as Parameters<typeof deliveryMessage>[1]));
      }

      const plain = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: SMTP_POOL_CONNECTIONS });
      let next = 0;
      const t0 = performance.now();
      await Promise.all(Array.from({ length: SMTP_POOL_CONNECTIONS }, async () => {
        for (let m = messages[next++]; m; m = messages[next++]) {
          await plain.sendMail({ from: m.from, to: m.to, replyTo: m.replyTo, bcc: m.bcc, subject: m.subject, text: m.text, messageId: m.messageId, xMailer: false });
        }
      }));
      const plainRate = messages.length / ((performance.now() - t0) / 1000);
      plain.close();
      if (sink.count !== messages.length) throw new Error(`plain nodemailer: ${sink.count} of ${messages.length} received`);

      sink.count = 0;
      const t1 = performance.now();
      await runtime.deps.jobs.work();
      await waitUntil(() => sink.count >= ids.length, 'every delivery received', 600_000);
      const queueRate = ids.length / ((performance.now() - t1) / 1000);
      await waitUntil(async () => (await runtime.deps.jobs.status()).find((s) => s.name === QUEUE)!.completed === ids.length, 'every job completed', 120_000);
      const [{ sent }] = (await again.db.select({ sent: sql<number>`count(*)::int` }).from(actionDeliveries).where(eq(actionDeliveries.state, 'sent'))) as { sent: number }[];
      if (sent !== ids.length || sink.count !== ids.length) throw new Error(`queue: ${sent} recorded, ${sink.count} received of ${ids.length}`);
      bench(`campaign_delivery_queue_rate_${kind}`, queueRate, 'messages/s');
      bench(`campaign_delivery_plain_nodemailer_rate_${kind}`, plainRate, 'messages/s');
      bench(`campaign_delivery_queue_to_plain_ratio_${kind}`, queueRate / plainRate, '');
    } finally {
      await runtime.close();
    }
  } finally {
    await opened.drop();
    await sink.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Phase 2: a real server process (PGlite data folder) killed twice mid-send, restarted, finishing the job. */
async function killAndRestart(bench: Bench) {
  const sink = await startSmtpSink();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-bench-delivery-kill-'));
  try {
    const env = { ...envFor(dataDir, sink.url), PORT: String(await freePort()), LOG_LEVEL: 'warn' };
    const ids = await prepare(await openDatabase({ kind: 'pglite', dataDir }), env, LETTERS);
    const byDelivery = (m: SmtpSink['received'][number]) => `${m.headers.to}|${m.headers['reply-to']}`;
    let caughtInWindow = 0;

    /** With the server dead: messages the SMTP server has that the database does not record as sent. */
    async function afterKill() {
      const database = await openDatabase({ kind: 'pglite', dataDir });
      try {
        const unrecorded = new Set((await database.db.select({ id: actionDeliveries.id }).from(actionDeliveries).where(eq(actionDeliveries.state, 'scheduled'))).map((r) => `<${r.id}.delivery@`));
        const caught = new Set(sink.received.map((m) => m.messageId).filter((id) => unrecorded.has(id.slice(0, id.indexOf('@') + 1))));
        caughtInWindow += caught.size;
        log(`killed with ${sink.count} messages received; ${caught.size} of them accepted but not recorded`);
        await letTheOutageLastLongEnough(database);
      } finally {
        await database.close();
      }
    }

    let server = await startServerProcess(env);
    await waitUntil(() => sink.count >= ids.length * (0.2 + Math.random() * 0.2), 'a part of the letters sent', 600_000);
    await server.kill9();
    await afterKill();

    server = await startServerProcess(env);
    await waitUntil(() => sink.count >= ids.length * 0.6, 'more letters sent', 600_000);
    // Now the SMTP server keeps what it receives but does not answer yet: the kill comes with messages accepted
    // on the server's side and not yet known to the sender.
    sink.replyDelayMs = 3000;
    await waitUntil(() => sink.unanswered >= SMTP_POOL_CONNECTIONS / 2, 'messages in flight', 60_000);
    await server.kill9();
    sink.replyDelayMs = 0;
    await afterKill();

    server = await startServerProcess(env);
    const delivered = () => new Set(sink.received.map(byDelivery)).size;
    await waitUntil(() => delivered() >= ids.length, 'every delivery received', 600_000);
    await server.stop();

    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const states = (await database.db.select({ state: actionDeliveries.state, n: sql<number>`count(*)::int` }).from(actionDeliveries).groupBy(actionDeliveries.state)) as { state: string; n: number }[];
      log(`deliveries after the restart: ${JSON.stringify(states)}`);
    } finally {
      await database.close();
    }
    const byId = new Map<string, number>();
    const byPair = new Map<string, number>();
    const idsPerPair = new Map<string, Set<string>>();
    for (const m of sink.received) {
      byId.set(m.messageId, (byId.get(m.messageId) ?? 0) + 1);
      byPair.set(byDelivery(m), (byPair.get(byDelivery(m)) ?? 0) + 1);
      idsPerPair.set(byDelivery(m), (idsPerPair.get(byDelivery(m)) ?? new Set()).add(m.messageId));
    }
    const extra = (counts: Map<string, number>) => [...counts.values()].reduce((s, n) => s + n - 1, 0);
    bench('campaign_delivery_kill_deliveries', ids.length, 'deliveries');
    bench('campaign_delivery_kill_received_deliveries', byPair.size, 'deliveries');
    bench('campaign_delivery_kill_lost', ids.length - byPair.size, 'deliveries');
    bench('campaign_delivery_kill_duplicates_by_message_id', extra(byId), 'messages');
    bench('campaign_delivery_kill_duplicates_by_delivery', extra(byPair), 'messages');
    bench('campaign_delivery_kill_deliveries_under_two_message_ids', [...idsPerPair.values()].filter((ids) => ids.size > 1).length, 'deliveries');
    bench('campaign_delivery_kill_caught_between_acceptance_and_record', caughtInWindow, 'messages');
  } finally {
    await sink.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function campaignDeliveryBenchmarks(bench: Bench) {
  // BENCH_DELIVERY_PHASES=throughput or =kill runs one phase only.
  const phases = (process.env.BENCH_DELIVERY_PHASES ?? 'throughput,kill').split(',');
  if (phases.includes('throughput')) await throughput(bench, 'pglite', async (dataDir) => {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    return { database, drop: async () => {} };
  });
  // PostgreSQL when a server is given (an administrator URL; a fresh database is made and dropped).
  const adminUrl = process.env.BENCH_POSTGRES_URL;
  if (adminUrl && phases.includes('throughput')) {
    await throughput(bench, 'postgres', async () => {
      const name = `solpost_bench_${randomUUID().slice(0, 8)}`;
      const admin = await openDatabase({ kind: 'postgres', url: adminUrl, max: 1 });
      await admin.execScript(`CREATE DATABASE ${name}`);
      await admin.close();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const database = await openDatabase({ kind: 'postgres', url: url.toString() });
      return {
        database,
        url: url.toString(),
        async drop() {
          const a = await openDatabase({ kind: 'postgres', url: adminUrl, max: 1 });
          await a.execScript(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await a.close();
        },
      };
    });
  }
  if (phases.includes('kill')) await killAndRestart(bench);
}
