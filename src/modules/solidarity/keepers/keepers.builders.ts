import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Keys } from '../../../lib/crypto.ts';
import { findUserByEmailHash } from '../../accounts/accounts.repository.ts';
import type { Conn } from '../../registry/registry.repository.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';
import { people } from '../../registry/registry.tables.ts';
import { keepers } from './keepers.tables.ts';

/** A keeper row as tests and the demo need it: requested by default, active with a start date when asked. */
export async function buildKeeper(
  db: Conn,
  opts: { personId: string; userId: string; state?: 'requested' | 'active'; pseudonym?: string | null; note?: string | null; requestedOn?: string; startedOn?: string },
) {
  const requestedOn = opts.requestedOn ?? todayIso();
  const active = opts.state === 'active';
  const [row] = await db
    .insert(keepers)
    .values({
      personId: opts.personId,
      userId: opts.userId,
      state: active ? 'active' : 'requested',
      pseudonym: opts.pseudonym === undefined ? 'Volunteer' : opts.pseudonym,
      note: opts.note ?? null,
      requestedOn,
      startedOn: active ? (opts.startedOn ?? requestedOn) : null,
    })
    .returning();
  return row;
}

/**
 * Invented demo data for keepers (never real people), made by the same builders the tests use: the demo
 * supporter keeps one person and has asked to keep another, so coordinators have a request to decide.
 */
export async function seedKeepersDemo(db: Db, keys: Keys): Promise<void> {
  const supporter = await findUserByEmailHash(db, keys.lookupHash('supporter@demo.invalid'));
  if (!supporter) return;
  const held = await db.select({ id: people.id }).from(people).where(eq(people.status, 'current')).orderBy(asc(people.slug)).limit(2);
  if (held.length < 2) return;
  const today = todayIso();
  await buildKeeper(db, { personId: held[0].id, userId: supporter.id, state: 'active', pseudonym: 'Demo keeper', requestedOn: addDays(today, -120), startedOn: addDays(today, -118) });
  await buildKeeper(db, { personId: held[1].id, userId: supporter.id, pseudonym: 'Demo keeper', note: 'I can write every week.', requestedOn: addDays(today, -3) });
}
