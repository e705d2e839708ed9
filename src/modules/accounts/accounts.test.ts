import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../tests/support/databases.ts';
import { linkIn, TestClient } from '../../../tests/support/client.ts';
import { buildUser } from './accounts.builders.ts';
import { users } from './accounts.tables.ts';

const PASSWORD = 'correct horse battery staple';

describe.each(TEST_DB_KINDS)('accounts on %s', (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(kind);
  });
  afterEach(() => t.close());

  async function register(c: TestClient, email: string, lang = 'en') {
    await c.get(`/${lang}/register`);
    return c.post(`/${lang}/register`, { email, password: PASSWORD, passwordConfirm: PASSWORD });
  }

  it('registers, confirms from the e-mail link, logs in and out', async () => {
    const c = new TestClient(t.app);
    const res = await register(c, 'Nina@Example.org', 'pl');
    expect(res.statusCode).toBe(200);
    await t.drain();
    const [mail] = await t.outbox();
    expect(mail.to).toBe('nina@example.org');
    expect(mail.text).toContain('/pl/confirm?token=');
    expect(mail.messageId).toMatch(/^<[0-9a-f-]+@/);

    // Opening the link shows a button and changes nothing (mail scanners open links).
    const link = linkIn(mail.text, '/pl/confirm');
    await c.get(link);
    expect((await c.post('/pl/login', { email: 'nina@example.org', password: PASSWORD })).statusCode).toBe(400);
    await c.get(link);
    const confirmed = await c.post('/pl/confirm', { token: new URL(link, 'http://x').searchParams.get('token')! });
    expect(confirmed.headers.location).toBe('/pl/login?notice=confirmed');

    await c.get('/pl/login');
    const login = await c.post('/pl/login', { email: 'nina@example.org', password: PASSWORD });
    expect(login.statusCode).toBe(303);
    expect(login.headers.location).toBe('/pl/account');
    const account = await c.get('/pl/account');
    expect(account.statusCode).toBe(200);
    const session = login.cookies.find((x) => x.name.endsWith('sp_session'))!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    expect(session.maxAge).toBeUndefined(); // session-only without "remember me"

    const out = await c.post('/pl/logout', {});
    expect(out.headers.location).toBe('/pl/login?notice=loggedOut');
    expect((await c.get('/pl/account')).headers.location).toBe('/pl/login');
  });

  it('keeps "remember me" sessions across browser restarts only when asked', async () => {
    await buildUser(t.deps.database.db, t.deps.keys, { email: 'r@example.org', password: PASSWORD });
    const c = new TestClient(t.app);
    await c.get('/en/login');
    const res = await c.post('/en/login', { email: 'r@example.org', password: PASSWORD, remember: 'on' });
    expect(res.cookies.find((x) => x.name.endsWith('sp_session'))!.maxAge).toBeGreaterThan(7 * 24 * 3600);
  });

  it('answers registration the same for a known and an unknown address, and mails only the owner', async () => {
    await buildUser(t.deps.database.db, t.deps.keys, { email: 'known@example.org', password: PASSWORD });
    const known = await register(new TestClient(t.app), 'known@example.org');
    const unknown = await register(new TestClient(t.app), 'unknown@example.org');
    const strip = (html: string) => html.replace(/value="[^"]+"/g, '');
    expect(known.statusCode).toBe(unknown.statusCode);
    expect(strip(known.body)).toBe(strip(unknown.body));
    await t.drain();
    const mails = await t.outbox();
    expect(mails.map((m) => m.to).sort()).toEqual(['known@example.org', 'unknown@example.org']);
    expect(mails.find((m) => m.to === 'known@example.org')!.text).not.toContain('confirm?token=');
    const rows = await t.deps.database.db.select().from(users);
    expect(rows).toHaveLength(2); // the known account was not duplicated or changed
  });

  it('gives the same login error for an unknown address and a wrong password', async () => {
    await buildUser(t.deps.database.db, t.deps.keys, { email: 'a@example.org', password: PASSWORD });
    const c = new TestClient(t.app);
    await c.get('/en/login');
    const wrong = await c.post('/en/login', { email: 'a@example.org', password: 'not the password' });
    await c.get('/en/login');
    const unknown = await c.post('/en/login', { email: 'b@example.org', password: 'not the password' });
    expect(wrong.statusCode).toBe(400);
    const error = (html: string) => html.match(/role="alert"><p>([^<]+)/)?.[1];
    expect(error(wrong.body)).toBe(error(unknown.body));
    expect(error(wrong.body)).toBe('The e-mail address or the password is not right.');
  });

  it('resets a password through the e-mail link, ending every session; unknown addresses get nothing', async () => {
    await buildUser(t.deps.database.db, t.deps.keys, { email: 'reset@example.org', password: PASSWORD });
    const old = new TestClient(t.app);
    await old.get('/en/login');
    await old.post('/en/login', { email: 'reset@example.org', password: PASSWORD });
    expect((await old.get('/en/account')).statusCode).toBe(200);

    const c = new TestClient(t.app);
    await c.get('/de/password/forgot');
    const a = await c.post('/de/password/forgot', { email: 'reset@example.org' });
    await c.get('/de/password/forgot');
    const b = await c.post('/de/password/forgot', { email: 'nobody@example.org' });
    expect(a.body.replace(/value="[^"]+"/g, '')).toBe(b.body.replace(/value="[^"]+"/g, ''));
    await t.drain();
    const mails = await t.outbox();
    expect(mails.map((m) => m.to)).toEqual(['reset@example.org']);

    const link = linkIn(mails[0].text, '/de/password/reset');
    await c.get(link);
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const short = await c.post('/de/password/reset', { token, password: 'short', passwordConfirm: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('aria-invalid="true"');
    const done = await c.post('/de/password/reset', { token, password: 'a brand new passphrase', passwordConfirm: 'a brand new passphrase' });
    expect(done.headers.location).toBe('/de/login?notice=passwordChanged');
    expect((await old.get('/en/account')).statusCode).toBe(303);
    expect((await c.get(link)).statusCode).toBe(400); // a used link no longer works
    await c.get('/de/password/forgot');
    expect((await c.post('/de/password/reset', { token, password: 'another passphrase!', passwordConfirm: 'another passphrase!' })).statusCode).toBe(400);
    await c.get('/de/login');
    expect((await c.post('/de/login', { email: 'reset@example.org', password: 'a brand new passphrase' })).statusCode).toBe(303);
  });

  it('shows form errors in the user language and keeps what was typed, except passwords', async () => {
    const c = new TestClient(t.app);
    await c.get('/ru/register');
    const res = await c.post('/ru/register', { email: 'not-an-email', password: 'secretsecret1', passwordConfirm: 'different' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('value="not-an-email"');
    expect(res.body).not.toContain('secretsecret1');
    expect(res.body).toContain(t.deps.i18n.t('ru', 'form.email.invalid'));
    expect(await t.drain()).toBe(0);
  });

  it('limits e-mails per target address with a 429 page, whatever the client', async () => {
    for (let i = 0; i < 3; i++) {
      const c = new TestClient(t.app);
      await c.get('/en/password/forgot');
      expect((await c.post('/en/password/forgot', { email: 'target@example.org' })).statusCode).toBe(200);
    }
    const c = new TestClient(t.app, { 'x-forwarded-for': '10.9.8.7' });
    await c.get('/uk/password/forgot');
    const limited = await c.post('/uk/password/forgot', { email: 'target@example.org' });
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain('<html lang="uk"');
    await c.get('/uk/password/forgot');
    expect((await c.post('/uk/password/forgot', { email: 'other@example.org' })).statusCode).toBe(200);
  });

  it('limits login attempts per account', async () => {
    await buildUser(t.deps.database.db, t.deps.keys, { email: 'victim@example.org', password: PASSWORD });
    const c = new TestClient(t.app);
    for (let i = 0; i < 10; i++) {
      await c.get('/en/login');
      expect((await c.post('/en/login', { email: 'victim@example.org', password: `guess ${i}` })).statusCode).toBe(400);
    }
    await c.get('/en/login');
    expect((await c.post('/en/login', { email: 'victim@example.org', password: PASSWORD })).statusCode).toBe(429);
  });

  it('stores e-mail addresses only encrypted', async () => {
    await register(new TestClient(t.app), 'hidden@example.org');
    await t.drain();
    const dump = JSON.stringify(await t.deps.database.db.select().from(users));
    expect(dump).not.toContain('hidden@example.org');
    const jobs = await t.deps.database.executor.executeSql(`SELECT data::text AS d FROM pgboss.job`);
    expect(JSON.stringify(jobs.rows)).not.toContain('hidden@example.org');
  });
});
