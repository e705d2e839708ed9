import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { openTestDatabase, TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { facilities, people, placements, recordHistory } from '../registry.tables.ts';
import { ImportError, parseImportFile, runImport, type ImportFormat } from './import.service.ts';
import { findPersonBySource } from '../registry.repository.ts';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);
const read = (name: string) => fs.readFileSync(fixture(name), 'utf8');

describe.each(TEST_DB_KINDS)('imports on %s', (kind) => {
  let database: Database;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
  });
  afterEach(() => database.close());

  const importText = async (format: ImportFormat, name: string, text: string, opts: { dryRun?: boolean; skipInvalid?: boolean } = {}) =>
    runImport(database, format, parseImportFile(format, name, text), { label: `import ${format} ${name}`, ...opts });
  const counts = async () => {
    const [[p], [f], [h], [pl]] = await Promise.all([
      database.db.select({ n: count() }).from(people),
      database.db.select({ n: count() }).from(facilities),
      database.db.select({ n: count() }).from(recordHistory),
      database.db.select({ n: count() }).from(placements),
    ]);
    return { people: p.n, facilities: f.n, history: h.n, placements: pl.n };
  };

  it('imports the Viasna JSON export, and the same file twice changes nothing', async () => {
    const first = await importText('viasna', 'viasna-small.json', read('viasna-small.json'));
    expect(first).toMatchObject({ total: 12, created: 12, updated: 0, unchanged: 0, skipped: [] });
    const after = await counts();
    // 211322 Vićba (Latin) and 211322 Витьба (Cyrillic) are one facility; "House arrest" is none.
    expect(after.facilities).toBe(8);
    const second = await importText('viasna', 'viasna-small.json', read('viasna-small.json'));
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 12 });
    expect(await counts()).toEqual(after);
  });

  it('reads the CSV export to the same records as the JSON one', async () => {
    await importText('viasna', 'viasna-small.csv', read('viasna-small.csv'));
    const second = await importText('viasna', 'viasna-small.json', read('viasna-small.json'));
    expect(second).toMatchObject({ created: 0, unchanged: 12 });
  });

  it('writes a changed record as an update with history: a transfer and a release', async () => {
    await importText('viasna', 'viasna-small.json', read('viasna-small.json'));
    const records = JSON.parse(read('viasna-small.json')) as Record<string, unknown>[];
    const moved = records.find((r) => r.id === 101)!;
    moved['prison/title'] = 'Prison No. 4';
    moved['prison/address'] = '212011, Mahilioŭ, vulica Krupskaj 99A';
    const freed = records.find((r) => r.id === 112)!;
    freed.status = 'former';
    freed.release_date = '2026-01-15';
    const report = await importText('viasna', 'changed.json', JSON.stringify(records));
    expect(report).toMatchObject({ created: 0, updated: 2, unchanged: 10 });

    const person = (await findPersonBySource(database.db, 'viasna', '101'))!;
    const events = await database.db.select().from(recordHistory).where(eq(recordHistory.entityId, person.id));
    expect(events.map((e) => e.event).sort()).toEqual(['created', 'transfer']);
    expect(events.find((e) => e.event === 'transfer')!.importLabel).toBe('import viasna changed.json');
    const open = await database.db.select().from(placements).where(eq(placements.personId, person.id));
    expect(open.filter((p) => p.toOn === null)).toHaveLength(1);
    expect(open).toHaveLength(2);

    const released = (await findPersonBySource(database.db, 'viasna', '112'))!;
    expect(released.status).toBe('former');
    expect(released.releasedOn).toBe('2026-01-15');
    const releaseEvents = await database.db.select().from(recordHistory).where(eq(recordHistory.entityId, released.id));
    expect(releaseEvents.find((e) => e.event === 'released')!.changes.status).toEqual(['current', 'former']);
  });

  it('stops at a bad row with its number and reason, and changes nothing', async () => {
    const before = await counts();
    await expect(importText('viasna', 'viasna-bad-row.json', read('viasna-bad-row.json'))).rejects.toThrow(ImportError);
    await importText('viasna', 'viasna-bad-row.json', read('viasna-bad-row.json')).catch((err: ImportError) => {
      expect(err.row).toBe(3);
      expect(err.reason).toContain('1996-13-40');
    });
    expect(await counts()).toEqual(before);
    await expect(importText('viasna', 'broken.json', '{"not": "an array"')).rejects.toThrow(ImportError);
    expect(await counts()).toEqual(before);
  });

  it('imports the rest with --skip-invalid and lists what it skipped', async () => {
    const report = await importText('viasna', 'viasna-bad-row.json', read('viasna-bad-row.json'), { skipInvalid: true });
    expect(report.skipped).toEqual([{ row: 3, error: expect.stringContaining('1996-13-40') }]);
    expect(report.created).toBe(report.total - 1);
  });

  it('reports what a dry run would change and changes nothing', async () => {
    const before = await counts();
    const report = await importText('viasna', 'viasna-small.json', read('viasna-small.json'), { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, created: 12 });
    expect(await counts()).toEqual(before);
  });

  it('imports OVD-Info records with Russian facility addresses', async () => {
    await expect(importText('ovdinfo', 'ovdinfo-small.json', read('ovdinfo-small.json'))).rejects.toThrow('row 6');
    const report = await importText('ovdinfo', 'ovdinfo-small.json', read('ovdinfo-small.json'), { skipInvalid: true });
    expect(report.skipped.map((s) => s.row)).toEqual([6]);
    expect(report.created).toBeGreaterThan(0);
    const rows = await database.db.select().from(facilities);
    expect(rows.every((f) => f.country === 'RU')).toBe(true);
    expect(rows.some((f) => /[а-я]/i.test(f.street ?? ''))).toBe(true);
    expect((await importText('ovdinfo', 'ovdinfo-small.json', read('ovdinfo-small.json'), { skipInvalid: true })).created).toBe(0);
  });
});
