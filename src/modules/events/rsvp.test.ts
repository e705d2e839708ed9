import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../tests/support/databases.ts';
import { linkIn, TestClient } from '../../../tests/support/client.ts';
import { signInStaff } from '../../../tests/support/staff.ts';
import { buildEvent, type EventBuild } from './events.builders.ts';
import { events, rsvps } from './events.tables.ts';

const tokenOf = (link: string) => new URL(link, 'http://x').searchParams.get('token')!;

describe.each(TEST_DB_KINDS)('RSVPs on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  const rows = () => db().select().from(rsvps);
  const eventRow = async (slug: string) => (await db().select().from(events).where(eq(events.slug, slug)))[0];

  beforeEach(async () => {
    t = await startTestApp(kind);
  });
  afterEach(() => t.close());

  const build = (opts: EventBuild = {}) => buildEvent(db(), { slug: 'picket', ...opts });

  /** Opens the event page as a browser does (a fresh submission id) and answers with a name and an address. */
  async function answer(c: TestClient, fields: Record<string, string> = {}, slug = 'picket') {
    const page = await c.get(`/en/events/${slug}`);
    const submissionId = page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1];
    return c.post(`/en/events/${slug}/rsvp`, { submissionId, name: 'Kasia', email: 'kasia@example.org', website: '', ...fields });
  }
  async function anonymous(c: TestClient, slug = 'picket') {
    await c.get(`/en/events/${slug}`);
    return c.post(`/en/events/${slug}/rsvp`, { anonymous: '1' });
  }
  async function mailTo(to: string, subject: string) {
    await t.drain();
    return (await t.outbox()).filter((m) => m.to === to && m.subject === subject);
  }
  async function confirm(c: TestClient, email: string) {
    const [mail] = await mailTo(email, 'Please confirm your answer');
    const link = linkIn(mail.text, '/en/events/rsvp/confirm?token=');
    await c.get(link);
    return { res: await c.post('/en/events/rsvp/confirm', { token: tokenOf(link) }), mail };
  }

  it('stores a sealed answer that holds a place, confirms it by e-mail with one button, and counts it', async () => {
    await build({ capacity: 10 });
    const c = new TestClient(t.app);
    const res = await answer(c);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/events/picket?answer=sent');
    expect((await c.get(res.headers.location!)).body).toContain('Please check your e-mail');

    const [row] = await rows();
    expect(row).toMatchObject({ state: 'unconfirmed', locale: 'en', reminderSentOn: null });
    expect(row.emailEnc).not.toContain('kasia');
    expect(row.nameEnc).not.toContain('Kasia');
    expect(t.deps.keys.decrypt(row.emailEnc!)).toBe('kasia@example.org');
    expect(t.deps.keys.decrypt(row.nameEnc)).toBe('Kasia');
    expect(row.emailHash).toBe(t.deps.keys.lookupHash('kasia@example.org'));
    expect(row.createdOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The place is held while waiting, but nobody is counted as coming yet.
    let page = (await c.get('/en/events/picket')).body;
    expect(page).toContain('9 places left');
    expect(page).toContain('Nobody has said they are coming yet.');

    // The link opens a page with a button; opening it changes nothing (mail scanners open links).
    const [mail] = await mailTo('kasia@example.org', 'Please confirm your answer');
    expect(mail.text).not.toContain('Kasia');
    expect(mail.text).not.toContain('Picket');
    const link = linkIn(mail.text, '/en/events/rsvp/confirm?token=');
    linkIn(mail.text, '/en/events/rsvp/cancel?token=');
    const opened = await c.get(link);
    expect(opened.body).toContain('Confirm that you are coming');
    expect((await rows())[0].state).toBe('unconfirmed');
    const confirmed = await c.post('/en/events/rsvp/confirm', { token: tokenOf(link) });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('your place is confirmed');
    expect((await rows())[0].state).toBe('going');
    await c.get(link);
    expect((await c.post('/en/events/rsvp/confirm', { token: tokenOf(link) })).body).toContain('This answer was confirmed already.');
    await c.get(link);
    expect((await c.post('/en/events/rsvp/confirm', { token: 'x'.repeat(43) })).statusCode).toBe(404);

    page = (await c.get('/en/events/picket')).body;
    expect(page).toContain('1 person is coming.');
    expect(page).toContain('9 places left');
    // Three days away: no reminder yet.
    expect(await mailTo('kasia@example.org', 'Reminder: see you soon')).toHaveLength(0);
  });

  it('waits for the organisers when the event asks for approval; they see names, never addresses; the person gets a neutral e-mail', async () => {
    await build({ approvalRequired: true });
    const c = new TestClient(t.app);
    expect((await c.get('/en/events/picket')).body).toContain('then the organisers confirm your place');
    await answer(c, { name: 'Kasia K.' });
    await answer(new TestClient(t.app), { name: 'Boris', email: 'boris@example.org' });
    expect((await confirm(c, 'kasia@example.org')).res.body).toContain('Waiting for the organisers');
    await confirm(c, 'boris@example.org');
    expect((await rows()).map((r) => r.state)).toEqual(['pending', 'pending']);
    expect((await c.get('/en/events/picket')).body).toContain('Nobody has said they are coming yet.');

    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    const list = await coordinator.get('/en/events/picket/rsvps');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Kasia K.');
    expect(list.body).toContain('Waiting for approval');
    expect(list.body).not.toContain('kasia@example.org');
    expect(list.body).not.toContain('boris@example.org');
    const kasia = (await rows()).find((r) => t.deps.keys.decrypt(r.nameEnc) === 'Kasia K.')!;
    const boris = (await rows()).find((r) => r.id !== kasia.id)!;
    const approved = await coordinator.post(`/en/events/picket/rsvps/${kasia.id}`, { decision: 'approve' });
    expect(approved.headers.location).toBe('/en/events/picket/rsvps?done=approved');
    await coordinator.get('/en/events/picket/rsvps');
    await coordinator.post(`/en/events/picket/rsvps/${boris.id}`, { decision: 'decline' });
    // Decided already: nothing changes.
    await coordinator.get('/en/events/picket/rsvps');
    expect((await coordinator.post(`/en/events/picket/rsvps/${kasia.id}`, { decision: 'decline' })).headers.location).toBe('/en/events/picket/rsvps?done=gone');

    expect(Object.fromEntries((await rows()).map((r) => [r.id, r.state]))).toEqual({ [kasia.id]: 'going', [boris.id]: 'declined' });
    const [yes] = await mailTo('kasia@example.org', 'Your place is confirmed');
    linkIn(yes.text, '/en/events/rsvp/cancel?token=');
    const [no] = await mailTo('boris@example.org', 'About your answer');
    for (const text of [yes.text, no.text]) for (const secret of ['Kasia', 'Boris', 'Picket']) expect(text).not.toContain(secret);
    expect((await c.get('/en/events/picket')).body).toContain('1 person is coming.');
  });

  it('gives the last place to one of two people answering at once, and tells the other it is full', async () => {
    await build({ capacity: 2 });
    const a = new TestClient(t.app);
    expect((await anonymous(a)).headers.location).toBe('/en/events/picket?answer=counted');
    // A full event's page has no form, so no CSRF field: keep this one (it is the session's).
    const csrf = a.csrf();
    const [b, c] = [new TestClient(t.app), new TestClient(t.app)];
    const forms = await Promise.all(
      [b, c].map(async (client, i) => {
        const page = await client.get('/en/events/picket');
        return { client, form: { submissionId: page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1], name: `P${i}`, email: `p${i}@example.org` } };
      }),
    );
    const answers = await Promise.all(forms.map(({ client, form }) => client.post('/en/events/picket/rsvp', form)));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([303, 400]);
    const refused = answers.find((r) => r.statusCode === 400)!;
    expect(refused.body).toContain('Sorry, there are no places left at this event.');
    expect(await rows()).toHaveLength(1);
    // Full: no form, and the anonymous button is refused too.
    const page = await a.get('/en/events/picket');
    expect(page.body).toContain('This event is full: there are no places left.');
    expect(page.body).not.toContain('name="submissionId"');
    const late = await a.post('/en/events/picket/rsvp', { anonymous: '1' }, { csrf });
    expect(late.statusCode).toBe(400);
    expect((await eventRow('picket')).anonymousCount).toBe(1);

    // Cancelling with the private link frees the place.
    const holder = (await rows())[0];
    const email = t.deps.keys.decrypt(holder.emailEnc!);
    const [mail] = await mailTo(email, 'Please confirm your answer');
    const cancel = linkIn(mail.text, '/en/events/rsvp/cancel?token=');
    const opened = await a.get(cancel);
    expect(opened.body).toContain('Cancel your place');
    expect((await rows())[0].state).toBe('unconfirmed');
    const done = await a.post('/en/events/rsvp/cancel', { token: tokenOf(cancel) }, { csrf });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('your place is free for someone else');
    expect((await rows())[0].state).toBe('cancelled');
    expect((await a.get('/en/events/picket')).body).toContain('1 place left');
    expect((await a.post('/en/events/rsvp/cancel', { token: tokenOf(cancel) }, { csrf })).body).toContain('Already cancelled');
    expect((await anonymous(a)).statusCode).toBe(303);
    expect((await eventRow('picket')).anonymousCount).toBe(2);
  });

  it('takes no second place and sends no second e-mail for an address that answers twice, with the same neutral page', async () => {
    await build({ capacity: 5 });
    const c = new TestClient(t.app);
    await answer(c);
    await confirm(c, 'kasia@example.org');
    const again = await answer(new TestClient(t.app), { name: 'Someone else', email: 'KASIA@example.org' });
    expect(again.headers.location).toBe('/en/events/picket?answer=sent');
    expect(await rows()).toHaveLength(1);
    expect(t.deps.keys.decrypt((await rows())[0].nameEnc)).toBe('Kasia');
    expect(await mailTo('kasia@example.org', 'Please confirm your answer')).toHaveLength(1);
    expect((await c.get('/en/events/picket')).body).toContain('4 places left');

    // The same form sent twice (a double click): one answer, one e-mail.
    const page = await c.get('/en/events/picket');
    const form = { submissionId: page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1], name: 'Jan', email: 'jan@example.org' };
    expect((await c.post('/en/events/picket/rsvp', form)).statusCode).toBe(303);
    await c.get('/en/events/picket');
    expect((await c.post('/en/events/picket/rsvp', form)).statusCode).toBe(303);
    expect(await rows()).toHaveLength(2);
    expect(await mailTo('jan@example.org', 'Please confirm your answer')).toHaveLength(1);
  });

  it('counts the anonymous "I will come" as a number only, within a budget per event', async () => {
    await build();
    const c = new TestClient(t.app);
    await c.get('/en/events/picket');
    for (let i = 0; i < 60; i++) expect((await c.post('/en/events/picket/rsvp', { anonymous: '1' })).statusCode).toBe(303);
    expect(await rows()).toHaveLength(0);
    expect((await eventRow('picket')).anonymousCount).toBe(60);
    const refused = await anonymous(c);
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('Too many answers have been sent in a short time.');
    expect((await eventRow('picket')).anonymousCount).toBe(60);
    expect((await c.get('/en/events/picket')).body).toContain('60 people are coming.');
    // Another event has its own budget.
    await build({ slug: 'concert' });
    expect((await anonymous(c, 'concert')).statusCode).toBe(303);
  });

  it('answers bad input with the same page, a clear message and status 400, and changes nothing; a bot is thanked and ignored', async () => {
    await build();
    const c = new TestClient(t.app);
    for (const [fields, message] of [
      [{ name: '' }, 'Enter your name or a pseudonym.'],
      [{ email: 'not-an-address' }, 'Enter an e-mail address like name@example.org.'],
      [{ name: 'x'.repeat(81) }, 'Use at most 80 characters.'],
      [{ submissionId: 'nope' }, 'This form has expired. Please send it again.'],
    ] as const) {
      const res = await answer(c, fields);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(message);
    }
    expect((await answer(c, { website: 'http://spam.example' })).headers.location).toBe('/en/events/picket?answer=sent');
    expect(await rows()).toHaveLength(0);
    await t.drain();
    expect(await t.outbox()).toHaveLength(0);
    // An unknown event and a draft are 404 to visitors.
    expect((await c.get('/en/events/nothing-here')).statusCode).toBe(404);
    await build({ slug: 'secret-draft', state: 'draft' });
    expect((await c.get('/en/events/secret-draft')).statusCode).toBe(404);
    await c.get('/en/events/picket');
    expect((await c.post('/en/events/secret-draft/rsvp', { anonymous: '1' })).statusCode).toBe(404);
  });

  it('takes no answers for a cancelled or started event', async () => {
    await build({ state: 'cancelled' });
    await build({ slug: 'started', startsAt: new Date(Date.now() - 600_000) });
    await build({ slug: 'open' });
    const c = new TestClient(t.app);
    const page = await c.get('/en/events/picket');
    expect(page.body).toContain('This event is cancelled.');
    expect(page.body).not.toContain('name="submissionId"');
    for (const slug of ['picket', 'started']) {
      // Their pages have no form (and so no CSRF field): take the session's token from an open event's page.
      await c.get('/en/events/open');
      const res = await c.post(`/en/events/${slug}/rsvp`, { anonymous: '1' });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('This event no longer takes answers.');
    }
    expect((await eventRow('picket')).anonymousCount).toBe(0);
  });
});
