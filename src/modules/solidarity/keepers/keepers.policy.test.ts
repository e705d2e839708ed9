import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../app/roles.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { ACTOR_ID, describeRuleMatrix, everyRoleSignedIn, itGuardsPages, whoMay, WHO, type Who } from '../../../../tests/support/policy-matrix.ts';
import { savePerson } from '../../registry/registry.service.ts';

/** Who may do what with keepers, written out in full: a rule changed by accident shows up here. */
const MATRIX: Record<string, readonly Who[]> = {
  'keepers.request': ROLES.slice(),
  'keepers.mine': ROLES.slice(),
  'keepers.page': ROLES.slice(),
  'keepers.keep': ['coordinator'],
  'keepers.coordinate': ['coordinator'],
};

describeRuleMatrix('keepers policy: role × action', MATRIX, { roles: ['coordinator'], actions: ['keepers.keep', 'keepers.coordinate'] }, () => {
  it('opens the keeper page to the person\'s active keepers, whatever their role, and to coordinators', () => {
    // Every test actor carries ACTOR_ID: here each of them is one of the person's keepers.
    expect(whoMay('keepers.keep', { activeKeeperIds: [ACTOR_ID] })).toEqual(ROLES.slice());
    expect(whoMay('keepers.keep', { activeKeeperIds: ['00000000-0000-4000-8000-000000000002'] })).toEqual(['coordinator']);
  });
});

/** The same through the real pages: coordinators' pages are a 404 to every other role, the login page to visitors. */
const PAGES: Record<string, readonly Who[]> = {
  '/en/keepers': ['coordinator'],
  '/en/keepers?page=2': ['coordinator'],
  '/en/keepers/mine': ROLES.slice(),
  '/en/keepers/new?to=andrei-ivanou': ROLES.slice(),
  // Nobody keeps Andrei: his keeper page is the coordinators' alone.
  '/en/keepers/andrei-ivanou': ['coordinator'],
};

describe.each(TEST_DB_KINDS)('keepers pages by role on %s', (kind) => {
  const clients = everyRoleSignedIn(kind, (t) => savePerson(t.deps.database.db, { nameLatin: 'Andrei Ivanou', status: 'current', country: 'BY' }, { importLabel: 'test' }));
  itGuardsPages(PAGES, clients);

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
