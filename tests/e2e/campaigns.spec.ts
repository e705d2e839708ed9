import { expect, test } from './fixtures.ts';
import { staffPage } from './staff.ts';

// Runs in the JavaScript-off project only (playwright.config.ts).
test('a coordinator creates an open letter, adds a translation and opens it; a visitor reads it in the other language', async ({ page, browser, baseURL, checkA11y }) => {
  test.setTimeout(120_000);
  const slug = `open-letter-${Date.now()}`;
  const coordinator = await staffPage(browser, baseURL!, 'coordinator@demo.invalid');

  // The list of campaigns offers the management pages to coordinators.
  await coordinator.goto('/en/campaigns');
  await checkA11y(coordinator);
  await coordinator.getByRole('link', { name: 'Manage campaigns' }).click();
  await expect(coordinator.getByRole('heading', { name: 'Manage campaigns' })).toBeVisible();
  await checkA11y(coordinator);
  await coordinator.getByRole('link', { name: 'New campaign' }).click();
  await checkA11y(coordinator);

  // A wrong address is refused with a message; nothing is created.
  await coordinator.getByLabel('Open letter').check();
  await coordinator.getByLabel('Address').fill('Not a valid address');
  await coordinator.getByLabel('Original language').selectOption('de');
  await coordinator.getByRole('button', { name: 'Create the draft' }).click();
  await expect(coordinator.getByText('Use lower-case Latin letters, digits and hyphens only')).toBeVisible();
  await checkA11y(coordinator);
  await coordinator.getByLabel('Address').fill(slug);
  await coordinator.getByRole('button', { name: 'Create the draft' }).click();

  // The words in the original language (German), then the management page says what is still missing.
  await expect(coordinator.getByRole('heading', { name: 'Campaign words in German' })).toBeVisible();
  await checkA11y(coordinator);
  await coordinator.getByLabel('Title').fill('Freiheit für alle politischen Gefangenen');
  await coordinator.getByLabel('Summary').fill('Ein offener Brief an die Regierung.');
  await coordinator.getByLabel('Text', { exact: true }).fill('Wir, die Unterzeichnenden, fordern die Freilassung aller politischen Gefangenen.');
  await coordinator.getByRole('button', { name: 'Save the words' }).click();
  await expect(coordinator.getByRole('heading', { name: 'Campaign: Freiheit für alle politischen Gefangenen' })).toBeVisible();
  await checkA11y(coordinator);

  // An English translation, recorded as translated from German.
  await coordinator.getByRole('region', { name: 'Words in each language' }).getByRole('link', { name: 'English' }).click();
  await expect(coordinator.getByText('This is a translation; the original language is German.')).toBeVisible();
  await checkA11y(coordinator);
  await coordinator.getByLabel('Title').fill('Freedom for all political prisoners');
  await coordinator.getByLabel('Summary').fill('An open letter to the government.');
  await coordinator.getByLabel('Text', { exact: true }).fill('We, the undersigned, call for the release of all political prisoners.');
  await coordinator.getByRole('button', { name: 'Save the words' }).click();

  // A coalition partner, then open.
  await coordinator.getByRole('link', { name: 'Coalition partners' }).click();
  await checkA11y(coordinator);
  await coordinator.getByLabel('Name of the organisation').fill('Fictional Solidarity Association');
  await coordinator.getByRole('button', { name: 'Add the partner' }).click();
  await expect(coordinator.getByText('Fictional Solidarity Association')).toBeVisible();
  await coordinator.getByRole('link', { name: 'Back to the campaign' }).click();
  await coordinator.getByRole('button', { name: 'Open the campaign' }).click();
  await expect(coordinator.getByText('Now: Open')).toBeVisible();
  await checkA11y(coordinator);

  // A visitor finds it in the list, in English, and reads it: a translation, with a link to the German original.
  await page.goto('/en/campaigns');
  await page.getByRole('link', { name: 'Freedom for all political prisoners' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Freedom for all political prisoners' })).toBeVisible();
  await expect(page.getByText('Translated from German.')).toBeVisible();
  await expect(page.getByText('Fictional Solidarity Association')).toBeVisible();
  await checkA11y(page);
  await page.getByRole('link', { name: 'Read the original in German' }).click();
  await expect(page).toHaveURL(new RegExp(`/de/campaigns/${slug}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Freiheit für alle politischen Gefangenen' })).toBeVisible();
  await checkA11y(page);
  // In Polish there is no text yet: the German original, and a note saying so.
  await page.goto(`/pl/campaigns/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Freiheit für alle politischen Gefangenen' })).toHaveAttribute('lang', 'de');
  await expect(page.getByText('Ta kampania nie jest jeszcze dostępna w tym języku')).toBeVisible();
  await checkA11y(page);
});
