import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { authenticator } from 'otplib';
import { startTestApp, type TestApp } from '../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../tests/support/databases.ts';
import { TestClient } from '../../../tests/support/client.ts';
import { buildUser } from '../accounts/accounts.builders.ts';
import { auditLog } from '../../db/infra.tables.ts';
import type { Role } from '../../app/roles.ts';

const PASSWORD = 'correct horse battery staple';

const codeFor = (secret: string) => authenticator.generate(secret);

describe.each(TEST_DB_KINDS)('staff, two-step verification and roles on %s', (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(kind);
  });
  afterEach(() => t.close());

  async function staffLogin(email: string, roles: Role[]) {
    await buildUser(t.deps.database.db, t.deps.keys, { email, password: PASSWORD, roles });
    const c = new TestClient(t.app);
    await c.get('/en/login');
    const res = await c.post('/en/login', { email, password: PASSWORD });
    return { c, res };
  }

  async function enrol(c: TestClient) {
    const page = await c.get('/en/account/2fa');
    const secret = page.body.match(/id="totp-secret">([A-Z2-7]+)</)![1];
    expect(page.body).toContain('<svg');
    const sealed = page.body.match(/name="sealed" value="([^"]+)"/)![1];
    const code = codeFor(secret);
    const res = await c.post('/en/account/2fa', { sealed, code });
    return { secret, code, res };
  }

  it('sends staff to enrolment and keeps staff roles inactive until the second factor', async () => {
    const { c, res } = await staffLogin('admin@example.org', ['admin']);
    expect(res.headers.location).toBe('/en/account/2fa');
    expect((await c.get('/en/admin/users')).statusCode).toBe(404);
    const { res: enrolled } = await enrol(c);
    expect(enrolled.statusCode).toBe(200);
    expect(enrolled.body.match(/<li>[0-9a-f]{10}<\/li>/g)).toHaveLength(10);
    expect((await c.get('/en/admin/users')).statusCode).toBe(200);
  });

  it('refuses a wrong code at enrolment and changes nothing', async () => {
    const { c } = await staffLogin('mod@example.org', ['moderator']);
    const page = await c.get('/en/account/2fa');
    const sealed = page.body.match(/name="sealed" value="([^"]+)"/)![1];
    const secret = page.body.match(/id="totp-secret">([A-Z2-7]+)</)![1];
    const res = await c.post('/en/account/2fa', { sealed, code: codeFor(secret) === '000000' ? '111111' : '000000' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('aria-invalid="true"');
    expect((await c.get('/en/account')).body).toContain(t.deps.i18n.t('en', 'account.2fa.off'));
  });

  it('asks for the code at login, refuses a replayed code and accepts a recovery code once', async () => {
    const first = await staffLogin('coord@example.org', ['coordinator']);
    const { code: usedCode, res } = await enrol(first.c);
    const recovery = res.body.match(/<li>([0-9a-f]{10})<\/li>/)![1];

    const c = new TestClient(t.app);
    await c.get('/en/login');
    expect((await c.post('/en/login', { email: 'coord@example.org', password: PASSWORD })).headers.location).toBe('/en/login/2fa');
    await c.get('/en/login/2fa');
    // The code used at enrolment is still inside the time window, but it was used: a replay is refused.
    expect((await c.post('/en/login/2fa', { code: usedCode })).statusCode).toBe(400);
    const ok = await c.post('/en/login/2fa', { code: recovery });
    expect(ok.headers.location).toBe('/en/account');
    expect((await c.get('/en/account')).body).not.toContain(t.deps.i18n.t('en', 'account.roleInactive'));

    const again = new TestClient(t.app);
    await again.get('/en/login');
    await again.post('/en/login', { email: 'coord@example.org', password: PASSWORD });
    await again.get('/en/login/2fa');
    expect((await again.post('/en/login/2fa', { code: recovery })).statusCode).toBe(400);
  });

  it('lets an admin change roles, ending that user\'s sessions, and audits it', async () => {
    const admin = await staffLogin('root@example.org', ['admin']);
    await enrol(admin.c);
    const target = await buildUser(t.deps.database.db, t.deps.keys, { email: 'vol@example.org', password: PASSWORD });
    const vol = new TestClient(t.app);
    await vol.get('/en/login');
    await vol.post('/en/login', { email: 'vol@example.org', password: PASSWORD });
    expect((await vol.get('/en/account')).statusCode).toBe(200);

    const list = await admin.c.get('/en/admin/users');
    expect(list.body).toContain('vol@example.org');
    const res = await admin.c.post(`/en/admin/users/${target.id}/roles`, { roles: ['translator', 'mailer'] });
    expect(res.headers.location).toBe('/en/admin/users?saved=1');
    expect((await vol.get('/en/account')).statusCode).toBe(303); // signed out by the change
    expect((await admin.c.get('/en/admin/users')).statusCode).toBe(200); // the admin stays in

    const bad = await admin.c.post(`/en/admin/users/${target.id}/roles`, { roles: 'emperor' });
    expect(bad.statusCode).toBe(400);
    await admin.c.get('/en/admin/users');
    expect((await admin.c.post('/en/admin/users/00000000-0000-4000-8000-000000000000/roles', { roles: 'mailer' })).statusCode).toBe(404);

    const audit = await t.deps.database.db.select().from(auditLog);
    expect(audit.map((a) => a.action)).toContain('user.roles.set:mailer+translator');
    expect(audit.find((a) => a.action.startsWith('user.roles'))!.objectId).toBe(target.id);
    expect(JSON.stringify(audit)).not.toMatch(/127\.0\.0\.1|vol@example/);
  });

  it('hides the admin pages from everyone else with a 404', async () => {
    const { c } = await staffLogin('plain@example.org', []);
    expect((await c.get('/en/admin/users')).statusCode).toBe(404);
    expect((await new TestClient(t.app).get('/en/admin/users')).statusCode).toBe(404);
  });

  it('keeps the audit log append-only', async () => {
    await t.deps.database.db.insert(auditLog).values({ action: 'test.entry' });
    await expect(t.deps.database.db.update(auditLog).set({ action: 'changed' })).rejects.toThrow();
    await expect(t.deps.database.db.delete(auditLog)).rejects.toThrow();
    expect((await t.deps.database.db.select().from(auditLog)).map((a) => a.action)).toEqual(['test.entry']);
  });
});
