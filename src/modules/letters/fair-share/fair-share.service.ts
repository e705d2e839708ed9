import type { Db } from '../../../db/client.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';
import { fewestLetters, type Candidate } from './fair-share.repository.ts';

/** Letters we aim for each person to get every month. */
export const MONTHLY_GOAL = 5;
/** The suggestion is drawn from this many of the least-written-to people. */
const POOL = 50;

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
  const since = addDays(todayIso(), -30);
  const pool = (await fewestLetters(db, since, POOL + 1)).filter((c) => c.slug !== exceptSlug);
  return pickWeighted(pool.slice(0, POOL));
}
