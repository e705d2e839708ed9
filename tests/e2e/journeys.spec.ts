import { authenticator } from 'otplib';
import { expect, test } from './fixtures.ts';
import { linkFromMail } from './mail-sink.ts';

const PASSWORD = 'a long and private passphrase';
const DEMO_PASSWORD = 'solidarity-demo-2026';

test('switches language and keeps the page', async ({ page, checkA11y }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await checkA11y();
  await page.getByRole('link', { name: 'Log in' }).first().click();
  await expect(page).toHaveURL(/\/en\/login$/);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Беларуская' }).click();
  await expect(page).toHaveURL(/\/be\/login$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'be');
  await checkA11y();
  await page.getByRole('navigation').getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(/\/de\/login$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('registers, confirms by the e-mail link, logs in and out', async ({ page, checkA11y }, info) => {
  const email = `e2e-${info.project.name}-${Date.now()}@example.org`;
  await page.goto('/en/register');
  await checkA11y();
  // A mistake first: the error is shown in the language, next to the field.
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('New password').fill('short');
  await page.getByLabel('Repeat the password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
  await checkA11y();
  await page.getByLabel('New password').fill(PASSWORD);
  await page.getByLabel('Repeat the password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();

  // The server's workers deliver to the loopback SMTP server within a few seconds.
  await page.goto(await linkFromMail(email, '/en/confirm'));
  await checkA11y();
  await page.getByRole('button', { name: 'Confirm my address' }).click();
  await expect(page.getByText('Your e-mail address is confirmed')).toBeVisible();

  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await checkA11y();
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByText('You have logged out.')).toBeVisible();
  await page.goto('/en/account');
  await expect(page).toHaveURL(/\/en\/login$/);
});

test('a staff member enrols in two-step verification and reaches staff pages', async ({ page, checkA11y }, info) => {
  // Each project enrols a different seeded demo account (synthetic, see src/db/seed.ts) that no other
  // journey signs in as: other journeys share accounts (the coordinator, the admin, …) through
  // tests/e2e/staff.ts, which enrols them first, in whatever order the journeys run.
  const email = info.project.name === 'js-on' ? 'scribe@demo.invalid' : 'editor@demo.invalid';
  await page.goto('/en/login');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/en\/account\/2fa$/);
  await expect(page.getByRole('img', { name: 'QR code with your secret key' })).toBeVisible();
  await checkA11y();
  const secret = (await page.locator('#totp-secret').innerText()).trim();
  await page.getByRole('textbox', { name: 'Code' }).fill(authenticator.generate(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible();
  await expect(page.locator('#recovery-codes li')).toHaveCount(10);
  await checkA11y();
  await page.getByRole('link', { name: 'I have saved them' }).click();
  await expect(page.getByText('On: logging in needs a code')).toBeVisible();
  if (email.startsWith('scribe')) {
    await page.goto('/en/volunteer');
    await expect(page.getByRole('heading', { name: 'Volunteer work' })).toBeVisible();
    await checkA11y();
  }
});

test('answers an unknown address with a 404 page in the language', async ({ page, checkA11y }) => {
  const res = await page.goto('/uk/no-such-page');
  expect(res?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сторінку не знайдено');
  await checkA11y();
});
