import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow } from '../../app/policy.ts';
import { ANONYMOUS, actorFor, ROLES, type Role } from '../../app/roles.ts';
import { startTestApp, type TestApp } from '../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../tests/support/databases.ts';
import { TestClient } from '../../../tests/support/client.ts';
import { signInStaff } from '../../../tests/support/staff.ts';

type Who = 'anonymous' | Role;
const WHO: Who[] = ['anonymous', ...ROLES];

/**
 * Who may do what with letters, written out in full: a rule changed by accident shows up here.
 * Each row is an action; the list is everyone allowed it.
 */
const MATRIX: Record<string, Who[]> = {
  'letters.check': WHO,
  'letters.write': WHO,
  'letters.confirm': WHO,
  'letters.needed': WHO,
  'letters.edit': WHO,
  'letters.reply.read': WHO,
  'letters.mine': ROLES.slice(),
  'letters.volunteer': ['translator', 'scribe', 'mailer', 'moderator', 'coordinator'],
  'letters.review': ['moderator'],
  'letters.translate': ['translator'],
  'letters.scribe': ['scribe'],
  'letters.mail': ['mailer'],
  'letters.coordinate': ['coordinator'],
};

const actorOf = (who: Who, mfa = true) => (who === 'anonymous' ? ANONYMOUS : actorFor({ id: '00000000-0000-4000-8000-000000000001', roles: [who] }, { idHash: 'x', mfaVerified: mfa }));

describe('letters policy: role × action', () => {
  for (const [action, allowed] of Object.entries(MATRIX)) {
    it(`${action}: ${allowed.length === WHO.length ? 'everyone' : allowed.join(', ')}`, () => {
      expect(WHO.filter((who) => allow(actorOf(who), action))).toEqual(allowed);
    });
  }

  it('gives a staff role no effect before the second factor', () => {
    for (const role of ROLES.filter((r) => r !== 'supporter')) {
      for (const action of ['letters.review', 'letters.translate', 'letters.scribe', 'letters.mail', 'letters.coordinate', 'letters.volunteer']) {
        expect(allow(actorOf(role, false), action)).toBe(false);
      }
    }
  });
});

/** The same matrix through the real pages: each queue answers its own role and is a 404 to every other. */
const PAGES: Record<string, Who[]> = {
  '/en/volunteer': MATRIX['letters.volunteer'],
  '/en/volunteer/review': ['moderator'],
  '/en/volunteer/translate': ['translator'],
  '/en/volunteer/postcards': ['scribe'],
  '/en/volunteer/mail': ['mailer'],
  '/en/volunteer/quiet': ['coordinator'],
  '/en/volunteer/archive': ['coordinator'],
  '/en/account/letters': ROLES.slice(),
};

describe.each(TEST_DB_KINDS)('letters pages by role on %s', (kind) => {
  let t: TestApp;
  const clients = new Map<Who, TestClient>();
  beforeAll(async () => {
    t = await startTestApp(kind);
    clients.set('anonymous', new TestClient(t.app));
    for (const role of ROLES) clients.set(role, await signInStaff(t, `${role}@example.org`, [role]));
  }, 120_000);
  afterAll(() => t.close());

  for (const [path, allowed] of Object.entries(PAGES)) {
    it(`${path} opens for ${allowed.join(', ')} only`, async () => {
      const answers = await Promise.all(WHO.map(async (who) => [who, (await clients.get(who)!.get(path)).statusCode] as const));
      for (const [who, status] of answers) {
        const expected = allowed.includes(who) ? 200 : who === 'anonymous' ? 303 : 404;
        expect(`${who} ${status}`).toBe(`${who} ${expected}`);
      }
    });
  }
});
