import type { Deps } from '../../../app/context.ts';
import { deleteExpiredUnconfirmed } from './needs.repository.ts';

/**
 * The daily work of needs; idempotent (a second run on the same day does nothing more). Pledges whose
 * confirmation link ran out are deleted with their sealed address: nobody confirmed a promise.
 *
 * Pledged promises whose month is long past are NOT marked lapsed here: a parcel may well have been sent
 * without anyone recording it, and "lapsed" is a coordinator's judgement. The coordinators' list marks
 * such pledges overdue instead (needs-coordinate.views.tsx).
 */
export async function needsDaily(deps: Deps, today: Date): Promise<void> {
  await deleteExpiredUnconfirmed(deps.database.db, today);
}
