import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PersonInput } from '../registry.model.ts';
import { dateField, facilityKind } from './parsed-row.ts';
import { parseViasnaCsv, parseViasnaJson } from './viasna.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const rows = parseViasnaJson(fixture('viasna-small.json'));
const person = (id: string): PersonInput => {
  const row = rows.find((r) => r.sourceId === id);
  if (!row?.person) throw new Error(`no person ${id}: ${row?.error}`);
  return row.person;
};

describe('Viasna import: parsing', () => {
  it('parses every fixture record, numbering rows from 1', () => {
    expect(rows).toHaveLength(12);
    expect(rows.filter((r) => r.error)).toEqual([]);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('gives the same records from the CSV export as from the JSON export', () => {
    expect(parseViasnaCsv(fixture('viasna-small.csv'))).toEqual(rows);
  });

  it('maps a full record', () => {
    expect(person('101')).toEqual({
      source: 'viasna',
      sourceId: '101',
      nameLatin: 'Aliaksandr Prykladny',
      status: 'current',
      gender: 'male',
      country: 'BY',
      birth: { year: 1990, month: 4, day: 12 },
      arrestedOn: '2021-03-02',
      articles: [
        { code: 'BY', article: '341', title: { en: 'Desecration of structures and damage to property' } },
        { code: 'BY', part: '2', article: '285', title: { en: 'Participation in a criminal organization in any other form' } },
      ],
      sentenceText: '6 years',
      sentenceMonths: 72,
      regime: 'imprisonment in a medium-security penal colony',
      verdictOn: '2022-01-20',
      appealOn: '2022-05-31',
      sentenceStartOn: null,
      releaseExpectedOn: null,
      description: { en: 'Invented test person, sentenced to 6 years' },
      sources: [{ url: 'https://example.org/viasna/person/101' }],
      facility: {
        nameEn: 'Pre-trial detention center No. 1',
        kind: 'pretrial',
        country: 'BY',
        addressPublished: '220030, Minsk, vulica Valadarskaha 2',
        postalCode: '220030',
        region: null,
        city: 'Minsk',
        street: 'vulica Valadarskaha 2',
      },
    });
  });

  it('treats an empty birthday as unknown and a year alone as the year only', () => {
    expect(person('102').birth).toEqual({ year: null, month: null, day: null });
    expect(person('103').birth).toEqual({ year: 1987, month: null, day: null });
  });

  it('reads sentence texts with fractions, fines and bare numbers', () => {
    expect(person('102').sentenceMonths).toBe(30);
    expect(person('103').sentenceMonths).toBe(102);
    expect(person('105').sentenceMonths).toBe(54);
    expect(person('106')).toMatchObject({ sentenceText: null, sentenceMonths: null, regime: null });
  });

  it('splits a facility address with a region and a PO box', () => {
    expect(person('102').facility).toMatchObject({ kind: 'colony', postalCode: '211322', region: 'Viciebsk region', city: 'Vićba', street: null });
    expect(person('103').facility).toMatchObject({
      postalCode: '225295',
      region: 'Brest region',
      city: 'Ivacevičy',
      street: 'station Damanava, PO Box 20',
    });
  });

  it('uses release_date as the actual release for former prisoners and the expected one for current', () => {
    expect(person('104')).toMatchObject({ status: 'former', releasedOn: '2021-08-10' });
    expect(person('104')).not.toHaveProperty('releaseExpectedOn');
    expect(person('105')).toMatchObject({ status: 'former', releasedOn: '2025-04-01' });
    expect(person('101')).not.toHaveProperty('releasedOn');
  });

  it('has no facility when title and address are empty or FALSE, or the person is under house arrest', () => {
    expect(person('104').facility).toBeNull(); // former, prison "FALSE"
    expect(person('106').facility).toBeNull(); // current, place unknown
    expect(person('109').facility).toBeNull(); // "House arrest", address "FALSE"
    expect(person('109').regime).toBe('restricted freedom under home confinement ("domashnyaya khimiya")');
    expect(person('105').facility).toMatchObject({ nameEn: 'Penal colony No. 9', kind: 'colony' }); // former, facility kept
  });

  it('reads all thirteen article slots in order, ignoring the FALSE parent key', () => {
    const articles = person('107').articles ?? [];
    expect(articles.map((a) => a.article)).toEqual(Array.from({ length: 13 }, (_, i) => String(300 + i)));
    expect(person('107')).toMatchObject({ sentenceMonths: 75, sentenceStartOn: '2021-05-05', facility: { kind: 'prison' } });
  });

  it('keeps the full reference of a preparation charge', () => {
    expect(person('103').articles?.[0]).toEqual({
      code: 'BY',
      article: '293',
      title: { en: 'Preparation for mass riots (Part 1 of Article 13 and Article 293 of the Criminal Code)' },
    });
  });

  it('recognises "khimiya" facilities as open colonies', () => {
    expect(person('108')).toMatchObject({
      regime: 'restricted freedom in an open penal facility ("khimiya")',
      sentenceMonths: 32,
      facility: { kind: 'open_colony', city: 'Homiel', street: 'vul. Barysenka, 13, building 2' },
    });
  });

  it('puts Belarusian Cyrillic into the Belarusian fields', () => {
    expect(person('110')).toMatchObject({
      nameBe: 'Ілья Прыкладаў',
      description: { be: 'Выдуманы ўдзельнік тэсту, асуджаны на 3 гады' },
      sentenceMonths: 36,
      articles: [{ code: 'BY', part: '2', article: '293', title: { be: 'Удзел у масавых беспарадках' } }],
      facility: { nameBe: 'Папраўчая калонія № 17', kind: 'colony', postalCode: '213004', city: 'г. Шклоў', street: 'вул. 1-я Заводская, 8' },
    });
    expect(person('110')).not.toHaveProperty('nameRu');
  });

  it('puts Russian Cyrillic into the Russian fields and honours an explicit name_latin', () => {
    expect(person('111')).toMatchObject({
      nameRu: 'Пётр Вымышленный',
      nameLatin: 'Piotr Vymyshlenny',
      status: 'former',
      birth: { year: 1980, month: null, day: null },
      sentenceMonths: 30,
      description: { ru: 'Вымышленный участник теста, освобождён' },
      facility: { nameRu: 'Исправительная колония № 3', kind: 'colony', region: 'Витебская обл.', city: 'пос. Витьба' },
    });
  });
});

describe('shared helpers', () => {
  it.each([
    ['Pre-trial detention center No. 8', 'pretrial'],
    ['СИЗО-1', 'pretrial'],
    ['СІЗА № 1', 'pretrial'],
    ['Penal colony No. 17', 'colony'],
    ['Juvenile penal colony No. 2', 'colony'],
    ['ИК-15', 'colony'],
    ['ФКУ КП-8 УФСИН', 'colony'],
    ['Папраўчая калонія № 3', 'colony'],
    ['Prison No. 4', 'prison'],
    ['Турма № 8', 'prison'],
    ['Тюрьма № 1', 'prison'],
    ['ФКУ Т-2 УФСИН России', 'prison'],
    ['Open correctional facility No. 17', 'open_colony'],
    ['ИУОТ № 17', 'open_colony'],
    ['УФИЦ при ФКУ ИК-5', 'open_colony'],
    ['ФКУ ЛИУ-3', 'medical'],
    ['ИВС г. Минска', 'detention'],
    ['Somewhere else', 'other'],
  ])('facility kind of %s is %s', (name, kind) => {
    expect(facilityKind(name)).toBe(kind);
  });

  it('accepts only real calendar dates', () => {
    expect(dateField('d', '2024-02-29')).toBe('2024-02-29');
    expect(dateField('d', 'FALSE')).toBeNull();
    expect(() => dateField('d', '2023-02-29')).toThrow('invalid date in field "d": "2023-02-29"');
    expect(() => dateField('d', 20230101)).toThrow('invalid date in field "d": 20230101');
  });
});

describe('Viasna import: errors', () => {
  it('reports an invalid date with the row number, field and value', () => {
    const bad = parseViasnaJson(fixture('viasna-bad-row.json'));
    expect(bad.filter((r) => r.error)).toEqual([
      { row: 3, sourceId: '103', person: null, error: 'invalid date in field "birthday": "1996-13-40" (expected YYYY-MM-DD)' },
    ]);
    expect(bad.filter((r) => r.person)).toHaveLength(3);
  });

  it('reports missing id or name, an unknown status, impossible dates and non-object rows', () => {
    const result = parseViasnaJson(
      JSON.stringify([
        { name: 'No Id', status: 'active' },
        { id: 2, name: '', status: 'active' },
        { id: 3, name: 'Some One', status: 'detained' },
        { id: 4, name: 'Some One', status: 'active', arrested: '2023-02-29' },
        'not a record',
        null,
        { id: 7, name: 'Some One', status: 'active', verdict_date: '12.05.2021' },
      ]),
    );
    expect(result.map((r) => [r.row, r.error])).toEqual([
      [1, 'missing id (got undefined)'],
      [2, 'missing name'],
      [3, 'unknown status "detained" (expected "active" or "former")'],
      [4, 'invalid date in field "arrested": "2023-02-29" (expected YYYY-MM-DD)'],
      [5, 'row is not an object (got string)'],
      [6, 'row is not an object (got null)'],
      [7, 'invalid date in field "verdict_date": "12.05.2021" (expected YYYY-MM-DD)'],
    ]);
    expect(result.every((r) => r.person === null)).toBe(true);
  });

  it('throws for a file that is not JSON or not an array', () => {
    expect(() => parseViasnaJson('id,name\n1,x')).toThrow(/not valid JSON/);
    expect(() => parseViasnaJson('{"id": 1}')).toThrow(/must be a JSON array/);
  });

  it('throws for malformed CSV and numbers CSV rows from the first data row', () => {
    expect(() => parseViasnaCsv('id,name,status\n1,"unterminated,active\n')).toThrow(/not valid CSV/);
    const csv = parseViasnaCsv('id,name,status,birthday\n1,A B,active,\n2,C D,active,1996-13-40\n');
    expect(csv.map((r) => [r.row, r.sourceId, r.error])).toEqual([
      [1, '1', null],
      [2, '2', 'invalid date in field "birthday": "1996-13-40" (expected YYYY-MM-DD)'],
    ]);
  });
});
