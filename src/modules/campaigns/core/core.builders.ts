import type { Db } from '../../../db/client.ts';
import type { CampaignKind, CampaignState } from '../campaigns.model.ts';
import { campaignPartners, campaignPeople, campaigns, campaignTargets, campaignTexts, type CampaignRow } from './campaigns.tables.ts';
import { todayIso } from '../../registry/registry.present.ts';

export interface CampaignText {
  title: string;
  summary?: string;
  body?: string;
  letterSubject?: string;
  letterBody?: string;
  translatedFrom?: string | null;
}

/** A campaign with its texts, people, targets and partners, as tests and the demo seed need it. */
export async function buildCampaign(
  db: Db,
  o: {
    slug: string;
    kind: CampaignKind;
    state?: CampaignState;
    originalLang?: string;
    texts: Record<string, CampaignText>;
    personIds?: string[];
    targetIds?: string[];
    partners?: string[];
  } & Partial<Pick<CampaignRow, 'addressing' | 'templateLocked' | 'allowMailto' | 'allowServer' | 'copyMode' | 'representativeCountry' | 'goal' | 'deadline' | 'handoverState'>>,
): Promise<CampaignRow> {
  const today = todayIso();
  const { slug, kind, texts, personIds = [], targetIds = [], partners = [], state = 'open', originalLang = Object.keys(o.texts)[0] ?? 'en', ...rest } = o;
  const [row] = await db
    .insert(campaigns)
    .values({ slug, kind, state, originalLang, createdOn: today, openedOn: state === 'draft' ? null : today, ...rest })
    .returning();
  for (const [lang, t] of Object.entries(texts)) {
    await db.insert(campaignTexts).values({
      campaignId: row.id,
      lang,
      title: t.title,
      summary: t.summary ?? '',
      body: t.body ?? '',
      letterSubject: t.letterSubject ?? null,
      letterBody: t.letterBody ?? null,
      translatedFrom: t.translatedFrom ?? (lang === originalLang ? null : originalLang),
      updatedOn: today,
    });
  }
  for (const personId of personIds) await db.insert(campaignPeople).values({ campaignId: row.id, personId });
  for (const targetId of targetIds) await db.insert(campaignTargets).values({ campaignId: row.id, targetId });
  for (const name of partners) await db.insert(campaignPartners).values({ campaignId: row.id, name, createdOn: today });
  return row;
}
