import type { FacilityInput, HistoryEvent, PersonInput } from './registry.model.ts';
import type { FacilityRow, PersonRow } from './registry.tables.ts';
import { people, facilities } from './registry.tables.ts';
import { addressKey } from './address.ts';
import { fold, personSearchKeys, primaryLatin } from './search/search-keys.ts';
import {
  addHistory,
  currentPlacement,
  findFacilityByKey,
  insertFacility,
  insertPerson,
  movePerson,
  replaceSearchKeys,
  slugsLike,
  updateFacility,
  updatePerson,
  type ChangedBy,
  type Conn,
} from './registry.repository.ts';

type PersonValues = Omit<typeof people.$inferInsert, 'id' | 'slug' | 'createdAt' | 'updatedAt'>;
export type SaveOutcome = 'created' | 'updated' | 'unchanged';

/** "Yana Arabeika" → "Arabeika Yana": Latin names are published given name first, sorted by surname. */
export function sortLatin(input: Pick<PersonInput, 'nameLatin' | 'nameBe' | 'nameRu'>): string {
  if (input.nameLatin) {
    const words = input.nameLatin.trim().split(/\s+/);
    return words.length > 1 ? [words[words.length - 1], ...words.slice(0, -1)].join(' ') : words[0];
  }
  const cyr = input.nameBe || input.nameRu || '';
  const latin = primaryLatin(cyr, input.nameBe ? 'be' : 'ru');
  return latin.replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase());
}

/** The URL form of a name: folded Latin, hyphens, at most 60 characters. */
export function slugBase(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'record'
  );
}

export async function uniqueSlug(db: Conn, table: 'people' | 'facilities', text: string): Promise<string> {
  const base = slugBase(text);
  const taken = await slugsLike(db, table, base);
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** The columns a person input sets. Fields the input leaves undefined are not touched on update. */
function personValues(input: PersonInput): Partial<PersonValues> {
  const v: Partial<PersonValues> = {
    status: input.status,
    country: input.country,
    nameBe: input.nameBe,
    nameRu: input.nameRu,
    nameLatin: input.nameLatin,
    otherNames: input.otherNames,
    gender: input.gender,
    arrestedOn: input.arrestedOn,
    articles: input.articles,
    sentenceText: input.sentenceText,
    sentenceMonths: input.sentenceMonths,
    regime: input.regime,
    verdictOn: input.verdictOn,
    appealOn: input.appealOn,
    sentenceStartOn: input.sentenceStartOn,
    releaseExpectedOn: input.releaseExpectedOn,
    releasedOn: input.releasedOn,
    diedOn: input.diedOn,
    description: input.description,
    interests: input.interests,
    sources: input.sources,
    lettersReach: input.lettersReach,
    lettersReachNote: input.lettersReachNote,
    source: input.source,
    sourceId: input.sourceId,
  };
  if (input.birth) Object.assign(v, { birthYear: input.birth.year, birthMonth: input.birth.month, birthDay: input.birth.day });
  if (input.nameLatin !== undefined || input.nameBe !== undefined || input.nameRu !== undefined) v.sortLatin = sortLatin(input);
  for (const k of Object.keys(v) as (keyof PersonValues)[]) if (v[k] === undefined) delete v[k];
  return v;
}

/** JSON with object keys sorted: jsonb hands objects back in its own key order. */
function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, val) =>
    val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : 1))) : val,
  );
}

/** Field-by-field differences, comparing JSON values so arrays and objects compare by content. */
export function diff<T extends object>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(after)) {
    const old = (before as Record<string, unknown>)[k];
    if (stableJson(old ?? null) !== stableJson(v ?? null)) changes[k] = [old ?? null, v ?? null];
  }
  return changes;
}

/** What a change to a person means, for the history: a release, a death, a status change or an edit. */
function eventFor(changes: Record<string, [unknown, unknown]>): HistoryEvent {
  const status = changes.status?.[1];
  if (status === 'deceased') return 'died';
  if (status === 'released' || status === 'former') return 'released';
  if (status) return 'status';
  return 'updated';
}

/** Finds the facility an input describes (same normalised address) or creates it. Fills gaps, never overwrites. */
export async function resolveFacility(db: Conn, input: FacilityInput, by: ChangedBy, known?: Map<string, FacilityRow>): Promise<FacilityRow> {
  const key = addressKey(input);
  const existing = known?.get(key) ?? (await findFacilityByKey(db, key));
  if (existing) {
    const fill: Partial<typeof facilities.$inferInsert> = {};
    for (const f of ['nameBe', 'nameRu', 'nameEn', 'postalCode', 'region', 'city', 'street', 'addressPublished'] as const)
      if (!existing[f] && input[f]) fill[f] = input[f];
    if (Object.keys(fill).length) {
      await updateFacility(db, existing.id, fill);
      await addHistory(db, { entity: 'facility', entityId: existing.id, event: 'updated', changes: diff(existing, fill), by });
      Object.assign(existing, fill);
    }
    return existing;
  }
  const slug = await uniqueSlug(db, 'facilities', input.nameEn || input.nameRu || input.nameBe || key);
  const row = await insertFacility(db, { ...input, slug, addressKey: key, notes: input.notes ?? {} });
  await addHistory(db, { entity: 'facility', entityId: row.id, event: 'created', by });
  known?.set(key, row);
  return row;
}

/**
 * Creates or updates one person in the caller's transaction, with history and search keys.
 * A facility in the input that differs from the current one is a transfer; `facility: null` ends the placement.
 */
export async function savePerson(
  db: Conn,
  input: PersonInput,
  by: ChangedBy,
  opts: { existing?: PersonRow; known?: Map<string, FacilityRow>; on?: string | null; currentFacilityId?: string | null } = {},
): Promise<{ person: PersonRow; outcome: SaveOutcome }> {
  const values = personValues(input);
  const facility = input.facility ? await resolveFacility(db, input.facility, by, opts.known) : input.facility;
  const existing = opts.existing;

  if (!existing) {
    const slug = await uniqueSlug(db, 'people', input.nameLatin || sortLatin(input));
    const person = await insertPerson(db, { ...(values as PersonValues), slug, sortLatin: values.sortLatin ?? sortLatin(input) });
    await replaceSearchKeys(db, person.id, searchKeysOf(person));
    await addHistory(db, { entity: 'person', entityId: person.id, event: 'created', by });
    if (facility) await movePerson(db, person.id, facility.id, input.sentenceStartOn ?? input.arrestedOn ?? null);
    return { person, outcome: 'created' };
  }

  const changes = diff(existing, values);
  let outcome: SaveOutcome = 'unchanged';
  if (Object.keys(changes).length) {
    await updatePerson(db, existing.id, values);
    await addHistory(db, { entity: 'person', entityId: existing.id, event: eventFor(changes), changes, by });
    if (changes.nameBe || changes.nameRu || changes.nameLatin || changes.otherNames)
      await replaceSearchKeys(db, existing.id, searchKeysOf({ ...existing, ...values } as PersonRow));
    outcome = 'updated';
  }
  if (facility !== undefined) {
    const currentId = opts.currentFacilityId !== undefined ? opts.currentFacilityId : ((await currentPlacement(db, existing.id))?.facilityId ?? null);
    const moved = currentId !== (facility?.id ?? null);
    if (moved) {
      await movePerson(db, existing.id, facility?.id ?? null, opts.on ?? null);
      if (facility) {
        await addHistory(db, { entity: 'person', entityId: existing.id, event: 'transfer', changes: { facility: [currentId, facility.id] }, by });
      }
      outcome = 'updated';
    }
  }
  return { person: { ...existing, ...(values as Partial<PersonRow>) }, outcome };
}

export function searchKeysOf(p: Pick<PersonRow, 'nameBe' | 'nameRu' | 'nameLatin' | 'otherNames'>): string[] {
  return personSearchKeys({ be: p.nameBe, ru: p.nameRu, latin: p.nameLatin, others: p.otherNames });
}
