import fs from 'node:fs';
import { instantToLocal } from '../../src/modules/events/time.ts';
import { expect, test } from './fixtures.ts';
import { linkFromMail } from './mail-sink.ts';
import { staffPage } from './staff.ts';

/** "YYYY-MM-DD HH:MM" in Warsaw, `hours` from now: what an organiser types. */
const warsawIn = (hours: number) => instantToLocal(new Date(Date.now() + hours * 3600_000), 'Europe/Warsaw').replace('T', ' ');

// Runs in the JavaScript-off project only (playwright.config.ts).
test('an event: an organiser creates it, a visitor answers by e-mail, confirms, is counted, gets the reminder, downloads the .ics', async ({ page, browser, baseURL, checkA11y }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const slug = `picket-${stamp}`;
  const title = `Picket at the embassy ${stamp}`;
  const email = `picket-${stamp}@example.org`;

  // The demo events are listed, with the calendar feed.
  await page.goto('/en/events');
  await expect(page.getByRole('heading', { level: 1, name: 'Solidarity events' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Letter-writing evening' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Subscribe to all events/ })).toHaveAttribute('href', '/en/events.ics');
  await checkA11y();

  // An organiser creates the event through the pages, starting in about 23 hours.
  const coordinator = await staffPage(browser, baseURL!, 'coordinator@demo.invalid');
  await coordinator.goto('/en/events/manage');
  await checkA11y(coordinator);
  await coordinator.getByRole('link', { name: 'New event' }).click();
  await checkA11y(coordinator);
  await coordinator.getByLabel('Address of the event page').fill(slug);
  await coordinator.getByLabel('Time zone of the place').fill('Europe/Warsaw');
  await coordinator.getByLabel('Starts').fill(warsawIn(23));
  await coordinator.getByLabel('Ends').fill(warsawIn(25));
  await coordinator.getByLabel('Place', { exact: true }).fill('In front of the Embassy of Freedonia');
  await coordinator.getByLabel('Organiser', { exact: true }).fill('E2E Diaspora Circle');
  await coordinator.getByLabel('Number of places (optional)').fill('20');
  await coordinator.getByRole('button', { name: 'Save' }).click();
  await expect(coordinator.getByText('The event is created as a draft.')).toBeVisible();
  await checkA11y(coordinator);
  await coordinator.getByRole('link', { name: 'English' }).last().click();
  await checkA11y(coordinator);
  await coordinator.getByLabel('Title').fill(title);
  await coordinator.getByLabel('Description').fill('We stand for an hour with the names of the prisoners.');
  await coordinator.getByRole('button', { name: 'Save' }).click();
  await expect(coordinator.getByText('The text is saved.')).toBeVisible();
  await coordinator.getByRole('button', { name: 'Publish' }).click();
  await expect(coordinator.getByText('The event is published.')).toBeVisible();
  await coordinator.getByRole('link', { name: 'Report photos' }).click();
  await checkA11y(coordinator);

  // A visitor without an account answers with a name and an address.
  await page.goto('/en/events');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('(Europe/Warsaw)')).toBeVisible();
  await expect(page.getByText('20 places left')).toBeVisible();
  await checkA11y();
  await page.getByLabel('Your name or a pseudonym').fill(`Kasia ${stamp}`);
  await page.getByLabel('Your e-mail address').fill(email);
  await page.getByRole('button', { name: "I'll come", exact: true }).click();
  await expect(page.getByText('Please check your e-mail')).toBeVisible();
  await checkA11y();

  // The e-mailed link opens a page with one button.
  await page.goto(await linkFromMail(email, '/en/events/rsvp/confirm'));
  await checkA11y();
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'You are coming' })).toBeVisible();
  await checkA11y();
  await page.goto(`/en/events/${slug}`);
  await expect(page.getByText('1 person is coming.')).toBeVisible();

  // Less than a day before the start, the reminder comes at once, with the calendar file and the cancel link.
  const icsLink = await linkFromMail(email, `/en/events/${slug}.ics`);
  expect(icsLink).toBe(`/en/events/${slug}.ics`);
  const cancelLink = await linkFromMail(email, '/en/events/rsvp/cancel');

  // The organisers see the name, never the address.
  await coordinator.goto(`/en/events/${slug}/rsvps`);
  await expect(coordinator.getByText(`Kasia ${stamp}`)).toBeVisible();
  await expect(coordinator.getByText(email)).toHaveCount(0);
  await checkA11y(coordinator);

  // The .ics from the event page holds the event.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Add to my calendar (.ics file)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${slug}.ics`);
  const ics = fs.readFileSync((await download.path())!, 'utf8');
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  expect(ics).toContain('\r\nBEGIN:VEVENT\r\n');
  expect(unfolded).toContain(`SUMMARY:${title}`);
  expect(unfolded).toContain(`URL:${baseURL}/en/events/${slug}`);
  expect(unfolded).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  expect(unfolded).toContain('STATUS:CONFIRMED');

  // The private link cancels the place.
  await page.goto(cancelLink);
  await checkA11y();
  await page.getByRole('button', { name: 'Cancel my place' }).click();
  await expect(page.getByRole('heading', { name: 'Your place is cancelled' })).toBeVisible();
  await checkA11y();
  await page.goto(`/en/events/${slug}`);
  await expect(page.getByText('Nobody has said they are coming yet.')).toBeVisible();
  await expect(page.getByText('20 places left')).toBeVisible();
});
