import { sql, type SQL } from 'drizzle-orm';
import type { Conn } from '../registry.repository.ts';
import { preparedRows } from '../../../db/prepared.ts';
import type { Gender, LettersReach, PersonStatus } from '../registry.model.ts';
import { queryKeys } from './search-keys.ts';
import { correctedKeys, queryWords, type WeightedKey } from './corrections.ts';
import { nearWords } from './word-dictionary.ts';
import { recentLetterCount, windowStart } from '../../letters/fair-share/counting.ts';

export const DIRECTORY_SORTS = ['relevance', 'name', 'arrested', 'changed', 'fewest_letters'] as const;
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

/** How a pass scores a stored key equal to a looked-up spelling, and one that starts with it (plus up to `span` by length). */
interface Scoring {
  exact: number;
  prefix: number;
  span: number;
}

// First pass: exact matches of a spelling rank 3 and prefixes (surname alone, start of a name) 2..3. The fuzzy
// pass scores below both (0..1 times the spelling's weight), so its guesses never outrank what was typed.
const AS_TYPED: Scoring = { exact: 3, prefix: 2, span: 1 };
const CORRECTED: Scoring = { exact: 1, prefix: 0.9, span: 0.1 };

/**
 * A constant written into the statement rather than passed (so are LIMIT and OFFSET, checked integers): with
 * only the spellings and filter values as parameters, PostgreSQL plans a prepared search once (a generic
 * plan) instead of on every call. Each page number is its own statement; few people go past the first pages.
 */
const num = (n: number): SQL => sql.raw(`${Number(n)}::float`);

/**
 * People matching the spellings, with their best score. The spellings arrive as one JSON parameter and each
 * is one range probe of the b-tree (~>=~ and ~<~ are the text_pattern_ops operators; U+10FFFF sorts after
 * any character). `unless` names a CTE: when it has rows, this one is not even read.
 */
function matchesOf(keys: WeightedKey[], s: Scoring, unless?: SQL): SQL {
  return sql`SELECT k.person_id, max(c.w * CASE WHEN k.key = c.k THEN ${num(s.exact)} ELSE ${num(s.prefix)} + ${num(s.span)} * length(c.k) / length(k.key) END) AS score
    FROM jsonb_to_recordset(${JSON.stringify(keys.map((k) => ({ k: k.key, w: k.weight })))}::jsonb) AS c(k text, w float)
    CROSS JOIN LATERAL (SELECT person_id, key FROM person_search_keys WHERE key ~>=~ c.k AND key ~<~ (c.k || chr(1114111))) k
    ${unless ? sql`WHERE NOT EXISTS (SELECT 1 FROM ${unless})` : sql``}
    GROUP BY k.person_id`;
}

/**
 * The name matches: the spellings as typed and, only when none of them matches anyone, the corrected ones
 * (a mistyped word replaced by its near dictionary words, or one word left out). One statement, so a search
 * is one round trip whichever way it goes.
 */
function matchesCte(typed: string[], corrected: WeightedKey[]): SQL {
  return sql`typed AS (${matchesOf(
    typed.map((key) => ({ key, weight: 1 })),
    AS_TYPED,
  )}),
    corrected AS (${matchesOf(corrected, CORRECTED, sql`typed`)}),
    m AS (SELECT * FROM typed UNION ALL SELECT * FROM corrected)`;
}

/**
 * People and their current place, from the matches. The planner cannot tell how few rows a range on a
 * parameter yields; left to itself it planned for thousands and read every person. A lateral subquery with
 * OFFSET 0 is not flattened, so each match is one index lookup, in the one round trip a search makes.
 */
const FROM_MATCHES = sql`FROM m CROSS JOIN LATERAL (SELECT * FROM people WHERE people.id = m.person_id OFFSET 0) p
    LEFT JOIN LATERAL (SELECT facility_id FROM placements WHERE placements.person_id = p.id AND placements.to_on IS NULL OFFSET 0) pl ON true`;
const FROM_PEOPLE = sql`FROM people p LEFT JOIN placements pl ON pl.person_id = p.id AND pl.to_on IS NULL`;

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
  // Fair share: people held now with the fewest letters in the last 30 days first; nobody else can get one.
  if (sort === 'fewest_letters') return sql`(p.status <> 'current'), ${recentLetterCount(sql`p.id`, windowStart(30))}, ${name}, p.id`;
  return sql`${name}, p.id`;
}

export async function searchDirectory(db: Conn, f: DirectoryQuery): Promise<{ items: DirectoryItem[]; total: number }> {
  const keys = f.q ? queryKeys(f.q) : [];
  const hasQuery = keys.length > 0;
  if (f.q && !hasQuery) return { items: [], total: 0 };
  const offset = (f.page - 1) * f.pageSize;
  // The corrections come from the in-memory dictionary, so working them out for every query costs no round trip.
  const withM = hasQuery ? sql`WITH ${matchesCte(keys, correctedKeys(keys, await nearWords(db, queryWords(keys))))}` : sql``;
  const base = sql`${hasQuery ? FROM_MATCHES : FROM_PEOPLE} LEFT JOIN facilities f ON f.id = pl.facility_id WHERE ${filters(f)}`;
  const rows = await preparedRows<Record<string, unknown>>(
    db,
    sql`${withM} SELECT p.id, p.slug, p.name_be, p.name_ru, p.name_latin, p.sort_latin, p.status, p.gender, p.country,
        p.birth_year, p.birth_month, p.birth_day, p.arrested_on::text AS arrested_on, p.letters_reach, p.updated_at::text AS updated_at,
        f.slug AS f_slug, f.name_en AS f_name_en, f.name_ru AS f_name_ru, f.name_be AS f_name_be, f.city AS f_city, f.region AS f_region,
        ${hasQuery ? sql`m.score` : sql`NULL::float`} AS score, count(*) OVER () AS total
      ${base} ORDER BY ${orderBy(f, hasQuery)} LIMIT ${sql.raw(String(Math.trunc(f.pageSize)))} OFFSET ${sql.raw(String(Math.trunc(offset)))}`,
  );
  let total = rows.length ? Number(rows[0].total) : 0;
  // Past the last page the window count has no row to ride on.
  if (!rows.length && offset > 0) total = Number((await rowsOf<{ n: number }>(db, sql`${withM} SELECT count(*)::int AS n ${base}`))[0].n);
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
