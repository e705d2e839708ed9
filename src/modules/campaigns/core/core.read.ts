// What the campaign page shows besides the campaign row: its words in every language, its people and its partners.
// They change only through the coordinators' pages, so they are kept a few seconds in memory (lib/short-cache.ts)
// and forgotten after each change commits. The row itself (with its counters, which other features update in
// their own transactions) is always read fresh: one lookup by its unique address.
import type { Db } from '../../../db/client.ts';
import { cachePerOwner, shortCache } from '../../../lib/short-cache.ts';
import type { CampaignTextRow } from './campaigns.tables.ts';
import { partnersOfCampaign, peopleOfCampaign, textsOfCampaign, type CampaignPerson, type PartnerRow } from './core.repository.ts';

export interface CampaignExtras {
  texts: CampaignTextRow[];
  people: CampaignPerson[];
  partners: PartnerRow[];
}

const extrasOf = cachePerOwner(() => shortCache<CampaignExtras>({ ttlMs: 5_000, maxKeys: 500 }));

export function campaignExtras(db: Db, campaignId: string): Promise<CampaignExtras> {
  return extrasOf(db).read(campaignId, async () => ({
    texts: await textsOfCampaign(db, campaignId),
    people: await peopleOfCampaign(db, campaignId),
    partners: await partnersOfCampaign(db, campaignId),
  }));
}

/** A coordinator changed a campaign: called after the change commits. */
export function campaignsChanged(db: object): void {
  extrasOf(db).changed();
}

/** The text to show in `lang`: that language's, else the original's; `missing` says the reader's language has none. */
export function textFor(texts: CampaignTextRow[], campaign: { originalLang: string }, lang: string): { text: CampaignTextRow | undefined; missing: boolean } {
  const own = texts.find((t) => t.lang === lang);
  if (own) return { text: own, missing: false };
  return { text: texts.find((t) => t.lang === campaign.originalLang) ?? texts[0], missing: true };
}
