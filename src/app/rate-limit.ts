import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rateCounters } from '../db/infra.tables.ts';
import { rateLimited } from './errors.ts';

export interface Limit {
  name: string;
  max: number;
  windowSeconds: number;
}

/**
 * Budgets that do not depend on the client's address: behind a Tor onion service every
 * request comes from 127.0.0.1. Keys are an account, a target address (hashed) or global.
 */
export const LIMITS = {
  loginPerAccount: { name: 'login-account', max: 10, windowSeconds: 15 * 60 },
  loginGlobal: { name: 'login-global', max: 1000, windowSeconds: 60 },
  codePerAccount: { name: 'code-account', max: 10, windowSeconds: 15 * 60 },
  emailsPerAddress: { name: 'mail-address', max: 3, windowSeconds: 60 * 60 },
  emailsGlobal: { name: 'mail-global', max: 500, windowSeconds: 60 * 60 },
  correctionsPerPerson: { name: 'correction-person', max: 20, windowSeconds: 60 * 60 },
  correctionsGlobal: { name: 'correction-global', max: 300, windowSeconds: 60 * 60 },
  letterConfirmationsPerAddress: { name: 'letter-confirm-address', max: 5, windowSeconds: 60 * 60 },
  letterConfirmationsGlobal: { name: 'letter-confirm-global', max: 600, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

/**
 * The site's hourly budget of confirmation e-mails for campaign letters, signatures, co-signing organisations
 * and event answers (CAMPAIGNS_CONFIRMATIONS_PER_HOUR): one budget for all of them, so together they cannot
 * be used to flood mailboxes.
 */
export const campaignConfirmations = (perHour: number): Limit => ({ name: 'campaign-confirmations', max: perHour, windowSeconds: 60 * 60 });

/** Counts one use; false when the budget for this window is spent. Old windows go in the hourly purge (app/maintenance.ts). */
export async function consume(db: Db, limit: Limit, subject = 'all'): Promise<boolean> {
  const key = `${limit.name}:${subject}`;
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateCounters)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({ target: [rateCounters.key, rateCounters.windowStart], set: { count: sql`${rateCounters.count} + 1` } })
    .returning({ count: rateCounters.count });
  return row.count <= limit.max;
}

/** Consumes every budget (all are counted) and throws the 429 error when any is spent. */
export async function enforce(db: Db, checks: [Limit, string?][]): Promise<void> {
  const results = await Promise.all(checks.map(([limit, subject]) => consume(db, limit, subject)));
  if (results.includes(false)) throw rateLimited();
}
