import { and, eq, gte, inArray, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Conn } from '../registry.repository.ts';
import { facilities, people, placements, type FacilityRow, type PersonRow } from '../registry.tables.ts';

/** People who can receive a card now: in custody, or held facing deportation. */
const ADDRESSABLE = inArray(people.status, ['current', 'deportation_threat']);
const BY_NAME = sql`${people.sortLatin} COLLATE "und-x-icu"`;

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

/** People with the facility that holds them now (or null), in the query builder's own row shape. */
async function peopleWithFacility(db: Conn, where: SQL, order: SQL): Promise<PersonAt[]> {
  return db
    .select({ person: people, facility: facilities })
    .from(people)
    .leftJoin(placements, and(eq(placements.personId, people.id), isNull(placements.toOn)))
    .leftJoin(facilities, eq(facilities.id, placements.facilityId))
    .where(where)
    .orderBy(order);
}

export async function birthdaysIn(db: Conn, pairs: { month: number; day: number }[]): Promise<PersonAt[]> {
  if (!pairs.length) return [];
  const list = sql.join(
    pairs.map((p) => sql`(${p.month}::int, ${p.day}::int)`),
    sql`, `,
  );
  return peopleWithFacility(db, and(ADDRESSABLE, sql`(${people.birthMonth}, ${people.birthDay}) IN (${list})`)!, BY_NAME);
}

/** Everyone whose birthday is known, for the yearly iCalendar feed. */
export async function allBirthdays(db: Conn): Promise<PersonAt[]> {
  return peopleWithFacility(db, and(ADDRESSABLE, isNotNull(people.birthMonth), isNotNull(people.birthDay))!, sql`${people.birthMonth}, ${people.birthDay}, ${people.id}`);
}

/** Expected releases in a window, and people released recently. */
export async function releasesBetween(db: Conn, from: string, to: string): Promise<PersonAt[]> {
  return peopleWithFacility(
    db,
    and(eq(people.status, 'current'), gte(people.releaseExpectedOn, from), lt(people.releaseExpectedOn, to))!,
    sql`${people.releaseExpectedOn}, ${BY_NAME}`,
  );
}

export async function releasedSince(db: Conn, since: string): Promise<PersonAt[]> {
  return peopleWithFacility(db, and(inArray(people.status, ['released', 'former']), gte(people.releasedOn, since))!, sql`${people.releasedOn} DESC, ${BY_NAME}`);
}
