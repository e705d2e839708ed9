/**
 * CSV writer (RFC 4180) for exports opened in spreadsheet programs.
 *
 * - Records end with CRLF, as RFC 4180 prescribes and Excel expects.
 * - A UTF-8 byte order mark comes first: without it Excel decodes the file in the
 *   local ANSI code page and Cyrillic names turn into mojibake.
 * - Text cells that a spreadsheet would evaluate as a formula (= + - @, or a leading
 *   tab/CR) get a leading apostrophe (OWASP "CSV injection"): the data comes from many
 *   people, and a crafted name must not run a formula on a volunteer's machine.
 *   Number cells are left alone: a number cannot carry a formula.
 */

export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function cell(value: CsvCell): string {
  if (value === null) return '';
  let text: string;
  if (typeof value === 'number') {
    // NaN/Infinity are not data a spreadsheet can use; an empty cell is more honest.
    text = Number.isFinite(value) ? String(value) : '';
  } else {
    text = FORMULA_START.test(value) ? `'${value}` : value;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function record(cells: CsvCell[]): string {
  return cells.map(cell).join(',') + '\r\n';
}

/** The whole file as a string, BOM first; send it as `text/csv; charset=utf-8`. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return BOM + record(header) + rows.map(record).join('');
}
