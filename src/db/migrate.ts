import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import PgBoss from 'pg-boss';
import type { Database } from './client.ts';

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The id of the newest migration this build ships, as /healthz reports it. */
export function latestMigrationId(): string {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'));
  return journal.entries.at(-1).tag;
}

/** Applies our migrations, then lets pg-boss create or upgrade its own schema. Idempotent. */
export async function migrate(database: Database): Promise<string> {
  if (database.kind === 'pglite') await migratePglite(database.db as any, { migrationsFolder });
  else await migratePg(database.db as any, { migrationsFolder });
  const boss = new PgBoss({ db: database.executor, supervise: false, schedule: false, migrate: true });
  await boss.start();
  await boss.stop({ graceful: false, wait: true, close: false });
  return latestMigrationId();
}
