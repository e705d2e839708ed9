import { describe, it } from 'vitest';
import { ROLES } from '../../../app/roles.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { describeRuleMatrix, everyRoleSignedIn, expectStatuses, guardedPage, statusByRole, WHO, type Who } from '../../../../tests/support/policy-matrix.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { people } from '../../registry/registry.tables.ts';
import { buildFigure, buildSponsorship } from './sponsorships.builders.ts';
import { createInvitation } from './invitations.service.ts';

/**
 * Who may do what with sponsorships, written out in full: a rule changed by accident shows up here.
 * Each row is an action; the list is everyone allowed it.
 */
const MATRIX: Record<string, readonly Who[]> = {
  'sponsorships.view': WHO,
  'sponsorships.propose': WHO,
  'sponsorships.coordinate': ['coordinator'],
};

describeRuleMatrix('sponsorships policy: role × action', MATRIX, { roles: ROLES, actions: ['sponsorships.coordinate'] });

/** The same matrix through the real pages: coordinators' pages answer coordinators, 404 to other roles, login to visitors. */
const COORDINATOR_PAGES = [
  '/en/sponsorships/manage',
  '/en/sponsorships/figures/new',
  '/en/sponsorships/figures/anna-beispiel/edit',
  '/en/sponsorships/invitations',
  '/en/sponsorships/proposals',
];
const PUBLIC_PAGES = [
  '/en/sponsorships',
  '/en/sponsorships/unsponsored',
  '/en/sponsorships/figures/anna-beispiel',
  '/en/sponsorships/countries/DE',
  '/en/sponsorships/institutions/bundestag',
  '/en/sponsorships/proposed',
];

describe.each(TEST_DB_KINDS)('sponsorship pages by role on %s', (kind) => {
  let proposeLink = '';
  const clients = everyRoleSignedIn(kind, async (t) => {
    const db = t.deps.database.db;
    await savePerson(db, { nameLatin: 'Yana Arabeika', status: 'current', country: 'BY' }, { importLabel: 'test' });
    const [person] = await db.select().from(people);
    const figure = await buildFigure(db, { name: 'Anna Beispiel' });
    await buildSponsorship(db, { figureId: figure.id, personId: person.id });
    const hidden = await buildFigure(db, { name: 'Hidden Proposal', state: 'proposed' });
    await buildSponsorship(db, { figureId: hidden.id, personId: person.id, state: 'proposed' });
    proposeLink = `/en/sponsorships/propose?token=${(await createInvitation(t.deps, { label: 'x', days: 60, createdBy: null })).token}`;
  });

  for (const path of COORDINATOR_PAGES) {
    it(`${path} opens for coordinators only`, async () => {
      expectStatuses(await statusByRole(clients, path), guardedPage(['coordinator']));
    });
  }

  it('public pages and a valid invitation open for everyone; a proposed figure for nobody', async () => {
    for (const path of [...PUBLIC_PAGES, proposeLink]) expectStatuses(await statusByRole(clients, path), () => 200, path);
    expectStatuses(await statusByRole(clients, '/en/sponsorships/figures/hidden-proposal'), () => 404);
    expectStatuses(await statusByRole(clients, '/en/sponsorships/propose?token=not-a-real-token-not-a-real-token'), () => 404);
  });
});
