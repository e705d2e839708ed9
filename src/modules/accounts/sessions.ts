import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { actorFor, ANONYMOUS, type Actor } from '../../app/roles.ts';
import { clearCookie, cookieName, setCookie } from '../../app/cookies.ts';
import { hashToken, newToken } from '../../lib/crypto.ts';
import type { Db } from '../../db/client.ts';
import { deleteSession, findSessionWithUser, insertSession, touchLastActive } from './accounts.repository.ts';

const SHORT_SESSION_MS = 12 * 60 * 60 * 1000;
const REMEMBER_MS = 30 * 24 * 60 * 60 * 1000;

/** Reads the session cookie; an unknown or expired session is simply anonymous. */
export async function resolveActor(deps: Deps, request: FastifyRequest, reply: FastifyReply): Promise<Actor> {
  const name = cookieName('session', deps.config.secureCookies);
  const token = request.cookies[name];
  if (!token) return ANONYMOUS;
  const db = deps.database.db;
  const found = await findSessionWithUser(db, hashToken(token));
  if (!found) {
    clearCookie(reply, name, deps.config.secureCookies);
    return ANONYMOUS;
  }
  const today = new Date().toISOString().slice(0, 10);
  if (found.user.lastActiveOn !== today) await touchLastActive(db, found.user.id);
  return actorFor(found.user, found.session);
}

/** Starts a fresh session (new id on every login and 2FA step, against fixation). */
export async function startSession(
  deps: Deps,
  db: Db,
  reply: FastifyReply,
  userId: string,
  opts: { persistent: boolean; mfaVerified: boolean },
): Promise<string> {
  const token = newToken();
  const idHash = hashToken(token);
  const lifetime = opts.persistent ? REMEMBER_MS : SHORT_SESSION_MS;
  await insertSession(db, { idHash, userId, persistent: opts.persistent, mfaVerified: opts.mfaVerified, expiresAt: new Date(Date.now() + lifetime) });
  // Without "remember me" the cookie has no Max-Age: the browser forgets it when it closes.
  setCookie(reply, cookieName('session', deps.config.secureCookies), token, {
    secure: deps.config.secureCookies,
    maxAgeSeconds: opts.persistent ? lifetime / 1000 : undefined,
  });
  return idHash;
}

export async function endSession(deps: Deps, reply: FastifyReply, actor: Actor) {
  if (actor.sessionIdHash) await deleteSession(deps.database.db, actor.sessionIdHash);
  clearCookie(reply, cookieName('session', deps.config.secureCookies), deps.config.secureCookies);
}

/** After the second factor: replaces the session by a new, verified one that keeps "remember me". */
export async function upgradeSession(deps: Deps, reply: FastifyReply, actor: Actor) {
  const db = deps.database.db;
  const current = actor.sessionIdHash ? await findSessionWithUser(db, actor.sessionIdHash) : undefined;
  if (!current || !actor.userId) throw new Error('No session to upgrade');
  await deleteSession(db, current.session.idHash);
  await startSession(deps, db, reply, actor.userId, { persistent: current.session.persistent, mfaVerified: true });
}
