import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../src/db/client.ts';
import { migrate } from '../../src/db/migrate.ts';
import { adminQuery, pgliteTemplateFile, TEMPLATE_DB, testDatabaseUrl, urlForDatabase } from './databases.ts';

/** Migrates each kind of database once; every test then starts from a copy. */
export default async function setup() {
  fs.mkdirSync(path.dirname(pgliteTemplateFile), { recursive: true });
  const lite = await openDatabase({ kind: 'pglite' });
  await migrate(lite);
  const dump = await lite.dumpDataDir!();
  fs.writeFileSync(pgliteTemplateFile, Buffer.from(await dump.arrayBuffer()));
  await lite.close();

  try {
    await adminQuery(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  } catch (err) {
    const where = new URL(testDatabaseUrl());
    where.password = where.password ? '***' : '';
    throw new Error(
      `The integration tests need a PostgreSQL server (Debian: apt-get install postgresql) reachable at ${where} ` +
        `(set TEST_DATABASE_URL to a superuser URL). Connecting failed: ${(err as Error).message}`,
    );
  }
  await adminQuery(`CREATE DATABASE ${TEMPLATE_DB}`);
  const pgDb = await openDatabase({ kind: 'postgres', url: urlForDatabase(TEMPLATE_DB), max: 2 });
  await migrate(pgDb);
  await pgDb.close();
}
