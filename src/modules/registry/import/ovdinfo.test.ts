import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PersonInput } from '../registry.model.ts';
import { parseOvdInfoJson } from './ovdinfo.ts';

const text = readFileSync(new URL('./fixtures/ovdinfo-small.json', import.meta.url), 'utf8');
const rows = parseOvdInfoJson(text);
const person = (id: string): PersonInput => {
  const row = rows.find((r) => r.sourceId === id);
  if (!row?.person) throw new Error(`no person ${id}: ${row?.error}`);
  return row.person;
};

describe('OVD-Info import', () => {
  it('parses the records of the envelope, numbering rows from 1', () => {
    expect(rows.map((r) => [r.row, r.sourceId, r.error])).toEqual([
      [1, 'rec-test-0001', null],
      [2, 'rec-test-0002', null],
      [3, 'rec-test-0003', null],
      [4, 'rec-test-0004', null],
      [5, 'rec-test-0005', null],
      [6, 'rec-test-0006', 'invalid birth_year "около 1980" (expected a year such as 1985)'],
    ]);
  });

  it('accepts a bare array of records as well as the {total, data} envelope', () => {
    const data = (JSON.parse(text) as { data: unknown[] }).data;
    expect(parseOvdInfoJson(JSON.stringify(data))).toEqual(rows);
  });

  it('maps a full record, splitting the facility address in Cyrillic', () => {
    expect(person('rec-test-0001')).toEqual({
      source: 'ovdinfo',
      sourceId: 'rec-test-0001',
      nameRu: 'Вымышленный Иван Петрович',
      status: 'current',
      gender: 'male',
      country: 'RU',
      birth: { year: 1985, month: null, day: null },
      articles: [{ code: 'RU', part: '2', article: '207.3', title: {} }],
      sentenceText: '6 лет 6 месяцев колонии общего режима',
      sentenceMonths: 78,
      verdictOn: '2023-05-17',
      description: { ru: 'Выдуманная история для теста.' },
      sources: [{ url: 'https://example.org/ovdinfo/rec-test-0001' }],
      facility: {
        nameRu: 'ФКУ ИК-2 УФСИН России по Республике Мордовия',
        kind: 'colony',
        country: 'RU',
        addressPublished: '431120, Республика Мордовия, Зубово-Полянский район, п. Ширингуши, ул. Ленина, 1',
        postalCode: '431120',
        region: 'Республика Мордовия',
        city: 'Зубово-Полянский район, п. Ширингуши',
        street: 'ул. Ленина, 1',
      },
    });
  });

  it('uses the pre-trial detention centre when there is no colony yet', () => {
    expect(person('rec-test-0002')).toMatchObject({
      gender: 'female',
      birth: { year: 1992, month: null, day: null },
      sentenceText: null,
      sentenceMonths: null,
      verdictOn: null,
      facility: { nameRu: 'ФКУ СИЗО-1 УФСИН России по г. Москве', kind: 'pretrial' },
    });
    expect(person('rec-test-0002').articles?.map((a) => `${a.part}/${a.article}`)).toEqual(['1/280.3', '2/280']);
  });

  it('prefers OVD-Info\'s month count over the text, and splits a "name | address" facility', () => {
    expect(person('rec-test-0003')).toMatchObject({
      nameRu: 'Тестовый Олег Викторович',
      sentenceMonths: 168,
      facility: {
        nameRu: 'ФКУ Т-2 УФСИН России по Владимирской области',
        kind: 'prison',
        postalCode: '600020',
        region: 'Владимирская область',
        city: 'г. Владимир',
        street: 'ул. Большая Нижегородская, 67',
      },
    });
  });

  it('marks people no longer held as former, reading the sentence text when there is no count', () => {
    expect(person('rec-test-0004')).toMatchObject({ status: 'former', sentenceMonths: 18, facility: null, gender: 'unknown' });
  });

  it('derives the facility kind from Russian names', () => {
    expect(person('rec-test-0005').facility).toMatchObject({ kind: 'open_colony', city: 'Зубово-Полянский район, п. Леплей' });
    expect(person('rec-test-0005').sentenceMonths).toBe(27);
  });

  it('reports rows without an id, name or imprisonment flag, and non-object rows', () => {
    const result = parseOvdInfoJson(
      JSON.stringify([
        { name_ru: 'Без Номера', persecution_imprisoned: true },
        { person_id: 'x2', persecution_imprisoned: true },
        { person_id: 'x3', name_ru: 'Без Статуса' },
        { person_id: 'x4', name_ru: 'Плохая Дата', persecution_imprisoned: true, first_verdict_date: '2023-02-30' },
        42,
      ]),
    );
    expect(result.map((r) => [r.row, r.error])).toEqual([
      [1, 'missing person_id (got undefined)'],
      [2, 'missing name'],
      [3, 'invalid persecution_imprisoned undefined (expected true or false)'],
      [4, 'invalid date in field "first_verdict_date": "2023-02-30" (expected YYYY-MM-DD)'],
      [5, 'row is not an object (got number)'],
    ]);
  });

  it('throws for a file that is not JSON or has no record list', () => {
    expect(() => parseOvdInfoJson('<html>')).toThrow(/not valid JSON/);
    expect(() => parseOvdInfoJson('{"total": 0}')).toThrow(/"data" array/);
    expect(() => parseOvdInfoJson('null')).toThrow(/"data" array/);
  });
});
