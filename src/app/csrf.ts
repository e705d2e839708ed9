import type { FastifyReply, FastifyRequest } from 'fastify';
import { newToken, safeEqual, type Keys } from '../lib/crypto.ts';
import { cookieName, setCookie } from './cookies.ts';

/**
 * Double-submit CSRF protection: a random cookie, and in every form a MAC of it.
 * A forged cross-site form cannot read the cookie, so it cannot produce the MAC.
 */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply, keys: Keys, secure: boolean): string {
  const name = cookieName('csrf', secure);
  let seed = request.cookies[name];
  if (!seed || seed.length < 32) {
    seed = newToken();
    setCookie(reply, name, seed, { secure });
    request.cookies[name] = seed;
  }
  return keys.mac(`csrf:${seed}`);
}

export function csrfValid(request: FastifyRequest, keys: Keys, secure: boolean): boolean {
  const seed = request.cookies[cookieName('csrf', secure)];
  const body = request.body as Record<string, unknown> | undefined;
  const sent = typeof body?._csrf === 'string' ? body._csrf : request.headers['x-csrf-token'];
  if (!seed || typeof sent !== 'string') return false;
  return safeEqual(sent, keys.mac(`csrf:${seed}`));
}
