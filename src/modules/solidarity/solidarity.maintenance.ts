import type { Deps } from '../../app/context.ts';
import { friendsDaily } from './friends/friends.maintenance.ts';
import { needsDaily } from './needs/needs.maintenance.ts';
import { wallDaily } from './wall/wall.maintenance.ts';

/**
 * Daily work of the solidarity features (reminders to friends, expiring unconfirmed pledges and wall
 * entries). Each step is idempotent: a second run on the same day does nothing more.
 */
export async function runSolidarityMaintenance(deps: Deps, today: Date = new Date()): Promise<void> {
  await friendsDaily(deps, today);
  await needsDaily(deps, today);
  await wallDaily(deps, today);
}

/** Runs the daily work now and then every six hours (it is idempotent, so a restart repeats nothing). */
export function scheduleSolidarity(deps: Deps, onError: (err: unknown) => void): () => void {
  const run = () => runSolidarityMaintenance(deps).catch(onError);
  void run();
  const timer = setInterval(run, 6 * 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
