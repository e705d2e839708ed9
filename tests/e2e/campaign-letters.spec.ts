import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { linkFromMail, mailTo } from './mail-sink.ts';
import { staffPage } from './staff.ts';

// Runs in the JavaScript-off project only (playwright.config.ts). Uses the demo letter action the seed makes
// (actions.builders.ts) with the demo embassy (targets.builders.ts).
const CAMPAIGN = '/en/campaigns/write-to-the-embassies';
const EMBASSY = 'Embassy of the Republic of Belarus in Germany (demo entry)';
const EMBASSY_EMAIL = 'embassy-by-berlin@demo.invalid';
const COPY_TO = 'campaigns@solidarity-post.invalid';

async function counter(page: Page): Promise<number> {
  await page.goto(CAMPAIGN);
  const text = await page.locator('.campaign-letters .lead').innerText();
  return /No letters/.test(text) ? 0 : Number(text.replace(/[^\d]/g, ''));
}

/** From the campaign page to the write form, writing to the embassy only. */
async function openForm(page: Page, name: string, email: string) {
  await page.goto(CAMPAIGN);
  await page.getByRole('link', { name: 'Write your letter' }).click();
  await expect(page).toHaveURL(new RegExp(`${CAMPAIGN}/write$`));
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
  await page.getByLabel(new RegExp(`^${EMBASSY.replace(/[()]/g, '\\$&')}`)).check();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your e-mail address').fill(email);
}

test('a protest letter by mailto: the link carries address, subject and words; "I have sent it" raises the counter', async ({ page, checkA11y }) => {
  test.setTimeout(120_000);
  const before = await counter(page);
  await checkA11y();
  const stamp = Date.now();
  const name = `Kasia ${stamp}`;
  await openForm(page, name, `mailto-${stamp}@example.org`);
  await checkA11y();
  await page.getByLabel('Open my mail program').check();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(page.getByRole('heading', { name: 'Send your letter from your mail program' })).toBeVisible();
  await checkA11y();
  const href = await page.getByRole('link', { name: /^Open the letter to / }).getAttribute('href');
  const url = new URL(href!);
  expect(url.protocol).toBe('mailto:');
  expect(url.pathname).toBe(EMBASSY_EMAIL);
  expect(url.searchParams.get('subject')).toMatch(/^Please act for the release of \S/);
  expect(url.searchParams.get('subject')).not.toContain('{');
  const body = url.searchParams.get('body')!;
  expect(body.startsWith('Dear Sir or Madam,\r\n')).toBe(true); // the embassy's own salutation
  expect(body.endsWith(`Yours sincerely,\r\n${name}`)).toBe(true);
  expect(body).not.toMatch(/\{\w+\}/);
  expect(url.searchParams.get('bcc')).toBe(COPY_TO);
  // Not counted until the supporter says it went.
  const page2 = await page.context().newPage();
  expect(await counter(page2)).toBe(before);
  await page2.close();

  await page.getByRole('button', { name: 'I have sent it' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you: your letter counts' })).toBeVisible();
  await checkA11y();
  expect(await counter(page)).toBe(before + 1);
});

test('a protest letter by server sending: confirmed by the e-mailed link, it reaches the embassy with Reply-To the supporter and a copy to the organisation', async ({ page, checkA11y }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const email = `server-${stamp}@example.org`;
  // Words only the supporter wrote, to look for in the e-mails (not part of the address).
  const ref = `R${Math.random().toString(36).slice(2, 10)}`;
  const name = `Jonas Quellwasser ${ref}`;
  await openForm(page, name, email);
  await page.getByLabel('Your letter').fill(`Dear Sir or Madam,\n\nI ask you to release the prisoners named in this campaign. Reference ${ref}.\n\n{supporter_name}`);
  await page.getByLabel('Send it for me').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Almost done: check your e-mail' })).toBeVisible();
  await checkA11y();

  // The confirmation e-mail, from the real SMTP server on loopback: our words only.
  const confirmation = await mailTo(email, '/write/confirm');
  expect(confirmation.text).not.toContain(ref);
  expect(confirmation.text).not.toContain('Quellwasser');
  expect(confirmation.text).not.toContain('release the prisoners');
  await page.goto(await linkFromMail(email, `${CAMPAIGN}/write/confirm`));
  await checkA11y();
  await page.getByRole('button', { name: 'Confirm and send' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you: your letter is on its way' })).toBeVisible();
  await checkA11y();

  // The letter itself, sent by the delivery job to the embassy.
  const letter = await mailTo(EMBASSY_EMAIL, `Reference ${ref}`, 60_000);
  expect(letter.headers).toMatch(new RegExp(`^Reply-To: .*${email.replace(/\./g, '\\.')}`, 'mi'));
  expect(letter.rcptTo).toContain(COPY_TO);
  expect(letter.text).toContain(name);
});

test('coordinators see the held letters and the answers of a letter action', async ({ browser, baseURL, checkA11y }) => {
  const coordinator = await staffPage(browser, baseURL!, 'coordinator@demo.invalid');
  await coordinator.goto(CAMPAIGN);
  await coordinator.getByRole('link', { name: 'Letters held for review' }).click();
  await expect(coordinator.getByRole('heading', { level: 1 })).toContainText('Letters held for review');
  await checkA11y(coordinator);
  await coordinator.goto(CAMPAIGN);
  await coordinator.getByRole('link', { name: 'Did they reply? The answers' }).click();
  await expect(coordinator.getByRole('table')).toBeVisible();
  await checkA11y(coordinator);
});
