// What the write page and the letter pages read: the campaign (letter actions only), its words in the
// supporter's language and the template with the person filled in.
import type { Db } from '../../../db/client.ts';
import { campaignText } from '../core/core.repository.ts';
import { campaignFromParams } from '../core/core.read.ts';
import type { CampaignRow } from '../core/campaigns.tables.ts';
import { campaignPeopleOf } from './actions.repository.ts';
import { personNames, prefilled } from './compose.ts';
import { writableTargets } from './write.service.ts';
import type { WriteView } from './write.views.tsx';

/** A letter action by its address; drafts only for coordinators' pages. Anything else is a 404. */
export function letterAction(db: Db, params: unknown, opts: { drafts: boolean } = { drafts: false }): Promise<CampaignRow> {
  return campaignFromParams(db, params, { drafts: opts.drafts, kinds: ['letter_action'] });
}

export interface LetterTemplate {
  title: string;
  lang: string;
  template: { subject: string; body: string };
  personName: string;
  prefilled: { subject: string; body: string };
}

/** The campaign's template in `lang` (else the original), with {person_name} filled in that language. */
export async function letterTemplate(db: Db, campaign: CampaignRow, lang: string): Promise<LetterTemplate> {
  const text = await campaignText(db, campaign, lang);
  const textLang = text?.lang ?? campaign.originalLang;
  const template = { subject: text?.letterSubject ?? '', body: text?.letterBody ?? '' };
  const personName = personNames(await campaignPeopleOf(db, campaign.id), textLang);
  return { title: text?.title ?? campaign.slug, lang: textLang, template, personName, prefilled: prefilled(template, personName) };
}

export async function writeView(db: Db, campaign: CampaignRow, tpl: LetterTemplate, chosen?: string[]): Promise<WriteView> {
  const targets = campaign.addressing === 'targets' ? await writableTargets(db, campaign) : [];
  return { campaign, title: tpl.title, template: tpl.prefilled, templateLang: tpl.lang, targets, chosen: chosen ?? targets.map((t) => t.id), choose: null };
}
