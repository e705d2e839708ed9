import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { savePerson } from '../registry.service.ts';
import { people, recordHistory } from '../registry.tables.ts';

/** A JPEG as a phone writes it, with the owner's name and a GPS position in its EXIF. */
const phoneJpeg = (colour: string) =>
  sharp({ create: { width: 90, height: 60, channels: 3, background: colour } })
    .jpeg()
    .withExif({ IFD0: { Artist: 'Secret Owner Name' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 54/1 0/1' } })
    .toBuffer();

const jpeg = (data: Buffer, name = 'photo.jpg') => ({ field: 'photo', name, type: 'image/jpeg', data });
const photoPath = (html: string) => html.match(/<img class="person-photo" src="(\/media\/photos\/[0-9a-f-]+\.jpg)"/)?.[1];

describe.each(TEST_DB_KINDS)('person photos on %s', (kind) => {
  let t: TestApp;
  const filesDir = () => path.join(t.deps.config.dataDir, 'files', 'photos');
  const stored = () => (fs.existsSync(filesDir()) ? fs.readdirSync(filesDir()) : []);
  const photoOf = async () => (await t.deps.database.db.select({ photo: people.photo }).from(people).where(eq(people.slug, 'yana-arabeika')))[0].photo;

  beforeEach(async () => {
    t = await startTestApp(kind);
    await savePerson(t.deps.database.db, { nameLatin: 'Yana Arabeika', status: 'current', country: 'BY' }, { importLabel: 'test' });
  });
  afterEach(() => t.close());

  async function coordinatorOnEditPage() {
    const c = await signInStaff(t, 'coord@example.org', ['coordinator']);
    const edit = await c.get('/en/registry/people/yana-arabeika/edit');
    expect(edit.body).toContain('enctype="multipart/form-data"');
    return c;
  }

  it('stores an uploaded photo re-encoded without its metadata, shows and serves it, and records it in the history', async () => {
    const c = await coordinatorOnEditPage();
    const res = await c.postFile('/en/registry/people/yana-arabeika/photo', {}, jpeg(await phoneJpeg('#3a6')));
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/people/yana-arabeika');

    const page = await new TestClient(t.app).get('/en/people/yana-arabeika');
    const src = photoPath(page.body)!;
    expect(src).toBeDefined();
    expect(page.body).toContain('alt="Photo of Yana Arabeika"');
    const served = await t.app.inject({ method: 'GET', url: src });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.rawPayload.includes('Secret Owner Name')).toBe(false);
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 90, height: 60 });
    expect(meta.exif).toBeUndefined();
    // What is on disk is the re-encoded file, nothing else.
    expect(stored()).toHaveLength(1);
    expect(fs.readFileSync(path.join(filesDir(), stored()[0])).equals(served.rawPayload)).toBe(true);

    const api = (await t.app.inject({ method: 'GET', url: '/api/v1/people/yana-arabeika' })).json();
    expect(api.photo).toEqual({ url: src, width: 90, height: 60 });
    const history = await t.deps.database.db.select().from(recordHistory);
    expect(history.some((h) => h.event === 'updated' && 'photo' in h.changes && h.actorId)).toBe(true);
  });

  it('replaces and removes a photo; the old file is deleted and no longer served', async () => {
    const c = await coordinatorOnEditPage();
    await c.postFile('/en/registry/people/yana-arabeika/photo', {}, jpeg(await phoneJpeg('#3a6')));
    const first = photoPath((await c.get('/en/people/yana-arabeika')).body)!;
    await c.get('/en/registry/people/yana-arabeika/edit');
    await c.postFile('/en/registry/people/yana-arabeika/photo', {}, jpeg(await phoneJpeg('#a36')));
    const second = photoPath((await c.get('/en/people/yana-arabeika')).body)!;
    expect(second).not.toBe(first);
    expect((await t.app.inject({ method: 'GET', url: first })).statusCode).toBe(404);
    expect(stored()).toHaveLength(1);

    await c.get('/en/registry/people/yana-arabeika/edit');
    expect((await c.post('/en/registry/people/yana-arabeika/photo/remove', {})).statusCode).toBe(303);
    expect(photoPath((await c.get('/en/people/yana-arabeika')).body)).toBeUndefined();
    expect((await t.app.inject({ method: 'GET', url: second })).statusCode).toBe(404);
    expect(stored()).toHaveLength(0);
    expect(await photoOf()).toBeNull();
  });

  it('refuses what is not a usable photo with a message in the page language, and changes nothing', async () => {
    const c = await signInStaff(t, 'coord@example.org', ['coordinator']);
    const cases: [Buffer, string, string][] = [
      [Buffer.from('just some text'), 'notes.txt', 'Diese Datei können wir nicht als Bild lesen'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'x.svg', 'Diese Datei können wir nicht als Bild lesen'],
      [Buffer.alloc(0), '', 'Bitte wählen Sie eine Fotodatei'],
      [Buffer.alloc(8 * 1024 * 1024 + 10, 0xff), 'huge.jpg', 'Die Datei ist größer als 8 MB'],
    ];
    for (const [data, name, message] of cases) {
      await c.get('/de/registry/people/yana-arabeika/edit');
      const res = await c.postFile('/de/registry/people/yana-arabeika/photo', {}, { field: 'photo', name, type: 'application/octet-stream', data });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(message);
      expect(res.body).toContain('aria-invalid="true"');
    }
    expect(await photoOf()).toBeNull();
    expect(stored()).toHaveLength(0);
  });

  it('lets only coordinators upload, and only with the form token', async () => {
    const data = await phoneJpeg('#3a6');
    const supporter = await signInStaff(t, 'translator@example.org', ['translator']);
    await supporter.get('/en/people/yana-arabeika/report');
    expect((await supporter.postFile('/en/registry/people/yana-arabeika/photo', {}, jpeg(data))).statusCode).toBe(404);
    const anonymous = new TestClient(t.app);
    await anonymous.get('/en/people/yana-arabeika/report');
    const anon = await anonymous.postFile('/en/registry/people/yana-arabeika/photo', {}, jpeg(data));
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toMatch(/\/en\/login/);
    const c = await coordinatorOnEditPage();
    expect((await c.postFile('/en/registry/people/yana-arabeika/photo', {}, jpeg(data), { csrf: 'forged' })).statusCode).toBe(403);
    expect(await photoOf()).toBeNull();
    expect(stored()).toHaveLength(0);
    expect((await t.app.inject({ method: 'GET', url: '/media/photos/../secret.key' })).statusCode).toBe(404);
  });
});
