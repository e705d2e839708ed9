import type { Db } from '../../db/client.ts';
import type { Keys } from '../../lib/crypto.ts';
import type { BlobStore } from '../../lib/blob-store.ts';
import { seedFriendsDemo } from './friends/friends.builders.ts';
import { seedKeepersDemo } from './keepers/keepers.builders.ts';
import { seedNeedsDemo } from './needs/needs.builders.ts';
import { seedSponsorshipsDemo } from './sponsorships/sponsorships.builders.ts';
import { seedWallDemo } from './wall/wall.builders.ts';

/** Demo data for the solidarity features, after the demo accounts and people exist. */
export async function seedSolidarityDemo(db: Db, keys: Keys, blobs?: BlobStore): Promise<void> {
  await seedFriendsDemo(db, keys);
  await seedKeepersDemo(db, keys);
  await seedNeedsDemo(db, keys);
  await seedSponsorshipsDemo(db, keys);
  await seedWallDemo(db, keys, blobs);
}
