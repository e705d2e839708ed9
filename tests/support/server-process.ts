import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EPHEMERAL_RANGE = '/proc/sys/net/ipv4/ip_local_port_range';

/**
 * A TCP port free now and likely to stay free while a server restarts on it: chosen below the kernel's
 * range for outgoing connections, which could otherwise take it in the moment the server is down.
 */
export async function freePort(): Promise<number> {
  const range = fs.existsSync(EPHEMERAL_RANGE) ? fs.readFileSync(EPHEMERAL_RANGE, 'utf8').trim().split(/\s+/).map(Number) : [32768];
  const below = Math.max(range[0], 11_000);
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 10_000 + Math.floor(Math.random() * (below - 10_000));
    if (await canListen(port)) return port;
  }
  throw new Error('No free port found');
}

function canListen(port: number): Promise<boolean> {
  const server = net.createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Polls until the condition holds; generous by default, since it waits for readiness, never measures time. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request on a connection of its own (no keep-alive), so a killed server cannot leave a stale socket behind. */
export function httpRequest(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** SIGKILL: no handler runs, nothing is flushed or closed; resolves once the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM: the server's own shutdown (close HTTP, let jobs finish, close the database). */
  stop(): Promise<void>;
}

/**
 * Starts the real server as `npm start` does (`node --import tsx src/app/start.ts`), but without npm in
 * between, so a signal reaches the server itself. Resolves once /healthz answers 200.
 */
export async function startServerProcess(env: Record<string, string | undefined>): Promise<ServerProcess> {
  const childEnv: Record<string, string | undefined> = { ...process.env, DATABASE_URL: undefined, LOG_LEVEL: 'warn', SEED_DEMO: 'no', ...env };
  for (const k of Object.keys(childEnv)) if (childEnv[k] === undefined) delete childEnv[k];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/start.ts'], { cwd: repoRoot, env: childEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (c) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const url = `http://127.0.0.1:${env.PORT}`;
  await waitUntil(async () => {
    if (gone()) throw new Error(`The server exited while starting:\n${stderr}`);
    return httpRequest(`${url}/healthz`).then((r) => r.status === 200, () => false);
  }, 'the server to answer /healthz');
  return {
    url,
    pid: child.pid!,
    async kill9() {
      if (!gone()) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!gone()) child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0) throw new Error(`The server stopped with code ${code}:\n${stderr}`);
    },
  };
}

/** A browser with JavaScript off, over real HTTP: it opens a form page (CSRF cookie and field) and can post that form, again and again. */
export async function openFormPage(url: string): Promise<{
  html: string;
  post(fields: Record<string, string>): Promise<HttpAnswer>;
  postFile(fields: Record<string, string>, file: { field: string; name: string; type: string; data: Buffer }): Promise<HttpAnswer>;
}> {
  const page = await httpRequest(url);
  if (page.status !== 200) throw new Error(`GET ${url} answered ${page.status}`);
  const cookie = (page.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  const csrf = page.body.match(/name="_csrf" value="([^"]+)"/)?.[1];
  if (!csrf) throw new Error(`No CSRF field on ${url}`);
  return {
    html: page.body,
    post: (fields) =>
      httpRequest(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
      }),
    // As a browser sends a form with enctype="multipart/form-data": the CSRF field first, then the fields, then the file.
    async postFile(fields, file) {
      const form = new FormData();
      form.append('_csrf', csrf);
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append(file.field, new Blob([new Uint8Array(file.data)], { type: file.type }), file.name);
      const encoded = new Request('http://form.invalid/', { method: 'POST', body: form });
      return httpRequest(url, {
        method: 'POST',
        headers: { 'content-type': encoded.headers.get('content-type')!, cookie },
        body: Buffer.from(await encoded.arrayBuffer()),
      });
    },
  };
}
