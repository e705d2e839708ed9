import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../tests/support/databases.ts';
import { TestClient } from '../../../tests/support/client.ts';
import { signInStaff } from '../../../tests/support/staff.ts';
import { phoneJpeg, pixelBombPng, PLANTED, TINY_PDF, TINY_SVG } from '../solidarity/wall/wall.fixtures.ts';
import { buildEvent } from './events.builders.ts';
import { eventPhotos } from './events.tables.ts';

/** Every way a file can still carry who took it, where and with what (as the wall's tests check). */
function expectNoMetadata(data: Buffer, meta: Metadata) {
  expect(meta.format).toBe('jpeg');
  for (const field of ['exif', 'xmp', 'iptc', 'icc', 'comments'] as const) expect(meta[field], field).toBeUndefined();
  for (const text of ['Exif', 'GPS', 'xmp', 'XMP', 'ICC_PROFILE', 'Photoshop', PLANTED.artist, PLANTED.comment, PLANTED.xmp, PLANTED.iptc, 'PhoneMaker']) {
    expect(data.includes(text), text).toBe(false);
  }
}

describe.each(TEST_DB_KINDS)('report photos on %s', (kind) => {
  let t: TestApp;
  let coordinator: TestClient;
  const db = () => t.deps.database.db;
  const rows = () => db().select().from(eventPhotos);
  const filesDir = () => path.join(t.deps.config.dataDir, 'files', 'events');
  const storedFiles = () => (fs.existsSync(filesDir()) ? fs.readdirSync(filesDir()).filter((f) => !f.endsWith('.tmp')) : []);
  const media = (id: string, key: string) => `/media/events/${id}/${key.slice('events/'.length)}`;

  beforeEach(async () => {
    t = await startTestApp(kind);
    coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
  });
  afterEach(() => t.close());

  async function upload(slug: string, data: Buffer, name = 'IMG_0001.jpg', type = 'image/jpeg', caption = 'Candles at the gate') {
    await coordinator.get(`/en/events/manage/${slug}/photos`);
    return coordinator.postFile(`/en/events/manage/${slug}/photos`, { caption }, { field: 'photo', name, type, data });
  }

  it('stores only a re-encoded, upright photo and thumbnail without any metadata, shows them in the report and deletes them with their files', async () => {
    await buildEvent(db(), { slug: 'marathon', startsAt: new Date(Date.now() - 5 * 86_400_000), texts: [{ lang: 'en', title: 'Postcard marathon', description: 'd', report: '214 postcards written.' }] });
    const input = await phoneJpeg({ width: 120, height: 80, orientation: 6 });
    for (const text of ['GPS', PLANTED.artist, PLANTED.comment, PLANTED.iptc]) expect(input.includes(text), text).toBe(true);

    const res = await upload('marathon', input);
    expect(res.headers.location).toBe('/en/events/manage/marathon/photos?done=added');
    const [photo] = await rows();
    expect(photo.caption).toBe('Candles at the gate');
    // Exactly two files, never the original.
    expect(storedFiles().sort()).toEqual([photo.photoKey, photo.thumbKey].map((k) => k.slice('events/'.length)).sort());
    const stored = (await t.deps.blobs.get(photo.photoKey))!;
    expect(stored.equals(input)).toBe(false);
    const meta = await sharp(stored).metadata();
    expectNoMetadata(stored, meta);
    expect([meta.width, meta.height, meta.orientation]).toEqual([80, 120, undefined]);
    const thumb = (await t.deps.blobs.get(photo.thumbKey))!;
    const thumbMeta = await sharp(thumb).metadata();
    expectNoMetadata(thumb, thumbMeta);
    expect([thumbMeta.width, thumbMeta.height]).toEqual([320, 320]);

    // The report shows them; anyone may load them, as served with nothing but pixels.
    const visitor = new TestClient(t.app);
    const page = (await visitor.get('/en/events/marathon')).body;
    expect(page).toContain('214 postcards written.');
    expect(page).toContain(`src="${media(photo.id, photo.thumbKey)}"`);
    expect(page).toContain('alt="Candles at the gate"');
    const served = await visitor.get(media(photo.id, photo.photoKey));
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expectNoMetadata(served.rawPayload, await sharp(served.rawPayload).metadata());
    // A key is served only with its own photo's id.
    expect((await visitor.get(media('00000000-0000-4000-8000-000000000000', photo.photoKey))).statusCode).toBe(404);

    await coordinator.get('/en/events/manage/marathon/photos');
    expect((await coordinator.post(`/en/events/manage/marathon/photos/${photo.id}/delete`, {})).headers.location).toBe('/en/events/manage/marathon/photos?done=deleted');
    expect(await rows()).toHaveLength(0);
    expect(storedFiles()).toHaveLength(0);
    expect((await visitor.get(media(photo.id, photo.photoKey))).statusCode).toBe(404);
    expect((await visitor.get('/en/events/marathon')).body).not.toContain('/media/events/');
  });

  it('refuses SVG, PDF, broken files and pixel bombs with a message, storing nothing', async () => {
    await buildEvent(db(), { slug: 'marathon' });
    const cases: [Buffer, string, string, string][] = [
      [TINY_SVG, 'x.svg', 'image/svg+xml', 'SVG, PDF and other documents are not accepted'],
      [TINY_PDF, 'x.pdf', 'application/pdf', 'SVG, PDF and other documents are not accepted'],
      [Buffer.from('not a picture at all'), 'x.jpg', 'image/jpeg', 'SVG, PDF and other documents are not accepted'],
      [(await phoneJpeg()).subarray(0, 600), 'cut.jpg', 'image/jpeg', 'SVG, PDF and other documents are not accepted'],
      [pixelBombPng(), 'bomb.png', 'image/png', 'more than 50 megapixels'],
    ];
    for (const [data, name, type, message] of cases) {
      const res = await upload('marathon', data, name, type);
      expect(res.statusCode, name).toBe(400);
      expect(res.body, name).toContain(message);
      expect(res.body).toContain('value="Candles at the gate"');
    }
    expect(await rows()).toHaveLength(0);
    expect(storedFiles()).toHaveLength(0);
  });

  it('keeps the photos of a draft to the organisers', async () => {
    await buildEvent(db(), { slug: 'draft-one', state: 'draft' });
    await upload('draft-one', await phoneJpeg());
    const [photo] = await rows();
    expect((await new TestClient(t.app).get(media(photo.id, photo.thumbKey))).statusCode).toBe(404);
    const seen = await coordinator.get(media(photo.id, photo.thumbKey));
    expect(seen.statusCode).toBe(200);
    expect(seen.headers['cache-control']).toBe('private, no-store');
  });
});
