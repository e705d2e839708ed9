import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { linkFromMail } from './mail-sink.ts';
import { staffPage } from './staff.ts';

// Runs in the JavaScript-off project only (playwright.config.ts). The demo seed makes the open letter
// (two coalition partners) and the petition these journeys use.
const LETTER = '/en/campaigns/open-letter-release-all';
const PETITION = '/en/campaigns/petition-prison-visits';
const NORTHERN = 'Northern Lights Solidarity Network';
const FREE_VOICES = 'Free Voices Coalition';

const countOn = async (page: Page) => Number((await page.locator('.signature-counter .counter').innerText()).replace(/\D/g, ''));

test('an organisation co-signs an open letter: e-mail confirmation, a coordinator approves, listed publicly', async ({ page, browser, baseURL, checkA11y }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const org = `Harbourside Solidarity Group ${stamp}`;
  const email = `office-${stamp}@example.org`;

  await page.goto(LETTER);
  await page.getByRole('link', { name: 'Co-sign as an organisation' }).click();
  await checkA11y();
  await page.getByLabel('Name of the organisation').fill(org);
  await page.getByLabel('Country').fill('Estonia');
  await page.getByLabel('Website (optional)').fill('javascript:alert(1)');
  await page.getByLabel('Contact person').fill('Mari Tamm');
  await page.getByLabel("The organisation's e-mail address").fill(email);
  await page.getByRole('button', { name: 'Co-sign' }).click();
  await expect(page.getByText('Please enter a web address starting with http:// or https://.')).toBeVisible();
  await checkA11y();
  await page.getByLabel('Website (optional)').fill(`https://harbourside-${stamp}.example.org`);
  await page.getByRole('button', { name: 'Co-sign' }).click();
  await expect(page.getByRole('heading', { name: 'Please check your e-mail' })).toBeVisible();

  await page.goto(await linkFromMail(email, `${LETTER}/cosign/confirm`));
  await checkA11y();
  await page.getByRole('button', { name: 'Confirm the co-signature' }).click();
  await expect(page.getByText('The address is confirmed.')).toBeVisible();
  await page.goto(LETTER);
  await expect(page.getByText(org)).toHaveCount(0);

  const coordinator = await staffPage(browser, baseURL!, 'coordinator@demo.invalid');
  await coordinator.goto(`${LETTER}/cosigners`);
  await expect(coordinator.getByText('Mari Tamm')).toBeVisible();
  await checkA11y(coordinator);
  await coordinator.getByRole('button', { name: `Approve ${org}` }).click();
  await expect(coordinator.getByText('Approved: the organisation is now listed.')).toBeVisible();
  await expect(coordinator.getByText('Mari Tamm')).toHaveCount(0);

  await page.goto(LETTER);
  await expect(page.getByText(org)).toBeVisible();
  await expect(page.getByRole('link', { name: `harbourside-${stamp}.example.org` })).toHaveAttribute('rel', /nofollow noreferrer/);
  await expect(page.getByText('Mari Tamm')).toHaveCount(0);
  await checkA11y();
});

test('a secret signature raises the counter, and the name is nowhere on the pages', async ({ page, checkA11y }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const name = `Vesnara Quillbeck ${stamp}`;
  const email = `vq-${stamp}@example.org`;

  await page.goto(PETITION);
  const before = await countOn(page);
  await expect(page.getByText(/Goal: 1,000 signatures/)).toBeVisible();
  await checkA11y();
  await page.getByRole('link', { name: 'Sign the petition' }).click();
  await checkA11y();
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Your e-mail address').fill(email);
  await page.getByLabel('Secret', { exact: true }).check();
  await expect(page.getByText('We do not store your name at all')).toBeVisible();
  await page.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Please check your e-mail' })).toBeVisible();
  await checkA11y();

  await page.goto(await linkFromMail(email, `${PETITION}/sign/confirm`));
  await page.getByRole('button', { name: 'Confirm my signature' }).click();
  await expect(page.getByText('Your signature is confirmed and counted.')).toBeVisible();
  await checkA11y();

  await page.goto(PETITION);
  expect(await countOn(page)).toBe(before + 1);
  expect(await page.content()).not.toContain('Quillbeck');
  await page.goto(`${PETITION}/signatures`);
  await checkA11y();
  expect(await page.content()).not.toContain('Quillbeck');
});

test('partner consent and export: one partner only, asked by one coordinator, approved by another person', async ({ page, browser, baseURL, checkA11y }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const email = `consenting-${stamp}@example.org`;

  await page.goto(`${LETTER}/sign`);
  await page.getByLabel('Your name').fill(`Irma Consent ${stamp}`);
  await page.getByLabel('Your e-mail address').fill(email);
  await page.getByLabel('Your town or country (optional)').fill('Tallinn');
  await page.getByLabel('Public', { exact: true }).check();
  await page.getByLabel(`${NORTHERN} may contact me`).check();
  await expect(page.getByLabel(`${FREE_VOICES} may contact me`)).not.toBeChecked();
  await page.getByRole('button', { name: 'Sign', exact: true }).click();
  await page.goto(await linkFromMail(email, `${LETTER}/sign/confirm`));
  await page.getByRole('button', { name: 'Confirm my signature' }).click();
  await expect(page.getByText('Your signature is confirmed and counted.')).toBeVisible();

  const coordinator = await staffPage(browser, baseURL!, 'coordinator@demo.invalid');
  await coordinator.goto(`${LETTER}/exports`);
  await checkA11y(coordinator);
  for (const partner of [NORTHERN, FREE_VOICES]) {
    await coordinator.getByRole('button', { name: `Ask for the export for ${partner}` }).click();
    await expect(coordinator.getByText(/^Asked for\. Another coordinator/)).toBeVisible();
  }
  // The one who asked cannot approve: there is no button for it.
  await expect(coordinator.getByRole('button', { name: /Approve the export/ })).toHaveCount(0);

  const admin = await staffPage(browser, baseURL!, 'admin@demo.invalid');
  // The administrator, signed in with the second factor, also reaches the administration.
  await admin.goto('/en/');
  await admin.getByRole('link', { name: 'Administration' }).click();
  await expect(admin.getByRole('heading', { name: 'Users and roles' })).toBeVisible();
  await admin.goto(`${LETTER}/exports`);
  await checkA11y(admin);
  for (const partner of [NORTHERN, FREE_VOICES]) {
    await admin.getByRole('button', { name: `Approve the export for ${partner}` }).first().click();
    await expect(admin.getByText(/^Approved\. The person who asked/)).toBeVisible();
  }

  const files: Record<string, string> = {};
  await coordinator.goto(`${LETTER}/exports`);
  for (const partner of [NORTHERN, FREE_VOICES]) {
    const download = coordinator.waitForEvent('download');
    await coordinator.getByRole('button', { name: `Download the export for ${partner} (once)` }).first().click();
    files[partner] = fs.readFileSync((await (await download).path())!, 'utf8');
    await coordinator.goto(`${LETTER}/exports`);
  }
  expect(files[NORTHERN]).toContain(`Irma Consent ${stamp},${email},Tallinn,${NORTHERN} may contact me by e-mail`);
  expect(files[FREE_VOICES]).not.toContain(email);
  expect(files[FREE_VOICES].split('\r\n')[0]).toBe('\uFEFFname,email,place,consent_text,consent_date');
  await expect(coordinator.getByText(/downloaded \(\d+ (person|people)\)/).first()).toBeVisible();
});
