// LETTERS benchmarks: the safety check's speed on a 2,000-character letter, its precision and recall on
// the hand-written corpora (the tuning set and the held-out set), and letter submission throughput
// (the form POST, 20 connections). Called from run.ts; prints through its `bench`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { checkLetter } from '../../src/modules/letters/safety/safety-check.ts';
import { CORPUS_LANGUAGES, loadCorpus, scoreCorpus } from '../../src/modules/letters/safety/corpus/evaluate.ts';
import { startServer, stopServer } from './startup.ts';

type Bench = (name: string, value: number, unit: string) => void;

const CONNECTIONS = 20;
const PORT = Number(process.env.BENCH_PORT ?? 3290) + 2;
const log = (msg: string) => console.error(`[letters bench] ${msg}`);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

/** A realistic letter of exactly 2,000 characters: risky and harmless corpus letters run together. */
function letterOf2000(lang: string): string {
  const corpus = loadCorpus(lang);
  const parts = corpus.harmless.flatMap((h, i) => [h, corpus.risky[i]?.text ?? '']);
  return parts.join('\n\n').slice(0, 2000);
}

function safetyCheckSpeed(bench: Bench) {
  for (const lang of ['ru', 'de'] as const) {
    const text = letterOf2000(lang);
    for (let i = 0; i < 200; i++) checkLetter(text);
    const times: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const t0 = performance.now();
      checkLetter(text);
      times.push(performance.now() - t0);
    }
    bench(`letters_safety_check_2000_chars_median_${lang}`, quantile(times, 0.5), 'ms');
    bench(`letters_safety_check_2000_chars_p99_${lang}`, quantile(times, 0.99), 'ms');
  }
}

function safetyCheckQuality(bench: Bench) {
  for (const set of ['tuning', 'heldout'] as const) {
    for (const lang of CORPUS_LANGUAGES) {
      const score = scoreCorpus(loadCorpus(lang, set));
      bench(`letters_safety_precision_${lang}_${set}`, score.precision, '');
      bench(`letters_safety_recall_${lang}_${set}`, score.recall, '');
    }
  }
}

/** The letter form as a writer without JavaScript sends it: each request a new submission and address. */
async function submissionThroughput(bench: Bench, seconds: number) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-bench-letters-'));
  const server = await startServer(dataDir, PORT, { SEED_DEMO: 'yes', LETTERS_CONFIRMATIONS_PER_HOUR: '100000000' });
  try {
    const people = (await (await fetch(`${server.url}/api/v1/people?status=current`)).json()) as { items: { slug: string }[] };
    const slug = people.items[0].slug;
    const page = await fetch(`${server.url}/en/letters/new?to=${slug}`);
    const cookie = (page.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
    const csrf = (await page.text()).match(/name="_csrf" value="([^"]+)"/)![1];
    const text = loadCorpus('ru').harmless[0];
    let n = 0;
    const result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: `/en/letters/new?to=${slug}`,
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
          setupRequest: (req) => ({
            ...req,
            body: new URLSearchParams({ _csrf: csrf, submissionId: randomUUID(), kind: 'letter', text, email: `writer${n++}@example.org`, action: 'send' }).toString(),
          }),
        },
      ],
    });
    const ok = result['3xx'];
    if (result['2xx'] || result['4xx'] || result['5xx'] || result.errors || result.timeouts) {
      throw new Error(`letter form: ${result['2xx']} 2xx, ${result['4xx']} 4xx, ${result['5xx']} 5xx, ${result.errors} errors, ${result.timeouts} timeouts`);
    }
    log(`${ok} letters submitted in ${seconds} s`);
    bench('letters_submission_throughput_embedded', result.requests.average, 'req/s');
    bench('letters_submission_p99_embedded', result.latency.p99, 'ms');
  } finally {
    await stopServer(server.child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function lettersBenchmarks(bench: Bench) {
  safetyCheckSpeed(bench);
  safetyCheckQuality(bench);
  await submissionThroughput(bench, Number(process.env.BENCH_SECONDS ?? 10));
}
