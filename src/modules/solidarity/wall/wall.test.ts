import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { linkIn, TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { wallEntries } from './wall.tables.ts';
import { phoneJpeg, PLANTED } from './wall.fixtures.ts';

const STATEMENT = 'Stay strong, the snowdrops are out in our park already.';
const CONSENT_EN =
  'I agree that my photo, name and message are shown publicly on this website. I can have them deleted at any time with the private link in the confirmation e-mail; unconfirmed entries are deleted after 2 days.';

/** Every way a file can still carry who took it, where and with what. */
function expectNoMetadata(data: Buffer, meta: Metadata) {
  expect(meta.format).toBe('jpeg');
  for (const field of ['exif', 'xmp', 'iptc', 'icc', 'comments'] as const) expect(meta[field], field).toBeUndefined();
  for (const text of ['Exif', 'GPS', 'xmp', 'XMP', 'ICC_PROFILE', 'Photoshop', PLANTED.artist, PLANTED.comment, PLANTED.xmp, PLANTED.iptc, 'PhoneMaker']) {
    expect(data.includes(text), text).toBe(false);
  }
}

describe.each(TEST_DB_KINDS)('showing your face on the wall on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  const rows = () => db().select().from(wallEntries);
  const filesDir = () => path.join(t.deps.config.dataDir, 'files', 'wall');
  const storedFiles = () => (fs.existsSync(filesDir()) ? fs.readdirSync(filesDir()).filter((f) => !f.endsWith('.tmp')) : []);

  beforeEach(async () => {
    t = await startTestApp(kind);
    await savePerson(db(), { nameLatin: 'Yana Arabeika', status: 'current', country: 'BY' }, { importLabel: 'test' });
  });
  afterEach(() => t.close());

  async function openForm(c: TestClient, query = '') {
    const page = await c.get(`/en/wall/new${query}`);
    expect(page.statusCode).toBe(200);
    return page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1];
  }
  const fields = (submissionId: string, extra: Record<string, string> = {}) => ({
    submissionId, name: 'Anna K.', statement: STATEMENT, person: 'yana-arabeika', email: 'anna@example.org', consent: 'on', ...extra,
  });
  const photo = (data: Buffer, name = 'me.jpg', type = 'image/jpeg') => ({ field: 'photo', name, type, data });

  async function submit(c: TestClient, extra: Record<string, string> = {}, data?: Buffer) {
    const id = await openForm(c, '?to=yana-arabeika');
    return c.postFile('/en/wall/new', fields(id, extra), photo(data ?? (await phoneJpeg())));
  }
  const tokenOf = (link: string) => new URL(link, 'http://x').searchParams.get('token')!;

  it('stores only a re-encoded, upright photo and thumbnail without any metadata, and e-mails the two links without the message', async () => {
    const input = await phoneJpeg({ width: 120, height: 80, orientation: 6 });
    const inMeta = await sharp(input).metadata();
    // The upload really carries all of it.
    expect(inMeta).toMatchObject({ orientation: 6, width: 120, height: 80 });
    for (const field of ['exif', 'xmp', 'iptc', 'icc'] as const) expect(inMeta[field], field).toBeDefined();
    for (const text of ['Exif', 'GPS', 'xmp', PLANTED.artist, PLANTED.comment, PLANTED.iptc]) expect(input.includes(text), text).toBe(true);

    const c = new TestClient(t.app);
    const page = await c.get('/en/wall/new?to=yana-arabeika');
    expect(page.body).toContain('Show your face for Yana Arabeika');
    expect(page.body).toContain('value="yana-arabeika"');
    expect(page.body).toContain(CONSENT_EN);
    const res = await submit(c, {}, input);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/wall/sent');

    const [entry] = await rows();
    expect(entry).toMatchObject({ state: 'unconfirmed', name: 'Anna K.', statement: STATEMENT, locale: 'en', consentText: CONSENT_EN, approvedOn: null });
    expect(entry.emailEnc).not.toContain('anna');
    expect(t.deps.keys.decrypt(entry.emailEnc!)).toBe('anna@example.org');
    expect(entry.createdOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Exactly two files, written before the row: the photo and the thumbnail, never the original.
    expect(storedFiles().sort()).toEqual([entry.photoKey, entry.thumbKey].map((k) => k.slice('wall/'.length)).sort());
    const stored = (await t.deps.blobs.get(entry.photoKey))!;
    const thumb = (await t.deps.blobs.get(entry.thumbKey))!;
    expect(stored.equals(input)).toBe(false);
    const meta = await sharp(stored).metadata();
    expectNoMetadata(stored, meta);
    // Orientation 6 is applied: the 120×80 sideways picture is stored upright, 80×120, with no orientation left.
    expect([meta.width, meta.height, meta.orientation]).toEqual([80, 120, undefined]);
    const thumbMeta = await sharp(thumb).metadata();
    expectNoMetadata(thumb, thumbMeta);
    expect([thumbMeta.width, thumbMeta.height]).toEqual([320, 320]);

    await t.drain();
    const mails = await t.outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toBe('anna@example.org');
    expect(mails[0].subject).toBe('Please confirm your submission');
    for (const secret of [STATEMENT, 'snowdrops', 'Anna', 'Yana', 'Arabeika']) expect(mails[0].text).not.toContain(secret);
    linkIn(mails[0].text, '/en/wall/confirm?token=');
    linkIn(mails[0].text, '/en/wall/takedown?token=');
  });

  it('goes from confirmation to a moderator to the wall, the person wall and the person page', async () => {
    const c = new TestClient(t.app);
    await submit(c);
    await t.drain();
    const mail = (await t.outbox())[0].text;
    const confirmLink = linkIn(mail, '/en/wall/confirm');

    // Opening the link changes nothing (mail scanners open links); the button does.
    expect((await c.get(confirmLink)).body).toContain('Confirm your entry');
    expect((await rows())[0].state).toBe('unconfirmed');
    const confirmed = await c.post('/en/wall/confirm', { token: tokenOf(confirmLink) });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('your entry is confirmed');
    const [pending] = await rows();
    expect(pending).toMatchObject({ state: 'pending', emailEnc: null });
    await c.get(confirmLink);
    expect((await c.post('/en/wall/confirm', { token: tokenOf(confirmLink) })).body).toContain('Already confirmed');

    // Pending: not on the wall, and its photo is a 404 to everyone but moderators.
    const photoUrl = `/media/wall/${pending.id}/${pending.photoKey.slice(5)}`;
    const thumbUrl = `/media/wall/${pending.id}/${pending.thumbKey.slice(5)}`;
    expect((await new TestClient(t.app).get('/en/wall')).body).not.toContain(STATEMENT);
    expect((await t.app.inject({ method: 'GET', url: photoUrl })).statusCode).toBe(404);
    const moderator = await signInStaff(t, 'mod@example.org', ['moderator']);
    const queue = await moderator.get('/en/wall/moderation');
    expect(queue.body).toContain(STATEMENT);
    expect(queue.body).toContain('In support of Yana Arabeika');
    expect(queue.body).toContain(photoUrl);
    const seen = await moderator.get(photoUrl);
    expect(seen.statusCode).toBe(200);
    expect(seen.headers['cache-control']).toBe('private, no-store');

    expect((await moderator.post(`/en/wall/moderation/${pending.id}`, { decision: 'approve' })).headers.location).toBe('/en/wall/moderation?done=approved');
    const [approved] = await rows();
    expect(approved.state).toBe('approved');
    expect(approved.approvedOn).toBe(new Date().toISOString().slice(0, 10));
    // A second decision on the same entry changes nothing.
    await moderator.get('/en/wall/moderation');
    expect((await moderator.post(`/en/wall/moderation/${pending.id}`, { decision: 'reject' })).headers.location).toBe('/en/wall/moderation?done=gone');
    expect(await rows()).toHaveLength(1);

    const anonymous = new TestClient(t.app);
    const wall = await anonymous.get('/en/wall');
    expect(wall.body).toContain(STATEMENT);
    expect(wall.body).toContain(thumbUrl);
    expect(wall.body).toContain('alt="Photo shared by Anna K."');
    expect(wall.body).toContain('href="/en/people/yana-arabeika"');
    expect(wall.body).toContain('%23WeStandBYyou');
    const personWall = await anonymous.get('/en/people/yana-arabeika/wall');
    expect(personWall.body).toContain('Solidarity wall for Yana Arabeika');
    expect(personWall.body).toContain(STATEMENT);
    const personPage = await anonymous.get('/en/people/yana-arabeika');
    expect(personPage.body).toContain('1 person has shown their face for Yana Arabeika.');
    expect(personPage.body).toContain(thumbUrl);
    expect(personPage.body).toContain('href="/en/wall/new?to=yana-arabeika"');

    const served = await anonymous.get(thumbUrl);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.headers['cache-control']).toBe('public, no-cache');
    expectNoMetadata(served.rawPayload, await sharp(served.rawPayload).metadata());
    const etag = String(served.headers.etag);
    expect((await t.app.inject({ method: 'GET', url: thumbUrl, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    // The key must belong to that entry: another entry's id with this file name is a 404.
    expect((await t.app.inject({ method: 'GET', url: `/media/wall/00000000-0000-4000-8000-000000000000/${pending.thumbKey.slice(5)}` })).statusCode).toBe(404);
  });

  it('takes an entry down with the secret link, in any state, with both files; a wrong token takes down nothing', async () => {
    const c = new TestClient(t.app);
    await submit(c);
    await t.drain();
    const mail = (await t.outbox())[0].text;
    await c.post('/en/wall/confirm', { token: tokenOf(linkIn(mail, '/en/wall/confirm')) });
    const [entry] = await rows();
    const moderator = await signInStaff(t, 'mod@example.org', ['moderator']);
    await moderator.get('/en/wall/moderation');
    await moderator.post(`/en/wall/moderation/${entry.id}`, { decision: 'approve' });
    const photoUrl = `/media/wall/${entry.id}/${entry.photoKey.slice(5)}`;
    expect((await t.app.inject({ method: 'GET', url: photoUrl })).statusCode).toBe(200);
    // Seen on the wall just before (the wall keeps its pages in memory for a few seconds: a takedown empties it).
    expect((await c.get('/en/wall')).body).toContain(STATEMENT);

    const wrong = 'x'.repeat(43);
    expect((await c.get(`/en/wall/takedown?token=${wrong}`)).statusCode).toBe(404);
    await c.get('/en/wall/new');
    expect((await c.post('/en/wall/takedown', { token: wrong })).statusCode).toBe(404);
    // The confirmation token is not a takedown token.
    await c.get('/en/wall/new');
    expect((await c.post('/en/wall/takedown', { token: tokenOf(linkIn(mail, '/en/wall/confirm')) })).statusCode).toBe(404);
    expect(await rows()).toHaveLength(1);
    expect(storedFiles()).toHaveLength(2);

    const takedownLink = linkIn(mail, '/en/wall/takedown');
    const page = await c.get(takedownLink);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Delete my entry');
    expect(await rows()).toHaveLength(1);
    const done = await c.post('/en/wall/takedown', { token: tokenOf(takedownLink) });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Your entry is deleted');
    expect(await rows()).toHaveLength(0);
    expect(await t.deps.blobs.get(entry.photoKey)).toBeNull();
    expect(await t.deps.blobs.get(entry.thumbKey)).toBeNull();
    expect(storedFiles()).toHaveLength(0);
    expect((await t.app.inject({ method: 'GET', url: photoUrl })).statusCode).toBe(404);
    expect((await c.get('/en/wall')).body).not.toContain(STATEMENT);
    await c.get('/en/wall/new');
    expect((await c.post('/en/wall/takedown', { token: tokenOf(takedownLink) })).statusCode).toBe(404);
    await c.get('/en/wall/new');

    // An entry never confirmed can be taken down too.
    await submit(c, { email: 'other@example.org' });
    await t.drain();
    const second = (await t.outbox()).find((m) => m.to === 'other@example.org')!.text;
    await c.get('/en/wall/new');
    expect((await c.post('/en/wall/takedown', { token: tokenOf(linkIn(second, '/en/wall/takedown')) })).statusCode).toBe(200);
    expect(await rows()).toHaveLength(0);
    expect(storedFiles()).toHaveLength(0);
  });

  it('stores one entry, two files and one e-mail when the same form is sent twice', async () => {
    const c = new TestClient(t.app);
    const id = await openForm(c);
    const data = await phoneJpeg();
    expect((await c.postFile('/en/wall/new', fields(id), photo(data))).statusCode).toBe(303);
    expect((await c.postFile('/en/wall/new', fields(id), photo(data))).statusCode).toBe(303);
    await t.drain();
    expect(await rows()).toHaveLength(1);
    expect(storedFiles()).toHaveLength(2);
    expect(await t.outbox()).toHaveLength(1);
  });
});
