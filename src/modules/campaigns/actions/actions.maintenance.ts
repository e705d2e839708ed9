import type { Deps } from '../../../app/context.ts';

/** Periodic work of actions; idempotent (a second run at the same moment does nothing more). */
export async function actionsMaintenance(_deps: Deps, _now: Date): Promise<void> {}
