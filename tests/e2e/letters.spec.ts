import fs from 'node:fs';
import sharp from 'sharp';
import type { Browser, Page } from '@playwright/test';
import { pdfText } from '../support/pdf-text.ts';
import { expect, test } from './fixtures.ts';
import { linkFromMail } from './mail-sink.ts';
import { staffPage } from './staff.ts';

/** A seeded volunteer, signed in with the second factor, on the volunteer hub. */
async function volunteer(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const page = await staffPage(browser, baseURL, email);
  await page.getByRole('link', { name: 'Volunteer' }).click();
  return page;
}

// Runs in the JavaScript-off project only (playwright.config.ts).
test('a letter goes from the writer through moderation, translation, printing and posting, and the reply comes back', async ({ page, browser, baseURL, request, checkA11y }) => {
  test.setTimeout(180_000);

  // Someone held in Russia whom letters reach: the envelope must name them in the dative.
  const facilities = (await (await request.get('/api/v1/facilities')).json()) as { items: { slug: string; country: string }[] };
  const russian = new Set(facilities.items.filter((f) => f.country === 'RU').map((f) => f.slug));
  const exported = (await (await request.get('/api/v1/export.json')).json()) as { status: string; letters_reach: string; facility: string | null; slug: string }[];
  const rows = Array.isArray(exported) ? exported : (exported as { items: typeof exported }).items;
  const person = rows.find((p) => p.status === 'current' && p.letters_reach === 'yes' && p.facility && russian.has(p.facility))!;
  const detail = (await (await request.get(`/api/v1/people/${person.slug}`)).json()) as { address: { recipient: string; lines: string[] } };
  expect(detail.address.recipient).toMatch(/г\.р\.$/);

  // The writer, without an account, writes in English; the check flags a word, and they send it as it is.
  const writer = `writer-${Date.now()}@example.org`;
  await page.goto(`/en/letters/new?to=${person.slug}`);
  await page.getByLabel('Your letter').fill('Dear friend, we planted apple trees today and thought of you. Stay strong, freedom will come. Hugs from Warsaw.');
  await page.getByLabel('Your e-mail').fill(writer);
  await page.getByLabel(/Send me the reply/).check();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.locator('mark').first()).toBeVisible();
  await checkA11y();
  await page.getByRole('button', { name: 'Send as it is' }).click();
  await expect(page.getByRole('heading', { name: 'Almost done: check your e-mail' })).toBeVisible();

  // The confirmation e-mail arrives at the real SMTP server on loopback.
  await page.goto(await linkFromMail(writer, '/en/letters/confirm'));
  await page.getByRole('button', { name: 'Confirm and send' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you: your letter is on its way' })).toBeVisible();

  // A moderator approves it.
  const moderator = await volunteer(browser, baseURL!, 'moderator@demo.invalid');
  await moderator.getByRole('link', { name: 'Letters to review' }).click();
  await expect(moderator.getByText('apple trees')).toBeVisible();
  await checkA11y(moderator);
  await moderator.getByRole('button', { name: 'Approve' }).click();
  await expect(moderator.getByText('Approved: the letter goes on its way.')).toBeVisible();

  // A translator takes it and translates it into Russian, side by side.
  const translator = await volunteer(browser, baseURL!, 'translator@demo.invalid');
  await translator.getByRole('link', { name: 'Letters and replies to translate' }).click();
  await translator.getByRole('button', { name: 'Take this letter' }).click();
  await expect(translator.getByText('apple trees')).toBeVisible();
  await checkA11y(translator);
  await translator.getByLabel('Translation').fill('Дорогой друг, сегодня мы посадили яблони и вспоминали тебя. Обнимаем из Варшавы.');
  await translator.getByRole('button', { name: 'Finish: ready to print' }).click();
  await expect(translator.getByText('Translation finished')).toBeVisible();

  // A mailer makes a batch and downloads its PDF: the envelope carries the exact Cyrillic address.
  const mailer = await volunteer(browser, baseURL!, 'mailer@demo.invalid');
  await mailer.getByRole('link', { name: 'Print and post' }).click();
  await checkA11y(mailer);
  await mailer.getByRole('button', { name: 'Make the batch' }).click();
  const downloading = mailer.waitForEvent('download');
  await mailer.getByRole('link', { name: 'Download the PDF to print' }).click();
  const text = pdfText(fs.readFileSync((await (await downloading).path())!));
  expect(text).toContain('посадили яблони');
  for (const line of [detail.address.recipient, ...detail.address.lines]) expect(text).toContain(line);
  await mailer.getByRole('button', { name: 'Mark the batch posted' }).click();
  await expect(mailer.getByText('Marked as posted.')).toBeVisible();
  await checkA11y(mailer);

  // A reply comes: the mailer scans it; the translator puts it into English; the writer gets a private link.
  const scan = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#f4f1e8' } }).jpeg().toBuffer();
  await mailer.getByLabel(/Reply received/).setInputFiles({ name: 'reply.jpg', mimeType: 'image/jpeg', buffer: scan });
  await mailer.getByRole('button', { name: 'Upload' }).click();
  await mailer.getByRole('button', { name: /Reply complete/ }).click();
  await translator.goto('/en/volunteer/translate');
  await translator.getByRole('link', { name: 'Open' }).click();
  await expect(translator.getByRole('img', { name: 'Scanned page 1' })).toBeVisible();
  await translator.getByLabel('Translation').fill('Thank you for the apple trees! Write again.');
  await translator.getByRole('button', { name: 'Finish: send to the writer' }).click();

  await page.goto(await linkFromMail(writer, '/en/letters/reply'));
  await expect(page.getByText('Thank you for the apple trees! Write again.')).toBeVisible();
  const image = page.getByRole('img', { name: 'Scanned page 1' });
  await expect(image).toBeVisible();
  const scanned = await page.request.get((await image.getAttribute('src'))!);
  expect(scanned.headers()['content-type']).toBe('image/jpeg');
  expect((await sharp(await scanned.body()).metadata()).width).toBe(600);
  await checkA11y();
});
