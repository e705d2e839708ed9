// Test set-up shared by the letter-action tests: a person, targets, a letter action, and a supporter filling the form.
import { eq } from 'drizzle-orm';
import type { TestApp } from '../../../../tests/support/app.ts';
import type { TestClient } from '../../../../tests/support/client.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { people } from '../../registry/registry.tables.ts';
import { buildCampaign } from '../core/core.builders.ts';
import type { CampaignRow } from '../core/campaigns.tables.ts';
import { actionDeliveries } from './actions.tables.ts';
import { actionLetters } from './actions.tables.ts';
import { campaigns } from '../core/campaigns.tables.ts';
import { buildTarget } from '../targets/targets.builders.ts';

export const COPY_TO = 'copy@org.invalid';
export const TEST_ENV = { CAMPAIGNS_COPY_TO: COPY_TO, CAMPAIGNS_FOLLOWUP_DAYS: '10' };

export const TEMPLATE = {
  letterSubject: 'Free {person_name} now',
  letterBody: '{salutation},\n\nplease act for the release of {person_name}.\n\nYours sincerely,\n{supporter_name}',
};

export async function letterSetup(t: TestApp, campaign: Partial<Parameters<typeof buildCampaign>[1]> = {}) {
  const db = t.deps.database.db;
  await savePerson(db, { nameLatin: 'Yana Arabeika', nameBe: 'Арабейка Яна', nameRu: 'Оробейко Яна', status: 'current', country: 'BY' }, { importLabel: 'test' });
  const [person] = await db.select().from(people).where(eq(people.slug, 'yana-arabeika'));
  const embassy = await buildTarget(db, { ref: 't-embassy', kind: 'embassy', name: 'Embassy of Belarus', role: 'Embassy', country: 'DE', email: 'embassy@example.invalid', salutations: { en: 'Dear Ambassador', ru: 'Уважаемый посол' } });
  const ministry = await buildTarget(db, { ref: 't-ministry', kind: 'ministry', name: 'Ministry of Foreign Affairs', role: 'Human rights desk', country: 'DE', email: 'ministry@example.invalid', salutations: {} });
  const paperOnly = await buildTarget(db, { ref: 't-paper', kind: 'official', name: 'Paper-only Office', country: 'DE' });
  const row = await buildCampaign(db, {
    slug: 'free-yana',
    kind: 'letter_action',
    texts: { en: { title: 'Free Yana', summary: 'Write to the embassy.', ...TEMPLATE }, ru: { title: 'Свободу Яне', letterSubject: 'Свободу {person_name}', letterBody: '{salutation}!\n\nОсвободите {person_name}.\n\n{supporter_name}' } },
    personIds: [person.id],
    targetIds: [embassy.id, ministry.id, paperOnly.id],
    ...campaign,
  });
  return { campaign: row, embassy, ministry, paperOnly, person };
}

/** Opens the write page like a browser and sends the form: every offered target ticked unless given. */
export async function writeLetter(c: TestClient, fields: Record<string, string | string[]>, path = '/en/campaigns/free-yana/write') {
  const page = await c.get(path);
  const submissionId = page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1];
  const targets = [...page.body.matchAll(/name="targets" value="([0-9a-f-]{36})"/g)].map((m) => m[1]);
  const subject = page.body.match(/name="subject"[^>]*value="([^"]*)"/)?.[1];
  const body = page.body.match(/<textarea[^>]*name="body"[^>]*>([\s\S]*?)<\/textarea>/)?.[1];
  const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const form: Record<string, string | string[]> = { submissionId, targets, name: 'Anna Nowak', email: 'anna@example.org', mode: 'server', website: '' };
  if (subject !== undefined) form.subject = unescape(subject);
  if (body !== undefined) form.body = unescape(body);
  const all = { ...form, ...fields };
  return { res: await c.post(path, all), form: all };
}

export async function lettersIn(t: TestApp) {
  return t.deps.database.db.select().from(actionLetters);
}
export async function deliveriesIn(t: TestApp) {
  return t.deps.database.db.select().from(actionDeliveries);
}
export async function letterCount(t: TestApp, c: Pick<CampaignRow, 'id'>) {
  return (await t.deps.database.db.select().from(campaigns).where(eq(campaigns.id, c.id)))[0].letterCount;
}
