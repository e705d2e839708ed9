import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../tests/support/databases.ts';
import { linkIn, TestClient } from '../../../tests/support/client.ts';
import { signInStaff } from '../../../tests/support/staff.ts';
import { buildCampaign } from '../campaigns/core/core.builders.ts';
import { buildEvent, seedEventsDemo } from './events.builders.ts';
import { eventsMaintenance } from './events.maintenance.ts';
import { parseCalendar, unescapeText } from './events.fixtures.ts';
import { eventPhotos, events, eventTexts, rsvps } from './events.tables.ts';

const NEXT_YEAR = new Date().getUTCFullYear() + 1;
const FORM = {
  slug: 'Picket-Embassy',
  originalLang: 'en',
  timeZone: 'europe/warsaw',
  startsLocal: `${NEXT_YEAR}-07-01 14:00`,
  endsLocal: `${NEXT_YEAR}-07-01 16:30`,
  place: 'In front of the embassy',
  address: '1 Example Street, Warsaw',
  organiser: 'Example Diaspora Circle',
  capacity: '',
  campaign: '',
};

describe.each(TEST_DB_KINDS)('organisers manage events on %s', (kind) => {
  let t: TestApp;
  let coordinator: TestClient;
  const db = () => t.deps.database.db;
  const eventRows = () => db().select().from(events);

  beforeEach(async () => {
    t = await startTestApp(kind);
    coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
  });
  afterEach(() => t.close());

  async function create(fields: Record<string, string> = {}) {
    await coordinator.get('/en/events/manage/new');
    return coordinator.post('/en/events/manage/new', { ...FORM, ...fields });
  }
  async function saveText(slug: string, lang: string, fields: Record<string, string>) {
    await coordinator.get(`/en/events/manage/${slug}/text/${lang}`);
    return coordinator.post(`/en/events/manage/${slug}/text/${lang}`, { translatedFrom: '', report: '', ...fields });
  }
  const ics = async (path: string) => parseCalendar((await new TestClient(t.app).get(path)).body);

  it('creates an event from local times in its zone, publishes it with its texts, and bumps the calendar sequence on each change', async () => {
    const created = await create();
    expect(created.headers.location).toBe('/en/events/manage/picket-embassy?done=created');
    const [row] = await eventRows();
    expect(row).toMatchObject({ slug: 'picket-embassy', state: 'draft', timeZone: 'Europe/Warsaw', capacity: null, approvalRequired: false, sequence: 0 });
    // 14:00 in Warsaw in July (CEST, UTC+2) is 12:00 UTC.
    expect(row.startsAt.toISOString()).toBe(`${NEXT_YEAR}-07-01T12:00:00.000Z`);
    expect(row.endsAt.toISOString()).toBe(`${NEXT_YEAR}-07-01T14:30:00.000Z`);
    // The form shows the same wall-clock time back.
    expect((await coordinator.get('/en/events/manage/picket-embassy')).body).toContain(`value="${NEXT_YEAR}-07-01T14:00"`);

    const visitor = new TestClient(t.app);
    expect((await visitor.get('/en/events/picket-embassy')).statusCode).toBe(404);
    expect((await visitor.get('/en/events/picket-embassy.ics')).statusCode).toBe(404);
    expect((await coordinator.get('/en/events/picket-embassy')).body).toContain('This is a draft');

    await coordinator.get('/en/events/manage/picket-embassy');
    const early = await coordinator.post('/en/events/manage/picket-embassy/publish', {});
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('Write the text in the original language before publishing.');
    expect((await eventRows())[0].state).toBe('draft');

    expect((await saveText('picket-embassy', 'en', { title: 'Picket for the prisoners', description: 'We stand for an hour.\n\nBring a candle.' })).statusCode).toBe(303);
    await saveText('picket-embassy', 'pl', { title: 'Pikieta dla więźniów', description: 'Stoimy godzinę.', translatedFrom: 'en' });
    await coordinator.get('/en/events/manage/picket-embassy');
    expect((await coordinator.post('/en/events/manage/picket-embassy/publish', {})).headers.location).toBe('/en/events/manage/picket-embassy?done=published');

    const polish = (await visitor.get('/pl/events/picket-embassy')).body;
    expect(polish).toContain('<h1 lang="pl">Pikieta dla więźniów</h1>');
    expect(polish).toContain('Tłumaczenie, język oryginału: angielski.');
    expect(polish).toMatch(/lip \d{4}, 14:00–16:30 \(Europe\/Warsaw\)/);
    const german = (await visitor.get('/de/events')).body;
    expect(german).toContain('lang="en">Picket for the prisoners</a>');
    expect(german).toMatch(/14:00–16:30 Uhr \(Europe\/Warsaw\)/);
    expect((await visitor.get('/de/events/picket-embassy')).body).toContain('In der Originalsprache (Englisch) angezeigt');

    const before = (await eventRows())[0].sequence;
    await coordinator.get('/en/events/manage/picket-embassy');
    expect((await coordinator.post('/en/events/manage/picket-embassy', { ...FORM, slug: 'picket-embassy', timeZone: 'America/New_York', capacity: '30', approvalRequired: 'on' })).statusCode).toBe(303);
    const moved = (await eventRows())[0];
    expect(moved).toMatchObject({ timeZone: 'America/New_York', capacity: 30, approvalRequired: true });
    expect(moved.startsAt.toISOString()).toBe(`${NEXT_YEAR}-07-01T18:00:00.000Z`);
    expect(moved.sequence).toBeGreaterThan(before);
    const [ev] = await ics('/en/events/picket-embassy.ics');
    expect(ev).toMatchObject({ DTSTART: `${NEXT_YEAR}0701T180000Z`, DTEND: `${NEXT_YEAR}0701T203000Z`, SEQUENCE: String(moved.sequence), STATUS: 'CONFIRMED' });
    expect(unescapeText(ev.SUMMARY)).toBe('Picket for the prisoners');
    expect(unescapeText(ev.LOCATION)).toBe('In front of the embassy, 1 Example Street, Warsaw');
  });

  it('answers bad input with the same form, a clear message and status 400, and changes nothing', async () => {
    await create();
    await buildEvent(db(), { slug: 'taken' });
    const before = await eventRows();
    const cases: [Record<string, string>, string][] = [
      [{ endsLocal: `${NEXT_YEAR}-07-01 13:00` }, 'The end must be after the start.'],
      [{ timeZone: 'Mars/Olympus' }, 'Enter a time zone name such as Europe/Warsaw.'],
      [{ startsLocal: `${NEXT_YEAR}-02-30 10:00` }, 'Enter the start as YYYY-MM-DD HH:MM.'],
      [{ capacity: '0' }, 'Enter a whole number of places from 1, or leave it empty.'],
      [{ capacity: 'many' }, 'Enter a whole number of places from 1, or leave it empty.'],
      [{ slug: 'manage' }, 'Use lower-case letters, digits and hyphens only'],
      [{ slug: 'taken' }, 'Another event already has this address.'],
      [{ campaign: 'no-such-campaign' }, 'There is no campaign with this address.'],
      [{ place: '' }, 'Enter the place.'],
    ];
    for (const [fields, message] of cases) {
      await coordinator.get('/en/events/manage/picket-embassy');
      const res = await coordinator.post('/en/events/manage/picket-embassy', { ...FORM, slug: 'picket-embassy', ...fields });
      expect(res.statusCode, message).toBe(400);
      expect(res.body, message).toContain(message);
      expect(res.body).toContain('aria-invalid="true"');
    }
    const fresh = await create({ slug: 'new-one', endsLocal: `${NEXT_YEAR}-06-30 10:00` });
    expect(fresh.statusCode).toBe(400);
    expect(await eventRows()).toEqual(before);
    const text = await saveText('picket-embassy', 'en', { title: '', description: 'x', translatedFrom: 'en' });
    expect(text.statusCode).toBe(400);
    expect(text.body).toContain('Enter the title.');
    expect(text.body).toContain('A text cannot be translated from its own language.');
    expect(await db().select().from(eventTexts)).toHaveLength(1); // the builder's, for "taken"
  });

  it('cancels an event: those coming get a neutral e-mail, the page and the calendars say so', async () => {
    await buildEvent(db(), { slug: 'picket' });
    const c = new TestClient(t.app);
    const page = await c.get('/en/events/picket');
    await c.post('/en/events/picket/rsvp', { submissionId: page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1], name: 'Kasia', email: 'kasia@example.org' });
    await t.drain();
    const link = linkIn((await t.outbox())[0].text, '/en/events/rsvp/confirm?token=');
    await c.get(link);
    await c.post('/en/events/rsvp/confirm', { token: new URL(link, 'http://x').searchParams.get('token')! });
    const sequence = (await eventRows())[0].sequence;

    await coordinator.get('/en/events/manage/picket');
    expect((await coordinator.post('/en/events/manage/picket/cancel', {})).headers.location).toBe('/en/events/manage/picket?done=cancelled');
    await coordinator.get('/en/events/manage/picket');
    await coordinator.post('/en/events/manage/picket/cancel', {});
    await t.drain();
    const told = (await t.outbox()).filter((m) => m.subject === 'An event has been cancelled');
    expect(told.map((m) => m.to)).toEqual(['kasia@example.org']);
    expect(told[0].text).not.toContain('Picket');
    expect(told[0].text).toContain('(Europe/Warsaw)');

    expect((await c.get('/en/events/picket')).body).toContain('This event is cancelled.');
    expect((await c.get('/en/events')).body).toContain('Cancelled');
    const [ev] = await ics('/en/events/picket.ics');
    expect(ev.STATUS).toBe('CANCELLED');
    expect(Number(ev.SEQUENCE)).toBe(sequence + 1);
    expect((await db().select().from(rsvps).where(eq(rsvps.eventId, (await eventRows())[0].id)))[0].state).toBe('going');
  });

  it('lists upcoming events soonest first and past ones apart, and feeds public events of the last 30 days on to a calendar', async () => {
    const day = 86_400_000;
    await buildEvent(db(), { slug: 'later', startsAt: new Date(Date.now() + 9 * day), texts: [{ lang: 'en', title: 'Later event', description: 'd' }] });
    await buildEvent(db(), { slug: 'sooner', startsAt: new Date(Date.now() + 2 * day), texts: [{ lang: 'en', title: 'Sooner event', description: 'd' }] });
    await buildEvent(db(), { slug: 'recent', startsAt: new Date(Date.now() - 5 * day), texts: [{ lang: 'en', title: 'Recent event', description: 'd', report: 'It went well.' }] });
    await buildEvent(db(), { slug: 'long-ago', startsAt: new Date(Date.now() - 60 * day), texts: [{ lang: 'en', title: 'Long ago event', description: 'd' }] });
    await buildEvent(db(), { slug: 'hidden', state: 'draft', texts: [{ lang: 'en', title: 'Hidden draft', description: 'd' }] });
    const list = (await new TestClient(t.app).get('/en/events')).body;
    const [upcoming, past] = list.split('id="past"');
    expect(upcoming.indexOf('Sooner event')).toBeLessThan(upcoming.indexOf('Later event'));
    expect(upcoming).not.toContain('Recent event');
    expect(past).toMatch(/Recent event.*Report/s);
    expect(past).toContain('Long ago event');
    expect(list).not.toContain('Hidden draft');
    expect(list).toContain('href="/en/events.ics"');

    const feed = await ics('/en/events.ics');
    expect(feed.map((e) => unescapeText(e.SUMMARY))).toEqual(['Recent event', 'Sooner event', 'Later event']);
    expect((await new TestClient(t.app).get('/en/events/recent')).body).toContain('It went well.');
  });

  it('links an event to a published campaign by its address', async () => {
    await buildCampaign(db(), { slug: 'free-them-all', kind: 'open_letter', state: 'open', texts: { en: { title: 'Free them all' } } });
    await create({ campaign: 'free-them-all' });
    await saveText('picket-embassy', 'en', { title: 'Picket', description: 'd' });
    await coordinator.get('/en/events/manage/picket-embassy');
    await coordinator.post('/en/events/manage/picket-embassy/publish', {});
    expect((await new TestClient(t.app).get('/en/events/picket-embassy')).body).toContain('href="/en/campaigns/free-them-all"');
    expect((await coordinator.get('/en/events/manage/picket-embassy')).body).toContain('value="free-them-all"');
  });

  it('seeds invented demo events, whose report picture the periodic work makes and serves', async () => {
    await seedEventsDemo(db(), t.deps.keys);
    const rows = await eventRows();
    expect(rows.filter((e) => e.startsAt > new Date())).toHaveLength(3);
    expect(rows.some((e) => e.approvalRequired) && rows.some((e) => e.capacity !== null && e.capacity <= 10)).toBe(true);
    const [photo] = await db().select().from(eventPhotos);
    await eventsMaintenance(t.deps, new Date());
    const visitor = new TestClient(t.app);
    const page = (await visitor.get('/en/events/demo-postcard-marathon')).body;
    expect(page).toContain('Thirty-one people came');
    const served = await visitor.get(`/media/events/${photo.id}/${photo.thumbKey.slice('events/'.length)}`);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect((await visitor.get('/en/events')).body).toMatch(/Postcard marathon.*Report/s);
  });
});
