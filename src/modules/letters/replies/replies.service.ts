import { randomBytes } from 'node:crypto';
import type { Deps } from '../../../app/context.ts';
import { hashToken, newToken } from '../../../lib/crypto.ts';
import type { Photo } from '../../../lib/images.ts';
import type { Conn } from '../../registry/registry.repository.ts';
import { todayIso } from '../../registry/registry.present.ts';
import { FACILITY_LANGUAGES, type LetterState } from '../letters.model.ts';
import { moveLetter, type LetterRow } from '../letters.repository.ts';
import { emailWriter } from '../letters.service.ts';
import { findQueuedLetter, updateLetterIn } from '../queue.repository.ts';
import { letterKey, openSealedFile, writerEmailOf } from '../sealed.ts';
import { appendScan, deliveredRepliesOf, findLetterByReplyToken, insertReply, openReplyOf, updateReplyIn } from './replies.repository.ts';

/** A reply can come for a letter once it has been posted, and more than one may come. */
const ANSWERABLE: readonly LetterState[] = ['posted', 'reply_received', 'reply_delivered'];

/** The writer reads Russian or Belarusian, or a translator puts the reply into their language first. */
function replyNeedsTranslation(letter: LetterRow): boolean {
  return !(FACILITY_LANGUAGES as readonly string[]).includes(letter.locale);
}

/**
 * A mailer scans a reply page by page (each re-encoded, without metadata). Every page is sealed with the
 * letter's own key and written before the row that names it. The first page opens the reply.
 */
export async function addReplyPage(deps: Deps, letterId: string, scan: Photo, actorId: string): Promise<boolean> {
  const db = deps.database.db;
  const found = await findQueuedLetter(db, letterId);
  const key = found && letterKey(deps.keys, found.letter);
  if (!found || !key || !ANSWERABLE.includes(found.letter.state)) return false;
  const blobKey = `replies/${randomBytes(16).toString('hex')}.bin`;
  await deps.blobs.put(blobKey, key.encryptBytes(scan.data));
  await db.transaction(async (tx) => {
    const open = await openReplyOf(tx, letterId);
    if (open) return appendScan(tx, open.id, blobKey);
    await insertReply(tx, { letterId, state: 'scanning', receivedOn: todayIso(), scanKeys: [blobKey] });
    if (found.letter.state === 'posted') await moveLetter(tx, { id: letterId, from: 'posted', to: 'reply_received' }, { actorId, at: new Date() });
  });
  return true;
}

/**
 * All pages are in: if the writer asked for replies, the reply goes to them now, or after a translator
 * has put it into their language. Otherwise it stays ready (it still counts for the person).
 */
export async function completeReply(deps: Deps, letterId: string): Promise<boolean> {
  const db = deps.database.db;
  const found = await findQueuedLetter(db, letterId);
  if (!found) return false;
  const letter = found.letter;
  const deliverable = letter.wantsReplies && writerEmailOf(deps.keys, letter) !== null;
  return db.transaction(async (tx) => {
    const open = await openReplyOf(tx, letterId);
    if (!open) return false;
    const state = deliverable && replyNeedsTranslation(letter) ? 'translation' : 'ready';
    if (!(await updateReplyIn(tx, open.id, 'scanning', { state }))) return false;
    if (deliverable && state === 'ready') await deliverReply(deps, tx, letter, open.id);
    return true;
  });
}

/**
 * Sends the writer a private link to read their replies: a fresh token each time (the e-mail is the only
 * copy), valid for a configured number of days. Inside the caller's transaction, so the reply is marked
 * delivered exactly when the e-mail is queued.
 */
export async function deliverReply(deps: Deps, tx: Conn, letter: LetterRow, replyId: string): Promise<boolean> {
  const delivered = await updateReplyIn(tx, replyId, 'ready', { state: 'delivered', deliveredOn: todayIso(), claimedBy: null });
  if (!delivered) return false;
  const token = newToken();
  const days = deps.config.lettersReplyLinkDays;
  await updateLetterIn(tx, letter.id, letter.state, { replyTokenHash: hashToken(token), replyExpiresAt: new Date(Date.now() + days * 86400_000) });
  if (letter.state === 'reply_received') await moveLetter(tx, { id: letter.id, from: 'reply_received', to: 'reply_delivered' }, { actorId: null, at: new Date() });
  return emailWriter(deps, tx, letter, `reply:${replyId}`, 'letters.reply', { token, days: String(days) });
}

export interface ReplyToRead {
  id: string;
  receivedOn: string;
  scans: number;
  translation: string | null;
}

/** The letter a writer's reply link opens, with its delivered replies; 'expired' or null if the link does not work. */
async function readerLetter(deps: Deps, token: string) {
  const letter = await findLetterByReplyToken(deps.database.db, hashToken(token));
  if (!letter) return null;
  const key = letterKey(deps.keys, letter);
  if (!key || !letter.replyExpiresAt || letter.replyExpiresAt < new Date()) return 'expired' as const;
  return { letter, key, replies: await deliveredRepliesOf(deps.database.db, letter.id) };
}

/** What the writer's reply link opens: the delivered replies, or why the link does not work. */
export async function repliesForReader(deps: Deps, token: string): Promise<{ letter: LetterRow; replies: ReplyToRead[] } | 'expired' | null> {
  const found = await readerLetter(deps, token);
  if (!found || found === 'expired') return found;
  const { letter, key, replies } = found;
  return {
    letter,
    replies: replies.map((r) => ({ id: r.id, receivedOn: r.receivedOn, scans: r.scanKeys.length, translation: r.translationEnc ? key.decrypt(r.translationEnc) : null })),
  };
}

/** One scan of a reply, decrypted for the holder of the reply link; null if it is not theirs or gone. */
export async function scanForReader(deps: Deps, token: string, replyId: string, n: number): Promise<Buffer | null> {
  const found = await readerLetter(deps, token);
  if (!found || found === 'expired') return null;
  return openSealedFile(deps.blobs, found.key, found.replies.find((r) => r.id === replyId)?.scanKeys[n]);
}
