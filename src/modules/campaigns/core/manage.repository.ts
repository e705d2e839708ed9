// The coordinators' reads and writes of campaigns: settings, words per language, people, targets, partners.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { people } from '../../registry/registry.tables.ts';
import { partnerConsents } from '../signatures/signatures.tables.ts';
import { targets, type TargetRow } from '../targets/targets.tables.ts';
import { campaignPartners, campaignPeople, campaigns, campaignTargets, campaignTexts, type CampaignRow, type CampaignTextRow } from './campaigns.tables.ts';

export type CampaignValues = typeof campaigns.$inferInsert;

export async function findCampaignBySlug(db: Conn, slug: string): Promise<CampaignRow | undefined> {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.slug, slug));
  return row;
}

/** The row, locked for the rest of the transaction: two coordinators changing one campaign take turns. */
export async function lockCampaign(db: Conn, id: string): Promise<CampaignRow | undefined> {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id)).for('update');
  return row;
}

export async function insertCampaign(db: Conn, values: CampaignValues): Promise<CampaignRow> {
  const [row] = await db.insert(campaigns).values(values).returning();
  return row;
}

export async function updateCampaign(db: Conn, id: string, values: Partial<CampaignValues>): Promise<void> {
  await db.update(campaigns).set(values).where(eq(campaigns.id, id));
}

export async function findText(db: Conn, campaignId: string, lang: string): Promise<CampaignTextRow | undefined> {
  const [row] = await db
    .select()
    .from(campaignTexts)
    .where(and(eq(campaignTexts.campaignId, campaignId), eq(campaignTexts.lang, lang)));
  return row;
}

export async function upsertText(db: Conn, row: typeof campaignTexts.$inferInsert): Promise<void> {
  const { campaignId: _c, lang: _l, ...changes } = row;
  await db
    .insert(campaignTexts)
    .values(row)
    .onConflictDoUpdate({ target: [campaignTexts.campaignId, campaignTexts.lang], set: changes });
}

export async function deleteText(db: Conn, campaignId: string, lang: string): Promise<void> {
  await db.delete(campaignTexts).where(and(eq(campaignTexts.campaignId, campaignId), eq(campaignTexts.lang, lang)));
}

/** Translations made from a language point to the original once that language's text is gone. */
export async function repointTranslations(db: Conn, campaignId: string, from: string, to: string): Promise<void> {
  await db
    .update(campaignTexts)
    .set({ translatedFrom: to })
    .where(and(eq(campaignTexts.campaignId, campaignId), eq(campaignTexts.translatedFrom, from)));
}

/** People by their address: the ones found, so the caller can name those that were not. */
export async function peopleBySlugs(db: Conn, slugs: string[]): Promise<{ id: string; slug: string }[]> {
  if (slugs.length === 0) return [];
  return db.select({ id: people.id, slug: people.slug }).from(people).where(inArray(people.slug, slugs));
}

export async function replacePeople(db: Conn, campaignId: string, personIds: string[]): Promise<void> {
  await db.delete(campaignPeople).where(eq(campaignPeople.campaignId, campaignId));
  if (personIds.length) await db.insert(campaignPeople).values(personIds.map((personId) => ({ campaignId, personId })));
}

/** Targets to choose from, by country then name; all countries when none is given. */
export async function targetsToChoose(db: Conn, country?: string): Promise<TargetRow[]> {
  return db
    .select()
    .from(targets)
    .where(country ? eq(targets.country, country) : sql`true`)
    .orderBy(asc(targets.country), sql`${targets.name} COLLATE "und-x-icu"`)
    .limit(2000);
}

/** The countries that have targets, for the filter. */
export async function targetCountries(db: Conn): Promise<string[]> {
  const rows = await db.select({ country: targets.country }).from(targets).groupBy(targets.country).orderBy(asc(targets.country));
  return rows.map((r) => r.country);
}

export async function chosenTargets(db: Conn, campaignId: string): Promise<TargetRow[]> {
  const rows = await db
    .select({ target: targets })
    .from(campaignTargets)
    .innerJoin(targets, eq(targets.id, campaignTargets.targetId))
    .where(eq(campaignTargets.campaignId, campaignId))
    .orderBy(asc(targets.country), sql`${targets.name} COLLATE "und-x-icu"`);
  return rows.map((r) => r.target);
}

export async function existingTargetIds(db: Conn, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: targets.id }).from(targets).where(inArray(targets.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** Of the targets the page showed, the ticked ones are chosen and the others not; targets not shown stay as they are. */
export async function setTargets(db: Conn, campaignId: string, shown: string[], ticked: string[]): Promise<void> {
  if (shown.length) await db.delete(campaignTargets).where(and(eq(campaignTargets.campaignId, campaignId), inArray(campaignTargets.targetId, shown)));
  if (ticked.length) await db.insert(campaignTargets).values(ticked.map((targetId) => ({ campaignId, targetId }))).onConflictDoNothing();
}

/** How many chosen targets there are, and how many of them have an e-mail address: what opening a letter action needs. */
export async function targetCounts(db: Conn, campaignId: string): Promise<{ all: number; withEmail: number }> {
  const [row] = await db
    .select({ all: sql<number>`count(*)::int`, withEmail: sql<number>`count(${targets.email})::int` })
    .from(campaignTargets)
    .innerJoin(targets, eq(targets.id, campaignTargets.targetId))
    .where(eq(campaignTargets.campaignId, campaignId));
  return row ?? { all: 0, withEmail: 0 };
}

export async function insertPartner(db: Conn, values: typeof campaignPartners.$inferInsert): Promise<boolean> {
  const rows = await db.insert(campaignPartners).values(values).onConflictDoNothing().returning({ id: campaignPartners.id });
  return rows.length > 0;
}

export async function deletePartner(db: Conn, campaignId: string, partnerId: string): Promise<boolean> {
  const rows = await db
    .delete(campaignPartners)
    .where(and(eq(campaignPartners.id, partnerId), eq(campaignPartners.campaignId, campaignId)))
    .returning({ id: campaignPartners.id });
  return rows.length > 0;
}

/** Which languages have a text, and whether the original one has the letter a letter action sends. */
export async function textFacts(db: Conn, campaign: Pick<CampaignRow, 'id' | 'originalLang'>): Promise<{ langs: string[]; originalHasLetter: boolean }> {
  const rows = await db
    .select({ lang: campaignTexts.lang, hasLetter: sql<boolean>`(${campaignTexts.letterSubject} IS NOT NULL AND ${campaignTexts.letterBody} IS NOT NULL)` })
    .from(campaignTexts)
    .where(eq(campaignTexts.campaignId, campaign.id));
  return { langs: rows.map((r) => r.lang), originalHasLetter: rows.some((r) => r.lang === campaign.originalLang && r.hasLetter) };
}

/** Whether signers have recorded a choice about this partner (the signatures feature's table; read only). */
export async function partnerHasConsents(db: Conn, partnerId: string): Promise<boolean> {
  const [row] = await db.select({ one: sql`1` }).from(partnerConsents).where(eq(partnerConsents.partnerId, partnerId)).limit(1);
  return !!row;
}
