import { sql } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { COUNTED_STATES } from '../letters.model.ts';

const counted = sql.raw(COUNTED_STATES.map((s) => `'${s}'`).join(', '));

export interface Candidate {
  id: string;
  slug: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
  recent: number;
  lastOn: string | null;
}

/**
 * People held now whose letters can reach them, fewest recent letters first (ties at random), with the
 * count since `since` and the date of the last letter posted. A letter counts from its confirmation, so
 * writers are spread out before the volunteers have posted anything.
 */
export async function fewestLetters(db: Conn, since: string, limit: number): Promise<Candidate[]> {
  const result = await db.execute(sql`
    SELECT p.id, p.slug, p.name_be, p.name_ru, p.name_latin, coalesce(l.recent, 0)::int AS recent, l.last_on
    FROM people p
    LEFT JOIN (
      SELECT person_id,
             count(*) FILTER (WHERE coalesce(sent_on, created_on) >= ${since}::date) AS recent,
             max(sent_on) AS last_on
      FROM letters WHERE state IN (${counted}) GROUP BY person_id
    ) l ON l.person_id = p.id
    WHERE p.status = 'current' AND p.letters_reach = 'yes'
    ORDER BY recent, random()
    LIMIT ${limit}`);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    id: r.id as string,
    slug: r.slug as string,
    nameBe: r.name_be as string | null,
    nameRu: r.name_ru as string | null,
    nameLatin: r.name_latin as string | null,
    recent: Number(r.recent),
    lastOn: r.last_on ? String(r.last_on).slice(0, 10) : null,
  }));
}
