import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { linkIn, TestClient } from '../../../../tests/support/client.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { insertLetterOnce } from '../letters.repository.ts';
import { letterReplies, letters } from '../letters.tables.ts';
import type { LetterState } from '../letters.model.ts';
import { applyLetterRetention } from './retention.service.ts';

const CANARY = 'Канарейка поёт над Свислочью';
const CONFIG = { lettersRetentionDays: 30, lettersReplyWindowDays: 180 };
const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const lastMomentOf = (iso: string) => new Date(`${iso}T23:59:59.999Z`);

describe.each(TEST_DB_KINDS)('letter retention on %s', (kind) => {
  let t: TestApp;
  let personId: string;
  const db = () => t.deps.database.db;
  const fileOf = (key: string) => path.join(t.deps.config.dataDir, 'files', key);
  const letterRow = async (id: string) => (await db().select().from(letters).where(eq(letters.id, id)))[0];
  const replyRow = async (letterId: string) => (await db().select().from(letterReplies).where(eq(letterReplies.letterId, letterId)))[0];
  const run = (now: Date) => applyLetterRetention(db(), t.deps.blobs, CONFIG, now);
  const dump = async () => JSON.stringify((await db().execute(sql`SELECT l::text AS row FROM letters l UNION ALL SELECT r::text FROM letter_replies r`)) as unknown);

  beforeEach(async () => {
    t = await startTestApp(kind);
    const saved = await savePerson(db(), { nameLatin: 'Andrei Ivanou', nameRu: 'Иванов Андрей', status: 'current', country: 'BY', lettersReach: 'yes' }, { importLabel: 'test' });
    personId = saved.person.id;
  });
  afterEach(() => t.close());

  /** A letter with every sealed field and file filled in, as the volunteers' flow leaves a posted one. */
  async function sealedLetter(o: { createdOn: string; sentOn: string | null; state?: LetterState; wantsArchive?: boolean; reply?: boolean }) {
    const { key, wrapped } = t.deps.keys.newDataKey();
    const file = async (what: string) => {
      const name = `letters/${randomBytes(16).toString('hex')}.bin`;
      await t.deps.blobs.put(name, key.encryptBytes(Buffer.from(`${what} ${CANARY}`)));
      return name;
    };
    const { letter } = await insertLetterOnce(db(), {
      submissionId: randomUUID(),
      personId,
      kind: 'letter',
      state: o.state ?? 'posted',
      locale: 'en',
      keyWrapped: wrapped,
      bodyEnc: key.encrypt(`Dear Andrei, ${CANARY}`),
      translationEnc: key.encrypt(`Дорогой Андрей, ${CANARY}`),
      writerEmailEnc: key.encrypt('canary-writer@example.org'),
      signatureEnc: key.encrypt('Canary Signer'),
      returnAddressEnc: key.encrypt('Canary Street 1'),
      moderatorNoteEnc: key.encrypt('Canary note'),
      imageKey: await file('drawing'),
      writtenPhotoKey: await file('card'),
      wantsReplies: true,
      wantsArchive: o.wantsArchive ?? false,
      replyTokenHash: `reply-${randomUUID()}`,
      createdOn: o.createdOn,
      sentOn: o.sentOn,
    });
    if (o.reply) {
      await db().insert(letterReplies).values({ letterId: letter.id, state: 'delivered', receivedOn: o.createdOn, scanKeys: [await file('scan')], translationEnc: key.encrypt(`Reply ${CANARY}`) });
    }
    return letter;
  }

  it('deletes words and images on the retention day, the e-mail, reply scans and key when the reply window ends, and nothing before', async () => {
    const letter = await sealedLetter({ createdOn: '2025-12-28', sentOn: '2026-01-01', reply: true });
    const files = [letter.imageKey!, letter.writtenPhotoKey!, (await replyRow(letter.id)).scanKeys[0]];
    for (const f of files) expect(fs.existsSync(fileOf(f))).toBe(true);

    // Day 29 after posting, to its last millisecond: nothing goes.
    expect(await run(lastMomentOf('2026-01-30'))).toEqual({ files: 0, keys: 0 });
    expect(await letterRow(letter.id)).toEqual(letter);

    // Day 30: the words and images go; the e-mail stays for replies, and with it the key.
    expect(await run(at('2026-01-31'))).toEqual({ files: 2, keys: 0 });
    const posted = await letterRow(letter.id);
    expect(posted).toMatchObject({
      bodyEnc: null, translationEnc: null, signatureEnc: null, returnAddressEnc: null, moderatorNoteEnc: null,
      imageKey: null, writtenPhotoKey: null, contentDeletedOn: '2026-01-31', state: 'posted',
      writerEmailEnc: letter.writerEmailEnc, replyTokenHash: letter.replyTokenHash, keyWrapped: letter.keyWrapped,
    });
    expect(fs.existsSync(fileOf(letter.imageKey!))).toBe(false);
    expect(fs.existsSync(fileOf(letter.writtenPhotoKey!))).toBe(false);
    expect(fs.existsSync(fileOf(files[2]))).toBe(true);
    expect(t.deps.keys.unwrapDataKey(posted.keyWrapped!).decrypt(posted.writerEmailEnc!)).toBe('canary-writer@example.org');

    // Running again the same day, or later within the window, changes nothing more.
    expect(await run(at('2026-01-31'))).toEqual({ files: 0, keys: 0 });
    expect(await run(lastMomentOf('2026-06-29'))).toEqual({ files: 0, keys: 0 });
    expect(await letterRow(letter.id)).toEqual(posted);

    // Day 180: the reply window is over.
    expect(await run(at('2026-06-30'))).toEqual({ files: 1, keys: 1 });
    expect(await letterRow(letter.id)).toMatchObject({ writerEmailEnc: null, replyTokenHash: null, replyExpiresAt: null, keyWrapped: null, contentDeletedOn: '2026-01-31' });
    expect(await replyRow(letter.id)).toMatchObject({ scanKeys: [], translationEnc: null, state: 'delivered' });
    expect(fs.existsSync(fileOf(files[2]))).toBe(false);
    const after = await dump();
    for (const gone of [letter.bodyEnc!, letter.writerEmailEnc!, letter.keyWrapped!, 'Canary', 'Канарейка']) expect(after).not.toContain(gone);
    expect(await run(at('2027-01-01'))).toEqual({ files: 0, keys: 0 });
  });

  it('keeps an archived letter\'s words, images and reply scans past both dates, but not the writer\'s e-mail', async () => {
    const letter = await sealedLetter({ createdOn: '2026-01-01', sentOn: '2026-01-01', wantsArchive: true, reply: true });
    await run(at('2026-01-31'));
    expect(await letterRow(letter.id)).toEqual(letter);
    await run(at('2027-01-01'));
    const kept = await letterRow(letter.id);
    expect(kept).toMatchObject({ bodyEnc: letter.bodyEnc, imageKey: letter.imageKey, keyWrapped: letter.keyWrapped, contentDeletedOn: null, writerEmailEnc: null, replyTokenHash: null });
    expect((await replyRow(letter.id)).scanKeys).toHaveLength(1);
    expect(fs.existsSync(fileOf(letter.imageKey!))).toBe(true);
    expect(t.deps.keys.unwrapDataKey(kept.keyWrapped!).decrypt(kept.bodyEnc!)).toContain(CANARY);
  });

  it('deletes a rejected letter counted from the day it was written, archive or not, e-mail and key included', async () => {
    const letter = await sealedLetter({ createdOn: '2026-03-01', sentOn: null, state: 'rejected', wantsArchive: true });
    await run(lastMomentOf('2026-03-30'));
    expect(await letterRow(letter.id)).toEqual(letter);
    expect(await run(at('2026-03-31'))).toEqual({ files: 2, keys: 1 });
    expect(await letterRow(letter.id)).toMatchObject({ bodyEnc: null, writerEmailEnc: null, keyWrapped: null, imageKey: null, contentDeletedOn: '2026-03-31', state: 'rejected' });
    expect(fs.existsSync(fileOf(letter.imageKey!))).toBe(false);
  });

  it('leaves letters not yet posted, and letters logged as sent outside, alone', async () => {
    const waiting = await sealedLetter({ createdOn: '2026-01-01', sentOn: null, state: 'ready' });
    const { letter: outside } = await insertLetterOnce(db(), { submissionId: randomUUID(), personId, kind: 'letter', origin: 'outside', state: 'posted', locale: 'en', createdOn: '2026-01-01', sentOn: '2026-01-01' });
    expect(await run(at('2027-06-01'))).toEqual({ files: 0, keys: 0 });
    expect(await letterRow(waiting.id)).toEqual(waiting);
    expect(await letterRow(outside.id)).toEqual(outside);
  });

  it('deletes the image a writer sent through the form from the data folder once the posted letter is due', async () => {
    const c = new TestClient(t.app);
    const page = await c.get('/en/letters/new?to=andrei-ivanou');
    const submissionId = page.body.match(/name="submissionId" value="([0-9a-f-]{36})"/)![1];
    const picture = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#3a3' } }).png().toBuffer();
    const text = `Дорогой Андрей! У нас выпал первый снег. ${CANARY}`;
    const sent = await c.postFile('/en/letters/new?to=andrei-ivanou', { submissionId, kind: 'letter', text, email: 'canary-writer@example.org', action: 'send' }, { field: 'image', name: 'd.png', type: 'image/png', data: picture });
    expect(sent.statusCode).toBe(303);
    await t.drain();
    const link = linkIn((await t.outbox())[0].text, '/en/letters/confirm');
    await c.get(link);
    expect((await c.post('/en/letters/confirm', { token: new URL(link, 'http://x').searchParams.get('token')! })).statusCode).toBe(200);
    // Posting is the mailers' step; here the letter is marked posted directly.
    const [letter] = await db().update(letters).set({ state: 'posted', sentOn: '2026-02-01' }).returning();
    expect(fs.existsSync(fileOf(letter.imageKey!))).toBe(true);

    await run(lastMomentOf('2026-03-02'));
    expect(fs.existsSync(fileOf(letter.imageKey!))).toBe(true);
    await run(at('2026-03-03'));
    expect(fs.existsSync(fileOf(letter.imageKey!))).toBe(false);
    expect(await letterRow(letter.id)).toMatchObject({ bodyEnc: null, imageKey: null, writerEmailEnc: letter.writerEmailEnc });
    expect(await dump()).not.toContain(letter.bodyEnc!);
  });
});
