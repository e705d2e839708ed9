// Co-signing organisations: submitted (unconfirmed, with the e-mail to the organisation's address, in one
// transaction), confirmed by that address (pending), decided by a coordinator (approved: listed publicly).
import { campaignsChanged } from '../core/core.read.ts';
import type { Deps } from '../../../app/context.ts';
import type { Actor } from '../../../app/roles.ts';
import { campaignConfirmations, enforce } from '../../../app/rate-limit.ts';
import { enqueueEmail } from '../../../jobs/email.job.ts';
import { derivedJobId } from '../../../jobs/queue.ts';
import { hashToken, newToken } from '../../../lib/crypto.ts';
import { recordAudit } from '../../audit/audit.repository.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { CampaignRow } from '../core/campaigns.tables.ts';
import { CONFIRM_HOURS, SIGN_LIMITS, signingClosedReason } from './signatures.model.ts';
import type { CosignForm } from './signatures.schemas.ts';
import { decideCosigner, deleteExpiredCosigners, findCosignerByConfirmHash, findCosignerBySubmission, insertCosignerOnce, markCosignerConfirmed } from './cosign.repository.ts';

export async function submitCosigner(deps: Deps, campaign: CampaignRow, f: CosignForm, locale: string, today = todayIso()): Promise<'sent' | 'closed'> {
  if (signingClosedReason(campaign, today)) return 'closed';
  const db = deps.database.db;
  if (await findCosignerBySubmission(db, f.submissionId)) return 'sent';
  await enforce(db, [[SIGN_LIMITS.perAddress, deps.keys.lookupHash(f.email)], [campaignConfirmations(deps.config.campaigns.confirmationsPerHour)]]);
  const token = newToken();
  await db.transaction(async (tx) => {
    const row = await insertCosignerOnce(tx, {
      submissionId: f.submissionId,
      campaignId: campaign.id,
      name: f.orgName,
      country: f.country,
      website: f.website,
      contactName: f.contactName,
      emailEnc: deps.keys.encrypt(f.email),
      state: 'unconfirmed',
      locale,
      confirmTokenHash: hashToken(token),
      confirmExpiresAt: new Date(Date.now() + CONFIRM_HOURS * 3_600_000),
      createdOn: today,
    });
    if (!row) return;
    await enqueueEmail(
      deps,
      tx,
      { to: f.email, template: 'signatures.cosignConfirm', locale, params: { lang: locale, slug: campaign.slug, token } },
      { id: derivedJobId(row.id, 'cosign-confirm') },
    );
  });
  return 'sent';
}

export type CosignConfirmOutcome = 'confirmed' | 'already' | 'expired';

export async function confirmCosigner(deps: Deps, campaign: CampaignRow, token: string): Promise<CosignConfirmOutcome | null> {
  const db = deps.database.db;
  const row = await findCosignerByConfirmHash(db, hashToken(token));
  if (!row || row.campaignId !== campaign.id) return null;
  if (row.state !== 'unconfirmed') return 'already';
  if (row.confirmExpiresAt && row.confirmExpiresAt < new Date()) return 'expired';
  return (await markCosignerConfirmed(db, row.id)) ? 'confirmed' : 'already';
}

/** A coordinator's decision; the audit log says who decided on which organisation. False: decided already. */
export async function decideCosigning(deps: Deps, campaign: CampaignRow, actor: Actor, id: string, decision: 'approve' | 'refuse'): Promise<boolean> {
  const done = await deps.database.db.transaction(async (tx) => {
    const state = decision === 'approve' ? 'approved' : 'refused';
    const decided = await decideCosigner(tx, { id, campaignId: campaign.id, state, by: actor.userId, today: todayIso() });
    if (decided) await recordAudit(tx, { actorId: actor.userId, action: `signatures.cosigner.${state}`, objectId: id });
    return decided;
  });
  if (done) campaignsChanged(deps.database.db);
  return done;
}

export async function expireCosigners(deps: Deps, now = new Date()): Promise<number> {
  return deleteExpiredCosigners(deps.database.db, now);
}
