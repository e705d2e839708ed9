// FRIENDS benchmark: the "fewest friends" page on 10,000 people with friendships spread over them, under
// load (20 connections) on the embedded database. Called from run.ts; prints through its `bench`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedRegistry } from '../../src/modules/registry/registry.builders.ts';
import { fewestFriends } from '../../src/modules/solidarity/friends/friends.repository.ts';
import { startServer, stopServer } from './startup.ts';

type Bench = (name: string, value: number, unit: string) => void;

const PEOPLE = 10_000;
const FRIENDS = 2_500;
const CONNECTIONS = 20;
const PORT = Number(process.env.BENCH_PORT ?? 3290) + 3;
const log = (msg: string) => console.error(`[friends bench] ${msg}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** 10,000 invented people, and friends each tied to three of them (some not yet confirmed), spread unevenly. */
async function fill(dataDir: string): Promise<{ held: number; friendships: number; queryMs: number }> {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await migrate(database);
    const db = database.db;
    await seedRegistry(db, { count: PEOPLE, seed: 20260101 });
    await db.execute(sql`INSERT INTO friends (pseudonym, locale, created_on) SELECT 'bench friend ' || g, 'en', current_date FROM generate_series(1, ${FRIENDS}) g`);
    await db.execute(sql`WITH p AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn, count(*) OVER () AS n FROM people),
        f AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn FROM friends)
      INSERT INTO friendships (friend_id, person_id, confirmed_on, created_on)
      SELECT f.id, p.id, CASE WHEN (f.rn + k) % 7 = 0 THEN NULL ELSE current_date END, current_date
      FROM f CROSS JOIN generate_series(1, 3) k JOIN p ON p.rn = ((f.rn * 37 + k * k * 3331) % p.n)
      ON CONFLICT DO NOTHING`);
    await database.execScript('VACUUM ANALYZE');
    const held = Number(((await db.execute(sql`SELECT count(*) AS n FROM people WHERE status = 'current'`)) as unknown as { rows: { n: number }[] }).rows[0].n);
    const friendships = Number(((await db.execute(sql`SELECT count(*) AS n FROM friendships`)) as unknown as { rows: { n: number }[] }).rows[0].n);
    // The query itself, without the page's in-memory copy: median of 9 after a warm-up.
    await fewestFriends(db, 'en', 1, 20);
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const t0 = performance.now();
      await fewestFriends(db, 'en', 1, 20);
      times.push(performance.now() - t0);
    }
    return { held, friendships, queryMs: median(times) };
  } finally {
    await database.close();
  }
}

export async function friendsBenchmarks(bench: Bench): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-bench-friends-'));
  try {
    const dataDir = path.join(tmp, 'data');
    const filled = await fill(dataDir);
    log(`${PEOPLE} people (${filled.held} held now), ${FRIENDS} friends, ${filled.friendships} friendships`);
    bench('friends_fewest_query_10000_people_uncached', filled.queryMs, 'ms');
    const server = await startServer(dataDir, PORT, { SEED_DEMO: 'no' });
    try {
      const url = `${server.url}/en/friends`;
      const first = await fetch(url);
      const html = await first.text();
      if (first.status !== 200 || !html.includes('/en/friends/new?to=')) throw new Error(`/en/friends: HTTP ${first.status} without people`);
      const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
      if (result.non2xx || result.errors || result.timeouts) throw new Error(`/en/friends: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
      bench('friends_fewest_page_10000_people_p99', result.latency.p99, 'ms');
      bench('friends_fewest_page_10000_people_throughput', result.requests.average, 'req/s');
    } finally {
      await stopServer(server.child);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
