import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { linkIn, TestClient } from '../../../../tests/support/client.ts';
import { buildCampaign } from '../core/core.builders.ts';
import { campaigns } from '../core/campaigns.tables.ts';
import { buildPostcodes, buildTarget } from '../targets/targets.builders.ts';
import { buildActionLetter } from './actions.builders.ts';
import { deliveriesIn, letterCount, lettersIn, letterSetup, TEMPLATE, TEST_ENV, writeLetter } from './actions.fixtures.ts';
import { LETTER_BODY_MAX } from './actions.model.ts';
import { actionLetters } from './actions.tables.ts';

describe.each(TEST_DB_KINDS)('letter action rules on %s', (kind) => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof letterSetup>>;
  let visitor: TestClient;
  const db = () => t.deps.database.db;

  beforeEach(async () => {
    t = await startTestApp(kind, { env: { ...TEST_ENV, CAMPAIGNS_CONFIRMATIONS_PER_HOUR: '3' } });
    s = await letterSetup(t);
    visitor = new TestClient(t.app);
  });
  afterEach(() => t.close());

  it('a locked template is sent as it is, whatever a crafted form carries', async () => {
    await db().update(campaigns).set({ templateLocked: true }).where(eq(campaigns.id, s.campaign.id));
    const page = await visitor.get('/en/campaigns/free-yana/write');
    expect(page.body).not.toContain('<textarea');
    expect(page.body).toContain('please act for the release of Yana Arabeika.');
    const { res } = await writeLetter(visitor, { subject: 'Buy cheap pills', body: 'Spam spam spam' });
    expect(res.statusCode).toBe(303);
    const [letter] = await lettersIn(t);
    expect(letter.edited).toBe(false);
    expect(letter.simhash).toBeNull();
    expect(t.deps.keys.decrypt(letter.subjectEnc!)).toBe('Free Yana Arabeika now');
    expect(t.deps.keys.decrypt(letter.bodyEnc!)).toBe('{salutation},\n\nplease act for the release of Yana Arabeika.\n\nYours sincerely,\nAnna Nowak');
  });

  it('the template comes in the supporter’s language, else in the original', async () => {
    expect((await visitor.get('/ru/campaigns/free-yana/write')).body).toContain('Свободу Оробейко Яна');
    expect((await visitor.get('/de/campaigns/free-yana/write')).body).toContain('Free Yana Arabeika now');
  });

  it('finds the supporter’s own member of parliament by postcode, asks to choose when it straddles, refuses an unknown one', async () => {
    const north = await buildTarget(db(), { ref: 'mp-n', name: 'Greta North', role: 'MP', country: 'DE', constituency: 'North', email: 'north@parliament.invalid' });
    const south = await buildTarget(db(), { ref: 'mp-s', name: 'Lukas South', role: 'MP', country: 'DE', constituency: 'South', email: 'south@parliament.invalid' });
    await buildTarget(db(), { ref: 'mp-p', name: 'Paula Paper', role: 'MP', country: 'DE', constituency: 'Paper' });
    await buildPostcodes(db(), 'DE', [
      { postcode: '10115', constituency: 'North' },
      { postcode: '10117', constituency: 'North' },
      { postcode: '10117', constituency: 'South' },
      { postcode: '20095', constituency: 'Paper' },
    ]);
    await buildCampaign(db(), { slug: 'ask-your-mp', kind: 'letter_action', addressing: 'own_representative', representativeCountry: 'DE', texts: { en: { title: 'Ask your MP', ...TEMPLATE } } });
    const path = '/en/campaigns/ask-your-mp/write';
    expect((await visitor.get('/en/campaigns/ask-your-mp')).body).toContain('Your own member of parliament');

    const unknown = await writeLetter(visitor, { postcode: '99999', email: 'a@example.org' }, path);
    expect(unknown.res.statusCode).toBe(400);
    expect(unknown.res.body).toContain('We do not know this postcode');
    const paper = await writeLetter(visitor, { postcode: '20095', email: 'a@example.org' }, path);
    expect(paper.res.statusCode).toBe(400);
    expect(paper.res.body).toContain('We have no e-mail address for the member of parliament');
    expect(await lettersIn(t)).toHaveLength(0);

    const one = await writeLetter(visitor, { postcode: '10 115', email: 'a@example.org', mode: 'mailto' }, path);
    expect(one.res.statusCode).toBe(303);
    expect((await lettersIn(t))[0].targetIds).toEqual([north.id]);

    const straddle = await writeLetter(visitor, { postcode: '10117', email: 'b@example.org', mode: 'mailto' }, path);
    expect(straddle.res.statusCode).toBe(200);
    expect(straddle.res.body).toContain('more than one constituency');
    expect(straddle.res.body).toContain('Greta North');
    expect(straddle.res.body).toContain('Lukas South');
    expect(await lettersIn(t)).toHaveLength(1);
    // Chosen, and sent again with the same submission id.
    const chosen = await visitor.post(path, { ...straddle.form, representative: south.id });
    expect(chosen.statusCode).toBe(303);
    const letters = await lettersIn(t);
    expect(letters.find((l) => l.supporterHash === t.deps.keys.lookupHash('b@example.org'))!.targetIds).toEqual([south.id]);
  });

  it('one letter per supporter per target: targets already written to are left out, and with none left the form says so', async () => {
    await buildActionLetter(db(), t.deps.keys, { campaign: s.campaign, email: 'anna@example.org', targetIds: [s.embassy.id] });
    expect(await letterCount(t, s.campaign)).toBe(1);
    const { res } = await writeLetter(visitor, { email: 'ANNA@example.org', mode: 'mailto' });
    expect(res.headers.location).toMatch(/\/write\/mailto\?token=[\w-]+&skipped=1$/);
    expect((await lettersIn(t)).find((l) => l.state === 'unconfirmed')!.targetIds).toEqual([s.ministry.id]);
    const page = await visitor.get(res.headers.location!);
    expect(page.body).toContain('You have already written to 1 of the chosen addressees');
    expect(page.body).not.toContain('mailto:embassy@example.invalid');
    await visitor.post('/en/campaigns/free-yana/write/mailto', { token: new URL(res.headers.location!, 'http://x').searchParams.get('token')! });
    expect(await letterCount(t, s.campaign)).toBe(2);

    const none = await writeLetter(visitor, { email: 'anna@example.org' });
    expect(none.res.statusCode).toBe(400);
    expect(none.res.body).toContain('You have already written to everyone you chose in this campaign');
    expect(await lettersIn(t)).toHaveLength(2);
  });

  it('two letters waiting from one address to the same target: the second confirmation sends nothing and counts nothing', async () => {
    await writeLetter(visitor, { email: 'twice@example.org' });
    await writeLetter(visitor, { email: 'twice@example.org' });
    await t.drain();
    const tokens = (await t.outbox()).map((m) => new URL(linkIn(m.text, '/en/campaigns/free-yana/write/confirm'), 'http://x').searchParams.get('token')!);
    expect(tokens).toHaveLength(2);
    await visitor.get('/en/campaigns/free-yana/write');
    const csrf = visitor.csrf();
    expect((await visitor.post('/en/campaigns/free-yana/write/confirm', { token: tokens[0] }, { csrf })).body).toContain('your letter is on its way');
    expect((await visitor.post('/en/campaigns/free-yana/write/confirm', { token: tokens[1] }, { csrf })).body).toContain('You had already written to them');
    expect(await deliveriesIn(t)).toHaveLength(2);
    expect(await letterCount(t, s.campaign)).toBe(1);
    // The letter that adds nothing keeps no words.
    expect((await lettersIn(t)).filter((l) => l.bodyEnc === null)).toHaveLength(1);
  });

  it('an expired confirmation link says so and changes nothing', async () => {
    await writeLetter(visitor, {});
    await t.drain();
    const token = new URL(linkIn((await t.outbox())[0].text, '/en/campaigns/free-yana/write/confirm'), 'http://x').searchParams.get('token')!;
    await db().update(actionLetters).set({ confirmExpiresAt: new Date(Date.now() - 1000) });
    await visitor.get(`/en/campaigns/free-yana/write/confirm?token=${token}`);
    const res = await visitor.post('/en/campaigns/free-yana/write/confirm', { token });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('This link has expired');
    expect((await lettersIn(t))[0].state).toBe('unconfirmed');
    expect(await deliveriesIn(t)).toHaveLength(0);
    expect(await letterCount(t, s.campaign)).toBe(0);
  });

  it('a filled honeypot is thanked like anyone, and nothing is stored or sent', async () => {
    const { res } = await writeLetter(visitor, { website: 'http://spam.example' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/campaigns/free-yana/write/sent');
    expect(await lettersIn(t)).toHaveLength(0);
    await t.drain();
    expect(await t.outbox()).toHaveLength(0);
  });

  it('bad input: the same page with a clear message, status 400, nothing stored', async () => {
    const cases: [Record<string, string | string[]>, string][] = [
      [{ name: '' }, 'Enter your name.'],
      [{ email: 'not-an-address' }, 'Enter an e-mail address like name@example.org.'],
      [{ targets: [] }, 'Choose at least one addressee.'],
      [{ targets: [s.paperOnly.id] }, 'Choose at least one addressee.'],
      [{ body: '' }, 'Write the letter.'],
      [{ body: 'x'.repeat(LETTER_BODY_MAX + 1) }, 'The letter is too long.'],
      [{ mode: 'carrier-pigeon' }, 'Choose how the letter is sent.'],
    ];
    for (const [fields, message] of cases) {
      const { res } = await writeLetter(visitor, fields);
      expect(res.statusCode, JSON.stringify(fields).slice(0, 60)).toBe(400);
      expect(res.body).toContain(message);
      expect(res.body).toContain('name="submissionId"');
    }
    await db().update(campaigns).set({ allowServer: false }).where(eq(campaigns.id, s.campaign.id));
    expect((await writeLetter(visitor, { mode: 'server' })).res.statusCode).toBe(400);
    expect(await lettersIn(t)).toHaveLength(0);
  });

  it('closed actions take no letters; drafts and other kinds have no write page', async () => {
    await db().update(campaigns).set({ state: 'closed' }).where(eq(campaigns.id, s.campaign.id));
    const page = await visitor.get('/en/campaigns/free-yana/write');
    expect(page.body).toContain('This action is closed');
    expect(page.body).not.toContain('name="submissionId"');
    await buildCampaign(db(), { slug: 'draft-action', kind: 'letter_action', state: 'draft', texts: { en: { title: 'Draft', ...TEMPLATE } } });
    await buildCampaign(db(), { slug: 'an-open-letter', kind: 'open_letter', texts: { en: { title: 'Open letter' } } });
    expect((await visitor.get('/en/campaigns/draft-action/write')).statusCode).toBe(404);
    expect((await visitor.get('/en/campaigns/an-open-letter/write')).statusCode).toBe(404);
    expect((await visitor.get('/en/campaigns/no-such-thing/write')).statusCode).toBe(404);
  });

  it('rate limits: letters per address an hour, confirmation e-mails for the whole site', async () => {
    for (let i = 0; i < 10; i++) expect((await writeLetter(visitor, { email: 'busy@example.org', mode: 'mailto' })).res.statusCode).toBe(303);
    const eleventh = await writeLetter(visitor, { email: 'busy@example.org', mode: 'mailto' });
    expect(eleventh.res.statusCode).toBe(429);
    expect(eleventh.res.body).toContain('Too many letters in a short time');
    expect(await lettersIn(t)).toHaveLength(10);

    // The site sends at most 3 confirmation e-mails an hour here (CAMPAIGNS_CONFIRMATIONS_PER_HOUR).
    for (const who of ['a', 'b', 'c']) expect((await writeLetter(visitor, { email: `${who}@example.org` })).res.statusCode).toBe(303);
    const fourth = await writeLetter(visitor, { email: 'd@example.org' });
    expect(fourth.res.statusCode).toBe(429);
    // mailto letters send no e-mail, so they are not held back by that budget.
    expect((await writeLetter(visitor, { email: 'd@example.org', mode: 'mailto' })).res.statusCode).toBe(303);
    await t.drain();
    expect(await t.outbox()).toHaveLength(3);
    expect(await lettersIn(t)).toHaveLength(14);
  });
});
