import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { people } from '../../registry/registry.tables.ts';
import type { LetterRow } from '../letters.repository.ts';
import { letters } from '../letters.tables.ts';
import { archiveCopyHeld } from '../retention/retention.repository.ts';

export interface ArchiveHolder {
  id: string;
  slug: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
  status: string;
  count: number;
}

/** People no longer held for whom archive copies of letters wait to be handed over, with how many. */
export async function archiveHolders(db: Conn): Promise<ArchiveHolder[]> {
  const rows = await db
    .select({ id: people.id, slug: people.slug, nameBe: people.nameBe, nameRu: people.nameRu, nameLatin: people.nameLatin, status: people.status, count: sql<number>`count(*)::int` })
    .from(letters)
    .innerJoin(people, eq(people.id, letters.personId))
    .where(and(ne(people.status, 'current'), archiveCopyHeld))
    .groupBy(people.id)
    .orderBy(sql`${people.sortLatin} collate "und-x-icu"`);
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** A person's letters with archive copies held, in the order they were posted. */
export async function archivedLettersOf(db: Conn, personId: string): Promise<LetterRow[]> {
  return db
    .select()
    .from(letters)
    .where(and(eq(letters.personId, personId), archiveCopyHeld))
    .orderBy(asc(letters.sentOn), asc(letters.createdOn), asc(letters.id));
}
