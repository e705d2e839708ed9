import { z } from 'zod';
import type { Deps } from '../../app/context.ts';
import { derivedJobId, type JobSpec } from '../../jobs/queue.ts';
import { enqueueEmail } from '../../jobs/email.job.ts';
import { hashToken, newToken } from '../../lib/crypto.ts';
import { findUserByEmailHash, insertToken, insertUser, updateUser } from './accounts.repository.ts';

// Registration and reset requests are decided in jobs, not in the request: the request does the
// same work whether or not the address has an account, so neither its answer nor its timing tells.
const sealedRequest = z.object({ emailEnc: z.string(), passwordHashEnc: z.string().optional(), locale: z.string() });
export const REGISTER_JOB: JobSpec<typeof sealedRequest> = { name: 'accounts.register', version: 1, input: sealedRequest };
export const RESET_JOB: JobSpec<typeof sealedRequest> = { name: 'accounts.reset', version: 1, input: sealedRequest };

const HOUR = 60 * 60 * 1000;

async function issueToken(tx: Deps['database']['db'], userId: string, purpose: 'confirm' | 'reset', hours: number) {
  const token = newToken();
  await insertToken(tx, { tokenHash: hashToken(token), userId, purpose, expiresAt: new Date(Date.now() + hours * HOUR) });
  return token;
}

export function registerHandler(deps: Deps) {
  return async (data: z.infer<typeof sealedRequest>, meta: { jobId: string }) => {
    const email = deps.keys.decrypt(data.emailEnc);
    const passwordHash = deps.keys.decrypt(data.passwordHashEnc ?? '');
    const emailHash = deps.keys.lookupHash(email);
    const emailJobId = derivedJobId(meta.jobId, 'email');
    await deps.database.db.transaction(async (tx) => {
      const existing = await findUserByEmailHash(tx, emailHash);
      if (existing?.emailConfirmedAt) {
        await enqueueEmail(deps, tx, { to: email, template: 'account.exists', locale: data.locale, params: { lang: data.locale } }, { id: emailJobId });
        return;
      }
      // Nobody has proven this mailbox yet, so the newest registration's password wins.
      const user = existing
        ? (await updateUser(tx, existing.id, { passwordHash, locale: data.locale }), existing)
        : await insertUser(tx, { emailHash, emailEnc: deps.keys.encrypt(email), passwordHash, locale: data.locale });
      const token = await issueToken(tx, user.id, 'confirm', 48);
      await enqueueEmail(deps, tx, { to: email, template: 'account.confirm', locale: data.locale, params: { lang: data.locale, token } }, { id: emailJobId });
    });
  };
}

export function resetHandler(deps: Deps) {
  return async (data: z.infer<typeof sealedRequest>, meta: { jobId: string }) => {
    const email = deps.keys.decrypt(data.emailEnc);
    await deps.database.db.transaction(async (tx) => {
      const user = await findUserByEmailHash(tx, deps.keys.lookupHash(email));
      if (!user) return; // nothing is sent to an address without an account: no spam to strangers
      const token = await issueToken(tx, user.id, 'reset', 1);
      await enqueueEmail(deps, tx, { to: email, template: 'account.reset', locale: data.locale, params: { lang: data.locale, token } }, { id: derivedJobId(meta.jobId, 'email') });
    });
  };
}
