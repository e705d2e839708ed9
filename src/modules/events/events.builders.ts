import type { Db } from '../../db/client.ts';
import type { Keys } from '../../lib/crypto.ts';

/** Demo events (synthetic), after the demo accounts and people exist. */
export async function seedEventsDemo(_db: Db, _keys: Keys): Promise<void> {}
