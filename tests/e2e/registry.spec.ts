import { expect, test } from './fixtures.ts';

test('finds a person from the Cyrillic spelling of a name and shows where to write', async ({ page, checkA11y }) => {
  await page.goto('/en/people');
  await checkA11y();
  const first = page.locator('.people-list .person-name').first();
  const latin = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: latin })).toBeVisible();
  await checkA11y();
  const forms = (await page.locator('p.other-forms').textContent())!.split(' · ');
  const cyrillic = forms.find((f) => /[а-яёіў]/i.test(f))!;
  expect(cyrillic).toBeTruthy();

  await page.goto('/en/people');
  await page.getByLabel('Name').fill(cyrillic);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('.people-list .person-name').first()).toHaveText(latin);
  await checkA11y();
});

test('reads upcoming birthdays with addresses, and downloads them as a PDF', async ({ page, checkA11y }) => {
  await page.goto('/en/birthdays?days=120');
  await expect(page.getByRole('heading', { level: 1, name: 'Upcoming birthdays' })).toBeVisible();
  await expect(page.locator('pre.address-block').first()).toContainText(/REPUBLIC OF BELARUS|RUSSIAN FEDERATION|REPUBLIC OF KAZAKHSTAN/);
  await checkA11y();
  const pdf = await page.request.get('/en/birthdays.pdf?days=60');
  expect(pdf.headers()['content-type']).toBe('application/pdf');
});

test('reports an inaccuracy without an account', async ({ page, checkA11y }) => {
  await page.goto('/ru/people');
  await page.locator('.people-list .person-name').first().click();
  await page.getByRole('link', { name: 'Сообщить о неточности на этой странице' }).click();
  await checkA11y();
  await page.getByRole('button', { name: 'Отправить сообщение' }).click();
  await expect(page.locator('.field-error')).toBeVisible();
  await page.getByLabel('Что не так?').fill('Его перевели в другую колонию в прошлом месяце.');
  await page.getByRole('button', { name: 'Отправить сообщение' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Спасибо' })).toBeVisible();
  await checkA11y();
});
