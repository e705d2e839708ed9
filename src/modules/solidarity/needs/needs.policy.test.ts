import { describe, expect, it } from 'vitest';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { describeRuleMatrix, everyRoleSignedIn, itGuardsPages, WHO, type Who } from '../../../../tests/support/policy-matrix.ts';
import { savePerson } from '../../registry/registry.service.ts';

/** Who may do what with needs and pledges, written out in full: a rule changed by accident shows up here. */
const MATRIX: Record<string, readonly Who[]> = {
  'needs.view': WHO,
  'needs.pledge': WHO,
  'needs.confirm': WHO,
  'needs.manage': ['coordinator'],
  'needs.pledges': ['coordinator'],
};

describeRuleMatrix('needs policy: role × action', MATRIX, { roles: ['coordinator'], actions: ['needs.manage', 'needs.pledges'] });

/** The same through the real pages: the coordinators' pages are a 404 to every other role, the login page to visitors. */
const PAGES: Record<string, readonly Who[]> = {
  '/en/people/andrei-ivanou/needs': WHO,
  '/en/needs/andrei-ivanou/edit': ['coordinator'],
  '/en/needs/pledges': ['coordinator'],
};

describe.each(TEST_DB_KINDS)('needs pages by role on %s', (kind) => {
  const clients = everyRoleSignedIn(kind, (t) => savePerson(t.deps.database.db, { nameLatin: 'Andrei Ivanou', status: 'current', country: 'BY' }, { importLabel: 'test' }));
  itGuardsPages(PAGES, clients);

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
