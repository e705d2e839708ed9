import type { Db } from '../../../db/client.ts';
import type { Keys } from '../../../lib/crypto.ts';

/** Invented demo data for wall (never real people), made by the same builders the tests use. */
export async function seedWallDemo(db: Db, keys: Keys): Promise<void> {
  void db;
  void keys;
}
