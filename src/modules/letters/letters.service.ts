import { randomBytes } from 'node:crypto';
import type { Deps } from '../../app/context.ts';
import type { Db } from '../../db/client.ts';
import type { BlobStore } from '../../lib/blob-store.ts';
import { AppError } from '../../app/errors.ts';
import { enforce, LIMITS } from '../../app/rate-limit.ts';
import { derivedJobId } from '../../jobs/queue.ts';
import { enqueueEmail } from '../../jobs/email.job.ts';
import { hashToken, newToken } from '../../lib/crypto.ts';
import type { Photo } from '../../lib/images.ts';
import { todayIso } from '../registry/registry.present.ts';
import { findPersonById } from '../registry/registry.repository.ts';
import type { PersonRow } from '../registry/registry.tables.ts';
import type { Conn } from '../registry/registry.repository.ts';
import { writerEmailOf } from './sealed.ts';
import { CONFIRM_LINK_HOURS, stateAfterConfirmation, type LetterKind } from './letters.model.ts';
import { expireUnconfirmed, findLetterByConfirmToken, findLetterBySubmission, insertLetterOnce, moveLetter, recordLetterEvent, type LetterRow } from './letters.repository.ts';
import { checkLetter, type CheckResult } from './safety/safety-check.ts';
import { isCheckLanguage } from './safety/language.ts';

export interface Submission {
  submissionId: string;
  person: PersonRow;
  kind: LetterKind;
  text: string;
  signature: string | null;
  returnAddress: string | null;
  email: string;
  wantsReplies: boolean;
  wantsArchive: boolean;
  wantsOriginal: boolean;
  image: Photo | null;
  /** The safety check the writer has seen (letters.routes runs it once per submission). */
  check: CheckResult;
  locale: string;
  userId: string | null;
}

/** Only people still held can get a letter through us. */
export function canReceiveLetters(person: PersonRow): boolean {
  return person.status === 'current';
}

export function checkSubmission(text: string, kind: LetterKind, locale: string): CheckResult {
  return checkLetter(text, { kind, hint: isCheckLanguage(locale) ? locale : undefined });
}

/**
 * Stores a letter as awaiting the writer's confirmation and, in the same transaction, the e-mail that
 * asks for it. The letter's words, the writer's contact and the image are sealed with a key of the
 * letter's own. A submission sent twice (a double click, a retry after a crash) stores one letter and
 * one e-mail: the form's submission id is unique, and the e-mail job's id is derived from the letter.
 */
export async function submitLetter(deps: Deps, s: Submission): Promise<LetterRow> {
  if (!canReceiveLetters(s.person)) throw new AppError('letters.person_not_held', 400);
  const db = deps.database.db;
  // A retry of a stored submission (a double click, a reload after a crash) is answered as before and costs no budget.
  const stored = await findLetterBySubmission(db, s.submissionId);
  if (stored) return stored;
  // One address gets a few confirmation e-mails an hour, the whole site a budget: the form cannot spam.
  await enforce(db, [[LIMITS.letterConfirmationsPerAddress, deps.keys.lookupHash(s.email)], [{ ...LIMITS.letterConfirmationsGlobal, max: deps.config.lettersConfirmationsPerHour }]]);
  const { key, wrapped } = deps.keys.newDataKey();
  // The file is written (durably) before the row that names it; a crash in between leaves only an unnamed sealed file.
  const imageKey = s.image ? `letters/${randomBytes(16).toString('hex')}.bin` : null;
  if (s.image && imageKey) await deps.blobs.put(imageKey, key.encryptBytes(s.image.data));
  const token = newToken();
  const now = new Date();
  return db.transaction(async (tx) => {
    const { letter, created } = await insertLetterOnce(tx, {
      submissionId: s.submissionId,
      personId: s.person.id,
      userId: s.userId,
      kind: s.kind,
      state: 'awaiting_confirmation',
      locale: s.locale,
      language: s.check.language,
      needsTranslation: s.check.needsTranslation,
      flagged: s.check.findings.length > 0,
      findings: s.check.findings.map(({ code, start, end }) => ({ code, start, end })),
      keyWrapped: wrapped,
      bodyEnc: key.encrypt(s.text),
      writerEmailEnc: key.encrypt(s.email),
      signatureEnc: s.signature ? key.encrypt(s.signature) : null,
      returnAddressEnc: s.returnAddress ? key.encrypt(s.returnAddress) : null,
      imageKey,
      wantsReplies: s.wantsReplies,
      wantsArchive: s.wantsArchive,
      wantsOriginal: s.wantsOriginal,
      confirmTokenHash: hashToken(token),
      confirmExpiresAt: new Date(now.getTime() + CONFIRM_LINK_HOURS * 3600_000),
      createdOn: todayIso(),
    });
    if (!created) return letter;
    await recordLetterEvent(tx, { letterId: letter.id, fromState: null, toState: 'awaiting_confirmation', actorId: null, at: startOfToday() });
    await enqueueEmail(
      deps,
      tx,
      { to: s.email, template: 'letters.confirm', locale: s.locale, params: { lang: s.locale, token } },
      { id: derivedJobId(letter.id, 'confirm-email') },
    );
    return letter;
  });
}

/** A writer's own actions are recorded by date only, never by the time of day. */
export function startOfToday(): Date {
  return new Date(`${todayIso()}T00:00:00Z`);
}

/**
 * Queues an e-mail to a letter's writer, inside the caller's transaction. The address is decrypted here,
 * in the server, and goes sealed into the job: no page ever shows it. `purpose` names this e-mail, so the
 * same event never queues it twice. Returns false when the address has already been deleted.
 */
export async function emailWriter(deps: Deps, tx: Conn, letter: LetterRow, purpose: string, template: string, params: Record<string, string> = {}): Promise<boolean> {
  const to = writerEmailOf(deps.keys, letter);
  if (!to) return false;
  await enqueueEmail(deps, tx, { to, template, locale: letter.locale, params: { lang: letter.locale, ...params } }, { id: derivedJobId(letter.id, purpose) });
  return true;
}

export type ConfirmOutcome = 'confirmed' | 'already' | 'expired' | 'not_held';

/**
 * The writer's click on the e-mail link: the letter enters the volunteers' queues. Confirming twice is
 * harmless. A letter to someone released in the meantime stays where it is, and the writer is told.
 */
export async function confirmLetter(deps: Deps, token: string): Promise<ConfirmOutcome | null> {
  const db = deps.database.db;
  const letter = await findLetterByConfirmToken(db, hashToken(token));
  if (!letter) return null;
  if (letter.state !== 'awaiting_confirmation') return letter.state === 'expired' ? 'expired' : 'already';
  if (letter.confirmExpiresAt && letter.confirmExpiresAt < new Date()) return 'expired';
  const target = await findPersonById(db, letter.personId);
  if (!target || !canReceiveLetters(target)) return 'not_held';
  const moved = await db.transaction((tx) =>
    moveLetter(tx, { id: letter.id, from: 'awaiting_confirmation', to: stateAfterConfirmation(letter) }, { actorId: null, at: startOfToday() }),
  );
  return moved ? 'confirmed' : 'already';
}

/**
 * Letters whose confirmation link ran out are never sent: their sealed words, contact and key go, and
 * so does the image file (after the rows no longer name it).
 */
export async function expireUnconfirmedLetters(db: Db, blobs: BlobStore, now = new Date()): Promise<number> {
  const expired = await db.transaction((tx) => expireUnconfirmed(tx, now, todayIso(now)));
  for (const { imageKey } of expired) if (imageKey) await blobs.delete(imageKey);
  return expired.length;
}
