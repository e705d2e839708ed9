import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../tests/support/databases.ts';
import { linkIn, TestClient } from '../../../tests/support/client.ts';
import { buildEvent } from './events.builders.ts';
import { eventsMaintenance } from './events.maintenance.ts';
import { events, rsvps } from './events.tables.ts';
import { localToInstant } from './time.ts';

const HOUR = 3600_000;
const tokenOf = (link: string) => new URL(link, 'http://x').searchParams.get('token')!;

describe.each(TEST_DB_KINDS)('event reminders and clean-up on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  const rows = () => db().select().from(rsvps);

  beforeEach(async () => {
    t = await startTestApp(kind);
  });
  afterEach(() => t.close());

  /** Answers with an address and confirms through the e-mailed link, as a person does. */
  async function going(email: string, slug = 'picket') {
    const c = new TestClient(t.app);
    const page = await c.get(`/en/events/${slug}`);
    const submissionId = page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1];
    await c.post(`/en/events/${slug}/rsvp`, { submissionId, name: 'Kasia', email });
    await t.drain();
    const mail = (await t.outbox()).find((m) => m.to === email && m.subject === 'Please confirm your answer')!;
    const link = linkIn(mail.text, '/en/events/rsvp/confirm?token=');
    await c.get(link);
    await c.post('/en/events/rsvp/confirm', { token: tokenOf(link) });
    return c;
  }
  const reminders = async (to?: string) => {
    await t.drain();
    return (await t.outbox()).filter((m) => m.subject === 'Reminder: see you soon' && (!to || m.to === to));
  };

  it('sends each person going one reminder about a day before the start, with the time in the event zone, the place and both links', async () => {
    const now = new Date();
    // 14:00 in New York on a day about 30 hours from now.
    const day = new Date(now.getTime() + 30 * HOUR);
    const startsAt = localToInstant(`${day.toISOString().slice(0, 10)}T14:00`, 'America/New_York')!;
    await buildEvent(db(), { slug: 'picket', timeZone: 'America/New_York', startsAt, place: 'Before the consulate', address: '10 Example Plaza' });
    await going('kasia@example.org');
    expect((await rows())[0].state).toBe('going');

    // More than a day before: nothing.
    await eventsMaintenance(t.deps, new Date(startsAt.getTime() - 25 * HOUR));
    expect(await reminders()).toHaveLength(0);
    // Within the day: one reminder, and the answer says so.
    const due = new Date(startsAt.getTime() - 23.9 * HOUR);
    await eventsMaintenance(t.deps, due);
    const [mail] = await reminders('kasia@example.org');
    expect(mail).toBeDefined();
    expect((await rows())[0].reminderSentOn).toBe(due.toISOString().slice(0, 10));
    expect(mail.text).toMatch(/When: .*2:00\s–\s4:00\sPM \(America\/New_York\)/);
    expect(mail.text).toContain('Where: Before the consulate, 10 Example Plaza');
    linkIn(mail.text, '/en/events/picket.ics');
    const cancel = linkIn(mail.text, '/en/events/rsvp/cancel?token=');
    expect(mail.text).not.toContain('Kasia');

    // Again, later, and twice at once: never a second one.
    await eventsMaintenance(t.deps, new Date(startsAt.getTime() - 2 * HOUR));
    await Promise.all([eventsMaintenance(t.deps, new Date(startsAt.getTime() - HOUR)), eventsMaintenance(t.deps, new Date(startsAt.getTime() - HOUR))]);
    expect(await reminders()).toHaveLength(1);

    // The reminder's cancel link works.
    const c = new TestClient(t.app);
    await c.get(cancel);
    expect((await c.post('/en/events/rsvp/cancel', { token: tokenOf(cancel) })).statusCode).toBe(200);
    expect((await rows())[0].state).toBe('cancelled');
  });

  it('sends no reminder once the event has started, nor for a cancelled event', async () => {
    const startsAt = new Date(Date.now() + 5 * 86_400_000);
    await buildEvent(db(), { slug: 'picket', startsAt });
    await buildEvent(db(), { slug: 'called-off', startsAt: new Date(startsAt.getTime() + 2 * HOUR) });
    await going('kasia@example.org');
    await going('jan@example.org', 'called-off');
    await db().update(events).set({ state: 'cancelled' }).where(eq(events.slug, 'called-off'));
    // One minute after the first started, an hour before the cancelled one would have.
    await eventsMaintenance(t.deps, new Date(startsAt.getTime() + 60_000));
    const sent = await reminders();
    expect(sent.map((m) => m.to)).toEqual([]);
  });

  it('reminds at once someone who confirms less than a day before the start', async () => {
    await buildEvent(db(), { slug: 'picket', startsAt: new Date(Date.now() + 5 * HOUR) });
    await going('late@example.org');
    expect(await reminders('late@example.org')).toHaveLength(1);
    await eventsMaintenance(t.deps, new Date());
    expect(await reminders('late@example.org')).toHaveLength(1);
  });

  it('lets unconfirmed answers expire after 48 hours, freeing their places', async () => {
    await buildEvent(db(), { slug: 'picket', capacity: 1, startsAt: new Date(Date.now() + 10 * 86_400_000) });
    const c = new TestClient(t.app);
    const page = await c.get('/en/events/picket');
    await c.post('/en/events/picket/rsvp', { submissionId: page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1], name: 'Kasia', email: 'kasia@example.org' });
    expect((await c.get('/en/events/picket')).body).toContain('This event is full');
    await eventsMaintenance(t.deps, new Date(Date.now() + 47 * HOUR));
    expect(await rows()).toHaveLength(1);
    await eventsMaintenance(t.deps, new Date(Date.now() + 49 * HOUR));
    expect(await rows()).toHaveLength(0);
    expect((await c.get('/en/events/picket')).body).toContain('1 place left');
  });

  it('deletes the addresses and names after the event and keeps the counts', async () => {
    const startsAt = new Date(Date.now() + 2 * 86_400_000);
    await buildEvent(db(), { slug: 'picket', startsAt });
    await going('kasia@example.org');
    await going('jan@example.org');
    const before = await rows();
    // During the event nothing is deleted.
    await eventsMaintenance(t.deps, new Date(startsAt.getTime() + HOUR));
    expect((await rows()).every((r) => r.emailEnc !== null)).toBe(true);
    await eventsMaintenance(t.deps, new Date(startsAt.getTime() + 3 * HOUR));
    const after = await rows();
    expect(after).toHaveLength(2);
    for (const r of after) {
      expect(r).toMatchObject({ state: 'going', emailEnc: null, nameEnc: '', cancelTokenHash: null, confirmTokenHash: null });
      expect(r.emailHash).toBe(`forgotten:${r.id}`);
      expect(before.map((b) => b.emailHash)).not.toContain(r.emailHash);
    }
    await db().update(events).set({ startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - HOUR) }).where(eq(events.slug, 'picket'));
    expect((await new TestClient(t.app).get('/en/events/picket')).body).toContain('2 people are coming.');
    // A second run changes nothing more.
    await eventsMaintenance(t.deps, new Date(startsAt.getTime() + 4 * HOUR));
    expect(await rows()).toEqual(after);
  });
});
