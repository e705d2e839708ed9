import { describe, expect, it } from 'vitest';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { ACTOR_ID, describeRuleMatrix, everyRoleSignedIn, itGuardsPages, WHO, whoMay, type Who } from '../../../../tests/support/policy-matrix.ts';
import { openLetter } from './signatures.fixtures.ts';

/** Who may do what with signatures, written out in full: a rule changed by accident shows up here. */
const MATRIX: Record<string, readonly Who[]> = {
  'signatures.view': WHO,
  'signatures.sign': WHO,
  'signatures.confirm': WHO,
  'signatures.cosign': WHO,
  'signatures.signers': ['coordinator'],
  'signatures.cosigners': ['coordinator'],
  'signatures.exports': ['coordinator', 'admin'],
  'signatures.exports.request': ['coordinator'],
  // Without a request to judge, nobody decides or downloads anything.
  'signatures.exports.decide': [],
  'signatures.exports.download': [],
};

const OTHER = '00000000-0000-4000-8000-0000000000ff';

describeRuleMatrix(
  'signatures policy: role × action',
  MATRIX,
  { roles: ['coordinator', 'admin'], actions: ['signatures.signers', 'signatures.cosigners', 'signatures.exports', 'signatures.exports.request'] },
  () => {
    it('lets a coordinator or an administrator decide on someone else\'s export request, never on their own', () => {
      expect(whoMay('signatures.exports.decide', { requestedBy: OTHER, decidedBy: null })).toEqual(['coordinator', 'admin']);
      expect(whoMay('signatures.exports.decide', { requestedBy: ACTOR_ID, decidedBy: null })).toEqual([]);
    });
    it('lets only the requester or the approver download', () => {
      expect(whoMay('signatures.exports.download', { requestedBy: ACTOR_ID, decidedBy: OTHER })).toEqual(['coordinator', 'admin']);
      expect(whoMay('signatures.exports.download', { requestedBy: OTHER, decidedBy: ACTOR_ID })).toEqual(['coordinator', 'admin']);
      expect(whoMay('signatures.exports.download', { requestedBy: OTHER, decidedBy: OTHER })).toEqual([]);
    });
  },
);

/** The same through the real pages: the coordinators' pages are a 404 to every other role, the login page to visitors. */
const PAGES: Record<string, readonly Who[]> = {
  '/en/campaigns/letter-for-all/sign': WHO,
  '/en/campaigns/letter-for-all/cosign': WHO,
  '/en/campaigns/letter-for-all/signatures': WHO,
  '/en/campaigns/letter-for-all/signers': ['coordinator'],
  '/en/campaigns/letter-for-all/cosigners': ['coordinator'],
  '/en/campaigns/letter-for-all/exports': ['coordinator', 'admin'],
};

describe.each(TEST_DB_KINDS)('signatures pages by role on %s', (kind) => {
  const clients = everyRoleSignedIn(kind, (t) => openLetter(t));
  itGuardsPages(PAGES, clients);

  it('refuses the coordinators\' forms to everyone else', async () => {
    const someId = '00000000-0000-4000-8000-0000000000aa';
    for (const who of WHO) {
      const c = clients.get(who)!;
      await c.get('/en/campaigns/letter-for-all/sign');
      const csrf = c.csrf();
      const cosigner = (await c.post(`/en/campaigns/letter-for-all/cosigners/${someId}`, { decision: 'approve' }, { csrf })).statusCode;
      const request = (await c.post('/en/campaigns/letter-for-all/exports', { partnerId: someId }, { csrf })).statusCode;
      const decide = (await c.post(`/en/campaigns/letter-for-all/exports/${someId}/decide`, { decision: 'approve' }, { csrf })).statusCode;
      // Allowed roles reach the handler, which finds nothing to decide (303 back, 400 or 404); everyone else gets a 404.
      expect(cosigner === 404, `${who} cosigners`).toBe(who !== 'coordinator');
      expect(request === 404, `${who} request`).toBe(who !== 'coordinator');
      expect(decide, `${who} decide`).toBe(404);
    }
  });
});
