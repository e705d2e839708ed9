import path from 'node:path';
import type { Config } from './config.ts';
import { localBlobStore } from '../lib/blob-store.ts';
import type { Deps } from './context.ts';
import { openFromConfig, type Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { createKeys, loadMasterKey } from '../lib/crypto.ts';
import { createI18n } from './i18n.ts';
import { createJobs } from '../jobs/queue.ts';
import { EMAIL_JOB, emailHandler } from '../jobs/email.job.ts';
import { smtpTransport, type MailTransport } from '../lib/mailer.ts';
import { outboxTransport } from '../modules/outbox/outbox.repository.ts';
import { DELIVERY_JOB, deliveryHandler } from '../modules/campaigns/delivery/delivery.job.ts';
import { REGISTER_JOB, RESET_JOB, registerHandler, resetHandler } from '../modules/accounts/accounts.jobs.ts';

export interface Runtime {
  deps: Deps;
  transport: MailTransport;
  close(): Promise<void>;
}

type Log = { error(obj: object, msg: string): void };

/** Wires a database (already open) into everything the app and the CLI need. Migrates first. */
export async function createRuntime(config: Config, database: Database, log: Log, opts: { transport?: MailTransport } = {}): Promise<Runtime> {
  const migration = await migrate(database);
  const keys = createKeys(loadMasterKey({ secretKey: config.secretKey, keyFile: config.secretKeyFile, allowGenerate: !config.isProduction }));
  const jobs = await createJobs(database, log);
  const deps: Deps = { config, database, keys, i18n: createI18n(), jobs, blobs: localBlobStore(path.join(config.dataDir, 'files')), migration };
  const transport = opts.transport ?? (config.smtpUrl ? smtpTransport(config.smtpUrl, config.smtpFrom) : outboxTransport(database.db, keys));
  await jobs.register(EMAIL_JOB, emailHandler({ db: database.db, keys, i18n: deps.i18n, transport, publicUrl: config.publicUrl }));
  await jobs.register(REGISTER_JOB, registerHandler(deps));
  await jobs.register(RESET_JOB, resetHandler(deps));
  await jobs.register(DELIVERY_JOB, deliveryHandler({ db: database.db, keys, transport, config }));
  return {
    deps,
    transport,
    async close() {
      await jobs.stop();
      transport.close();
      await database.close();
    },
  };
}

export async function openRuntime(config: Config, log: Log): Promise<Runtime> {
  const database = await openFromConfig(config);
  try {
    return await createRuntime(config, database, log);
  } catch (err) {
    await database.close();
    throw err;
  }
}
