import type { Deps } from '../../../app/context.ts';
import { addressBlock } from '../../registry/address.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { EnvelopeFormat } from '../letters.model.ts';
import { moveLetter } from '../letters.repository.ts';
import { findQueuedLetter } from '../queue.repository.ts';
import { letterKey, letterReference, openLetter, openSealedFile } from '../sealed.ts';
import { batchPdf, type FacilityGroup } from './batch-pdf.ts';
import { batchLetters, findBatch, postBatch, takeIntoBatch } from './mail.repository.ts';

export async function createBatch(deps: Deps, form: { facilityIds: string[]; envelope: EnvelopeFormat; max: number }, actorId: string) {
  return deps.database.db.transaction((tx) => takeIntoBatch(tx, { ...form, actorId, at: new Date() }));
}

/**
 * The batch as one PDF: per facility, each letter (the translation if there is one, with the original if
 * the writer asked), its drawing, and its envelope or label with the address exactly as the registry has it.
 * Made on request and never stored: the letters stay sealed at rest.
 */
export async function renderBatch(deps: Deps, batchId: string, returnAddress: string[]): Promise<Buffer | null> {
  const batch = await findBatch(deps.database.db, batchId);
  if (!batch) return null;
  const rows = await batchLetters(deps.database.db, batchId);
  const groups = new Map<string, FacilityGroup>();
  for (const { letter, person, facility } of rows) {
    const key = letterKey(deps.keys, letter);
    if (!key) continue; // its words were deleted (retention): nothing left to print
    const open = openLetter(deps.keys, letter);
    const group = groups.get(facility.id) ?? { facility: facility.nameRu || facility.nameBe || facility.nameEn || '', letters: [] };
    group.letters.push({
      reference: letterReference(letter.id),
      kind: letter.kind,
      text: open.translation ?? open.text ?? '',
      original: open.translation && letter.wantsOriginal ? open.text : null,
      signature: open.signature,
      image: await openSealedFile(deps.blobs, key, letter.imageKey),
      recipient: addressBlock(person, facility),
      returnAddress: open.returnAddress ? open.returnAddress.split(/\r?\n/).filter(Boolean) : returnAddress,
    });
    groups.set(facility.id, group);
  }
  return batchPdf({ title: `Solidarity Post ${batch.createdAt.toISOString().slice(0, 10)}`, envelope: batch.envelope, groups: [...groups.values()] });
}

export async function markBatchPosted(deps: Deps, batchId: string, postedOn: string, actorId: string): Promise<number> {
  return deps.database.db.transaction((tx) => postBatch(tx, batchId, postedOn, actorId, new Date()));
}

/** A letter came back undelivered: recorded with the day, so the writer's count and the person's are right. */
export async function markReturned(deps: Deps, letterId: string, actorId: string): Promise<boolean> {
  const found = await findQueuedLetter(deps.database.db, letterId);
  if (!found || found.letter.state !== 'posted') return false;
  return deps.database.db.transaction((tx) => moveLetter(tx, { id: letterId, from: 'posted', to: 'returned' }, { actorId, at: new Date() }, { returnedOn: todayIso() }));
}
