// Coordinators' changes to the registry: each one transaction, each one written to the history.
import type { Deps } from '../../../app/context.ts';
import type { z } from 'zod';
import type { Article, FacilityInput, PersonInput } from '../registry.model.ts';
import type { FacilityRow, PersonRow } from '../registry.tables.ts';
import { facilityFormSchema, gatherPerLanguage, personFormSchema } from '../registry.schemas.ts';
import { findFacilityByKey, findFacilityBySlug, historyOf, insertFacility, addHistory, updateFacility, movePerson, currentPlacement, type ChangedBy } from '../registry.repository.ts';
import { diff, savePerson, uniqueSlug } from '../registry.service.ts';
import { addressKey } from '../address.ts';
import { parseArticle } from '../import/articles.ts';
import { parseSentenceMonths } from '../import/sentence.ts';

export type PersonForm = z.infer<typeof personFormSchema>;
export type FacilityForm = z.infer<typeof facilityFormSchema>;

/** How an article reads in the edit form; a line left as it was keeps its titles in every language. */
export function articleLine(a: Article): string {
  const ref = [a.part ? `Part ${a.part} of` : '', a.article ? `Art. ${a.article}` : ''].filter(Boolean).join(' ');
  const title = a.title.en ?? Object.values(a.title)[0] ?? '';
  return [ref, title].filter(Boolean).join(' — ');
}

function articlesFrom(lines: string[], before: Article[], country: string, lang: string): Article[] {
  const kept = new Map(before.map((a) => [articleLine(a), a]));
  return lines.map((l) => kept.get(l) ?? parseArticle(l, country, lang) ?? { code: country, article: '', title: { [lang]: l } });
}

export function personInputFrom(form: PersonForm, lang: string, before?: PersonRow): PersonInput {
  return {
    nameBe: form.nameBe,
    nameRu: form.nameRu,
    nameLatin: form.nameLatin,
    otherNames: form.otherNames,
    status: form.status,
    gender: form.gender,
    country: form.country,
    birth: form.birth,
    arrestedOn: form.arrestedOn,
    articles: articlesFrom(form.articles, before?.articles ?? [], form.country, lang),
    sentenceText: form.sentenceText,
    sentenceMonths: form.sentenceText ? parseSentenceMonths(form.sentenceText) : null,
    regime: form.regime,
    verdictOn: form.verdictOn,
    appealOn: form.appealOn,
    sentenceStartOn: form.sentenceStartOn,
    releaseExpectedOn: form.releaseExpectedOn,
    description: gatherPerLanguage(form, 'description'),
    interests: gatherPerLanguage(form, 'interests'),
    sources: form.sources.map((url) => ({ url })),
    lettersReach: form.lettersReach,
    lettersReachNote: form.lettersReachNote,
  };
}

/** Creates a person (placed at the chosen facility, if any); returns the new slug, or null for an unknown facility. */
export async function createPerson(deps: Deps, form: PersonForm, lang: string, actorId: string): Promise<string | null> {
  return deps.database.db.transaction(async (tx) => {
    const facility = form.facility ? await findFacilityBySlug(tx, form.facility) : undefined;
    if (form.facility && !facility) return null;
    const { person } = await savePerson(tx, personInputFrom(form, lang), { actorId });
    if (facility) await movePerson(tx, person.id, facility.id, form.arrestedOn);
    return person.slug;
  });
}

export async function editPerson(deps: Deps, before: PersonRow, form: PersonForm, lang: string, actorId: string) {
  await deps.database.db.transaction(async (tx) => {
    await savePerson(tx, { ...personInputFrom(form, lang, before), source: before.source, sourceId: before.sourceId }, { actorId }, { existing: before });
  });
}

function facilityInputFrom(form: FacilityForm): FacilityInput {
  return {
    nameBe: form.nameBe,
    nameRu: form.nameRu,
    nameEn: form.nameEn,
    kind: form.kind,
    country: form.country,
    postalCode: form.postalCode,
    region: form.region,
    city: form.city,
    street: form.street,
    notes: gatherPerLanguage(form, 'notes'),
  };
}

/** Creates a facility, unless one with the same normalised address exists: then its slug comes back as `existing`. */
export async function createFacility(deps: Deps, form: FacilityForm, actorId: string): Promise<{ slug: string } | { existing: string }> {
  const input = facilityInputFrom(form);
  const key = addressKey(input);
  return deps.database.db.transaction(async (tx) => {
    const dupe = await findFacilityByKey(tx, key);
    if (dupe) return { existing: dupe.slug };
    const slug = await uniqueSlug(tx, 'facilities', input.nameEn || input.nameRu || key);
    const row = await insertFacility(tx, { ...input, slug, addressKey: key, notes: input.notes ?? {} });
    await addHistory(tx, { entity: 'facility', entityId: row.id, event: 'created', by: { actorId } });
    return { slug };
  });
}

export async function editFacility(deps: Deps, before: FacilityRow, form: FacilityForm, actorId: string) {
  const input = facilityInputFrom(form);
  const values = { ...input, addressKey: addressKey(input), notes: input.notes ?? {} };
  const changes = diff(before, values);
  if (!Object.keys(changes).length) return;
  await deps.database.db.transaction(async (tx) => {
    await updateFacility(tx, before.id, values);
    await addHistory(tx, { entity: 'facility', entityId: before.id, event: 'updated', changes, by: { actorId } });
  });
}

/** A transfer, a release or a death: the placement history and the status change together. */
export async function recordEvent(
  deps: Deps,
  person: PersonRow,
  event: { kind: 'transfer'; facilitySlug: string; on: string | null } | { kind: 'release'; status: 'released' | 'former'; on: string | null } | { kind: 'death'; on: string | null },
  actorId: string,
): Promise<boolean> {
  const by: ChangedBy = { actorId };
  return deps.database.db.transaction(async (tx) => {
    if (event.kind === 'transfer') {
      const facility = await findFacilityBySlug(tx, event.facilitySlug);
      if (!facility) return false;
      const current = await currentPlacement(tx, person.id);
      if (current?.facilityId === facility.id) return true;
      await movePerson(tx, person.id, facility.id, event.on);
      await addHistory(tx, { entity: 'person', entityId: person.id, event: 'transfer', changes: { facility: [current?.facilityId ?? null, facility.id], on: [null, event.on] }, by });
      return true;
    }
    const values: Partial<PersonInput> =
      event.kind === 'release' ? { status: event.status, releasedOn: event.on } : { status: 'deceased', diedOn: event.on };
    await savePerson(tx, { ...values, status: values.status!, country: person.country, facility: null }, by, { existing: person, on: event.on });
    return true;
  });
}

/** A record's history. A coordinator is shown by a short form of the account id, never by e-mail address. */
export async function historyView(deps: Deps, entityId: string) {
  const rows = await historyOf(deps.database.db, entityId);
  return rows.map((r) => ({ ...r, who: r.importLabel ?? (r.actorId ? `#${r.actorId.slice(0, 8)}` : null) }));
}
