// The only SQL of the wall.
import { and, count, desc, eq, lt, sql } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { people } from '../../registry/registry.tables.ts';
import type { WallState } from '../solidarity.model.ts';
import { wallEntries } from './wall.tables.ts';

export type WallEntryRow = typeof wallEntries.$inferSelect;
export type WallFiles = { photoKey: string; thumbKey: string };

/** What the wall, a person's wall and the moderators' queue show of an entry. */
const shown = {
  id: wallEntries.id,
  name: wallEntries.name,
  statement: wallEntries.statement,
  locale: wallEntries.locale,
  approvedOn: wallEntries.approvedOn,
  createdOn: wallEntries.createdOn,
  person: { slug: people.slug, nameLatin: people.nameLatin, nameRu: people.nameRu, nameBe: people.nameBe },
};
export type ShownEntry = { id: string; name: string; statement: string; locale: string; approvedOn: string | null; createdOn: string; person: { slug: string; nameLatin: string | null; nameRu: string | null; nameBe: string | null } | null };

const files = { photoKey: wallEntries.photoKey, thumbKey: wallEntries.thumbKey };

export async function findEntryBySubmission(db: Conn, submissionId: string): Promise<WallEntryRow | undefined> {
  const [row] = await db.select().from(wallEntries).where(eq(wallEntries.submissionId, submissionId));
  return row;
}

/** Inserts the entry unless this submission is already stored (a double click, a retry after a crash). */
export async function insertEntryOnce(db: Conn, values: typeof wallEntries.$inferInsert): Promise<{ entry: WallEntryRow; created: boolean }> {
  const [created] = await db.insert(wallEntries).values(values).onConflictDoNothing({ target: wallEntries.submissionId }).returning();
  if (created) return { entry: created, created: true };
  return { entry: (await findEntryBySubmission(db, values.submissionId))!, created: false };
}

export async function findEntryByConfirmHash(db: Conn, hash: string): Promise<WallEntryRow | undefined> {
  const [row] = await db.select().from(wallEntries).where(eq(wallEntries.confirmTokenHash, hash));
  return row;
}

/** unconfirmed → pending, and the e-mail address goes: it was needed only to send the links. */
export async function markConfirmed(db: Conn, id: string): Promise<boolean> {
  const rows = await db
    .update(wallEntries)
    .set({ state: 'pending', emailEnc: null })
    .where(and(eq(wallEntries.id, id), eq(wallEntries.state, 'unconfirmed')))
    .returning({ id: wallEntries.id });
  return rows.length > 0;
}

export async function takedownExists(db: Conn, hash: string): Promise<boolean> {
  const rows = await db.select({ id: wallEntries.id }).from(wallEntries).where(eq(wallEntries.takedownTokenHash, hash));
  return rows.length > 0;
}

/** Deletes the entry the takedown token belongs to, whatever its state; returns its files to delete. */
export async function deleteByTakedownHash(db: Conn, hash: string): Promise<WallFiles | undefined> {
  const [row] = await db.delete(wallEntries).where(eq(wallEntries.takedownTokenHash, hash)).returning(files);
  return row;
}

/** Deletes an entry only while it is in the expected state (two moderators, one decision). */
export async function deleteInState(db: Conn, id: string, state: WallState): Promise<WallFiles | undefined> {
  const [row] = await db.delete(wallEntries).where(and(eq(wallEntries.id, id), eq(wallEntries.state, state))).returning(files);
  return row;
}

export async function approvePending(db: Conn, id: string, today: string): Promise<boolean> {
  const rows = await db
    .update(wallEntries)
    .set({ state: 'approved', approvedOn: today })
    .where(and(eq(wallEntries.id, id), eq(wallEntries.state, 'pending')))
    .returning({ id: wallEntries.id });
  return rows.length > 0;
}

/** Entries waiting for a moderator, oldest first. */
export async function pendingEntries(db: Conn, limit: number): Promise<(ShownEntry & WallFiles)[]> {
  return db
    .select({ ...shown, ...files })
    .from(wallEntries)
    .leftJoin(people, eq(people.id, wallEntries.personId))
    .where(eq(wallEntries.state, 'pending'))
    .orderBy(wallEntries.createdOn, wallEntries.id)
    .limit(limit);
}

/**
 * One page of approved entries, newest first, by keyset: the page after (approvedOn, id) reads the
 * index wall_entries_public_idx from that point on, so a deep page costs what the first one does.
 * One row more than asked says whether there is a next page.
 */
export async function approvedPage(db: Conn, opts: { personId?: string; after?: { approvedOn: string; id: string }; limit: number }) {
  const conditions = [eq(wallEntries.state, 'approved')];
  if (opts.personId) conditions.push(eq(wallEntries.personId, opts.personId));
  if (opts.after) conditions.push(sql`(${wallEntries.approvedOn}, ${wallEntries.id}) < (${opts.after.approvedOn}::date, ${opts.after.id}::uuid)`);
  const rows = await db
    .select({ ...shown, thumbKey: wallEntries.thumbKey })
    .from(wallEntries)
    .leftJoin(people, eq(people.id, wallEntries.personId))
    .where(and(...conditions))
    .orderBy(desc(wallEntries.approvedOn), desc(wallEntries.id))
    .limit(opts.limit + 1);
  return { entries: rows.slice(0, opts.limit), more: rows.length > opts.limit };
}

export type WallPageResult = Awaited<ReturnType<typeof approvedPage>>;

/** What the person page shows: how many approved entries, and the newest few thumbnails. */
export async function personSummary(db: Conn, personId: string, thumbs: number) {
  const where = and(eq(wallEntries.personId, personId), eq(wallEntries.state, 'approved'));
  const [[{ n }], latest] = await Promise.all([
    db.select({ n: count() }).from(wallEntries).where(where),
    db.select({ id: wallEntries.id, name: wallEntries.name, thumbKey: wallEntries.thumbKey }).from(wallEntries).where(where).orderBy(desc(wallEntries.approvedOn), desc(wallEntries.id)).limit(thumbs),
  ]);
  return { count: n, latest };
}

/** The state and files of one entry, for serving its photo. */
export async function entryFiles(db: Conn, id: string): Promise<(WallFiles & { state: WallState }) | undefined> {
  const [row] = await db.select({ ...files, state: wallEntries.state }).from(wallEntries).where(eq(wallEntries.id, id));
  return row;
}

/** Unconfirmed entries whose link has run out are deleted; returns their files. */
export async function deleteExpiredUnconfirmed(db: Conn, now: Date): Promise<WallFiles[]> {
  return db
    .delete(wallEntries)
    .where(and(eq(wallEntries.state, 'unconfirmed'), lt(wallEntries.confirmExpiresAt, now)))
    .returning(files);
}

