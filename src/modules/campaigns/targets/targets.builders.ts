import type { Db } from '../../../db/client.ts';
import type { Keys } from '../../../lib/crypto.ts';
import { postcodeConstituencies, targets, type TargetRow } from './targets.tables.ts';

/** A target, as tests and the demo seed need it (public office holders; demo addresses end in .invalid). */
export async function buildTarget(db: Db, o: Partial<typeof targets.$inferInsert> & { ref: string; name: string; country: string }): Promise<TargetRow> {
  const today = new Date().toISOString().slice(0, 10);
  const [row] = await db.insert(targets).values({ kind: 'parliament_member', createdOn: today, updatedOn: today, ...o }).returning();
  return row;
}

export async function buildPostcodes(db: Db, country: string, rows: { postcode: string; constituency: string }[]): Promise<void> {
  if (rows.length) await db.insert(postcodeConstituencies).values(rows.map((r) => ({ country, ...r })));
}

/** Demo data for targets (synthetic; .invalid addresses). */
export async function seedTargetsDemo(_db: Db, _keys: Keys): Promise<void> {}
