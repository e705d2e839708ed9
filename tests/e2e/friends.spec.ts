import sharp from 'sharp';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { linkFromMail } from './mail-sink.ts';
import { staffPage } from './staff.ts';

/** The friend count a person page shows ("No friends yet" is 0). */
async function friendCount(page: Page): Promise<number> {
  const text = await page.locator('.friend-count').innerText();
  const m = text.match(/(\d+) friends?\b/);
  return m ? Number(m[1]) : /No friends yet/.test(text) ? 0 : NaN;
}

// Runs in the JavaScript-off project only (playwright.config.ts).
test('a visitor befriends someone with few friends, confirms by e-mail and marks a coordinator’s task done with a photo', async ({ page, browser, baseURL, checkA11y }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const title = `Draw a winter bird ${stamp}`;

  // A coordinator writes a task for everyone's friends.
  const coordinator = await staffPage(browser, baseURL!, 'coordinator@demo.invalid');
  await coordinator.goto('/en/friends/tasks');
  await checkA11y(coordinator);
  const form = coordinator.getByRole('form', { name: 'Write a new task' });
  await form.getByLabel('Kind').selectOption({ label: 'Creative task' });
  await form.getByLabel('Language').selectOption('en');
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('What to do').fill('Draw a bird you saw this winter and send it with a letter.');
  await form.getByRole('button', { name: 'Add the task' }).click();
  await expect(coordinator.getByText('Saved.')).toBeVisible();
  await expect(coordinator.getByRole('link', { name: title })).toBeVisible();

  // A visitor without an account picks the first person on the fewest-friends list.
  await page.goto('/en/friends');
  await expect(page.getByRole('heading', { name: 'People with the fewest friends' })).toBeVisible();
  await checkA11y();
  const firstRow = page.locator('table.fewest tbody tr').first();
  const personHref = (await firstRow.locator('td').first().getByRole('link').getAttribute('href'))!;
  await page.goto(personHref);
  const before = await friendCount(page);
  expect(before).toBeGreaterThanOrEqual(0);
  await page.getByRole('link', { name: 'Become a friend', exact: true }).click();
  await checkA11y();
  const email = `friend-${stamp}@example.org`;
  await page.getByLabel('Pseudonym').fill('Winter Sparrow');
  await page.getByLabel('Your e-mail address').fill(email);
  await page.getByRole('button', { name: 'Become a friend' }).click();
  await expect(page.getByRole('heading', { name: 'Almost done: check your e-mail' })).toBeVisible();
  await checkA11y();

  // The e-mailed link opens a page with one button; pressing it confirms.
  await page.goto(await linkFromMail(email, '/en/friends/confirm'));
  await checkA11y();
  await page.getByRole('button', { name: 'Confirm the friendship' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you: you are a friend now' })).toBeVisible();

  // The private page link comes by e-mail; the task is there; it is marked done with a photo.
  await page.goto(await linkFromMail(email, '/en/friends/me'));
  await expect(page.getByRole('heading', { name: 'My friend page' })).toBeVisible();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await checkA11y();
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#88aacc' } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Secret Owner Name' } })
    .toBuffer();
  await page.getByLabel(`Photo for “${title}” (optional)`).setInputFiles({ name: 'bird.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('button', { name: `Mark “${title}” as done` }).click();
  await expect(page.getByText('Done. Thank you!')).toBeVisible();
  await expect(page.getByRole('heading', { name: title })).toHaveCount(0);
  const done = page.getByRole('region', { name: 'Tasks done' });
  await expect(done.getByText(title)).toBeVisible();
  const img = done.getByRole('img', { name: `Photo of the task “${title}”` });
  await expect(img).toBeVisible();
  expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await checkA11y();

  // The person page counts one friend more.
  await page.goto(personHref);
  expect(await friendCount(page)).toBe(before + 1);
  await coordinator.context().close();
});
