import { count } from 'drizzle-orm';
import type { Db } from './client.ts';
import type { Keys } from '../lib/crypto.ts';
import { users } from '../modules/accounts/accounts.tables.ts';
import { buildUser } from '../modules/accounts/accounts.builders.ts';

/**
 * Synthetic demo accounts for development, made with the test builders. Never real people.
 * The password is public (README): this runs only when SEED_DEMO allows, never by default in production.
 */
export const DEMO_PASSWORD = 'solidarity-demo-2026';
export const DEMO_ACCOUNTS = [
  { email: 'supporter@demo.invalid', roles: [] },
  { email: 'coordinator@demo.invalid', roles: ['coordinator'] },
  { email: 'admin@demo.invalid', roles: ['admin'] },
] as const;

/** Seeds once: returns false when the database already has accounts. */
export async function seedDemo(db: Db, keys: Keys): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(users);
  if (n > 0) return false;
  for (const account of DEMO_ACCOUNTS) {
    await buildUser(db, keys, { email: account.email, password: DEMO_PASSWORD, roles: [...account.roles] });
  }
  return true;
}
