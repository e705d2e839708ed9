// Invitation links for public figures: a coordinator makes one (the token exists only in the link), the figure
// proposes through it, a coordinator approves or refuses. Each step is one transaction.
import type { Deps } from '../../../app/context.ts';
import { enqueueEmail } from '../../../jobs/email.job.ts';
import { derivedJobId } from '../../../jobs/queue.ts';
import { hashToken, newToken } from '../../../lib/crypto.ts';
import type { Photo } from '../../../lib/images.ts';
import { todayIso } from '../../registry/registry.present.ts';
import { findPersonBySlug } from '../../registry/registry.repository.ts';
import { deleteUnusedInvitation, findInvitationByHash, insertInvitation, useInvitation, type InvitationRow } from './invitations.repository.ts';
import { findFigureById, findSponsorship, insertFigure, insertSponsorship, moveFigure, moveSponsorship } from './sponsorships.repository.ts';
import type { ProposalForm } from './sponsorships.schemas.ts';
import { dropPhotoFile, storeFigurePhoto, uniqueFigureSlug, type Outcome } from './sponsorships.service.ts';

/** Makes an invitation; returns the token, which is never stored (only its hash) and shown once. */
export async function createInvitation(deps: Deps, input: { label: string; days: number; createdBy: string | null }, now = new Date()): Promise<{ token: string; invitation: InvitationRow }> {
  const token = newToken();
  const invitation = await insertInvitation(deps.database.db, {
    tokenHash: hashToken(token),
    label: input.label,
    createdBy: input.createdBy,
    createdOn: todayIso(now),
    expiresAt: new Date(now.getTime() + input.days * 86_400_000),
  });
  return { token, invitation };
}

export async function revokeInvitation(deps: Deps, id: string): Promise<boolean> {
  return deleteUnusedInvitation(deps.database.db, id);
}

export type InvitationStatus = 'open' | 'used' | 'expired';

export function invitationStatus(inv: InvitationRow, now = new Date()): InvitationStatus {
  if (inv.usedOn) return 'used';
  return inv.expiresAt > now ? 'open' : 'expired';
}

/** The invitation a token opens: null when there is none (or it was revoked); its status says whether it still can be used. */
export async function invitationFor(deps: Deps, token: string): Promise<{ invitation: InvitationRow; status: InvitationStatus } | null> {
  const invitation = await findInvitationByHash(deps.database.db, hashToken(token));
  return invitation ? { invitation, status: invitationStatus(invitation) } : null;
}

export type ProposeOutcome = { kind: 'proposed' } | { kind: 'invalid' } | { kind: 'used' } | { kind: 'errors'; errors: Record<string, string> };

/** Rolls a proposal's transaction back when its invitation turns out to be used meanwhile. */
class InvitationTaken extends Error {}

/**
 * A public figure's proposal: a proposed figure (contact sealed) and a proposed sponsorship, and the invitation
 * marked used, in one transaction. Nothing is public until a coordinator approves.
 */
export async function propose(deps: Deps, form: ProposalForm, photo: Photo | null): Promise<ProposeOutcome> {
  const db = deps.database.db;
  const found = await invitationFor(deps, form.token);
  if (!found || found.status === 'expired') return { kind: 'invalid' };
  if (found.status === 'used') return { kind: 'used' };
  const person = await findPersonBySlug(db, form.person);
  if (!person || person.status !== 'current') return { kind: 'errors', errors: { person: 'sponsorships.form.personUnknown' } };
  const photoKey = await storeFigurePhoto(deps, photo);
  try {
    await db.transaction(async (tx) => {
      const today = todayIso();
      if (!(await useInvitation(tx, found.invitation.id, today, new Date()))) throw new InvitationTaken();
      const figure = await insertFigure(tx, {
        slug: await uniqueFigureSlug(tx, form.name),
        name: form.name,
        role: form.role,
        institution: form.institution,
        country: form.country,
        statements: { [form.statementLocale]: form.statement },
        photoKey,
        state: 'proposed',
        contactEnc: deps.keys.encrypt(form.email),
        createdOn: today,
      });
      await insertSponsorship(tx, {
        figureId: figure.id,
        personId: person.id,
        state: 'proposed',
        startedOn: today,
        statement: form.statement,
        statementLocale: form.statementLocale,
        invitationId: found.invitation.id,
        createdOn: today,
      });
    });
  } catch (err) {
    await dropPhotoFile(deps, photoKey);
    if (err instanceof InvitationTaken) return { kind: 'used' };
    throw err;
  }
  return { kind: 'proposed' };
}

/** The figure's contact address, for coordinators only. */
export function contactOf(deps: Deps, contactEnc: string | null): string | null {
  return contactEnc ? deps.keys.decrypt(contactEnc) : null;
}

/**
 * Approves a proposal: the figure becomes public and the sponsorship active from today. A neutral e-mail to
 * the figure is queued in the same transaction (its id derived from the sponsorship, so it goes once).
 */
export async function approveProposal(deps: Deps, sponsorshipId: string): Promise<Outcome> {
  const db = deps.database.db;
  const s = await findSponsorship(db, sponsorshipId);
  const figure = s ? await findFigureById(db, s.figureId) : undefined;
  if (!s || !figure) return { ok: false, errors: { _form: 'sponsorships.proposals.gone' }, status: 404 };
  const today = todayIso();
  const done = await db.transaction(async (tx) => {
    if (!(await moveSponsorship(tx, s.id, 'proposed', { state: 'active', startedOn: today }))) return false;
    if (!(await moveFigure(tx, figure.id, 'proposed', { state: 'approved' }))) throw new Error('figure of a proposed sponsorship is not proposed');
    const to = contactOf(deps, figure.contactEnc);
    const lang = s.statementLocale ?? 'en';
    if (to) await enqueueEmail(deps, tx, { to, template: 'sponsorships.approved', locale: lang, params: { lang, slug: figure.slug } }, { id: derivedJobId(s.id, 'approved-email') });
    return true;
  });
  return done ? { ok: true, value: undefined } : { ok: false, errors: { _form: 'sponsorships.proposals.gone' }, status: 409 };
}

/** Refuses a proposal: nothing of it is ever shown; the photo file and the contact address go. */
export async function refuseProposal(deps: Deps, sponsorshipId: string): Promise<Outcome> {
  const db = deps.database.db;
  const s = await findSponsorship(db, sponsorshipId);
  const figure = s ? await findFigureById(db, s.figureId) : undefined;
  if (!s || !figure) return { ok: false, errors: { _form: 'sponsorships.proposals.gone' }, status: 404 };
  const done = await db.transaction(async (tx) => {
    if (!(await moveSponsorship(tx, s.id, 'proposed', { state: 'refused' }))) return false;
    await moveFigure(tx, figure.id, 'proposed', { state: 'refused', photoKey: null, contactEnc: null });
    return true;
  });
  if (!done) return { ok: false, errors: { _form: 'sponsorships.proposals.gone' }, status: 409 };
  await dropPhotoFile(deps, figure.photoKey);
  return { ok: true, value: undefined };
}
