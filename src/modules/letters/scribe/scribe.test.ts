import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { sendConfirmedLetter } from '../../../../tests/support/letters.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { todayIso } from '../../registry/registry.present.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { letters } from '../letters.tables.ts';

const shklou = { nameRu: 'ИК-17', nameBe: 'ПК-17', kind: 'colony' as const, country: 'BY', postalCode: '213004', region: 'Могилевская обл.', city: 'г. Шклов', street: 'ул. 1-я Заводская, 8' };

describe.each(TEST_DB_KINDS)('hand-written postcards on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  const letterById = async (id: string) => (await db().select().from(letters).where(eq(letters.id, id)))[0];

  beforeEach(async () => {
    t = await startTestApp(kind);
    await savePerson(db(), { nameBe: 'Арабейка Яна Сяргееўна', nameRu: 'Оробейко Яна Сергеевна', nameLatin: 'Yana Arabeika', status: 'current', country: 'BY', lettersReach: 'yes', facility: shklou }, { importLabel: 'test' });
  });
  afterEach(() => t.close());

  it('lets a scribe claim a postcard, copy it with the exact address, mark it written with a photo, then posted', async () => {
    const card = await sendConfirmedLetter(t, { to: 'yana-arabeika', kind: 'postcard', text: 'Яна, с днём рождения! Пусть будет много солнца.', email: 'w@example.org' });
    expect(card.state).toBe('ready');
    const scribe = await signInStaff(t, 'scribe@example.org', ['scribe']);
    const other = await signInStaff(t, 'scribe2@example.org', ['scribe']);
    await scribe.get('/en/volunteer/postcards');
    await scribe.post(`/en/volunteer/postcards/${card.id}/claim`, {});
    const page = await scribe.get(`/en/volunteer/postcards/${card.id}`);
    expect(page.body).toContain('с днём рождения');
    expect(page.body).toContain('Оробейко Яна Сергеевна\nИК-17\nул. 1-я Заводская, 8\nг. Шклов\nМогилевская обл.\n213004');
    expect(page.body).not.toContain('w@example.org');
    expect((await other.get(`/en/volunteer/postcards/${card.id}`)).statusCode).toBe(404);
    expect((await other.get('/en/volunteer/postcards')).body).not.toContain(card.id);

    const bad = await scribe.postFile(`/en/volunteer/postcards/${card.id}`, { action: 'written' }, { field: 'photo', name: 'x.txt', type: 'text/plain', data: Buffer.from('nope') });
    expect(bad.statusCode).toBe(400);
    expect((await letterById(card.id)).state).toBe('ready');
    const photo = await sharp({ create: { width: 200, height: 140, channels: 3, background: '#cc8844' } }).jpeg().toBuffer();
    await scribe.get(`/en/volunteer/postcards/${card.id}`);
    const written = await scribe.postFile(`/en/volunteer/postcards/${card.id}`, { action: 'written' }, { field: 'photo', name: 'card.jpg', type: 'image/jpeg', data: photo });
    expect(written.headers.location).toBe('/en/volunteer/postcards?done=written');
    const row = await letterById(card.id);
    expect(row.state).toBe('written');
    expect(row.writtenPhotoKey).toMatch(/^letters\/[0-9a-f]{32}\.bin$/);
    expect((await t.deps.blobs.get(row.writtenPhotoKey!))!.includes(photo.subarray(0, 64))).toBe(false);

    expect((await scribe.get('/en/volunteer/postcards')).body).toContain('Written by you, to post');
    await scribe.get(`/en/volunteer/postcards/${card.id}`);
    await scribe.post(`/en/volunteer/postcards/${card.id}`, { action: 'posted', postedOn: todayIso() });
    expect(await letterById(card.id)).toMatchObject({ state: 'posted', sentOn: todayIso(), claimedBy: null });
  });
});
