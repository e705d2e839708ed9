// CAMPAIGN PAGE benchmark: an open letter with 100,000 confirmed signatures (real rows: a mix of public,
// non-public and secret ones, some public names) and the matching counter, on PGlite, under 20 connections.
// The page reads the counter column, never count(*). Called from run.ts; prints through its `bench`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { eq, sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { savePerson } from '../../src/modules/registry/registry.service.ts';
import { people } from '../../src/modules/registry/registry.tables.ts';
import { buildCampaign } from '../../src/modules/campaigns/core/core.builders.ts';
import { campaigns } from '../../src/modules/campaigns/core/campaigns.tables.ts';
import { startServer, stopServer } from './startup.ts';

type Bench = (name: string, value: number, unit: string) => void;

const SIGNATURES = 100_000;
const CONNECTIONS = 20;
const SLUG = 'freedom-for-all-political-prisoners';
const PORT = Number(process.env.BENCH_PORT ?? 3290) + 12;
const log = (msg: string) => console.error(`[campaign page bench] ${msg}`);

const BODY = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1}: we, the undersigned, call for the immediate release of every political prisoner and for an end to the persecution of those who speak out.`).join('\n\n');

/** The campaign, its texts, people and partners, and 100,000 confirmed signatures written in one statement. */
export async function fill(dataDir: string): Promise<void> {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await migrate(database);
    const db = database.db;
    for (const name of ['Yana Arabeika', 'Ihar Losik', 'Maria Kalesnikava']) await savePerson(db, { nameLatin: name, status: 'current', country: 'BY' }, { importLabel: 'bench' });
    const personIds = (await db.select({ id: people.id }).from(people)).map((p) => p.id);
    const campaign = await buildCampaign(db, {
      slug: SLUG,
      kind: 'open_letter',
      originalLang: 'de',
      personIds,
      partners: ['Libereco', 'Razam e.V.', 'Belarusian Council for Culture'],
      texts: {
        de: { title: 'Freiheit für alle politischen Gefangenen', summary: 'Ein offener Brief.', body: BODY },
        en: { title: 'Freedom for all political prisoners', summary: 'An open letter.', body: BODY },
      },
    });
    // Public (name shown), non-public (name sealed) and secret (no name) signatures, confirmed over a year.
    await db.execute(sql`
      INSERT INTO signatures (submission_id, campaign_id, visibility, state, name, name_enc, place, dedupe_hash, locale, created_on, confirmed_on)
      SELECT gen_random_uuid(), ${campaign.id},
        CASE WHEN g % 10 < 3 THEN 'public' WHEN g % 10 < 7 THEN 'non_public' ELSE 'secret' END,
        'confirmed',
        CASE WHEN g % 10 < 3 THEN 'Supporter ' || g END,
        CASE WHEN g % 10 >= 3 AND g % 10 < 7 THEN 'sealed-bench-' || g END,
        CASE WHEN g % 10 < 3 AND g % 2 = 0 THEN 'Berlin, DE' END,
        md5('bench-' || g), 'en',
        current_date - (g % 365), current_date - (g % 365)
      FROM generate_series(1, ${SIGNATURES}) g`);
    await db.update(campaigns).set({ signatureCount: SIGNATURES }).where(eq(campaigns.id, campaign.id));
    await database.execScript('VACUUM ANALYZE');
    const [{ n }] = ((await db.execute(sql`SELECT count(*)::int AS n FROM signatures WHERE state = 'confirmed'`)) as unknown as { rows: { n: number }[] }).rows;
    if (n !== SIGNATURES) throw new Error(`expected ${SIGNATURES} signatures, found ${n}`);
  } finally {
    await database.close();
  }
}

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  if (result.non2xx || result.errors || result.timeouts) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return { rps: result.requests.average, p99: result.latency.p99, p50: result.latency.p50 };
}

export async function campaignPageBenchmarks(bench: Bench): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-bench-campaign-'));
  try {
    const dataDir = path.join(tmp, 'data');
    const t0 = performance.now();
    await fill(dataDir);
    log(`${SIGNATURES} confirmed signatures written in ${Math.round(performance.now() - t0)} ms`);
    const server = await startServer(dataDir, PORT, { SEED_DEMO: 'no' });
    try {
      // The English page: a translation, so it also says "translated from".
      const url = `${server.url}/en/campaigns/${SLUG}`;
      const html = await (await fetch(url)).text();
      if (!html.includes('Freedom for all political prisoners') || !html.includes('translated-from')) throw new Error(`${url}: not the campaign page`);
      if (!/100,000/.test(html)) log('note: the page does not show "100,000" (the signatures section renders the counter)');
      await load(url, Math.min(3, seconds));
      const page = await load(url, seconds);
      bench('campaign_page_100000_signatures_p99', page.p99, 'ms');
      bench('campaign_page_100000_signatures_p50', page.p50, 'ms');
      bench('campaign_page_100000_signatures_throughput', page.rps, 'req/s');
    } finally {
      await stopServer(server.child);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// `node --import tsx tests/bench/campaign-page.ts` runs this benchmark alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const print = (name: string, value: number, unit: string) => console.log(`BENCH ${name} ${Number(value.toFixed(2))} ${unit}`);
  campaignPageBenchmarks(print).then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
