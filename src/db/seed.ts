import { count } from 'drizzle-orm';
import type { Db } from './client.ts';
import type { Keys } from '../lib/crypto.ts';
import type { BlobStore } from '../lib/blob-store.ts';
import { users } from '../modules/accounts/accounts.tables.ts';
import { buildUser } from '../modules/accounts/accounts.builders.ts';
import { people } from '../modules/registry/registry.tables.ts';
import { seedRegistry } from '../modules/registry/registry.builders.ts';
import { seedSolidarityDemo } from '../modules/solidarity/solidarity.builders.ts';
import { seedCampaignsDemo } from '../modules/campaigns/campaigns.builders.ts';

/** About 200 invented people in the demo facilities, so every registry page has something to show. */
export const DEMO_PEOPLE = 200;

/**
 * Synthetic demo accounts for development, made with the test builders. Never real people.
 * The password is public (README): this runs only when SEED_DEMO allows, never by default in production.
 */
export const DEMO_PASSWORD = 'solidarity-demo-2026';
export const DEMO_ACCOUNTS = [
  { email: 'supporter@demo.invalid', roles: [] },
  { email: 'coordinator@demo.invalid', roles: ['coordinator'] },
  { email: 'admin@demo.invalid', roles: ['admin'] },
  { email: 'moderator@demo.invalid', roles: ['moderator'] },
  { email: 'translator@demo.invalid', roles: ['translator'] },
  { email: 'scribe@demo.invalid', roles: ['scribe'] },
  { email: 'mailer@demo.invalid', roles: ['mailer'] },
  { email: 'editor@demo.invalid', roles: ['editor'] },
] as const;

/** Seeds what is empty (accounts, registry); returns false when there was nothing to seed. */
export async function seedDemo(db: Db, keys: Keys, blobs?: BlobStore): Promise<boolean> {
  let seeded = false;
  const [{ n }] = await db.select({ n: count() }).from(users);
  if (n === 0) {
    for (const account of DEMO_ACCOUNTS) {
      await buildUser(db, keys, { email: account.email, password: DEMO_PASSWORD, roles: [...account.roles] });
    }
    seeded = true;
  }
  const [{ p }] = await db.select({ p: count() }).from(people);
  if (p === 0) {
    await db.transaction((tx) => seedRegistry(tx, { count: DEMO_PEOPLE, seed: 2026 }));
    // Friends, sponsorships and wall entries around the invented people (synthetic too).
    await seedSolidarityDemo(db, keys, blobs);
    await seedCampaignsDemo(db, keys);
    seeded = true;
  }
  return seeded;
}
