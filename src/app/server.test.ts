import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../tests/support/databases.ts';
import { TestClient } from '../../tests/support/client.ts';
import { LANGUAGES } from './i18n.ts';

describe.each(TEST_DB_KINDS)('the platform on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('reports health, database kind and latest migration', async () => {
    const res = await t.app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: kind, migration: t.deps.migration });
    expect(t.deps.migration).toMatch(/^\d{4}_/);
  });

  it('redirects / by Accept-Language, defaulting to English', async () => {
    expect((await t.app.inject({ url: '/', headers: { 'accept-language': 'be-BY,be;q=0.9,ru;q=0.8' } })).headers.location).toBe('/be/');
    expect((await t.app.inject({ url: '/', headers: { 'accept-language': 'ja, zh;q=0.5' } })).headers.location).toBe('/en/');
    expect((await t.app.inject('/')).headers.location).toBe('/en/');
  });

  it('serves the home page in every language with the right lang attribute and a switcher keeping the page', async () => {
    for (const lang of LANGUAGES) {
      const res = await t.app.inject(`/${lang}/login`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`<html lang="${lang}"`);
      for (const other of LANGUAGES) expect(res.body).toContain(`href="/${other}/login"`);
    }
    const home = await t.app.inject('/ru/');
    expect(home.body).toContain('href="/ru/register"');
  });

  it('sets the security baseline on pages, errors and static files', async () => {
    for (const url of ['/en/', '/en/nowhere', '/static/app.css', '/healthz']) {
      const res = await t.app.inject(url);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(res.headers['permissions-policy']).toContain('camera=()');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers.server).toBeUndefined();
    }
  });

  it('answers unknown pages and unknown languages with a 404 page in the language', async () => {
    const res = await t.app.inject('/de/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('<html lang="de"');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    const badLang = await t.app.inject({ url: '/xx/login', headers: { 'accept-language': 'pl' } });
    expect(badLang.statusCode).toBe(404);
    expect(badLang.body).toContain('<html lang="pl"');
  });

  it('refuses a form without a valid CSRF token with a page in the language, and changes nothing', async () => {
    const c = new TestClient(t.app);
    await c.get('/fr/register');
    const res = await c.post('/fr/register', { email: 'csrf@example.org', password: 'long enough password', passwordConfirm: 'long enough password' }, { csrf: 'forged' });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('<html lang="fr"');
    expect(await t.drain()).toBe(0);
    const none = await c.post('/fr/register', { email: 'csrf@example.org' }, { csrf: null });
    expect(none.statusCode).toBe(403);
  });

  it('does not change state on GET', async () => {
    const res = await t.app.inject('/en/logout');
    expect(res.statusCode).toBe(404);
  });
});
