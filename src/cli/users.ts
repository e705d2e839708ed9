import { z } from 'zod';
import type { Runtime } from '../app/bootstrap.ts';
import { isRole, type Role } from '../app/roles.ts';
import { hashToken, newToken } from '../lib/crypto.ts';
import { buildUser } from '../modules/accounts/accounts.builders.ts';
import { findUserByEmailHash, insertToken } from '../modules/accounts/accounts.repository.ts';
import { setRoles } from '../modules/admin/admin.service.ts';
import { UsageError } from './usage-error.ts';

const emailSchema = z.email();

function roleList(values: string[] | undefined, option: string): Role[] {
  for (const r of values ?? []) if (!isRole(r)) throw new UsageError(`--${option}: unknown role "${r}"`);
  return (values ?? []) as Role[];
}

function oneEmail(args: string[]): string {
  if (args.length !== 1 || !emailSchema.safeParse(args[0]).success) throw new UsageError('expected exactly one valid e-mail address');
  return args[0].trim().toLowerCase();
}

export async function usersCommand(rt: Runtime, sub: 'create' | 'roles', args: string[], values: { role?: string[]; add?: string[]; remove?: string[] }) {
  const { db } = rt.deps.database;
  const { keys, config } = rt.deps;
  const email = oneEmail(args);
  const existing = await findUserByEmailHash(db, keys.lookupHash(email));
  if (sub === 'create') {
    const roles = roleList(values.role, 'role');
    if (roles.length === 0) throw new UsageError('users create needs --role <role>');
    if (existing) throw new UsageError('an account with this address already exists; use "users roles"');
    // No password on the command line (it would land in shell history): the new user sets one from a link.
    const user = await buildUser(db, keys, { email, password: newToken(), roles });
    const token = newToken();
    await insertToken(db, { tokenHash: hashToken(token), userId: user.id, purpose: 'reset', expiresAt: new Date(Date.now() + 72 * 3600 * 1000) });
    console.log(`Created the account with roles: ${['supporter', ...user.roles].join(', ')}.`);
    console.log(`Send this link to its owner to choose a password (valid 72 hours, once):\n${config.publicUrl}/en/password/reset?token=${token}`);
    return;
  }
  if (!existing) throw new UsageError('no account with this address');
  const add = roleList(values.add, 'add');
  const remove = roleList(values.remove, 'remove');
  if (add.length || remove.length) {
    const roles = [...new Set([...existing.roles.filter((r) => !remove.includes(r as Role)), ...add])].filter(isRole);
    await setRoles(db, { actorId: null, actorSessionIdHash: null, userId: existing.id, roles });
  }
  const now = await findUserByEmailHash(db, keys.lookupHash(email));
  console.log(`Roles: ${['supporter', ...(now?.roles ?? [])].join(', ')}`);
}
