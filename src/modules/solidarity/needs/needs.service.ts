import type { Deps } from '../../../app/context.ts';
import { AppError } from '../../../app/errors.ts';
import { enforce, type Limit } from '../../../app/rate-limit.ts';
import { derivedJobId } from '../../../jobs/queue.ts';
import { enqueueEmail } from '../../../jobs/email.job.ts';
import { hashToken, newToken } from '../../../lib/crypto.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import { closeNeed, findNeed, findPledgeByConfirmToken, findPledgeBySubmission, insertNeed, insertPledgeOnce, movePledge, pledgesToFollow } from './needs.repository.ts';
import type { NeedForm, PledgeForm } from './needs.schemas.ts';

/** Hours a pledge's confirmation link works; then the unconfirmed pledge is deleted (needs.maintenance). */
export const PLEDGE_CONFIRM_HOURS = 72;

/** One address gets a few confirmation e-mails an hour and the site a budget: the form cannot spam strangers. */
export const PLEDGE_CONFIRMATIONS_PER_ADDRESS: Limit = { name: 'pledge-confirm-address', max: 5, windowSeconds: 3600 };
export const PLEDGE_CONFIRMATIONS_GLOBAL: Limit = { name: 'pledge-confirm-global', max: 300, windowSeconds: 3600 };

export async function addNeed(deps: Deps, person: PersonRow, actorId: string, f: NeedForm) {
  return insertNeed(deps.database.db, { personId: person.id, kind: f.kind, description: f.description, locale: f.locale, createdBy: actorId, createdOn: todayIso() });
}

export async function setNeedState(deps: Deps, person: PersonRow, id: string, to: 'met' | 'closed'): Promise<boolean> {
  return closeNeed(deps.database.db, id, person.id, to, todayIso());
}

export type PledgeOutcome = { ok: true; state: 'unconfirmed' | 'pledged' } | { ok: false; error: 'needs.pledge.needGone' | 'needs.pledge.tooMany' };

/**
 * Stores a promise of help to one of the person's open needs. From an account it counts at once; from an
 * e-mail address it waits for the link in the e-mail enqueued in the same transaction. The address is
 * sealed. The form's submission id is unique, so a double submit stores one pledge and sends one e-mail.
 */
export async function submitPledge(deps: Deps, person: PersonRow, f: PledgeForm & { userId: string | null; locale: string }): Promise<PledgeOutcome> {
  const db = deps.database.db;
  const stored = await findPledgeBySubmission(db, f.submissionId);
  if (stored) return { ok: true, state: stored.state === 'unconfirmed' ? 'unconfirmed' : 'pledged' };
  const need = await findNeed(db, f.need);
  if (!need || need.personId !== person.id || need.state !== 'open') return { ok: false, error: 'needs.pledge.needGone' };
  const anonymous = f.userId === null;
  if (anonymous) {
    try {
      await enforce(db, [[PLEDGE_CONFIRMATIONS_PER_ADDRESS, deps.keys.lookupHash(f.email!)], [PLEDGE_CONFIRMATIONS_GLOBAL]]);
    } catch (err) {
      if (err instanceof AppError && err.status === 429) return { ok: false, error: 'needs.pledge.tooMany' };
      throw err;
    }
  }
  const token = anonymous ? newToken() : null;
  return db.transaction(async (tx) => {
    const { pledge, created } = await insertPledgeOnce(tx, {
      submissionId: f.submissionId,
      needId: need.id,
      userId: f.userId,
      pseudonym: f.pseudonym,
      emailEnc: anonymous ? deps.keys.encrypt(f.email!) : null,
      promise: f.promise,
      byMonth: f.month,
      locale: f.locale,
      state: anonymous ? 'unconfirmed' : 'pledged',
      confirmTokenHash: token ? hashToken(token) : null,
      confirmExpiresAt: token ? new Date(Date.now() + PLEDGE_CONFIRM_HOURS * 3600_000) : null,
      createdOn: todayIso(),
    });
    if (created && token) {
      await enqueueEmail(deps, tx, { to: f.email!, template: 'needs.confirm', locale: f.locale, params: { lang: f.locale, token } }, { id: derivedJobId(pledge.id, 'confirm-email') });
    }
    return { ok: true, state: pledge.state === 'unconfirmed' ? 'unconfirmed' : 'pledged' };
  });
}

export type ConfirmOutcome = 'confirmed' | 'already' | 'expired';

/** The supporter's click on the e-mail link: the promise counts. Confirming twice is harmless. */
export async function confirmPledge(deps: Deps, token: string): Promise<ConfirmOutcome | null> {
  const db = deps.database.db;
  const pledge = await findPledgeByConfirmToken(db, hashToken(token));
  if (!pledge) return null;
  if (pledge.state !== 'unconfirmed') return 'already';
  if (pledge.confirmExpiresAt && pledge.confirmExpiresAt < new Date()) return 'expired';
  const moved = await movePledge(db, pledge.id, 'unconfirmed', { state: 'pledged', confirmExpiresAt: null });
  return moved ? 'confirmed' : 'already';
}

/**
 * A coordinator marks a pledge fulfilled or lapsed (only from 'pledged': a second click changes nothing).
 * The contact address goes with the decision: nobody needs to reach the supporter about it any more.
 */
export async function decidePledge(deps: Deps, id: string, to: 'fulfilled' | 'lapsed', coordinatorId: string): Promise<boolean> {
  return movePledge(deps.database.db, id, 'pledged', { state: to, decidedOn: todayIso(), decidedBy: coordinatorId, emailEnc: null });
}

export interface PledgeToFollow {
  id: string;
  pseudonym: string;
  promise: string;
  locale: string;
  byMonth: string | null;
  createdOn: string;
  contact: string | null;
  need: { kind: string; description: string; state: string };
  person: { slug: string; nameBe: string | null; nameRu: string | null; nameLatin: string | null };
}

/** Coordinators' list: confirmed pledges with the contact opened (the sealed address, or the account's). */
export async function pledgesView(deps: Deps): Promise<PledgeToFollow[]> {
  const rows = await pledgesToFollow(deps.database.db);
  return rows.map(({ pledge: p, need, person, accountEmailEnc }) => {
    const sealed = p.emailEnc ?? accountEmailEnc;
    return { id: p.id, pseudonym: p.pseudonym, promise: p.promise, locale: p.locale, byMonth: p.byMonth, createdOn: p.createdOn, contact: sealed ? deps.keys.decrypt(sealed) : null, need, person };
  });
}
