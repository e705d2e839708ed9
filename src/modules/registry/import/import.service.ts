import type { Database } from '../../../db/client.ts';
import type { FacilityRow } from '../registry.tables.ts';
import { facilities, people, placements } from '../registry.tables.ts';
import type { PersonInput } from '../registry.model.ts';
import { randomUUID } from 'node:crypto';
import { getTableColumns, isNull, sql } from 'drizzle-orm';
import { peopleOfSource, type Conn } from '../registry.repository.ts';
import { resolveFacility, savePerson, searchKeysOf, slugBase, sortLatin } from '../registry.service.ts';
import type { ParsedRow } from './parsed-row.ts';
import { searchWordsWritten } from '../search/word-dictionary.ts';
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

const BATCH = 2000;

/** camelCase property → column name, for rows handed to the database as JSON. */
const PEOPLE_COLUMNS = Object.entries(getTableColumns(people)).map(([prop, col]) => [prop, col.name] as const);

/**
 * Inserts new people in large batches (imports and the demo seed). Each batch goes to the database as one JSON parameter expanded by
 * jsonb_populate_recordset: building multi-row VALUES with thousands of parameters cost more than the insert.
 */
export async function insertPeopleBatch(db: Conn, fresh: { input: PersonInput; facility: FacilityRow | null }[], label: string): Promise<number> {
  if (!fresh.length) return 0;
  const taken = new Set((await db.select({ slug: people.slug }).from(people)).map((r) => r.slug));
  const now = new Date().toISOString();
  for (let i = 0; i < fresh.length; i += BATCH) {
    const chunk = fresh.slice(i, i + BATCH);
    const rows = chunk.map(({ input }) => {
      const { facility: _f, birth, ...rest } = input;
      const sortName = sortLatin(input);
      const values: Record<string, unknown> = {
        ...rest,
        id: randomUUID(),
        slug: freeSlug(taken, input.nameLatin || sortName),
        sortLatin: sortName,
        birthYear: birth?.year ?? null,
        birthMonth: birth?.month ?? null,
        birthDay: birth?.day ?? null,
        otherNames: rest.otherNames ?? [],
        articles: rest.articles ?? [],
        description: rest.description ?? {},
        interests: rest.interests ?? {},
        sources: rest.sources ?? [],
        gender: rest.gender ?? 'unknown',
        lettersReach: rest.lettersReach ?? 'unknown',
        createdAt: now,
        updatedAt: now,
      };
      // Columns left out arrive as NULL: a smaller parameter to encode and parse.
      const row: Record<string, unknown> = {};
      for (const [prop, col] of PEOPLE_COLUMNS) if (values[prop] !== undefined && values[prop] !== null) row[col] = values[prop];
      return row as { id: string } & Record<string, unknown>;
    });
    await db.execute(sql`INSERT INTO people SELECT * FROM jsonb_populate_recordset(NULL::people, ${JSON.stringify(rows)}::jsonb)`);
    const keys = rows.flatMap((r, j) => {
      const { input } = chunk[j];
      return searchKeysOf({ nameBe: input.nameBe ?? null, nameRu: input.nameRu ?? null, nameLatin: input.nameLatin ?? null, otherNames: input.otherNames ?? [] }).map((key) => ({ person_id: r.id, key }));
    });
    await db.execute(sql`INSERT INTO person_search_keys (person_id, key) SELECT * FROM jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) AS x(person_id uuid, key text)`);
    searchWordsWritten();
    const history = rows.map((r) => ({ entity: 'person', entity_id: r.id, event: 'created', import_label: label }));
    await db.execute(
      sql`INSERT INTO record_history (entity, entity_id, event, import_label) SELECT * FROM jsonb_to_recordset(${JSON.stringify(history)}::jsonb) AS x(entity text, entity_id uuid, event text, import_label text)`,
    );
    const placed = rows.flatMap((r, j) => {
      const { facility, input } = chunk[j];
      return facility ? [{ person_id: r.id, facility_id: facility.id, from_on: input.sentenceStartOn ?? input.arrestedOn ?? null }] : [];
    });
    if (placed.length) {
      await db.execute(
        sql`INSERT INTO placements (person_id, facility_id, from_on) SELECT * FROM jsonb_to_recordset(${JSON.stringify(placed)}::jsonb) AS x(person_id uuid, facility_id uuid, from_on date)`,
      );
    }
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
