import type { Db } from '../../../db/client.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';
import { windowStart } from './counting.ts';
import { fewestLetters, letterFigures, quietPeople, type Candidate, type LetterFigures, type QuietPerson } from './fair-share.repository.ts';

/** Letters we aim for each person to get every month. */
export const MONTHLY_GOAL = 5;
/** The suggestion is drawn from this many of the least-written-to people. */
const POOL = 50;
/** After this many days without a letter, a person is on the coordinators' quiet list. */
export const QUIET_DAYS = 60;
export const QUIET_PAGE_SIZE = 100;

/**
 * How much more likely a person is to be suggested: the further below the monthly goal, the more (the
 * square of the shortfall); people at or above it keep a small chance, so the suggestion never stalls.
 */
export function weightOf(recent: number): number {
  return recent < MONTHLY_GOAL ? (MONTHLY_GOAL - recent) ** 2 : 0.1;
}

export function pickWeighted<T extends { recent: number }>(candidates: T[], random: () => number = Math.random): T | null {
  const total = candidates.reduce((sum, c) => sum + weightOf(c.recent), 0);
  let r = random() * total;
  for (const c of candidates) {
    r -= weightOf(c.recent);
    if (r < 0) return c;
  }
  return candidates.at(-1) ?? null;
}

/** "Write to someone who needs a letter": one person, among those whose letters can reach them. */
export async function suggestPerson(db: Db, exceptSlug?: string): Promise<Candidate | null> {
  const since = windowStart(30);
  const pool = (await fewestLetters(db, since, POOL + 1)).filter((c) => c.slug !== exceptSlug);
  return pickWeighted(pool.slice(0, POOL));
}

/** A person's letters in the last 30 and 90 days (today included), the last letter's date and the replies. */
export function figuresFor(db: Db, personId: string, today = todayIso()): Promise<LetterFigures> {
  return letterFigures(db, personId, windowStart(30, today), windowStart(90, today));
}

/** People held now with no letter for QUIET_DAYS days or more (or none ever), longest silence first. */
export function quietList(db: Db, lang: string, page: number, today = todayIso()): Promise<{ items: QuietPerson[]; total: number }> {
  return quietPeople(db, { cutoff: addDays(today, -QUIET_DAYS), lang, limit: QUIET_PAGE_SIZE, offset: (page - 1) * QUIET_PAGE_SIZE });
}
