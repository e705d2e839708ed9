// "I'll come": with an address (confirmed by e-mail, then approved by the organisers when the event asks for
// it) or anonymously (a number only). Each use case is one transaction that locks the event row, so the
// capacity check and the write that takes the place happen as one, and the e-mails are enqueued in it.
import { randomUUID } from 'node:crypto';
import type { Deps } from '../../app/context.ts';
import { campaignConfirmations, enforce } from '../../app/rate-limit.ts';
import type { Conn } from '../registry/registry.repository.ts';
import { enqueueEmail } from '../../jobs/email.job.ts';
import { hashToken, newToken } from '../../lib/crypto.ts';
import { todayIso } from '../registry/registry.present.ts';
import { EVENT_RATE_LIMITS as LIMITS, RSVP_CONFIRM_HOURS } from './events.model.ts';
import { addAnonymous, lockEvent, type EventRow } from './events.repository.ts';
import { cancelTokenOf, remindIfDue } from './reminders.ts';
import { findRsvp, findRsvpByAddress, findRsvpByCancelHash, findRsvpByConfirmHash, findRsvpBySubmission, heldPlaces, insertRsvp, moveRsvp, reopenRsvp, type RsvpRow } from './rsvps.repository.ts';

/** Whether answers are still taken: published and not started. */
export const isOpen = (event: EventRow, now: Date) => event.state === 'published' && event.startsAt > now;

/** Places left (null: no limit), counting answers waiting for confirmation or approval, and the anonymous. */
export async function placesLeft(tx: Conn, event: EventRow): Promise<number | null> {
  if (event.capacity === null) return null;
  return Math.max(0, event.capacity - (await heldPlaces(tx, event.id)) - event.anonymousCount);
}

export interface RsvpSubmission {
  eventId: string;
  submissionId: string;
  name: string;
  email: string;
  locale: string;
}

export type RsvpOutcome = 'sent' | 'full' | 'closed';

function emailParams(deps: Deps, event: EventRow, rsvpId: string, locale: string, extra: Record<string, string> = {}) {
  return { lang: locale, slug: event.slug, cancel: cancelTokenOf(deps, rsvpId), ...extra };
}

/**
 * Stores an answer waiting for its confirmation, holding a place, with the confirmation e-mail. The same form
 * sent twice stores one answer; an address that has answered already gets the same neutral page and takes
 * no second place (a cancelled answer starts again; one never confirmed gets a new link).
 */
export async function submitRsvp(deps: Deps, s: RsvpSubmission, now = new Date()): Promise<RsvpOutcome> {
  const db = deps.database.db;
  if (await findRsvpBySubmission(db, s.submissionId)) return 'sent';
  const emailHash = deps.keys.lookupHash(s.email);
  await enforce(db, [[LIMITS.rsvpPerAddress, emailHash], [campaignConfirmations(deps.config.campaigns.confirmationsPerHour)]]);
  const confirm = newToken();
  const confirmation = { confirmTokenHash: hashToken(confirm), confirmExpiresAt: new Date(now.getTime() + RSVP_CONFIRM_HOURS * 3600_000) };
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, s.eventId);
    if (!event || !isOpen(event, now)) return 'closed';
    const existing = await findRsvpByAddress(tx, event.id, emailHash);
    if (existing && !['cancelled', 'unconfirmed'].includes(existing.state)) return 'sent';
    if (existing?.state !== 'unconfirmed' && (await placesLeft(tx, event)) === 0) return 'full';
    let row: RsvpRow | undefined;
    const sealed = { nameEnc: deps.keys.encrypt(s.name), emailEnc: deps.keys.encrypt(s.email), locale: s.locale, ...confirmation };
    if (existing?.state === 'cancelled') row = await reopenRsvp(tx, existing.id, { ...sealed, cancelTokenHash: hashToken(cancelTokenOf(deps, existing.id)) });
    else if (existing) row = await moveRsvp(tx, existing.id, ['unconfirmed'], 'unconfirmed', sealed);
    else {
      const id = randomUUID();
      row = await insertRsvp(tx, { id, submissionId: s.submissionId, eventId: event.id, emailHash, state: 'unconfirmed', createdOn: todayIso(now), cancelTokenHash: hashToken(cancelTokenOf(deps, id)), ...sealed });
    }
    if (!row) return 'sent';
    await enqueueEmail(deps, tx, { to: s.email, template: 'events.rsvp.confirm', locale: s.locale, params: emailParams(deps, event, row.id, s.locale, { token: confirm }) });
    return 'sent';
  });
}

export type AnonymousOutcome = 'counted' | 'full' | 'closed';

/** The anonymous "I'll come": a number only. Budgeted per event and for the site, with nothing about the visitor. */
export async function countAnonymous(deps: Deps, eventId: string, now = new Date()): Promise<AnonymousOutcome> {
  const db = deps.database.db;
  await enforce(db, [[LIMITS.anonymousPerEvent, eventId], [LIMITS.anonymousGlobal]]);
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event || !isOpen(event, now)) return 'closed';
    if ((await placesLeft(tx, event)) === 0) return 'full';
    await addAnonymous(tx, event.id);
    return 'counted';
  });
}

export type ConfirmOutcome = 'going' | 'pending' | 'already' | 'expired' | 'closed';

/** The click on the e-mailed link: going, or waiting for the organisers. Null for a token that is not one. */
export async function confirmRsvp(deps: Deps, token: string, now = new Date()): Promise<ConfirmOutcome | null> {
  const db = deps.database.db;
  const found = await findRsvpByConfirmHash(db, hashToken(token));
  if (!found) return null;
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, found.eventId);
    const rsvp = await findRsvpByConfirmHash(tx, hashToken(token));
    if (!event || !rsvp) return 'closed';
    if (rsvp.state !== 'unconfirmed') return 'already';
    if (rsvp.confirmExpiresAt && rsvp.confirmExpiresAt < now) return 'expired';
    if (!isOpen(event, now)) return 'closed';
    const to = event.approvalRequired ? 'pending' : 'going';
    const moved = await moveRsvp(tx, rsvp.id, ['unconfirmed'], to);
    if (!moved) return 'already';
    // Answered less than a day before: the reminder is due now, not at the next maintenance run.
    await remindIfDue(deps, tx, event, moved, now);
    return to;
  });
}

/** An organiser's decision on an answer waiting for approval; the person gets a neutral e-mail either way. */
export async function decideRsvp(deps: Deps, eventId: string, rsvpId: string, decision: 'approve' | 'decline', now = new Date()): Promise<'approved' | 'declined' | 'gone'> {
  return deps.database.db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    // Only an answer to this event: the id comes from the form.
    if (!event || !(await findRsvp(tx, event.id, rsvpId))) return 'gone';
    const moved = await moveRsvp(tx, rsvpId, ['pending'], decision === 'approve' ? 'going' : 'declined');
    if (!moved) return 'gone';
    if (moved.emailEnc) {
      const template = decision === 'approve' ? 'events.rsvp.approved' : 'events.rsvp.declined';
      await enqueueEmail(deps, tx, { to: deps.keys.decrypt(moved.emailEnc), template, locale: moved.locale, params: emailParams(deps, event, moved.id, moved.locale) });
    }
    if (decision === 'approve') await remindIfDue(deps, tx, event, moved, now);
    return decision === 'approve' ? 'approved' : 'declined';
  });
}

export async function rsvpByCancelToken(deps: Deps, token: string): Promise<RsvpRow | undefined> {
  return findRsvpByCancelHash(deps.database.db, hashToken(token));
}

/** The private cancel link: the place is freed at once. Null for a token that is not one. */
export async function cancelRsvp(deps: Deps, token: string): Promise<'cancelled' | 'already' | null> {
  const found = await rsvpByCancelToken(deps, token);
  if (!found) return null;
  return deps.database.db.transaction(async (tx) => {
    await lockEvent(tx, found.eventId);
    const moved = await moveRsvp(tx, found.id, ['unconfirmed', 'pending', 'going'], 'cancelled', { confirmTokenHash: null });
    return moved ? 'cancelled' : 'already';
  });
}
