import type { Db } from '../../../db/client.ts';
import type { Keys } from '../../../lib/crypto.ts';

/** Demo data for signatures (synthetic; .invalid addresses), after the demo campaigns exist. */
export async function seedSignaturesDemo(_db: Db, _keys: Keys): Promise<void> {}
