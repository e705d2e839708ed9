import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { lettersBenchmarks } from './letters.ts';
import { printBatchBenchmarks } from './print-batch.ts';
import { registryBenchmarks } from './registry.ts';
import { friendsBenchmarks } from './friends.ts';
import { wallBenchmarks } from './wall.ts';
import { campaignDeliveryBenchmarks } from './campaign-delivery.ts';
import { campaignPageBenchmarks } from './campaign-page.ts';
import { serverRssMb, startServer, stopServer } from './startup.ts';

// `npm run bench`: start-up, memory and throughput of the foundation. Prints `BENCH <name> <value> <unit>`.
const bench = (name: string, value: number, unit: string) => console.log(`BENCH ${name} ${Number(value.toFixed(2))} ${unit}`);
const PORT = Number(process.env.BENCH_PORT ?? 3290);

async function load(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 50, duration: seconds });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-bench-'));
  try {
    const cold = await startServer(dataDir, PORT);
    bench('start_cold_empty_data_dir', cold.ms, 'ms');
    await stopServer(cold.child);

    // Warm starts vary with machine load: report the median of three.
    const warmTimes: number[] = [];
    for (let i = 0; i < 2; i++) {
      const run = await startServer(dataDir, PORT);
      warmTimes.push(run.ms);
      await stopServer(run.child);
    }
    const warm = await startServer(dataDir, PORT);
    warmTimes.push(warm.ms);
    bench('start_warm_existing_data_dir_median_of_3', warmTimes.sort((a, b) => a - b)[1], 'ms');
    await new Promise((r) => setTimeout(r, 1000));
    bench('rss_after_start_embedded', serverRssMb(warm.child), 'MB');

    const seconds = Number(process.env.BENCH_SECONDS ?? 10);
    const health = await load(`${warm.url}/healthz`, seconds);
    const home = await load(`${warm.url}/en/`, seconds);
    bench('healthz_throughput', health.rps, 'req/s');
    bench('healthz_p99', health.p99, 'ms');
    bench('home_throughput', home.rps, 'req/s');
    bench('home_p99', home.p99, 'ms');
    bench('home_to_healthz_ratio', (home.rps / health.rps) * 100, '%');
    bench('rss_after_load_embedded', serverRssMb(warm.child), 'MB');
    await stopServer(warm.child);

    await registryBenchmarks(bench);
    await lettersBenchmarks(bench);
    await printBatchBenchmarks(bench);
    await friendsBenchmarks(bench);
    await wallBenchmarks(bench);
    await campaignDeliveryBenchmarks(bench);
    await campaignPageBenchmarks(bench);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
