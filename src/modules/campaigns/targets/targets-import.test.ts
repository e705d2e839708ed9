import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { asc } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { openTestDatabase, TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { ImportError } from '../../registry/import/import.service.ts';
import { parseTargetsCsv, runTargetsImport } from './targets-import.service.ts';
import { targets } from './targets.tables.ts';

const read = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const SMALL = read('targets-small.csv');
const HEADER = 'ref,kind,name,country,email';

describe.each(TEST_DB_KINDS)('targets import on %s', (kind) => {
  let database: Database;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
  });
  afterEach(() => database.close());

  const importCsv = (text: string, opts: { dryRun?: boolean } = {}) => runTargetsImport(database, parseTargetsCsv(text), opts);
  const all = () => database.db.select().from(targets).orderBy(asc(targets.ref));
  /** The import's refusal: row number and reason, with nothing changed. */
  async function refusal(text: string): Promise<ImportError> {
    const before = await all();
    const err = await importCsv(text).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ImportError);
    expect(await all()).toEqual(before);
    return err as ImportError;
  }

  it('imports every column, quoted multi-line cells and \\n alike, and a second run changes nothing', async () => {
    expect(await importCsv(SMALL)).toMatchObject({ total: 6, created: 6, updated: 0, unchanged: 0, dryRun: false });
    const rows = await all();
    const embassy = rows.find((r) => r.ref === 'fx-embassy-by-de')!;
    expect(embassy).toMatchObject({ kind: 'embassy', country: 'DE', party: null, constituency: null, email: 'embassy@fixture.invalid' });
    expect(embassy.postalAddress).toBe('Botschaft (fixture)\nBeispielweg 3\n10115 Berlin');
    expect(embassy.salutations).toEqual({ de: 'Sehr geehrte Damen und Herren', en: 'Dear Sir or Madam', ru: 'Уважаемые дамы и господа' });
    const ministry = rows.find((r) => r.ref === 'fx-ministry-de')!;
    expect(ministry.country).toBe('DE'); // "de" in the file
    expect(ministry.postalAddress).toBe('Ministerium (fixture)\nMusterplatz 2\n10117 Berlin');
    expect(ministry.salutations).toEqual({ de: 'Sehr geehrte Damen und Herren', en: 'Dear Sir or Madam' });
    expect(rows.find((r) => r.ref === 'fx-de-mp-03')).toMatchObject({ email: null, postalAddress: null, party: 'Fixture Greens', constituency: 'Südufer (fixture)', salutations: { de: 'Sehr geehrte Frau Erdacht' } });

    expect(await importCsv(SMALL)).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
    expect(await all()).toEqual(rows);
  });

  it('updates by ref: columns a file leaves out keep their values, and the same update twice is unchanged', async () => {
    await importCsv(SMALL);
    const before = await all();
    expect(await importCsv(read('targets-update.csv'))).toMatchObject({ total: 2, created: 0, updated: 1, unchanged: 1 });
    const after = await all();
    const clara = after.find((r) => r.ref === 'fx-de-mp-01')!;
    expect(clara.email).toBe('clara.new@fixture.invalid');
    expect(clara.salutations).toEqual({ de: 'Sehr geehrte Frau Abgeordnete Ausgedacht', en: 'Dear Ms Ausgedacht', ru: 'Уважаемая госпожа Аусгедахт' });
    expect(clara.id).toBe(before.find((r) => r.ref === 'fx-de-mp-01')!.id);
    expect({ ...clara, email: null, salutations: null, updatedOn: null }).toEqual({ ...before.find((r) => r.ref === 'fx-de-mp-01')!, email: null, salutations: null, updatedOn: null });
    expect(await importCsv(read('targets-update.csv'))).toMatchObject({ updated: 0, unchanged: 2 });
    // An empty cell clears an optional field.
    expect(await importCsv('ref,party\nfx-de-mp-02,\n')).toMatchObject({ updated: 1 });
    expect((await all()).find((r) => r.ref === 'fx-de-mp-02')!.party).toBeNull();
  });

  it('imports the example of docs/import-targets.md as documented', async () => {
    const doc = fs.readFileSync(path.join(import.meta.dirname, '../../../../docs/import-targets.md'), 'utf8');
    const example = /```csv\n([\s\S]*?)```/.exec(doc)![1];
    expect(await importCsv(example)).toMatchObject({ created: 2 });
    const [embassy, mp] = await all();
    expect(embassy.postalAddress).toBe('Beispielstraße 1\n10115 Berlin');
    expect(mp.postalAddress).toBe('Platz der Beispiele 1\n11011 Berlin');
    expect(mp.salutations).toEqual({ de: 'Sehr geehrte Frau Beispielhaft', en: 'Dear Ms Beispielhaft' });
  });

  it('a dry run reports what would happen and changes nothing', async () => {
    expect(await importCsv(SMALL, { dryRun: true })).toMatchObject({ created: 6, dryRun: true });
    expect(await all()).toEqual([]);
    await importCsv(SMALL);
    const before = await all();
    expect(await importCsv(read('targets-update.csv'), { dryRun: true })).toMatchObject({ updated: 1, unchanged: 1, dryRun: true });
    expect(await all()).toEqual(before);
  });

  it('stops at the first bad row, naming its number and reason, and writes none of the good rows before it', async () => {
    const err = await refusal(read('targets-bad-row.csv'));
    expect(err.row).toBe(3);
    expect(err.reason).toBe('email "not-an-address@": Enter a valid e-mail address, or leave it empty.');
  });

  it.each([
    ['an unknown kind', `${HEADER}\na,embassy,A,DE,\nb,senator,B,DE,\n`, 2, /^kind "senator": Choose a kind from the list/],
    ['an unknown country', `${HEADER}\na,embassy,A,XX,\n`, 1, /^country "XX": Choose a country from the list/],
    ['a missing name', `${HEADER}\na,embassy,A,DE,\nb,embassy,,DE,\n`, 2, /^name: Enter a name\./],
    ['a ref twice', `${HEADER}\na,embassy,A,DE,\nb,embassy,B,DE,\na,ministry,C,DE,\n`, 3, /^ref "a" is also on row 1/],
    ['a ref with spaces', `${HEADER}\nde mp 1,embassy,A,DE,\n`, 1, /^ref "de mp 1": Use letters, digits/],
    ['a new ref without its kind', 'ref,name,country\nnew-one,A,DE\n', 1, /^kind: Choose a kind\./],
  ])('refuses %s with the row number, changing nothing', async (_label, text, row, reason) => {
    await importCsv(SMALL);
    const err = await refusal(text);
    expect(err.row).toBe(row);
    expect(err.reason).toMatch(reason);
  });

  it.each([
    ['an unknown column', 'ref,kind,name,country,fax\na,embassy,A,DE,123\n', /^unknown column "fax"/],
    ['a salutation in a language we do not have', 'ref,kind,name,country,salutation_it\na,embassy,A,DE,Gentile\n', /^the column "salutation_it" names an unknown language "it"/],
    ['no ref column', 'kind,name,country\nembassy,A,DE\n', /no "ref" column/],
    ['a column twice', 'ref,name,name\na,A,B\n', /"name" appears twice/],
    ['a row with too many cells', 'ref,name\na,A,extra\n', /not valid CSV/],
  ])('refuses a file with %s before reading any row', async (_label, text, reason) => {
    const err = await Promise.resolve()
      .then(() => parseTargetsCsv(text))
      .then(
        () => null,
        (e: unknown) => e as ImportError,
      );
    expect(err).toBeInstanceOf(ImportError);
    expect(err!.row).toBe(0);
    expect(err!.reason).toMatch(reason);
  });
});
