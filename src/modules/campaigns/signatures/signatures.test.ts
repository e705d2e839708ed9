import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { campaigns } from '../core/campaigns.tables.ts';
import { signaturesMaintenance } from './signatures.maintenance.ts';
import { confirmByMail, consentEn, openLetter, PARTNERS, partnerFields, sign } from './signatures.fixtures.ts';
import { partnerConsents, signatures } from './signatures.tables.ts';

const EMAIL_INVALID = 'Enter an e-mail address like name@example.org.';
const TODAY = new Date().toISOString().slice(0, 10);

describe.each(TEST_DB_KINDS)('signing an open letter on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  const rows = () => db().select().from(signatures);
  const count = async () => (await db().select({ n: campaigns.signatureCount }).from(campaigns).where(eq(campaigns.slug, 'letter-for-all')))[0].n;

  beforeEach(async () => {
    t = await startTestApp(kind);
    await openLetter(t);
  });
  afterEach(() => t.close());

  it('stores each visibility as promised, shows only public names, and counts each once after confirmation', async () => {
    const c = new TestClient(t.app);
    const form = await c.get('/en/campaigns/letter-for-all/sign');
    expect(form.body).toContain('Only the campaign\'s coordinators can see your name');
    expect(form.body).toContain('We do not store your name at all');
    // One unticked box per partner, with the words that are stored.
    expect(partnerFields(form.body)).toHaveLength(2);
    expect(form.body).not.toMatch(/type="checkbox"[^>]*checked/);
    for (const p of PARTNERS) expect(form.body).toContain(consentEn(p));

    for (const [visibility, name, email] of [
      ['public', 'Petra Public', 'petra@example.org'],
      ['non_public', 'Nina Nonpublic', 'nina@example.org'],
      ['secret', 'Sergei Secretov', 'sergei@example.org'],
    ]) {
      const res = await sign(c, 'letter-for-all', { name, email, place: 'Vilnius', visibility });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/en/campaigns/letter-for-all/sign/sent');
    }
    const stored = await rows();
    const by = (v: string) => stored.find((r) => r.visibility === v)!;
    expect(by('public')).toMatchObject({ state: 'unconfirmed', name: 'Petra Public', nameEnc: null, place: 'Vilnius', locale: 'en', createdOn: TODAY });
    expect(t.deps.keys.decrypt(by('public').emailEnc!)).toBe('petra@example.org');
    expect(by('non_public')).toMatchObject({ name: null, place: 'Vilnius' });
    expect(t.deps.keys.decrypt(by('non_public').nameEnc!)).toBe('Nina Nonpublic');
    // Secret: no name in any form, no place, no address; only the keyed hash of campaign and address.
    const campaignId = by('secret').campaignId;
    expect(by('secret')).toMatchObject({ name: null, nameEnc: null, place: null, emailEnc: null, dedupeHash: t.deps.keys.lookupHash(`${campaignId}:sergei@example.org`) });
    expect(await count()).toBe(0);

    // The e-mails carry the link only: no name, no campaign words.
    await t.drain();
    for (const m of await t.outbox()) {
      expect(m.subject).toBe('Please confirm your signature');
      for (const secret of ['Petra', 'Nina', 'Sergei', 'Secretov', 'open letter for all']) expect(m.text).not.toContain(secret);
    }

    for (const email of ['petra@example.org', 'nina@example.org', 'sergei@example.org']) {
      const { res } = await confirmByMail(t, c, email);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('Your signature is confirmed and counted.');
    }
    expect(await count()).toBe(3);
    // Nobody agreed to a partner: every address is gone with the confirmation.
    expect((await rows()).every((r) => r.state === 'confirmed' && r.confirmedOn === TODAY && r.emailEnc === null)).toBe(true);

    // A second click on a link counts nothing more.
    const { res: again } = await confirmByMail(t, c, 'petra@example.org');
    expect(again.body).toContain('it is counted once');
    expect(await count()).toBe(3);

    const page = await new TestClient(t.app).get('/en/campaigns/letter-for-all');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('3 signatures');
    expect(page.body).toContain('Petra Public');
    for (const hidden of ['Nina', 'Sergei', 'Secretov']) expect(page.body).not.toContain(hidden);

    const coordinator = await signInStaff(t, 'coord@example.org', ['coordinator']);
    const signers = await coordinator.get('/en/campaigns/letter-for-all/signers');
    expect(signers.statusCode).toBe(200);
    expect(signers.body).toContain('1 public');
    expect(signers.body).toContain('1 not public');
    expect(signers.body).toContain('1 secret');
    expect(signers.body).toContain('Petra Public');
    expect(signers.body).toContain('Nina Nonpublic');
    expect(signers.body).not.toContain('Sergei');
  });

  it('records the words, the choice and the date for every partner shown, and keeps the address only for a consent', async () => {
    const c = new TestClient(t.app);
    const form = await c.get('/en/campaigns/letter-for-all/sign');
    const [amber, birch] = partnerFields(form.body);
    await sign(c, 'letter-for-all', { name: 'Olga Consent', email: 'olga@example.org', visibility: 'public', [amber]: 'on' });
    // In German the words shown (and stored) are German.
    await sign(c, 'letter-for-all', { name: 'Dieter Keins', email: 'dieter@example.org', visibility: 'non_public' }, 'de');
    const all = await rows();
    const olga = all.find((r) => r.name === 'Olga Consent')!;
    const dieter = all.find((r) => r.visibility === 'non_public')!;
    const consents = await db().select().from(partnerConsents);
    const of = (s: { id: string }, field: string) => consents.find((x) => x.signatureId === s.id && `partner-${x.partnerId}` === field)!;
    expect(of(olga, amber)).toMatchObject({ agreed: true, consentText: consentEn('Amber Coalition'), decidedOn: TODAY });
    expect(of(olga, birch)).toMatchObject({ agreed: false, consentText: consentEn('Birch Foundation'), decidedOn: TODAY });
    expect(of(dieter, amber)).toMatchObject({ agreed: false });
    expect(of(dieter, amber).consentText).toBe('Amber Coalition darf mich per E-Mail zu dieser Kampagne und ihrer Arbeit für politische Gefangene kontaktieren.');
    expect(dieter.locale).toBe('de');

    await confirmByMail(t, c, 'olga@example.org');
    await t.drain();
    const link = (await t.outbox()).find((m) => m.to === 'dieter@example.org')!.text.match(/\/de\/campaigns\/\S+/)![0];
    await c.get(link);
    await c.post(link.split('?')[0], { token: new URL(link, 'http://x').searchParams.get('token')! });
    const after = await rows();
    expect(t.deps.keys.decrypt(after.find((r) => r.id === olga.id)!.emailEnc!)).toBe('olga@example.org');
    expect(after.find((r) => r.id === dieter.id)).toMatchObject({ state: 'confirmed', emailEnc: null });
  });

  it('refuses a secret signature with a partner ticked, stores nothing, and says why', async () => {
    const c = new TestClient(t.app);
    const form = await c.get('/en/campaigns/letter-for-all/sign');
    const [amber] = partnerFields(form.body);
    expect(form.body).toContain('If you sign secretly you cannot tick any');
    const res = await sign(c, 'letter-for-all', { name: 'Sly Secret', email: 'sly@example.org', visibility: 'secret', [amber]: 'on' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('A secret signature cannot be shared with partners');
    expect(await rows()).toHaveLength(0);
    await t.drain();
    expect(await t.outbox()).toHaveLength(0);
  });

  it('answers bad input with the form, its messages, status 400, and nothing stored', async () => {
    const c = new TestClient(t.app);
    for (const [fields, message] of [
      [{ name: '', email: 'a@example.org', visibility: 'public' }, 'Please enter your name.'],
      [{ name: 'A', email: 'not-an-address', visibility: 'public' }, EMAIL_INVALID],
      [{ name: 'A', email: 'a@example.org' }, 'Please choose who may see your name.'],
      [{ name: 'A', email: 'a@example.org', visibility: 'everyone' }, 'Please choose who may see your name.'],
      [{ name: 'x'.repeat(121), email: 'a@example.org', visibility: 'public' }, 'The name is too long.'],
    ] as const) {
      const res = await sign(c, 'letter-for-all', fields);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(message);
    }
    expect(await rows()).toHaveLength(0);
    expect(await count()).toBe(0);
  });

  it('stores one signature for one address: a repeat gets the same answer, is not counted, and is not mailed again once confirmed', async () => {
    const c = new TestClient(t.app);
    await sign(c, 'letter-for-all', { name: 'Rita Repeat', email: 'rita@example.org', visibility: 'secret' });
    // Before confirming, a new attempt replaces the old one (a lost e-mail): still one row.
    await sign(c, 'letter-for-all', { name: 'Rita Repeat', email: 'RITA@example.org ', visibility: 'secret' });
    expect(await rows()).toHaveLength(1);
    expect((await confirmByMail(t, c, 'rita@example.org')).res.statusCode).toBe(200);
    const ritaMails = async () => (await t.outbox()).filter((m) => m.to === 'rita@example.org').length;
    expect(await ritaMails()).toBe(2);
    const repeat = await sign(c, 'letter-for-all', { name: 'Rita Again', email: 'rita@example.org', visibility: 'public' });
    const fresh = await sign(c, 'letter-for-all', { name: 'New Person', email: 'new@example.org', visibility: 'public' });
    expect([repeat.statusCode, repeat.headers.location]).toEqual([fresh.statusCode, fresh.headers.location]);
    await t.drain();
    expect(await ritaMails()).toBe(2);
    expect(await count()).toBe(1);
    expect((await rows()).filter((r) => r.name === 'Rita Again')).toHaveLength(0);
  });

  it('takes no signature after the deadline or once closed, and deletes unconfirmed ones after 48 hours', async () => {
    await openLetter(t, { slug: 'late-petition', kind: 'petition', goal: 100, deadline: '2020-01-31', partners: [] });
    const c = new TestClient(t.app);
    const page = await c.get('/en/campaigns/late-petition/sign');
    expect(page.body).toContain('The deadline has passed');
    expect(page.body).not.toContain('name="submissionId"');
    // The closed page has no form: the token comes from an open one (a crafted post after the deadline).
    await c.get('/en/campaigns/letter-for-all/sign');
    const res = await c.post('/en/campaigns/late-petition/sign', { name: 'Late', email: 'late@example.org', visibility: 'public', submissionId: crypto.randomUUID() });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('The deadline has passed');
    expect((await new TestClient(t.app).get('/en/campaigns/late-petition')).body).toContain('Signing closed on');
    expect(await rows()).toHaveLength(0);
    await db().update(campaigns).set({ state: 'closed' }).where(eq(campaigns.slug, 'late-petition'));
    expect((await c.get('/en/campaigns/late-petition/sign')).body).toContain('This campaign is closed');

    await sign(c, 'letter-for-all', { name: 'Slow', email: 'slow@example.org', visibility: 'public' });
    await signaturesMaintenance(t.deps, new Date(Date.now() + 47 * 3_600_000));
    expect(await rows()).toHaveLength(1);
    await signaturesMaintenance(t.deps, new Date(Date.now() + 49 * 3_600_000));
    await signaturesMaintenance(t.deps, new Date(Date.now() + 49 * 3_600_000));
    expect(await rows()).toHaveLength(0);
    expect(await count()).toBe(0);
  });
});
