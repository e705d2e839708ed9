import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { sendConfirmedLetter } from '../../../../tests/support/letters.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { letters } from '../letters.tables.ts';
import { translationProvider } from './provider.ts';

const ENGLISH = 'Dear Andrei, we planted apple trees in the garden today. My daughter drew you a cat. Hugs.';
const RUSSIAN = 'Дорогой Андрей, сегодня мы посадили яблони в саду. Дочка нарисовала тебе кота. Обнимаем.';

describe.each(TEST_DB_KINDS)('translating letters on %s', (kind) => {
  let t: TestApp;
  let service: http.Server | undefined;
  const db = () => t.deps.database.db;
  const letterById = async (id: string) => (await db().select().from(letters).where(eq(letters.id, id)))[0];

  async function start(env: Record<string, string> = {}) {
    t = await startTestApp(kind, { env });
    await savePerson(db(), { nameLatin: 'Andrei Ivanou', nameRu: 'Иванов Андрей', status: 'current', country: 'BY', lettersReach: 'yes' }, { importLabel: 'test' });
  }
  afterEach(async () => {
    await t.close();
    service?.close();
    service = undefined;
  });

  it('lets one translator claim a letter, keep a sealed draft, and finish it; another translator cannot open it', async () => {
    await start();
    const letter = await sendConfirmedLetter(t, { to: 'andrei-ivanou', text: ENGLISH, email: 'w@example.org' });
    expect(letter.state).toBe('translation');
    const tr = await signInStaff(t, 'tr@example.org', ['translator']);
    const other = await signInStaff(t, 'tr2@example.org', ['translator']);
    const queue = await tr.get('/en/volunteer/translate');
    expect(queue.body).toContain('Take this letter');
    expect(queue.body).not.toContain('apple trees');

    const claimed = await tr.post(`/en/volunteer/translate/${letter.id}/claim`, {});
    expect(claimed.headers.location).toBe(`/en/volunteer/translate/${letter.id}`);
    const page = await tr.get(`/en/volunteer/translate/${letter.id}`);
    expect(page.body).toContain('apple trees');
    expect(page.body).not.toContain('w@example.org');
    await other.get('/en/volunteer/translate');
    expect((await other.get(`/en/volunteer/translate/${letter.id}`)).statusCode).toBe(404);
    expect((await other.post(`/en/volunteer/translate/${letter.id}/claim`, {}, { csrf: other.csrf() })).headers.location).toBe('/en/volunteer/translate?done=gone');

    await tr.get(`/en/volunteer/translate/${letter.id}`);
    await tr.post(`/en/volunteer/translate/${letter.id}`, { action: 'save', translation: 'Дорогой Андрей, сегодня', language: 'ru' });
    expect((await tr.get(`/en/volunteer/translate/${letter.id}`)).body).toContain('Дорогой Андрей, сегодня');
    const dump = await db().execute(sql`SELECT translation_enc FROM letters`);
    expect(JSON.stringify(dump)).not.toContain('сегодня');

    const empty = await tr.post(`/en/volunteer/translate/${letter.id}`, { action: 'finish', translation: ' ', language: 'ru' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Write the translation before finishing.');
    expect((await letterById(letter.id)).state).toBe('translation');
    const done = await tr.post(`/en/volunteer/translate/${letter.id}`, { action: 'finish', translation: RUSSIAN, language: 'ru' });
    expect(done.headers.location).toBe('/en/volunteer/translate?done=finish');
    const row = await letterById(letter.id);
    expect(row).toMatchObject({ state: 'ready', translationLanguage: 'ru', claimedBy: null });
    expect(t.deps.keys.unwrapDataKey(row.keyWrapped!).decrypt(row.translationEnc!)).toBe(RUSSIAN);
  });

  it('gives a letter back to the queue for someone else', async () => {
    await start();
    const letter = await sendConfirmedLetter(t, { to: 'andrei-ivanou', text: ENGLISH, email: 'w@example.org' });
    const tr = await signInStaff(t, 'tr@example.org', ['translator']);
    await tr.get('/en/volunteer/translate');
    await tr.post(`/en/volunteer/translate/${letter.id}/claim`, {});
    await tr.get(`/en/volunteer/translate/${letter.id}`);
    await tr.post(`/en/volunteer/translate/${letter.id}`, { action: 'release', translation: '', language: 'ru' });
    expect((await letterById(letter.id)).claimedBy).toBeNull();
  });

  it('pre-fills the draft from a configured translation service, and from none by default', async () => {
    const asked: unknown[] = [];
    service = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        asked.push({ url: req.url, ...JSON.parse(body) });
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ translatedText: 'МАШИННЫЙ ЧЕРНОВИК' }));
      });
    });
    await new Promise<void>((r) => service!.listen(0, '127.0.0.1', r));
    await start({ TRANSLATION_URL: `http://127.0.0.1:${(service.address() as AddressInfo).port}`, TRANSLATION_API_KEY: 'k' });
    const letter = await sendConfirmedLetter(t, { to: 'andrei-ivanou', text: ENGLISH, email: 'w@example.org' });
    const tr = await signInStaff(t, 'tr@example.org', ['translator']);
    await tr.get('/en/volunteer/translate');
    await tr.post(`/en/volunteer/translate/${letter.id}/claim`, {});
    expect((await tr.get(`/en/volunteer/translate/${letter.id}`)).body).toContain('МАШИННЫЙ ЧЕРНОВИК');
    expect(asked).toEqual([{ url: '/translate', q: ENGLISH, source: 'en', target: 'ru', format: 'text', api_key: 'k' }]);
    expect(translationProvider({ translationUrl: undefined, translationApiKey: undefined })).toBeNull();
  });
});
