import type { Deps } from '../../../app/context.ts';

/** The daily work of needs; idempotent (a second run on the same day does nothing more). */
export async function needsDaily(deps: Deps, today: Date): Promise<void> {
  void deps;
  void today;
}
