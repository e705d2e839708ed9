import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client.ts';
import { openTestDatabase, TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { buildPersonInput, createRng } from '../registry.builders.ts';
import { savePerson } from '../registry.service.ts';
import { searchDirectory } from './search.repository.ts';
import { BE_SYSTEMS, transliterateBe } from './transliterate.be.ts';
import { RU_SYSTEMS, transliterateRu } from './transliterate.ru.ts';
import type { PersonInput } from '../registry.model.ts';

const PEOPLE = 40;

/** Every spelling someone might type: each standard system, both word orders, with and without diacritics. */
function spellingsOf(p: PersonInput): string[] {
  const out = new Set<string>();
  const cyr = (full: string | null | undefined, tr: (s: string) => string[]) => {
    if (!full) return;
    const [surname, given] = full.split(' ');
    for (const text of [`${given} ${surname}`, `${surname} ${given}`, full]) {
      out.add(text);
      for (const latin of tr(text)) out.add(latin);
    }
  };
  cyr(p.nameBe, (s) => BE_SYSTEMS.map((sys) => transliterateBe(s, sys)));
  cyr(p.nameRu, (s) => RU_SYSTEMS.map((sys) => transliterateRu(s, sys)));
  if (p.nameLatin) {
    out.add(p.nameLatin);
    out.add(p.nameLatin.split(' ').reverse().join(' '));
  }
  return [...out];
}

/** A typo: one letter of the surname dropped (not the first, people get that right). */
function withTypo(latin: string): string {
  const [given, surname] = latin.split(' ');
  const i = Math.min(3, surname.length - 2);
  return `${given} ${surname.slice(0, i)}${surname.slice(i + 1)}`;
}

describe.each(TEST_DB_KINDS)('search finds every person from any spelling on %s', (kind) => {
  let database: Database;
  const people: { input: PersonInput; slug: string }[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const rng = createRng(7);
    await database.db.transaction(async (tx) => {
      for (let i = 0; i < PEOPLE; i++) {
        const input = buildPersonInput(rng, { origin: i % 4 === 3 ? 'RU' : 'BY' });
        const { person } = await savePerson(tx, input, { importLabel: 'test' });
        people.push({ input, slug: person.slug });
      }
    });
  });
  afterAll(() => database.close());

  const top3 = async (q: string) => (await searchDirectory(database.db, { q, lang: 'en', page: 1, pageSize: 3 })).items.map((i) => i.slug);

  it('in the first three results, from each standard spelling in either order', { timeout: 180_000 }, async () => {
    const misses: string[] = [];
    for (const { input, slug } of people) {
      for (const q of spellingsOf(input)) if (!(await top3(q)).includes(slug)) misses.push(`${q} → ${slug}`);
    }
    expect(misses).toEqual([]);
  });

  it('with a letter missing, and from the start of the surname', async () => {
    const misses: string[] = [];
    for (const { input, slug } of people) {
      const typo = withTypo(input.nameLatin!);
      if (!(await top3(typo)).includes(slug)) misses.push(`${typo} → ${slug}`);
      const [given, surname] = input.nameLatin!.split(' ');
      const partial = `${surname.slice(0, 5)} ${given}`;
      if (!(await top3(partial)).includes(slug)) misses.push(`${partial} → ${slug}`);
    }
    expect(misses).toEqual([]);
  });

  it('ranks an exact spelling above a fuzzy one', async () => {
    const target = people[0];
    const result = await searchDirectory(database.db, { q: target.input.nameLatin!, lang: 'en', page: 1, pageSize: 10 });
    expect(result.items[0].slug).toBe(target.slug);
    expect(result.items[0].score).toBeGreaterThan(result.items[1]?.score ?? 0);
  });
});
