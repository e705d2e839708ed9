import sharp from 'sharp';
import { expect, test } from './fixtures.ts';
import { linkFromMail } from './mail-sink.ts';
import { staffPage } from './staff.ts';

// Runs in the JavaScript-off project only (playwright.config.ts).
test('a public figure proposes a sponsorship through an invitation, a coordinator approves it, and the person page shows it', async ({ browser, baseURL, checkA11y }) => {
  test.setTimeout(120_000);
  const coordinator = await staffPage(browser, baseURL!, 'coordinator@demo.invalid');

  // The coordinator makes an invitation link; it is shown once.
  await coordinator.goto('/en/sponsorships');
  await checkA11y(coordinator);
  await coordinator.getByRole('link', { name: 'Manage sponsorships' }).click();
  await checkA11y(coordinator);
  await coordinator.getByRole('link', { name: 'Invitation links' }).click();
  await coordinator.getByLabel('Who it is for').fill('Office of a fictional MP');
  await coordinator.getByRole('button', { name: 'Create the link' }).click();
  await expect(coordinator.getByText('Invitation for Office of a fictional MP created.')).toBeVisible();
  await checkA11y(coordinator);
  const link = new URL(await coordinator.getByLabel('Invitation link').inputValue());

  // The figure, with no session, opens the link in a browser of their own and proposes.
  const guest = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const figure = await guest.newPage();
  await figure.goto(link.pathname + link.search);
  await expect(figure.getByRole('heading', { name: 'Sponsor a political prisoner' })).toBeVisible();
  await checkA11y(figure);
  const personSelect = figure.getByLabel('The person you sponsor');
  const slug = await personSelect.locator('option').nth(1).getAttribute('value');
  await personSelect.selectOption(slug!);
  await figure.getByLabel('Name', { exact: true }).fill('Greta Fictional');
  await figure.getByLabel('Role', { exact: true }).fill('Member of the Bundestag');
  await figure.getByLabel('Parliament or institution').fill('Bundestag');
  await figure.getByLabel('Country').selectOption('DE');
  const portrait = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#3a5f8a' } }).jpeg().toBuffer();
  await figure.getByLabel('Photo (optional)').setInputFiles({ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: portrait });
  await figure.getByLabel('Your statement').fill('I will speak your name in parliament until you are free.');
  const contact = `office-${Date.now()}@example.org`;
  await figure.getByLabel('Your e-mail address').fill(contact);
  await figure.getByLabel(/I agree that my name/).check();
  await figure.getByRole('button', { name: 'Propose the sponsorship' }).click();
  await expect(figure.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await checkA11y(figure);

  // Not public yet.
  await figure.goto(`/en/people/${slug}`);
  await expect(figure.getByText('Greta Fictional')).toHaveCount(0);

  // The coordinator sees the proposal with its contact, and approves it.
  await coordinator.goto('/en/sponsorships/proposals');
  await expect(coordinator.getByRole('heading', { name: 'Greta Fictional' })).toBeVisible();
  await expect(coordinator.getByText(contact)).toBeVisible();
  await checkA11y(coordinator);
  await coordinator.getByRole('button', { name: 'Approve the sponsorship by Greta Fictional' }).click();
  await expect(coordinator.getByText('Approved: the sponsorship is now public.')).toBeVisible();

  // The person page shows the figure and the statement; the figure's page has the photo.
  await figure.goto(`/en/people/${slug}`);
  await expect(figure.getByRole('link', { name: 'Greta Fictional' })).toBeVisible();
  await expect(figure.getByText('I will speak your name in parliament until you are free.')).toBeVisible();
  await checkA11y(figure);
  await figure.getByRole('link', { name: 'Greta Fictional' }).click();
  const photo = figure.getByRole('img', { name: 'Photo of Greta Fictional' });
  await expect(photo).toBeVisible();
  const served = await figure.request.get((await photo.getAttribute('src'))!);
  expect(served.headers()['content-type']).toBe('image/jpeg');
  await checkA11y(figure);
  await figure.getByRole('link', { name: 'Germany' }).first().click();
  await expect(figure.getByRole('link', { name: 'Greta Fictional' })).toBeVisible();
  await checkA11y(figure);
  await figure.goto('/en/sponsorships/unsponsored');
  await checkA11y(figure);

  // The neutral e-mail to the figure links to their public page.
  expect(await linkFromMail(contact, '/en/sponsorships/figures/')).toContain('/en/sponsorships/figures/greta-fictional');

  // The coordinators' figure forms: a new one, and a demo figure's with its sponsorships (end, hand over).
  await coordinator.goto('/en/sponsorships/manage');
  await coordinator.getByRole('link', { name: 'New public figure' }).click();
  await checkA11y(coordinator);
  await coordinator.goto('/en/sponsorships/figures/anna-beispiel/edit');
  await expect(coordinator.getByRole('heading', { name: 'Record a sponsorship' })).toBeVisible();
  await checkA11y(coordinator);

  // The link works once.
  await figure.goto(link.pathname + link.search);
  await expect(figure.getByRole('heading', { name: 'This invitation has been used' })).toBeVisible();
  await guest.close();
});
