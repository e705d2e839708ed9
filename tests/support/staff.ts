import { authenticator } from 'otplib';
import type { TestApp } from './app.ts';
import { TestClient } from './client.ts';
import { buildUser } from '../../src/modules/accounts/accounts.builders.ts';
import type { Role } from '../../src/app/roles.ts';

const PASSWORD = 'correct horse battery staple';

/** A staff member signed in through the real pages, second factor enrolled: their roles are in effect. */
export async function signInStaff(t: TestApp, email: string, roles: Role[]): Promise<TestClient> {
  await buildUser(t.deps.database.db, t.deps.keys, { email, password: PASSWORD, roles });
  const c = new TestClient(t.app);
  await c.get('/en/login');
  await c.post('/en/login', { email, password: PASSWORD });
  const page = await c.get('/en/account/2fa');
  const secret = page.body.match(/id="totp-secret">([A-Z2-7]+)</)![1];
  const sealed = page.body.match(/name="sealed" value="([^"]+)"/)![1];
  const res = await c.post('/en/account/2fa', { sealed, code: authenticator.generate(secret) });
  if (res.statusCode !== 200) throw new Error(`two-step enrolment failed: ${res.statusCode}`);
  return c;
}

/** A supporter (no staff role) with an account, signed in through the real login page. */
export async function signInSupporter(t: TestApp, email: string): Promise<TestClient> {
  await buildUser(t.deps.database.db, t.deps.keys, { email, password: PASSWORD });
  const c = new TestClient(t.app);
  await c.get('/en/login');
  const res = await c.post('/en/login', { email, password: PASSWORD });
  if (res.headers.location !== '/en/account') throw new Error(`login failed: ${res.statusCode} ${res.headers.location}`);
  return c;
}
