// A person's photo: re-encoded before anything is stored (lib/images.ts), kept in the blob store under a new
// random key each time, and recorded in the person's history like any other change.
import { randomUUID } from 'node:crypto';
import type { Deps } from '../../../app/context.ts';
import type { Photo } from '../../../lib/images.ts';
import type { PhotoRef } from '../registry.model.ts';
import type { PersonRow } from '../registry.tables.ts';
import { addHistory } from '../registry.repository.ts';
import { replacePersonPhoto } from './photo.repository.ts';

/** Where the page loads a stored photo from. */
export const photoUrl = (photo: PhotoRef): string => `/media/${photo.key}`;

/** The key of a photo file as it appears in its URL: `photos/<uuid>.jpg`. */
export const PHOTO_FILE_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.jpg$/;

async function swap(deps: Deps, person: PersonRow, photo: PhotoRef | null, actorId: string): Promise<void> {
  const before = await deps.database.db.transaction(async (tx) => {
    const previous = await replacePersonPhoto(tx, person.id, photo);
    await addHistory(tx, { entity: 'person', entityId: person.id, event: 'updated', changes: { photo: [previous?.key ?? null, photo?.key ?? null] }, by: { actorId } });
    return previous;
  });
  // The old file goes only once nothing points at it; if this fails, an unused file is left, nothing is lost.
  if (before) await deps.blobs.delete(before.key).catch(() => undefined);
}

/** Stores a photo, already re-encoded (lib/uploads.ts uploadedPhoto), as the person's photo. */
export async function setPhoto(deps: Deps, person: PersonRow, photo: Photo, actorId: string): Promise<void> {
  const ref = { key: `photos/${randomUUID()}.jpg`, width: photo.width, height: photo.height };
  // Stored durably before the person row names it: a page never points at a missing file.
  await deps.blobs.put(ref.key, photo.data);
  try {
    await swap(deps, person, ref, actorId);
  } catch (err) {
    await deps.blobs.delete(ref.key).catch(() => undefined);
    throw err;
  }
}

export async function removePhoto(deps: Deps, person: PersonRow, actorId: string): Promise<void> {
  if (person.photo) await swap(deps, person, null, actorId);
}
