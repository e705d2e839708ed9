import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import { localBlobStore } from '../../lib/blob-store.ts';
import { createTestPostgresDatabase, TEST_DB_KINDS, type TestDbKind } from '../../../tests/support/databases.ts';
import { freePort, openFormPage, startServerProcess, type HttpAnswer, type ServerProcess } from '../../../tests/support/server-process.ts';
import { createRng } from '../registry/registry.builders.ts';
import { savePerson } from '../registry/registry.service.ts';
import { buildNeed } from './needs/needs.builders.ts';
import { pledges } from './needs/needs.tables.ts';
import { wallEntries } from './wall/wall.tables.ts';
import { phoneJpeg } from './wall/wall.fixtures.ts';

const ROUNDS = 2;
const PER_KIND = 4;
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000_007);

interface Submission {
  id: string;
  kind: 'pledge' | 'wall';
  post: () => Promise<HttpAnswer>;
  acknowledged: boolean;
}

/**
 * "An acknowledged upload or pledge survives a crash": real server processes, killed with SIGKILL while
 * pledges and wall photos are being submitted; after a restart, every submission the server acknowledged
 * (303) is stored exactly once with its files, and the browser's retry of any of them stores nothing more.
 */
describe.each(TEST_DB_KINDS)('kill -9 during pledges and wall uploads on %s', (kind: TestDbKind) => {
  const rng = createRng(SEED);
  const seed = `(CRASH_SEED=${SEED})`;
  let env: Record<string, string | undefined>;
  let dataDir: string;
  let postgres: { url: string; drop(): Promise<void> } | undefined;
  let slug: string;
  let needId: string;
  let photo: Buffer;
  let running: ServerProcess | undefined;

  const openData = (): Promise<Database> =>
    postgres ? openDatabase({ kind: 'postgres', url: postgres.url, max: 2 }) : openDatabase({ kind: 'pglite', dataDir });

  async function newSubmission(server: ServerProcess, kind: Submission['kind'], n: string): Promise<Submission> {
    const id = randomUUID();
    const email = `supporter-${n}@example.org`;
    if (kind === 'pledge') {
      const form = await openFormPage(`${server.url}/en/people/${slug}/needs`);
      const fields = { submissionId: id, need: needId, pseudonym: `Friend ${n}`, email, promise: 'A parcel of books in the spring' };
      return { id, kind, acknowledged: false, post: () => form.post(fields) };
    }
    const form = await openFormPage(`${server.url}/en/wall/new`);
    const fields = { submissionId: id, name: `Face ${n}`, statement: 'We stand with you.', person: slug, email, consent: 'on' };
    return { id, kind, acknowledged: false, post: () => form.postFile(fields, { field: 'photo', name: 'me.jpg', type: 'image/jpeg', data: photo }) };
  }

  async function stored() {
    const database = await openData();
    try {
      const pledged = (await database.db.select({ id: pledges.submissionId }).from(pledges)).map((r) => r.id);
      const entries = await database.db.select({ id: wallEntries.submissionId, photoKey: wallEntries.photoKey, thumbKey: wallEntries.thumbKey }).from(wallEntries);
      return { pledged, entries };
    } finally {
      await database.close();
    }
  }

  beforeAll(async () => {
    photo = await phoneJpeg({ width: 1200, height: 900 });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-crash-solidarity-'));
    if (kind === 'postgres') postgres = await createTestPostgresDatabase();
    const database = await openData();
    try {
      if (kind === 'pglite') await migrate(database);
      const { person } = await savePerson(database.db, { nameLatin: 'Maryia Kalesnikava', nameRu: 'Колесникова Мария', status: 'current', country: 'BY', lettersReach: 'yes' }, { importLabel: 'test' });
      slug = person.slug;
      needId = (await buildNeed(database.db, { personId: person.id, kind: 'books', description: 'Books in Belarusian' })).id;
    } finally {
      await database.close();
    }
    env = { NODE_ENV: 'test', PORT: String(await freePort()), DATA_DIR: dataDir, DATABASE_URL: postgres?.url, SECRET_KEY: 'crash-test-secret-key-that-is-long-enough' };
  }, 120_000);

  afterAll(async () => {
    await running?.kill9();
    await postgres?.drop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged pledge and photo exactly once, with its files', async () => {
    const all: Submission[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const server = (running = await startServerProcess(env));
      const batch: Submission[] = [];
      for (let i = 0; i < PER_KIND; i++) {
        batch.push(await newSubmission(server, 'pledge', `${round}-${i}`), await newSubmission(server, 'wall', `${round}-${i}`));
      }
      all.push(...batch);
      // Killed once a random number (0 to half) of the submissions has been acknowledged; the rest are in flight.
      const killAfter = Math.floor(rng() * (batch.length / 2));
      let acks = 0;
      let killing: Promise<void> | undefined;
      const kill = () => (killing ??= server.kill9());
      const refused: number[] = [];
      const posts = batch.map((s) =>
        s.post().then(
          (res) => {
            if (res.status !== 303) return void refused.push(res.status);
            s.acknowledged = true;
            if (++acks >= killAfter) void kill();
          },
          () => undefined, // the connection died with the server: not acknowledged, so the browser retries
        ),
      );
      if (killAfter === 0) void kill();
      await Promise.all(posts);
      await kill();
      expect(refused, `only acknowledgements or broken connections ${seed}`).toEqual([]);
    }

    const acknowledged = all.filter((s) => s.acknowledged);
    const before = await stored();
    for (const s of acknowledged) {
      const ids = s.kind === 'pledge' ? before.pledged : before.entries.map((e) => e.id);
      expect(ids.filter((id) => id === s.id), `acknowledged ${s.kind} stored once ${seed}`).toHaveLength(1);
    }

    // The browser sends every form again (the lost ones, and the acknowledged ones as a reload would).
    const server = (running = await startServerProcess(env));
    for (const s of all) {
      const retried = await s.post();
      expect(retried.status, `retry of a ${s.kind} ${seed}`).toBe(303);
    }
    await server.stop();

    const after = await stored();
    const blobs = localBlobStore(path.join(dataDir, 'files'));
    for (const s of all) {
      const ids = s.kind === 'pledge' ? after.pledged : after.entries.map((e) => e.id);
      expect(ids.filter((id) => id === s.id), `${s.kind} stored once after the retry ${seed}`).toHaveLength(1);
    }
    expect(after.pledged).toHaveLength(all.filter((s) => s.kind === 'pledge').length);
    for (const entry of after.entries) {
      expect(await blobs.get(entry.photoKey), `photo of a stored entry ${seed}`).not.toBeNull();
      expect(await blobs.get(entry.thumbKey), `thumbnail of a stored entry ${seed}`).not.toBeNull();
    }
    // Three server starts and sixteen photos re-encoded: generous, since it waits and never measures.
  }, 300_000);
});
