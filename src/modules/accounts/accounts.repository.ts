import { and, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accountTokens, recoveryCodes, sessions, users } from './accounts.tables.ts';

export type User = typeof users.$inferSelect;
type Conn = Pick<Db, 'select' | 'insert' | 'update' | 'delete'>;

export async function findUserByEmailHash(db: Conn, emailHash: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.emailHash, emailHash));
  return row;
}

export async function findUserById(db: Conn, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(db: Conn, values: typeof users.$inferInsert): Promise<User> {
  const [row] = await db.insert(users).values(values).returning();
  return row;
}

export async function updateUser(db: Conn, id: string, values: Partial<typeof users.$inferInsert>) {
  await db.update(users).set(values).where(eq(users.id, id));
}

/** Marks the coarse last-active date; writes at most once a day per user. */
export async function touchLastActive(db: Conn, id: string) {
  await db
    .update(users)
    .set({ lastActiveOn: sql`current_date` })
    .where(and(eq(users.id, id), or(isNull(users.lastActiveOn), lt(users.lastActiveOn, sql`current_date`))));
}

/** Records the TOTP step as used; false when this step (or a later one) was already used: a replay. */
export async function claimTotpStep(db: Conn, id: string, step: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function insertToken(db: Conn, values: typeof accountTokens.$inferInsert) {
  await db.insert(accountTokens).values(values);
}

/** Uses a token once: returns its user when it was valid, unused and unexpired. */
export async function useToken(db: Conn, tokenHash: string, purpose: 'confirm' | 'reset'): Promise<string | undefined> {
  const [row] = await db
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(accountTokens.tokenHash, tokenHash), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, sql`now()`)))
    .returning({ userId: accountTokens.userId });
  return row?.userId;
}

export async function tokenIsUsable(db: Conn, tokenHash: string, purpose: 'confirm' | 'reset'): Promise<boolean> {
  const rows = await db
    .select({ h: accountTokens.tokenHash })
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, tokenHash), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, sql`now()`)));
  return rows.length === 1;
}

export async function insertSession(db: Conn, values: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(values);
}

export async function findSessionWithUser(db: Conn, idHash: string) {
  const [row] = await db
    .select({ session: sessions, user: { id: users.id, roles: users.roles, lastActiveOn: users.lastActiveOn } })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, sql`now()`)));
  return row;
}

export async function deleteSession(db: Conn, idHash: string) {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Ends every session of a user except, optionally, one (the actor's own). */
export async function deleteSessionsOf(db: Conn, userId: string, keepIdHash?: string | null) {
  await db.delete(sessions).where(keepIdHash ? and(eq(sessions.userId, userId), ne(sessions.idHash, keepIdHash)) : eq(sessions.userId, userId));
}

export async function replaceRecoveryCodes(db: Conn, userId: string, codeHashes: string[]) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

export async function useRecoveryCode(db: Conn, userId: string, codeHash: string): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ userId: recoveryCodes.userId });
  return rows.length === 1;
}

export async function listUsers(db: Conn, limit: number, offset: number) {
  return db.select({ id: users.id, emailEnc: users.emailEnc, roles: users.roles, confirmed: users.emailConfirmedAt, totp: users.totpEnabledAt }).from(users).orderBy(users.createdAt).limit(limit).offset(offset);
}
