// Coordinators' use cases: figures (with their photo) and sponsorships entered directly, handed over or ended.
// Each is one transaction; a photo file is written before the row that names it and deleted after a row stops naming it.
import { randomUUID } from 'node:crypto';
import type { Deps } from '../../../app/context.ts';
import type { FieldErrors } from '../../../lib/forms.ts';
import type { Photo } from '../../../lib/images.ts';
import { todayIso } from '../../registry/registry.present.ts';
import { findPersonBySlug, type Conn } from '../../registry/registry.repository.ts';
import { slugBase } from '../../registry/registry.service.ts';
import type { FigureState } from '../solidarity.model.ts';
import { RESERVED_FIGURE_SLUGS } from './sponsorships.model.ts';
import {
  activeSponsorshipOf,
  figureSlugsLike,
  findFigureBySlug,
  insertFigure,
  insertSponsorship,
  moveSponsorship,
  updateFigure,
  type FigureRow,
  type SponsorshipRow,
} from './sponsorships.repository.ts';
import type { FigureForm } from './sponsorships.schemas.ts';

export type Outcome<T = void> = { ok: true; value: T } | { ok: false; errors: FieldErrors; status?: number };
const refused = (errors: FieldErrors, status = 400): Outcome<never> => ({ ok: false, errors, status });

/** A free slug for a figure's name: "anna-beispiel", else "anna-beispiel-2", never a page name like "new". */
export async function uniqueFigureSlug(db: Conn, name: string): Promise<string> {
  const base = slugBase(name);
  const taken = await figureSlugsLike(db, base);
  if (!taken.has(base) && !RESERVED_FIGURE_SLUGS.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** Writes a re-encoded photo durably under a new random key, before any row names it. */
export async function storeFigurePhoto(deps: Deps, photo: Photo | null): Promise<string | null> {
  if (!photo) return null;
  const key = `figures/${randomUUID()}.jpg`;
  await deps.blobs.put(key, photo.data);
  return key;
}

/** Deletes a photo file no row names any more; a failure leaves an unused file, nothing is lost. */
export async function dropPhotoFile(deps: Deps, key: string | null | undefined): Promise<void> {
  if (key) await deps.blobs.delete(key).catch(() => undefined);
}

/** Runs a write that names a newly stored photo; if the write fails, the file goes again. */
async function withPhoto<T>(deps: Deps, photoKey: string | null, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    await dropPhotoFile(deps, photoKey);
    throw err;
  }
}

export interface NewFigure {
  form: Omit<FigureForm, 'removePhoto'>;
  photo: Photo | null;
  state: FigureState;
  contactEnc?: string | null;
}

export async function createFigure(deps: Deps, input: NewFigure, conn?: Conn): Promise<FigureRow> {
  const db = conn ?? deps.database.db;
  const photoKey = await storeFigurePhoto(deps, input.photo);
  return withPhoto(deps, photoKey, async () =>
    insertFigure(db, {
      slug: await uniqueFigureSlug(db, input.form.name),
      name: input.form.name,
      role: input.form.role,
      institution: input.form.institution,
      country: input.form.country,
      statements: input.form.statements,
      photoKey,
      state: input.state,
      contactEnc: input.contactEnc ?? null,
      createdOn: todayIso(),
    }),
  );
}

/** Saves a coordinator's edit; a new photo replaces the old one, whose file goes once the row no longer names it. */
export async function editFigure(deps: Deps, figure: FigureRow, form: FigureForm, photo: Photo | null): Promise<void> {
  const photoKey = await storeFigurePhoto(deps, photo);
  const values = { name: form.name, role: form.role, institution: form.institution, country: form.country, statements: form.statements };
  const changesPhoto = photoKey !== null || form.removePhoto;
  const before = await withPhoto(deps, photoKey, () =>
    deps.database.db.transaction((tx) => updateFigure(tx, figure.id, changesPhoto ? { ...values, photoKey } : values)),
  );
  if (changesPhoto && before?.photoKey && before.photoKey !== photoKey) await dropPhotoFile(deps, before.photoKey);
}

export interface SponsorInput {
  person: string;
  startedOn: string;
  statement: string | null;
  statementLocale: string;
}

/** A coordinator records that an approved figure sponsors a person: active at once. */
export async function sponsorDirectly(deps: Deps, figure: FigureRow, input: SponsorInput): Promise<Outcome<SponsorshipRow>> {
  const db = deps.database.db;
  if (figure.state !== 'approved') return refused({ _form: 'sponsorships.form.figureNotApproved' });
  const person = await findPersonBySlug(db, input.person);
  if (!person) return refused({ person: 'sponsorships.form.personUnknown' });
  return db.transaction(async (tx) => {
    if (await activeSponsorshipOf(tx, figure.id, person.id)) return refused({ person: 'sponsorships.form.alreadySponsoring' });
    const row = await insertSponsorship(tx, {
      figureId: figure.id,
      personId: person.id,
      state: 'active',
      startedOn: input.startedOn,
      statement: input.statement,
      statementLocale: input.statement ? input.statementLocale : null,
      createdOn: todayIso(),
    });
    return { ok: true as const, value: row };
  });
}

/**
 * Hands an active sponsorship over to another approved figure: it ends on the date and the successor's
 * starts that day, naming it. One transaction, guarded by the expected state, so it happens once.
 */
export async function handOver(
  deps: Deps,
  from: SponsorshipRow,
  input: { successor: string; on: string; statement: string | null; statementLocale: string },
): Promise<Outcome<SponsorshipRow>> {
  const db = deps.database.db;
  if (from.state !== 'active') return refused({ _form: 'sponsorships.form.notActive' }, 409);
  const successor = await findFigureBySlug(db, input.successor);
  if (!successor || successor.state !== 'approved' || successor.id === from.figureId) return refused({ successor: 'sponsorships.form.successorUnknown' });
  if (input.on < from.startedOn) return refused({ on: 'sponsorships.form.dateBeforeStart' });
  return db.transaction(async (tx) => {
    if (await activeSponsorshipOf(tx, successor.id, from.personId)) return refused({ successor: 'sponsorships.form.alreadySponsoring' });
    const ended = await moveSponsorship(tx, from.id, 'active', { state: 'ended', endedOn: input.on });
    if (!ended) return refused({ _form: 'sponsorships.form.notActive' }, 409);
    const next = await insertSponsorship(tx, {
      figureId: successor.id,
      personId: from.personId,
      state: 'active',
      startedOn: input.on,
      statement: input.statement,
      statementLocale: input.statement ? input.statementLocale : null,
      predecessorId: from.id,
      createdOn: todayIso(),
    });
    return { ok: true as const, value: next };
  });
}

/** Ends an active sponsorship without a successor; it stays in the person's history. */
export async function endSponsorship(deps: Deps, s: SponsorshipRow, on: string): Promise<Outcome> {
  if (s.state !== 'active') return refused({ _form: 'sponsorships.form.notActive' }, 409);
  if (on < s.startedOn) return refused({ on: 'sponsorships.form.dateBeforeStart' });
  const ended = await deps.database.db.transaction((tx) => moveSponsorship(tx, s.id, 'active', { state: 'ended', endedOn: on }));
  return ended ? { ok: true, value: undefined } : refused({ _form: 'sponsorships.form.notActive' }, 409);
}
