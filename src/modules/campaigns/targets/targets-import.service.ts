// `solpost import targets <file.csv>`: all or nothing. The whole file is read and every row checked (against
// the targets already stored, for columns a row leaves out) before anything is written, in one transaction;
// the first bad row stops the import with its number and the reason. A dry run rolls the same transaction back.
import type { Database } from '../../../db/client.ts';
import { createI18n, type Translate } from '../../../app/i18n.ts';
import { ImportError, type ImportReport } from '../../registry/import/import.service.ts';
import { todayIso } from '../../registry/registry.present.ts';
import { readCsv, quoted, type CsvRecord } from './targets.csv.ts';
import { sameTarget, SALUTATION_FIELDS, TARGET_COLUMNS, TARGET_FIELDS, targetFieldValues, type TargetInput } from './targets.model.ts';
import { insertTarget, targetsByRef, updateTarget } from './targets.repository.ts';
import { targetFieldsSchema } from './targets.schemas.ts';
import type { TargetRow } from './targets.tables.ts';

class DryRunRollback extends Error {}

let english: Translate | undefined;
/** Row errors are for the person at the terminal: the form's message keys, in English. */
const inEnglish = (key: string) => (english ??= createI18n().translator('en'))(key);

/** The header must name `ref`; every other column must be a target field or `salutation_<one of our languages>`. */
export function checkTargetColumns(columns: string[]): string | null {
  if (!columns.includes('ref')) return 'the header has no "ref" column (it is required: targets are recognised by it)';
  for (const c of columns) {
    if (TARGET_COLUMNS.includes(c)) continue;
    const lang = /^salutation_(.*)$/.exec(c)?.[1];
    if (lang !== undefined) return `the column "${c}" names an unknown language "${lang}" (salutation columns: ${SALUTATION_FIELDS.join(', ')})`;
    return `unknown column "${c}" (expected: ${[...TARGET_FIELDS, 'salutation_<language>'].join(', ')})`;
  }
  return null;
}

export function parseTargetsCsv(text: string): CsvRecord[] {
  return readCsv(text, checkTargetColumns);
}

const inputOf = (t: TargetRow): TargetInput => ({ ...t, salutations: t.salutations ?? {} });

/**
 * One row as a target: columns the file leaves out keep what is stored (a file of refs and e-mails updates
 * e-mails only); an empty cell clears an optional field. `\n` in the postal address is a line break.
 */
export function rowToTarget(record: CsvRecord, stored: TargetRow | undefined): TargetInput {
  const values = { ...(stored ? targetFieldValues(inputOf(stored)) : {}), ...record.cells };
  if (values.postal_address !== undefined) values.postal_address = values.postal_address.replace(/\\n/g, '\n');
  const parsed = targetFieldsSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const column = String(issue.path[0] ?? 'ref');
  const given = values[column];
  const reason = /^[a-z]+(\.[A-Za-z_]+)+$/.test(issue.message) ? inEnglish(issue.message) : issue.message;
  throw new ImportError(record.row, `${column}${given ? ` ${quoted(given)}` : ''}: ${reason}`);
}

export async function runTargetsImport(
  database: Database,
  records: CsvRecord[],
  opts: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportReport> {
  const report: ImportReport = { total: records.length, created: 0, updated: 0, unchanged: 0, skipped: [], dryRun: !!opts.dryRun };
  const today = todayIso();
  try {
    await database.db.transaction(async (tx) => {
      const stored = await targetsByRef(tx);
      // Every row is checked before the first write, so a bad last row costs no work.
      const firstRowOf = new Map<string, number>();
      const checked = records.map((record) => {
        const ref = record.cells.ref.trim();
        const earlier = ref ? firstRowOf.get(ref) : undefined;
        if (earlier !== undefined) throw new ImportError(record.row, `ref ${quoted(ref)} is also on row ${earlier} (each target once per file)`);
        firstRowOf.set(ref, record.row);
        return { input: rowToTarget(record, stored.get(ref)), before: stored.get(ref) };
      });
      let done = 0;
      for (const { input, before } of checked) {
        if (!before) {
          await insertTarget(tx, input, today);
          report.created++;
        } else if (sameTarget(input, inputOf(before))) {
          report.unchanged++;
        } else {
          await updateTarget(tx, before.id, input, today);
          report.updated++;
        }
        opts.onProgress?.(++done, checked.length);
      }
      if (opts.dryRun) throw new DryRunRollback();
    });
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw err;
  }
  return report;
}
