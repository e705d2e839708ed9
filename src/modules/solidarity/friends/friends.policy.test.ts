import { describe, it } from 'vitest';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { describeRuleMatrix, everyRoleSignedIn, expectStatuses, guardedPage, statusByRole, WHO, type Who } from '../../../../tests/support/policy-matrix.ts';
import { buildTask } from './friends.builders.ts';

/**
 * Who may do what with friends, written out in full: a rule changed by accident shows up here.
 * The friend's page and a done task's photo are open routes: what they show is found by the private
 * link or the account alone (tested in friends.test.ts and tasks.test.ts).
 */
const MATRIX: Record<string, readonly Who[]> = {
  'friends.view': WHO,
  'friends.befriend': WHO,
  'friends.confirm': WHO,
  'friends.link': WHO,
  'friends.page': WHO,
  'friends.photo': WHO,
  'friends.coordinate': ['coordinator'],
};

describeRuleMatrix('friends policy: role × action', MATRIX, { roles: ['coordinator'], actions: ['friends.coordinate'] });

/** The coordinators' pages through the real app: 200 for coordinators, a 404 for every other role, the login page for visitors. */
describe.each(TEST_DB_KINDS)('friends coordinator pages by role on %s', (kind) => {
  let taskPath = '';
  const clients = everyRoleSignedIn(kind, async (t) => {
    taskPath = `/en/friends/tasks/${(await buildTask(t.deps.database.db, { title: 'Write a letter' })).id}`;
  });

  for (const page of ['/en/friends/tasks', '/en/friends/progress', 'task']) {
    it(`${page} opens for coordinators only`, async () => {
      expectStatuses(await statusByRole(clients, page === 'task' ? taskPath : page), guardedPage(['coordinator']));
    });
  }

  it('the public pages open for everyone', async () => {
    for (const path of ['/en/friends', '/en/friends/link']) expectStatuses(await statusByRole(clients, path), () => 200, path);
  });
});
