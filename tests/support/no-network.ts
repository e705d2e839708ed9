import net from 'node:net';

/**
 * Tests fail on any outbound connection except to loopback (our test SMTP server and PostgreSQL).
 * Patched at the socket level, so it covers every client library.
 */
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  const first = args[0] as { host?: string; path?: string } | number | string;
  let host: string | undefined;
  if (typeof first === 'object' && first !== null) host = first.path ? 'unix' : (first.host ?? 'localhost');
  else if (typeof first === 'number') host = typeof args[1] === 'string' ? (args[1] as string) : 'localhost';
  else if (typeof first === 'string') host = 'unix';
  if (host && host !== 'unix' && !LOOPBACK.has(host)) {
    throw new Error(`Test tried to open a network connection to ${host}: only loopback is allowed`);
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
