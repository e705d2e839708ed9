import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { people } from '../../registry/registry.tables.ts';
import { campaignsForPerson } from '../campaigns.work.tsx';
import { campaigns } from './campaigns.tables.ts';
import { buildCampaign } from './core.builders.ts';

describe.each(TEST_DB_KINDS)('public campaign pages on %s', (kind) => {
  let t: TestApp;
  let visitor: TestClient;
  const db = () => t.deps.database.db;
  const personId = async (slug: string) => (await db().select().from(people).where(eq(people.slug, slug)))[0].id;

  beforeEach(async () => {
    t = await startTestApp(kind);
    visitor = new TestClient(t.app);
    await savePerson(db(), { nameLatin: 'Yana Arabeika', nameBe: 'Арабейка Яна', nameRu: 'Оробейко Яна', status: 'current', country: 'BY' }, { importLabel: 'test' });
  });
  afterEach(() => t.close());

  it('lists open campaigns newest first in the reader’s language, falls back to the original marked with its language, and keeps closed ones apart', async () => {
    const older = await buildCampaign(db(), {
      slug: 'write-to-the-embassy', kind: 'letter_action', originalLang: 'de',
      texts: { de: { title: 'Schreibt an die Botschaft', summary: 'Briefe an die Botschaft.' }, en: { title: 'Write to the embassy', summary: 'Letters to the embassy.' } },
    });
    await db().update(campaigns).set({ openedOn: addDays(todayIso(), -30), letterCount: 1204 }).where(eq(campaigns.id, older.id));
    const petition = await buildCampaign(db(), {
      slug: 'free-yana', kind: 'petition', originalLang: 'pl', goal: 10000, deadline: '2099-12-31',
      texts: { pl: { title: 'Uwolnić Janę', summary: 'Petycja do ministra.' } },
    });
    await db().update(campaigns).set({ signatureCount: 2500 }).where(eq(campaigns.id, petition.id));
    const closed = await buildCampaign(db(), { slug: 'old-letter', kind: 'open_letter', state: 'closed', texts: { en: { title: 'An old open letter' } } });
    await db().update(campaigns).set({ closedOn: addDays(todayIso(), -3) }).where(eq(campaigns.id, closed.id));
    await buildCampaign(db(), { slug: 'secret-plan', kind: 'open_letter', state: 'draft', texts: { en: { title: 'Secret draft' } } });

    const page = (await visitor.get('/en/campaigns')).body;
    const [open, closedPart] = page.split('id="closed-campaigns"');
    // Newest first: the petition opened today, the letter action a month ago.
    expect(open.indexOf('Uwolnić Janę')).toBeLessThan(open.indexOf('Write to the embassy'));
    expect(open).toContain('<a href="/en/campaigns/free-yana" lang="pl">Uwolnić Janę</a>');
    expect(open).toContain('<p lang="pl">Petycja do ministra.</p>');
    expect(open).toContain('<a href="/en/campaigns/write-to-the-embassy">Write to the embassy</a>');
    expect(open).toContain('1,204 letters written');
    expect(open).toContain('2,500 signatures');
    expect(open).toContain('goal: 10,000 signatures');
    expect(open).toContain('until December 31, 2099');
    expect(open).not.toContain('An old open letter');
    expect(closedPart).toContain('An old open letter');
    expect(page).not.toContain('Secret draft');
    expect(page).toContain('href="/en/events"');
    expect(page).toContain('href="/en/campaigns/representative"');
    // In German, the German original.
    expect((await visitor.get('/de/campaigns')).body).toContain('<a href="/de/campaigns/write-to-the-embassy">Schreibt an die Botschaft</a>');
  });

  it('shows a translation as translated, links the original, and says when the reader’s language has no text', async () => {
    const campaign = await buildCampaign(db(), {
      slug: 'free-yana', kind: 'open_letter', originalLang: 'de', personIds: [await personId('yana-arabeika')], partners: ['Libereco'],
      texts: {
        de: { title: 'Freiheit für Yana', summary: 'Ein offener Brief.', body: 'Erster Absatz.\n\nZweiter Absatz.' },
        en: { title: 'Freedom for Yana', summary: 'An open letter.', body: 'First paragraph.\n\nSecond paragraph.' },
      },
    });
    const en = (await visitor.get('/en/campaigns/free-yana')).body;
    expect(en).toContain('<h1>Freedom for Yana</h1>');
    expect(en).toContain('<p>First paragraph.</p><p>Second paragraph.</p>');
    expect(en).toMatch(/Translated from German\. <a href="\/de\/campaigns\/free-yana" hreflang="de">Read the original in German<\/a>/);
    expect(en).not.toContain('is not available in');
    expect(en).toContain('<a href="/en/people/yana-arabeika">Yana Arabeika</a>');
    expect(en).toContain('Libereco');
    expect(en).toContain(`value="${t.deps.config.publicUrl}/en/campaigns/free-yana" class="share-url"`);
    expect(en).toContain('hreflang="de" lang="de">Freiheit für Yana</a>');

    const de = (await visitor.get('/de/campaigns/free-yana')).body;
    expect(de).toContain('<h1>Freiheit für Yana</h1>');
    expect(de).not.toContain('translated-from');

    // Belarusian has no text: the German original, marked as such, with a note; the person's name in Belarusian.
    const be = (await visitor.get('/be/campaigns/free-yana')).body;
    expect(be).toContain('<h1 lang="de">Freiheit für Yana</h1>');
    expect(be).toContain('notice-info');
    expect(be).not.toContain('translated-from');
    expect(be).toContain('>Арабейка Яна</a>');

    expect(await campaignsForPerson(db(), await personId('yana-arabeika'), 'en')).toEqual([{ slug: 'free-yana', kind: 'open_letter', title: 'Freedom for Yana', textLang: 'en' }]);
    expect(await campaignsForPerson(db(), await personId('yana-arabeika'), 'ru')).toEqual([{ slug: 'free-yana', kind: 'open_letter', title: 'Freiheit für Yana', textLang: 'de' }]);
    const personPage = (await visitor.get('/en/people/yana-arabeika')).body;
    expect(personPage).toContain('href="/en/campaigns/free-yana"');
    expect(personPage).toContain('Freedom for Yana');
    await db().update(campaigns).set({ state: 'closed' }).where(eq(campaigns.id, campaign.id));
    expect(await campaignsForPerson(db(), await personId('yana-arabeika'))).toEqual([]);
    expect((await visitor.get('/en/people/yana-arabeika')).body).not.toContain('/en/campaigns/free-yana');
  });

  it('shows a petition’s goal, deadline and handing over', async () => {
    await buildCampaign(db(), { slug: 'petition', kind: 'petition', goal: 500, deadline: '2099-01-31', handoverState: 'handed_over', texts: { en: { title: 'A petition', body: 'We ask.' } } });
    await db().update(campaigns).set({ handoverOn: '2099-02-01', handoverNote: 'Handed to the minister’s office.' });
    const page = (await visitor.get('/en/campaigns/petition')).body;
    expect(page).toContain('goal: 500 signatures · until January 31, 2099');
    expect(page).toContain('The petition has been handed over. (February 1, 2099)');
    expect(page).toContain('Handed to the minister’s office.');
  });

  it('answers 404 for drafts to everyone but coordinators, and for unknown addresses', async () => {
    await buildCampaign(db(), { slug: 'draft', kind: 'open_letter', state: 'draft', texts: { en: { title: 'Draft words' } } });
    expect((await visitor.get('/en/campaigns/draft')).statusCode).toBe(404);
    expect((await visitor.get('/en/campaigns/nothing-here')).statusCode).toBe(404);
    expect((await visitor.get('/en/campaigns/Bad_Slug')).statusCode).toBe(404);
    const supporter = await signInStaff(t, 'editor@example.org', ['editor']);
    expect((await supporter.get('/en/campaigns/draft')).statusCode).toBe(404);
    const coordinator = await signInStaff(t, 'coord@example.org', ['coordinator']);
    const seen = await coordinator.get('/en/campaigns/draft');
    expect(seen.statusCode).toBe(200);
    expect(seen.body).toContain('Draft words');
    expect(seen.body).toContain('href="/en/campaigns/manage/draft"');
  });
});
