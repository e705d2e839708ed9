import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../tests/support/databases.ts';
import { TestClient } from '../../../tests/support/client.ts';
import { savePerson } from './registry.service.ts';
import type { FacilityInput, PersonInput } from './registry.model.ts';
import { findPersonBySlug } from './registry.repository.ts';
import { letters } from '../letters/letters.tables.ts';

const shklou: FacilityInput = { nameRu: 'ИК-17', nameBe: 'ПК-17', nameEn: 'Penal colony No. 17, Shklou', kind: 'colony', country: 'BY', postalCode: '213004', region: 'Могилевская обл.', city: 'г. Шклов', street: 'ул. 1-я Заводская, 8' };
const mordovia: FacilityInput = { nameRu: 'ФКУ ИК-2 УФСИН России по Республике Мордовия', nameEn: 'Penal colony No. 2, Mordovia', kind: 'colony', country: 'RU', postalCode: '431120', region: 'Республика Мордовия', city: 'п. Ширингуши', street: 'ул. Ленина, 1' };

const yana: PersonInput = {
  nameBe: 'Арабейка Яна Сяргееўна', nameRu: 'Оробейко Яна Сергеевна', nameLatin: 'Yana Arabeika', status: 'current', gender: 'female', country: 'BY',
  birth: { year: 1990, month: 12, day: 5 }, arrestedOn: '2021-03-01', lettersReach: 'relatives_only', lettersReachNote: 'Since the verdict only relatives may write.',
  articles: [{ code: 'BY', article: '342', part: '1', title: { en: 'Organisation of actions that grossly violate public order' } }], facility: shklou,
};
const ivan: PersonInput = { nameRu: 'Иванов Иван Иванович', nameLatin: 'Ivan Ivanov', status: 'current', gender: 'male', country: 'RU', birth: { year: 1980, month: 12, day: 20 }, lettersReach: 'yes', facility: mordovia };
const freed: PersonInput = { nameLatin: 'Ales Vyzvaleny', status: 'released', country: 'BY', releasedOn: '2026-10-01', birth: { year: 1970, month: 12, day: 6 } };

describe.each(TEST_DB_KINDS)('registry pages and API on %s', (kind) => {
  let t: TestApp;
  let c: TestClient;
  beforeAll(async () => {
    t = await startTestApp(kind);
    await t.deps.database.db.transaction(async (tx) => {
      for (const p of [yana, ivan, freed]) await savePerson(tx, p, { importLabel: 'test' });
    });
    c = new TestClient(t.app);
  });
  afterAll(() => t.close());

  it('lists, filters and counts people in the directory', async () => {
    const all = await c.get('/en/people');
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('3 people');
    const current = await c.get('/en/people?status=current&letters=relatives_only');
    expect(current.body).toContain('1 person');
    expect(current.body).toContain('Yana Arabeika');
    const russian = await c.get('/ru/people?q=%D0%9E%D1%80%D0%BE%D0%B1%D0%B5%D0%B9%D0%BA%D0%BE'); // Оробейко
    expect(russian.body).toContain('Оробейко Яна Сергеевна');
    expect((await c.get('/en/people?month=12&sort=arrested&page=abc&status=bogus')).statusCode).toBe(200);
  });

  it('orders the directory by fewest letters in the last 30 days, people held now first', async () => {
    const byName = (body: string) => [...body.matchAll(/class="person-name">([^<]+)</g)].map((m) => m[1]);
    expect(byName((await c.get('/en/people?sort=name')).body)).toEqual(['Yana Arabeika', 'Ivan Ivanov', 'Ales Vyzvaleny']); // by surname
    const db = t.deps.database.db;
    const yanaRow = (await findPersonBySlug(db, 'yana-arabeika'))!;
    const today = new Date().toISOString().slice(0, 10);
    await db.insert(letters).values({ submissionId: crypto.randomUUID(), personId: yanaRow.id, kind: 'letter', origin: 'outside', state: 'posted', locale: 'en', createdOn: today, sentOn: today });
    const page = await c.get('/en/people?sort=fewest_letters');
    expect(page.body).toContain('<option value="fewest_letters" selected>Fewest letters lately</option>');
    expect(byName(page.body)).toEqual(['Ivan Ivanov', 'Yana Arabeika', 'Ales Vyzvaleny']);
    await db.delete(letters);
  });

  it('shows the address block to copy, and warns when letters from strangers cannot reach the person', async () => {
    const page = await c.get('/en/people/yana-arabeika');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Оробейко Яна Сергеевна, 1990 г.р.\nИК-17\nул. 1-я Заводская, 8\nг. Шклов\nМогилевская обл.\n213004\nREPUBLIC OF BELARUS');
    expect(page.body).toContain(t.deps.i18n.t('en', 'registry.letters.notice.relatives_only'));
    expect(page.body).toContain('Since the verdict only relatives may write.');
    expect(page.body).toContain('Part 1 of Art. 342');
    expect(page.body).toContain('/en/people/yana-arabeika/report');
    expect(page.body).not.toContain('/registry/people/yana-arabeika/edit'); // coordinator tools stay hidden
  });

  it('names the recipient in the dative case for facilities in Russia', async () => {
    const page = await c.get('/ru/people/ivan-ivanov');
    expect(page.body).toContain('Иванову Ивану Ивановичу, 1980 г.р.\nФКУ ИК-2 УФСИН России по Республике Мордовия');
    expect(page.body).toContain('RUSSIAN FEDERATION');
  });

  it('answers 404 for people and facilities that do not exist', async () => {
    expect((await c.get('/en/people/nobody-here')).statusCode).toBe(404);
    expect((await c.get('/en/people/BAD%20slug')).statusCode).toBe(404);
    expect((await c.get('/en/facilities/nowhere')).statusCode).toBe(404);
  });

  it('lists who is held at a facility', async () => {
    const list = await c.get('/en/facilities');
    const slug = list.body.match(/href="\/en\/facilities\/([a-z0-9-]+)">Penal colony No. 17/)![1];
    const page = await c.get(`/en/facilities/${slug}`);
    expect(page.body).toContain('Yana Arabeika');
    expect(page.body).toContain('ул. 1-я Заводская, 8');
  });

  it('serves upcoming birthdays as a page, a PDF, a CSV and an iCalendar feed', async () => {
    const page = await c.get('/en/birthdays?from=2026-12-01&days=60');
    expect(page.body).toMatch(/Saturday, December 5[\s\S]*Yana Arabeika[\s\S]*Sunday, December 20[\s\S]*Ivan Ivanov/);
    expect(page.body).toContain('Иванову Ивану Ивановичу, 1980 г.р.\nФКУ ИК-2 УФСИН России по Республике Мордовия\nул. Ленина, 1\nп. Ширингуши');
    expect(page.body).not.toContain('Ales Vyzvaleny'); // released: no card to a prison
    const pdf = await c.get('/en/birthdays.pdf?from=2026-12-01&days=60');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const csv = await c.get('/ru/birthdays.csv?from=2026-12-01&days=60');
    expect(csv.body).toContain('Иванову Ивану Ивановичу, 1980 г.р.');
    expect(csv.body.split('\r\n')[1]).toContain('2026-12-05');
    const ics = await c.get('/en/birthdays.ics');
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.body).toContain('RRULE:FREQ=YEARLY');
  });

  it('lists releases', async () => {
    const page = await c.get('/en/releases');
    expect(page.body).toContain('Ales Vyzvaleny');
  });

  it('answers the public API in JSON, best match first, with stable error codes', async () => {
    const list = await c.get('/api/v1/people?q=Orobeyko');
    expect(list.json()).toEqual({
      items: [{ slug: 'yana-arabeika', name: 'Yana Arabeika', names: { be: 'Арабейка Яна Сяргееўна', ru: 'Оробейко Яна Сергеевна', latin: 'Yana Arabeika' }, status: 'current', facility: expect.any(String), birthDate: '1990-12-05' }],
      total: 1,
      page: 1,
      pageSize: 50,
    });
    const one = (await c.get('/api/v1/people/ivan-ivanov')).json();
    expect(one.address.recipient).toBe('Иванову Ивану Ивановичу, 1980 г.р.');
    const missing = await c.get('/api/v1/people/nobody');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'api.not_found', message: 'Not found' } });
    const bad = await c.get('/api/v1/birthdays?from=2026-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('api.bad_request');
    const birthdays = (await c.get('/api/v1/birthdays?from=2026-12-01&days=31')).json();
    expect(birthdays.items.map((i: { date: string }) => i.date)).toEqual(['2026-12-05', '2026-12-20']);
    expect((await c.get('/api/v1/facilities')).json().items).toHaveLength(2);
    const openapi = (await c.get('/api/v1/openapi.json')).json();
    expect(Object.keys(openapi.paths)).toContain('/api/v1/people/{slug}');
  });

  it('exports the public fields as CSV and JSON', async () => {
    const json = (await c.get('/api/v1/export.json')).json();
    expect(json.items).toHaveLength(3);
    expect(json.items[0]).not.toHaveProperty('id');
    const csv = await c.get('/api/v1/export.csv');
    expect(csv.body.startsWith('\uFEFFslug,name_be')).toBe(true);
    expect(csv.body).toContain('Арабейка Яна Сяргееўна');
  });
});
