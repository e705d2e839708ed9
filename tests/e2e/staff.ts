import fs from 'node:fs';
import path from 'node:path';
import { authenticator } from 'otplib';
import type { Browser, Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../src/db/seed.ts';

// The e2e server's data folder is new every run; the recovery codes of the accounts a run has enrolled are
// kept beside it, so several journeys (in several workers) can sign in as the same seeded staff account:
// the first enrols the second factor, later ones spend a recovery code (a TOTP code works once per 30 s).
const STATE_DIR = path.resolve('.tmp/e2e-data/staff');

function withLock<T>(email: string, work: () => Promise<T>): Promise<T> {
  fs.mkdirSync(STATE_DIR, { recursive: true });
  const lock = path.join(STATE_DIR, `${email}.lock`);
  const take = async (): Promise<void> => {
    try {
      fs.mkdirSync(lock);
    } catch {
      await new Promise((r) => setTimeout(r, 50));
      return take();
    }
  };
  return take().then(() => work().finally(() => fs.rmdirSync(lock)));
}

/** Enrols the second factor on the page a first login lands on, and keeps the recovery codes for later logins. */
export async function enrolSecondFactor(page: Page, email: string): Promise<void> {
  const secret = (await page.locator('#totp-secret').innerText()).trim();
  await page.getByRole('textbox', { name: 'Code' }).fill(authenticator.generate(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  const codes = (await page.locator('#recovery-codes li').allInnerTexts()).map((c) => c.trim());
  fs.mkdirSync(STATE_DIR, { recursive: true });
  fs.writeFileSync(path.join(STATE_DIR, `${email}.json`), JSON.stringify(codes));
  await page.getByRole('link', { name: 'I have saved them' }).click();
}

/** A seeded staff member signed in (second factor passed) in a JavaScript-off browser of their own. */
export async function staffPage(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await withLock(email, async () => {
    await page.goto('/en/login');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/en\/(account\/2fa|login\/2fa)$/);
    if (page.url().endsWith('/account/2fa')) return enrolSecondFactor(page, email);
    const file = path.join(STATE_DIR, `${email}.json`);
    const codes = JSON.parse(fs.readFileSync(file, 'utf8')) as string[];
    await page.getByRole('textbox', { name: 'Code' }).fill(codes.shift()!);
    fs.writeFileSync(file, JSON.stringify(codes));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/login/2fa'));
  });
  return page;
}
