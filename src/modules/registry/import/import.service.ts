import type { Database } from '../../../db/client.ts';
import type { FacilityRow, PersonRow } from '../registry.tables.ts';
import { facilities, people, personSearchKeys, placements, recordHistory } from '../registry.tables.ts';
import type { PersonInput } from '../registry.model.ts';
import { isNull } from 'drizzle-orm';
import { peopleOfSource, type Conn } from '../registry.repository.ts';
import { resolveFacility, savePerson, searchKeysOf, slugBase, sortLatin } from '../registry.service.ts';
import type { ParsedRow } from './parsed-row.ts';
import { parseViasnaCsv, parseViasnaJson } from './viasna.ts';
import { parseOvdInfoJson } from './ovdinfo.ts';

export const IMPORT_FORMATS = ['viasna', 'ovdinfo'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportReport {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: { row: number; error: string }[];
  dryRun: boolean;
}

/** A bad file or row: nothing was changed. `row` is 0 when the file as a whole is unreadable. */
export class ImportError extends Error {
  constructor(
    readonly row: number,
    readonly reason: string,
  ) {
    super(row ? `row ${row}: ${reason}` : reason);
  }
}

class DryRunRollback extends Error {}

export function parseImportFile(format: ImportFormat, fileName: string, text: string): ParsedRow[] {
  try {
    if (format === 'ovdinfo') return parseOvdInfoJson(text);
    return /\.csv$/i.test(fileName) ? parseViasnaCsv(text) : parseViasnaJson(text);
  } catch (err) {
    throw new ImportError(0, (err as Error).message);
  }
}

/**
 * Applies parsed rows in one transaction: all or nothing. New people are inserted in batches (an import of
 * thousands must take seconds); known people go through savePerson, which diffs and writes history.
 */
export async function runImport(
  database: Database,
  format: ImportFormat,
  rows: ParsedRow[],
  opts: { label: string; dryRun?: boolean; skipInvalid?: boolean; onProgress?: (done: number, total: number) => void },
): Promise<ImportReport> {
  const skipped = rows.filter((r) => r.error).map((r) => ({ row: r.row, error: r.error! }));
  if (skipped.length && !opts.skipInvalid) throw new ImportError(skipped[0].row, skipped[0].error);
  // A source may list one person twice (OVD-Info: one row per prosecution); the later row wins.
  const valid = [...new Map(rows.filter((r) => !r.error && r.person).map((r) => [r.person!.sourceId ?? r.sourceId ?? `row-${r.row}`, r])).values()];
  const report: ImportReport = { total: rows.length, created: 0, updated: 0, unchanged: 0, skipped, dryRun: !!opts.dryRun };
  const by = { importLabel: opts.label };

  try {
    await database.db.transaction(async (tx) => {
      const known = new Map((await tx.select().from(facilities)).map((f) => [f.addressKey, f]));
      const existing = await peopleOfSource(tx, format);
      const current = new Map((await tx.select().from(placements).where(isNull(placements.toOn))).map((p) => [p.personId, p.facilityId]));
      const fresh: { input: PersonInput; facility: FacilityRow | null }[] = [];
      let done = 0;
      for (const row of valid) {
        const input = withSourceRules(row.person!, format);
        const before = existing.get(input.sourceId!);
        if (before) {
          const { outcome } = await savePerson(tx, input, by, { existing: before, known, currentFacilityId: current.get(before.id) ?? null });
          report[outcome]++;
        } else {
          const facility = input.facility ? await resolveFacility(tx, input.facility, by, known) : null;
          fresh.push({ input, facility });
        }
        opts.onProgress?.(++done, valid.length);
      }
      report.created = await insertPeopleBatch(tx, fresh, opts.label);
      if (opts.dryRun) throw new DryRunRollback();
    });
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw err;
  }
  return report;
}

/** What a source does not know does not erase what we know: a current prisoner's facility, a birth date. */
function withSourceRules(input: PersonInput, format: ImportFormat): PersonInput {
  const out = { ...input, source: format };
  if (out.facility === null && out.status === 'current') delete out.facility;
  // An unknown birth date in the source leaves what a coordinator may have entered.
  if (out.birth && out.birth.year === null && out.birth.month === null) delete out.birth;
  return out;
}

const BATCH = 500;

async function insertPeopleBatch(db: Conn, fresh: { input: PersonInput; facility: FacilityRow | null }[], label: string): Promise<number> {
  if (!fresh.length) return 0;
  const taken = new Set((await db.select({ slug: people.slug }).from(people)).map((r) => r.slug));
  for (let i = 0; i < fresh.length; i += BATCH) {
    const chunk = fresh.slice(i, i + BATCH);
    const values = chunk.map(({ input }) => {
      const { facility: _f, birth, ...rest } = input;
      return {
        ...rest,
        slug: freeSlug(taken, input.nameLatin || sortLatin(input)),
        sortLatin: sortLatin(input),
        birthYear: birth?.year ?? null,
        birthMonth: birth?.month ?? null,
        birthDay: birth?.day ?? null,
      };
    });
    const inserted: PersonRow[] = await db.insert(people).values(values).returning();
    const keys = inserted.flatMap((p) => searchKeysOf(p).map((key) => ({ personId: p.id, key })));
    for (let k = 0; k < keys.length; k += BATCH * 8) await db.insert(personSearchKeys).values(keys.slice(k, k + BATCH * 8));
    await db.insert(recordHistory).values(inserted.map((p) => ({ entity: 'person' as const, entityId: p.id, event: 'created' as const, importLabel: label })));
    const placed = inserted.flatMap((p, j) => {
      const { facility, input } = chunk[j];
      return facility ? [{ personId: p.id, facilityId: facility.id, fromOn: input.sentenceStartOn ?? input.arrestedOn ?? null }] : [];
    });
    if (placed.length) await db.insert(placements).values(placed);
  }
  return fresh.length;
}

function freeSlug(taken: Set<string>, text: string): string {
  const base = slugBase(text);
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}
