// For the delivery tests: the runtime (database, keys, jobs, mail transport) without the web app, which these
// tests never call. Same wiring as the server (createRuntime), on a fresh test database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Database } from '../../../db/client.ts';
import { loadConfig } from '../../../app/config.ts';
import { createRuntime, type Runtime } from '../../../app/bootstrap.ts';
import type { MailTransport } from '../../../lib/mailer.ts';
import { openTestDatabase, type TestDbKind } from '../../../../tests/support/databases.ts';
import { actionLetters } from '../actions/actions.tables.ts';
import { buildCampaign } from '../core/core.builders.ts';
import { buildTarget } from '../targets/targets.builders.ts';
import { scheduleDeliveries, type LetterToDeliver } from './delivery.service.ts';

export interface DeliveryRuntime {
  runtime: Runtime;
  deps: Runtime['deps'];
  logs: string[];
  close(): Promise<void>;
}

export async function startDeliveryRuntime(kind: TestDbKind, opts: { env?: Record<string, string>; transport?: MailTransport } = {}): Promise<DeliveryRuntime> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-delivery-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, SECRET_KEY: 'test-secret-key-that-is-long-enough-123', ...opts.env });
  const logs: string[] = [];
  const runtime = await createRuntime(config, await openTestDatabase(kind), { error: (obj, msg) => logs.push(JSON.stringify({ msg, ...obj })) }, { transport: opts.transport });
  return {
    runtime,
    deps: runtime.deps,
    logs,
    async close() {
      await runtime.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * After a kill, the jobs that were running stay "active" until pg-boss's expiry (15 minutes) and its next
 * maintenance pass, then wait their retry delay. Tests and the benchmark stand in for those minutes while
 * the server is down: age such jobs past their expiry, let pg-boss's own expire() retry them, make retries due.
 */
export async function letTheOutageLastLongEnough(database: Database): Promise<void> {
  await database.executor.executeSql(`UPDATE pgboss.job SET started_on = started_on - expire_in - interval '1 second' WHERE state = 'active'`);
  const boss = new PgBoss({ db: database.executor, supervise: false, schedule: false, migrate: false });
  await boss.start();
  await boss.expire();
  await boss.stop({ graceful: false, wait: true, close: false });
  await database.executor.executeSql(`UPDATE pgboss.job SET start_after = now() WHERE state = 'retry'`);
}

/**
 * Targets, a letter action (the organisation's copy as Bcc) and `letters` confirmed server letters, each to
 * `targetsPerLetter` targets, scheduled by the real scheduleDeliveries, one transaction per letter as the
 * confirmation does. `now` in the past puts every slot in the past: all due at once. Closes the database.
 */
export async function prepareConfirmedLetters(
  database: Database,
  env: Record<string, string | undefined>,
  o: { targets: number; letters: number; targetsPerLetter?: number; now?: Date },
): Promise<{ scheduleSeconds: number; deliveries: number }> {
  const config = loadConfig(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)));
  const runtime = await createRuntime(config, database, { error: () => {} });
  try {
    const { deps } = runtime;
    const db = database.db;
    const targets: { id: string }[] = [];
    for (let i = 0; i < o.targets; i++) {
      targets.push(await buildTarget(db, { ref: `member-${i}`, name: `Member ${i}`, country: 'DE', email: `member${i}@parliament.invalid`, salutations: { en: `Dear Member ${i}` } }));
    }
    const campaign = await buildCampaign(db, { slug: `campaign-${randomUUID().slice(0, 8)}`, kind: 'letter_action', texts: { en: { title: 'Free Andrei' } }, targetIds: targets.map((t) => t.id), copyMode: 'bcc' });
    const today = new Date().toISOString().slice(0, 10);
    const per = o.targetsPerLetter ?? 1;
    const letters: LetterToDeliver[] = [];
    for (let start = 0; start < o.letters; start += 500) {
      const values = [];
      for (let i = start; i < Math.min(o.letters, start + 500); i++) {
        const email = `supporter${i}@example.org`;
        values.push({
          submissionId: randomUUID(), campaignId: campaign.id, mode: 'server' as const, state: 'confirmed' as const, locale: 'en',
          supporterHash: deps.keys.lookupHash(email), nameEnc: deps.keys.encrypt(`Supporter ${i}`), emailEnc: deps.keys.encrypt(email),
          subjectEnc: deps.keys.encrypt('Free Andrei Ivanou — a letter to {target_name}'),
          bodyEnc: deps.keys.encrypt(`{salutation},\n\nAndrei Ivanou has been in prison for four years for a post on social media. Please ask for his release.\n\nSupporter ${i}`),
          targetIds: Array.from({ length: per }, (_, k) => targets[(i + k) % targets.length].id), createdOn: today, confirmedOn: today,
        });
      }
      letters.push(...(await db.insert(actionLetters).values(values).returning({ id: actionLetters.id, campaignId: actionLetters.campaignId, supporterHash: actionLetters.supporterHash, targetIds: actionLetters.targetIds })));
    }
    const t0 = performance.now();
    let deliveries = 0;
    for (const letter of letters) deliveries += await db.transaction((tx) => scheduleDeliveries(tx, deps, letter, o.now));
    return { scheduleSeconds: (performance.now() - t0) / 1000, deliveries };
  } finally {
    await runtime.close();
  }
}
