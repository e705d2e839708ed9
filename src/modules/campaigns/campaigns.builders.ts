import type { Db } from '../../db/client.ts';
import type { Keys } from '../../lib/crypto.ts';
import { seedActionsDemo } from './actions/actions.builders.ts';
import { seedSignaturesDemo } from './signatures/signatures.builders.ts';
import { seedTargetsDemo } from './targets/targets.builders.ts';
import { seedEventsDemo } from '../events/events.builders.ts';

/** Demo data for campaigns and events, after the demo accounts and people exist (synthetic only). */
export async function seedCampaignsDemo(db: Db, keys: Keys): Promise<void> {
  await seedTargetsDemo(db, keys);
  await seedActionsDemo(db, keys);
  await seedSignaturesDemo(db, keys);
  await seedEventsDemo(db, keys);
}
