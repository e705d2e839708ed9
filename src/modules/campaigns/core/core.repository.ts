// The campaigns' public reads: one campaign by its address, its words in a language, the list, its people and
// partners. Every query here is by primary key or an index (the campaign page is read under load).
import { and, asc, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client.ts';
import type { Conn } from '../../registry/registry.repository.ts';
import { people } from '../../registry/registry.tables.ts';
import type { CampaignKind, CampaignState } from '../campaigns.model.ts';
import { campaignPartners, campaignPeople, campaigns, campaignTexts, type CampaignRow, type CampaignTextRow } from './campaigns.tables.ts';

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

/** Every language version of a campaign (for the page's "also in" links and its management). */
export async function textsOfCampaign(db: Conn, campaignId: string): Promise<CampaignTextRow[]> {
  return db.select().from(campaignTexts).where(eq(campaignTexts.campaignId, campaignId)).orderBy(asc(campaignTexts.lang));
}

/** A campaign as lists show it: its title in the reader's language or, failing that, in its original one. */
export interface CampaignListItem {
  id: string;
  slug: string;
  kind: CampaignKind;
  state: CampaignState;
  title: string | null;
  summary: string | null;
  /** The language the title and summary are written in. */
  textLang: string | null;
  signatureCount: number;
  letterCount: number;
  goal: number | null;
  deadline: string | null;
  openedOn: string | null;
  closedOn: string | null;
  createdOn: string;
}

/** Campaigns with their words in `lang` (or the original language), newest first; `states` chooses which. */
// The reader's language and the original one, joined side by side: one row per campaign, one index lookup each.
const inLang = alias(campaignTexts, 't');
const original = alias(campaignTexts, 'o');
const joinInLang = (lang: string) => and(eq(inLang.campaignId, campaigns.id), eq(inLang.lang, lang));
const joinOriginal = and(eq(original.campaignId, campaigns.id), eq(original.lang, campaigns.originalLang));

export async function listCampaigns(db: Conn, lang: string, states: readonly CampaignState[], limit = 500): Promise<CampaignListItem[]> {
  const rows = await db
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      kind: campaigns.kind,
      state: campaigns.state,
      title: sql<string | null>`coalesce(${inLang.title}, ${original.title})`,
      summary: sql<string | null>`coalesce(${inLang.summary}, ${original.summary})`,
      textLang: sql<string | null>`coalesce(${inLang.lang}, ${original.lang})`,
      signatureCount: campaigns.signatureCount,
      letterCount: campaigns.letterCount,
      goal: campaigns.goal,
      deadline: campaigns.deadline,
      openedOn: campaigns.openedOn,
      closedOn: campaigns.closedOn,
      createdOn: campaigns.createdOn,
    })
    .from(campaigns)
    .leftJoin(inLang, joinInLang(lang))
    .leftJoin(original, joinOriginal)
    .where(inArray(campaigns.state, [...states]))
    .orderBy(desc(sql`coalesce(${campaigns.closedOn}, ${campaigns.openedOn}, ${campaigns.createdOn})`), desc(campaigns.createdOn), asc(campaigns.slug))
    .limit(limit);
  return rows;
}

export interface CampaignPerson {
  id: string;
  slug: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
  sortLatin: string;
}

/** The registry people a campaign is about, in name order. */
export async function peopleOfCampaign(db: Conn, campaignId: string): Promise<CampaignPerson[]> {
  return db
    .select({ id: people.id, slug: people.slug, nameBe: people.nameBe, nameRu: people.nameRu, nameLatin: people.nameLatin, sortLatin: people.sortLatin })
    .from(campaignPeople)
    .innerJoin(people, eq(people.id, campaignPeople.personId))
    .where(eq(campaignPeople.campaignId, campaignId))
    .orderBy(sql`${people.sortLatin} COLLATE "und-x-icu"`);
}

export type PartnerRow = typeof campaignPartners.$inferSelect;

export async function partnersOfCampaign(db: Conn, campaignId: string): Promise<PartnerRow[]> {
  return db.select().from(campaignPartners).where(eq(campaignPartners.campaignId, campaignId)).orderBy(sql`${campaignPartners.name} COLLATE "und-x-icu"`);
}

/** Open campaigns about one person, newest first, with their titles in `lang` (or the original language). */
export async function openCampaignsAbout(db: Conn, personId: string, lang: string): Promise<Pick<CampaignListItem, 'slug' | 'kind' | 'title' | 'textLang'>[]> {
  const rows = await db
    .select({
      slug: campaigns.slug,
      kind: campaigns.kind,
      title: sql<string | null>`coalesce(${inLang.title}, ${original.title})`,
      textLang: sql<string | null>`coalesce(${inLang.lang}, ${original.lang})`,
    })
    .from(campaignPeople)
    .innerJoin(campaigns, eq(campaigns.id, campaignPeople.campaignId))
    .leftJoin(inLang, joinInLang(lang))
    .leftJoin(original, joinOriginal)
    .where(and(eq(campaignPeople.personId, personId), eq(campaigns.state, 'open')))
    .orderBy(desc(campaigns.openedOn), asc(campaigns.slug));
  return rows;
}
