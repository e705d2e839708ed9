import type { Deps } from '../../../app/context.ts';
import { restoreDemoFiles } from './wall.builders.ts';
import { deleteExpiredWallEntries } from './wall.service.ts';

/**
 * The daily work of wall: unconfirmed entries whose link ran out go, with their files. Idempotent (a
 * second run finds nothing more). Also makes the demo entries' pictures if the seed could not.
 */
export async function wallDaily(deps: Deps, today: Date): Promise<void> {
  await deleteExpiredWallEntries(deps, today);
  await restoreDemoFiles(deps);
}
