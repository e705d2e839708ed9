import { and, asc, eq, sql } from 'drizzle-orm';
import type { Conn } from '../registry.repository.ts';
import { corrections, people } from '../registry.tables.ts';

export async function insertCorrection(db: Conn, values: typeof corrections.$inferInsert) {
  await db.insert(corrections).values(values);
}

/** Open reports, oldest first, with the person they are about. */
export async function openCorrections(db: Conn) {
  return db
    .select({ correction: corrections, person: { slug: people.slug, nameBe: people.nameBe, nameRu: people.nameRu, nameLatin: people.nameLatin } })
    .from(corrections)
    .innerJoin(people, eq(people.id, corrections.personId))
    .where(eq(corrections.state, 'open'))
    .orderBy(asc(corrections.createdOn), asc(corrections.id));
}

/** Closes an open report; false when it does not exist or was already closed. */
export async function resolveCorrection(db: Conn, id: string, state: 'accepted' | 'dismissed', by: string): Promise<boolean> {
  const rows = await db
    .update(corrections)
    .set({ state, resolvedAt: sql`now()`, resolvedBy: by })
    .where(and(eq(corrections.id, id), eq(corrections.state, 'open')))
    .returning({ id: corrections.id });
  return rows.length === 1;
}
