import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { asc } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { openTestDatabase, TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { ImportError } from '../../registry/import/import.service.ts';
import { buildPostcodes, buildTarget, seedTargetsDemo } from './targets.builders.ts';
import { parsePostcodesCsv, runPostcodesImport } from './postcodes-import.service.ts';
import { findRepresentatives, normalisePostcode } from './representatives.ts';
import { postcodeConstituencies, targets } from './targets.tables.ts';

const read = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('normalisePostcode', () => {
  it('ignores case, spaces and hyphens', () => {
    expect(normalisePostcode(' 10 115 ')).toBe('10115');
    expect(normalisePostcode('00-950')).toBe('00950');
    expect(normalisePostcode('sw1a 0aa')).toBe('SW1A0AA');
  });
});

describe.each(TEST_DB_KINDS)('postcode tables on %s', (kind) => {
  let database: Database;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
  });
  afterEach(() => database.close());

  const importCsv = (country: string, text: string, opts: { replace?: boolean; dryRun?: boolean } = {}) => runPostcodesImport(database, country, parsePostcodesCsv(text), opts);
  const table = async () =>
    (await database.db.select().from(postcodeConstituencies).orderBy(asc(postcodeConstituencies.country), asc(postcodeConstituencies.postcode), asc(postcodeConstituencies.constituency))).map(
      (r) => `${r.country} ${r.postcode} ${r.constituency}`,
    );

  it('imports normalised pairs (a postcode may lie in two constituencies); the same file again adds nothing', async () => {
    expect(await importCsv('de', read('postcodes-de-small.csv'))).toMatchObject({ country: 'DE', total: 4, created: 4, unchanged: 0, removed: 0 });
    expect(await table()).toEqual(['DE 10115 Nordufer (fixture)', 'DE 10117 Nordufer (fixture)', 'DE 10117 Südufer (fixture)', 'DE 20095 Hafen (fixture)']);
    expect(await importCsv('DE', read('postcodes-de-small.csv'))).toMatchObject({ created: 0, unchanged: 4 });
    expect(await table()).toHaveLength(4);
  });

  it('--replace makes the table exactly the new edition, leaving other countries alone; a dry run changes nothing', async () => {
    await buildPostcodes(database.db, 'PL', [{ postcode: '00950', constituency: 'Okręg (fixture)' }]);
    await importCsv('DE', read('postcodes-de-small.csv'));
    const before = await table();
    expect(await importCsv('DE', read('postcodes-de-new-edition.csv'), { replace: true, dryRun: true })).toMatchObject({ created: 1, unchanged: 2, removed: 2, dryRun: true });
    expect(await table()).toEqual(before);
    expect(await importCsv('DE', read('postcodes-de-new-edition.csv'), { replace: true })).toMatchObject({ total: 3, created: 1, unchanged: 2, removed: 2 });
    expect(await table()).toEqual(['DE 10115 Nordufer (fixture)', 'DE 10117 Südufer (fixture)', 'DE 80331 Altstadt (fixture)', 'PL 00950 Okręg (fixture)']);
  });

  it('adds without --replace: pairs already there stay', async () => {
    await importCsv('DE', read('postcodes-de-small.csv'));
    expect(await importCsv('DE', read('postcodes-de-new-edition.csv'))).toMatchObject({ created: 1, unchanged: 2, removed: 0 });
    expect(await table()).toHaveLength(5);
  });

  it.each([
    ['a malformed postcode', 'postcode,constituency\n10115,A\n1011,A\n', 2, /^postcode "1011": not a postcode of DE/],
    ['an empty constituency', 'postcode,constituency\n10115,A\n10117, \n', 2, /^constituency: empty/],
    ['a pair twice', 'postcode,constituency\n10115,A\n10117,B\n10 115,A\n', 3, /^postcode "10115" with constituency "A" is also on row 1/],
  ])('stops at %s with the row number and changes nothing, even with --replace', async (_label, text, row, reason) => {
    await importCsv('DE', read('postcodes-de-small.csv'));
    const before = await table();
    for (const replace of [false, true]) {
      const err = await importCsv('DE', text, { replace }).catch((e: unknown) => e as ImportError);
      expect(err).toBeInstanceOf(ImportError);
      expect((err as ImportError).row).toBe(row);
      expect((err as ImportError).reason).toMatch(reason);
      expect(await table()).toEqual(before);
    }
  });

  it('refuses an unknown country, an unknown column and a file without rows', async () => {
    await expect(importCsv('XX', read('postcodes-de-small.csv'))).rejects.toThrow(/not an ISO 3166-1 alpha-2/);
    expect(() => parsePostcodesCsv('postcode,constituency,mp\n10115,A,B\n')).toThrow(/unknown column "mp"/);
    expect(() => parsePostcodesCsv('postcode\n10115\n')).toThrow(/must name the columns/);
    await expect(importCsv('DE', 'postcode,constituency\n', { replace: true })).rejects.toThrow(/no rows/);
    expect(await table()).toEqual([]);
  });

  it('findRepresentatives: normalised postcodes, a straddling postcode gives both constituencies, an unknown one nothing', async () => {
    await importCsv('DE', read('postcodes-de-small.csv'));
    const a = await buildTarget(database.db, { ref: 'a', name: 'Clara Ausgedacht', country: 'DE', constituency: 'Nordufer (fixture)' });
    const b = await buildTarget(database.db, { ref: 'b', name: 'Lotte Erdacht', country: 'DE', constituency: 'Südufer (fixture)' });
    await buildTarget(database.db, { ref: 'c', name: 'Not a member', kind: 'embassy', country: 'DE', constituency: 'Nordufer (fixture)' });
    await buildTarget(database.db, { ref: 'd', name: 'Elsewhere', country: 'AT', constituency: 'Nordufer (fixture)' });
    const one = await findRepresentatives(database.db, 'de', ' 10 115');
    expect(one.constituencies).toEqual(['Nordufer (fixture)']);
    expect(one.targets.map((t) => t.id)).toEqual([a.id]);
    const two = await findRepresentatives(database.db, 'DE', '10117');
    expect(two.constituencies).toEqual(['Nordufer (fixture)', 'Südufer (fixture)']);
    expect(two.targets.map((t) => t.id)).toEqual([a.id, b.id]);
    expect(await findRepresentatives(database.db, 'DE', '99999')).toEqual({ constituencies: [], targets: [] });
    expect(await findRepresentatives(database.db, 'PL', '10115')).toEqual({ constituencies: [], targets: [] });
  });

  it('the demo seed: invented members of parliament with .invalid addresses, found by the demo postcodes', async () => {
    await seedTargetsDemo(database.db, undefined as never);
    const all = await database.db.select().from(targets);
    expect(all.length).toBe(15);
    for (const t of all) expect(t.email, t.ref).toMatch(/\.invalid$/);
    expect(all.filter((t) => t.kind === 'parliament_member').map((t) => t.country).sort()).toEqual([...Array(8).fill('DE'), ...Array(4).fill('PL')]);
    const straddling = await findRepresentatives(database.db, 'DE', '10117');
    expect(straddling.constituencies).toEqual(['Spreeufer-Nord (demo)', 'Spreeufer-Süd (demo)']);
    expect(straddling.targets.map((t) => t.name)).toEqual(['Greta Beispielhaft', 'Lukas Platzhalter', 'Emil Vorlagner', 'Frieda Mustergültig']);
    expect((await findRepresentatives(database.db, 'PL', '00-950')).targets.map((t) => t.name)).toEqual(['Tomasz Zmyślony', 'Zofia Fikcyjna']);
  });
});
