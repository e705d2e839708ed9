import type { Deps } from '../../app/context.ts';
import { restoreDemoEventFiles } from './events.builders.ts';
import { sendDueReminders } from './reminders.ts';
import { deleteExpiredUnconfirmed, forgetAfterEvent } from './rsvps.repository.ts';

/**
 * Periodic work of events, every 15 minutes and idempotent (a second run finds nothing more to do): the
 * reminders now due, answers never confirmed whose link ran out (their places come free), and, once an
 * event is over, the addresses and names of those who answered (the counts stay). Also makes the demo
 * report's picture if the seed could not (it has no file store).
 */
export async function eventsMaintenance(deps: Deps, now: Date): Promise<void> {
  await sendDueReminders(deps, now);
  await deleteExpiredUnconfirmed(deps.database.db, now);
  await forgetAfterEvent(deps.database.db, now);
  await restoreDemoEventFiles(deps);
}
