import type { Deps } from '../../../app/context.ts';

/** The daily work of friends; idempotent (a second run on the same day does nothing more). */
export async function friendsDaily(deps: Deps, today: Date): Promise<void> {
  void deps;
  void today;
}
