import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import PgBoss from 'pg-boss';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/client.ts';
import { sentMessages } from '../../db/infra.tables.ts';
import { migrate } from '../../db/migrate.ts';
import { EMAIL_JOB } from '../../jobs/email.job.ts';
import { createTestPostgresDatabase, TEST_DB_KINDS, type TestDbKind } from '../../../tests/support/databases.ts';
import { freePort, openFormPage, startServerProcess, waitUntil, type ServerProcess } from '../../../tests/support/server-process.ts';
import { createRng } from '../registry/registry.builders.ts';
import { savePerson } from '../registry/registry.service.ts';
import { letters } from './letters.tables.ts';

const ROUNDS = 3;
const PER_ROUND = 8;
const TEXT = 'Дорогой Андрей! У нас выпал первый снег, и мы с дочкой лепили снеговика. Что ты сейчас читаешь? Обнимаю.';
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000_007);
const EMAIL_QUEUE = `${EMAIL_JOB.name}.v${EMAIL_JOB.version}`;

interface Received {
  to: string;
  messageId: string;
}

/**
 * A real SMTP server on loopback that keeps every message it accepts. `hold` leaves each new transaction
 * waiting at MAIL FROM (a slow server: the send is in flight, nothing is accepted yet); `beforeReply` runs once,
 * after a message has been received and kept, before the "250 OK" is written back.
 */
async function startSmtpSink() {
  const sink = {
    received: [] as Received[],
    hold: false,
    /** Sends left waiting by `hold` (each one a job that was active when its server died). */
    held: 0,
    beforeReply: null as (() => Promise<void>) | null,
    url: '',
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      if (sink.hold) sink.held++;
      else callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', async () => {
        const messageId = raw.match(/^Message-ID:\s*(<[^>]+>)/im)?.[1] ?? '';
        for (const rcpt of session.envelope.rcptTo) sink.received.push({ to: rcpt.address, messageId });
        const beforeReply = sink.beforeReply;
        sink.beforeReply = null;
        await beforeReply?.();
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return sink;
}

interface Submission {
  id: string;
  email: string;
  post: () => Promise<{ status: number }>;
  acknowledged: boolean;
}

describe.each(TEST_DB_KINDS)('kill -9 of a real server process on %s', (kind: TestDbKind) => {
  const rng = createRng(SEED);
  const seed = `(CRASH_SEED=${SEED})`;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let env: Record<string, string | undefined>;
  let dataDir: string;
  let postgres: { url: string; drop(): Promise<void> } | undefined;
  let slug: string;
  let running: ServerProcess | undefined;

  const openData = (): Promise<Database> =>
    postgres ? openDatabase({ kind: 'postgres', url: postgres.url, max: 2 }) : openDatabase({ kind: 'pglite', dataDir });

  async function start(): Promise<ServerProcess> {
    running = await startServerProcess(env);
    return running;
  }

  /**
   * After a kill, the job that was sending stays "active" until pg-boss's expiry (15 minutes) and its next
   * maintenance pass; then it waits its retry delay. The test stands in for those minutes while the server is
   * down: it ages such jobs past their expiry, lets pg-boss's own expire() retry them, and makes retries due.
   */
  async function letTheOutageLastLongEnough() {
    const database = await openData();
    try {
      await database.executor.executeSql(`UPDATE pgboss.job SET started_on = started_on - expire_in - interval '1 second' WHERE state = 'active'`);
      const boss = new PgBoss({ db: database.executor, supervise: false, schedule: false, migrate: false });
      await boss.start();
      await boss.expire();
      await boss.stop({ graceful: false, wait: true, close: false });
      await database.executor.executeSql(`UPDATE pgboss.job SET start_after = now() WHERE state = 'retry'`);
    } finally {
      await database.close();
    }
  }

  /** What the database holds once the server has stopped on its own (SIGTERM). */
  async function stored() {
    const database = await openData();
    try {
      const submissionIds = (await database.db.select({ submissionId: letters.submissionId }).from(letters)).map((r) => r.submissionId);
      const recorded = (await database.db.select().from(sentMessages)).map((r) => r.messageId);
      const { rows } = await database.executor.executeSql(`SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = '${EMAIL_QUEUE}' GROUP BY state ORDER BY state`);
      return { submissionIds, recorded, emailJobs: rows as { state: string; n: number }[] };
    } finally {
      await database.close();
    }
  }

  async function newSubmission(server: ServerProcess, email: string): Promise<Submission> {
    const form = await openFormPage(`${server.url}/en/letters/new?to=${slug}`);
    const id = randomUUID();
    // The same form, sent again, is what a browser's retry sends: same cookie, CSRF field and submission id.
    return { id, email, acknowledged: false, post: () => form.post({ submissionId: id, kind: 'letter', text: TEXT, email, action: 'send' }) };
  }

  const messagesTo = (email: string) => sink.received.filter((m) => m.to === email);

  beforeAll(async () => {
    sink = await startSmtpSink();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-crash-'));
    if (kind === 'postgres') postgres = await createTestPostgresDatabase();
    const database = await openData();
    try {
      if (kind === 'pglite') await migrate(database);
      const { person } = await savePerson(database.db, { nameLatin: 'Andrei Ivanou', nameRu: 'Иванов Андрей', status: 'current', country: 'BY', lettersReach: 'yes' }, { importLabel: 'test' });
      slug = person.slug;
    } finally {
      await database.close();
    }
    env = {
      NODE_ENV: 'test',
      PORT: String(await freePort()),
      DATA_DIR: dataDir,
      DATABASE_URL: postgres?.url,
      SMTP_URL: sink.url,
      SECRET_KEY: 'crash-test-secret-key-that-is-long-enough',
      // The site-wide hourly budget is not what this test is about.
      LETTERS_CONFIRMATIONS_PER_HOUR: '100000',
    };
  });

  afterAll(async () => {
    await running?.kill9();
    await sink?.close();
    await postgres?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const all: Submission[] = [];

  it('loses no acknowledged letter, stores none twice and e-mails each writer once', async () => {
    // While the server is killed, the SMTP server is slow: every send is in flight, none accepted.
    sink.hold = true;
    let interrupted = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const server = await start();
      const batch = await Promise.all(Array.from({ length: PER_ROUND }, (_, i) => newSubmission(server, `writer-${round}-${i}@example.org`)));
      all.push(...batch);
      // The kill comes when a random number of submissions (0 to half) have been acknowledged; the rest are in flight.
      const killAfter = Math.floor(rng() * (PER_ROUND / 2));
      let acks = 0;
      let killing: Promise<void> | undefined;
      const kill = () => (killing ??= server.kill9());
      const statuses: number[] = [];
      const posts = batch.map((s) =>
        s.post().then(
          (res) => {
            statuses.push(res.status);
            if (res.status !== 303) return;
            s.acknowledged = true;
            if (++acks >= killAfter) kill();
          },
          () => interrupted++,
        ),
      );
      if (killAfter === 0) kill();
      await Promise.all(posts);
      await kill();
      expect(statuses.filter((s) => s !== 303), `only acknowledgements or broken connections ${seed}`).toEqual([]);
      await letTheOutageLastLongEnough();
    }
    expect(interrupted, `the kills interrupted submissions in flight ${seed}`).toBeGreaterThan(0);
    const acknowledged = all.filter((s) => s.acknowledged).map((s) => s.id);

    // The browser retries every submission, acknowledged or not. Then the server is killed once more while it
    // is sending a confirmation e-mail (connected to the slow SMTP server, nothing accepted yet).
    const heldBefore = sink.held;
    const retrying = await start();
    const retried = await Promise.all(all.map((s) => s.post()));
    expect(retried.map((r) => r.status)).toEqual(all.map(() => 303));
    await waitUntil(() => sink.held > heldBefore, 'an e-mail being sent');
    await retrying.kill9();
    await letTheOutageLastLongEnough();

    sink.hold = false;
    const server = await start();
    await waitUntil(() => all.every((s) => messagesTo(s.email).length > 0), 'a confirmation e-mail to every writer');
    await server.stop();

    const db = await stored();
    expect(acknowledged.filter((id) => !db.submissionIds.includes(id)), `acknowledged letters lost ${seed}`).toEqual([]);
    expect(db.submissionIds.length, 'no submission stored twice').toBe(new Set(db.submissionIds).size);
    expect([...db.submissionIds].sort()).toEqual(all.map((s) => s.id).sort());
    expect(db.emailJobs, 'every e-mail job done, none left to send later').toEqual([{ state: 'completed', n: all.length }]);
    for (const s of all) expect(messagesTo(s.email), `e-mails to ${s.email} ${seed}`).toHaveLength(1);
    expect(sink.received).toHaveLength(all.length);
    expect(new Set(sink.received.map((m) => m.messageId)).size).toBe(all.length);
    expect([...db.recorded].sort()).toEqual(sink.received.map((m) => m.messageId).sort());
  }, 240_000);

  // SMTP cannot deliver exactly once: a sender killed between the server's acceptance and its own record of it
  // must either risk losing the e-mail or send it again. We send it again, as the very same message (decision 009).
  it('re-sends only the identical message when killed after the SMTP server accepted it but before recording it', async () => {
    const before = await start();
    const writer = await newSubmission(before, 'accepted-then-killed@example.org');
    // The SMTP server keeps the message and is about to answer "250 OK" when the sender dies.
    const killed = new Promise<void>((resolve) => (sink.beforeReply = () => before.kill9().then(resolve)));
    expect((await writer.post()).status).toBe(303);
    await killed;
    expect(messagesTo(writer.email)).toHaveLength(1);

    await letTheOutageLastLongEnough();
    const after = await start();
    // A later letter's e-mail is a barrier: the one worker takes jobs in order, so the earlier job has run by then.
    const later = await newSubmission(after, 'after-restart@example.org');
    expect((await later.post()).status).toBe(303);
    await waitUntil(() => messagesTo(later.email).length > 0, "the later letter's e-mail");
    await after.stop();

    const db = await stored();
    expect(db.emailJobs.filter((j) => j.state !== 'completed')).toEqual([]);
    const toWriter = messagesTo(writer.email);
    // It went twice (the kill came inside the window), and both times it is the very same message: the Message-ID
    // comes from the job, so mail clients show one. Never a second, different e-mail.
    expect(toWriter).toHaveLength(2);
    expect(new Set(toWriter.map((m) => m.messageId)).size).toBe(1);
  }, 120_000);
});
