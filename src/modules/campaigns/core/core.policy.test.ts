import { describe, expect, it } from 'vitest';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { describeRuleMatrix, everyRoleSignedIn, expectStatuses, guardedPage, itGuardsPages, statusByRole, WHO, type Who } from '../../../../tests/support/policy-matrix.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { campaigns } from './campaigns.tables.ts';
import { buildCampaign } from './core.builders.ts';

/**
 * Who may do what with campaigns, written out in full: a rule changed by accident shows up here.
 * Each row is an action; the list is everyone allowed it.
 */
const MATRIX: Record<string, readonly Who[]> = {
  'campaigns.view': WHO,
  'campaigns.manage': ['coordinator'],
};

describeRuleMatrix('campaigns policy: role × action', MATRIX, { roles: ['coordinator'], actions: ['campaigns.manage'] });

/** Every coordinators' page, through the real routes: coordinators get it, other roles a 404, visitors the login page. */
const MANAGE_PAGES: Record<string, readonly Who[]> = {
  '/en/campaigns/manage': MATRIX['campaigns.manage'],
  '/en/campaigns/manage/new': MATRIX['campaigns.manage'],
  '/en/campaigns/manage/draft-letter': MATRIX['campaigns.manage'],
  '/en/campaigns/manage/draft-letter/texts/de': MATRIX['campaigns.manage'],
  '/en/campaigns/manage/draft-letter/people': MATRIX['campaigns.manage'],
  '/en/campaigns/manage/draft-letter/targets': MATRIX['campaigns.manage'],
  '/en/campaigns/manage/draft-letter/partners': MATRIX['campaigns.manage'],
};

/** Every coordinators' form, posted by each role with a valid CSRF token: only coordinators' posts reach the form. */
const MANAGE_POSTS = [
  '/en/campaigns/manage/new',
  '/en/campaigns/manage/draft-letter/settings',
  '/en/campaigns/manage/draft-letter/open',
  '/en/campaigns/manage/draft-letter/close',
  '/en/campaigns/manage/draft-letter/handover',
  '/en/campaigns/manage/draft-letter/texts/de',
  '/en/campaigns/manage/draft-letter/texts/de/delete',
  '/en/campaigns/manage/draft-letter/people',
  '/en/campaigns/manage/draft-letter/people/add',
  '/en/campaigns/manage/draft-letter/targets',
  '/en/campaigns/manage/draft-letter/partners',
  '/en/campaigns/manage/draft-letter/partners/00000000-0000-4000-8000-000000000009/remove',
];

describe.each(TEST_DB_KINDS)('campaign pages by role on %s', (kind) => {
  let db: () => import('../../../db/client.ts').Db;
  const clients = everyRoleSignedIn(kind, async (t) => {
    db = () => t.deps.database.db;
    await savePerson(t.deps.database.db, { nameLatin: 'Yana Arabeika', status: 'current', country: 'BY' }, { importLabel: 'test' });
    await buildCampaign(t.deps.database.db, { slug: 'open-letter', kind: 'open_letter', texts: { en: { title: 'Free them all' } } });
    await buildCampaign(t.deps.database.db, { slug: 'draft-letter', kind: 'letter_action', state: 'draft', texts: { en: { title: 'Not yet' } } });
  });

  itGuardsPages(MANAGE_PAGES, clients);

  it('the public list and an open campaign open for everyone; a draft only for coordinators', async () => {
    for (const path of ['/en/campaigns', '/en/campaigns/open-letter', '/ru/campaigns/open-letter']) expectStatuses(await statusByRole(clients, path), () => 200, path);
    expectStatuses(await statusByRole(clients, '/en/campaigns/draft-letter'), (who) => (who === 'coordinator' ? 200 : 404));
    expectStatuses(await statusByRole(clients, '/en/campaigns/no-such-campaign'), () => 404);
  });

  it("the coordinators' forms refuse every other role and change nothing", async () => {
    const before = await db().select().from(campaigns);
    for (const who of WHO.filter((w) => w !== 'coordinator')) {
      const client = clients.get(who)!;
      await client.get(who === 'anonymous' ? '/en/login' : '/en/campaigns');
      const csrf = client.csrf();
      for (const path of MANAGE_POSTS) {
        const res = await client.post(path, { kind: 'open_letter', slug: 'sneaky', originalLang: 'en', title: 'x', summary: 'x', body: 'x', name: 'x' }, { csrf });
        expect(`${who} ${path} ${res.statusCode}`).toBe(`${who} ${path} ${guardedPage([])(who)}`);
      }
    }
    expect(await db().select().from(campaigns)).toEqual(before);
  });
});
