import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../tests/support/databases.ts';
import { linkIn, TestClient } from '../../../tests/support/client.ts';
import { savePerson } from '../registry/registry.service.ts';
import { letterEvents, letters } from './letters.tables.ts';
import { expireUnconfirmedLetters } from './letters.service.ts';

const HARMLESS_RU = 'Дорогой Андрей! У нас выпал первый снег, и мы с дочкой лепили снеговика. Что ты сейчас читаешь? Обнимаю.';
const RISKY_RU = 'Дорогой Андрей! Держись, скоро ты выйдешь на свободу, а этот режим падёт.';
const CANARY = 'Канарейка поёт по утрам';

describe.each(TEST_DB_KINDS)('writing a letter on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  const allLetters = () => db().select().from(letters);

  beforeEach(async () => {
    t = await startTestApp(kind);
    await savePerson(db(), { nameLatin: 'Andrei Ivanou', nameRu: 'Иванов Андрей', status: 'current', country: 'BY', lettersReach: 'yes' }, { importLabel: 'test' });
    await savePerson(db(), { nameLatin: 'Olga Freed', status: 'released', country: 'BY' }, { importLabel: 'test' });
  });
  afterEach(() => t.close());

  async function openForm(c: TestClient, query = 'to=andrei-ivanou') {
    const page = await c.get(`/en/letters/new?${query}`);
    expect(page.statusCode).toBe(200);
    return page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1];
  }

  const form = (submissionId: string, fields: Record<string, string> = {}) => ({
    submissionId, kind: 'letter', text: HARMLESS_RU, email: 'writer@example.org', action: 'send', ...fields,
  });

  it('stores a letter only when confirmed from the e-mail link, which goes to the writer alone and says nothing of the letter', async () => {
    const c = new TestClient(t.app);
    const id = await openForm(c);
    const res = await c.post('/en/letters/new?to=andrei-ivanou', form(id, { wantsReplies: 'on' }));
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/letters/sent');
    const [letter] = await allLetters();
    expect(letter).toMatchObject({ state: 'awaiting_confirmation', language: 'ru', needsTranslation: false, flagged: false, wantsReplies: true });

    await t.drain();
    const mails = await t.outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toBe('writer@example.org');
    expect(mails[0].subject).toBe('Please confirm your message');
    expect(mails[0].text).not.toContain('снег');
    expect(mails[0].text).not.toContain('Andrei');

    // Opening the link changes nothing (mail scanners open links); the button does.
    const link = linkIn(mails[0].text, '/en/letters/confirm');
    expect((await c.get(link)).body).toContain('Confirm and send');
    expect((await allLetters())[0].state).toBe('awaiting_confirmation');
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const confirmed = await c.post('/en/letters/confirm', { token });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('your letter is on its way');
    expect((await allLetters())[0].state).toBe('ready');
    await c.get(link);
    expect((await c.post('/en/letters/confirm', { token })).body).toContain('Already confirmed');

    // A writer's steps are kept by date only, never by time of day.
    const events = await db().select().from(letterEvents);
    expect(events.map((e) => e.toState)).toEqual(['awaiting_confirmation', 'ready']);
    for (const e of events) expect(e.at.toISOString()).toMatch(/T00:00:00\.000Z$/);
  });

  it('shows the safety check on send, stores nothing until the writer sends again, and then flags the letter for a moderator', async () => {
    const c = new TestClient(t.app);
    const id = await openForm(c);
    const first = await c.post('/en/letters/new?to=andrei-ivanou', form(id, { text: RISKY_RU }));
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('<mark');
    expect(first.body).toContain('свободу');
    expect(first.body).toContain('Send as it is');
    expect(first.body).toContain('name="acknowledged" value="on"');
    expect(await allLetters()).toHaveLength(0);

    expect((await c.post('/en/letters/new?to=andrei-ivanou', form(id, { text: RISKY_RU, acknowledged: 'on' }))).statusCode).toBe(303);
    await t.drain();
    const token = new URL(linkIn((await t.outbox())[0].text, '/en/letters/confirm'), 'http://x').searchParams.get('token')!;
    await c.post('/en/letters/confirm', { token });
    const [letter] = await allLetters();
    expect(letter).toMatchObject({ state: 'in_review', flagged: true });
    expect(letter.findings.map((f) => f.code)).toContain('politics');
  });

  it('sends a letter in another language to translation, and the check button only checks', async () => {
    const c = new TestClient(t.app);
    const id = await openForm(c);
    const text = 'Dear Andrei, we had the first snow today and built a snowman. What are you reading? Hugs.';
    const checked = await c.post('/en/letters/new?to=andrei-ivanou', form(id, { text, action: 'check' }));
    expect(checked.body).toContain('a volunteer will translate it');
    expect(await allLetters()).toHaveLength(0);
    await c.post('/en/letters/new?to=andrei-ivanou', form(id, { text }));
    await t.drain();
    const token = new URL(linkIn((await t.outbox())[0].text, '/en/letters/confirm'), 'http://x').searchParams.get('token')!;
    await c.post('/en/letters/confirm', { token });
    expect((await allLetters())[0]).toMatchObject({ state: 'translation', language: 'en', needsTranslation: true });
  });

  it('stores one letter and sends one e-mail when the same form is sent twice', async () => {
    const c = new TestClient(t.app);
    const id = await openForm(c);
    await c.post('/en/letters/new?to=andrei-ivanou', form(id));
    await c.post('/en/letters/new?to=andrei-ivanou', form(id));
    await t.drain();
    expect(await allLetters()).toHaveLength(1);
    expect(await t.outbox()).toHaveLength(1);
  });

  it('answers bad input with a message in the writer language and changes nothing', async () => {
    const c = new TestClient(t.app);
    const id = await openForm(c);
    const empty = await c.post('/en/letters/new?to=andrei-ivanou', form(id, { text: '  ' }));
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Write your letter.');
    const badMail = await c.post('/en/letters/new?to=andrei-ivanou', form(id, { email: 'not-an-address' }));
    expect(badMail.statusCode).toBe(400);
    const long = await c.post('/en/letters/new?to=andrei-ivanou', form(id, { text: 'а'.repeat(6001) }));
    expect(long.body).toContain('at most 6,000 characters');
    const notImage = await c.postFile('/en/letters/new?to=andrei-ivanou', form(id), { field: 'image', name: 'x.jpg', type: 'image/jpeg', data: Buffer.from('not a picture') });
    expect(notImage.statusCode).toBe(400);
    expect(notImage.body).toContain('not an image we can use');
    expect((await c.get('/en/letters/new?to=olga-freed')).statusCode).toBe(400);
    expect((await c.get('/en/letters/new?to=nobody-here')).statusCode).toBe(404);
    const ru = new TestClient(t.app);
    const ruId = (await ru.get('/ru/letters/new?to=andrei-ivanou')).body.match(/name="submissionId" value="([^"]+)"/)![1];
    const ruEmpty = await ru.post('/ru/letters/new?to=andrei-ivanou', form(ruId, { text: '' }));
    expect(ruEmpty.body).not.toContain('Write your letter.');
    expect(await allLetters()).toHaveLength(0);
    await t.drain();
    expect(await t.outbox()).toHaveLength(0);
  });

  it('limits confirmation e-mails per address, and thanks a bot without storing anything', async () => {
    const c = new TestClient(t.app);
    for (let i = 0; i < 5; i++) expect((await c.post('/en/letters/new?to=andrei-ivanou', form(await openForm(c)))).statusCode).toBe(303);
    const sixth = await c.post('/en/letters/new?to=andrei-ivanou', form(await openForm(c)));
    expect(sixth.statusCode).toBe(429);
    expect(sixth.body).toContain('Too many letters were sent from this e-mail address');
    const bot = await c.post('/en/letters/new?to=andrei-ivanou', form(await openForm(c), { email: 'bot@example.org', website: 'http://spam' }));
    expect(bot.statusCode).toBe(303);
    expect(await allLetters()).toHaveLength(5);
  });

  it('keeps the letter, the address and the image unreadable in a database dump and in the file store', async () => {
    const c = new TestClient(t.app);
    const picture = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } }).png().toBuffer();
    const res = await c.postFile('/en/letters/new?to=andrei-ivanou', form(await openForm(c), { text: `${HARMLESS_RU} ${CANARY}`, email: 'canary-writer@example.org', signature: 'Canary Signer' }), { field: 'image', name: 'd.png', type: 'image/png', data: picture });
    expect(res.statusCode).toBe(303);
    const dump = JSON.stringify((await db().execute(sql`SELECT l::text AS row FROM letters l`)) as unknown);
    const jobs = JSON.stringify((await db().execute(sql`SELECT data::text AS row FROM pgboss.job`)) as unknown);
    for (const text of [dump, jobs]) {
      expect(text).not.toContain('Канарейка');
      expect(text).not.toContain('canary-writer');
      expect(text).not.toContain('Canary Signer');
    }
    const [letter] = await allLetters();
    const file = fs.readFileSync(path.join(t.deps.config.dataDir, 'files', letter.imageKey!));
    await expect(sharp(file).metadata()).rejects.toThrow();
    const key = t.deps.keys.unwrapDataKey(letter.keyWrapped!);
    expect((await sharp(key.decryptBytes(file)).metadata()).format).toBe('jpeg');
    expect(key.decrypt(letter.bodyEnc!)).toContain(CANARY);
  });

  it('expires a letter never confirmed: its words, address, key and image are deleted, and the old link says so', async () => {
    const c = new TestClient(t.app);
    const picture = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#36c' } }).png().toBuffer();
    await c.postFile('/en/letters/new?to=andrei-ivanou', form(await openForm(c)), { field: 'image', name: 'd.png', type: 'image/png', data: picture });
    const [before] = await allLetters();
    const file = path.join(t.deps.config.dataDir, 'files', before.imageKey!);
    expect(fs.existsSync(file)).toBe(true);
    expect(await expireUnconfirmedLetters(db(), t.deps.blobs, new Date(Date.now() + 4 * 24 * 3600_000))).toBe(1);
    const [after] = await allLetters();
    expect(after).toMatchObject({ state: 'expired', bodyEnc: null, writerEmailEnc: null, keyWrapped: null, imageKey: null });
    expect(fs.existsSync(file)).toBe(false);
    await t.drain();
    const link = linkIn((await t.outbox())[0].text, '/en/letters/confirm');
    await c.get(link);
    const late = await c.post('/en/letters/confirm', { token: new URL(link, 'http://x').searchParams.get('token')! });
    expect(late.statusCode).toBe(400);
    expect(late.body).toContain('This link has expired');
  });

  it('checks a text through the stateless API without a session or a form token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/letters/check', payload: { text: 'Скоро ты будешь на свободе! Пиши: anna@example.org', lang: 'de' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    const body = res.json();
    expect(body).toMatchObject({ language: 'ru', needsTranslation: false });
    expect(body.findings.map((f: { code: string }) => f.code)).toEqual(['politics', 'link']);
    expect(body.findings[1]).toMatchObject({ excerpt: 'anna@example.org' });
    expect(body.findings[0].message).toBe(t.deps.i18n.t('de', 'letters.check.politics'));
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/letters/check', payload: { text: '' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ error: { code: 'api.bad_request', message: expect.any(String) } });
  });

  it('suggests someone whose letters can reach them, never a released person', async () => {
    const c = new TestClient(t.app);
    for (let i = 0; i < 5; i++) {
      const page = await c.get('/en/letters/needed');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('/en/letters/new?to=andrei-ivanou');
      expect(page.body).not.toContain('olga-freed');
    }
    const person = await c.get('/en/people/andrei-ivanou');
    expect(person.body).toContain('/en/letters/new?to=andrei-ivanou&amp;kind=postcard');
  });
});
