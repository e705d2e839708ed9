// The organisers' use cases: create and edit an event, its words per language, publish, cancel (telling
// those coming), and the report's photos (processed as on the solidarity wall). One transaction each.
import { randomBytes } from 'node:crypto';
import type { Deps } from '../../app/context.ts';
import { enqueueEmail } from '../../jobs/email.job.ts';
import { uploadedPhotoWithThumbnail, type PhotoProblem } from '../../lib/uploads.ts';
import { todayIso } from '../registry/registry.present.ts';
import { EVENT_THUMB_SIDE } from './events.model.ts';
import { allTexts, campaignIdBySlug, deletePhoto, findEventById, insertEvent, insertPhoto, lockEvent, photosOf, slugTaken, updateEvent, upsertText, type EventRow, type PhotoFiles } from './events.repository.ts';
import type { EventForm, TextForm } from './events.schemas.ts';
import { cancelTokenOf } from './reminders.ts';
import { goingWithAddress } from './rsvps.repository.ts';

/** Most photos one report may have. */
export const REPORT_PHOTOS_MAX = 30;

export type SaveEventResult = { ok: EventRow } | { field: keyof EventForm | 'campaign'; error: string };

async function detailsOf(deps: Deps, form: EventForm) {
  const { campaign, ...rest } = form;
  const campaignId = campaign ? await campaignIdBySlug(deps.database.db, campaign) : null;
  return { values: rest, campaignId, unknownCampaign: campaign !== null && !campaignId };
}

export async function createEvent(deps: Deps, actorId: string | null, form: EventForm): Promise<SaveEventResult> {
  const { values, campaignId, unknownCampaign } = await detailsOf(deps, form);
  if (unknownCampaign) return { field: 'campaign', error: 'events.form.campaignUnknown' };
  const row = await insertEvent(deps.database.db, { ...values, campaignId, state: 'draft', createdBy: actorId, createdOn: todayIso() });
  return row ? { ok: row } : { field: 'slug', error: 'events.form.slugTaken' };
}

/** A change of time, place or anything a calendar shows bumps the sequence (events.repository.ts updateEvent). */
export async function editEvent(deps: Deps, id: string, form: EventForm): Promise<SaveEventResult> {
  const db = deps.database.db;
  const { values, campaignId, unknownCampaign } = await detailsOf(deps, form);
  if (unknownCampaign) return { field: 'campaign', error: 'events.form.campaignUnknown' };
  if (await slugTaken(db, values.slug, id)) return { field: 'slug', error: 'events.form.slugTaken' };
  try {
    const row = await updateEvent(db, id, { ...values, campaignId });
    return row ? { ok: row } : { field: 'slug', error: 'events.form.slugTaken' };
  } catch (err) {
    // Taken by a parallel save between the check and the update (the unique index decides).
    if (await slugTaken(db, values.slug, id)) return { field: 'slug', error: 'events.form.slugTaken' };
    throw err;
  }
}

export async function saveText(deps: Deps, event: EventRow, form: TextForm): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    await upsertText(tx, { eventId: event.id, lang: form.lang, title: form.title, description: form.description, translatedFrom: form.translatedFrom, report: form.report || null });
    await updateEvent(tx, event.id, {});
  });
}

/** A draft goes public once it has its words in its original language. */
export async function publishEvent(deps: Deps, event: EventRow): Promise<'published' | 'noText' | 'notDraft'> {
  if (event.state !== 'draft') return 'notDraft';
  const texts = await allTexts(deps.database.db, event.id);
  if (!texts.some((t) => t.lang === event.originalLang)) return 'noText';
  await updateEvent(deps.database.db, event.id, { state: 'published' });
  return 'published';
}

/**
 * Cancelled: the event stays visible, marked; calendars learn it (STATUS:CANCELLED, a new sequence); and
 * everyone going or waiting for approval gets a neutral e-mail, in the same transaction.
 */
export async function cancelEvent(deps: Deps, eventId: string): Promise<'cancelled' | 'already'> {
  return deps.database.db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event || event.state === 'cancelled') return 'already';
    const row = (await updateEvent(tx, event.id, { state: 'cancelled' }))!;
    // A draft was never public: nobody answered it.
    for (const rsvp of await goingWithAddress(tx, event.id)) {
      await enqueueEmail(deps, tx, {
        to: deps.keys.decrypt(rsvp.emailEnc!),
        template: 'events.cancelled',
        locale: rsvp.locale,
        params: { lang: rsvp.locale, slug: row.slug, cancel: cancelTokenOf(deps, rsvp.id), startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(), timeZone: row.timeZone },
      });
    }
    return 'cancelled';
  });
}

const newFileKey = () => `events/${randomBytes(16).toString('hex')}.jpg`;

async function deleteFiles(deps: Deps, files: PhotoFiles | undefined) {
  if (files) await Promise.all([deps.blobs.delete(files.photoKey), deps.blobs.delete(files.thumbKey)]);
}

/**
 * A photo of the report: re-encoded (upright, at most 1200 px, no metadata of any kind), with a square
 * thumbnail made from that copy; the original bytes are never written. Files first, durably, then the row.
 */
export async function addReportPhoto(deps: Deps, eventId: string, upload: unknown, caption: string): Promise<{ ok: true } | { problem: PhotoProblem | 'photo.too_many' }> {
  if ((await photosOf(deps.database.db, eventId)).length >= REPORT_PHOTOS_MAX) return { problem: 'photo.too_many' };
  const result = await uploadedPhotoWithThumbnail(upload, EVENT_THUMB_SIDE);
  if ('problem' in result) return result;
  const files = { photoKey: newFileKey(), thumbKey: newFileKey() };
  await Promise.all([deps.blobs.put(files.photoKey, result.photo.data), deps.blobs.put(files.thumbKey, result.thumb.data)]);
  try {
    if (!(await findEventById(deps.database.db, eventId))) throw new Error('event gone');
    await insertPhoto(deps.database.db, { eventId, ...files, caption, createdOn: todayIso() });
  } catch (err) {
    await deleteFiles(deps, files).catch(() => undefined);
    throw err;
  }
  return { ok: true };
}

/** The row first (nothing serves the files after that), then both files. */
export async function removeReportPhoto(deps: Deps, eventId: string, photoId: string): Promise<boolean> {
  const files = await deletePhoto(deps.database.db, eventId, photoId);
  await deleteFiles(deps, files);
  return files !== undefined;
}
