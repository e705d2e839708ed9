import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow } from '../../../app/policy.ts';
import { ANONYMOUS, actorFor, ROLES, type Role } from '../../../app/roles.ts';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { savePerson } from '../../registry/registry.service.ts';

type Who = 'anonymous' | Role;
const WHO: Who[] = ['anonymous', ...ROLES];

/** Who may do what with needs and pledges, written out in full: a rule changed by accident shows up here. */
const MATRIX: Record<string, Who[]> = {
  'needs.view': WHO,
  'needs.pledge': WHO,
  'needs.confirm': WHO,
  'needs.manage': ['coordinator'],
  'needs.pledges': ['coordinator'],
};

const actorOf = (who: Who, mfa = true) => (who === 'anonymous' ? ANONYMOUS : actorFor({ id: '00000000-0000-4000-8000-000000000001', roles: [who] }, { idHash: 'x', mfaVerified: mfa }));

describe('needs policy: role × action', () => {
  for (const [action, allowed] of Object.entries(MATRIX)) {
    it(`${action}: ${allowed.length === WHO.length ? 'everyone' : allowed.join(', ')}`, () => {
      expect(WHO.filter((who) => allow(actorOf(who), action))).toEqual(allowed);
    });
  }

  it('gives the coordinator role no effect before the second factor', () => {
    for (const action of ['needs.manage', 'needs.pledges']) expect(allow(actorOf('coordinator', false), action)).toBe(false);
  });
});

/** The same through the real pages: the coordinators' pages are a 404 to every other role, the login page to visitors. */
const PAGES: Record<string, Who[]> = {
  '/en/people/andrei-ivanou/needs': WHO,
  '/en/needs/andrei-ivanou/edit': ['coordinator'],
  '/en/needs/pledges': ['coordinator'],
};

describe.each(TEST_DB_KINDS)('needs pages by role on %s', (kind) => {
  let t: TestApp;
  const clients = new Map<Who, TestClient>();
  beforeAll(async () => {
    t = await startTestApp(kind);
    await savePerson(t.deps.database.db, { nameLatin: 'Andrei Ivanou', status: 'current', country: 'BY' }, { importLabel: 'test' });
    clients.set('anonymous', new TestClient(t.app));
    for (const role of ROLES) clients.set(role, await signInStaff(t, `${role}@example.org`, [role]));
  }, 120_000);
  afterAll(() => t.close());

  for (const [path, allowed] of Object.entries(PAGES)) {
    it(`${path} opens for ${allowed.length === WHO.length ? 'everyone' : allowed.join(', ')}`, async () => {
      const answers = await Promise.all(WHO.map(async (who) => [who, (await clients.get(who)!.get(path)).statusCode] as const));
      for (const [who, status] of answers) {
        const expected = allowed.includes(who) ? 200 : who === 'anonymous' ? 303 : 404;
        expect(`${who} ${status}`).toBe(`${who} ${expected}`);
      }
    });
  }

  it('refuses the coordinators\' forms to everyone else, storing nothing', async () => {
    for (const who of WHO.filter((w) => w !== 'coordinator')) {
      const c = clients.get(who)!;
      // The page has no form while there is no need: the login page (or the logout button) carries the token.
      await c.get(who === 'anonymous' ? '/en/login' : '/en/people/andrei-ivanou/needs');
      const csrf = c.csrf();
      expect((await c.post('/en/needs/andrei-ivanou/edit', { kind: 'books', description: 'Books', locale: 'en' }, { csrf })).statusCode, who).toBe(404);
      expect((await c.post('/en/needs/pledges', { id: '00000000-0000-4000-8000-0000000000aa', to: 'fulfilled' }, { csrf })).statusCode, who).toBe(404);
    }
    const coordinator = clients.get('coordinator')!;
    expect((await coordinator.get('/en/needs/andrei-ivanou/edit')).body).toContain('No open needs at the moment.');
  });
});
