import { and, eq, inArray, isNotNull, isNull, lte, ne, not, or, sql, type SQL } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { letterReplies, letters } from '../letters.tables.ts';

/** The last dates (inclusive) that are due: a letter posted on or before `contentUpTo` loses its words. */
export interface RetentionCutoffs {
  today: string;
  contentUpTo: string;
  contactUpTo: string;
}

/** Letters written on the platform; those logged as sent outside hold nothing sealed. */
const onPlatform = eq(letters.origin, 'platform');

/** The letter's words and images: everything but the writer's contact. */
const hasContent = or(
  isNotNull(letters.bodyEnc),
  isNotNull(letters.translationEnc),
  isNotNull(letters.signatureEnc),
  isNotNull(letters.returnAddressEnc),
  isNotNull(letters.moderatorNoteEnc),
  isNotNull(letters.imageKey),
  isNotNull(letters.writtenPhotoKey),
)!;

/** The writer asked for an archive copy and it has not been exported and deleted yet. */
export const heldForArchive = and(eq(letters.wantsArchive, true), isNull(letters.contentDeletedOn), isNotNull(letters.bodyEnc))!;

/** A reply whose scans or translation are still there (both sealed with the letter's key). */
const replyHasContent = sql`(${letterReplies.scanKeys} <> '[]'::jsonb OR ${letterReplies.translationEnc} IS NOT NULL)`;

const scoped = (ids: string[] | undefined): SQL | undefined => (ids ? inArray(letters.id, ids) : undefined);

/**
 * Deletes the words and images of the letters `due` selects and returns the files the rows named, for
 * the caller to delete once the transaction has committed.
 */
export async function clearLetterContent(db: Conn, due: SQL, today: string): Promise<string[]> {
  const rows = await db
    .select({ id: letters.id, imageKey: letters.imageKey, writtenPhotoKey: letters.writtenPhotoKey })
    .from(letters)
    .where(and(onPlatform, hasContent, due))
    .for('update');
  if (rows.length === 0) return [];
  await db
    .update(letters)
    .set({
      bodyEnc: null,
      translationEnc: null,
      signatureEnc: null,
      returnAddressEnc: null,
      moderatorNoteEnc: null,
      imageKey: null,
      writtenPhotoKey: null,
      contentDeletedOn: sql`coalesce(${letters.contentDeletedOn}, ${today}::date)`,
    })
    .where(inArray(letters.id, rows.map((r) => r.id)));
  return rows.flatMap((r) => [r.imageKey, r.writtenPhotoKey].filter((k): k is string => !!k));
}

/**
 * Posted long enough ago and not kept for the archive; or rejected (never posted, never archived),
 * counted from the day it was written.
 */
export function contentDue(c: RetentionCutoffs): SQL {
  return or(
    and(lte(letters.sentOn, c.contentUpTo), eq(letters.wantsArchive, false)),
    and(eq(letters.state, 'rejected'), lte(letters.createdOn, c.contentUpTo)),
  )!;
}

/**
 * The writer's e-mail and reply link go when no reply can reach them any more; for a rejected letter,
 * together with its words, since nothing will ever be sent to the writer about it.
 */
export async function clearWriterContact(db: Conn, c: RetentionCutoffs): Promise<number> {
  const rows = await db
    .update(letters)
    .set({ writerEmailEnc: null, replyTokenHash: null, replyExpiresAt: null })
    .where(
      and(
        onPlatform,
        or(isNotNull(letters.writerEmailEnc), isNotNull(letters.replyTokenHash)),
        or(lte(letters.sentOn, c.contactUpTo), and(eq(letters.state, 'rejected'), lte(letters.createdOn, c.contentUpTo))),
      ),
    )
    .returning({ id: letters.id });
  return rows.length;
}

/**
 * Replies' scans and translations go with the reply window, unless the letter is still held for the
 * archive (then they go at the first run after its copies were exported and deleted). Returns the scan files.
 */
export async function clearReplyContent(db: Conn, c: RetentionCutoffs, ids?: string[]): Promise<string[]> {
  const rows = await db
    .select({ id: letterReplies.id, scanKeys: letterReplies.scanKeys })
    .from(letterReplies)
    .innerJoin(letters, eq(letters.id, letterReplies.letterId))
    .where(and(onPlatform, lte(letters.sentOn, c.contactUpTo), not(heldForArchive), replyHasContent, scoped(ids)))
    .for('update', { of: letterReplies });
  if (rows.length === 0) return [];
  await db
    .update(letterReplies)
    .set({ scanKeys: [], translationEnc: null })
    .where(inArray(letterReplies.id, rows.map((r) => r.id)));
  return rows.flatMap((r) => r.scanKeys);
}

/**
 * Once retention has left nothing sealed with a letter's key (no words, images, contact, reply scans or
 * translations), the wrapped key goes too: it could only ever open copies of what was deleted.
 */
export async function dropSpentKeys(db: Conn, ids?: string[]): Promise<number> {
  const rows = await db
    .update(letters)
    .set({ keyWrapped: null })
    .where(
      and(
        onPlatform,
        isNotNull(letters.keyWrapped),
        isNotNull(letters.contentDeletedOn),
        not(hasContent),
        isNull(letters.writerEmailEnc),
        sql`NOT EXISTS (SELECT 1 FROM ${letterReplies} WHERE ${letterReplies.letterId} = ${letters.id} AND ${replyHasContent})`,
        scoped(ids),
      ),
    )
    .returning({ id: letters.id });
  return rows.length;
}

/** A letter whose archive copy is held for the person: posted, wanted for the archive, content still there. */
export const archiveCopyHeld = and(onPlatform, isNotNull(letters.sentOn), ne(letters.state, 'rejected'), heldForArchive)!;
