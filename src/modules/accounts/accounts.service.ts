import type { Deps } from '../../app/context.ts';
import { enforce, LIMITS } from '../../app/rate-limit.ts';
import { holdsStaffRole } from '../../app/roles.ts';
import { hashToken } from '../../lib/crypto.ts';
import { sql } from 'drizzle-orm';
import { users } from './accounts.tables.ts';
import { REGISTER_JOB, RESET_JOB } from './accounts.jobs.ts';
import { hashPassword, needsRehash, verifyPassword } from './passwords.ts';
import { deleteSessionsOf, findUserByEmailHash, updateUser, useToken } from './accounts.repository.ts';

/** Budgets for every form that sends e-mail: per target address and for the whole site. */
async function spendEmailBudget(deps: Deps, email: string) {
  await enforce(deps.database.db, [[LIMITS.emailsPerAddress, deps.keys.lookupHash(email)], [LIMITS.emailsGlobal]]);
}

export async function requestRegistration(deps: Deps, input: { email: string; password: string; locale: string }) {
  await spendEmailBudget(deps, input.email);
  const passwordHash = await hashPassword(input.password);
  await deps.database.db.transaction(async (tx) => {
    await deps.jobs.send(tx, REGISTER_JOB, {
      emailEnc: deps.keys.encrypt(input.email),
      passwordHashEnc: deps.keys.encrypt(passwordHash),
      locale: input.locale,
    });
  });
}

export async function requestPasswordReset(deps: Deps, input: { email: string; locale: string }) {
  await spendEmailBudget(deps, input.email);
  await deps.database.db.transaction(async (tx) => {
    await deps.jobs.send(tx, RESET_JOB, { emailEnc: deps.keys.encrypt(input.email), locale: input.locale });
  });
}

export async function confirmEmail(deps: Deps, token: string): Promise<boolean> {
  return deps.database.db.transaction(async (tx) => {
    const userId = await useToken(tx, hashToken(token), 'confirm');
    if (!userId) return false;
    await updateUser(tx, userId, { emailConfirmedAt: new Date() });
    return true;
  });
}

export type LoginResult =
  | { ok: false; reason: 'form.login.failed' | 'form.login.unconfirmed' }
  | { ok: true; userId: string; next: 'done' | 'second-factor' | 'enrol' };

export async function checkLogin(deps: Deps, input: { email: string; password: string }): Promise<LoginResult> {
  const db = deps.database.db;
  const emailHash = deps.keys.lookupHash(input.email);
  await enforce(db, [[LIMITS.loginGlobal], [LIMITS.loginPerAccount, emailHash]]);
  const user = await findUserByEmailHash(db, emailHash);
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid) return { ok: false, reason: 'form.login.failed' };
  if (!user.emailConfirmedAt) return { ok: false, reason: 'form.login.unconfirmed' };
  if (needsRehash(user.passwordHash)) await updateUser(db, user.id, { passwordHash: await hashPassword(input.password) });
  const next = user.totpEnabledAt ? 'second-factor' : holdsStaffRole(user.roles) ? 'enrol' : 'done';
  return { ok: true, userId: user.id, next };
}

/** Sets a new password from a reset link; every session of that user ends. */
export async function resetPassword(deps: Deps, token: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return deps.database.db.transaction(async (tx) => {
    const userId = await useToken(tx, hashToken(token), 'reset');
    if (!userId) return false;
    // Following the link proves the mailbox, so it also confirms an unconfirmed address.
    await updateUser(tx, userId, { passwordHash, emailConfirmedAt: sql`coalesce(${users.emailConfirmedAt}, now())` as unknown as Date });
    await deleteSessionsOf(tx, userId);
    return true;
  });
}
