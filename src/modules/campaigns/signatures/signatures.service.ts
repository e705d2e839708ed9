// Signing: store the signature unconfirmed with its partner choices and the confirmation e-mail in one
// transaction; confirm (count once); expire what was never confirmed.
import { campaignsChanged } from '../core/core.read.ts';
import type { Deps } from '../../../app/context.ts';
import { campaignConfirmations, enforce } from '../../../app/rate-limit.ts';
import { enqueueEmail } from '../../../jobs/email.job.ts';
import { derivedJobId } from '../../../jobs/queue.ts';
import { hashToken, newToken } from '../../../lib/crypto.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { SignatureVisibility } from '../campaigns.model.ts';
import type { CampaignRow } from '../core/campaigns.tables.ts';
import { CONFIRM_HOURS, dedupeInput, SIGN_LIMITS, signingClosedReason } from './signatures.model.ts';
import {
  agreedToAnyPartner,
  deleteExpiredSignatures,
  deleteUnconfirmed,
  findSignatureByConfirmHash,
  findSignatureByDedupe,
  findSignatureBySubmission,
  insertConsents,
  insertSignatureOnce,
  markConfirmed,
} from './signatures.repository.ts';

export interface Signing {
  submissionId: string;
  name: string;
  email: string;
  place: string | null;
  visibility: SignatureVisibility;
  locale: string;
  /** One entry per partner the form showed: the exact words shown, in the form's language, and the choice. */
  consents: { partnerId: string; text: string; agreed: boolean }[];
}

export type SignOutcome = 'sent' | 'closed' | 'secret_consent';

/**
 * What is stored depends on the visibility: public keeps the name in the clear; non-public seals it;
 * secret keeps neither name, place nor address, only the keyed hash that stops a second signature.
 * Every answer that follows a valid form is the same "check your inbox", whether the address had signed
 * already or not, so the form tells nobody who signed.
 */
export async function signCampaign(deps: Deps, campaign: CampaignRow, s: Signing, today = todayIso()): Promise<SignOutcome> {
  if (signingClosedReason(campaign, today)) return 'closed';
  // A secret signer leaves no address behind for a partner to write to; a crafted form cannot change that.
  if (s.visibility === 'secret' && s.consents.some((c) => c.agreed)) return 'secret_consent';
  const db = deps.database.db;
  if (await findSignatureBySubmission(db, s.submissionId)) return 'sent';
  await enforce(db, [[SIGN_LIMITS.perAddress, deps.keys.lookupHash(s.email)], [campaignConfirmations(deps.config.campaigns.confirmationsPerHour)]]);
  const dedupeHash = deps.keys.lookupHash(dedupeInput(campaign.id, s.email));
  const token = newToken();
  const secret = s.visibility === 'secret';
  await db.transaction(async (tx) => {
    const earlier = await findSignatureByDedupe(tx, campaign.id, dedupeHash);
    // Signed and confirmed already: nothing more is stored or sent, and the answer is the same.
    if (earlier?.state === 'confirmed') return;
    // Signed but never confirmed: this newer attempt from the same address replaces it (a lost e-mail, a changed mind).
    if (earlier) await deleteUnconfirmed(tx, earlier.id);
    const row = await insertSignatureOnce(tx, {
      submissionId: s.submissionId,
      campaignId: campaign.id,
      visibility: s.visibility,
      state: 'unconfirmed',
      name: s.visibility === 'public' ? s.name : null,
      nameEnc: s.visibility === 'non_public' ? deps.keys.encrypt(s.name) : null,
      place: secret ? null : s.place,
      emailEnc: secret ? null : deps.keys.encrypt(s.email),
      dedupeHash,
      locale: s.locale,
      confirmTokenHash: hashToken(token),
      confirmExpiresAt: new Date(Date.now() + CONFIRM_HOURS * 3_600_000),
      createdOn: today,
    });
    if (!row) return;
    await insertConsents(
      tx,
      s.consents.map((c) => ({ signatureId: row.id, partnerId: c.partnerId, agreed: c.agreed, consentText: c.text, decidedOn: today })),
    );
    // Only the link: no name, no words of the campaign (the confirmation page shows which campaign it is).
    await enqueueEmail(
      deps,
      tx,
      { to: s.email, template: 'signatures.confirm', locale: s.locale, params: { lang: s.locale, slug: campaign.slug, token } },
      { id: derivedJobId(row.id, 'signature-confirm') },
    );
  });
  return 'sent';
}

export type ConfirmOutcome = 'confirmed' | 'already' | 'expired';

/** The click on the e-mailed link's button: confirmed and counted in one transaction, once. */
export async function confirmSignature(deps: Deps, campaign: CampaignRow, token: string, today = todayIso()): Promise<ConfirmOutcome | null> {
  const db = deps.database.db;
  const row = await findSignatureByConfirmHash(db, hashToken(token));
  if (!row || row.campaignId !== campaign.id) return null;
  if (row.state === 'confirmed') return 'already';
  if (row.confirmExpiresAt && row.confirmExpiresAt < new Date()) return 'expired';
  const outcome = await db.transaction(async (tx) => {
    // A non-secret signer's address stays only while some partner may contact them.
    const keepEmail = row.emailEnc !== null && (await agreedToAnyPartner(tx, row.id));
    return (await markConfirmed(tx, { id: row.id, campaignId: campaign.id, keepEmail, today })) ? 'confirmed' : 'already';
  });
  // The counter (and maybe the public names) changed: the campaign page shows it at once.
  if (outcome === 'confirmed') campaignsChanged(db);
  return outcome;
}

/** Unconfirmed signatures whose link ran out are deleted (they were never counted). Idempotent. */
export async function expireSignatures(deps: Deps, now = new Date()): Promise<number> {
  return deleteExpiredSignatures(deps.database.db, now);
}
