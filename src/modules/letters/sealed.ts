import type { BlobStore } from '../../lib/blob-store.ts';
import type { DataKey, Keys } from '../../lib/crypto.ts';
import type { LetterRow } from './letters.repository.ts';

/** What volunteers may read of a letter: its words, never the writer's e-mail address. */
export interface OpenLetter {
  text: string | null;
  translation: string | null;
  signature: string | null;
  returnAddress: string | null;
  moderatorNote: string | null;
}

/** The letter's own key, or null once retention has deleted everything it sealed. */
export function letterKey(keys: Keys, row: Pick<LetterRow, 'keyWrapped'>): DataKey | null {
  return row.keyWrapped ? keys.unwrapDataKey(row.keyWrapped) : null;
}

export function openLetter(keys: Keys, row: LetterRow): OpenLetter {
  const key = letterKey(keys, row);
  const open = (v: string | null) => (key && v ? key.decrypt(v) : null);
  return {
    text: open(row.bodyEnc),
    translation: open(row.translationEnc),
    signature: open(row.signatureEnc),
    returnAddress: open(row.returnAddressEnc),
    moderatorNote: open(row.moderatorNoteEnc),
  };
}

/**
 * The writer's address, for the code that e-mails them and nothing else: no page shows it to a
 * volunteer. Null when the writer's address has been deleted (the reply window is over).
 */
export function writerEmailOf(keys: Keys, row: Pick<LetterRow, 'keyWrapped' | 'writerEmailEnc'>): string | null {
  const key = letterKey(keys, row);
  return key && row.writerEmailEnc ? key.decrypt(row.writerEmailEnc) : null;
}

/** A sealed file (image, photo, scan) opened with its letter's key; null when the key or the file is gone. */
export async function openSealedFile(blobs: BlobStore, key: DataKey | null, blobKey: string | null | undefined): Promise<Buffer | null> {
  const sealed = key && blobKey ? await blobs.get(blobKey) : null;
  return sealed && key ? key.decryptBytes(sealed) : null;
}

/** The short code printed on a letter and its envelope, to match a returned letter or a reply. */
export function letterReference(id: string): string {
  return `SP-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/** The id prefix a reference stands for, or null if it is not one. */
export function referencePrefix(reference: string): string | null {
  const m = /^\s*(?:SP-?)?([0-9a-f]{8})\s*$/i.exec(reference);
  return m ? m[1].toLowerCase() : null;
}
