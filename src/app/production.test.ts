import { describe, expect, it } from 'vitest';
import argon2 from 'argon2';
import { startTestApp } from '../../tests/support/app.ts';
import { TestClient } from '../../tests/support/client.ts';
import { buildUser } from '../modules/accounts/accounts.builders.ts';
import { findUserById, updateUser } from '../modules/accounts/accounts.repository.ts';

const PRODUCTION = { NODE_ENV: 'production', PUBLIC_URL: 'https://post.example.org', SMTP_URL: 'smtp://127.0.0.1:2525' };

describe('behind HTTPS in production', () => {
  it('has no development outbox, uses __Host- secure cookies and HSTS', async () => {
    const t = await startTestApp('pglite', { env: PRODUCTION });
    try {
      expect((await t.app.inject('/en/dev/outbox')).statusCode).toBe(404);
      expect((await t.app.inject('/en/')).body).not.toContain('/dev/outbox');
      await buildUser(t.deps.database.db, t.deps.keys, { email: 'p@example.org', password: 'a production passphrase' });
      const c = new TestClient(t.app);
      const page = await c.get('/en/login');
      const csrf = page.cookies.find((x) => x.name === '__Host-sp_csrf')!;
      expect(csrf.secure).toBe(true);
      expect(csrf.path).toBe('/');
      expect(csrf.domain).toBeUndefined();
      const login = await c.post('/en/login', { email: 'p@example.org', password: 'a production passphrase' });
      const session = login.cookies.find((x) => x.name === '__Host-sp_session')!;
      expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(page.headers['strict-transport-security']).toContain('max-age=');
    } finally {
      await t.close();
    }
  });
});

describe('failures', () => {
  it('show a 500 page in the language without a stack trace', async () => {
    const t = await startTestApp('pglite');
    const c = new TestClient(t.app);
    await buildUser(t.deps.database.db, t.deps.keys, { email: 'x@example.org', password: 'a passphrase long enough' });
    await c.get('/es/login');
    await c.post('/es/login', { email: 'x@example.org', password: 'a passphrase long enough' });
    await t.deps.database.close(); // the database goes away under a signed-in user
    const res = await c.get('/es/account');
    expect(res.statusCode).toBe(500);
    expect(res.body).toContain('<html lang="es"');
    expect(res.body).toContain(t.deps.i18n.t('es', 'errors.server'));
    expect(res.body).not.toMatch(/\bat \S+\.(ts|js):\d+|Error:/);
    expect(t.logs.some((l) => l.includes('"request failed"'))).toBe(true);
    await t.app.close();
    await t.deps.jobs.stop().catch(() => {});
  });
});

describe('password hashing', () => {
  it('rehashes on login when the parameters were raised', async () => {
    const t = await startTestApp('pglite');
    try {
      const user = await buildUser(t.deps.database.db, t.deps.keys, { email: 'old@example.org', password: 'an old passphrase here' });
      const weak = await argon2.hash('an old passphrase here', { type: argon2.argon2id, memoryCost: 4096, timeCost: 1, parallelism: 1 });
      await updateUser(t.deps.database.db, user.id, { passwordHash: weak });
      const c = new TestClient(t.app);
      await c.get('/en/login');
      expect((await c.post('/en/login', { email: 'old@example.org', password: 'an old passphrase here' })).statusCode).toBe(303);
      const after = (await findUserById(t.deps.database.db, user.id))!.passwordHash;
      expect(after).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    } finally {
      await t.close();
    }
  });
});
