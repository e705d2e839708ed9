import { and, asc, desc, eq, isNull, like, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { searchWordsWritten } from './search/word-dictionary.ts';
import { facilities, people, personSearchKeys, placements, recordHistory, type FacilityRow, type PersonRow } from './registry.tables.ts';
import type { HistoryEvent } from './registry.model.ts';

export type Conn = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

/** Who made a change: a signed-in coordinator or a named import run. */
export type ChangedBy = { actorId: string; importLabel?: undefined } | { importLabel: string; actorId?: undefined };

export async function findPersonBySlug(db: Conn, slug: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(eq(people.slug, slug));
  return row;
}

export async function findPersonById(db: Conn, id: string): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row;
}

export async function findPersonBySource(db: Conn, source: string, sourceId: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.source, source), eq(people.sourceId, sourceId)));
  return row;
}

/** Every person of one source, keyed by source id: an import compares against this in memory. */
export async function peopleOfSource(db: Conn, source: string): Promise<Map<string, PersonRow>> {
  const rows = await db.select().from(people).where(eq(people.source, source));
  return new Map(rows.map((r) => [r.sourceId!, r]));
}

export async function insertPerson(db: Conn, values: typeof people.$inferInsert): Promise<PersonRow> {
  const [row] = await db.insert(people).values(values).returning();
  return row;
}

export async function updatePerson(db: Conn, id: string, values: Partial<typeof people.$inferInsert>) {
  await db
    .update(people)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(people.id, id));
}

export async function replaceSearchKeys(db: Conn, personId: string, keys: string[]) {
  await db.delete(personSearchKeys).where(eq(personSearchKeys.personId, personId));
  if (keys.length) await db.insert(personSearchKeys).values(keys.map((key) => ({ personId, key })));
  searchWordsWritten();
}

/** Slugs already taken that start with `base`: the caller picks the first free variant. */
export async function slugsLike(db: Conn, table: 'people' | 'facilities', base: string): Promise<Set<string>> {
  const col = table === 'people' ? people.slug : facilities.slug;
  const rows = await db
    .select({ slug: col })
    .from(table === 'people' ? people : facilities)
    .where(or(eq(col, base), like(col, `${base}-%`)));
  return new Set(rows.map((r) => r.slug));
}

// Facilities

export async function findFacilityBySlug(db: Conn, slug: string): Promise<FacilityRow | undefined> {
  const [row] = await db.select().from(facilities).where(eq(facilities.slug, slug));
  return row;
}

export async function findFacilityByKey(db: Conn, key: string): Promise<FacilityRow | undefined> {
  const [row] = await db.select().from(facilities).where(eq(facilities.addressKey, key));
  return row;
}

export async function allFacilities(db: Conn): Promise<FacilityRow[]> {
  return db.select().from(facilities).orderBy(asc(facilities.country), sql`coalesce(${facilities.nameEn}, ${facilities.nameRu}) collate "und-x-icu"`);
}

export async function insertFacility(db: Conn, values: typeof facilities.$inferInsert): Promise<FacilityRow> {
  const [row] = await db.insert(facilities).values(values).returning();
  return row;
}

export async function updateFacility(db: Conn, id: string, values: Partial<typeof facilities.$inferInsert>) {
  await db
    .update(facilities)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(facilities.id, id));
}

/** How many people each facility holds now, for the facility list. */
export async function facilityHeadcounts(db: Conn): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: placements.facilityId, n: sql<number>`count(*)::int` })
    .from(placements)
    .where(isNull(placements.toOn))
    .groupBy(placements.facilityId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

// Placements: the open row is where the person is now.

export async function currentPlacement(db: Conn, personId: string) {
  const [row] = await db
    .select()
    .from(placements)
    .where(and(eq(placements.personId, personId), isNull(placements.toOn)))
    .orderBy(desc(placements.createdAt));
  return row;
}

export async function placementHistory(db: Conn, personId: string) {
  return db
    .select({ placement: placements, facility: facilities })
    .from(placements)
    .innerJoin(facilities, eq(facilities.id, placements.facilityId))
    .where(eq(placements.personId, personId))
    .orderBy(desc(placements.createdAt));
}

/** Closes the open placement (if any) and opens one at the new facility, or none (release, death). */
export async function movePerson(db: Conn, personId: string, facilityId: string | null, on: string | null) {
  await db
    .update(placements)
    .set({ toOn: on ?? sql`current_date` })
    .where(and(eq(placements.personId, personId), isNull(placements.toOn)));
  if (facilityId) await db.insert(placements).values({ personId, facilityId, fromOn: on });
}

export async function peopleHeldAt(db: Conn, facilityId: string) {
  return db
    .select({ person: people })
    .from(placements)
    .innerJoin(people, eq(people.id, placements.personId))
    .where(and(eq(placements.facilityId, facilityId), isNull(placements.toOn)))
    .orderBy(sql`${people.sortLatin} collate "und-x-icu"`);
}

// History

export async function addHistory(
  db: Conn,
  entry: { entity: 'person' | 'facility'; entityId: string; event: HistoryEvent; changes?: Record<string, [unknown, unknown]>; by: ChangedBy },
) {
  await db.insert(recordHistory).values({
    entity: entry.entity,
    entityId: entry.entityId,
    event: entry.event,
    changes: entry.changes ?? {},
    actorId: entry.by.actorId ?? null,
    importLabel: entry.by.importLabel ?? null,
  });
}

export async function historyOf(db: Conn, entityId: string) {
  return db.select().from(recordHistory).where(eq(recordHistory.entityId, entityId)).orderBy(desc(recordHistory.at), desc(recordHistory.id));
}
