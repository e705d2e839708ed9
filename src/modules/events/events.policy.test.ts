import { describe, expect, it } from 'vitest';
import { TEST_DB_KINDS } from '../../../tests/support/databases.ts';
import { describeRuleMatrix, everyRoleSignedIn, expectStatuses, itGuardsPages, statusByRole, WHO, type Who } from '../../../tests/support/policy-matrix.ts';
import type { TestApp } from '../../../tests/support/app.ts';
import { buildEvent } from './events.builders.ts';
import { events } from './events.tables.ts';

/**
 * Who may do what with events, written out in full: a rule changed by accident shows up here.
 * Each row is an action; the list is everyone allowed it.
 */
const MATRIX: Record<string, readonly Who[]> = {
  'events.view': WHO,
  'events.rsvp': WHO,
  'events.manage': ['coordinator'],
  'events.rsvps': ['coordinator'],
};

/** The organisers' pages: 200 to coordinators, the login page to visitors, 404 to every other role. */
const PAGES: Record<string, readonly Who[]> = {
  '/en/events/manage': ['coordinator'],
  '/en/events/manage/new': ['coordinator'],
  '/en/events/manage/picket': ['coordinator'],
  '/en/events/manage/picket/text/pl': ['coordinator'],
  '/en/events/manage/picket/photos': ['coordinator'],
  '/en/events/picket/rsvps': ['coordinator'],
};

describeRuleMatrix('events policy: role × action', MATRIX, { roles: ['coordinator'], actions: ['events.manage', 'events.rsvps'] });

describe.each(TEST_DB_KINDS)('event pages by role on %s', (kind) => {
  let app: TestApp | undefined;
  const clients = everyRoleSignedIn(kind, async (t) => {
    app = t;
    await buildEvent(t.deps.database.db, { slug: 'picket' });
    await buildEvent(t.deps.database.db, { slug: 'quiet-draft', state: 'draft' });
  });

  itGuardsPages(PAGES, clients);

  it('the public pages and calendar files open for everyone', async () => {
    for (const path of ['/en/events', '/en/events/picket', '/en/events.ics', '/en/events/picket.ics']) expectStatuses(await statusByRole(clients, path), () => 200, path);
  });

  it('a draft is a 404 to everyone but coordinators, signed in or not', async () => {
    for (const path of ['/en/events/quiet-draft', '/en/events/quiet-draft.ics']) expectStatuses(await statusByRole(clients, path), (who) => (who === 'coordinator' ? 200 : 404), path);
  });

  it('nobody but a coordinator can publish, cancel or edit: a 404, and nothing changes', async () => {
    for (const who of WHO.filter((w) => w !== 'coordinator')) {
      const c = clients.get(who)!;
      await c.get('/en/events/picket');
      const csrf = c.csrf();
      for (const action of ['/en/events/manage/quiet-draft/publish', '/en/events/manage/picket/cancel', '/en/events/manage/picket']) {
        expect((await c.post(action, { slug: 'hijacked' }, { csrf })).statusCode, `${who} ${action}`).toBe(404);
      }
    }
    const rows = await app!.deps.database.db.select({ slug: events.slug, state: events.state, sequence: events.sequence }).from(events);
    expect(rows.sort((a, b) => a.slug.localeCompare(b.slug))).toEqual([
      { slug: 'picket', state: 'published', sequence: 0 },
      { slug: 'quiet-draft', state: 'draft', sequence: 0 },
    ]);
  });
});
