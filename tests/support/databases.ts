import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/client.ts';

/** Every integration suite runs once per database kind: the embedded one and a real PostgreSQL server. */
export const TEST_DB_KINDS = ['pglite', 'postgres'] as const;
export type TestDbKind = (typeof TEST_DB_KINDS)[number];

// TEST_TEMPLATE names a separate template, so two test runs on one machine do not drop each other's.
const templateSuffix = (process.env.TEST_TEMPLATE ?? '').replace(/\W/g, '');
export const TEMPLATE_DB = `solpost_test_template${templateSuffix}`;
export const pgliteTemplateFile = path.resolve(`.tmp/pglite-template${templateSuffix}.tar`);
export const testDatabaseUrl = () => process.env.TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

export function urlForDatabase(name: string): string {
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let pgliteTemplate: Buffer | undefined;

/**
 * A clean, migrated database for one test: PGlite loaded from a migrated data-folder dump,
 * or a PostgreSQL database copied from a migrated template (both take milliseconds, not a migration run).
 */
export async function openTestDatabase(kind: TestDbKind): Promise<Database> {
  if (kind === 'pglite') {
    pgliteTemplate ??= fs.readFileSync(pgliteTemplateFile);
    return openDatabase({ kind: 'pglite', loadDataDir: new Blob([new Uint8Array(pgliteTemplate)]) });
  }
  const fresh = await createTestPostgresDatabase();
  const database = await openDatabase({ kind: 'postgres', url: fresh.url, max: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      await fresh.drop();
    },
  };
}

/** A fresh PostgreSQL database copied from the migrated template, for a test or a server process; drop() removes it. */
export async function createTestPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `solpost_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  return { url: urlForDatabase(name), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
