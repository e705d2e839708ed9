import { describe, expect, it } from 'vitest';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { describeRuleMatrix, everyRoleSignedIn, itGuardsPages, WHO, type Who } from '../../../../tests/support/policy-matrix.ts';
import { buildActionLetter } from './actions.builders.ts';
import { letterSetup } from './actions.fixtures.ts';

/** Who may do what with letter actions, written out in full: a rule changed by accident shows up here. */
const MATRIX: Record<string, readonly Who[]> = {
  'actions.write': WHO,
  'actions.confirm': WHO,
  'actions.mailto': WHO,
  'actions.reply': WHO,
  'actions.review': ['coordinator'],
  'actions.replies': ['coordinator'],
};

describeRuleMatrix('letter actions policy: role × action', MATRIX, { roles: ['coordinator'], actions: ['actions.review', 'actions.replies'] });

/** The same through the real pages: the coordinators' pages are a 404 to every other role, the login page to visitors. */
const PAGES: Record<string, readonly Who[]> = {
  '/en/campaigns/free-yana/write': WHO,
  '/en/campaigns/free-yana/write/sent': WHO,
  '/en/campaigns/free-yana/held': ['coordinator'],
  '/en/campaigns/free-yana/replies': ['coordinator'],
};

describe.each(TEST_DB_KINDS)('letter action pages by role on %s', (kind) => {
  let heldId = '';
  const clients = everyRoleSignedIn(kind, async (t) => {
    const s = await letterSetup(t);
    heldId = (await buildActionLetter(t.deps.database.db, t.deps.keys, { campaign: s.campaign, email: 'held@example.org', mode: 'server', state: 'held', targetIds: [s.embassy.id], body: 'A held letter' })).id;
  });
  itGuardsPages(PAGES, clients);

  it('lets only coordinators release or refuse a held letter (everyone else: 404, nothing changes)', async () => {
    for (const who of WHO.filter((w) => w !== 'coordinator')) {
      const c = clients.get(who)!;
      await c.get('/en/campaigns/free-yana/write');
      const res = await c.post('/en/campaigns/free-yana/held', { id: heldId, decision: 'release' });
      expect(res.statusCode, who).toBe(404);
    }
    const coordinator = clients.get('coordinator')!;
    expect((await coordinator.get('/en/campaigns/free-yana/held')).body).toContain('A held letter');
    await coordinator.post('/en/campaigns/free-yana/held', { id: heldId, decision: 'refuse' });
    expect((await coordinator.get('/en/campaigns/free-yana/held')).body).toContain('No letters are waiting.');
  });
});
