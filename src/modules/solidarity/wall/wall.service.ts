// The wall's use cases: show your face (stored unconfirmed, with the e-mail that confirms it, in one
// transaction), confirm, take down with the secret link, moderate, and the daily clean-up.
import { randomBytes } from 'node:crypto';
import type { Deps } from '../../../app/context.ts';
import { enforce } from '../../../app/rate-limit.ts';
import { enqueueEmail } from '../../../jobs/email.job.ts';
import { derivedJobId } from '../../../jobs/queue.ts';
import { hashToken, newToken } from '../../../lib/crypto.ts';
import { uploadedPhotoWithThumbnail, type PhotoProblem } from '../../../lib/uploads.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import { wallChanged } from './wall.read.ts';
import { WALL_CONFIRM_DAYS, WALL_LIMITS, WALL_THUMB_SIDE } from './wall.model.ts';
import {
  approvePending,
  deleteByTakedownHash,
  deleteExpiredUnconfirmed,
  deleteInState,
  findEntryByConfirmHash,
  findEntryBySubmission,
  insertEntryOnce,
  markConfirmed,
  type WallFiles,
} from './wall.repository.ts';

export interface WallSubmission {
  submissionId: string;
  name: string;
  statement: string;
  person: PersonRow | null;
  email: string;
  /** The consent text exactly as the form showed it, in the form's language. */
  consentText: string;
  locale: string;
  /** The photo as the multipart body carried it (lib/uploads.ts Upload). */
  upload: unknown;
}

const newFileKey = () => `wall/${randomBytes(16).toString('hex')}.jpg`;

async function deleteFiles(deps: Deps, files: WallFiles | undefined): Promise<void> {
  if (!files) return;
  await Promise.all([deps.blobs.delete(files.photoKey), deps.blobs.delete(files.thumbKey)]);
}

/**
 * Stores an entry as unconfirmed and, in the same transaction, the e-mail with the confirmation link
 * and the secret takedown link. The photo is re-encoded first; only the new files are stored, under
 * random keys, durably, before the row that names them. The same form sent twice stores one entry.
 */
export async function submitWallEntry(deps: Deps, s: WallSubmission): Promise<{ ok: true } | { problem: PhotoProblem }> {
  const db = deps.database.db;
  if (await findEntryBySubmission(db, s.submissionId)) return { ok: true };
  const processed = await uploadedPhotoWithThumbnail(s.upload, WALL_THUMB_SIDE);
  if ('problem' in processed) return processed;
  // A few confirmation e-mails per address an hour and a budget for the site (a refused photo costs none).
  await enforce(db, [[WALL_LIMITS.perAddress, deps.keys.lookupHash(s.email)], [WALL_LIMITS.global]]);
  const files = { photoKey: newFileKey(), thumbKey: newFileKey() };
  await Promise.all([deps.blobs.put(files.photoKey, processed.photo.data), deps.blobs.put(files.thumbKey, processed.thumb.data)]);
  const confirm = newToken();
  const takedown = newToken();
  try {
    const created = await db.transaction(async (tx) => {
      const { entry, created } = await insertEntryOnce(tx, {
        submissionId: s.submissionId,
        name: s.name,
        statement: s.statement,
        locale: s.locale,
        personId: s.person?.id ?? null,
        ...files,
        state: 'unconfirmed',
        emailEnc: deps.keys.encrypt(s.email),
        consentText: s.consentText,
        confirmTokenHash: hashToken(confirm),
        confirmExpiresAt: new Date(Date.now() + WALL_CONFIRM_DAYS * 86_400_000),
        takedownTokenHash: hashToken(takedown),
        createdOn: todayIso(),
      });
      if (!created) return false;
      // Neutral and without anything the supporter wrote: only the two links (wall.emails.ts).
      await enqueueEmail(deps, tx, { to: s.email, template: 'wall.confirm', locale: s.locale, params: { lang: s.locale, token: confirm, takedown } }, { id: derivedJobId(entry.id, 'wall-confirm') });
      return true;
    });
    // The same submission stored meanwhile by a parallel request: these files are nobody's.
    if (!created) await deleteFiles(deps, files);
  } catch (err) {
    await deleteFiles(deps, files).catch(() => undefined);
    throw err;
  }
  return { ok: true };
}

export type WallConfirmOutcome = 'confirmed' | 'already' | 'expired';

/** The supporter's click on the e-mail link: the entry goes to the moderators, and the address is deleted. */
export async function confirmWallEntry(deps: Deps, token: string): Promise<WallConfirmOutcome | null> {
  const db = deps.database.db;
  const entry = await findEntryByConfirmHash(db, hashToken(token));
  if (!entry) return null;
  if (entry.state !== 'unconfirmed') return 'already';
  if (entry.confirmExpiresAt && entry.confirmExpiresAt < new Date()) return 'expired';
  return (await markConfirmed(db, entry.id)) ? 'confirmed' : 'already';
}

/** The secret link: the entry goes in any state, and both files with it. False for an unknown token. */
export async function takeDownWallEntry(deps: Deps, token: string): Promise<boolean> {
  const files = await deleteByTakedownHash(deps.database.db, hashToken(token));
  wallChanged(deps.database.db);
  // After the row: once it is gone nothing serves the files, even if deleting one failed.
  await deleteFiles(deps, files);
  return files !== undefined;
}

export type ModerationOutcome = 'approved' | 'rejected' | 'gone';

/**
 * A moderator's decision on a pending entry. A rejected entry is deleted with its files: there is
 * nothing to keep, and the e-mail address to tell anyone is already gone. Decided already (by another
 * moderator, or taken down meanwhile): 'gone', nothing changes.
 */
export async function moderateWallEntry(deps: Deps, id: string, decision: 'approve' | 'reject', today = todayIso()): Promise<ModerationOutcome> {
  const db = deps.database.db;
  if (decision === 'approve') {
    const approved = await approvePending(db, id, today);
    wallChanged(db);
    return approved ? 'approved' : 'gone';
  }
  const files = await deleteInState(db, id, 'pending');
  await deleteFiles(deps, files);
  return files ? 'rejected' : 'gone';
}

/** Unconfirmed entries whose link ran out are deleted with their files. Idempotent. */
export async function deleteExpiredWallEntries(deps: Deps, now = new Date()): Promise<number> {
  const expired = await deleteExpiredUnconfirmed(deps.database.db, now);
  for (const files of expired) await deleteFiles(deps, files);
  return expired.length;
}
