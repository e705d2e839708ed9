import type { Deps } from '../../../app/context.ts';
import { runFollowups } from './followup.service.ts';

/**
 * Periodic work of letter actions; idempotent (a second run at the same moment does nothing more):
 * unconfirmed letters whose link ran out are deleted with their words, "did they reply?" e-mails go once,
 * and names and addresses are deleted after the answer or a month without one.
 */
export async function actionsMaintenance(deps: Deps, now: Date): Promise<void> {
  await runFollowups(deps, now);
}
