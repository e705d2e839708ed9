import type { FastifyReply } from 'fastify';

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const PERMISSIONS = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'interest-cohort=()',
  'browsing-topics=()',
].join(', ');

/** The security baseline, set on every response including errors and static files. */
export function applySecurityHeaders(reply: FastifyReply, secure: boolean) {
  reply.header('Content-Security-Policy', CSP);
  reply.header('Referrer-Policy', 'no-referrer');
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('X-Frame-Options', 'DENY');
  reply.header('Cross-Origin-Opener-Policy', 'same-origin');
  reply.header('Cross-Origin-Resource-Policy', 'same-origin');
  reply.header('Permissions-Policy', PERMISSIONS);
  if (secure) reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  reply.removeHeader('X-Powered-By');
  reply.removeHeader('Server');
}
