// `solpost import postcodes <file.csv> --country XX [--replace]`: the "find your representative" table of one
// country. All or nothing, like every import: every row is checked first, then one transaction writes. Without
// --replace the file's pairs are added to the table; with it, the table becomes exactly the file (the normal way
// to load a new edition), so supporters never see a half-loaded table.
import type { Database } from '../../../db/client.ts';
import { ImportError } from '../../registry/import/import.service.ts';
import { isCountryCode } from '../../solidarity/sponsorships/sponsorships.model.ts';
import { normalisePostcode } from './representatives.ts';
import { readCsv, quoted, type CsvRecord } from './targets.csv.ts';
import { isWellFormedPostcode } from './targets.model.ts';
import { deletePostcodesOf, insertPostcodes, pairKey, postcodePairs } from './targets.repository.ts';

export interface PostcodesReport {
  country: string;
  total: number;
  created: number;
  unchanged: number;
  /** Pairs the table had and the file does not (--replace only). */
  removed: number;
  replace: boolean;
  dryRun: boolean;
}

class DryRunRollback extends Error {}

export const CONSTITUENCY_MAX = 200;

export function parsePostcodesCsv(text: string): CsvRecord[] {
  return readCsv(text, (columns) => {
    const unknown = columns.find((c) => c !== 'postcode' && c !== 'constituency');
    if (unknown !== undefined) return `unknown column "${unknown}" (expected: postcode, constituency)`;
    if (columns.length !== 2) return 'the header must name the columns "postcode" and "constituency"';
    return null;
  });
}

/** The rows as normalised pairs; the first malformed row or repeated pair stops everything. */
export function checkPostcodeRows(country: string, records: CsvRecord[]): { postcode: string; constituency: string }[] {
  const seen = new Map<string, number>();
  return records.map(({ row, cells }) => {
    const postcode = normalisePostcode(cells.postcode ?? '');
    const constituency = (cells.constituency ?? '').trim().replace(/\s+/g, ' ');
    if (!postcode) throw new ImportError(row, 'postcode: empty');
    if (!isWellFormedPostcode(country, postcode)) throw new ImportError(row, `postcode ${quoted(cells.postcode)}: not a postcode of ${country}`);
    if (!constituency) throw new ImportError(row, 'constituency: empty');
    if (constituency.length > CONSTITUENCY_MAX) throw new ImportError(row, `constituency: longer than ${CONSTITUENCY_MAX} characters`);
    const key = pairKey(postcode, constituency);
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new ImportError(row, `postcode ${quoted(postcode)} with constituency ${quoted(constituency)} is also on row ${earlier}`);
    seen.set(key, row);
    return { postcode, constituency };
  });
}

export async function runPostcodesImport(database: Database, countryGiven: string, records: CsvRecord[], opts: { replace?: boolean; dryRun?: boolean } = {}): Promise<PostcodesReport> {
  const country = countryGiven.trim().toUpperCase();
  if (!isCountryCode(country)) throw new ImportError(0, `--country ${quoted(countryGiven)} is not an ISO 3166-1 alpha-2 country code (e.g. DE, PL)`);
  if (!records.length) throw new ImportError(0, 'the file has a header but no rows');
  const rows = checkPostcodeRows(country, records);
  const report: PostcodesReport = { country, total: rows.length, created: 0, unchanged: 0, removed: 0, replace: !!opts.replace, dryRun: !!opts.dryRun };
  try {
    await database.db.transaction(async (tx) => {
      const existing = await postcodePairs(tx, country);
      const fresh = rows.filter((r) => !existing.has(pairKey(r.postcode, r.constituency)));
      report.created = fresh.length;
      report.unchanged = rows.length - fresh.length;
      if (opts.replace) {
        report.removed = existing.size - report.unchanged;
        // Readers in other transactions see the old table until this one commits.
        await deletePostcodesOf(tx, country);
        await insertPostcodes(tx, country, rows);
      } else {
        await insertPostcodes(tx, country, fresh);
      }
      if (opts.dryRun) throw new DryRunRollback();
    });
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw err;
  }
  return report;
}

export function formatPostcodesReport(r: PostcodesReport): string {
  const verb = (past: string) => (r.dryRun ? `would have ${past}` : past);
  const removed = r.replace ? `, ${verb('removed')} ${r.removed}` : '';
  const prefix = r.dryRun ? 'Dry run (nothing was changed): ' : '';
  return `${prefix}${r.country} postcode table: ${verb('added')} ${r.created}, unchanged ${r.unchanged}${removed} of ${r.total} rows.`;
}
