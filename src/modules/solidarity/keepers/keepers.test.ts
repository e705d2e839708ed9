import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff, signInSupporter } from '../../../../tests/support/staff.ts';
import { addDays, formatIsoDate, todayIso } from '../../registry/registry.present.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { keepers } from './keepers.tables.ts';

const RELEASE = addDays(todayIso(), 400);

describe.each(TEST_DB_KINDS)('keepers on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  const rows = () => db().select().from(keepers);

  async function start(max = 2) {
    t = await startTestApp(kind, { env: { KEEPERS_MAX_PER_PERSON: String(max) } });
    await savePerson(db(), { nameLatin: 'Andrei Ivanou', nameRu: 'Иванов Андрей', status: 'current', country: 'BY', birth: { year: 1980, month: 5, day: 17 }, releaseExpectedOn: RELEASE }, { importLabel: 'test' });
    await savePerson(db(), { nameLatin: 'Maria Nikto', status: 'current', country: 'BY' }, { importLabel: 'test' });
    await savePerson(db(), { nameLatin: 'Olga Freed', status: 'released', country: 'BY' }, { importLabel: 'test' });
  }
  afterEach(() => t.close());

  const signIn = (email: string) => signInSupporter(t, email);

  async function ask(c: TestClient, pseudonym: string, slug = 'andrei-ivanou', note = '') {
    await c.get(`/en/keepers/new?to=${slug}`);
    return c.post(`/en/keepers/new?to=${slug}`, { pseudonym, note });
  }

  /** The coordinators' page's decision buttons for a volunteer's request. */
  async function decide(coordinator: TestClient, pseudonym: string, decision: 'approve' | 'refuse') {
    const [row] = (await rows()).filter((r) => r.pseudonym === pseudonym && r.state === 'requested');
    await coordinator.get('/en/keepers');
    return coordinator.post('/en/keepers/decide', { id: row.id, decision });
  }

  it('a request approved by a coordinator opens the keeper page to the keeper and to nobody else but coordinators', async () => {
    await start();
    const anna = await signIn('anna@example.org');
    const asked = await ask(anna, 'Anna K.', 'andrei-ivanou', 'I write in Russian every week.');
    expect(asked.statusCode).toBe(303);
    expect(asked.headers.location).toBe('/en/keepers/mine?requested=1');
    expect((await anna.get('/en/keepers/mine?requested=1')).body).toContain('Asked, waiting for a coordinator');
    // Not yet a keeper: the page does not exist for her.
    expect((await anna.get('/en/keepers/andrei-ivanou')).statusCode).toBe(404);

    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    const list = await coordinator.get('/en/keepers');
    expect(list.body).toContain('Anna K.');
    expect(list.body).toContain('anna@example.org'); // coordinators see the account's e-mail
    expect(list.body).toContain('I write in Russian every week.');
    const approved = await decide(coordinator, 'Anna K.', 'approve');
    expect(approved.headers.location).toBe('/en/keepers?done=approved');
    expect((await rows())[0]).toMatchObject({ state: 'active', startedOn: expect.any(String) });

    await t.drain();
    const mails = (await t.outbox()).filter((m) => m.to === 'anna@example.org');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('News about your request');
    expect(mails[0].text).toContain('/en/keepers/mine');
    expect(mails[0].text).not.toContain('Andrei');

    const page = await anna.get('/en/keepers/andrei-ivanou');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Keeping Andrei Ivanou');
    expect(page.body).toContain('Letters to this person');
    expect(page.body).toContain('Next birthday');
    expect(page.body).toMatch(/<dt>Next birthday<\/dt><dd>May 17, \d{4} \(turns \d+\)<\/dd>/);
    expect(page.body).toContain(`<dt>Expected release</dt><dd>${formatIsoDate('en', RELEASE)}</dd>`);
    expect(page.body).toContain('Anna K.');
    expect(page.body).not.toContain('anna@example.org'); // keepers never see e-mails, not even their own row's
    expect((await coordinator.get('/en/keepers/andrei-ivanou')).body).toContain('anna@example.org');

    const boris = await signIn('boris@example.org');
    expect((await boris.get('/en/keepers/andrei-ivanou')).statusCode).toBe(404);
    const anonymous = await new TestClient(t.app).get('/en/keepers/andrei-ivanou');
    expect(anonymous.statusCode).toBe(303);

    // The public person page shows a count, never the keeper's name; the keeper sees a link to their page.
    const publicPage = await new TestClient(t.app).get('/en/people/andrei-ivanou');
    expect(publicPage.body).toContain('This person has 1 keeper.');
    expect(publicPage.body).not.toContain('Anna K.');
    expect((await anna.get('/en/people/andrei-ivanou')).body).toContain('href="/en/keepers/andrei-ivanou"');
    expect((await boris.get('/en/people/andrei-ivanou')).body).toContain('href="/en/keepers/new?to=andrei-ivanou"');
  });

  it('refuses a request beyond the maximum, and an approval that would pass it, even two at once', async () => {
    await start(1);
    const anna = await signIn('anna@example.org');
    const boris = await signIn('boris@example.org');
    const clara = await signIn('clara@example.org');
    await ask(anna, 'Anna');
    await ask(boris, 'Boris');
    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    const second = await signInStaff(t, 'coordinator2@example.org', ['coordinator']);
    await second.get('/en/keepers');
    const [a, b] = ['Anna', 'Boris'].map((p) => async () => decide(p === 'Anna' ? coordinator : second, p, 'approve'));
    const answers = await Promise.all([a(), b()]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([303, 400]);
    expect((await rows()).filter((r) => r.state === 'active')).toHaveLength(1);
    const refused = answers.find((r) => r.statusCode === 400)!;
    expect(refused.body).toContain('Not approved: this person already has the maximum number of keepers.');

    // Full: a new request is refused with a clear message and nothing is stored.
    expect((await clara.get('/en/keepers/new?to=andrei-ivanou')).body).toContain('already has as many keepers as we allow');
    const late = await clara.post('/en/keepers/new?to=andrei-ivanou', { pseudonym: 'Clara', note: '' });
    expect(late.statusCode).toBe(400);
    expect(late.body).toContain('already has as many keepers as we allow');
    expect(await rows()).toHaveLength(2);

    // Asking twice for the same person stores one request.
    await ask(clara, 'Clara', 'maria-nikto');
    const twice = await ask(clara, 'Clara', 'maria-nikto');
    expect(twice.statusCode).toBe(400);
    expect(twice.body).toContain('You have already asked to keep this person');
    expect((await rows()).filter((r) => r.pseudonym === 'Clara')).toHaveLength(1);

    // Bad input: the same page with the reason, nothing stored.
    const empty = await clara.post('/en/keepers/new?to=olga-freed', { pseudonym: '  ', note: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter a name or pseudonym.');
    expect((await rows()).filter((r) => r.pseudonym === 'Clara')).toHaveLength(1);
  });

  it('a refused volunteer is told by a neutral e-mail and sees it in their list', async () => {
    await start();
    const anna = await signIn('anna@example.org');
    await ask(anna, 'Anna');
    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    expect((await decide(coordinator, 'Anna', 'refuse')).headers.location).toBe('/en/keepers?done=refused');
    expect((await rows())[0]).toMatchObject({ state: 'refused' });
    // Deciding again changes nothing.
    const again = await coordinator.post('/en/keepers/decide', { id: (await rows())[0].id, decision: 'approve' });
    expect(again.statusCode).toBe(409);
    expect((await rows())[0].state).toBe('refused');
    await t.drain();
    const [mail] = (await t.outbox()).filter((m) => m.to === 'anna@example.org');
    expect(mail.text).toContain('could not approve your request');
    expect((await anna.get('/en/keepers/mine')).body).toContain('Not approved');
    expect((await anna.get('/en/keepers/andrei-ivanou')).statusCode).toBe(404);
  });

  it('hands over to a pending request or, for coordinators, to an account named by e-mail, keeping the history', async () => {
    await start();
    const anna = await signIn('anna@example.org');
    const boris = await signIn('boris@example.org');
    await ask(anna, 'Anna');
    await ask(boris, 'Boris');
    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    await decide(coordinator, 'Anna', 'approve');

    const page = await anna.get('/en/keepers/andrei-ivanou');
    expect(page.body).toContain('Boris');
    expect(page.body).not.toContain('name="email"'); // only coordinators name an account by its e-mail
    const all = await rows();
    const annas = all.find((r) => r.pseudonym === 'Anna')!;
    const boriss = all.find((r) => r.pseudonym === 'Boris')!;
    // Nobody chosen: the reason, nothing changed.
    const none = await anna.post('/en/keepers/andrei-ivanou/handover', { from: annas.id });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Choose who takes over.');
    // A stranger cannot hand over Anna's keeping.
    const clara = await signIn('clara@example.org');
    await clara.get('/en/keepers/mine');
    expect((await clara.post('/en/keepers/andrei-ivanou/handover', { from: annas.id, request: boriss.id })).statusCode).toBe(404);

    const handed = await anna.post('/en/keepers/andrei-ivanou/handover', { from: annas.id, request: boriss.id });
    expect(handed.headers.location).toBe('/en/keepers/mine?handedOver=1');
    const after = await rows();
    expect(after.find((r) => r.id === annas.id)).toMatchObject({ state: 'ended', handedOverTo: boriss.id, endedOn: expect.any(String) });
    expect(after.find((r) => r.id === boriss.id)).toMatchObject({ state: 'active', startedOn: expect.any(String) });
    expect((await anna.get('/en/keepers/andrei-ivanou')).statusCode).toBe(404);

    const history = await boris.get('/en/keepers/andrei-ivanou');
    expect(history.statusCode).toBe(200);
    expect(history.body).toMatch(/<td>Anna<\/td><td>Ended<\/td>(<td>[^<]+<\/td>){3}<td>Boris<\/td>/);
    expect(history.body).toMatch(/<td>Boris<\/td><td>Keeper<\/td>/);
    await t.drain();
    expect((await t.outbox()).filter((m) => m.to === 'boris@example.org').map((m) => m.text).join()).toContain('handed over a keeping to you');

    // A coordinator hands Boris's keeping to Clara by her account's e-mail; an unknown address is refused.
    await coordinator.get('/en/keepers/andrei-ivanou');
    const unknown = await coordinator.post('/en/keepers/andrei-ivanou/handover', { from: boriss.id, email: 'nobody@example.org' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('No registered volunteer has this e-mail address.');
    const byEmail = await coordinator.post('/en/keepers/andrei-ivanou/handover', { from: boriss.id, email: 'Clara@Example.org' });
    expect(byEmail.headers.location).toBe('/en/keepers/andrei-ivanou?done=handedOver');
    const final = await rows();
    expect(final.filter((r) => r.state === 'active').map((r) => r.pseudonym)).toEqual([null]);
    expect(final).toHaveLength(3);
    const view = await coordinator.get('/en/keepers/andrei-ivanou?done=handedOver');
    expect(view.body).toContain('Volunteer (no name given) (clara@example.org)');
    expect(view.body).toContain('Handed over. The new keeper has been told by e-mail.');
  });

  it('lists the people held now who have no active keeper, for coordinators', async () => {
    await start();
    const anna = await signIn('anna@example.org');
    await ask(anna, 'Anna', 'andrei-ivanou');
    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    let page = await coordinator.get('/en/keepers');
    expect(page.body).toContain('2 people');
    expect(page.body).toContain('href="/en/people/maria-nikto"');
    await decide(coordinator, 'Anna', 'approve');
    page = await coordinator.get('/en/keepers?done=approved');
    expect(page.body).toContain('1 person');
    const without = page.body.slice(page.body.indexOf('without-title'));
    expect(without).toContain('href="/en/people/maria-nikto"');
    expect(without).not.toContain('andrei-ivanou');
    expect(without).not.toContain('olga-freed'); // released: not held now
  });
});
