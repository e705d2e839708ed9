import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Keys } from '../../../lib/crypto.ts';
import type { Conn } from '../../registry/registry.repository.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';
import { people } from '../../registry/registry.tables.ts';
import type { NeedKind, PledgeState } from '../solidarity.model.ts';
import { monthsAhead, currentMonth } from './needs.schemas.ts';
import { needs, pledges } from './needs.tables.ts';

/** An open need of a person, as a coordinator would have written it. */
export async function buildNeed(db: Conn, opts: { personId: string; kind?: NeedKind; description?: string; locale?: string; createdOn?: string }) {
  const [row] = await db
    .insert(needs)
    .values({
      personId: opts.personId,
      kind: opts.kind ?? 'books',
      description: opts.description ?? 'A parcel of books in Russian',
      locale: opts.locale ?? 'en',
      createdOn: opts.createdOn ?? todayIso(),
    })
    .returning();
  return row;
}

/** A pledge (confirmed by default) with its contact sealed, as the form stores it. */
export async function buildPledge(db: Conn, keys: Keys, opts: { needId: string; state?: PledgeState; pseudonym?: string; email?: string; promise?: string; byMonth?: string | null; createdOn?: string }) {
  const [row] = await db
    .insert(pledges)
    .values({
      submissionId: randomUUID(),
      needId: opts.needId,
      pseudonym: opts.pseudonym ?? 'Anna',
      emailEnc: keys.encrypt(opts.email ?? 'anna@pledge.invalid'),
      promise: opts.promise ?? 'I will send a parcel of books',
      byMonth: opts.byMonth === undefined ? null : opts.byMonth,
      locale: 'en',
      state: opts.state ?? 'pledged',
      createdOn: opts.createdOn ?? todayIso(),
    })
    .returning();
  return row;
}

const DEMO_NEEDS: { kind: NeedKind; locale: string; description: string }[] = [
  { kind: 'books', locale: 'ru', description: 'Книги на русском: классика, история, путешествия' },
  { kind: 'clothes', locale: 'en', description: 'Warm clothes for the winter: a sweater and thick socks (size 48)' },
  { kind: 'legal', locale: 'en', description: 'Help finding a lawyer for the appeal' },
  { kind: 'family', locale: 'be', description: 'Падтрымка сям’і: школьныя рэчы для двух дзяцей' },
  { kind: 'parcel', locale: 'pl', description: 'Paczka z herbatą i słodyczami na urodziny' },
];

/** Invented demo data for needs (never real people): a few needs for a few people, some with pledges. */
export async function seedNeedsDemo(db: Db, keys: Keys): Promise<void> {
  const held = await db.select({ id: people.id }).from(people).where(eq(people.status, 'current')).orderBy(asc(people.slug)).offset(2).limit(4);
  const today = todayIso();
  for (const [i, person] of held.entries()) {
    const first = await buildNeed(db, { personId: person.id, ...DEMO_NEEDS[i % DEMO_NEEDS.length], createdOn: addDays(today, -10 * (i + 1)) });
    if (i % 2 === 0) await buildNeed(db, { personId: person.id, ...DEMO_NEEDS[(i + 1) % DEMO_NEEDS.length], createdOn: addDays(today, -5) });
    await buildPledge(db, keys, { needId: first.id, pseudonym: `Demo friend ${i + 1}`, email: `pledge${i + 1}@demo.invalid`, byMonth: monthsAhead(currentMonth(), 1) });
    if (i === 0) await buildPledge(db, keys, { needId: first.id, state: 'fulfilled', pseudonym: 'Demo reader', email: 'reader@demo.invalid' });
  }
}
