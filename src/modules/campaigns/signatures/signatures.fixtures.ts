// Test helpers: a campaign to sign, and signing and confirming through the real pages and e-mails.
import { expect } from 'vitest';
import type { TestApp } from '../../../../tests/support/app.ts';
import { linkIn, TestClient } from '../../../../tests/support/client.ts';
import { buildCampaign } from '../core/core.builders.ts';
import type { CampaignRow } from '../core/campaigns.tables.ts';

export const PARTNERS = ['Amber Coalition', 'Birch Foundation'];
export const consentEn = (partner: string) => `${partner} may contact me by e-mail about this campaign and its work for political prisoners.`;

export function openLetter(t: TestApp, o: Partial<Parameters<typeof buildCampaign>[1]> = {}): Promise<CampaignRow> {
  return buildCampaign(t.deps.database.db, {
    slug: 'letter-for-all',
    kind: 'open_letter',
    partners: PARTNERS,
    texts: { en: { title: 'An open letter for all', body: 'We call for the release of everyone.' }, de: { title: 'Ein offener Brief für alle', body: 'Wir fordern die Freilassung aller.' } },
    ...o,
  });
}

export const tokenOf = (link: string) => new URL(link, 'http://x').searchParams.get('token')!;

/** Opens the form (for its CSRF token and submission id) and posts it with these fields. */
export async function sign(c: TestClient, slug: string, fields: Record<string, string>, lang = 'en') {
  const page = await c.get(`/${lang}/campaigns/${slug}/sign`);
  expect(page.statusCode).toBe(200);
  const submissionId = page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)?.[1] ?? '';
  return c.post(`/${lang}/campaigns/${slug}/sign`, { submissionId, ...fields });
}

/** The partner checkbox field names on the form, in the order shown. */
export const partnerFields = (html: string) => [...html.matchAll(/name="(partner-[0-9a-f-]{36})"/g)].map((m) => m[1]);

/** Delivers the queued e-mails and confirms the newest link sent to this address, through the button page. */
export async function confirmByMail(t: TestApp, c: TestClient, to: string, path = '/sign/confirm') {
  await t.drain();
  // The outbox lists the newest first.
  const mail = (await t.outbox()).find((m) => m.to === to);
  if (!mail) throw new Error(`no e-mail to ${to}`);
  const link = linkIn(mail.text, `/en/campaigns/`);
  expect(link).toContain(path);
  const page = await c.get(link);
  expect(page.statusCode).toBe(200);
  return { mail, res: await c.post(link.split('?')[0], { token: tokenOf(link) }) };
}
