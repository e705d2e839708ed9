import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { linkFromMail } from './mail-sink.ts';
import { staffPage } from './staff.ts';

/** Someone held now, far from the first people by name (the demo seed gives those keepers and needs). */
async function heldPerson(request: APIRequestContext, fromEnd: number): Promise<{ slug: string }> {
  const exported = (await (await request.get('/api/v1/export.json')).json()) as { status: string; slug: string }[] | { items: { status: string; slug: string }[] };
  const rows = (Array.isArray(exported) ? exported : exported.items).filter((p) => p.status === 'current').sort((a, b) => a.slug.localeCompare(b.slug));
  return rows[rows.length - fromEnd];
}

// Runs in the JavaScript-off project only (playwright.config.ts).
test('a coordinator adds a need; a visitor pledges and confirms by e-mail; the coordinator marks it fulfilled; the public page shows it', async ({ page, browser, baseURL, request, checkA11y }) => {
  test.setTimeout(120_000);
  const person = await heldPerson(request, 9);
  const stamp = Date.now();
  const pseudonym = `Kasia ${stamp}`;
  const email = `kasia-${stamp}@example.org`;

  const coordinator = await staffPage(browser, baseURL!, 'coordinator@demo.invalid');
  await coordinator.goto(`/en/needs/${person.slug}/edit`);
  await checkA11y(coordinator);
  // An amount of money is refused, with the reason.
  await coordinator.getByLabel('Kind').selectOption({ label: 'Books' });
  await coordinator.getByLabel('Description', { exact: true }).fill('50 € for books');
  await coordinator.getByRole('button', { name: 'Add the need' }).click();
  await expect(coordinator.getByText(/Do not write an amount of money/)).toBeVisible();
  await checkA11y(coordinator);
  await coordinator.getByLabel('Description', { exact: true }).fill(`Books in Russian: history and travel (${stamp})`);
  await coordinator.getByRole('button', { name: 'Add the need' }).click();
  await expect(coordinator.getByText('The need has been added.')).toBeVisible();

  // A visitor without an account pledges from the person page.
  await page.goto(`/en/people/${person.slug}`);
  await page.getByRole('link', { name: 'See the needs and promise help' }).click();
  await expect(page.getByText(`Books in Russian: history and travel (${stamp})`)).toBeVisible();
  await expect(page.getByText('only relatives may send money to prisoners')).toBeVisible();
  await checkA11y();
  const form = page.getByRole('form', { name: 'Promise help: Books' });
  await form.getByLabel('Name or pseudonym').fill(pseudonym);
  await form.getByLabel('Your e-mail').fill(email);
  await form.getByLabel('What you will do').fill('I will send a parcel of books');
  await form.getByLabel(/By which month/).fill('1999-01');
  await form.getByRole('button', { name: 'Promise' }).click();
  await expect(page.getByText('The month cannot be in the past.')).toBeVisible();
  await checkA11y();
  const next = new Date();
  next.setUTCMonth(next.getUTCMonth() + 1, 1);
  await page.getByLabel(/By which month/).fill(next.toISOString().slice(0, 7));
  await page.getByRole('button', { name: 'Promise' }).click();
  await expect(page.getByText(/Almost done: we have sent you an e-mail/)).toBeVisible();

  await page.goto(await linkFromMail(email, '/en/needs/confirm'));
  await checkA11y();
  await page.getByRole('button', { name: 'Confirm my promise' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you: your promise counts' })).toBeVisible();

  // The coordinator sees who promised and how to reach them, and marks it fulfilled.
  await coordinator.goto('/en/needs/pledges');
  await expect(coordinator.getByText(email)).toBeVisible();
  await checkA11y(coordinator);
  await coordinator.getByRole('button', { name: `Fulfilled: promise of ${pseudonym}` }).click();
  await expect(coordinator.getByText('Saved.')).toBeVisible();
  await expect(coordinator.getByText(email)).toHaveCount(0);

  // The public page shows the counts, never the name.
  await page.goto(`/en/people/${person.slug}/needs`);
  await expect(page.getByText('1 pledge · 1 fulfilled')).toBeVisible();
  await expect(page.getByText(pseudonym)).toHaveCount(0);
});
