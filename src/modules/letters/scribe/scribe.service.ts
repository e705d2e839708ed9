import { randomBytes } from 'node:crypto';
import type { Deps } from '../../../app/context.ts';
import type { Photo } from '../../../lib/images.ts';
import { addressBlock, type AddressBlock } from '../../registry/address.ts';
import { moveLetter } from '../letters.repository.ts';
import { currentFacilityOf } from '../mail/mail.repository.ts';
import { findQueuedLetter, lettersInState, type QueuedLetter } from '../queue.repository.ts';
import { letterKey, openLetter } from '../sealed.ts';

export async function scribeQueue(deps: Deps, userId: string) {
  const db = deps.database.db;
  const written = await lettersInState(db, 'written', { kind: 'postcard', forUser: userId });
  return {
    ready: await lettersInState(db, 'ready', { kind: 'postcard', forUser: userId }),
    written: written.filter((w) => w.letter.claimedBy === userId),
  };
}

export interface PostcardToWrite {
  queued: QueuedLetter;
  text: string;
  signature: string | null;
  address: AddressBlock | null;
  facilityId: string | null;
  returnAddress: string[];
}

/** The postcard a scribe holds, opened, with the address to copy by hand; undefined if not theirs. */
export async function postcardFor(deps: Deps, letterId: string, userId: string): Promise<PostcardToWrite | undefined> {
  const db = deps.database.db;
  const queued = await findQueuedLetter(db, letterId);
  if (!queued || queued.letter.kind !== 'postcard' || queued.letter.claimedBy !== userId || !['ready', 'written'].includes(queued.letter.state)) return undefined;
  const open = openLetter(deps.keys, queued.letter);
  const facility = await currentFacilityOf(db, queued.person.id);
  return {
    queued,
    text: open.translation ?? open.text ?? '',
    signature: open.signature,
    address: facility ? addressBlock(queued.person, facility) : null,
    facilityId: facility?.id ?? null,
    returnAddress: open.returnAddress ? open.returnAddress.split(/\r?\n/).filter(Boolean) : deps.config.lettersReturnAddress,
  };
}

/** The card is written: recorded, with an optional photo of it (sealed like the letter). */
export async function markWritten(deps: Deps, card: PostcardToWrite, userId: string, photo: Photo | null): Promise<boolean> {
  const key = letterKey(deps.keys, card.queued.letter);
  if (!key || card.queued.letter.state !== 'ready') return false;
  const writtenPhotoKey = photo ? `letters/${randomBytes(16).toString('hex')}.bin` : null;
  if (photo && writtenPhotoKey) await deps.blobs.put(writtenPhotoKey, key.encryptBytes(photo.data));
  return deps.database.db.transaction((tx) =>
    moveLetter(tx, { id: card.queued.letter.id, from: 'ready', to: 'written' }, { actorId: userId, at: new Date() }, { writtenPhotoKey, facilityId: card.facilityId }),
  );
}

/** The scribe posted the card on a date: from now on it counts as sent, and a reply can be recorded. */
export async function markPostcardPosted(deps: Deps, card: PostcardToWrite, userId: string, postedOn: string): Promise<boolean> {
  return deps.database.db.transaction((tx) =>
    moveLetter(tx, { id: card.queued.letter.id, from: 'written', to: 'posted' }, { actorId: userId, at: new Date() }, { sentOn: postedOn, claimedBy: null }),
  );
}
