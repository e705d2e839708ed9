import { expect, test } from './fixtures.ts';
import { staffPage } from './staff.ts';

// Runs in the JavaScript-off project only (playwright.config.ts). Uses the demo seed's invented parliament
// (src/modules/campaigns/targets/targets.builders.ts).
test('find your representative: a demo postcode shows its member of parliament, an unknown one says so', async ({ browser, baseURL, checkA11y }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/campaigns/representative');
  await expect(page.getByRole('heading', { name: 'Find your representative', level: 1 })).toBeVisible();
  await checkA11y(page);

  await page.getByLabel('Country').selectOption('DE');
  await page.getByLabel('Postcode').fill('10 115');
  await page.getByRole('button', { name: 'Find my representative' }).click();
  await expect(page.getByRole('heading', { name: 'Your constituency' })).toBeVisible();
  await expect(page.getByText('Spreeufer-Nord (demo)').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Greta Beispielhaft' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'greta.beispielhaft@parliament.demo.invalid' })).toBeVisible();
  await checkA11y(page);

  // A postcode in two constituencies lists both.
  await page.getByLabel('Postcode').fill('10117');
  await page.getByRole('button', { name: 'Find my representative' }).click();
  await expect(page.getByRole('heading', { name: 'Your constituencies' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Frieda Mustergültig' })).toBeVisible();

  await page.getByLabel('Postcode').fill('99999');
  const unknown = page.waitForResponse((r) => r.url().includes('postcode=99999'));
  await page.getByRole('button', { name: 'Find my representative' }).click();
  expect((await unknown).status()).toBe(400);
  await expect(page.getByText('We do not know this postcode.')).toBeVisible();
  await expect(page.getByLabel('Postcode')).toHaveValue('99999');
  await checkA11y(page);

  // In the reader's language.
  await page.goto('/de/campaigns/representative?country=DE&postcode=99999');
  await expect(page.getByText('Diese Postleitzahl kennen wir nicht.')).toBeVisible();
  await context.close();
});

test('a coordinator edits a target, and the public page shows the change', async ({ browser, baseURL, checkA11y }) => {
  test.setTimeout(120_000);
  const coordinator = await staffPage(browser, baseURL!, 'coordinator@demo.invalid');
  await coordinator.goto('/en/campaigns/targets');
  await expect(coordinator.getByRole('heading', { name: 'Campaign targets' })).toBeVisible();
  await checkA11y(coordinator);
  await coordinator.getByLabel('Country').selectOption('PL');
  await coordinator.getByLabel('Kind').selectOption('parliament_member');
  await coordinator.getByRole('button', { name: 'Show' }).click();
  await expect(coordinator.getByText('4 targets')).toBeVisible();
  await coordinator.getByRole('link', { name: 'Marek Szablonowy' }).click();
  await expect(coordinator.getByRole('heading', { name: 'Edit Marek Szablonowy' })).toBeVisible();
  await checkA11y(coordinator);

  // A bad e-mail address is refused in place, and nothing is saved.
  await coordinator.getByLabel('E-mail address').fill('not-an-address@');
  await coordinator.getByLabel('Party').fill('Partia Poprawiona (demo)');
  await coordinator.getByRole('button', { name: 'Save changes' }).click();
  await expect(coordinator.getByText('Enter a valid e-mail address, or leave it empty.').first()).toBeVisible();
  await checkA11y(coordinator);

  await coordinator.getByLabel('E-mail address').fill('marek.szablonowy@parliament.demo.invalid');
  await coordinator.getByLabel('Salutation in Polish').fill('Szanowny Panie Pośle Szablonowy');
  await coordinator.getByRole('button', { name: 'Save changes' }).click();
  await expect(coordinator.getByText('The target was saved.')).toBeVisible();

  await coordinator.goto('/en/campaigns/representative?country=PL&postcode=30-001');
  await expect(coordinator.getByRole('heading', { name: 'Marek Szablonowy' })).toBeVisible();
  await expect(coordinator.getByText('Partia Poprawiona (demo)')).toBeVisible();

  // The add form opens too (and is accessible).
  await coordinator.goto('/en/campaigns/targets/new');
  await expect(coordinator.getByRole('heading', { name: 'Add a target' })).toBeVisible();
  await checkA11y(coordinator);
});
