import type { Config } from '../../../app/config.ts';
import type { Db } from '../../../db/client.ts';
import type { BlobStore } from '../../../lib/blob-store.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';
import { clearLetterContent, clearReplyContent, clearWriterContact, contentDue, dropSpentKeys, type RetentionCutoffs } from './retention.repository.ts';

export type RetentionConfig = Pick<Config, 'lettersRetentionDays' | 'lettersReplyWindowDays'>;

export interface RetentionResult {
  /** Files deleted from the blob store (letter images, photos of written cards, reply scans). */
  files: number;
  /** Letters whose wrapped key went, so nothing of them can be opened any more. */
  keys: number;
}

/** Dates, not times: a letter posted on the 1st with 30 days' retention goes on the 31st, whatever the hour. */
export function retentionCutoffs(config: RetentionConfig, now: Date): RetentionCutoffs {
  const today = todayIso(now);
  return { today, contentUpTo: addDays(today, -config.lettersRetentionDays), contactUpTo: addDays(today, -config.lettersReplyWindowDays) };
}

/**
 * Deletes what we no longer need to hold about letters (PRODUCT.md: letter plaintext goes after
 * posting unless the writer asked for an archive copy):
 * - words and images of a letter posted `lettersRetentionDays` ago, unless kept for the archive;
 *   of a rejected letter, counted from the day it was written;
 * - the writer's e-mail and reply link, and the replies' scans and translations, when the reply window ends;
 * - the letter's wrapped key, once nothing sealed with it is left.
 * Rows change in one transaction first, files go after it commits: a crash in between leaves only
 * sealed files no row names. Running it again changes nothing more.
 */
export async function applyLetterRetention(db: Db, blobs: BlobStore, config: RetentionConfig, now = new Date()): Promise<RetentionResult> {
  const c = retentionCutoffs(config, now);
  const { files, keys } = await db.transaction(async (tx) => {
    const content = await clearLetterContent(tx, contentDue(c), c.today);
    await clearWriterContact(tx, c);
    const scans = await clearReplyContent(tx, c);
    return { files: [...content, ...scans], keys: await dropSpentKeys(tx) };
  });
  await deleteFiles(blobs, files);
  return { files: files.length, keys };
}

export async function deleteFiles(blobs: BlobStore, keys: string[]): Promise<void> {
  for (const key of keys) await blobs.delete(key);
}
