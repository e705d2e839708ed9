import { describe, it } from 'vitest';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { describeRuleMatrix, everyRoleSignedIn, expectStatuses, guardedPage, statusByRole, WHO, type Who } from '../../../../tests/support/policy-matrix.ts';
import { buildWallEntry } from './wall.builders.ts';

/**
 * Who may do what with the wall, written out in full: a rule changed by accident shows up here.
 * Each row is an action; the list is everyone allowed it.
 */
const MATRIX: Record<string, readonly Who[]> = {
  'wall.view': WHO,
  'wall.submit': WHO,
  'wall.confirm': WHO,
  'wall.takedown': WHO,
  'wall.moderate': ['moderator'],
};

describeRuleMatrix('wall policy: role × action', MATRIX, { roles: ['moderator'], actions: ['wall.moderate'] });

describe.each(TEST_DB_KINDS)('wall pages by role on %s', (kind) => {
  let pendingPhoto = '';
  const clients = everyRoleSignedIn(kind, async (t) => {
    const pending = await buildWallEntry(t.deps.database.db, t.deps.blobs, { state: 'pending' });
    pendingPhoto = `/media/wall/${pending.id}/${pending.files.photoKey.slice('wall/'.length)}`;
  });

  it('the moderation queue opens for moderators only (others: 404, signed out: the login page)', async () => {
    expectStatuses(await statusByRole(clients, '/en/wall/moderation'), guardedPage(MATRIX['wall.moderate']));
  });

  it('a pending photo is served to moderators only', async () => {
    expectStatuses(await statusByRole(clients, pendingPhoto), (who) => (who === 'moderator' ? 200 : 404));
  });

  it('the public pages open for everyone', async () => {
    for (const path of ['/en/wall', '/en/wall/new']) expectStatuses(await statusByRole(clients, path), () => 200, path);
  });
});
