// REGISTRY benchmarks: import of 10,000 Viasna records, the search API under load on PGlite and on
// PostgreSQL, and the 60-day birthdays PDF. Called from run.ts; prints through its `bench`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { parseImportFile, runImport } from '../../src/modules/registry/import/import.service.ts';
import { buildViasnaExport, searchQueries } from './registry-data.ts';
import { startServer, stopServer, type Started } from './startup.ts';

type Bench = (name: string, value: number, unit: string) => void;

const PEOPLE = 10_000;
const CONNECTIONS = 20;
const IMPORT_RUNS = 3;
const PORT = Number(process.env.BENCH_PORT ?? 3290) + 1;
const BENCH_DB = 'solpost_bench';
const SERVER_ENV = { SEED_DEMO: 'no' };
const adminUrl = () => process.env.TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
const log = (msg: string) => console.error(`[registry bench] ${msg}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function benchDbUrl(): string {
  const url = new URL(adminUrl());
  url.pathname = `/${BENCH_DB}`;
  return url.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Parses and imports the file in one go, as the admin import does; returns the report and the time. */
async function timedImport(database: Database, file: string, text: string) {
  const t0 = performance.now();
  const rows = parseImportFile('viasna', file, text);
  const report = await runImport(database, 'viasna', rows, { label: 'bench' });
  return { report, ms: performance.now() - t0 };
}

async function withDatabase<T>(database: Database, fn: (d: Database) => Promise<T>): Promise<T> {
  try {
    await migrate(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Load with a different query on every request, in rotation; throws on any non-2xx or error. */
async function loadSearch(url: string, queries: string[], seconds: number) {
  let next = 0;
  const paths = queries.map((q) => `/api/v1/people?q=${encodeURIComponent(q)}`);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
  });
  if (result.non2xx || result.errors || result.timeouts) throw new Error(`search: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

async function loadHealth(url: string, seconds: number) {
  const result = await autocannon({ url: `${url}/healthz`, connections: CONNECTIONS, duration: seconds });
  if (result.non2xx || result.errors || result.timeouts) throw new Error(`/healthz: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return { rps: result.requests.average };
}

/** One pass over the queries: warms the server and checks the queries find people. */
async function checkQueries(url: string, queries: string[]) {
  let found = 0;
  for (const q of queries) {
    const res = await fetch(`${url}/api/v1/people?q=${encodeURIComponent(q)}`);
    if (res.status !== 200) throw new Error(`search ${JSON.stringify(q)}: HTTP ${res.status}`);
    if (((await res.json()) as { total: number }).total > 0) found++;
  }
  log(`${found} of ${queries.length} queries find someone`);
}

async function searchLoad(bench: Bench, kind: 'pglite' | 'postgres', server: Started, queries: string[], seconds: number) {
  await checkQueries(server.url, queries);
  const search = await loadSearch(server.url, queries, seconds);
  const health = await loadHealth(server.url, seconds);
  bench(`registry_search_api_p99_${kind}`, search.p99, 'ms');
  bench(`registry_search_api_throughput_${kind}`, search.rps, 'req/s');
  bench(`registry_healthz_throughput_${kind}`, health.rps, 'req/s');
  bench(`registry_search_to_healthz_ratio_${kind}`, (search.rps / health.rps) * 100, '%');
}

/** The 60-day birthdays PDF as a user downloads it: median of 5 after one warm-up. */
async function birthdaysPdf(bench: Bench, server: Started) {
  const url = `${server.url}/en/birthdays.pdf?from=2026-12-01&days=60`;
  const fetchPdf = async () => {
    const t0 = performance.now();
    const res = await fetch(url);
    const body = await res.arrayBuffer();
    const ms = performance.now() - t0;
    if (res.status !== 200 || !res.headers.get('content-type')?.includes('application/pdf')) throw new Error(`birthdays.pdf: HTTP ${res.status}`);
    return { ms, bytes: body.byteLength };
  };
  const warm = await fetchPdf();
  log(`birthdays PDF: ${Math.round(warm.bytes / 1024)} KB, warm-up ${Math.round(warm.ms)} ms`);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push((await fetchPdf()).ms);
  bench('registry_birthdays_pdf_60_days', median(times), 'ms');
}

async function postgresLeg(bench: Bench, tmp: string, file: string, text: string, queries: string[], seconds: number) {
  try {
    await adminQuery(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  } catch (err) {
    log(`PostgreSQL unreachable at ${adminUrl()} (${(err as Error).message}): skipping the PostgreSQL search benchmark`);
    return;
  }
  try {
    await adminQuery(`CREATE DATABASE ${BENCH_DB}`);
    const filled = await withDatabase(await openDatabase({ kind: 'postgres', url: benchDbUrl() }), async (d) => {
      const done = await timedImport(d, file, text);
      // Steady state, as a running registry is: otherwise autovacuum processes the fresh rows during the load.
      await d.execScript('VACUUM ANALYZE');
      return done;
    });
    if (filled.report.created !== PEOPLE) throw new Error(`PostgreSQL fill created ${filled.report.created}, expected ${PEOPLE}`);
    log(`PostgreSQL filled with ${PEOPLE} people in ${Math.round(filled.ms)} ms`);
    const dataDir = path.join(tmp, 'pg-data');
    const server = await startServer(dataDir, PORT, { ...SERVER_ENV, DATABASE_URL: benchDbUrl() });
    try {
      await searchLoad(bench, 'postgres', server, queries, seconds);
    } finally {
      await stopServer(server.child);
    }
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`).catch((err) => log(`could not drop ${BENCH_DB}: ${err.message}`));
  }
}

export async function registryBenchmarks(bench: Bench): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-bench-registry-'));
  try {
    const data = buildViasnaExport(PEOPLE);
    const file = path.join(tmp, 'viasna-10k.json');
    fs.writeFileSync(file, data.text);
    const text = fs.readFileSync(file, 'utf8');
    const queries = searchQueries(data.names);
    log(`generated ${data.records} records (${Math.round(text.length / 1024)} KB), ${queries.length} search queries`);

    // 1. Import into an empty embedded database (three times, each into a new one: this machine's timings
    // wander by a second from run to run, so the median is reported), then the same file again.
    const importTimes: number[] = [];
    for (let run = 1; run < IMPORT_RUNS; run++) {
      await withDatabase(await openDatabase({ kind: 'pglite', dataDir: path.join(tmp, `pglite-import-${run}`) }), async (database) => {
        importTimes.push((await timedImport(database, file, text)).ms);
      });
      fs.rmSync(path.join(tmp, `pglite-import-${run}`), { recursive: true, force: true });
    }
    const dataDir = path.join(tmp, 'pglite-data');
    await withDatabase(await openDatabase({ kind: 'pglite', dataDir }), async (database) => {
      const first = await timedImport(database, file, text);
      log(`import: created ${first.report.created}, updated ${first.report.updated}, unchanged ${first.report.unchanged}, skipped ${first.report.skipped.length}`);
      if (first.report.created !== PEOPLE || first.report.skipped.length) throw new Error(`import created ${first.report.created} of ${PEOPLE}`);
      importTimes.push(first.ms);
      log(`import times: ${importTimes.map((ms) => Math.round(ms)).join(', ')} ms`);
      bench('registry_import_10k_viasna_pglite_median_of_3', median(importTimes), 'ms');
      const again = await timedImport(database, file, text);
      log(`re-import: created ${again.report.created}, updated ${again.report.updated}, unchanged ${again.report.unchanged}`);
      if (again.report.unchanged !== PEOPLE) throw new Error(`re-import left ${again.report.unchanged} of ${PEOPLE} unchanged`);
      bench('registry_reimport_10k_unchanged_pglite', again.ms, 'ms');
    });

    // 2 and 3 on PGlite: the server runs on the data folder just imported.
    const server = await startServer(dataDir, PORT, SERVER_ENV);
    try {
      await searchLoad(bench, 'pglite', server, queries, seconds);
      await birthdaysPdf(bench, server);
    } finally {
      await stopServer(server.child);
    }

    // 2 on PostgreSQL.
    await postgresLeg(bench, tmp, file, text, queries, seconds);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
