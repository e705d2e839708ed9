import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/app/config.ts';
import { createRuntime, type Runtime } from '../../src/app/bootstrap.ts';
import { buildApp } from '../../src/app/server.tsx';
import type { MailTransport } from '../../src/lib/mailer.ts';
import { listOutbox } from '../../src/modules/outbox/outbox.repository.ts';
import { openTestDatabase, type TestDbKind } from './databases.ts';

export interface TestApp {
  app: FastifyInstance;
  runtime: Runtime;
  deps: Runtime['deps'];
  /** Every log line the app wrote, raw. */
  logs: string[];
  /** Runs all due background jobs (registration, e-mails) now. */
  drain(): Promise<number>;
  outbox(): Promise<{ to: string; subject: string; text: string; messageId: string }[]>;
  close(): Promise<void>;
}

export async function startTestApp(kind: TestDbKind, opts: { env?: Record<string, string>; transport?: MailTransport } = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solpost-test-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, SECRET_KEY: 'test-secret-key-that-is-long-enough-123', LOG_LEVEL: 'info', ...opts.env });
  const database = await openTestDatabase(kind);
  const logs: string[] = [];
  const runtime = await createRuntime(config, database, { error: (obj, msg) => logs.push(JSON.stringify({ msg, ...obj })) }, { transport: opts.transport });
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const app = await buildApp(runtime.deps, { logStream });
  await app.ready();
  return {
    app,
    runtime,
    deps: runtime.deps,
    logs,
    drain: () => runtime.deps.jobs.drain(),
    outbox: () => listOutbox(database.db, runtime.deps.keys),
    async close() {
      await app.close();
      await runtime.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
