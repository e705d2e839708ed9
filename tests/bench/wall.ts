// WALL benchmarks: the public wall with 10,000 approved entries under load on PGlite (first page and a
// deep page), and one 12-megapixel photo through the upload's own processing. Called from run.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import autocannon from 'autocannon';
import { openDatabase } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { localBlobStore } from '../../src/lib/blob-store.ts';
import { putPictures, wallEntryValues } from '../../src/modules/solidarity/wall/wall.builders.ts';
import { phoneJpeg } from '../../src/modules/solidarity/wall/wall.fixtures.ts';
import { WALL_PAGE_SIZE } from '../../src/modules/solidarity/wall/wall.model.ts';
import { uploadedPhotoWithThumbnail } from '../../src/lib/uploads.ts';
import { WALL_THUMB_SIDE } from '../../src/modules/solidarity/wall/wall.model.ts';
import { wallEntries } from '../../src/modules/solidarity/wall/wall.tables.ts';
import { startServer, stopServer } from './startup.ts';

type Bench = (name: string, value: number, unit: string) => void;

const ENTRIES = 10_000;
const CONNECTIONS = 20;
const PORT = Number(process.env.BENCH_PORT ?? 3290) + 6;
const log = (msg: string) => console.error(`[wall bench] ${msg}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * A data folder with 10,000 approved entries over a year of approval dates, written with the builders
 * before the server starts (the thumbnails share a few files: the page serves none of them itself).
 * Returns the cursor of a page about halfway down the wall.
 */
async function prepareDataDir(dataDir: string): Promise<string> {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await migrate(database);
    const blobs = localBlobStore(path.join(dataDir, 'files'));
    const shared = await Promise.all([0, 1, 2, 3].map((i) => putPictures(blobs, `bench-${i}`)));
    const db = database.db;
    for (let start = 0; start < ENTRIES; start += 1000) {
      const batch = [];
      for (let i = start; i < Math.min(ENTRIES, start + 1000); i++) {
        const approvedOn = new Date(Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
        const statement = `Entry ${i}: we stand by you, and we write to you every week. You are not alone.`;
        batch.push(wallEntryValues({ files: shared[i % shared.length], name: `Supporter ${i}`, statement, approvedOn }).values);
      }
      await db.insert(wallEntries).values(batch);
    }
    await database.execScript('VACUUM ANALYZE wall_entries');
    const rows = async <T>(query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;
    const [{ approved }] = await rows<{ approved: number }>(sql`select count(*)::int as approved from wall_entries where state = 'approved'`);
    if (approved !== ENTRIES) throw new Error(`expected ${ENTRIES} approved entries, found ${approved}`);
    const [halfway] = await rows<{ d: string; id: string }>(sql`select approved_on::text as d, id from wall_entries where state = 'approved' order by approved_on desc, id desc offset ${ENTRIES / 2} limit 1`);
    return `${halfway.d}_${halfway.id}`;
  } finally {
    await database.close();
  }
}

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  if (result.non2xx || result.errors || result.timeouts) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return { rps: result.requests.average, p99: result.latency.p99, p50: result.latency.p50 };
}

async function wallPage(bench: Bench, seconds: number) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-bench-wall-'));
  try {
    const t0 = performance.now();
    const deepCursor = await prepareDataDir(dataDir);
    log(`${ENTRIES} approved entries written in ${Math.round(performance.now() - t0)} ms`);
    const server = await startServer(dataDir, PORT, { SEED_DEMO: 'no' });
    try {
      const first = `${server.url}/en/wall`;
      const deep = `${server.url}/en/wall?after=${deepCursor}`;
      // Warm-up, and a check that the pages show what they should.
      for (const url of [first, deep]) {
        const html = await (await fetch(url)).text();
        const shown = html.match(/class="wall-entry"/g)?.length ?? 0;
        if (shown !== WALL_PAGE_SIZE || !html.includes('rel="next"')) throw new Error(`${url}: ${shown} entries shown`);
      }
      await load(first, Math.min(3, seconds));
      const top = await load(first, seconds);
      bench('wall_page_10000_entries_p99', top.p99, 'ms');
      bench('wall_page_10000_entries_p50', top.p50, 'ms');
      bench('wall_page_10000_entries_throughput', top.rps, 'req/s');
      const middle = await load(deep, seconds);
      bench('wall_deep_page_10000_entries_p99', middle.p99, 'ms');
      bench('wall_deep_page_10000_entries_throughput', middle.rps, 'req/s');
    } finally {
      await stopServer(server.child);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A 12-megapixel phone photo (4000×3000, noisy, sideways with EXIF, GPS, XMP, ICC) through the upload's processing. */
async function photo12mp(bench: Bench) {
  const data = await phoneJpeg({ width: 4000, height: 3000, orientation: 6 });
  log(`12 MP test photo: ${(data.length / 1024 / 1024).toFixed(1)} MB`);
  const once = async () => {
    const t0 = performance.now();
    const result = await uploadedPhotoWithThumbnail({ data, tooLarge: false }, WALL_THUMB_SIDE);
    if ('problem' in result) throw new Error(`refused: ${result.problem}`);
    return performance.now() - t0;
  };
  await once();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push(await once());
  bench('wall_photo_12mp_ms', median(times), 'ms');
}

export async function wallBenchmarks(bench: Bench): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  await photo12mp(bench);
  await wallPage(bench, seconds);
}
