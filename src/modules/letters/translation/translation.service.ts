import type { Deps } from '../../../app/context.ts';
import { moveLetter } from '../letters.repository.ts';
import { claimLetter, findQueuedLetter, lettersInState, releaseLetter, updateLetterIn, type QueuedLetter } from '../queue.repository.ts';
import { deliverReply } from '../replies/replies.service.ts';
import { findReply, repliesInState, updateReplyIn } from '../replies/replies.repository.ts';
import { letterKey, openLetter } from '../sealed.ts';
import { translationProvider } from './provider.ts';

export async function translationQueue(deps: Deps, userId: string) {
  const db = deps.database.db;
  return { letters: await lettersInState(db, 'translation', { forUser: userId }), replies: await repliesInState(db, 'translation', userId) };
}

/**
 * Takes a letter to translate. With a provider configured, an empty draft is pre-filled from it; the
 * translator corrects it. False if another translator holds it or it left the queue.
 */
export async function claimTranslation(deps: Deps, letterId: string, userId: string): Promise<boolean> {
  const db = deps.database.db;
  if (!(await claimLetter(db, letterId, 'translation', userId))) return false;
  const provider = translationProvider(deps.config);
  const found = await findQueuedLetter(db, letterId);
  const key = found && letterKey(deps.keys, found.letter);
  if (provider && found && key && !found.letter.translationEnc) {
    const text = openLetter(deps.keys, found.letter).text;
    const draft = text ? await provider.translate(text, found.letter.language ?? 'auto', found.letter.translationLanguage ?? 'ru') : null;
    if (draft) await updateLetterIn(db, letterId, 'translation', { translationEnc: key.encrypt(draft) });
  }
  return true;
}

/** The letter a translator holds, opened; undefined if it is not theirs. */
export async function claimedLetter(deps: Deps, letterId: string, userId: string): Promise<QueuedLetter | undefined> {
  const found = await findQueuedLetter(deps.database.db, letterId);
  return found && found.letter.state === 'translation' && found.letter.claimedBy === userId ? found : undefined;
}

/** Saves a draft, finishes (the letter is ready to print), or gives the letter back to the queue. */
export async function saveTranslation(deps: Deps, q: QueuedLetter, userId: string, form: { action: string; translation: string; language: string }): Promise<boolean> {
  const db = deps.database.db;
  const key = letterKey(deps.keys, q.letter);
  if (!key) return false;
  const values = { translationEnc: form.translation ? key.encrypt(form.translation) : null, translationLanguage: form.language };
  if (form.action === 'release') return (await updateLetterIn(db, q.letter.id, 'translation', values)) && releaseLetter(db, q.letter.id, userId);
  if (form.action === 'save') return updateLetterIn(db, q.letter.id, 'translation', values);
  return db.transaction((tx) => moveLetter(tx, { id: q.letter.id, from: 'translation', to: 'ready' }, { actorId: userId, at: new Date() }, { ...values, claimedBy: null }));
}

/** A reply a translator may work on: waiting for translation, held by nobody else. */
export async function replyToTranslate(deps: Deps, replyId: string, userId: string) {
  const found = await findReply(deps.database.db, replyId);
  if (!found || found.reply.state !== 'translation' || (found.reply.claimedBy && found.reply.claimedBy !== userId)) return undefined;
  const key = letterKey(deps.keys, found.letter);
  return key ? { ...found, translation: found.reply.translationEnc ? key.decrypt(found.reply.translationEnc) : '' } : undefined;
}

/** A reply's translation: saved, given back, or finished, which sends the writer their link. */
export async function saveReplyTranslation(deps: Deps, replyId: string, userId: string, form: { action: string; translation: string }): Promise<boolean> {
  const db = deps.database.db;
  const found = await replyToTranslate(deps, replyId, userId);
  const key = found && letterKey(deps.keys, found.letter);
  if (!found || !key) return false;
  const translationEnc = form.translation ? key.encrypt(form.translation) : null;
  if (form.action !== 'finish') {
    return updateReplyIn(db, replyId, 'translation', { translationEnc, claimedBy: form.action === 'release' ? null : userId }, userId);
  }
  return db.transaction(async (tx) => {
    if (!(await updateReplyIn(tx, replyId, 'translation', { translationEnc, state: 'ready' }, userId))) return false;
    return deliverReply(deps, tx, found.letter, replyId);
  });
}
