import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { phoneJpeg, PLANTED } from '../../src/modules/solidarity/wall/wall.fixtures.ts';
import { expect, test } from './fixtures.ts';
import { linkFromMail } from './mail-sink.ts';
import { staffPage } from './staff.ts';

const FILES = path.resolve('.tmp/e2e-data/files');
const fileOf = (url: string) => path.join(FILES, 'wall', url.split('/').pop()!);

/** A served picture carries nothing but pixels. */
async function expectNoMetadata(data: Buffer) {
  const meta = await sharp(data).metadata();
  expect(meta.format).toBe('jpeg');
  for (const field of ['exif', 'xmp', 'iptc', 'icc', 'comments'] as const) expect(meta[field], field).toBeUndefined();
  for (const text of ['Exif', 'GPS', 'xmp', PLANTED.artist, PLANTED.comment, PLANTED.iptc]) expect(data.includes(text), text).toBe(false);
}

// Runs in the JavaScript-off project only (playwright.config.ts).
test('a face on the wall: upload with GPS in the photo, confirm, moderate, shown, then taken down with the files', async ({ page, browser, baseURL, checkA11y }) => {
  test.setTimeout(120_000);
  const people = (await (await page.request.get('/api/v1/people?status=current')).json()) as { items: { slug: string }[] };
  const slug = people.items[0].slug;
  const stamp = Date.now();
  const email = `face-${stamp}@example.org`;
  const name = `Marta ${stamp}`;
  const statement = `We are with you, greetings from the seaside (${stamp}).`;

  // Without an account: the form, preselected for one person from their page's link.
  await page.goto(`/en/people/${slug}`);
  await page.getByRole('link', { name: /^Show your face for / }).click();
  await expect(page).toHaveURL(new RegExp(`/en/wall/new\\?to=${slug}$`));
  const heading = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
  const personName = heading.replace('Show your face for ', '');
  await checkA11y();
  const upload = await phoneJpeg({ width: 600, height: 400, orientation: 6 });
  expect(upload.includes('GPS')).toBe(true);
  await page.getByLabel('Your photo').setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: upload });
  await page.getByLabel('Your name or a pseudonym').fill(name);
  await page.getByLabel('Your message').fill(statement);
  await page.getByLabel('Your e-mail address').fill(email);
  await page.getByLabel(/I agree that my photo/).check();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Almost there: check your e-mail' })).toBeVisible();
  await checkA11y();

  // The e-mail link opens a page with one button.
  await page.goto(await linkFromMail(email, '/en/wall/confirm'));
  await checkA11y();
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thank you, your entry is confirmed' })).toBeVisible();
  await page.goto('/en/wall');
  await expect(page.getByText(statement)).toHaveCount(0);

  // A moderator sees the photo and approves.
  const moderator = await staffPage(browser, baseURL!, 'moderator@demo.invalid');
  await moderator.goto('/en/wall/moderation');
  await expect(moderator.getByText(statement)).toBeVisible();
  await checkA11y(moderator);
  const photoUrl = (await moderator.getByRole('link', { name: `Photo shared by ${name}` }).getAttribute('href'))!;
  const full = await moderator.request.get(photoUrl);
  expect(full.status()).toBe(200);
  const fullBytes = Buffer.from(await full.body());
  await expectNoMetadata(fullBytes);
  // Orientation 6 applied: the sideways 600×400 upload is stored upright.
  expect(await sharp(fullBytes).metadata()).toMatchObject({ width: 400, height: 600 });
  expect((await page.request.get(photoUrl)).status()).toBe(404);
  await moderator.getByRole('button', { name: `Approve the entry of ${name}` }).click();
  await expect(moderator.getByText('The entry is on the wall.')).toBeVisible();

  // On the wall and on the person's wall, with the thumbnail as served carrying no metadata.
  await page.goto('/en/wall');
  await expect(page.getByText(statement)).toBeVisible();
  await checkA11y();
  const thumbUrl = (await page.getByRole('img', { name: `Photo shared by ${name}` }).getAttribute('src'))!;
  const thumb = await page.request.get(thumbUrl);
  expect(thumb.status()).toBe(200);
  await expectNoMetadata(Buffer.from(await thumb.body()));
  expect(fs.existsSync(fileOf(thumbUrl))).toBe(true);
  expect(fs.existsSync(fileOf(photoUrl))).toBe(true);
  await expect(page.locator('a[href^="https://t.me/share/url"]')).toHaveAttribute('rel', 'noopener noreferrer');
  await page.goto(`/en/people/${slug}/wall`);
  await expect(page.getByRole('heading', { name: `Solidarity wall for ${personName}` })).toBeVisible();
  await expect(page.getByText(statement)).toBeVisible();
  await checkA11y();

  // The secret link from the same e-mail takes it down: the entry, the photo and the thumbnail.
  await page.goto(await linkFromMail(email, '/en/wall/takedown'));
  await checkA11y();
  await page.getByRole('button', { name: 'Delete my entry' }).click();
  await expect(page.getByRole('heading', { name: 'Your entry is deleted' })).toBeVisible();
  await checkA11y();
  await page.goto('/en/wall');
  await expect(page.getByText(statement)).toHaveCount(0);
  expect((await page.request.get(thumbUrl)).status()).toBe(404);
  expect((await moderator.request.get(photoUrl)).status()).toBe(404);
  expect(fs.existsSync(fileOf(thumbUrl))).toBe(false);
  expect(fs.existsSync(fileOf(photoUrl))).toBe(false);
});
