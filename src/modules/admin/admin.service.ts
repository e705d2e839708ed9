import type { Db } from '../../db/client.ts';
import type { Keys } from '../../lib/crypto.ts';
import type { Role } from '../../app/roles.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { deleteSessionsOf, findUserById, listUsers, updateUser } from '../accounts/accounts.repository.ts';

export const USERS_PER_PAGE = 50;

/** Users with their e-mail decrypted, for the admin page; the viewing itself is audited. */
export async function usersForAdmin(db: Db, keys: Keys, actorId: string, page: number) {
  const rows = await listUsers(db, USERS_PER_PAGE + 1, (page - 1) * USERS_PER_PAGE);
  await recordAudit(db, { actorId, action: 'admin.users.list', objectId: null });
  return {
    users: rows.slice(0, USERS_PER_PAGE).map((u) => ({ id: u.id, email: keys.decrypt(u.emailEnc), roles: u.roles, confirmed: Boolean(u.confirmed), totp: Boolean(u.totp) })),
    hasNext: rows.length > USERS_PER_PAGE,
  };
}

/**
 * Sets a user's roles (supporter is implicit). Any change ends that user's other sessions,
 * so a removed role stops working at once; the actor's own session survives.
 */
export async function setRoles(
  db: Db,
  change: { actorId: string | null; actorSessionIdHash: string | null; userId: string; roles: Role[] },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const user = await findUserById(tx, change.userId);
    if (!user) return false;
    const roles = [...new Set(change.roles.filter((r) => r !== 'supporter'))].sort();
    if (roles.join() === [...user.roles].sort().join()) return true;
    await updateUser(tx, user.id, { roles });
    await deleteSessionsOf(tx, user.id, change.actorSessionIdHash);
    await recordAudit(tx, { actorId: change.actorId, action: `user.roles.set:${roles.join('+') || 'none'}`, objectId: user.id });
    return true;
  });
}
