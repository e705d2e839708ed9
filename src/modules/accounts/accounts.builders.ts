import type { Db } from '../../db/client.ts';
import type { Keys } from '../../lib/crypto.ts';
import type { Role } from '../../app/roles.ts';
import { hashPassword } from './passwords.ts';
import { insertUser, type User } from './accounts.repository.ts';

/** Builds a user directly (no e-mail round trip); used by tests, the seed and `solpost users create`. */
export async function buildUser(
  db: Db,
  keys: Keys,
  opts: { email: string; password: string; roles?: Role[]; confirmed?: boolean; locale?: string },
): Promise<User> {
  const email = opts.email.trim().toLowerCase();
  return insertUser(db, {
    emailHash: keys.lookupHash(email),
    emailEnc: keys.encrypt(email),
    passwordHash: await hashPassword(opts.password),
    roles: (opts.roles ?? []).filter((r) => r !== 'supporter'),
    emailConfirmedAt: opts.confirmed === false ? null : new Date(),
    locale: opts.locale ?? 'en',
  });
}
