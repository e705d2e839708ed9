import fs from 'node:fs';
import path from 'node:path';
import type { Runtime } from '../app/bootstrap.ts';
import { IMPORT_FORMATS, ImportError, parseImportFile, runImport, type ImportFormat, type ImportReport } from '../modules/registry/import/import.service.ts';
import { UsageError } from './usage-error.ts';

export interface ImportOptions {
  dryRun?: boolean;
  skipInvalid?: boolean;
  /** postcodes: the country the table is for, and whether it replaces that country's table. */
  country?: string;
  replace?: boolean;
}

/** A progress bar on a terminal only: piped output stays clean for logs. */
function progressBar(stream: NodeJS.WriteStream) {
  if (!stream.isTTY) return undefined;
  let last = -1;
  return (done: number, total: number) => {
    const pct = Math.floor((done / total) * 100);
    if (pct === last && done !== total) return;
    last = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(pct).padStart(3)}% ${done}/${total}`);
    if (done === total) stream.write('\n');
  };
}

export function formatReport(r: ImportReport): string {
  const lines = [
    `${r.dryRun ? 'Dry run (nothing was changed): would have ' : ''}${r.dryRun ? 'created' : 'Created'} ${r.created}, updated ${r.updated}, unchanged ${r.unchanged} of ${r.total} rows.`,
  ];
  if (r.skipped.length) {
    lines.push(`Skipped ${r.skipped.length} invalid row(s):`);
    for (const s of r.skipped) lines.push(`  row ${s.row}: ${s.error}`);
  }
  return lines.join('\n');
}

export async function importCommand(rt: Runtime, args: string[], opts: ImportOptions): Promise<void> {
  const [format, file, ...extra] = args;
  if (format === 'targets' || format === 'postcodes') return importCampaignTargets(rt, format, file, extra, opts);
  if (!(IMPORT_FORMATS as readonly string[]).includes(format ?? '')) throw new UsageError(`import: unknown format "${format ?? ''}" (expected ${[...IMPORT_FORMATS, 'targets', 'postcodes'].join(', ')})`);
  if (!file || extra.length) throw new UsageError('import: expected exactly one file');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`import: cannot read ${file}`);
  }
  try {
    const rows = parseImportFile(format as ImportFormat, file, text);
    const report = await runImport(rt.deps.database, format as ImportFormat, rows, {
      label: `import ${format} ${path.basename(file)}`,
      dryRun: opts.dryRun,
      skipInvalid: opts.skipInvalid,
      onProgress: progressBar(process.stderr),
    });
    console.log(formatReport(report));
  } catch (err) {
    if (err instanceof ImportError) {
      throw new ImportFailed(`Import stopped, nothing was changed: ${err.row ? `row ${err.row}: ` : ''}${err.reason}${err.row ? ' (use --skip-invalid to import the other rows)' : ''}`);
    }
    throw err;
  }
}

/** Campaign targets and the postcode table (CSV only): always all or nothing, so --skip-invalid is refused. */
async function importCampaignTargets(rt: Runtime, format: 'targets' | 'postcodes', file: string | undefined, extra: string[], opts: ImportOptions): Promise<void> {
  if (!file || extra.length) throw new UsageError('import: expected exactly one file');
  if (opts.skipInvalid) throw new UsageError(`import ${format}: --skip-invalid is not available (a bad row stops the import)`);
  if (format === 'postcodes' && !opts.country) throw new UsageError('import postcodes: --country XX is required');
  if (format === 'targets' && (opts.country || opts.replace)) throw new UsageError('import targets: --country and --replace are for postcodes');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`import: cannot read ${file}`);
  }
  try {
    // Loaded only for these imports: every other command starts as fast as before.
    const { parseTargetsCsv, runTargetsImport } = await import('../modules/campaigns/targets/targets-import.service.ts');
    const { formatPostcodesReport, parsePostcodesCsv, runPostcodesImport } = await import('../modules/campaigns/targets/postcodes-import.service.ts');
    if (format === 'targets') {
      const report = await runTargetsImport(rt.deps.database, parseTargetsCsv(text), { dryRun: opts.dryRun, onProgress: progressBar(process.stderr) });
      console.log(formatReport(report));
    } else {
      const report = await runPostcodesImport(rt.deps.database, opts.country!, parsePostcodesCsv(text), { replace: opts.replace, dryRun: opts.dryRun });
      console.log(formatPostcodesReport(report));
    }
  } catch (err) {
    if (err instanceof ImportError) throw new ImportFailed(`Import stopped, nothing was changed: ${err.row ? `row ${err.row}: ` : ''}${err.reason}`);
    throw err;
  }
}

/** A bad file or row: the CLI prints the message and exits with status 1. */
export class ImportFailed extends Error {}
