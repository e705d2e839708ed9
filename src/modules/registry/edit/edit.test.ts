import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { corrections, people, recordHistory } from '../registry.tables.ts';

const facilityForm = { nameEn: 'Penal colony No. 17, Shklou', nameRu: 'ИК-17', nameBe: '', kind: 'colony', country: 'BY', postalCode: '213004', region: 'Могилевская обл.', city: 'г. Шклов', street: 'ул. 1-я Заводская, 8' };
const prisonForm = { ...facilityForm, nameEn: 'Prison No. 4, Mahiliou', nameRu: 'Тюрьма № 4', postalCode: '212011', city: 'г. Могилев', street: 'ул. Крупской, 99а' };
const personForm = {
  nameBe: 'Іваноў Іван Іванавіч', nameRu: 'Иванов Иван Иванович', nameLatin: 'Ivan Ivanou', otherNames: '', status: 'current', gender: 'male', country: 'BY',
  birth: '1980-05-17', arrestedOn: '2021-01-10', articles: 'Part 2 of Art. 293 — Participation in riots', sentenceText: '5 years', regime: '', verdictOn: '', appealOn: '',
  sentenceStartOn: '', releaseExpectedOn: '2026-01-10', lettersReach: 'yes', lettersReachNote: '', sources: 'https://example.org/ivanou', description_en: 'A teacher.',
};

describe.each(TEST_DB_KINDS)('coordinators and corrections on %s', (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(kind);
  });
  afterEach(() => t.close());

  async function coordinatorWithPerson() {
    const c = await signInStaff(t, 'coord@example.org', ['coordinator']);
    await c.get('/en/registry/facilities/new');
    expect((await c.post('/en/registry/facilities/new', facilityForm)).statusCode).toBe(303);
    await c.get('/en/registry/facilities/new');
    await c.post('/en/registry/facilities/new', prisonForm);
    const form = await c.get('/en/registry/people/new');
    const slug = form.body.match(/<option value="([a-z0-9-]+)">Penal colony No. 17/)![1];
    const created = await c.post('/en/registry/people/new', { ...personForm, facility: slug });
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe('/en/people/ivan-ivanou');
    return c;
  }

  it('lets a coordinator add a facility and a person, edit them and read the history', async () => {
    const c = await coordinatorWithPerson();
    const page = await c.get('/en/people/ivan-ivanou');
    expect(page.body).toContain('Иванов Иван Иванович, 1980 г.р.\nИК-17\nул. 1-я Заводская, 8');
    await c.get('/en/registry/people/ivan-ivanou/edit');
    expect(c.lastHtml).toContain('Part 2 of Art. 293 — Participation in riots');
    expect((await c.post('/en/registry/people/ivan-ivanou/edit', { ...personForm, lettersReach: 'relatives_only', sentenceText: '6 years' })).statusCode).toBe(303);
    const history = await c.get('/en/registry/people/ivan-ivanou/history');
    expect(history.body).toContain('lettersReach');
    expect(history.body).toContain('relatives_only');
    expect(history.body).toContain('6 years');
    const [person] = await t.deps.database.db.select().from(people).where(eq(people.slug, 'ivan-ivanou'));
    expect(person.sentenceMonths).toBe(72);
  });

  it('records a transfer, a release and a death as events in the history', async () => {
    const c = await coordinatorWithPerson();
    const events = await c.get('/en/registry/people/ivan-ivanou/events');
    const prison = events.body.match(/<option value="([a-z0-9-]+)">Prison No. 4/)![1];
    expect((await c.post('/en/registry/people/ivan-ivanou/events/transfer', { facility: prison, on: '2024-02-01' })).statusCode).toBe(303);
    expect((await c.get('/en/people/ivan-ivanou')).body).toContain('ул. Крупской, 99а');
    await c.get('/en/registry/people/ivan-ivanou/events');
    expect((await c.post('/en/registry/people/ivan-ivanou/events/release', { status: 'released', on: '2026-03-01' })).statusCode).toBe(303);
    const freed = await c.get('/en/people/ivan-ivanou');
    expect(freed.body).toContain(t.deps.i18n.t('en', 'registry.address.none'));
    await c.get('/en/registry/people/ivan-ivanou/events');
    expect((await c.post('/en/registry/people/ivan-ivanou/events/death', { on: '2026-04-01' })).statusCode).toBe(303);
    const [person] = await t.deps.database.db.select().from(people).where(eq(people.slug, 'ivan-ivanou'));
    expect(person).toMatchObject({ status: 'deceased', diedOn: '2026-04-01', releasedOn: '2026-03-01' });
    const rows = await t.deps.database.db.select().from(recordHistory).where(eq(recordHistory.entityId, person.id));
    expect(rows.map((r) => r.event).sort()).toEqual(['created', 'died', 'released', 'transfer']);
    expect(rows.every((r) => r.actorId !== null)).toBe(true);
  });

  it('refuses bad input with messages in the user language, and changes nothing', async () => {
    const c = await signInStaff(t, 'coord@example.org', ['coordinator']);
    await c.get('/ru/registry/people/new');
    const res = await c.post('/ru/registry/people/new', { ...personForm, nameBe: '', nameRu: '', nameLatin: '', birth: '1980-13-01', sources: 'not a url', status: 'bogus' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(t.deps.i18n.t('ru', 'form.birthDate'));
    expect(res.body).toContain(t.deps.i18n.t('ru', 'form.urls'));
    expect(res.body).toContain('aria-invalid="true"');
    const [{ n }] = await t.deps.database.db.select({ n: count() }).from(people);
    expect(n).toBe(0);
    await c.get('/en/registry/facilities/new');
    await c.post('/en/registry/facilities/new', facilityForm);
    await c.get('/en/registry/facilities/new');
    const dupe = await c.post('/en/registry/facilities/new', { ...facilityForm, nameEn: 'Same place, other name', street: 'ул. 1-я Заводская, д. 8' });
    expect(dupe.statusCode).toBe(409);
  });

  it('keeps coordinator pages from everyone else: 404, or the login page when signed out', async () => {
    const anonymous = new TestClient(t.app);
    const out = await anonymous.get('/en/registry/people/new');
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/en/login');
    expect((await anonymous.get('/en/registry/corrections')).headers.location).toBe('/en/login');
    const translator = await signInStaff(t, 'tr@example.org', ['translator']);
    for (const url of ['/en/registry/people/new', '/en/registry/corrections', '/en/registry/facilities/new']) expect((await translator.get(url)).statusCode).toBe(404);
    await translator.get('/en/people');
    expect((await translator.post('/en/registry/facilities/new', facilityForm)).statusCode).toBe(404);
  });

  it('takes reports of inaccuracies without an account, sealed, into the coordinators queue', async () => {
    const c = await coordinatorWithPerson();
    const visitor = new TestClient(t.app);
    await visitor.get('/de/people/ivan-ivanou/report');
    const short = await visitor.post('/de/people/ivan-ivanou/report', { message: 'zu kurz', contact: '' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain(t.deps.i18n.t('de', 'form.correctionTooShort'));
    const sent = await visitor.post('/de/people/ivan-ivanou/report', { message: 'He was moved to Prison No. 4 in October.', contact: 'tips@example.org' });
    expect(sent.headers.location).toBe('/de/people/ivan-ivanou?reported=1');
    await visitor.get('/de/people/ivan-ivanou/report');
    await visitor.post('/de/people/ivan-ivanou/report', { message: 'A bot filled the hidden field here.', website: 'http://spam.example' });
    await visitor.get('/en/people/ivan-ivanou/report');
    expect((await visitor.post('/en/people/ivan-ivanou/report', { message: 'No token, no report.' }, { csrf: null })).statusCode).toBe(403);

    const stored = await t.deps.database.db.select().from(corrections);
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain('Prison No. 4');
    expect(JSON.stringify(stored)).not.toContain('tips@example.org');

    const queue = await c.get('/en/registry/corrections');
    expect(queue.body).toContain('He was moved to Prison No. 4 in October.');
    expect(queue.body).toContain('tips@example.org');
    expect((await c.post(`/en/registry/corrections/${stored[0].id}`, { state: 'accepted' })).statusCode).toBe(303);
    expect((await c.get('/en/registry/corrections')).body).toContain(t.deps.i18n.t('en', 'registry.corrections.count', { count: 0 }));
    await c.get('/en/registry/corrections');
    expect((await c.post(`/en/registry/corrections/${stored[0].id}`, { state: 'accepted' })).statusCode).toBe(404);
  });
});
