import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { linkIn, TestClient } from '../../../../tests/support/client.ts';
import { sendConfirmedLetter } from '../../../../tests/support/letters.ts';
import { pdfText } from '../../../../tests/support/pdf-text.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { todayIso } from '../../registry/registry.present.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { letterBatches, letterReplies, letters } from '../letters.tables.ts';
import { letterReference } from '../sealed.ts';

const mordovia = { nameRu: 'ФКУ ИК-2 УФСИН России по Республике Мордовия', kind: 'colony' as const, country: 'RU', postalCode: '431120', region: 'Республика Мордовия', city: 'п. Ширингуши', street: 'ул. Ленина, 1' };
const TEXT_RU = 'Дорогой Иван! У нас выпал первый снег, и мы лепили снеговика. Обнимаю.';
const scan = () => sharp({ create: { width: 300, height: 400, channels: 3, background: '#eeeeee' } }).jpeg().toBuffer();

describe.each(TEST_DB_KINDS)('printing, posting and replies on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  const letterById = async (id: string) => (await db().select().from(letters).where(eq(letters.id, id)))[0];

  beforeEach(async () => {
    t = await startTestApp(kind);
    await savePerson(db(), { nameRu: 'Иванов Иван Иванович', nameLatin: 'Ivan Ivanov', status: 'current', country: 'RU', birth: { year: 1980, month: null, day: null }, lettersReach: 'yes', facility: mordovia }, { importLabel: 'test' });
  });
  afterEach(() => t.close());

  async function batchOf(mailer: TestClient) {
    const page = await mailer.get('/en/volunteer/mail');
    const facilityId = page.body.match(/name="facilityIds" value="([0-9a-f-]{36})"/)![1];
    const res = await mailer.post('/en/volunteer/mail/batches', { facilityIds: facilityId, envelope: 'DL', max: '100' });
    expect(res.statusCode).toBe(303);
    return res.headers.location as string;
  }

  it('prints a batch whose PDF has the letter and the exact Russian address in the dative, and posts it', async () => {
    const letter = await sendConfirmedLetter(t, { to: 'ivan-ivanov', text: TEXT_RU, email: 'w@example.org' });
    expect(letter.state).toBe('ready');
    const mailer = await signInStaff(t, 'mail@example.org', ['mailer']);
    const bad = await mailer.post('/en/volunteer/mail/batches', { envelope: 'DL', max: '100' }, { csrf: (await mailer.get('/en/volunteer/mail'), mailer.csrf()) });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Choose at least one facility.');
    expect(await db().select().from(letterBatches)).toHaveLength(0);

    const batchUrl = await batchOf(mailer);
    expect((await letterById(letter.id)).state).toBe('printed');
    const page = await mailer.get(batchUrl);
    expect(page.body).toContain(letterReference(letter.id));
    expect(page.body).not.toContain('w@example.org');
    const pdf = await mailer.get(`${batchUrl}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('первый снег');
    for (const line of ['Иванову Ивану Ивановичу, 1980 г.р.', 'ФКУ ИК-2 УФСИН России по Республике Мордовия', 'ул. Ленина, 1', '431120']) expect(text).toContain(line);

    const future = await mailer.post(`${batchUrl}/posted`, { postedOn: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('cannot be in the future');
    await mailer.get(batchUrl);
    await mailer.post(`${batchUrl}/posted`, { postedOn: todayIso() });
    expect(await letterById(letter.id)).toMatchObject({ state: 'posted', sentOn: todayIso() });

    await mailer.get(batchUrl);
    await mailer.post(`/en/volunteer/mail/letters/${letter.id}/returned`, {});
    expect(await letterById(letter.id)).toMatchObject({ state: 'returned', returnedOn: todayIso() });
  });

  it('records a two-page reply, has it translated for an English-speaking writer, and e-mails a private link that expires', async () => {
    const letter = await sendConfirmedLetter(t, { to: 'ivan-ivanov', text: TEXT_RU, email: 'writer@example.org', fields: { wantsReplies: 'on' } });
    const mailer = await signInStaff(t, 'mail@example.org', ['mailer']);
    const batchUrl = await batchOf(mailer);
    await mailer.get(batchUrl);
    await mailer.post(`${batchUrl}/posted`, { postedOn: todayIso() });

    await mailer.get(batchUrl);
    const notImage = await mailer.postFile(`/en/volunteer/mail/letters/${letter.id}/reply`, {}, { field: 'scan', name: 'a.txt', type: 'text/plain', data: Buffer.from('hello') });
    expect(notImage.headers.location).toContain('done=scan_not_image');
    expect(await db().select().from(letterReplies)).toHaveLength(0);
    for (let i = 0; i < 2; i++) {
      await mailer.get(batchUrl);
      await mailer.postFile(`/en/volunteer/mail/letters/${letter.id}/reply`, {}, { field: 'scan', name: 'p.jpg', type: 'image/jpeg', data: await scan() });
    }
    const [reply] = await db().select().from(letterReplies);
    expect(reply).toMatchObject({ state: 'scanning' });
    expect(reply.scanKeys).toHaveLength(2);
    expect((await letterById(letter.id)).state).toBe('reply_received');
    await mailer.get(batchUrl);
    await mailer.post(`/en/volunteer/mail/letters/${letter.id}/reply-complete`, {});
    expect((await db().select().from(letterReplies))[0].state).toBe('translation');

    const tr = await signInStaff(t, 'tr@example.org', ['translator']);
    const queue = await tr.get('/en/volunteer/translate');
    expect(queue.body).toContain(`/volunteer/translate/replies/${reply.id}`);
    const page = await tr.get(`/en/volunteer/translate/replies/${reply.id}`);
    expect(page.body).not.toContain('writer@example.org');
    expect((await tr.get(`/en/volunteer/translate/replies/${reply.id}/scan/1`)).headers['content-type']).toBe('image/jpeg');
    await tr.post(`/en/volunteer/translate/replies/${reply.id}`, { action: 'finish', translation: 'Thank you for the snowman!' });
    expect((await letterById(letter.id)).state).toBe('reply_delivered');

    await t.drain();
    const mail = (await t.outbox()).find((m) => m.text.includes('/letters/reply'))!;
    expect(mail.to).toBe('writer@example.org');
    expect(mail.text).not.toContain('snowman');
    const link = linkIn(mail.text, '/en/letters/reply');
    const reader = new TestClient(t.app);
    const read = await reader.get(link);
    expect(read.statusCode).toBe(200);
    expect(read.body).toContain('Thank you for the snowman!');
    const scanUrl = read.body.match(/src="(\/en\/letters\/reply\/scan[^"]+)"/)![1].replace(/&amp;/g, '&');
    const image = await reader.get(scanUrl);
    expect(image.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(image.rawPayload).metadata()).height).toBe(400);
    expect((await reader.get(scanUrl.replace('n=0', 'n=5'))).statusCode).toBe(404);

    await db().update(letters).set({ replyExpiresAt: new Date(Date.now() - 1000) }).where(eq(letters.id, letter.id));
    expect((await reader.get(link)).statusCode).toBe(410);
    expect((await reader.get(scanUrl)).statusCode).toBe(404);
  });

  it('keeps a reply for a writer who did not ask for replies, without e-mailing them', async () => {
    const letter = await sendConfirmedLetter(t, { to: 'ivan-ivanov', text: TEXT_RU, email: 'quiet@example.org', locale: 'ru' });
    const mailer = await signInStaff(t, 'mail@example.org', ['mailer']);
    const batchUrl = await batchOf(mailer);
    await mailer.get(batchUrl);
    await mailer.post(`${batchUrl}/posted`, { postedOn: todayIso() });
    await mailer.get(batchUrl);
    await mailer.postFile(`/en/volunteer/mail/letters/${letter.id}/reply`, {}, { field: 'scan', name: 'p.jpg', type: 'image/jpeg', data: await scan() });
    await mailer.get(batchUrl);
    await mailer.post(`/en/volunteer/mail/letters/${letter.id}/reply-complete`, {});
    expect((await db().select().from(letterReplies))[0].state).toBe('ready');
    await t.drain();
    expect((await t.outbox()).filter((m) => m.to === 'quiet@example.org')).toHaveLength(1);
  });

  it('finds a letter by its reference, and hides everything from a scribe', async () => {
    const letter = await sendConfirmedLetter(t, { to: 'ivan-ivanov', text: TEXT_RU, email: 'w@example.org' });
    const mailer = await signInStaff(t, 'mail@example.org', ['mailer']);
    const found = await mailer.get(`/en/volunteer/mail/find?ref=${letterReference(letter.id).toLowerCase()}`);
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain(letterReference(letter.id));
    const scribe = await signInStaff(t, 'scribe@example.org', ['scribe']);
    expect((await scribe.get('/en/volunteer/mail')).statusCode).toBe(404);
    expect((await scribe.get(`/en/volunteer/mail/find?ref=${letterReference(letter.id)}`)).statusCode).toBe(404);
  });
});
