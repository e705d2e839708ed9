import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { users } from '../../accounts/accounts.tables.ts';
import type { Conn } from '../../registry/registry.repository.ts';
import { people } from '../../registry/registry.tables.ts';
import { keepers } from './keepers.tables.ts';

export type KeeperRow = typeof keepers.$inferSelect;

const PERSON_NAMES = { slug: people.slug, nameBe: people.nameBe, nameRu: people.nameRu, nameLatin: people.nameLatin } as const;
const BY_NAME = sql`${people.sortLatin} COLLATE "und-x-icu"`;

export interface PersonNames {
  slug: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
}

/** Takes the person's row lock: approvals and hand-overs of one person run one after another. */
export async function lockPerson(db: Conn, personId: string): Promise<void> {
  await db.select({ id: people.id }).from(people).where(eq(people.id, personId)).for('update');
}

export async function findKeeper(db: Conn, id: string): Promise<KeeperRow | undefined> {
  const [row] = await db.select().from(keepers).where(eq(keepers.id, id));
  return row;
}

/** The volunteer's open request or active keeping of this person, if any (there is at most one). */
export async function openKeepingOf(db: Conn, personId: string, userId: string): Promise<KeeperRow | undefined> {
  const [row] = await db
    .select()
    .from(keepers)
    .where(and(eq(keepers.personId, personId), eq(keepers.userId, userId), sql`${keepers.state} in ('requested', 'active')`));
  return row;
}

export async function activeKeeperIds(db: Conn, personId: string): Promise<string[]> {
  const rows = await db.select({ userId: keepers.userId }).from(keepers).where(and(eq(keepers.personId, personId), eq(keepers.state, 'active')));
  return rows.map((r) => r.userId);
}

export async function countActive(db: Conn, personId: string): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(keepers).where(and(eq(keepers.personId, personId), eq(keepers.state, 'active')));
  return Number(n);
}

/** Inserts a request unless the volunteer already has one open for this person (the partial unique index). */
export async function insertKeeperOnce(db: Conn, values: typeof keepers.$inferInsert): Promise<KeeperRow | undefined> {
  const [row] = await db.insert(keepers).values(values).onConflictDoNothing().returning();
  return row;
}

/**
 * Moves a keeper row from one state to the next. The update names the expected state, so two coordinators
 * (or a retried request) cannot both move it: the second finds nothing and gets undefined.
 */
export async function moveKeeper(db: Conn, id: string, from: KeeperRow['state'], values: Partial<typeof keepers.$inferInsert>): Promise<KeeperRow | undefined> {
  const [row] = await db.update(keepers).set(values).where(and(eq(keepers.id, id), eq(keepers.state, from))).returning();
  return row;
}

/** Every keeper row of a person, oldest first, with the sealed account e-mail (opened for coordinators only). */
export async function historyOf(db: Conn, personId: string) {
  return db
    .select({ keeper: keepers, emailEnc: users.emailEnc })
    .from(keepers)
    .innerJoin(users, eq(users.id, keepers.userId))
    .where(eq(keepers.personId, personId))
    .orderBy(asc(keepers.requestedOn), asc(keepers.startedOn), asc(keepers.id));
}

/** Open requests and active keepers of everyone, for the coordinators' page. */
export async function openKeepings(db: Conn, state: 'requested' | 'active') {
  return db
    .select({ keeper: keepers, person: PERSON_NAMES, emailEnc: users.emailEnc })
    .from(keepers)
    .innerJoin(people, eq(people.id, keepers.personId))
    .innerJoin(users, eq(users.id, keepers.userId))
    .where(eq(keepers.state, state))
    .orderBy(state === 'requested' ? asc(keepers.requestedOn) : BY_NAME, asc(keepers.id));
}

/** People held now with no active keeper, by name, one page at a time. */
export async function peopleWithoutKeeper(db: Conn, limit: number, offset: number): Promise<{ items: PersonNames[]; total: number }> {
  const where = and(
    eq(people.status, 'current'),
    sql`not exists (select 1 from ${keepers} k where k.person_id = ${people.id} and k.state = 'active')`,
  );
  const [items, [{ n }]] = await Promise.all([
    db.select(PERSON_NAMES).from(people).where(where).orderBy(BY_NAME, people.id).limit(limit).offset(offset),
    db.select({ n: count() }).from(people).where(where),
  ]);
  return { items, total: Number(n) };
}

/** A volunteer's own rows, newest first, with the person each is about. */
export async function keepingsOf(db: Conn, userId: string) {
  return db
    .select({ keeper: keepers, person: PERSON_NAMES })
    .from(keepers)
    .innerJoin(people, eq(people.id, keepers.personId))
    .where(eq(keepers.userId, userId))
    .orderBy(desc(keepers.requestedOn), asc(keepers.id));
}

/** For the person page: the slug, how many keep the person now, and whether the viewer is one of them. */
export async function keeperFigures(db: Conn, personId: string, userId: string | null): Promise<{ slug: string; status: string; active: number; mine: boolean }> {
  const [r] = await db
    .select({
      slug: people.slug,
      status: people.status,
      active: sql<number>`count(${keepers.id}) filter (where ${keepers.state} = 'active')::int`,
      mine: sql<boolean>`coalesce(bool_or(${keepers.state} = 'active' and ${keepers.userId} = ${userId}::uuid), false)`,
    })
    .from(people)
    .leftJoin(keepers, eq(keepers.personId, people.id))
    .where(eq(people.id, personId))
    .groupBy(people.id);
  return { slug: r?.slug ?? '', status: r?.status ?? 'deceased', active: Number(r?.active ?? 0), mine: r?.mine === true };
}
