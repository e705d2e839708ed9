import { desc, eq, sql } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { people } from '../../registry/registry.tables.ts';
import { letters } from '../letters.tables.ts';
import type { LetterKind, LetterState } from '../letters.model.ts';

/** One line of a writer's own list: to whom, what, when, where it is now; never its words. */
export interface MyLetter {
  id: string;
  kind: LetterKind;
  origin: 'platform' | 'outside';
  state: LetterState;
  on: string;
  person: { slug: string; nameBe: string | null; nameRu: string | null; nameLatin: string | null };
}

/** The writer's letters, newest first (by the day posted, or written before that). */
export async function lettersOfWriter(db: Conn, userId: string, limit: number): Promise<MyLetter[]> {
  const on = sql<string>`coalesce(${letters.sentOn}, ${letters.createdOn})::text`;
  const rows = await db
    .select({
      id: letters.id,
      kind: letters.kind,
      origin: letters.origin,
      state: letters.state,
      on,
      slug: people.slug,
      nameBe: people.nameBe,
      nameRu: people.nameRu,
      nameLatin: people.nameLatin,
    })
    .from(letters)
    .innerJoin(people, eq(people.id, letters.personId))
    .where(eq(letters.userId, userId))
    .orderBy(desc(sql`coalesce(${letters.sentOn}, ${letters.createdOn})`), desc(letters.createdOn), letters.id)
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    origin: r.origin,
    state: r.state,
    on: String(r.on).slice(0, 10),
    person: { slug: r.slug, nameBe: r.nameBe, nameRu: r.nameRu, nameLatin: r.nameLatin },
  }));
}

export interface HeldPerson {
  slug: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
  sortLatin: string;
}

/** Everyone held now, for the "whom did you write to" choice. */
export async function peopleHeldNow(db: Conn): Promise<HeldPerson[]> {
  return db
    .select({ slug: people.slug, nameBe: people.nameBe, nameRu: people.nameRu, nameLatin: people.nameLatin, sortLatin: people.sortLatin })
    .from(people)
    .where(eq(people.status, 'current'));
}
