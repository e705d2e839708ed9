import type { VNode } from 'preact';
import type { Deps, RequestContext } from '../../../app/context.ts';
import type { CampaignRow, CampaignTextRow } from '../core/campaigns.tables.ts';

/**
 * What an open letter's or petition's page shows below its text (counter, goal, co-signing
 * organisations, public signatures, links to sign and co-sign). Called by the campaign page for kinds
 * 'open_letter' and 'petition'; null shows nothing.
 */
export async function signaturesSection(_deps: Deps, _campaign: CampaignRow, _text: CampaignTextRow, _ctx: RequestContext): Promise<VNode | null> {
  return null;
}
