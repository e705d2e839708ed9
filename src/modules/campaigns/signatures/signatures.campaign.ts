import type { Deps, RequestContext } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { allow } from '../../../app/policy.ts';
import { campaignText } from '../core/core.repository.ts';
import { campaignFromParams } from '../core/core.read.ts';
import type { CampaignRow, CampaignTextRow } from '../core/campaigns.tables.ts';
import { SIGNED_KINDS } from './signatures.model.ts';

/**
 * The open letter or petition a signatures page is about, with its words in the page's language. A letter
 * action, an unknown address or (for anyone who may not manage campaigns) a draft is a 404.
 */
export async function signedCampaign(deps: Deps, params: unknown, ctx: RequestContext): Promise<{ campaign: CampaignRow; text: CampaignTextRow }> {
  const db = deps.database.db;
  const campaign = await campaignFromParams(db, params, { drafts: allow(ctx.actor, 'campaigns.manage'), kinds: SIGNED_KINDS });
  const text = await campaignText(db, campaign, ctx.lang);
  if (!text) throw notFound();
  return { campaign, text };
}
