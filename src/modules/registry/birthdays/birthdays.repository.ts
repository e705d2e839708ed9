import { sql } from 'drizzle-orm';
import type { Conn } from '../registry.repository.ts';
import { rowsOf } from '../search/search.repository.ts';
import type { FacilityRow, PersonRow } from '../registry.tables.ts';

/** People who can receive a card now: in custody, or held facing deportation. */
const ADDRESSABLE = sql`p.status IN ('current', 'deportation_threat')`;

export type PersonAt = { person: PersonRow; facility: FacilityRow | null };

/** The days of the year in a window, as (month, day) pairs; 29 February is marked on the 28th in other years. */
export function daysInWindow(from: string, days: number): { date: string; month: number; day: number }[] {
  const out: { date: string; month: number; day: number }[] = [];
  const start = new Date(`${from}T00:00:00Z`);
  for (let i = 0; i < days; i++) {
    const d = new Date(start.getTime() + i * 86_400_000);
    const month = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    const date = d.toISOString().slice(0, 10);
    out.push({ date, month, day });
    const year = d.getUTCFullYear();
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    if (month === 2 && day === 28 && !leap) out.push({ date, month: 2, day: 29 });
  }
  return out;
}

/** Person rows with their current facility, from a raw query selecting `p.*` and `f.*` prefixed `f_`. */
async function peopleWithFacility(db: Conn, where: ReturnType<typeof sql>, order: ReturnType<typeof sql>): Promise<PersonAt[]> {
  const rows = await rowsOf<{ p: PersonRow; f: FacilityRow | null }>(
    db,
    sql`SELECT row_to_json(p) AS p, row_to_json(f) AS f FROM people p
        LEFT JOIN placements pl ON pl.person_id = p.id AND pl.to_on IS NULL
        LEFT JOIN facilities f ON f.id = pl.facility_id
        WHERE ${where} ORDER BY ${order}`,
  );
  return rows.map((r) => ({ person: camel(r.p) as PersonRow, facility: r.f ? (camel(r.f) as FacilityRow) : null }));
}

/** row_to_json gives snake_case keys; the rest of the code speaks the Drizzle (camelCase) shape. */
function camel(o: Record<string, unknown> | object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), v]));
}

export async function birthdaysIn(db: Conn, pairs: { month: number; day: number }[]): Promise<PersonAt[]> {
  if (!pairs.length) return [];
  const list = sql.join(
    pairs.map((p) => sql`(${p.month}::int, ${p.day}::int)`),
    sql`, `,
  );
  return peopleWithFacility(db, sql`${ADDRESSABLE} AND (p.birth_month, p.birth_day) IN (${list})`, sql`p.sort_latin COLLATE "und-x-icu"`);
}

/** Everyone whose birthday is known, for the yearly iCalendar feed. */
export async function allBirthdays(db: Conn): Promise<PersonAt[]> {
  return peopleWithFacility(db, sql`${ADDRESSABLE} AND p.birth_month IS NOT NULL AND p.birth_day IS NOT NULL`, sql`p.birth_month, p.birth_day, p.id`);
}

/** Expected releases in a window, and people released recently. */
export async function releasesBetween(db: Conn, from: string, to: string): Promise<PersonAt[]> {
  return peopleWithFacility(
    db,
    sql`p.status = 'current' AND p.release_expected_on >= ${from}::date AND p.release_expected_on < ${to}::date`,
    sql`p.release_expected_on, p.sort_latin COLLATE "und-x-icu"`,
  );
}

export async function releasedSince(db: Conn, since: string): Promise<PersonAt[]> {
  return peopleWithFacility(
    db,
    sql`p.status IN ('released', 'former') AND p.released_on >= ${since}::date`,
    sql`p.released_on DESC, p.sort_latin COLLATE "und-x-icu"`,
  );
}
