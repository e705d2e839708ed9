// The only SQL about friends and friendships (tasks are in tasks.repository.ts).
import { and, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { rowsOf } from '../../registry/search/search.repository.ts';
import { friends, friendships } from './friends.tables.ts';

export type FriendRow = typeof friends.$inferSelect;
export type FriendshipRow = typeof friendships.$inferSelect;

export async function findFriendByEmailHash(db: Conn, emailHash: string): Promise<FriendRow | undefined> {
  const [row] = await db.select().from(friends).where(eq(friends.emailHash, emailHash));
  return row;
}

export async function findFriendById(db: Conn, id: string): Promise<FriendRow | undefined> {
  const [row] = await db.select().from(friends).where(eq(friends.id, id));
  return row;
}

export async function findFriendByUser(db: Conn, userId: string): Promise<FriendRow | undefined> {
  const [row] = await db.select().from(friends).where(eq(friends.userId, userId));
  return row;
}

export async function findFriendByPageToken(db: Conn, tokenHash: string): Promise<FriendRow | undefined> {
  const [row] = await db.select().from(friends).where(eq(friends.pageTokenHash, tokenHash));
  return row;
}

export async function insertFriend(db: Conn, values: typeof friends.$inferInsert): Promise<FriendRow> {
  const [row] = await db.insert(friends).values(values).returning();
  return row;
}

export async function updateFriend(db: Conn, id: string, values: Partial<typeof friends.$inferInsert>) {
  await db.update(friends).set(values).where(eq(friends.id, id));
}

export async function findFriendship(db: Conn, friendId: string, personId: string): Promise<FriendshipRow | undefined> {
  const [row] = await db
    .select()
    .from(friendships)
    .where(and(eq(friendships.friendId, friendId), eq(friendships.personId, personId)));
  return row;
}

export async function findFriendshipByConfirmToken(db: Conn, tokenHash: string): Promise<FriendshipRow | undefined> {
  const [row] = await db.select().from(friendships).where(eq(friendships.confirmTokenHash, tokenHash));
  return row;
}

export async function insertFriendship(db: Conn, values: typeof friendships.$inferInsert): Promise<FriendshipRow> {
  const [row] = await db.insert(friendships).values(values).returning();
  return row;
}

export async function updateFriendship(db: Conn, id: string, values: Partial<typeof friendships.$inferInsert>) {
  await db.update(friendships).set(values).where(eq(friendships.id, id));
}

/** Sets the confirmation date once; false when it was already set (a second click). */
export async function confirmFriendshipOnce(db: Conn, id: string, on: string): Promise<boolean> {
  const rows = await db
    .update(friendships)
    .set({ confirmedOn: on })
    .where(and(eq(friendships.id, id), sql`${friendships.confirmedOn} IS NULL`))
    .returning({ id: friendships.id });
  return rows.length > 0;
}

export async function deleteFriendship(db: Conn, friendId: string, friendshipId: string): Promise<boolean> {
  const rows = await db
    .delete(friendships)
    .where(and(eq(friendships.id, friendshipId), eq(friendships.friendId, friendId)))
    .returning({ id: friendships.id });
  return rows.length > 0;
}

/** The photo files of a friendship's done tasks (deleted with it). */
export async function donePhotoKeysOf(db: Conn, friendId: string, friendshipId: string): Promise<string[]> {
  const rows = await rowsOf<{ photo_key: string }>(
    db,
    sql`SELECT d.photo_key FROM friend_task_done d JOIN friendships fs ON fs.id = d.friendship_id
        WHERE fs.id = ${friendshipId} AND fs.friend_id = ${friendId} AND d.photo_key IS NOT NULL`,
  );
  return rows.map((r) => r.photo_key);
}

export async function hasConfirmedFriendship(db: Conn, friendId: string): Promise<boolean> {
  const rows = await db
    .select({ id: friendships.id })
    .from(friendships)
    .where(and(eq(friendships.friendId, friendId), isNotNull(friendships.confirmedOn)))
    .limit(1);
  return rows.length > 0;
}

/** The name a language sorts people by (as the directory does): its own script's form first. */
export function sortNameOf(lang: string, alias = 'p'): SQL {
  if (lang === 'be') return sql.raw(`coalesce(${alias}.name_be, ${alias}.name_ru, ${alias}.sort_latin)`);
  if (lang === 'ru' || lang === 'uk') return sql.raw(`coalesce(${alias}.name_ru, ${alias}.name_be, ${alias}.sort_latin)`);
  return sql.raw(`${alias}.sort_latin`);
}

/** Confirmed friends per person, as a subquery joined by person_id. */
const CONFIRMED_COUNTS = sql`(SELECT person_id, count(*)::int AS n FROM friendships WHERE confirmed_on IS NOT NULL GROUP BY person_id)`;

export interface FewestItem {
  id: string;
  slug: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
  sortLatin: string;
  friends: number;
  facility: { nameEn: string | null; nameRu: string | null; nameBe: string | null } | null;
}

/**
 * People held now, those with the fewest confirmed friends first, then by name in the reader's script. The
 * order is worked out on narrow rows (id, count, sort name) and only the page's people are then read whole
 * with their place: joining every person's full row and placement before sorting took most of the time.
 */
export async function fewestFriends(db: Conn, lang: string, page: number, pageSize: number): Promise<{ items: FewestItem[]; total: number }> {
  const offset = (page - 1) * pageSize;
  const name = sql`${sortNameOf(lang)} COLLATE "und-x-icu"`;
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`WITH top AS (
          SELECT p.id, coalesce(c.n, 0) AS friends, ${name} AS sort_name, count(*) OVER () AS total
          FROM people p LEFT JOIN ${CONFIRMED_COUNTS} c ON c.person_id = p.id
          WHERE p.status = 'current'
          ORDER BY coalesce(c.n, 0), ${name}, p.id
          LIMIT ${sql.raw(String(Math.trunc(pageSize)))} OFFSET ${sql.raw(String(Math.trunc(offset)))})
        SELECT p.id, p.slug, p.name_be, p.name_ru, p.name_latin, p.sort_latin, top.friends, top.total,
          f.name_en AS f_name_en, f.name_ru AS f_name_ru, f.name_be AS f_name_be, pl.facility_id
        FROM top JOIN people p ON p.id = top.id
        LEFT JOIN placements pl ON pl.person_id = p.id AND pl.to_on IS NULL
        LEFT JOIN facilities f ON f.id = pl.facility_id
        ORDER BY top.friends, top.sort_name, p.id`,
  );
  let total = rows.length ? Number(rows[0].total) : 0;
  if (!rows.length && offset > 0) total = (await rowsOf<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM people WHERE status = 'current'`))[0].n;
  const s = (r: Record<string, unknown>, k: string) => (r[k] ?? null) as string | null;
  return {
    total,
    items: rows.map((r) => ({
      id: r.id as string,
      slug: r.slug as string,
      nameBe: s(r, 'name_be'),
      nameRu: s(r, 'name_ru'),
      nameLatin: s(r, 'name_latin'),
      sortLatin: r.sort_latin as string,
      friends: Number(r.friends),
      facility: r.facility_id ? { nameEn: s(r, 'f_name_en'), nameRu: s(r, 'f_name_ru'), nameBe: s(r, 'f_name_be') } : null,
    })),
  };
}

/** One person held now, at random, among those with the fewest confirmed friends; null when nobody is held. */
export async function randomPersonWithFewest(db: Conn): Promise<string | null> {
  const rows = await rowsOf<{ slug: string }>(
    db,
    sql`WITH c AS (SELECT p.slug, coalesce(c.n, 0) AS n FROM people p LEFT JOIN ${CONFIRMED_COUNTS} c ON c.person_id = p.id WHERE p.status = 'current')
        SELECT slug FROM c WHERE n = (SELECT min(n) FROM c) ORDER BY random() LIMIT 1`,
  );
  return rows[0]?.slug ?? null;
}

/** The public figures of one person (confirmed friends, tasks they have done), with the person's slug: one statement. */
export async function personFriendCounts(db: Conn, personId: string): Promise<{ slug: string; status: string; friends: number; tasksDone: number } | null> {
  const [row] = await rowsOf<{ slug: string; status: string; friends: number; done: number }>(
    db,
    sql`SELECT p.slug, p.status,
          (SELECT count(*)::int FROM friendships WHERE person_id = p.id AND confirmed_on IS NOT NULL) AS friends,
          (SELECT count(*)::int FROM friend_task_done d JOIN friendships fs ON fs.id = d.friendship_id
            WHERE fs.person_id = p.id AND fs.confirmed_on IS NOT NULL) AS done
        FROM people p WHERE p.id = ${personId}`,
  );
  return row ? { slug: row.slug, status: row.status, friends: Number(row.friends), tasksDone: Number(row.done) } : null;
}
