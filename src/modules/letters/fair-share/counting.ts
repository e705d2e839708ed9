// What "a letter to a person" means for every count: the fair-share figures, the suggestion, the quiet list
// and the directory's "fewest letters" order. Only drizzle and the letters vocabulary are imported, so the
// registry's search can use it without a cycle.
import { sql, type SQL } from 'drizzle-orm';
import { COUNTED_STATES } from '../letters.model.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';

/** The states that count, written into the statement: a fixed list, so a prepared statement stays one plan. */
export const COUNTED_SQL = sql.raw(COUNTED_STATES.map((s) => `'${s}'`).join(', '));

/**
 * A letter's date: the day it was posted (or, for one logged as sent outside, the day the writer posted it);
 * before that, the day it was written. So writers are spread out before the volunteers have posted anything.
 */
export const letterDate = (alias: string): SQL => sql.raw(`coalesce(${alias}.sent_on, ${alias}.created_on)`);

/** Letters counted for one person since a date (inclusive), as a scalar subquery to order or filter people by. */
export function recentLetterCount(personId: SQL, since: string): SQL {
  return sql`(SELECT count(*) FROM letters lc WHERE lc.person_id = ${personId} AND lc.state IN (${COUNTED_SQL}) AND ${letterDate('lc')} >= ${since}::date)`;
}

/** The first day of "the last `days` days", today included: every count over a window starts here. */
export function windowStart(days: number, today = todayIso()): string {
  return addDays(today, -(days - 1));
}
