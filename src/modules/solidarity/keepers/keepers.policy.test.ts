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
const USER_ID = '00000000-0000-4000-8000-000000000001';

/** Who may do what with keepers, written out in full: a rule changed by accident shows up here. */
const MATRIX: Record<string, Who[]> = {
  'keepers.request': ROLES.slice(),
  'keepers.mine': ROLES.slice(),
  'keepers.page': ROLES.slice(),
  'keepers.keep': ['coordinator'],
  'keepers.coordinate': ['coordinator'],
};

const actorOf = (who: Who, mfa = true) => (who === 'anonymous' ? ANONYMOUS : actorFor({ id: USER_ID, roles: [who] }, { idHash: 'x', mfaVerified: mfa }));

describe('keepers policy: role × action', () => {
  for (const [action, allowed] of Object.entries(MATRIX)) {
    it(`${action}: ${allowed.join(', ')}`, () => {
      expect(WHO.filter((who) => allow(actorOf(who), action))).toEqual(allowed);
    });
  }

  it('opens the keeper page to the person\'s active keepers, whatever their role, and to coordinators', () => {
    const kept = { activeKeeperIds: [USER_ID] };
    expect(WHO.filter((who) => allow(actorOf(who), 'keepers.keep', kept))).toEqual(ROLES.slice());
    const keptByOthers = { activeKeeperIds: ['00000000-0000-4000-8000-000000000002'] };
    expect(WHO.filter((who) => allow(actorOf(who), 'keepers.keep', keptByOthers))).toEqual(['coordinator']);
  });

  it('gives the coordinator role no effect before the second factor', () => {
    for (const action of ['keepers.keep', 'keepers.coordinate']) expect(allow(actorOf('coordinator', false), action)).toBe(false);
  });
});

/** The same through the real pages: coordinators' pages are a 404 to every other role, the login page to visitors. */
const PAGES: Record<string, Who[]> = {
  '/en/keepers': ['coordinator'],
  '/en/keepers?page=2': ['coordinator'],
  '/en/keepers/mine': ROLES.slice(),
  '/en/keepers/new?to=andrei-ivanou': ROLES.slice(),
  // Nobody keeps Andrei: his keeper page is the coordinators' alone.
  '/en/keepers/andrei-ivanou': ['coordinator'],
};

describe.each(TEST_DB_KINDS)('keepers pages by role on %s', (kind) => {
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
    it(`${path} opens for ${allowed.join(', ')} only`, async () => {
      const answers = await Promise.all(WHO.map(async (who) => [who, (await clients.get(who)!.get(path)).statusCode] as const));
      for (const [who, status] of answers) {
        const expected = allowed.includes(who) ? 200 : who === 'anonymous' ? 303 : 404;
        expect(`${who} ${status}`).toBe(`${who} ${expected}`);
      }
    });
  }

  it('refuses the coordinators\' and keepers\' forms to everyone else, changing nothing', async () => {
    const id = '00000000-0000-4000-8000-0000000000aa';
    for (const who of WHO.filter((w) => w !== 'coordinator')) {
      const c = clients.get(who)!;
      await c.get('/en/keepers/mine');
      if (who === 'anonymous') await c.get('/en/login');
      const csrf = c.csrf();
      expect((await c.post('/en/keepers/decide', { id, decision: 'approve' }, { csrf })).statusCode, who).toBe(404);
      expect((await c.post('/en/keepers/andrei-ivanou/handover', { from: id, request: id }, { csrf })).statusCode, who).toBe(404);
    }
  });
});
