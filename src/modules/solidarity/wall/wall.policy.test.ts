import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow } from '../../../app/policy.ts';
import { ANONYMOUS, actorFor, ROLES, type Role } from '../../../app/roles.ts';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { buildWallEntry } from './wall.builders.ts';

type Who = 'anonymous' | Role;
const WHO: Who[] = ['anonymous', ...ROLES];

/**
 * Who may do what with the wall, written out in full: a rule changed by accident shows up here.
 * Each row is an action; the list is everyone allowed it.
 */
const MATRIX: Record<string, Who[]> = {
  'wall.view': WHO,
  'wall.submit': WHO,
  'wall.confirm': WHO,
  'wall.takedown': WHO,
  'wall.moderate': ['moderator'],
};

const actorOf = (who: Who, mfa = true) => (who === 'anonymous' ? ANONYMOUS : actorFor({ id: '00000000-0000-4000-8000-000000000001', roles: [who] }, { idHash: 'x', mfaVerified: mfa }));

describe('wall policy: role × action', () => {
  for (const [action, allowed] of Object.entries(MATRIX)) {
    it(`${action}: ${allowed.length === WHO.length ? 'everyone' : allowed.join(', ')}`, () => {
      expect(WHO.filter((who) => allow(actorOf(who), action))).toEqual(allowed);
    });
  }

  it('gives the moderator role no effect before the second factor', () => {
    expect(allow(actorOf('moderator', false), 'wall.moderate')).toBe(false);
  });
});

describe.each(TEST_DB_KINDS)('wall pages by role on %s', (kind) => {
  let t: TestApp;
  let pendingPhoto = '';
  const clients = new Map<Who, TestClient>();
  beforeAll(async () => {
    t = await startTestApp(kind);
    clients.set('anonymous', new TestClient(t.app));
    for (const role of ROLES) clients.set(role, await signInStaff(t, `${role}@example.org`, [role]));
    const pending = await buildWallEntry(t.deps.database.db, t.deps.blobs, { state: 'pending' });
    pendingPhoto = `/media/wall/${pending.id}/${pending.files.photoKey.slice('wall/'.length)}`;
  }, 120_000);
  afterAll(() => t.close());

  it('the moderation queue opens for moderators only (others: 404, signed out: the login page)', async () => {
    const answers = await Promise.all(WHO.map(async (who) => [who, (await clients.get(who)!.get('/en/wall/moderation')).statusCode] as const));
    for (const [who, status] of answers) {
      const expected = MATRIX['wall.moderate'].includes(who) ? 200 : who === 'anonymous' ? 303 : 404;
      expect(`${who} ${status}`).toBe(`${who} ${expected}`);
    }
  });

  it('a pending photo is served to moderators only', async () => {
    const answers = await Promise.all(WHO.map(async (who) => [who, (await clients.get(who)!.get(pendingPhoto)).statusCode] as const));
    for (const [who, status] of answers) expect(`${who} ${status}`).toBe(`${who} ${who === 'moderator' ? 200 : 404}`);
  });

  it('the public pages open for everyone', async () => {
    for (const path of ['/en/wall', '/en/wall/new']) {
      const answers = await Promise.all(WHO.map(async (who) => [who, (await clients.get(who)!.get(path)).statusCode] as const));
      for (const [who, status] of answers) expect(`${path} ${who} ${status}`).toBe(`${path} ${who} 200`);
    }
  });
});
