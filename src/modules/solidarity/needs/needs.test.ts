import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { linkIn, TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { buildUser } from '../../accounts/accounts.builders.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { needsDaily } from './needs.maintenance.ts';
import { currentMonth, monthsAhead } from './needs.schemas.ts';
import { needs, pledges } from './needs.tables.ts';

const PERSON = '/en/people/andrei-ivanou/needs';

describe.each(TEST_DB_KINDS)('needs and pledges on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  const allNeeds = () => db().select().from(needs);
  const allPledges = () => db().select().from(pledges);

  beforeEach(async () => {
    t = await startTestApp(kind, { env: { MONEY_RULES_URL: 'https://org.example/money' } });
    await savePerson(db(), { nameLatin: 'Andrei Ivanou', nameRu: 'Иванов Андрей', status: 'current', country: 'BY' }, { importLabel: 'test' });
  });
  afterEach(() => t.close());

  async function addNeed(coordinator: TestClient, fields: Record<string, string>) {
    await coordinator.get('/en/needs/andrei-ivanou/edit');
    return coordinator.post('/en/needs/andrei-ivanou/edit', { kind: 'books', description: 'A parcel of books in Russian', locale: 'ru', ...fields });
  }

  /** Opens the public page (fresh submission ids, as a browser gets them) and pledges to the first need. */
  async function pledge(c: TestClient, fields: Record<string, string>) {
    const page = await c.get(PERSON);
    const submissionId = page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1];
    const need = page.body.match(/name="need" value="([0-9a-f-]{36})"/)![1];
    const form = { submissionId, need, pseudonym: 'Kasia', email: 'kasia@example.org', promise: 'I will send a parcel of books', month: '', ...fields };
    return { res: await c.post(PERSON, form), form };
  }

  it('coordinators add a need; anyone pledges, confirms by e-mail, and the coordinator marks it fulfilled; the public sees counts only', async () => {
    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    const added = await addNeed(coordinator, { kind: 'clothes', description: 'Warm clothes for the winter, size 48', locale: 'en' });
    expect(added.headers.location).toBe('/en/needs/andrei-ivanou/edit?done=added');
    expect((await allNeeds())[0]).toMatchObject({ kind: 'clothes', state: 'open', locale: 'en' });

    const visitor = new TestClient(t.app);
    const page = await visitor.get(PERSON);
    expect(page.body).toContain('Warm clothes for the winter, size 48');
    expect(page.body).toContain('only relatives may send money to prisoners');
    expect(page.body).toContain('href="https://org.example/money"');
    expect((await visitor.get('/en/people/andrei-ivanou')).body).toContain('href="/en/people/andrei-ivanou/needs"');

    const month = monthsAhead(currentMonth(), 2);
    const { res } = await pledge(visitor, { month });
    expect(res.headers.location).toBe(`${PERSON}?done=checkEmail`);
    const [stored] = await allPledges();
    expect(stored).toMatchObject({ state: 'unconfirmed', pseudonym: 'Kasia', byMonth: month, userId: null });
    expect(stored.emailEnc).not.toContain('kasia'); // sealed
    expect((await visitor.get(PERSON)).body).toContain('no pledges yet'); // unconfirmed does not count

    await t.drain();
    const [mail] = await t.outbox();
    expect(mail.to).toBe('kasia@example.org');
    expect(mail.text).not.toContain('Andrei');
    expect(mail.text).not.toContain('parcel');
    const link = linkIn(mail.text, '/en/needs/confirm');
    expect((await visitor.get(link)).body).toContain('Confirm my promise');
    expect((await allPledges())[0].state).toBe('unconfirmed'); // opening the link changes nothing
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    expect((await visitor.post('/en/needs/confirm', { token })).body).toContain('your promise counts');
    expect((await allPledges())[0].state).toBe('pledged');
    await visitor.get(link);
    expect((await visitor.post('/en/needs/confirm', { token })).body).toContain('Already confirmed');

    const publicPage = await visitor.get(PERSON);
    expect(publicPage.body).toContain('1 pledge');
    expect(publicPage.body).not.toContain('Kasia');
    expect(publicPage.body).not.toContain('kasia@example.org');
    expect((await visitor.get('/en/people/andrei-ivanou')).body).toContain('1 pledge');

    const list = await coordinator.get('/en/needs/pledges');
    expect(list.body).toContain('Kasia');
    expect(list.body).toContain('kasia@example.org');
    expect(list.body).toContain('I will send a parcel of books');
    const id = (await allPledges())[0].id;
    expect((await coordinator.post('/en/needs/pledges', { id, to: 'fulfilled' })).headers.location).toBe('/en/needs/pledges?done=done');
    expect((await allPledges())[0]).toMatchObject({ state: 'fulfilled', emailEnc: null, decidedOn: expect.any(String) });
    // Guarded by the state the coordinator saw: a second click changes nothing.
    await coordinator.get('/en/needs/pledges');
    expect((await coordinator.post('/en/needs/pledges', { id, to: 'lapsed' })).statusCode).toBe(409);
    expect((await allPledges())[0].state).toBe('fulfilled');
    expect((await visitor.get(PERSON)).body).toContain('1 pledge · 1 fulfilled');

    // The need is met: it leaves the open list and shows among the needs met.
    await coordinator.get('/en/needs/andrei-ivanou/edit');
    const needId = (await allNeeds())[0].id;
    expect((await coordinator.post('/en/needs/andrei-ivanou/state', { id: needId, to: 'met' })).statusCode).toBe(303);
    const met = await visitor.get(PERSON);
    expect(met.body).toContain('No open needs at the moment.');
    expect(met.body).toContain('Needs met');
  });

  it('refuses an amount of money in a need or a promise, in any language, and stores nothing', async () => {
    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    const need = await addNeed(coordinator, { description: 'Нужно 200 рублей на адвоката' });
    expect(need.statusCode).toBe(400);
    expect(need.body).toContain('Do not write an amount of money');
    expect(await allNeeds()).toHaveLength(0);
    const ru = await coordinator.post('/ru/needs/andrei-ivanou/edit', { kind: 'legal', description: 'Help with 50 € for the lawyer', locale: 'en' });
    expect(ru.statusCode).toBe(400);
    expect(ru.body).toContain('Не пишите денежную сумму');
    expect(await allNeeds()).toHaveLength(0);

    await addNeed(coordinator, {});
    const visitor = new TestClient(t.app);
    for (const promise of ['I will send $50', 'Przeleję 100 zł', 'Je donne 40 euros']) {
      const { res } = await pledge(visitor, { promise });
      expect(res.statusCode, promise).toBe(400);
      expect(res.body).toContain('Please do not mention an amount of money');
    }
    expect(await allPledges()).toHaveLength(0);
  });

  it('stores one pledge for a submission sent twice, and refuses a bad month', async () => {
    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    await addNeed(coordinator, {});
    const visitor = new TestClient(t.app);
    const { form } = await pledge(visitor, {});
    expect((await visitor.post(PERSON, form)).statusCode).toBe(303);
    expect(await allPledges()).toHaveLength(1);
    await t.drain();
    expect(await t.outbox()).toHaveLength(1);

    const cases: [string, string][] = [
      [monthsAhead(currentMonth(), -1), 'The month cannot be in the past.'],
      ['2026-13', 'Enter a month as year and month, such as 2026-03.'],
      ['next spring', 'Enter a month as year and month, such as 2026-03.'],
      [monthsAhead(currentMonth(), 30), 'Choose a month within the next two years.'],
    ];
    for (const [month, message] of cases) {
      const { res } = await pledge(visitor, { month });
      expect(res.statusCode, month).toBe(400);
      expect(res.body).toContain(message);
    }
    const { res: noEmail } = await pledge(visitor, { email: '' });
    expect(noEmail.statusCode).toBe(400);
    expect(noEmail.body).toContain('Enter your e-mail address.');
    expect(await allPledges()).toHaveLength(1);

    // The form comes back with the same submission id, so the corrected one stores a single pledge.
    const { res: wrong, form: sent } = await pledge(visitor, { month: '1999-01' });
    expect(wrong.body).toContain(`name="submissionId" value="${sent.submissionId}"`);
    await visitor.post(PERSON, { ...sent, month: currentMonth() });
    await visitor.post(PERSON, { ...sent, month: currentMonth() });
    expect(await allPledges()).toHaveLength(2);
  });

  it('counts a pledge from an account at once, with the account as the contact', async () => {
    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    await addNeed(coordinator, {});
    await buildUser(db(), t.deps.keys, { email: 'member@example.org', password: 'correct horse battery staple' });
    const member = new TestClient(t.app);
    await member.get('/en/login');
    await member.post('/en/login', { email: 'member@example.org', password: 'correct horse battery staple' });
    expect((await member.get(PERSON)).body).not.toContain('name="email"');
    const { res } = await pledge(member, { email: '' });
    expect(res.headers.location).toBe(`${PERSON}?done=pledged`);
    expect((await allPledges())[0]).toMatchObject({ state: 'pledged', emailEnc: null, userId: expect.any(String) });
    await t.drain();
    expect(await t.outbox()).toHaveLength(0);
    expect((await coordinator.get('/en/needs/pledges')).body).toContain('member@example.org');
  });

  it('deletes unconfirmed pledges whose link ran out, once, and keeps the rest', async () => {
    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    await addNeed(coordinator, {});
    const visitor = new TestClient(t.app);
    await pledge(visitor, { pseudonym: 'Late' });
    await pledge(visitor, { pseudonym: 'Fresh', email: 'fresh@example.org' });
    const later = new Date(Date.now() + 73 * 3600_000);
    await needsDaily(t.deps, new Date());
    expect(await allPledges()).toHaveLength(2);
    await needsDaily(t.deps, later);
    await needsDaily(t.deps, later);
    expect(await allPledges()).toHaveLength(0);
  });
});
