import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff, signInSupporter } from '../../../../tests/support/staff.ts';
import { addDays, formatIsoDate, todayIso } from '../../registry/registry.present.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { letterReplies, letters } from '../letters.tables.ts';

const LETTER_TEXT = 'Дорогой Андрей! У нас выпал первый снег. Что ты сейчас читаешь?';
const daysAgo = (n: number) => addDays(todayIso(), -n);

describe.each(TEST_DB_KINDS)("writers' own letters and fair-share figures on %s", (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  const allLetters = () => db().select().from(letters);

  beforeEach(async () => {
    t = await startTestApp(kind);
    await savePerson(db(), { nameLatin: 'Andrei Ivanou', nameRu: 'Иванов Андрей', status: 'current', country: 'BY', lettersReach: 'yes' }, { importLabel: 'test' });
    await savePerson(db(), { nameLatin: 'Maria Nikto', status: 'current', country: 'BY', lettersReach: 'yes' }, { importLabel: 'test' });
    await savePerson(db(), { nameLatin: 'Pavel Tsikhi', status: 'current', country: 'BY', lettersReach: 'relatives_only' }, { importLabel: 'test' });
    await savePerson(db(), { nameLatin: 'Olga Freed', status: 'released', country: 'BY' }, { importLabel: 'test' });
  });
  afterEach(() => t.close());

  const signIn = (email: string) => signInSupporter(t, email);

  /** Opens the page (a fresh submission id, as a browser gets it) and logs a letter posted outside. */
  async function logOutside(c: TestClient, fields: Record<string, string>, lang = 'en') {
    const page = await c.get(`/${lang}/account/letters`);
    const submissionId = page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1];
    return c.post(`/${lang}/account/letters`, { submissionId, person: 'andrei-ivanou', sentOn: daysAgo(5), kind: 'letter', ...fields });
  }

  it("lists only the signed-in writer's own letters, their state in words and never their text", async () => {
    const anna = await signIn('anna@example.org');
    const form = await anna.get('/en/letters/new?to=andrei-ivanou');
    const submissionId = form.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1];
    const sent = await anna.post('/en/letters/new?to=andrei-ivanou', { submissionId, kind: 'letter', text: LETTER_TEXT, email: 'anna@example.org', action: 'send' });
    expect(sent.statusCode).toBe(303);

    const boris = await signIn('boris@example.org');
    expect((await logOutside(boris, { person: 'pavel-tsikhi', kind: 'postcard', sentOn: daysAgo(3) })).statusCode).toBe(303);

    const annas = await anna.get('/en/account/letters');
    expect(annas.statusCode).toBe(200);
    expect(annas.body).toContain('href="/en/people/andrei-ivanou"');
    expect(annas.body).toContain('Waiting for your confirmation');
    expect(annas.body).not.toContain('снег');
    expect(annas.body).not.toContain('href="/en/people/pavel-tsikhi"'); // Pavel is only in the form's list of people
    expect(annas.body).not.toContain(' · posted by you<');

    const boriss = await boris.get('/en/account/letters');
    expect(boriss.body).toContain('href="/en/people/pavel-tsikhi"');
    expect(boriss.body).toMatch(/Postcard<span class="meta"> · posted by you<\/span><\/td><td>[^<]+<\/td><td>Posted<\/td>/);
    expect(boriss.body).toContain(formatIsoDate('en', daysAgo(3))!);
    expect(boriss.body).not.toContain('href="/en/people/andrei-ivanou"');

    // The account page leads there; signed-out visitors are sent to sign in and see nothing.
    expect((await boris.get('/en/account')).body).toContain('href="/en/account/letters"');
    const anonymous = await new TestClient(t.app).get('/en/account/letters');
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/en/login');
  });

  it("counts a letter logged as sent outside in the person's figures and in the fewest-letters order, once when sent twice", async () => {
    const c = await signIn('writer@example.org');
    const page = await c.get('/en/account/letters');
    const submissionId = page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1];
    const fields = { submissionId, person: 'andrei-ivanou', sentOn: daysAgo(40), kind: 'letter' };
    const first = await c.post('/en/account/letters', fields);
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe('/en/account/letters?logged=1');
    expect((await c.post('/en/account/letters', fields)).statusCode).toBe(303);

    const stored = await allLetters();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ origin: 'outside', state: 'posted', sentOn: daysAgo(40), kind: 'letter', locale: 'en', keyWrapped: null, bodyEnc: null, writerEmailEnc: null });
    expect((await c.get('/en/account/letters?logged=1')).body).toContain('the letter is logged and counts for the person');

    // 40 days ago: in the last 90 days, not in the last 30.
    let person = await c.get('/en/people/andrei-ivanou');
    expect(person.body).toContain('Letters to this person');
    expect(person.body).toContain('<dt>Last 30 days</dt><dd>no letters</dd><dt>Last 90 days</dt><dd>1 letter</dd>');
    expect(person.body).toContain(`<dt>Last letter</dt><dd>${formatIsoDate('en', daysAgo(40))}</dd>`);

    await logOutside(c, { sentOn: daysAgo(2) });
    const [{ id: letterId }] = await db().select({ id: letters.id }).from(letters).where(eq(letters.sentOn, daysAgo(2)));
    await db().insert(letterReplies).values({ letterId, state: 'delivered', receivedOn: todayIso() });
    person = await c.get('/en/people/andrei-ivanou');
    expect(person.body).toContain('<dt>Last 30 days</dt><dd>1 letter</dd><dt>Last 90 days</dt><dd>2 letters</dd>');
    expect(person.body).toContain(`<dt>Last letter</dt><dd>${formatIsoDate('en', daysAgo(2))}</dd>`);
    expect(person.body).toContain('<dt>Replies</dt><dd>1 reply</dd>');
    expect((await c.get('/ru/people/andrei-ivanou')).body).toContain('<dd>2 письма</dd>');
    expect((await c.get('/en/people/maria-nikto')).body).toContain('<dt>Last letter</dt><dd>None yet</dd>');
    expect((await c.get('/en/people/olga-freed')).body).not.toContain('Letters to this person'); // not held: no figures

    // Andrei has had a letter this month, the others none: he comes last among the people held now.
    const directory = await c.get('/en/people?status=current&sort=fewest_letters');
    const order = [...directory.body.matchAll(/class="person-name">([^<]+)</g)].map((m) => m[1]);
    expect(order).toEqual(['Maria Nikto', 'Pavel Tsikhi', 'Andrei Ivanou']);
    const searched = await c.get('/en/people?q=Ivanou&sort=fewest_letters');
    expect(searched.statusCode).toBe(200);
    expect(searched.body).toContain('class="person-name">Andrei Ivanou<');
  });

  it('stores nothing for a bad date or an unknown person, and says why in the writer language', async () => {
    const c = await signIn('careful@example.org');
    const cases: [Record<string, string>, string][] = [
      [{ sentOn: addDays(todayIso(), 5) }, 'The date cannot be in the future.'],
      [{ sentOn: '1999-12-31' }, 'The date cannot be before 2000.'],
      [{ sentOn: '2025-02-30' }, 'Enter a real date, such as 2025-03-14.'],
      [{ sentOn: '' }, 'Enter the date you posted it.'],
      [{ person: 'nobody-here' }, 'We do not know this person.'],
      [{ person: 'olga-freed' }, 'This person is not held now'],
      [{ kind: 'parcel' }, 'Choose a letter or a postcard.'],
    ];
    for (const [fields, message] of cases) {
      const res = await logOutside(c, fields);
      expect(res.statusCode, message).toBe(400);
      expect(res.body).toContain(message);
    }
    const ru = await logOutside(c, { sentOn: addDays(todayIso(), 5) }, 'ru');
    expect(ru.statusCode).toBe(400);
    expect(ru.body).toContain('Дата не может быть в будущем.');
    expect(await allLetters()).toHaveLength(0);

    // The form comes back with the same submission id, so the corrected one stores a single letter.
    const page = await c.get('/en/account/letters');
    const submissionId = page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1];
    const wrong = await c.post('/en/account/letters', { submissionId, person: 'andrei-ivanou', sentOn: '1990-01-01', kind: 'letter' });
    expect(wrong.body).toContain(`name="submissionId" value="${submissionId}"`);
    await c.post('/en/account/letters', { submissionId, person: 'andrei-ivanou', sentOn: daysAgo(1), kind: 'letter' });
    await c.post('/en/account/letters', { submissionId, person: 'andrei-ivanou', sentOn: daysAgo(1), kind: 'letter' });
    expect(await allLetters()).toHaveLength(1);
  });

  it('shows coordinators who has had no letter for 60 days or more, longest silence first, and nobody else', async () => {
    const writer = await signIn('writer@example.org');
    await logOutside(writer, { person: 'andrei-ivanou', sentOn: daysAgo(61) });
    await logOutside(writer, { person: 'pavel-tsikhi', sentOn: daysAgo(10) });

    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    const page = await coordinator.get('/en/volunteer/quiet');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('2 people');
    const rows = [...page.body.matchAll(/<tr><td><a href="\/en\/people\/([a-z-]+)">[^<]+<\/a><\/td><td>([^<]+)<\/td><td>([^<]+)<\/td><\/tr>/g)].map((m) => m.slice(1));
    expect(rows).toEqual([
      ['maria-nikto', 'Never', 'Letters from anyone reach them'],
      ['andrei-ivanou', formatIsoDate('en', daysAgo(61))!, 'Letters from anyone reach them'],
    ]);
    expect(page.body).not.toContain('pavel-tsikhi'); // written to 10 days ago
    expect(page.body).not.toContain('olga-freed'); // released

    // Not a coordinator: the page does not exist for them; signed out: sign in first.
    expect((await writer.get('/en/volunteer/quiet')).statusCode).toBe(404);
    const translator = await signInStaff(t, 'translator@example.org', ['translator']);
    expect((await translator.get('/en/volunteer/quiet')).statusCode).toBe(404);
    const anonymous = await new TestClient(t.app).get('/en/volunteer/quiet');
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/en/login');
  });
});
