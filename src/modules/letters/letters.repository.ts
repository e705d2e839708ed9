import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Conn } from '../registry/registry.repository.ts';
import { letterEvents, letters } from './letters.tables.ts';
import type { LetterState } from './letters.model.ts';

export type LetterRow = typeof letters.$inferSelect;

/** Inserts unless this submission was stored already; either way returns the stored letter and whether it is new. */
export async function insertLetterOnce(db: Conn, values: typeof letters.$inferInsert): Promise<{ letter: LetterRow; created: boolean }> {
  const [inserted] = await db.insert(letters).values(values).onConflictDoNothing({ target: letters.submissionId }).returning();
  if (inserted) return { letter: inserted, created: true };
  return { letter: (await findLetterBySubmission(db, values.submissionId))!, created: false };
}

export async function findLetterBySubmission(db: Conn, submissionId: string): Promise<LetterRow | undefined> {
  const [row] = await db.select().from(letters).where(eq(letters.submissionId, submissionId));
  return row;
}

export async function findLetterByConfirmToken(db: Conn, tokenHash: string): Promise<LetterRow | undefined> {
  const [row] = await db.select().from(letters).where(eq(letters.confirmTokenHash, tokenHash));
  return row;
}

/**
 * Moves a letter from one state to the next and records it. The update names the expected state, so two
 * volunteers (or a retried request) cannot both move it: the second finds nothing and gets false.
 */
export async function moveLetter(
  db: Conn,
  letter: { id: string; from: LetterState; to: LetterState },
  by: { actorId: string | null; at: Date },
  values: Partial<typeof letters.$inferInsert> = {},
): Promise<boolean> {
  const moved = await db
    .update(letters)
    .set({ ...values, state: letter.to })
    .where(and(eq(letters.id, letter.id), eq(letters.state, letter.from)))
    .returning({ id: letters.id });
  if (moved.length === 0) return false;
  await recordLetterEvent(db, { letterId: letter.id, fromState: letter.from, toState: letter.to, actorId: by.actorId, at: by.at });
  return true;
}

export async function recordLetterEvent(db: Conn, event: typeof letterEvents.$inferInsert) {
  await db.insert(letterEvents).values(event);
}

/** Unconfirmed letters, and letters sent back that the writer never edited, whose link has run out: they expire and their sealed content goes. Returns their image files. */
export async function expireUnconfirmed(db: Conn, now: Date, today: string): Promise<{ id: string; imageKey: string | null }[]> {
  const due = await db
    .select({ id: letters.id, imageKey: letters.imageKey })
    .from(letters)
    .where(and(inArray(letters.state, ['awaiting_confirmation', 'draft']), sql`${letters.confirmExpiresAt} < ${now.toISOString()}`))
    .for('update');
  if (due.length === 0) return [];
  await db
    .update(letters)
    .set({
      state: 'expired',
      keyWrapped: null,
      bodyEnc: null,
      writerEmailEnc: null,
      signatureEnc: null,
      returnAddressEnc: null,
      moderatorNoteEnc: null,
      imageKey: null,
      contentDeletedOn: today,
    })
    .where(inArray(letters.id, due.map((d) => d.id)));
  return due;
}
