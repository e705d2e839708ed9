import type { FastifyReply } from 'fastify';

/**
 * Cookies carry the __Host- prefix (no Domain, Path=/, Secure) whenever the site is
 * served over HTTPS. Browsers refuse __Host- cookies without Secure, so a plain-HTTP
 * development server uses the same names without the prefix.
 */
export function cookieName(base: 'session' | 'csrf', secure: boolean): string {
  return `${secure ? '__Host-' : ''}sp_${base}`;
}

export function setCookie(reply: FastifyReply, name: string, value: string, opts: { secure: boolean; maxAgeSeconds?: number }) {
  reply.setCookie(name, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: opts.secure,
    maxAge: opts.maxAgeSeconds,
  });
}

export function clearCookie(reply: FastifyReply, name: string, secure: boolean) {
  reply.clearCookie(name, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
