import { eq, sql } from 'drizzle-orm';
import type { Conn } from '../registry.repository.ts';
import type { PhotoRef } from '../registry.model.ts';
import { people } from '../registry.tables.ts';

/** Sets (or clears) a person's photo and returns the one it replaces, read under a row lock so two uploads cannot both miss it. */
export async function replacePersonPhoto(db: Conn, personId: string, photo: PhotoRef | null): Promise<PhotoRef | null> {
  const [before] = await db.select({ photo: people.photo }).from(people).where(eq(people.id, personId)).for('update');
  await db.update(people).set({ photo, updatedAt: sql`now()` }).where(eq(people.id, personId));
  return before?.photo ?? null;
}

/** Whether a person's page shows this stored photo: only such files are served. */
export async function photoInUse(db: Conn, key: string): Promise<boolean> {
  const rows = await db.select({ id: people.id }).from(people).where(sql`${people.photo}->>'key' = ${key}`).limit(1);
  return rows.length > 0;
}
