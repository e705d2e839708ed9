import type { Deps } from '../../../app/context.ts';
import { derivedJobId } from '../../../jobs/queue.ts';
import { enqueueEmail } from '../../../jobs/email.job.ts';
import { findUserByEmailHash, findUserById } from '../../accounts/accounts.repository.ts';
import type { Conn } from '../../registry/registry.repository.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import { countActive, findKeeper, insertKeeperOnce, lockPerson, moveKeeper, openKeepingOf, type KeeperRow } from './keepers.repository.ts';
import type { HandoverForm, RequestForm } from './keepers.schemas.ts';

/** Someone who has died has no keeper any more; anyone else may be looked after. */
export function canBeKept(person: PersonRow): boolean {
  return person.status !== 'deceased';
}

export type RequestOutcome = { ok: true; keeper: KeeperRow } | { ok: false; error: 'keepers.request.full' | 'keepers.request.already' | 'keepers.request.notKeepable' };

/**
 * A volunteer asks to keep a person. Refused when the person already has as many keepers as allowed, and
 * when the volunteer already asked (or keeps them): the partial unique index allows one open row each.
 */
export async function requestKeeping(deps: Deps, person: PersonRow, userId: string, f: RequestForm): Promise<RequestOutcome> {
  if (!canBeKept(person)) return { ok: false, error: 'keepers.request.notKeepable' };
  return deps.database.db.transaction(async (tx) => {
    if (await openKeepingOf(tx, person.id, userId)) return { ok: false, error: 'keepers.request.already' };
    if ((await countActive(tx, person.id)) >= deps.config.keepersMaxPerPerson) return { ok: false, error: 'keepers.request.full' };
    const keeper = await insertKeeperOnce(tx, { personId: person.id, userId, state: 'requested', pseudonym: f.pseudonym, note: f.note, requestedOn: todayIso() });
    return keeper ? { ok: true, keeper } : { ok: false, error: 'keepers.request.already' };
  });
}

/** Queues a neutral e-mail to a volunteer's account address (opened here, sealed again in the job). */
async function emailVolunteer(deps: Deps, tx: Conn, userId: string, template: string, purposeId: string): Promise<void> {
  const user = await findUserById(tx, userId);
  if (!user) return;
  const to = deps.keys.decrypt(user.emailEnc);
  await enqueueEmail(deps, tx, { to, template, locale: user.locale, params: { lang: user.locale } }, { id: derivedJobId(purposeId, template) });
}

export type DecideOutcome = 'approved' | 'refused' | 'full' | 'stale';

/**
 * A coordinator approves or refuses a request. Approval takes the person's row lock and counts the active
 * keepers inside the transaction, so two approvals at the same moment cannot pass the maximum together.
 */
export async function decideRequest(deps: Deps, id: string, decision: 'approve' | 'refuse', coordinatorId: string): Promise<DecideOutcome> {
  const today = todayIso();
  return deps.database.db.transaction(async (tx) => {
    const row = await findKeeper(tx, id);
    if (!row || row.state !== 'requested') return 'stale';
    await lockPerson(tx, row.personId);
    if (decision === 'refuse') {
      const moved = await moveKeeper(tx, id, 'requested', { state: 'refused', endedOn: today, decidedBy: coordinatorId });
      if (!moved) return 'stale';
      await emailVolunteer(deps, tx, row.userId, 'keepers.refused', id);
      return 'refused';
    }
    if ((await countActive(tx, row.personId)) >= deps.config.keepersMaxPerPerson) return 'full';
    const moved = await moveKeeper(tx, id, 'requested', { state: 'active', startedOn: today, decidedBy: coordinatorId });
    if (!moved) return 'stale';
    await emailVolunteer(deps, tx, row.userId, 'keepers.approved', id);
    return 'approved';
  });
}

export type HandoverOutcome =
  | { ok: true }
  | { ok: false; error: 'keepers.handover.stale' | 'keepers.handover.unknownEmail' | 'keepers.handover.self' | 'keepers.handover.alreadyKeeper' | 'keepers.handover.notARequest' };

/**
 * Hands a keeping over to another volunteer in one transaction: the old row ends, naming the new one in
 * handedOverTo; the new one (a pending request of this person, or an account a coordinator names by its
 * e-mail) becomes active. Both rows stay, so the history shows who kept the person and when.
 */
export async function handOver(
  deps: Deps,
  person: PersonRow,
  actor: { userId: string; coordinator: boolean },
  f: HandoverForm,
): Promise<HandoverOutcome> {
  const db = deps.database.db;
  const today = todayIso();
  const emailUser = f.email && actor.coordinator ? await findUserByEmailHash(db, deps.keys.lookupHash(f.email.trim().toLowerCase())) : undefined;
  if (f.email && !emailUser) return { ok: false, error: 'keepers.handover.unknownEmail' };
  return db.transaction(async (tx): Promise<HandoverOutcome> => {
    await lockPerson(tx, person.id);
    const old = await findKeeper(tx, f.from);
    if (!old || old.personId !== person.id || old.state !== 'active') return { ok: false, error: 'keepers.handover.stale' };
    // A keeper hands over only their own keeping; a coordinator any of the person's.
    if (!actor.coordinator && old.userId !== actor.userId) return { ok: false, error: 'keepers.handover.stale' };

    let next: KeeperRow | undefined;
    if (f.request) {
      next = await findKeeper(tx, f.request);
      if (!next || next.personId !== person.id || next.state !== 'requested') return { ok: false, error: 'keepers.handover.notARequest' };
    } else if (emailUser) {
      if (emailUser.id === old.userId) return { ok: false, error: 'keepers.handover.self' };
      const open = await openKeepingOf(tx, person.id, emailUser.id);
      if (open?.state === 'active') return { ok: false, error: 'keepers.handover.alreadyKeeper' };
      next = open ?? (await insertKeeperOnce(tx, { personId: person.id, userId: emailUser.id, state: 'requested', requestedOn: today, decidedBy: actor.userId }));
    }
    if (!next) return { ok: false, error: 'keepers.handover.stale' };
    if (next.userId === old.userId) return { ok: false, error: 'keepers.handover.self' };

    const started = await moveKeeper(tx, next.id, 'requested', { state: 'active', startedOn: today, decidedBy: actor.userId });
    const ended = started && (await moveKeeper(tx, old.id, 'active', { state: 'ended', endedOn: today, handedOverTo: next.id }));
    if (!started || !ended) throw new HandoverRace();
    await emailVolunteer(deps, tx, next.userId, 'keepers.handedOver', next.id);
    return { ok: true };
  }).catch((err: unknown): HandoverOutcome => {
    if (err instanceof HandoverRace) return { ok: false, error: 'keepers.handover.stale' };
    throw err;
  });
}

/** Thrown inside the hand-over transaction to roll back both rows when either had moved meanwhile. */
class HandoverRace extends Error {}

