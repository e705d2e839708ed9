import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/**
 * A tiny browser for app.inject: keeps cookies, and fills the CSRF field from the last page,
 * so tests submit forms the way a user with JavaScript off does.
 */
export class TestClient {
  cookies = new Map<string, string>();
  lastHtml = '';

  constructor(
    private app: FastifyInstance,
    private headers: Record<string, string> = {},
  ) {}

  private remember(res: LightMyRequestResponse) {
    for (const c of res.cookies) {
      if (c.value === '' || (c.maxAge !== undefined && c.maxAge <= 0) || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    if (String(res.headers['content-type'] ?? '').startsWith('text/html')) this.lastHtml = res.body;
    return res;
  }

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string, headers: Record<string, string> = {}) {
    return this.remember(await this.app.inject({ method: 'GET', url, headers: { ...this.headers, cookie: this.cookieHeader(), ...headers } }));
  }

  csrf(): string {
    const m = this.lastHtml.match(/name="_csrf" value="([^"]+)"/);
    if (!m) throw new Error('No CSRF field on the last page');
    return m[1];
  }

  /** Posts a form; the CSRF token comes from the last page unless given. */
  async post(url: string, form: Record<string, string | string[]>, opts: { csrf?: string | null; headers?: Record<string, string> } = {}) {
    const params = new URLSearchParams();
    const token = opts.csrf === undefined ? this.csrf() : opts.csrf;
    if (token !== null) params.append('_csrf', token);
    for (const [k, v] of Object.entries(form)) for (const one of Array.isArray(v) ? v : [v]) params.append(k, one);
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        payload: params.toString(),
        headers: { ...this.headers, 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookieHeader(), ...opts.headers },
      }),
    );
  }

  /** Posts a form with a file (multipart, as a browser does for enctype="multipart/form-data"). */
  async postFile(url: string, form: Record<string, string>, file: { field: string; name: string; type: string; data: Buffer }, opts: { csrf?: string | null } = {}) {
    const body = new FormData();
    const token = opts.csrf === undefined ? this.csrf() : opts.csrf;
    if (token !== null) body.append('_csrf', token);
    for (const [k, v] of Object.entries(form)) body.append(k, v);
    body.append(file.field, new Blob([new Uint8Array(file.data)], { type: file.type }), file.name);
    const encoded = new Request('http://test.invalid/', { method: 'POST', body });
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        payload: Buffer.from(await encoded.arrayBuffer()),
        headers: { ...this.headers, 'content-type': encoded.headers.get('content-type')!, cookie: this.cookieHeader() },
      }),
    );
  }
}

/** The first link in a text that starts with the given path, as a path+query. */
export function linkIn(text: string, pathStart: string): string {
  const m = text.match(new RegExp(`https?://[^\\s/]+(${pathStart.replace(/[/?]/g, '\\$&')}[^\\s]*)`));
  if (!m) throw new Error(`No link to ${pathStart} in:\n${text}`);
  return m[1];
}
