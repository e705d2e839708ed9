import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow } from '../../../app/policy.ts';
import { ANONYMOUS, actorFor, ROLES, type Role } from '../../../app/roles.ts';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { buildTask } from './friends.builders.ts';

type Who = 'anonymous' | Role;
const WHO: Who[] = ['anonymous', ...ROLES];

/**
 * Who may do what with friends, written out in full: a rule changed by accident shows up here.
 * The friend's page and a done task's photo are open routes: what they show is found by the private
 * link or the account alone (tested in friends.test.ts and tasks.test.ts).
 */
const MATRIX: Record<string, Who[]> = {
  'friends.view': WHO,
  'friends.befriend': WHO,
  'friends.confirm': WHO,
  'friends.link': WHO,
  'friends.page': WHO,
  'friends.photo': WHO,
  'friends.coordinate': ['coordinator'],
};

const actorOf = (who: Who, mfa = true) => (who === 'anonymous' ? ANONYMOUS : actorFor({ id: '00000000-0000-4000-8000-000000000001', roles: [who] }, { idHash: 'x', mfaVerified: mfa }));

describe('friends policy: role × action', () => {
  for (const [action, allowed] of Object.entries(MATRIX)) {
    it(`${action}: ${allowed.length === WHO.length ? 'everyone' : allowed.join(', ')}`, () => {
      expect(WHO.filter((who) => allow(actorOf(who), action))).toEqual(allowed);
    });
  }

  it('gives the coordinator role no effect before the second factor', () => {
    expect(allow(actorOf('coordinator', false), 'friends.coordinate')).toBe(false);
  });
});

/** The coordinators' pages through the real app: 200 for coordinators, a 404 for every other role, the login page for visitors. */
describe.each(TEST_DB_KINDS)('friends coordinator pages by role on %s', (kind) => {
  let t: TestApp;
  const clients = new Map<Who, TestClient>();
  let taskPath = '';
  beforeAll(async () => {
    t = await startTestApp(kind);
    taskPath = `/en/friends/tasks/${(await buildTask(t.deps.database.db, { title: 'Write a letter' })).id}`;
    clients.set('anonymous', new TestClient(t.app));
    for (const role of ROLES) clients.set(role, await signInStaff(t, `${role}@example.org`, [role]));
  }, 120_000);
  afterAll(() => t.close());

  for (const page of ['/en/friends/tasks', '/en/friends/progress', 'task']) {
    it(`${page} opens for coordinators only`, async () => {
      const path = page === 'task' ? taskPath : page;
      const answers = await Promise.all(WHO.map(async (who) => [who, (await clients.get(who)!.get(path)).statusCode] as const));
      for (const [who, status] of answers) {
        const expected = who === 'coordinator' ? 200 : who === 'anonymous' ? 303 : 404;
        expect(`${who} ${status}`).toBe(`${who} ${expected}`);
      }
    });
  }

  it('the public pages open for everyone', async () => {
    for (const who of WHO) {
      expect((await clients.get(who)!.get('/en/friends')).statusCode).toBe(200);
      expect((await clients.get(who)!.get('/en/friends/link')).statusCode).toBe(200);
    }
  });
});
