import { describe } from 'vitest';
import { ROLES } from '../../../app/roles.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { describeRuleMatrix, everyRoleSignedIn, itGuardsPages, WHO, type Who } from '../../../../tests/support/policy-matrix.ts';
import { buildPostcodes, buildTarget } from './targets.builders.ts';

/**
 * Who may do what with targets, written out in full: a rule changed by accident shows up here.
 * Each row is an action; the list is everyone allowed it.
 */
const MATRIX: Record<string, readonly Who[]> = {
  'targets.find': WHO,
  'targets.manage': ['coordinator'],
};

describeRuleMatrix('targets policy: role × action', MATRIX, { roles: ROLES, actions: ['targets.manage'] });

const TARGET_ID = '6f1c2b8e-1d7a-4c1e-9a55-0c2b7d9e4a11';

/** The same matrix through the real pages: coordinators' pages answer coordinators, 404 to other roles, login to visitors. */
const PAGES: Record<string, readonly Who[]> = {
  '/en/campaigns/targets': ['coordinator'],
  '/en/campaigns/targets?country=DE&kind=parliament_member': ['coordinator'],
  '/en/campaigns/targets/new': ['coordinator'],
  [`/en/campaigns/targets/${TARGET_ID}/edit`]: ['coordinator'],
  '/en/campaigns/representative': WHO,
  '/en/campaigns/representative?country=DE&postcode=10115': WHO,
};

describe.each(TEST_DB_KINDS)('targets pages by role on %s', (kind) => {
  const clients = everyRoleSignedIn(kind, async (t) => {
    const db = t.deps.database.db;
    await buildTarget(db, { id: TARGET_ID, ref: 'mp-1', name: 'Clara Ausgedacht', country: 'DE', constituency: 'Nordufer (test)' });
    await buildPostcodes(db, 'DE', [{ postcode: '10115', constituency: 'Nordufer (test)' }]);
  });
  itGuardsPages(PAGES, clients);
});
