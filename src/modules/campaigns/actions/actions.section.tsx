import type { VNode } from 'preact';
import type { Deps, RequestContext } from '../../../app/context.ts';
import type { CampaignRow, CampaignTextRow } from '../core/campaigns.tables.ts';

/**
 * What a letter action's page shows below its text (the counter, the ways to write, links to the
 * forms). Called by the campaign page for kind 'letter_action'; null shows nothing.
 */
export async function actionsSection(_deps: Deps, _campaign: CampaignRow, _text: CampaignTextRow, _ctx: RequestContext): Promise<VNode | null> {
  return null;
}
