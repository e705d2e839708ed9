import { eq, like } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { auditLog } from '../../../db/infra.tables.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { buildTarget } from '../targets/targets.builders.ts';
import { partnerConsents, signatures } from '../signatures/signatures.tables.ts';
import { campaignPartners, campaignPeople, campaigns, campaignTargets, campaignTexts } from './campaigns.tables.ts';
import { buildCampaign } from './core.builders.ts';

const LETTER_ACTION = { kind: 'letter_action', slug: 'write-to-the-embassy', originalLang: 'en', addressing: 'targets', allowMailto: 'on', allowServer: 'on', copyMode: 'bcc', goal: '', deadline: '' };
const EN_TEXT = {
  title: 'Write to the embassy',
  summary: 'Ask the ambassador to raise Yana’s case.',
  body: 'Yana has been held for two years.\n\nLetters from abroad are noticed.',
  letterSubject: 'Release Yana Arabeika',
  letterBody: '{salutation},\n\nI ask you to raise the case of {person_name}.\n\n{supporter_name}',
};

describe.each(TEST_DB_KINDS)('campaign management on %s', (kind) => {
  let t: TestApp;
  let coordinator: TestClient;
  const db = () => t.deps.database.db;
  /** Everything a coordinator's form can change, to prove a refused one changed nothing. */
  const snapshot = async () => ({
    campaigns: await db().select().from(campaigns),
    texts: await db().select().from(campaignTexts),
    people: await db().select().from(campaignPeople),
    targets: await db().select().from(campaignTargets),
    partners: await db().select().from(campaignPartners),
  });

  beforeEach(async () => {
    t = await startTestApp(kind);
    await savePerson(db(), { nameLatin: 'Yana Arabeika', status: 'current', country: 'BY' }, { importLabel: 'test' });
    await savePerson(db(), { nameLatin: 'Ihar Losik', status: 'current', country: 'BY' }, { importLabel: 'test' });
    coordinator = await signInStaff(t, 'coord@example.org', ['coordinator']);
  });
  afterEach(() => t.close());

  it('creates a letter action, writes its words and a translation, ties people, targets and partners, opens and closes it', async () => {
    const embassy = await buildTarget(db(), { ref: 'de-embassy', kind: 'embassy', name: 'Embassy of Belarus in Berlin', country: 'DE', email: 'embassy@example.invalid' });
    await buildTarget(db(), { ref: 'pl-mp-1', name: 'Jan Kowalski', country: 'PL' });

    await coordinator.get('/en/campaigns/manage/new');
    const created = await coordinator.post('/en/campaigns/manage/new', LETTER_ACTION);
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe('/en/campaigns/manage/write-to-the-embassy/texts/en');
    const [row] = await db().select().from(campaigns);
    expect(row).toMatchObject({ slug: 'write-to-the-embassy', kind: 'letter_action', state: 'draft', originalLang: 'en', allowMailto: true, allowServer: true, templateLocked: false, copyMode: 'bcc' });

    const textPage = await coordinator.get('/en/campaigns/manage/write-to-the-embassy/texts/en');
    expect(textPage.body).toContain('<code>{supporter_name}</code>');
    expect((await coordinator.post('/en/campaigns/manage/write-to-the-embassy/texts/en', EN_TEXT)).statusCode).toBe(303);

    // Not yet: no target.
    await coordinator.get('/en/campaigns/manage/write-to-the-embassy');
    const early = await coordinator.post('/en/campaigns/manage/write-to-the-embassy/open', {});
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('at least one target to write to');
    expect((await db().select().from(campaigns))[0].state).toBe('draft');

    // Targets, filtered to Germany: only the German ones are shown, so only they change.
    const targetsPage = await coordinator.get('/en/campaigns/manage/write-to-the-embassy/targets?country=DE');
    expect(targetsPage.body).toContain('Embassy of Belarus in Berlin');
    expect(targetsPage.body).not.toContain('Jan Kowalski');
    expect((await coordinator.post('/en/campaigns/manage/write-to-the-embassy/targets?country=DE', { shown: [embassy.id], target: [embassy.id] })).statusCode).toBe(303);
    expect(await db().select().from(campaignTargets)).toEqual([{ campaignId: row.id, targetId: embassy.id }]);

    // People by address, then one more from the search box.
    await coordinator.get('/en/campaigns/manage/write-to-the-embassy/people');
    expect((await coordinator.post('/en/campaigns/manage/write-to-the-embassy/people', { people: 'yana-arabeika' })).statusCode).toBe(303);
    const found = await coordinator.get('/en/campaigns/manage/write-to-the-embassy/people?q=Losik');
    expect(found.body).toContain('<code>ihar-losik</code>');
    expect((await coordinator.post('/en/campaigns/manage/write-to-the-embassy/people/add', { person: 'ihar-losik' })).statusCode).toBe(303);
    expect(await db().select().from(campaignPeople)).toHaveLength(2);

    // Partners: add two, remove one.
    await coordinator.get('/en/campaigns/manage/write-to-the-embassy/partners');
    expect((await coordinator.post('/en/campaigns/manage/write-to-the-embassy/partners', { name: 'Libereco', country: 'DE', website: 'https://libereco.invalid/' })).statusCode).toBe(303);
    expect((await coordinator.post('/en/campaigns/manage/write-to-the-embassy/partners', { name: 'Razam', country: '', website: '' })).statusCode).toBe(303);
    const razam = (await db().select().from(campaignPartners)).find((p) => p.name === 'Razam')!;
    expect((await coordinator.post(`/en/campaigns/manage/write-to-the-embassy/partners/${razam.id}/remove`, {})).statusCode).toBe(303);
    expect((await db().select().from(campaignPartners)).map((p) => [p.name, p.country, p.website])).toEqual([['Libereco', 'DE', 'https://libereco.invalid/']]);

    // Open: now the public sees it.
    await coordinator.get('/en/campaigns/manage/write-to-the-embassy');
    expect((await coordinator.post('/en/campaigns/manage/write-to-the-embassy/open', {})).statusCode).toBe(303);
    expect((await db().select().from(campaigns))[0]).toMatchObject({ state: 'open', openedOn: expect.any(String) });
    const visitor = new TestClient(t.app);
    const page = (await visitor.get('/en/campaigns/write-to-the-embassy')).body;
    expect(page).toContain('<h1>Write to the embassy</h1>');
    expect(page).toContain('href="/en/people/ihar-losik"');
    expect(page).toContain('Libereco');

    // A German translation: recorded as translated from English, shown so.
    await coordinator.get('/en/campaigns/manage/write-to-the-embassy/texts/de');
    const de = { title: 'Schreibt an die Botschaft', summary: 'Bittet den Botschafter.', body: 'Yana ist seit zwei Jahren in Haft.', letterSubject: 'Freiheit für Yana', letterBody: '{salutation},\n\n{supporter_name}', translatedFrom: 'en' };
    expect((await coordinator.post('/en/campaigns/manage/write-to-the-embassy/texts/de', de)).statusCode).toBe(303);
    const [deRow] = await db().select().from(campaignTexts).where(eq(campaignTexts.lang, 'de'));
    expect(deRow).toMatchObject({ title: 'Schreibt an die Botschaft', translatedFrom: 'en' });
    expect((await visitor.get('/de/campaigns/write-to-the-embassy')).body).toContain('Übersetzung. Originalsprache: Englisch.');
    expect((await visitor.get('/en/campaigns')).body).toContain('Write to the embassy');

    // Close: stays readable, listed among the closed.
    await coordinator.get('/en/campaigns/manage/write-to-the-embassy');
    expect((await coordinator.post('/en/campaigns/manage/write-to-the-embassy/close', {})).statusCode).toBe(303);
    expect((await db().select().from(campaigns))[0]).toMatchObject({ state: 'closed', closedOn: expect.any(String) });
    expect((await visitor.get('/en/campaigns')).body.split('id="closed-campaigns"')[1]).toContain('Write to the embassy');

    const manage = (await coordinator.get('/en/campaigns/manage')).body;
    expect(manage).toContain('href="/en/campaigns/manage/write-to-the-embassy"');
    expect(manage).toContain('no letters written yet');

    const audit = await db().select().from(auditLog).where(like(auditLog.action, 'campaigns.%'));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['campaigns.create', 'campaigns.text.en', 'campaigns.targets', 'campaigns.people', 'campaigns.partner.add', 'campaigns.partner.remove', 'campaigns.open', 'campaigns.text.de', 'campaigns.close']),
    );
    expect(audit.every((a) => a.objectId === row.id)).toBe(true);
  });

  it('creates a petition, records its handing over, and keeps its goal and deadline', async () => {
    await coordinator.get('/en/campaigns/manage/new');
    const res = await coordinator.post('/en/campaigns/manage/new', { ...LETTER_ACTION, kind: 'petition', slug: 'petition-for-yana', originalLang: 'de', goal: '5000', deadline: '2099-06-30' });
    expect(res.statusCode).toBe(303);
    await coordinator.get('/en/campaigns/manage/petition-for-yana/texts/de');
    await coordinator.post('/en/campaigns/manage/petition-for-yana/texts/de', { title: 'Petition', summary: 'Kurz.', body: 'Wir fordern.' });
    await coordinator.get('/en/campaigns/manage/petition-for-yana');
    expect((await coordinator.post('/en/campaigns/manage/petition-for-yana/open', {})).statusCode).toBe(303);
    const saved = await coordinator.post('/en/campaigns/manage/petition-for-yana/handover', { handoverState: 'scheduled', handoverOn: '2099-07-01', handoverNote: 'At the ministry.' });
    expect(saved.statusCode).toBe(303);
    expect((await db().select().from(campaigns))[0]).toMatchObject({ kind: 'petition', goal: 5000, deadline: '2099-06-30', handoverState: 'scheduled', handoverOn: '2099-07-01', handoverNote: 'At the ministry.' });
    const page = (await new TestClient(t.app).get('/en/campaigns/petition-for-yana')).body;
    expect(page).toContain('The handing over is scheduled. (July 1, 2099)');
    expect(page).toContain('This campaign is not available in English yet.');
  });

  it('refuses bad input with the same page, a message in the user’s language and status 400, and changes nothing', async () => {
    const target = await buildTarget(db(), { ref: 'no-mail', name: 'Office without e-mail', country: 'DE' });
    await coordinator.get('/en/campaigns/manage/new');
    await coordinator.post('/en/campaigns/manage/new', LETTER_ACTION);
    await coordinator.get('/en/campaigns/manage/write-to-the-embassy/texts/en');
    await coordinator.post('/en/campaigns/manage/write-to-the-embassy/texts/en', EN_TEXT);
    const before = await snapshot();

    const cases: [string, Record<string, string | string[]>, string][] = [
      ['/de/campaigns/manage/new', { ...LETTER_ACTION, slug: '' }, 'Gib eine Adresse ein.'],
      ['/en/campaigns/manage/new', { ...LETTER_ACTION, slug: 'manage' }, 'This address is used by another page.'],
      ['/en/campaigns/manage/new', { ...LETTER_ACTION, slug: 'Not A Slug' }, 'Use lower-case Latin letters'],
      ['/en/campaigns/manage/new', LETTER_ACTION, 'Another campaign already has this address.'],
      ['/en/campaigns/manage/new', { ...LETTER_ACTION, slug: 'p', kind: 'petition' }, 'A petition needs a goal.'],
      ['/en/campaigns/manage/new', { ...LETTER_ACTION, slug: 'p', kind: 'petition', goal: '-3', deadline: '2099-01-01' }, 'Enter a whole number of signatures'],
      ['/en/campaigns/manage/new', { ...LETTER_ACTION, slug: 'x', allowMailto: '', allowServer: '' }, 'Allow at least one way of sending'],
      ['/en/campaigns/manage/new', { ...LETTER_ACTION, slug: 'x', addressing: 'own_representative' }, 'Choose the country whose representatives'],
      ['/en/campaigns/manage/new', { ...LETTER_ACTION, slug: 'x', kind: 'poster' }, 'Choose the kind of campaign.'],
      ['/en/campaigns/manage/write-to-the-embassy/settings', { ...LETTER_ACTION, originalLang: 'xx' }, 'Choose a language from the list.'],
      ['/en/campaigns/manage/write-to-the-embassy/texts/en', { ...EN_TEXT, title: '' }, 'Enter a title.'],
      ['/ru/campaigns/manage/write-to-the-embassy/texts/en', { ...EN_TEXT, letterBody: 'Dear {ambassador}' }, 'фигурных скобках'],
      ['/en/campaigns/manage/write-to-the-embassy/texts/en', { ...EN_TEXT, letterSubject: '' }, 'A letter template needs a subject.'],
      ['/en/campaigns/manage/write-to-the-embassy/texts/de', { ...EN_TEXT, translatedFrom: 'fr' }, 'Choose a language this campaign has a text in.'],
      ['/en/campaigns/manage/write-to-the-embassy/people', { people: 'yana-arabeika\nnobody-at-all' }, 'matches nobody in the registry'],
      ['/en/campaigns/manage/write-to-the-embassy/targets', { shown: ['not-a-uuid'], target: ['not-a-uuid'] }, 'One of the targets no longer exists.'],
      ['/en/campaigns/manage/write-to-the-embassy/partners', { name: '', country: '' }, "Enter the organisation's name."],
      ['/en/campaigns/manage/write-to-the-embassy/partners', { name: 'X', country: 'ZZ' }, 'Choose a country from the list.'],
      ['/en/campaigns/manage/write-to-the-embassy/partners', { name: 'X', website: 'javascript:alert(1)' }, 'Enter a full web address'],
      ['/en/campaigns/manage/write-to-the-embassy/open', {}, 'at least one target to write to'],
    ];
    for (const [path, form, message] of cases) {
      await coordinator.get('/en/campaigns/manage');
      const res = await coordinator.post(path, form);
      expect(`${path} ${res.statusCode}`).toBe(`${path} 400`);
      expect(res.body, path).toContain(message);
    }
    // A target without an e-mail address is not enough while the platform sends.
    await coordinator.get('/en/campaigns/manage/write-to-the-embassy/targets');
    await coordinator.post('/en/campaigns/manage/write-to-the-embassy/targets', { shown: [target.id], target: [target.id] });
    const noMail = await coordinator.post('/en/campaigns/manage/write-to-the-embassy/open', {});
    expect(noMail.statusCode).toBe(400);
    expect(noMail.body).toContain('at least one target with an e-mail address');
    await coordinator.post('/en/campaigns/manage/write-to-the-embassy/targets', { shown: [target.id] });
    // Without the CSRF token: refused.
    expect((await coordinator.post('/en/campaigns/manage/write-to-the-embassy/partners', { name: 'Forged' }, { csrf: null })).statusCode).toBe(403);

    const after = await snapshot();
    expect(after).toEqual(before);
  });

  it('keeps an open campaign fit: a change that would leave it without its letter or its targets is refused', async () => {
    const embassy = await buildTarget(db(), { ref: 'de-embassy', kind: 'embassy', name: 'Embassy', country: 'DE', email: 'embassy@example.invalid' });
    await coordinator.get('/en/campaigns/manage/new');
    await coordinator.post('/en/campaigns/manage/new', LETTER_ACTION);
    await coordinator.post('/en/campaigns/manage/write-to-the-embassy/texts/en', EN_TEXT);
    await coordinator.post('/en/campaigns/manage/write-to-the-embassy/targets', { shown: [embassy.id], target: [embassy.id] });
    expect((await coordinator.post('/en/campaigns/manage/write-to-the-embassy/open', {})).statusCode).toBe(303);
    const before = await snapshot();

    await coordinator.get('/en/campaigns/manage/write-to-the-embassy');
    const untick = await coordinator.post('/en/campaigns/manage/write-to-the-embassy/targets', { shown: [embassy.id] });
    expect(untick.statusCode).toBe(400);
    const noLetter = await coordinator.post('/en/campaigns/manage/write-to-the-embassy/texts/en', { ...EN_TEXT, letterSubject: '', letterBody: '' });
    expect(noLetter.statusCode).toBe(400);
    expect(noLetter.body).toContain('a letter subject and letter template');
    // Kind and address are fixed once open: a changed slug is ignored, the rest saved.
    const settings = await coordinator.post('/en/campaigns/manage/write-to-the-embassy/settings', { ...LETTER_ACTION, slug: 'renamed', templateLocked: 'on', copyMode: 'cc' });
    expect(settings.statusCode).toBe(303);
    const [row] = await db().select().from(campaigns);
    expect(row).toMatchObject({ slug: 'write-to-the-embassy', templateLocked: true, copyMode: 'cc' });
    expect({ ...(await snapshot()), campaigns: before.campaigns }).toEqual(before);
  });

  it('keeps a partner that signers have already answered about', async () => {
    const campaign = await buildCampaign(db(), { slug: 'with-partner', kind: 'open_letter', texts: { en: { title: 'T' } }, partners: ['Libereco'] });
    const [partner] = await db().select().from(campaignPartners);
    const [signature] = await db()
      .insert(signatures)
      .values({ submissionId: crypto.randomUUID(), campaignId: campaign.id, visibility: 'secret', state: 'confirmed', dedupeHash: 'h', locale: 'en', createdOn: '2026-01-01', confirmedOn: '2026-01-01' })
      .returning();
    await db().insert(partnerConsents).values({ signatureId: signature.id, partnerId: partner.id, agreed: false, consentText: 'May Libereco contact me?', decidedOn: '2026-01-01' });
    await coordinator.get('/en/campaigns/manage/with-partner/partners');
    const res = await coordinator.post(`/en/campaigns/manage/with-partner/partners/${partner.id}/remove`, {});
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('their choices must not be lost');
    expect(await db().select().from(campaignPartners)).toHaveLength(1);
    expect(await db().select().from(partnerConsents)).toHaveLength(1);
  });
});
