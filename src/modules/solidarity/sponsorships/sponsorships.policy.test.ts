import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow } from '../../../app/policy.ts';
import { ANONYMOUS, actorFor, ROLES, type Role } from '../../../app/roles.ts';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { people } from '../../registry/registry.tables.ts';
import { buildFigure, buildSponsorship } from './sponsorships.builders.ts';
import { createInvitation } from './invitations.service.ts';

type Who = 'anonymous' | Role;
const WHO: Who[] = ['anonymous', ...ROLES];

/**
 * Who may do what with sponsorships, written out in full: a rule changed by accident shows up here.
 * Each row is an action; the list is everyone allowed it.
 */
const MATRIX: Record<string, Who[]> = {
  'sponsorships.view': WHO,
  'sponsorships.propose': WHO,
  'sponsorships.coordinate': ['coordinator'],
};

const actorOf = (who: Who, mfa = true) => (who === 'anonymous' ? ANONYMOUS : actorFor({ id: '00000000-0000-4000-8000-000000000001', roles: [who] }, { idHash: 'x', mfaVerified: mfa }));

describe('sponsorships policy: role × action', () => {
  for (const [action, allowed] of Object.entries(MATRIX)) {
    it(`${action}: ${allowed.length === WHO.length ? 'everyone' : allowed.join(', ')}`, () => {
      expect(WHO.filter((who) => allow(actorOf(who), action))).toEqual(allowed);
    });
  }

  it('gives the coordinator role no effect before the second factor', () => {
    for (const role of ROLES) expect(allow(actorOf(role, false), 'sponsorships.coordinate')).toBe(false);
  });
});

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
  let t: TestApp;
  let proposeLink = '';
  const clients = new Map<Who, TestClient>();
  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.deps.database.db;
    await savePerson(db, { nameLatin: 'Yana Arabeika', status: 'current', country: 'BY' }, { importLabel: 'test' });
    const [person] = await db.select().from(people);
    const figure = await buildFigure(db, { name: 'Anna Beispiel' });
    await buildSponsorship(db, { figureId: figure.id, personId: person.id });
    const hidden = await buildFigure(db, { name: 'Hidden Proposal', state: 'proposed' });
    await buildSponsorship(db, { figureId: hidden.id, personId: person.id, state: 'proposed' });
    proposeLink = `/en/sponsorships/propose?token=${(await createInvitation(t.deps, { label: 'x', days: 60, createdBy: null })).token}`;
    clients.set('anonymous', new TestClient(t.app));
    for (const role of ROLES) clients.set(role, await signInStaff(t, `${role}@example.org`, [role]));
  }, 120_000);
  afterAll(() => t.close());

  const statuses = (path: string) => Promise.all(WHO.map(async (who) => [who, (await clients.get(who)!.get(path)).statusCode] as const));

  for (const path of COORDINATOR_PAGES) {
    it(`${path} opens for coordinators only`, async () => {
      for (const [who, status] of await statuses(path)) {
        const expected = who === 'coordinator' ? 200 : who === 'anonymous' ? 303 : 404;
        expect(`${who} ${status}`).toBe(`${who} ${expected}`);
      }
    });
  }

  it('public pages and a valid invitation open for everyone; a proposed figure for nobody', async () => {
    for (const path of [...PUBLIC_PAGES, proposeLink]) {
      for (const [who, status] of await statuses(path)) expect(`${path} ${who} ${status}`).toBe(`${path} ${who} 200`);
    }
    for (const [who, status] of await statuses('/en/sponsorships/figures/hidden-proposal')) expect(`${who} ${status}`).toBe(`${who} 404`);
    for (const [who, status] of await statuses('/en/sponsorships/propose?token=not-a-real-token-not-a-real-token')) expect(`${who} ${status}`).toBe(`${who} 404`);
  });
});
