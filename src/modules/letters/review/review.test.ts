import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { linkIn, TestClient } from '../../../../tests/support/client.ts';
import { sendConfirmedLetter } from '../../../../tests/support/letters.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { letterEvents, letters } from '../letters.tables.ts';

const RISKY_RU = 'Дорогой Андрей! Держись, скоро ты выйдешь на свободу, а этот режим падёт.';
const FIXED_RU = 'Дорогой Андрей! У нас выпал первый снег. Обнимаю.';

describe.each(TEST_DB_KINDS)('moderating letters on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  const letterById = async (id: string) => (await db().select().from(letters).where(eq(letters.id, id)))[0];

  beforeEach(async () => {
    t = await startTestApp(kind);
    await savePerson(db(), { nameLatin: 'Andrei Ivanou', nameRu: 'Иванов Андрей', status: 'current', country: 'BY', lettersReach: 'yes' }, { importLabel: 'test' });
  });
  afterEach(() => t.close());

  it('shows a flagged letter with its findings marked, and never the writer’s address', async () => {
    const letter = await sendConfirmedLetter(t, { to: 'andrei-ivanou', text: RISKY_RU, email: 'writer@example.org', fields: { signature: 'Марина' } });
    expect(letter.state).toBe('in_review');
    const mod = await signInStaff(t, 'mod@example.org', ['moderator']);
    const page = await mod.get('/en/volunteer/review');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<mark[^>]*>свобод/);
    expect(page.body).toContain('Signed: Марина');
    expect(page.body).not.toContain('writer@example.org');
  });

  it('sends a letter back with a reason; the writer edits it from the e-mail link and it returns to review', async () => {
    const letter = await sendConfirmedLetter(t, { to: 'andrei-ivanou', text: RISKY_RU, email: 'writer@example.org' });
    const mod = await signInStaff(t, 'mod@example.org', ['moderator']);
    await mod.get('/en/volunteer/review');
    const noReason = await mod.post(`/en/volunteer/review/${letter.id}`, { decision: 'send_back', reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Say what the writer should change.');
    expect((await letterById(letter.id)).state).toBe('in_review');

    const res = await mod.post(`/en/volunteer/review/${letter.id}`, { decision: 'send_back', reason: 'Please leave out the regime.' });
    expect(res.headers.location).toBe('/en/volunteer/review?done=send_back');
    expect((await letterById(letter.id)).state).toBe('draft');
    await t.drain();
    const mail = (await t.outbox()).find((m) => m.text.includes('/letters/edit'))!;
    expect(mail.to).toBe('writer@example.org');
    expect(mail.text).not.toContain('regime');

    const writer = new TestClient(t.app);
    const link = linkIn(mail.text, '/en/letters/edit');
    const edit = await writer.get(link);
    expect(edit.body).toContain('Please leave out the regime.');
    expect(edit.body).toContain('Держись');
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const csrf = writer.csrf();
    const empty = await writer.post('/en/letters/edit', { token, text: '  ', action: 'send' });
    expect(empty.statusCode).toBe(400);
    expect((await letterById(letter.id)).state).toBe('draft');
    const sent = await writer.post('/en/letters/edit', { token, text: FIXED_RU, action: 'send' });
    expect(sent.statusCode).toBe(200);
    const revised = await letterById(letter.id);
    expect(revised.state).toBe('in_review');
    expect((await writer.post('/en/letters/edit', { token, text: FIXED_RU, action: 'send' }, { csrf })).body).toContain('already been sent back');

    const again = await mod.get('/en/volunteer/review');
    expect(again.body).toContain('первый снег');
    await mod.post(`/en/volunteer/review/${letter.id}`, { decision: 'approve' });
    expect((await letterById(letter.id)).state).toBe('ready');
    const events = await db().select().from(letterEvents).where(eq(letterEvents.letterId, letter.id));
    expect(events.map((e) => e.toState)).toEqual(['awaiting_confirmation', 'in_review', 'draft', 'in_review', 'ready']);
    expect(events.filter((e) => e.toState === 'draft' || e.toState === 'ready').every((e) => e.actorId !== null)).toBe(true);
  });

  it('rejects a letter and tells the writer without quoting it; a second decision finds it gone', async () => {
    const letter = await sendConfirmedLetter(t, { to: 'andrei-ivanou', text: RISKY_RU, email: 'writer@example.org' });
    const mod = await signInStaff(t, 'mod@example.org', ['moderator']);
    await mod.get('/en/volunteer/review');
    await mod.post(`/en/volunteer/review/${letter.id}`, { decision: 'reject' });
    expect((await letterById(letter.id)).state).toBe('rejected');
    const again = await mod.post(`/en/volunteer/review/${letter.id}`, { decision: 'approve' });
    expect(again.headers.location).toBe('/en/volunteer/review?done=gone');
    expect((await letterById(letter.id)).state).toBe('rejected');
    await t.drain();
    const mails = (await t.outbox()).filter((m) => m.subject === 'About your message');
    expect(mails).toHaveLength(1);
    expect(mails[0].text).not.toContain('Андрей');
  });

  it('sends an approved letter not in Russian or Belarusian to translation', async () => {
    const letter = await sendConfirmedLetter(t, { to: 'andrei-ivanou', text: 'Dear Andrei, stay strong, the regime will fall and you will be free.', email: 'w@example.org' });
    expect(letter.state).toBe('in_review');
    const mod = await signInStaff(t, 'mod@example.org', ['moderator']);
    await mod.get('/en/volunteer/review');
    await mod.post(`/en/volunteer/review/${letter.id}`, { decision: 'approve' });
    expect((await letterById(letter.id)).state).toBe('translation');
  });

  it('answers 404 to a translator, and sends an anonymous visitor to sign in', async () => {
    const letter = await sendConfirmedLetter(t, { to: 'andrei-ivanou', text: RISKY_RU, email: 'writer@example.org' });
    const tr = await signInStaff(t, 'tr@example.org', ['translator']);
    expect((await tr.get('/en/volunteer/review')).statusCode).toBe(404);
    expect((await tr.post(`/en/volunteer/review/${letter.id}`, { decision: 'approve' }, { csrf: tr.csrf() })).statusCode).toBe(404);
    expect((await new TestClient(t.app).get('/en/volunteer/review')).headers.location).toBe('/en/login');
    expect((await letterById(letter.id)).state).toBe('in_review');
  });
});
