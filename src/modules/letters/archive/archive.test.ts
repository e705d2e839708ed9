import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { pdfPages, pdfText } from '../../../../tests/support/pdf-text.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { insertLetterOnce } from '../letters.repository.ts';
import { letters } from '../letters.tables.ts';

const CANARY_FIRST = 'Канарейка поёт у окна';
const CANARY_SECOND = 'Snowdrops in the park';
const CANARY_TRANSLATION = 'Подснежники в парке';
const NOT_ARCHIVED = 'Ласточки без архива';

describe.each(TEST_DB_KINDS)('archive copies for released people on %s', (kind) => {
  let t: TestApp;
  let released: string;
  let held: string;
  const db = () => t.deps.database.db;
  const fileOf = (key: string) => path.join(t.deps.config.dataDir, 'files', key);
  const letterRow = async (id: string) => (await db().select().from(letters).where(eq(letters.id, id)))[0];

  beforeEach(async () => {
    t = await startTestApp(kind);
    released = (await savePerson(db(), { nameLatin: 'Olga Freed', nameRu: 'Фрид Ольга', status: 'released', country: 'BY' }, { importLabel: 'test' })).person.id;
    held = (await savePerson(db(), { nameLatin: 'Andrei Ivanou', nameRu: 'Иванов Андрей', status: 'current', country: 'BY', lettersReach: 'yes' }, { importLabel: 'test' })).person.id;
  });
  afterEach(() => t.close());

  /** A posted letter as the volunteers' flow leaves it: words, signature, translation and drawing sealed with its key. */
  async function postedLetter(personId: string, o: { sentOn: string; text: string; translation?: string; signature?: string; drawing?: boolean; wantsArchive?: boolean }) {
    const { key, wrapped } = t.deps.keys.newDataKey();
    let imageKey: string | null = null;
    if (o.drawing) {
      imageKey = `letters/${randomBytes(16).toString('hex')}.bin`;
      const jpeg = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#c33' } }).jpeg().toBuffer();
      await t.deps.blobs.put(imageKey, key.encryptBytes(jpeg));
    }
    const { letter } = await insertLetterOnce(db(), {
      submissionId: randomUUID(), personId, kind: 'letter', state: 'posted', locale: 'en',
      keyWrapped: wrapped,
      bodyEnc: key.encrypt(o.text),
      translationEnc: o.translation ? key.encrypt(o.translation) : null,
      signatureEnc: o.signature ? key.encrypt(o.signature) : null,
      writerEmailEnc: key.encrypt('writer@example.org'),
      imageKey,
      wantsArchive: o.wantsArchive ?? true,
      createdOn: o.sentOn, sentOn: o.sentOn,
    });
    return letter;
  }

  async function coordinator() {
    const c = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    const page = await c.get('/en/volunteer/archive');
    expect(page.statusCode).toBe(200);
    return { c, page };
  }

  async function exportPdf(c: TestClient, slug: string) {
    await c.get('/en/volunteer/archive');
    return c.post(`/en/volunteer/archive/${slug}/export`, {});
  }

  const codeIn = (pdf: Buffer) => /\b([0-9A-F]{4}-[0-9A-F]{4})\b/.exec(pdfText(pdf))![1];

  it('lists released people with archive copies, and exports each one\'s letters as one PDF in the order they were posted', async () => {
    await postedLetter(released, { sentOn: '2026-02-10', text: CANARY_SECOND, translation: CANARY_TRANSLATION });
    await postedLetter(released, { sentOn: '2026-01-05', text: CANARY_FIRST, signature: 'Anna from Graz', drawing: true });
    await postedLetter(released, { sentOn: '2026-01-07', text: NOT_ARCHIVED, wantsArchive: false });
    await postedLetter(held, { sentOn: '2026-01-05', text: 'Still held' });

    const { c, page } = await coordinator();
    expect(page.body).toContain('Olga Freed');
    expect(page.body).toContain('2 letters');
    expect(page.body).not.toContain('Andrei Ivanou');

    const res = await exportPdf(c, 'olga-freed');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="letters-olga-freed-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const pages = pdfPages(res.rawPayload);
    const pageText = pages.map((p) => p.ops.map((o) => o.text).join(' '));
    expect(pages).toHaveLength(3);
    expect(pageText[0]).toContain('Olga Freed');
    expect(pageText[0]).toContain('Фрид Ольга');
    expect(pageText[1]).toContain(CANARY_FIRST);
    expect(pageText[1]).toContain('Anna from Graz');
    expect(pages[1].images).toBe(1);
    expect(pageText[2]).toContain(CANARY_SECOND);
    expect(pageText[2]).toContain(CANARY_TRANSLATION);
    expect(pdfText(res.rawPayload)).not.toContain(NOT_ARCHIVED);

    // Someone still in prison gets nothing through the archive, even by a hand-made request.
    expect((await exportPdf(c, 'andrei-ivanou')).statusCode).toBe(404);
    expect((await exportPdf(c, 'nobody-here')).statusCode).toBe(404);
  });

  it('deletes the archived copies with the code printed in the PDF, and only the letters that PDF holds', async () => {
    const first = await postedLetter(released, { sentOn: '2026-01-05', text: CANARY_FIRST, drawing: true });
    const { c } = await coordinator();
    const code = codeIn((await exportPdf(c, 'olga-freed')).rawPayload);

    // A letter archived after the export is not in the PDF: the old code no longer deletes anything.
    const later = await postedLetter(released, { sentOn: '2026-01-09', text: CANARY_SECOND });
    const stale = await c.post('/en/volunteer/archive/olga-freed/delete', { code });
    expect(stale.statusCode).toBe(400);
    expect(stale.body).toContain('This code does not match the letters we hold now');
    expect(await letterRow(first.id)).toEqual(first);
    expect((await c.post('/en/volunteer/archive/olga-freed/delete', { code: '0000-0000' })).statusCode).toBe(400);

    const fresh = codeIn((await exportPdf(c, 'olga-freed')).rawPayload);
    expect(fresh).not.toBe(code);
    const done = await c.post('/en/volunteer/archive/olga-freed/delete', { code: fresh.toLowerCase().replace('-', ' ') });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/en/volunteer/archive?deleted=1');
    const list = await c.get('/en/volunteer/archive?deleted=1');
    expect(list.body).toContain('The archived copies were deleted.');
    expect(list.body).not.toContain('Olga Freed');

    for (const letter of [first, later]) {
      expect(await letterRow(letter.id)).toMatchObject({ bodyEnc: null, imageKey: null, contentDeletedOn: expect.any(String), wantsArchive: true });
    }
    expect(fs.existsSync(fileOf(first.imageKey!))).toBe(false);
    const dump = JSON.stringify((await db().execute(sql`SELECT l::text AS row FROM letters l`)) as unknown);
    expect(dump).not.toContain(first.bodyEnc!);
    expect(dump).not.toContain(later.bodyEnc!);
    expect((await exportPdf(c, 'olga-freed')).statusCode).toBe(404);
  });

  it('answers 404 to a mailer and to an anonymous visitor, and changes nothing', async () => {
    const letter = await postedLetter(released, { sentOn: '2026-01-05', text: CANARY_FIRST });
    const mailer = await signInStaff(t, 'mailer@example.org', ['mailer']);
    expect((await mailer.get('/en/volunteer/archive')).statusCode).toBe(404);
    await mailer.get('/en/');
    expect((await mailer.post('/en/volunteer/archive/olga-freed/export', {})).statusCode).toBe(404);

    const anonymous = new TestClient(t.app);
    const list = await anonymous.get('/en/volunteer/archive');
    expect(list.statusCode).toBe(303);
    expect(list.headers.location).toBe('/en/login');
    await anonymous.get('/en/login');
    expect((await anonymous.post('/en/volunteer/archive/olga-freed/export', {})).statusCode).toBe(404);
    await anonymous.get('/en/login');
    expect((await anonymous.post('/en/volunteer/archive/olga-freed/delete', { code: '0000-0000' })).statusCode).toBe(404);
    expect(await letterRow(letter.id)).toEqual(letter);
  });
});
