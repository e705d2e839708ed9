import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { openTestDatabase, TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import type { PersonInput } from '../registry.model.ts';
import { savePerson } from '../registry.service.ts';
import { rowsOf, searchDirectory } from './search.repository.ts';
import { pruneSearchWords } from './word-dictionary.ts';
import { similarity } from './word-index.ts';

const by = { importLabel: 'test' };
const person = (nameLatin: string, extra: Partial<PersonInput> = {}): PersonInput => ({ nameLatin, status: 'current', gender: 'unknown', country: 'BY', ...extra });

describe.each(TEST_DB_KINDS)('fuzzy search through the word dictionary on %s', (kind) => {
  let database: Database;
  const found = async (q: string) => (await searchDirectory(database.db, { q, lang: 'en', page: 1, pageSize: 3 })).items;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await savePerson(database.db, person('Aliaksei Tarasenka'), by);
    await savePerson(database.db, person('Yana Arabeika', { nameBe: 'Арабейка Яна Сяргееўна' }), by);
  });
  afterAll(() => database.close());

  it('finds a person published only in Latin from the Cyrillic name with a patronymic, below an exact match', async () => {
    const [first] = await found('Тарасенка Аляксей Паўлавіч');
    expect(first?.slug).toBe('aliaksei-tarasenka');
    expect(first.score).toBeLessThan(2);
  });

  it('finds a person saved after the dictionary was loaded, from a mistyped name', async () => {
    expect((await found('Arabeyka Yana'))[0]?.slug).toBe('yana-arabeika');
    await savePerson(database.db, person('Palina Vailionak'), by);
    expect((await found('Palina Vailonak'))[0]?.slug).toBe('palina-vailionak');
  });

  it('scores words as pg_trgm does', async () => {
    const pairs = [
      ['arabeika', 'arabejka'],
      ['kolesnikova', 'kalesnikava'],
      ['тарасенка', 'тарасенко'],
      ['nikol', 'nikolaeva'],
    ];
    for (const [a, b] of pairs) {
      const [row] = await rowsOf<{ s: number }>(database.db, sql`SELECT similarity(${a}, ${b}) AS s`);
      expect(similarity(a, b)).toBeCloseTo(Number(row.s), 5);
    }
  });

  it('keeps the dictionary to the words still in use', async () => {
    const words = async () => (await rowsOf<{ word: string }>(database.db, sql`SELECT word FROM search_words`)).map((r) => r.word);
    const { person: saved } = await savePerson(database.db, person('Zmicier Piatrouski'), by);
    expect(await words()).toContain('piatrouski');
    await savePerson(database.db, person('Zmicier Kavalenka'), by, { existing: saved });
    await pruneSearchWords(database.db);
    const after = await words();
    expect(after).not.toContain('piatrouski');
    expect(after).toEqual(expect.arrayContaining(['kavalenka', 'tarasenka', 'arabeika']));
  });
});
