// The reminder: one e-mail to each person going, about a day before the start, never after it. Marking it
// sent and enqueueing it happen in one transaction, so a crash or a second run never sends it twice.
import type { Deps } from '../../app/context.ts';
import { enqueueEmail } from '../../jobs/email.job.ts';
import { todayIso } from '../registry/registry.present.ts';
import type { Conn } from '../registry/registry.repository.ts';
import { REMINDER_BEFORE_MS } from './events.model.ts';
import type { EventRow } from './events.repository.ts';
import { dueReminders, markReminded, type RsvpRow } from './rsvps.repository.ts';

/**
 * The private link to cancel one's place, the same in every e-mail: a MAC of the answer's id under a key that
 * is not in the database (only its hash is stored), so the reminder, written long after, can carry it too.
 */
export const cancelTokenOf = (deps: Pick<Deps, 'keys'>, rsvpId: string) => deps.keys.mac(`event-rsvp-cancel:${rsvpId}`);

/** What the reminder carries: the time in the event's zone, the place, the private cancel link and the .ics. */
export function reminderParams(deps: Pick<Deps, 'keys'>, event: EventRow, rsvp: RsvpRow): Record<string, string> {
  return {
    lang: rsvp.locale,
    slug: event.slug,
    cancel: cancelTokenOf(deps, rsvp.id),
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    timeZone: event.timeZone,
    place: event.place,
    address: event.address,
  };
}

/** Whether this answer's reminder is due at `now`: going, not reminded, the event published and starting within a day. */
export function reminderDue(event: EventRow, rsvp: RsvpRow, now: Date): boolean {
  const until = event.startsAt.getTime() - now.getTime();
  return rsvp.state === 'going' && !rsvp.reminderSentOn && rsvp.emailEnc !== null && event.state === 'published' && until > 0 && until <= REMINDER_BEFORE_MS;
}

/** Inside the caller's transaction: sends the reminder if it is due (an answer confirmed or approved late). */
export async function remindIfDue(deps: Deps, tx: Conn, event: EventRow, rsvp: RsvpRow, now: Date): Promise<boolean> {
  if (!reminderDue(event, rsvp, now)) return false;
  if (!(await markReminded(tx, rsvp.id, todayIso(now)))) return false;
  await enqueueEmail(deps, tx, { to: deps.keys.decrypt(rsvp.emailEnc!), template: 'events.reminder', locale: rsvp.locale, params: reminderParams(deps, event, rsvp) });
  return true;
}

/** Every reminder due now, in batches, each batch one transaction (rows locked, skipped by a parallel run). */
export async function sendDueReminders(deps: Deps, now: Date): Promise<number> {
  let sent = 0;
  for (;;) {
    const batch = await deps.database.db.transaction(async (tx) => {
      const due = await dueReminders(tx, now, REMINDER_BEFORE_MS);
      let n = 0;
      for (const { rsvp, event } of due) if (await remindIfDue(deps, tx, event, rsvp, now)) n++;
      return { found: due.length, n };
    });
    sent += batch.n;
    if (batch.found === 0 || batch.n === 0) return sent;
  }
}
