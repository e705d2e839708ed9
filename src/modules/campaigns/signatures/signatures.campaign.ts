import type { Deps, RequestContext } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { allow } from '../../../app/policy.ts';
import { campaignText, findCampaign } from '../core/core.repository.ts';
import type { CampaignRow, CampaignTextRow } from '../core/campaigns.tables.ts';
import { slugParams } from './signatures.schemas.ts';
import { isSignedKind } from './signatures.model.ts';

/**
 * The open letter or petition a signatures page is about, with its words in the page's language. A letter
 * action, an unknown address or (for anyone who may not manage campaigns) a draft is a 404.
 */
export async function signedCampaign(deps: Deps, params: unknown, ctx: RequestContext): Promise<{ campaign: CampaignRow; text: CampaignTextRow }> {
  const p = slugParams.safeParse(params);
  if (!p.success) throw notFound();
  const db = deps.database.db;
  const campaign = await findCampaign(db, p.data.slug, { drafts: allow(ctx.actor, 'campaigns.manage') });
  if (!campaign || !isSignedKind(campaign.kind)) throw notFound();
  const text = await campaignText(db, campaign, ctx.lang);
  if (!text) throw notFound();
  return { campaign, text };
}
