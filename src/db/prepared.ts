import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Db } from './client.ts';

const dialect = new PgDialect();

/**
 * Rows of a query run at a high rate (the people search). On PostgreSQL it becomes a named prepared
 * statement, so each connection plans it once instead of on every call: planning was half of a 2 ms
 * search. The name is a hash of the text, so one name never stands for two texts. Elsewhere (PGlite,
 * or inside a transaction) it runs like any query.
 */
export async function preparedRows<T>(db: Pick<Db, 'execute'>, query: SQL): Promise<T[]> {
  const client = (db as { $client?: unknown }).$client;
  if (client instanceof pg.Pool) {
    const { sql: text, params } = dialect.sqlToQuery(query);
    const name = `sp_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    return (await client.query({ name, text, values: params })).rows as T[];
  }
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
