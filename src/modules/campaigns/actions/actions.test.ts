import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { linkIn, TestClient } from '../../../../tests/support/client.ts';
import { COPY_TO, deliveriesIn, letterCount, lettersIn, letterSetup, TEST_ENV, writeLetter } from './actions.fixtures.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';

describe.each(TEST_DB_KINDS)('letter actions, the supporter’s side, on %s', (kind) => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof letterSetup>>;
  let visitor: TestClient;

  beforeEach(async () => {
    t = await startTestApp(kind, { env: TEST_ENV });
    s = await letterSetup(t);
    visitor = new TestClient(t.app);
  });
  afterEach(() => t.close());

  it('shows the counter, the targets and the link to write on the campaign page', async () => {
    const page = (await visitor.get('/en/campaigns/free-yana')).body;
    expect(page).toContain('No letters sent yet');
    expect(page).toContain('Embassy of Belarus — Embassy');
    expect(page).toContain('Ministry of Foreign Affairs — Human rights desk');
    // A target without an e-mail address cannot receive a letter, so it is not offered.
    expect(page).not.toContain('Paper-only Office');
    expect(page).toContain('href="/en/campaigns/free-yana/write"');
    expect(page).not.toContain('/free-yana/held');
  });

  it('server sending: write, a confirmation e-mail without the supporter’s words, confirm, deliveries and the counter', async () => {
    const write = await visitor.get('/en/campaigns/free-yana/write');
    expect(write.body).toContain('Free Yana Arabeika now'); // the person filled in, in the form
    expect(write.body).toContain('{salutation}'); // targets filled in later, per target
    expect(write.body).not.toContain('Paper-only Office');

    const body = 'Dear friends,\n\nI, a teacher from Kraków, ask for Yana Arabeika to be freed. {supporter_name}';
    const { res } = await writeLetter(visitor, { subject: 'My own words about Yana', body, name: 'Anna Nowak', email: 'Anna@Example.org' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/campaigns/free-yana/write/sent');
    expect((await visitor.get(res.headers.location!)).body).toContain('Almost done: check your e-mail');

    const [letter] = await lettersIn(t);
    expect(letter).toMatchObject({ state: 'unconfirmed', mode: 'server', edited: true, locale: 'en', supporterHash: t.deps.keys.lookupHash('anna@example.org') });
    expect(new Set(letter.targetIds)).toEqual(new Set([s.embassy.id, s.ministry.id]));
    expect(typeof letter.simhash).toBe('bigint');
    // Sealed: nothing readable in the row.
    for (const sealed of [letter.nameEnc, letter.emailEnc, letter.subjectEnc, letter.bodyEnc]) expect(sealed).toMatch(/^v1\./);
    expect(t.deps.keys.decrypt(letter.bodyEnc!)).toBe(body.replace('{supporter_name}', 'Anna Nowak'));
    expect(t.deps.keys.decrypt(letter.subjectEnc!)).toBe('My own words about Yana');
    expect(await letterCount(t, s.campaign)).toBe(0);

    await t.drain();
    const mails = await t.outbox();
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.to).toBe('anna@example.org');
    // Only our own words: the campaign title, how many addressees, the link. Nothing the supporter wrote.
    expect(mail.text).toContain('"Free Yana"');
    expect(mail.text).toContain('2 addressees');
    for (const theirs of ['Anna', 'Nowak', 'teacher', 'Kraków', 'My own words', 'Yana Arabeika']) {
      expect(mail.text, theirs).not.toContain(theirs);
      expect(mail.subject, theirs).not.toContain(theirs);
    }
    const link = linkIn(mail.text, '/en/campaigns/free-yana/write/confirm');
    const confirmPage = await visitor.get(link);
    expect(confirmPage.body).toContain('Confirm and send');
    expect((await lettersIn(t))[0].state).toBe('unconfirmed'); // opening the link changes nothing

    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const done = await visitor.post('/en/campaigns/free-yana/write/confirm', { token });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('your letter is on its way');
    const [confirmed] = await lettersIn(t);
    expect(confirmed).toMatchObject({ state: 'confirmed', confirmedOn: todayIso(), followupDueOn: addDays(todayIso(), 10) });
    const deliveries = await deliveriesIn(t);
    expect(deliveries.map((d) => d.targetId).sort()).toEqual([s.embassy.id, s.ministry.id].sort());
    expect(deliveries.every((d) => d.mode === 'server' && d.supporterHash === confirmed.supporterHash)).toBe(true);
    expect(await letterCount(t, s.campaign)).toBe(1);
    expect((await visitor.get('/en/campaigns/free-yana')).body).toContain('1 letter sent');

    // A second click changes nothing.
    await visitor.get(link);
    expect((await visitor.post('/en/campaigns/free-yana/write/confirm', { token })).body).toContain('Already done');
    expect(await deliveriesIn(t)).toHaveLength(2);
    expect(await letterCount(t, s.campaign)).toBe(1);
  });

  it('mailto: one link per target with the words filled in, counted only after "I have sent it"', async () => {
    const { res } = await writeLetter(visitor, { mode: 'mailto', targets: [s.embassy.id, s.ministry.id] });
    expect(res.statusCode).toBe(303);
    const location = res.headers.location!;
    expect(location).toMatch(/^\/en\/campaigns\/free-yana\/write\/mailto\?token=[\w-]{20,}$/);
    const [letter] = await lettersIn(t);
    expect(letter).toMatchObject({ mode: 'mailto', state: 'unconfirmed', edited: false, simhash: null });

    const page = await visitor.get(location);
    expect(page.statusCode).toBe(200);
    const links = [...page.body.matchAll(/href="(mailto:[^"]+)"/g)].map((m) => new URL(m[1].replace(/&amp;/g, '&')));
    expect(links.map((l) => l.pathname).sort()).toEqual(['embassy@example.invalid', 'ministry@example.invalid']);
    const toEmbassy = links.find((l) => l.pathname === 'embassy@example.invalid')!;
    expect(toEmbassy.searchParams.get('subject')).toBe('Free Yana Arabeika now');
    expect(toEmbassy.searchParams.get('body')).toBe('Dear Ambassador,\r\n\r\nplease act for the release of Yana Arabeika.\r\n\r\nYours sincerely,\r\nAnna Nowak');
    expect(toEmbassy.searchParams.get('bcc')).toBe(COPY_TO); // the campaign's copy mode is bcc (the default)
    // No salutation of its own: the name.
    expect(links.find((l) => l.pathname === 'ministry@example.invalid')!.searchParams.get('body')).toMatch(/^Ministry of Foreign Affairs,/);
    expect(page.body).toContain('Dear Ambassador,'); // the words shown for copying too

    // Nothing is counted, sent or e-mailed before "I have sent it".
    expect(await letterCount(t, s.campaign)).toBe(0);
    expect(await deliveriesIn(t)).toHaveLength(0);
    await t.drain();
    expect(await t.outbox()).toHaveLength(0);

    const token = new URL(location, 'http://x').searchParams.get('token')!;
    const csrf = visitor.csrf();
    const sent = await visitor.post('/en/campaigns/free-yana/write/mailto', { token });
    expect(sent.body).toContain('your letter counts');
    expect(await letterCount(t, s.campaign)).toBe(1);
    const deliveries = await deliveriesIn(t);
    expect(deliveries.map((d) => [d.mode, d.state])).toEqual([['mailto', 'sent'], ['mailto', 'sent']]);
    const [after] = await lettersIn(t);
    // Sent from the supporter's own program: the words are no longer kept here; the address waits for the follow-up.
    expect(after).toMatchObject({ state: 'confirmed', subjectEnc: null, bodyEnc: null, followupDueOn: addDays(todayIso(), 10) });
    expect(after.emailEnc).not.toBeNull();

    // Pressed twice, or the page opened again: counted once.
    expect((await visitor.post('/en/campaigns/free-yana/write/mailto', { token }, { csrf })).body).toContain('Already done');
    expect((await visitor.get(location)).body).toContain('Already done');
    expect(await letterCount(t, s.campaign)).toBe(1);
  });

  it('each private page opens only with its own token', async () => {
    const { res } = await writeLetter(visitor, { mode: 'mailto', email: 'm@example.org' });
    const mailtoToken = new URL(res.headers.location!, 'http://x').searchParams.get('token')!;
    await writeLetter(visitor, { mode: 'server', email: 's@example.org' });
    await t.drain();
    const confirmToken = new URL(linkIn((await t.outbox())[0].text, '/en/campaigns/free-yana/write/confirm'), 'http://x').searchParams.get('token')!;
    expect((await visitor.get('/en/campaigns/free-yana/write/mailto')).statusCode).toBe(404);
    expect((await visitor.get(`/en/campaigns/free-yana/write/mailto?token=${'a'.repeat(43)}`)).statusCode).toBe(404);
    expect((await visitor.get(`/en/campaigns/free-yana/write/mailto?token=${confirmToken}`)).statusCode).toBe(404);
    await visitor.get('/en/campaigns/free-yana/write/confirm?token=x'.replace('x', mailtoToken));
    expect((await visitor.post('/en/campaigns/free-yana/write/confirm', { token: mailtoToken })).statusCode).toBe(404);
    expect((await lettersIn(t)).map((l) => l.state)).toEqual(['unconfirmed', 'unconfirmed']);
  });

  it('the same form sent twice stores one letter, sends one e-mail and spends one budget', async () => {
    const { form } = await writeLetter(visitor, {});
    await visitor.get('/en/campaigns/free-yana/write');
    const again = await visitor.post('/en/campaigns/free-yana/write', form);
    expect(again.headers.location).toBe('/en/campaigns/free-yana/write/sent');
    expect(await lettersIn(t)).toHaveLength(1);
    await t.drain();
    expect(await t.outbox()).toHaveLength(1);
    const { rows } = (await t.deps.database.db.execute(`select key, count from rate_counters where key like 'campaign-%'` as never)) as unknown as { rows: { key: string; count: number }[] };
    expect(rows.map((r) => Number(r.count))).toEqual([1, 1]);
  });
});
