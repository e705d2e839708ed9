import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../tests/support/databases.ts';
import { buildUser } from '../modules/accounts/accounts.builders.ts';
import { insertSession, insertToken } from '../modules/accounts/accounts.repository.ts';
import { accountTokens, sessions } from '../modules/accounts/accounts.tables.ts';
import { purgeExpired } from './maintenance.ts';

describe.each(TEST_DB_KINDS)('purging expired data on %s', (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(kind);
  });
  afterEach(() => t.close());

  it('removes expired sessions and tokens and keeps live ones', async () => {
    const db = t.deps.database.db;
    const u = await buildUser(db, t.deps.keys, { email: 'p@example.org', password: 'whatever passphrase' });
    const past = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 3600_000);
    await insertSession(db, { idHash: 'old', userId: u.id, expiresAt: past });
    await insertSession(db, { idHash: 'live', userId: u.id, expiresAt: future });
    await insertToken(db, { tokenHash: 't-old', userId: u.id, purpose: 'reset', expiresAt: past });
    await insertToken(db, { tokenHash: 't-live', userId: u.id, purpose: 'reset', expiresAt: future });
    await purgeExpired(db, t.deps.blobs, t.deps.config);
    expect((await db.select().from(sessions)).map((s) => s.idHash)).toEqual(['live']);
    expect((await db.select().from(accountTokens)).map((s) => s.tokenHash)).toEqual(['t-live']);
  });
});
