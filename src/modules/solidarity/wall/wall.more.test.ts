import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { buildWallEntry, putPictures, restoreDemoFiles, seedWallDemo } from './wall.builders.ts';
import { phoneJpeg, pixelBombPng, TINY_PDF, TINY_SVG } from './wall.fixtures.ts';
import { wallDaily } from './wall.maintenance.ts';
import { WALL_PAGE_SIZE } from './wall.model.ts';
import { wallEntries } from './wall.tables.ts';

describe.each(TEST_DB_KINDS)('the wall: refusals, pages, moderation and clean-up on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  const rows = () => db().select().from(wallEntries);
  const filesDir = () => path.join(t.deps.config.dataDir, 'files', 'wall');
  const storedFiles = () => (fs.existsSync(filesDir()) ? fs.readdirSync(filesDir()) : []);

  beforeEach(async () => {
    t = await startTestApp(kind);
  });
  afterEach(() => t.close());

  async function post(c: TestClient, lang: string, data: Buffer, extra: Record<string, string> = {}, name = 'photo.jpg') {
    const page = await c.get(`/${lang}/wall/new`);
    const submissionId = page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1];
    const form = { submissionId, name: 'Jonas', statement: 'Wir denken an dich.', email: 'jonas@example.org', consent: 'on', ...extra };
    return c.postFile(`/${lang}/wall/new`, form, { field: 'photo', name, type: 'application/octet-stream', data });
  }

  it('refuses what cannot be re-encoded, too many pixels and too many bytes, with a message in the page language, and stores nothing', async () => {
    const c = new TestClient(t.app);
    const cases: [Buffer, string, string][] = [
      [TINY_SVG, 'me.svg', 'Diese Datei können wir nicht als Bild lesen (SVG, PDF'],
      [TINY_PDF, 'me.pdf', 'Diese Datei können wir nicht als Bild lesen'],
      [Buffer.from('just some words, not a picture'), 'me.txt', 'Diese Datei können wir nicht als Bild lesen'],
      [(await phoneJpeg()).subarray(0, 600), 'broken.jpg', 'Diese Datei können wir nicht als Bild lesen'],
      [pixelBombPng(), 'bomb.png', 'Das Bild hat mehr als 50 Megapixel'],
      [Buffer.alloc(8 * 1024 * 1024 + 10, 0xff), 'huge.jpg', 'Die Datei ist größer als 8 MB'],
      [Buffer.alloc(0), '', 'Bitte wählen Sie eine Fotodatei'],
    ];
    for (const [data, name, message] of cases) {
      const res = await post(c, 'de', data, {}, name);
      expect(res.statusCode, name).toBe(400);
      expect(res.body, name).toContain(message);
      expect(res.body).toContain('aria-invalid="true"');
      // What was typed comes back; the file must be chosen again.
      expect(res.body).toContain('Wir denken an dich.');
    }
    expect(await rows()).toHaveLength(0);
    expect(storedFiles()).toHaveLength(0);
    await t.drain();
    expect(await t.outbox()).toHaveLength(0);
  });

  it('asks for consent, a name, a short statement and a person that exists, and stores nothing until then', async () => {
    const c = new TestClient(t.app);
    const data = await phoneJpeg();
    const cases: [Record<string, string>, string][] = [
      [{ consent: '' }, 'Without your consent we cannot show your photo.'],
      [{ name: ' ' }, 'Enter a name or a pseudonym.'],
      [{ statement: 'x'.repeat(281) }, 'The message is too long.'],
      [{ email: 'not-an-address' }, 'Enter an e-mail address like name@example.org.'],
      [{ person: 'nobody-of-that-name' }, 'We found nobody at this address in the registry.'],
    ];
    for (const [extra, message] of cases) {
      const res = await post(c, 'en', data, extra);
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
      expect(res.body).toContain(message);
      expect(res.body).toContain('Please choose your photo again');
    }
    expect(await rows()).toHaveLength(0);
    expect(storedFiles()).toHaveLength(0);
    // A person's page address works as well as its last part.
    await savePerson(db(), { nameLatin: 'Yana Arabeika', status: 'current', country: 'BY' }, { importLabel: 'test' });
    expect((await post(c, 'en', data, { person: 'https://example.org/en/people/yana-arabeika' })).statusCode).toBe(303);
    const [entry] = await rows();
    expect(entry.personId).not.toBeNull();
  });

  it('sends a few confirmation e-mails per address an hour, then says so and stores nothing more', async () => {
    const c = new TestClient(t.app);
    const data = await phoneJpeg();
    for (let i = 0; i < 3; i++) expect((await post(c, 'en', data)).statusCode).toBe(303);
    const refused = await post(c, 'en', data);
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('Too many confirmation e-mails');
    expect(await rows()).toHaveLength(3);
    expect(storedFiles()).toHaveLength(6);
    expect((await post(c, 'en', data, { email: 'someone.else@example.org' })).statusCode).toBe(303);
  });

  it('pages through the approved entries newest first, each exactly once, and a person wall shows only theirs', async () => {
    const { person } = await savePerson(db(), { nameLatin: 'Yana Arabeika', status: 'current', country: 'BY' }, { importLabel: 'test' });
    const files = await putPictures(t.deps.blobs, 'shared');
    const total = WALL_PAGE_SIZE + 6;
    for (let i = 0; i < total; i++) {
      const day = new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 3))).toISOString().slice(0, 10);
      await buildWallEntry(db(), t.deps.blobs, { files, name: `Supporter ${String(i).padStart(2, '0')}`, approvedOn: day, personId: i % 10 === 0 ? person.id : null });
    }
    await buildWallEntry(db(), t.deps.blobs, { files, name: 'Waiting Person', state: 'pending' });
    const c = new TestClient(t.app);
    const names = (html: string) => [...html.matchAll(/<p class="person-name">([^<]+)<\/p>/g)].map((m) => m[1]);
    const first = await c.get('/en/wall');
    const firstNames = names(first.body);
    expect(firstNames).toHaveLength(WALL_PAGE_SIZE);
    // Newest approval date first: the last three built share the newest day.
    expect(firstNames.slice(0, 3).sort()).toEqual(['Supporter 27', 'Supporter 28', 'Supporter 29']);
    const next = first.body.match(/href="(\/en\/wall\?after=[^"]+)" rel="next"/)![1];
    const second = await c.get(next.replace(/&amp;/g, '&'));
    const secondNames = names(second.body);
    expect(secondNames).toHaveLength(6);
    expect(second.body).not.toContain('rel="next"');
    expect(second.body).toContain('Newest entries');
    expect(new Set([...firstNames, ...secondNames]).size).toBe(total);
    expect([...firstNames, ...secondNames]).not.toContain('Waiting Person');

    const personWall = names((await c.get('/en/people/yana-arabeika/wall')).body);
    expect(personWall.sort()).toEqual(['Supporter 00', 'Supporter 10', 'Supporter 20']);
    expect((await c.get('/en/people/nobody-here/wall')).statusCode).toBe(404);
    expect((await c.get('/en/wall?after=garbage')).statusCode).toBe(200);
    expect((await c.get('/ru/people/yana-arabeika')).body).toContain('3 человека показали своё лицо');
  });

  it('deletes a rejected entry with its files; the moderation page is for moderators only', async () => {
    const entry = await buildWallEntry(db(), t.deps.blobs, { state: 'pending', name: 'To Reject' });
    const supporter = await signInStaff(t, 'supporter@example.org', []);
    expect((await supporter.get('/en/wall/moderation')).statusCode).toBe(404);
    await supporter.get('/en/wall');
    expect((await supporter.post(`/en/wall/moderation/${entry.id}`, { decision: 'reject' })).statusCode).toBe(404);
    expect(await rows()).toHaveLength(1);

    const moderator = await signInStaff(t, 'mod@example.org', ['moderator']);
    await moderator.get('/en/wall/moderation');
    expect((await moderator.post(`/en/wall/moderation/${entry.id}`, { decision: 'reject' })).headers.location).toBe('/en/wall/moderation?done=rejected');
    expect(await rows()).toHaveLength(0);
    expect(await t.deps.blobs.get(entry.files.photoKey)).toBeNull();
    expect(await t.deps.blobs.get(entry.files.thumbKey)).toBeNull();
    const page = await moderator.get('/en/wall/moderation?done=rejected');
    expect(page.body).toContain('The entry and its photo are deleted.');
    expect(page.body).toContain('No entries are waiting.');
  });

  it('daily: deletes unconfirmed entries whose link ran out, with their files, and nothing else; twice is the same as once', async () => {
    const expired = await buildWallEntry(db(), t.deps.blobs, { state: 'unconfirmed', name: 'Too Late' });
    await db().update(wallEntries).set({ confirmExpiresAt: new Date(Date.now() - 1000) }).where(eq(wallEntries.id, expired.id));
    const fresh = await buildWallEntry(db(), t.deps.blobs, { state: 'unconfirmed', name: 'In Time' });
    const approved = await buildWallEntry(db(), t.deps.blobs, { name: 'On The Wall' });
    await wallDaily(t.deps, new Date());
    await wallDaily(t.deps, new Date());
    expect((await rows()).map((r) => r.name).sort()).toEqual(['In Time', 'On The Wall']);
    expect(await t.deps.blobs.get(expired.files.photoKey)).toBeNull();
    expect(await t.deps.blobs.get(expired.files.thumbKey)).toBeNull();
    for (const e of [fresh, approved]) expect(await t.deps.blobs.get(e.files.thumbKey)).not.toBeNull();
  });

  it('demo: invented supporters with generated pictures, made once the blob store is at hand', async () => {
    await savePerson(db(), { nameLatin: 'Yana Arabeika', status: 'current', country: 'BY' }, { importLabel: 'test' });
    await seedWallDemo(db(), t.deps.keys);
    const demo = await rows();
    expect(demo.length).toBeGreaterThanOrEqual(6);
    expect(demo.every((e) => e.state === 'approved' && e.emailEnc === null && e.personId !== null)).toBe(true);
    // The seed has no blob store: the daily work (run at start-up) makes the missing pictures.
    expect(await t.deps.blobs.get(demo[0].thumbKey)).toBeNull();
    await wallDaily(t.deps, new Date());
    const c = new TestClient(t.app);
    const wall = await c.get('/en/wall');
    for (const e of demo) expect(wall.body).toContain(e.name);
    const thumb = await t.app.inject({ method: 'GET', url: `/media/wall/${demo[0].id}/${demo[0].thumbKey.slice(5)}` });
    expect(thumb.statusCode).toBe(200);
    expect(thumb.rawPayload.length).toBeGreaterThan(500);
    // Running it again changes nothing.
    const before = (await t.deps.blobs.get(demo[0].photoKey))!;
    await restoreDemoFiles(t.deps);
    expect((await t.deps.blobs.get(demo[0].photoKey))!.equals(before)).toBe(true);
  });
});
