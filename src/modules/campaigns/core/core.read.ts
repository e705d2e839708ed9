// What the public campaign page shows: the campaign row (with its counters), its words in every language, its
// people and partners, and what each kind's section reads. Every visitor of a campaign sees the same, and a
// campaign in the news is read by many at once, so these reads are kept a few seconds in memory
// (lib/short-cache.ts) and shared. Every change that shows on the page (a coordinator's edit, a confirmed letter
// or signature, an approved co-signer) calls campaignsChanged() after it commits, which forgets them all in this
// process; another server process on the same PostgreSQL shows it within the 5 seconds.
import { notFound } from '../../../app/errors.ts';
import type { Db } from '../../../db/client.ts';
import { cachePerOwner, shortCache } from '../../../lib/short-cache.ts';
import type { CampaignKind } from '../campaigns.model.ts';
import type { CampaignRow, CampaignTextRow } from './campaigns.tables.ts';
import { slugParams } from './core.schemas.ts';
import { findCampaign, partnersOfCampaign, peopleOfCampaign, textsOfCampaign, type CampaignPerson, type PartnerRow } from './core.repository.ts';

export interface CampaignExtras {
  texts: CampaignTextRow[];
  people: CampaignPerson[];
  partners: PartnerRow[];
}

const extrasOf = cachePerOwner(() => shortCache<CampaignExtras>({ ttlMs: 5_000, maxKeys: 500 }));
const publicReads = cachePerOwner(() => shortCache<unknown>({ ttlMs: 5_000, maxKeys: 2_000 }));

/** A published (open or closed) campaign by its address, as every visitor sees it. Drafts are read fresh, elsewhere. */
export function publicCampaign(db: Db, slug: string): Promise<CampaignRow | undefined> {
  return readCampaignPage(db, `campaign:${slug}`, () => findCampaign(db, slug, { drafts: false }));
}

/** A read some part of the public campaign page makes (key: the part and the campaign), shared and kept as above. */
export function readCampaignPage<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
  return publicReads(db).read(key, load) as Promise<T>;
}

export function campaignExtras(db: Db, campaignId: string): Promise<CampaignExtras> {
  return extrasOf(db).read(campaignId, async () => ({
    texts: await textsOfCampaign(db, campaignId),
    people: await peopleOfCampaign(db, campaignId),
    partners: await partnersOfCampaign(db, campaignId),
  }));
}

/** Something the public campaign pages show changed: called after the change commits. */
export function campaignsChanged(db: object): void {
  extrasOf(db).changed();
  publicReads(db).changed();
}

/** The text to show in `lang`: that language's, else the original's; `missing` says the reader's language has none. */
export function textFor(texts: CampaignTextRow[], campaign: { originalLang: string }, lang: string): { text: CampaignTextRow | undefined; missing: boolean } {
  const own = texts.find((t) => t.lang === lang);
  if (own) return { text: own, missing: false };
  return { text: texts.find((t) => t.lang === campaign.originalLang) ?? texts[0], missing: true };
}

/**
 * The campaign a feature's page is about, from the route's `:slug`: only of the feature's kinds, drafts
 * only for those who may see them. Anything else (a bad address, another kind, a draft) is a 404.
 */
export async function campaignFromParams(db: Db, params: unknown, opts: { drafts: boolean; kinds: readonly CampaignKind[] }): Promise<CampaignRow> {
  const p = slugParams.safeParse(params);
  const campaign = p.success ? await findCampaign(db, p.data.slug, { drafts: opts.drafts }) : undefined;
  if (!campaign || !opts.kinds.includes(campaign.kind)) throw notFound();
  return campaign;
}
