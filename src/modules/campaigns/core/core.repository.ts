import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { campaigns, campaignTexts, type CampaignRow, type CampaignTextRow } from './campaigns.tables.ts';

/** A campaign by its address; drafts only for those who may see them (others get nothing: a 404). */
export async function findCampaign(db: Db, slug: string, opts: { drafts: boolean }): Promise<CampaignRow | undefined> {
  const [row] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.slug, slug), opts.drafts ? sql`true` : ne(campaigns.state, 'draft')));
  return row;
}

/** The campaign's words in `lang`, else in its original language (the page then says which language it shows). */
export async function campaignText(db: Db, campaign: Pick<CampaignRow, 'id' | 'originalLang'>, lang: string): Promise<CampaignTextRow | undefined> {
  const rows = await db
    .select()
    .from(campaignTexts)
    .where(and(eq(campaignTexts.campaignId, campaign.id), or(eq(campaignTexts.lang, lang), eq(campaignTexts.lang, campaign.originalLang))));
  return rows.find((r) => r.lang === lang) ?? rows[0];
}
