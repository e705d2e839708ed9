import { sql, type SQL } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import type { LettersReach } from '../../registry/registry.model.ts';
import { COUNTED_SQL, letterDate } from './counting.ts';

export interface Candidate {
  id: string;
  slug: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
  recent: number;
  lastOn: string | null;
}

async function rows(db: Conn, query: SQL): Promise<Record<string, unknown>[]> {
  return ((await db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
}

const isoOrNull = (v: unknown) => (v ? String(v).slice(0, 10) : null);

/** Each person's counted letters: how many since `since`, and the date of the last one. */
const perPerson = (since: string) => sql`
  SELECT person_id,
         count(*) FILTER (WHERE ${letterDate('letters')} >= ${since}::date) AS recent,
         max(${letterDate('letters')})::text AS last_on
  FROM letters WHERE state IN (${COUNTED_SQL}) GROUP BY person_id`;

/**
 * People held now whose letters can reach them, fewest recent letters first (ties at random), with the
 * count since `since` and the date of the last letter. A letter counts from its confirmation, so
 * writers are spread out before the volunteers have posted anything.
 */
export async function fewestLetters(db: Conn, since: string, limit: number): Promise<Candidate[]> {
  const result = await rows(db, sql`
    SELECT p.id, p.slug, p.name_be, p.name_ru, p.name_latin, coalesce(l.recent, 0)::int AS recent, l.last_on
    FROM people p
    LEFT JOIN (${perPerson(since)}) l ON l.person_id = p.id
    WHERE p.status = 'current' AND p.letters_reach = 'yes'
    ORDER BY recent, random()
    LIMIT ${limit}`);
  return result.map((r) => ({
    id: r.id as string,
    slug: r.slug as string,
    nameBe: r.name_be as string | null,
    nameRu: r.name_ru as string | null,
    nameLatin: r.name_latin as string | null,
    recent: Number(r.recent),
    lastOn: isoOrNull(r.last_on),
  }));
}

/** The fair-share figures of one person. */
export interface LetterFigures {
  last30: number;
  last90: number;
  lastOn: string | null;
  replies: number;
}

/** Counted letters to one person since two dates, the date of the last one, and the replies received (one row each). */
export async function letterFigures(db: Conn, personId: string, since30: string, since90: string): Promise<LetterFigures> {
  const [r] = await rows(db, sql`
    SELECT count(*) FILTER (WHERE x.d >= ${since30}::date)::int AS last30,
           count(*) FILTER (WHERE x.d >= ${since90}::date)::int AS last90,
           max(x.d)::text AS last_on,
           (SELECT count(*) FROM letter_replies r JOIN letters lr ON lr.id = r.letter_id WHERE lr.person_id = ${personId})::int AS replies
    FROM (SELECT ${letterDate('l')} AS d FROM letters l WHERE l.person_id = ${personId} AND l.state IN (${COUNTED_SQL})) x`);
  return { last30: Number(r.last30), last90: Number(r.last90), lastOn: isoOrNull(r.last_on), replies: Number(r.replies) };
}

export interface QuietPerson {
  id: string;
  slug: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
  lettersReach: LettersReach;
  lastOn: string | null;
}

/** The name a language reads in order: its own script's form first (as the directory sorts). */
function nameOrder(lang: string): SQL {
  if (lang === 'be') return sql`coalesce(p.name_be, p.name_ru, p.sort_latin) COLLATE "und-x-icu"`;
  if (lang === 'ru' || lang === 'uk') return sql`coalesce(p.name_ru, p.name_be, p.sort_latin) COLLATE "und-x-icu"`;
  return sql`p.sort_latin COLLATE "und-x-icu"`;
}

/**
 * People held now whose last counted letter is on or before `cutoff`, or who never had one: those never
 * written to first, then the longest silence; one page of them and how many there are in all.
 */
export async function quietPeople(db: Conn, q: { cutoff: string; lang: string; limit: number; offset: number }): Promise<{ items: QuietPerson[]; total: number }> {
  const where = sql`p.status = 'current' AND (l.last_on IS NULL OR l.last_on::date <= ${q.cutoff}::date)`;
  const from = sql`FROM people p LEFT JOIN (${perPerson(q.cutoff)}) l ON l.person_id = p.id`;
  const result = await rows(db, sql`
    SELECT p.id, p.slug, p.name_be, p.name_ru, p.name_latin, p.letters_reach, l.last_on, count(*) OVER () AS total
    ${from} WHERE ${where}
    ORDER BY l.last_on::date ASC NULLS FIRST, ${nameOrder(q.lang)}, p.id
    LIMIT ${Math.trunc(q.limit)} OFFSET ${Math.trunc(q.offset)}`);
  let total = result.length ? Number(result[0].total) : 0;
  // Past the last page the window count has no row to ride on.
  if (!result.length && q.offset > 0) total = Number((await rows(db, sql`SELECT count(*)::int AS n ${from} WHERE ${where}`))[0].n);
  return {
    items: result.map((r) => ({
      id: r.id as string,
      slug: r.slug as string,
      nameBe: r.name_be as string | null,
      nameRu: r.name_ru as string | null,
      nameLatin: r.name_latin as string | null,
      lettersReach: r.letters_reach as LettersReach,
      lastOn: isoOrNull(r.last_on),
    })),
    total,
  };
}
