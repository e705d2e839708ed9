import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema.ts';
import { acquireLock } from './lock.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** What pg-boss needs to run its SQL on our connection or inside our transaction. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs several statements without parameters (migrations, schema set-up). */
  execScript(text: string): Promise<void>;
  executor: SqlExecutor;
  /** PGlite only: the whole data folder as a tarball (tests copy a migrated database this way). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
}

export type OpenOptions =
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; max?: number };

// Turns pg-boss's "$1, $2" text into a Drizzle SQL object, so the same text runs
// on either driver and, given a transaction, inside it.
function toSql(text: string, values: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = parts.map((part, i) => (i % 2 ? sql`${sql.param(values[Number(part) - 1] ?? null)}` : sql.raw(part)));
  return sql.join(chunks, sql.raw(''));
}

export function executorFor(db: Pick<Db, 'execute'>, execScript: (t: string) => Promise<void>): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (!values || values.length === 0) {
        if (/;\s*\S/.test(text)) {
          await execScript(text);
          return { rows: [] };
        }
        return (await db.execute(sql.raw(text))) as unknown as { rows: any[] };
      }
      return (await db.execute(toSql(text, values))) as unknown as { rows: any[] };
    },
  };
}

const PGLITE_CONF = ['shared_buffers = 32MB', 'work_mem = 4MB', 'maintenance_work_mem = 32MB', 'temp_buffers = 4MB'];

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.kind === 'postgres') {
    // No JIT: it compiles a query whose estimate is high, and a search's estimate is (a range on a parameter
    // looks like thousands of rows) while it reads a few dozen; compiling took 30 ms of a 3 ms query.
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.max ?? 10, options: '-c jit=off' });
    // An idle connection the server closes (a restart, a dropped test database) is an 'error' event on the
    // pool; unheard, it would end the process. pg has already discarded that connection; the next query opens a new one.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    const execScript = async (text: string) => void (await pool.query(text));
    return { kind: 'postgres', db, execScript, executor: executorFor(db, execScript), close: () => pool.end() };
  }
  let release = () => {};
  if (opts.dataDir) {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    release = acquireLock(path.join(opts.dataDir, 'solpost.lock'));
  }
  try {
    // pg_trgm must be passed every time PGlite opens, or existing indexes using it fail.
    const client = await PGlite.create({
      dataDir: opts.dataDir ? path.join(opts.dataDir, 'pglite') : undefined,
      loadDataDir: opts.loadDataDir,
      extensions: { pg_trgm },
      // PostgreSQL's default 128 MB of shared buffers costs ~130 MB of resident memory in the
      // WebAssembly heap; the embedded database serves one small organisation (decision 002).
      postgresqlconf: PGLITE_CONF,
    });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    const execScript = async (text: string) => void (await client.exec(text));
    return {
      kind: 'pglite',
      db,
      execScript,
      executor: executorFor(db, execScript),
      dumpDataDir: async () => (await client.dumpDataDir('none')) as Blob,
      async close() {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

export function openFromConfig(config: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl })
    : openDatabase({ kind: 'pglite', dataDir: config.dataDir });
}
