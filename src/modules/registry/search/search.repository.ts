import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Conn } from '../registry.repository.ts';
import type { Gender, LettersReach, PersonStatus } from '../registry.model.ts';
import { queryKeys } from './search-keys.ts';

export const DIRECTORY_SORTS = ['relevance', 'name', 'arrested', 'changed'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];

export interface DirectoryQuery {
  q?: string;
  status?: PersonStatus;
  country?: string;
  facility?: string; // facility slug
  region?: string;
  gender?: Gender;
  birthMonth?: number;
  lettersReach?: LettersReach;
  sort?: DirectorySort;
  lang: string;
  page: number;
  pageSize: number;
}

/** One line of the directory: the person's public fields and where they are held now. */
export interface DirectoryItem {
  id: string;
  slug: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
  sortLatin: string;
  status: PersonStatus;
  gender: Gender;
  country: string;
  birthYear: number | null;
  birthMonth: number | null;
  birthDay: number | null;
  arrestedOn: string | null;
  lettersReach: LettersReach;
  updatedAt: string;
  facility: { slug: string; nameEn: string | null; nameRu: string | null; nameBe: string | null; city: string | null; region: string | null } | null;
  score: number | null;
}

/** The name a language sorts by: its own script's form first. */
function nameColumnFor(lang: string): SQL {
  if (lang === 'be') return sql`coalesce(p.name_be, p.name_ru, p.sort_latin)`;
  if (lang === 'ru' || lang === 'uk') return sql`coalesce(p.name_ru, p.name_be, p.sort_latin)`;
  return sql`p.sort_latin`;
}

/** Rows from a raw query on either driver (both answer with `rows`). */
export async function rowsOf<T>(db: Conn, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

/**
 * Exact matches of a spelling rank 3 and prefixes (surname alone, start of a name) 2: a b-tree answers both.
 * Only when no spelling matches that way does the search fall back to trigram similarity (0..1), for a missing
 * or wrong letter: that pass re-checks thousands of keys, so it runs only for queries that need it.
 */
function matchesCte(keys: string[], fuzzy: boolean): SQL {
  // One branch per query key with the key as a plain parameter, so the planner can use the index for it.
  const branches = keys.map((k) =>
    fuzzy
      ? sql`SELECT person_id, similarity(key, ${k}) AS score FROM person_search_keys WHERE key % ${k}`
      : sql`SELECT person_id, CASE WHEN key = ${k} THEN 3.0 ELSE 2.0 + ${k.length}::float / length(key) END AS score
            FROM person_search_keys WHERE key LIKE ${`${k}%`}`,
  );
  return sql`m AS (SELECT person_id, max(score) AS score FROM (${sql.join(branches, sql` UNION ALL `)}) b GROUP BY person_id)`;
}

function filters(f: DirectoryQuery): SQL {
  const where: SQL[] = [sql`true`];
  if (f.status) where.push(sql`p.status = ${f.status}`);
  if (f.country) where.push(sql`p.country = ${f.country}`);
  if (f.facility) where.push(sql`f.slug = ${f.facility}`);
  if (f.region) where.push(sql`f.region = ${f.region}`);
  if (f.gender) where.push(sql`p.gender = ${f.gender}`);
  if (f.birthMonth) where.push(sql`p.birth_month = ${f.birthMonth}`);
  if (f.lettersReach) where.push(sql`p.letters_reach = ${f.lettersReach}`);
  return sql.join(where, sql` AND `);
}

function orderBy(f: DirectoryQuery, hasQuery: boolean): SQL {
  const name = sql`${nameColumnFor(f.lang)} COLLATE "und-x-icu"`;
  const sort = f.sort ?? (hasQuery ? 'relevance' : 'name');
  if (sort === 'relevance' && hasQuery) return sql`m.score DESC, ${name}, p.id`;
  if (sort === 'arrested') return sql`p.arrested_on DESC NULLS LAST, ${name}, p.id`;
  if (sort === 'changed') return sql`p.updated_at DESC, p.id`;
  return sql`${name}, p.id`;
}

/** How alike a stored spelling must be (pg_trgm similarity) to count as a fuzzy match. */
const FUZZY_THRESHOLD = 0.45;

/**
 * Runs a name search with sequential scans off. The planner prices a trigram comparison like any operator and,
 * on a small table, prefers reading every key; computing similarity row by row is what is slow (on PGlite
 * ~10 µs per key), so the index is always the better plan here.
 */
async function withTrigramIndex<T>(db: Conn, run: (tx: Conn) => Promise<T>): Promise<T> {
  return (db as Db).transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL enable_seqscan = off`);
    // The default (0.3) lets through names that share only a few letters; a typo in a name keeps far more.
    await tx.execute(sql`SET LOCAL pg_trgm.similarity_threshold = ${sql.raw(String(FUZZY_THRESHOLD))}`);
    return run(tx);
  });
}

export async function searchDirectory(db: Conn, f: DirectoryQuery): Promise<{ items: DirectoryItem[]; total: number }> {
  const keys = f.q ? queryKeys(f.q) : [];
  const hasQuery = keys.length > 0;
  if (f.q && !hasQuery) return { items: [], total: 0 };
  const offset = (f.page - 1) * f.pageSize;
  const base = sql`FROM people p ${hasQuery ? sql`JOIN m ON m.person_id = p.id` : sql``}
    LEFT JOIN placements pl ON pl.person_id = p.id AND pl.to_on IS NULL
    LEFT JOIN facilities f ON f.id = pl.facility_id
    WHERE ${filters(f)}`;
  const page = async (fuzzy: boolean) => {
    const withM = hasQuery ? sql`WITH ${matchesCte(keys, fuzzy)}` : sql``;
    const select = sql`${withM} SELECT p.id, p.slug, p.name_be, p.name_ru, p.name_latin, p.sort_latin, p.status, p.gender, p.country,
        p.birth_year, p.birth_month, p.birth_day, p.arrested_on::text AS arrested_on, p.letters_reach, p.updated_at::text AS updated_at,
        f.slug AS f_slug, f.name_en AS f_name_en, f.name_ru AS f_name_ru, f.name_be AS f_name_be, f.city AS f_city, f.region AS f_region,
        ${hasQuery ? sql`m.score` : sql`NULL::float`} AS score, count(*) OVER () AS total
      ${base} ORDER BY ${orderBy(f, hasQuery)} LIMIT ${f.pageSize} OFFSET ${offset}`;
    const rows = fuzzy ? await withTrigramIndex(db, (tx) => rowsOf<Record<string, unknown>>(tx, select)) : await rowsOf<Record<string, unknown>>(db, select);
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && offset > 0) {
      const [c] = await rowsOf<{ n: number }>(db, sql`${withM} SELECT count(*)::int AS n ${base}`);
      total = Number(c.n);
    }
    return { rows, total };
  };
  let { rows, total } = await page(false);
  if (hasQuery && total === 0) ({ rows, total } = await page(true));
  return { items: rows.map(toItem), total };
}

function toItem(r: Record<string, unknown>): DirectoryItem {
  const s = (k: string) => (r[k] ?? null) as string | null;
  const n = (k: string) => (r[k] === null || r[k] === undefined ? null : Number(r[k]));
  return {
    id: r.id as string,
    slug: r.slug as string,
    nameBe: s('name_be'),
    nameRu: s('name_ru'),
    nameLatin: s('name_latin'),
    sortLatin: r.sort_latin as string,
    status: r.status as PersonStatus,
    gender: r.gender as Gender,
    country: r.country as string,
    birthYear: n('birth_year'),
    birthMonth: n('birth_month'),
    birthDay: n('birth_day'),
    arrestedOn: s('arrested_on'),
    lettersReach: r.letters_reach as LettersReach,
    updatedAt: r.updated_at as string,
    facility: r.f_slug
      ? { slug: r.f_slug as string, nameEn: s('f_name_en'), nameRu: s('f_name_ru'), nameBe: s('f_name_be'), city: s('f_city'), region: s('f_region') }
      : null,
    score: n('score'),
  };
}

/** Distinct regions that hold someone now, for the directory's region filter. */
export async function heldRegions(db: Conn): Promise<string[]> {
  const rows = await rowsOf<{ region: string }>(
    db,
    sql`SELECT region FROM (SELECT DISTINCT f.region FROM facilities f JOIN placements pl ON pl.facility_id = f.id AND pl.to_on IS NULL
        WHERE f.region IS NOT NULL) r ORDER BY region COLLATE "und-x-icu"`,
  );
  return rows.map((r) => r.region);
}
