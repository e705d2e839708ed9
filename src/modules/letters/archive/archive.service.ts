import { and, eq, inArray } from 'drizzle-orm';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import type { Keys } from '../../../lib/crypto.ts';
import { findPersonBySlug } from '../../registry/registry.repository.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import type { LetterKind } from '../letters.model.ts';
import type { LetterRow } from '../letters.repository.ts';
import { letters } from '../letters.tables.ts';
import { openLetter, letterKey } from '../sealed.ts';
import { archiveCopyHeld, clearLetterContent, clearReplyContent, dropSpentKeys } from '../retention/retention.repository.ts';
import { deleteFiles, retentionCutoffs } from '../retention/retention.service.ts';
import { archivedLettersOf, archiveHolders, type ArchiveHolder } from './archive.repository.ts';

export type { ArchiveHolder };

export interface ArchivedLetter {
  kind: LetterKind;
  sentOn: string;
  text: string;
  translation: string | null;
  signature: string | null;
  /** The drawing or photo, decrypted (a re-encoded JPEG), or null. */
  image: Buffer | null;
}

export interface ArchiveExport {
  person: PersonRow;
  letters: ArchivedLetter[];
  /** Printed on the PDF's cover; typing it confirms the deletion of exactly these letters' copies. */
  deletionCode: string;
}

export function archiveOverview(deps: Deps): Promise<ArchiveHolder[]> {
  return archiveHolders(deps.database.db);
}

/** Archive copies go to people no longer held, and only when there is something to hand over. */
async function releasedWithArchive(deps: Deps, slug: string): Promise<{ person: PersonRow; rows: LetterRow[] }> {
  const person = await findPersonBySlug(deps.database.db, slug);
  if (!person || person.status === 'current') throw notFound();
  const rows = await archivedLettersOf(deps.database.db, person.id);
  if (rows.length === 0) throw notFound();
  return { person, rows };
}

/**
 * A code bound to the person and the exact set of letters exported. It is printed only in the PDF, so
 * deleting needs the export in hand, and a letter archived after the export does not match it.
 */
export function deletionCode(keys: Keys, personId: string, letterIds: string[]): string {
  const mac = Buffer.from(keys.mac(`letters-archive:${personId}:${[...letterIds].sort().join(',')}`), 'base64url').toString('hex').toUpperCase();
  return `${mac.slice(0, 4)}-${mac.slice(4, 8)}`;
}

const normalisedCode = (code: string) => code.toUpperCase().replace(/[^0-9A-F]/g, '');

export async function exportArchive(deps: Deps, slug: string): Promise<ArchiveExport> {
  const { person, rows } = await releasedWithArchive(deps, slug);
  const out: ArchivedLetter[] = [];
  for (const row of rows) {
    const open = openLetter(deps.keys, row);
    const sealedImage = row.imageKey ? await deps.blobs.get(row.imageKey) : null;
    const key = letterKey(deps.keys, row);
    out.push({
      kind: row.kind,
      sentOn: row.sentOn!,
      text: open.text ?? '',
      translation: open.translation,
      signature: open.signature,
      image: sealedImage && key ? key.decryptBytes(sealedImage) : null,
    });
  }
  return { person, letters: out, deletionCode: deletionCode(deps.keys, person.id, rows.map((r) => r.id)) };
}

/**
 * After the export, the archived copies are deleted like retention deletes posted letters: words and
 * images, and (if the reply window is over) reply scans and the key. Rows first, files after the commit.
 * 'stale' when the code does not match the letters held now: mistyped, or letters changed since the export.
 */
export async function deleteArchivedCopies(deps: Deps, slug: string, code: string, now = new Date()): Promise<'deleted' | 'stale'> {
  const { person, rows } = await releasedWithArchive(deps, slug);
  const ids = rows.map((r) => r.id);
  if (normalisedCode(code) !== normalisedCode(deletionCode(deps.keys, person.id, ids))) return 'stale';
  const c = retentionCutoffs(deps.config, now);
  const files = await deps.database.db.transaction(async (tx) => {
    const content = await clearLetterContent(tx, and(archiveCopyHeld, eq(letters.personId, person.id), inArray(letters.id, ids))!, c.today);
    const scans = await clearReplyContent(tx, c, ids);
    await dropSpentKeys(tx, ids);
    return [...content, ...scans];
  });
  await deleteFiles(deps.blobs, files);
  return 'deleted';
}
