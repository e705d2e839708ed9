// Reads the CSV files `solpost import targets|postcodes` takes: a header row naming the columns, then one record
// per row (quoted cells may span lines). Row numbers count data rows: row 1 is the first after the header, as
// in the registry's imports. Anything wrong with the file as a whole is an ImportError with row 0.
import { parse as parseCsv } from 'csv-parse/sync';
import { ImportError } from '../../registry/import/import.service.ts';

export interface CsvRecord {
  row: number;
  cells: Record<string, string>;
}

/**
 * Header names are trimmed and lower-cased; `check` refuses the header (unknown or missing columns) before any
 * row is read. Cells are as written, except that a literal "\n" inside a cell stays for the caller to decide.
 */
export function readCsv(text: string, check: (columns: string[]) => string | null): CsvRecord[] {
  let records: string[][];
  try {
    records = parseCsv(text, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (err) {
    throw new ImportError(0, `the file is not valid CSV: ${(err as Error).message}`);
  }
  if (!records.length) throw new ImportError(0, 'the file is empty (a header row is expected first)');
  const columns = records[0].map((c) => c.trim().toLowerCase());
  const twice = columns.find((c, i) => columns.indexOf(c) !== i);
  if (twice !== undefined) throw new ImportError(0, `the column "${twice}" appears twice in the header`);
  const problem = check(columns);
  if (problem) throw new ImportError(0, problem);
  return records.slice(1).map((cells, i) => ({ row: i + 1, cells: Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? ''])) }));
}

/** A value quoted for an error message, cut short: a long cell must not flood the terminal. */
export function quoted(value: string): string {
  const one = value.replace(/\s+/g, ' ');
  return `"${one.length > 60 ? `${one.slice(0, 57)}...` : one}"`;
}
