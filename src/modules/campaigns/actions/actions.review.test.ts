import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { linkIn, TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { addDays, todayIso } from '../../registry/registry.present.ts';
import { buildActionLetter } from './actions.builders.ts';
import { deliveriesIn, letterCount, lettersIn, letterSetup, TEST_ENV, writeLetter } from './actions.fixtures.ts';
import { actionsMaintenance } from './actions.maintenance.ts';
import { actionLetters } from './actions.tables.ts';
import { simhash } from './similarity.ts';

// A changed letter of about 90 words, as bots send it; single-word variants of it are 3 or 4 bits apart (measured).
const SHARED = `Dear Sir, I am writing to you about Yana, who has been held in pre-trial detention for more than two years for nothing but her journalism. Her health is failing and her family has not been allowed to visit her. I urge your government to let the Red Cross see her, to allow her lawyer to meet her in private, and to drop every charge against her. The whole world is watching this case, and so am I. Please answer this letter and tell me what your embassy will do. Yours sincerely`;

describe.each(TEST_DB_KINDS)('held letters and "did they reply?" on %s', (kind) => {
  let t: TestApp;
  let s: Awaited<ReturnType<typeof letterSetup>>;
  let visitor: TestClient;
  const db = () => t.deps.database.db;

  beforeEach(async () => {
    t = await startTestApp(kind, { env: TEST_ENV });
    s = await letterSetup(t);
    visitor = new TestClient(t.app);
  });
  afterEach(() => t.close());

  /** Edited letters with the shared words, already confirmed, from `n` other addresses. */
  async function copies(n: number, text = SHARED) {
    for (let i = 0; i < n; i++) {
      await buildActionLetter(db(), t.deps.keys, { campaign: s.campaign, email: `copy-${i}@example.org`, mode: 'server', targetIds: [s.embassy.id], subject: 'Free Yana Arabeika now', body: text, edited: true, simhash: simhash(`Free Yana Arabeika now\n${text}`) });
    }
  }

  async function writeAndConfirm(fields: Record<string, string>) {
    await writeLetter(visitor, fields);
    await t.drain();
    const mail = (await t.outbox()).find((m) => m.to === fields.email)!;
    const token = new URL(linkIn(mail.text, '/en/campaigns/free-yana/write/confirm'), 'http://x').searchParams.get('token')!;
    await visitor.get(`/en/campaigns/free-yana/write/confirm?token=${token}`);
    return visitor.post('/en/campaigns/free-yana/write/confirm', { token });
  }

  it('holds a changed text nearly identical to letters from three other addresses; a coordinator releases or refuses it', async () => {
    await copies(3);
    const held = await writeAndConfirm({ email: 'fourth@example.org', body: SHARED.replace('two years', 'three years') });
    expect(held.body).toContain('a person checks this one before it is sent');
    const [letter] = (await lettersIn(t)).filter((l) => l.supporterHash === t.deps.keys.lookupHash('fourth@example.org'));
    expect(letter.state).toBe('held');
    expect(await deliveriesIn(t)).toHaveLength(0);
    expect(await letterCount(t, s.campaign)).toBe(0); // counted only when released: only letters that will be sent count

    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    const page = await coordinator.get('/en/campaigns/free-yana/held');
    expect(page.body).toContain('three years');
    expect(page.body).not.toContain('fourth@example.org');
    expect(page.body).toContain('Embassy of Belarus');
    const released = await coordinator.post('/en/campaigns/free-yana/held', { id: letter.id, decision: 'release' });
    expect(released.headers.location).toBe('/en/campaigns/free-yana/held?done=released');
    expect((await coordinator.get(released.headers.location!)).body).toContain('No letters are waiting.');
    expect((await lettersIn(t)).find((l) => l.id === letter.id)).toMatchObject({ state: 'confirmed', followupDueOn: addDays(todayIso(), 10) });
    expect((await deliveriesIn(t)).map((d) => d.letterId)).toEqual([letter.id, letter.id]);
    expect(await letterCount(t, s.campaign)).toBe(1);
    // Decided already: nothing changes.
    expect((await coordinator.post('/en/campaigns/free-yana/held', { id: letter.id, decision: 'refuse' })).headers.location).toBe('/en/campaigns/free-yana/held?done=gone');

    // An exact copy from yet another address is held too, and refused: its words, name and address are deleted;
    // it is never sent or counted.
    await writeAndConfirm({ email: 'fifth@example.org', body: SHARED });
    const [fifth] = (await lettersIn(t)).filter((l) => l.supporterHash === t.deps.keys.lookupHash('fifth@example.org'));
    expect(fifth.state).toBe('held');
    await coordinator.get('/en/campaigns/free-yana/held');
    await coordinator.post('/en/campaigns/free-yana/held', { id: fifth.id, decision: 'refuse' });
    expect((await lettersIn(t)).find((l) => l.id === fifth.id)).toMatchObject({ state: 'refused', subjectEnc: null, bodyEnc: null, nameEnc: null, emailEnc: null });
    expect(await deliveriesIn(t)).toHaveLength(2);
    expect(await letterCount(t, s.campaign)).toBe(1);
  });

  it('does not hold unchanged templates, different texts, or a text only two others share', async () => {
    await copies(2);
    expect((await writeAndConfirm({ email: 'a@example.org', body: SHARED })).body).toContain('your letter is on its way');
    await copies(5, 'A completely different letter about books, films and the weather in Lyon this spring, written with care.');
    const own = 'Dear Ambassador, our reading circle in Lyon has followed the case of Yana for a year. We ask you to let her family visit her, and to tell us what your embassy is doing for her. With respect, the reading circle.';
    expect((await writeAndConfirm({ email: 'b@example.org', body: own })).body).toContain('your letter is on its way');
    // The template as it is: identical by design, never held.
    for (const who of ['c', 'd', 'e', 'f']) expect((await writeAndConfirm({ email: `${who}@example.org` })).body).toContain('your letter is on its way');
    expect((await lettersIn(t)).filter((l) => l.state === 'held')).toHaveLength(0);
  });

  it('asks "did they reply?" once when due, takes the answer, forgets the supporter, and shows coordinators the counts and notes', async () => {
    const due = await buildActionLetter(db(), t.deps.keys, { campaign: s.campaign, email: 'anna@example.org', name: 'Anna Nowak', targetIds: [s.embassy.id], followupDueOn: todayIso() });
    await buildActionLetter(db(), t.deps.keys, { campaign: s.campaign, email: 'later@example.org', targetIds: [s.embassy.id], followupDueOn: addDays(todayIso(), 1) });
    await actionsMaintenance(t.deps, new Date());
    await actionsMaintenance(t.deps, new Date()); // a second run sends nothing more
    await t.drain();
    const mails = await t.outbox();
    expect(mails.map((m) => m.to)).toEqual(['anna@example.org']);
    expect(mails[0].subject).toBe('Did they reply?');
    expect(mails[0].text).toContain('"Free Yana"');
    expect(mails[0].text).not.toContain('Anna');
    expect((await lettersIn(t)).find((l) => l.id === due.id)!.followupSentOn).toBe(todayIso());

    const link = linkIn(mails[0].text, '/en/campaigns/free-yana/write/reply');
    const form = await visitor.get(link);
    expect(form.body).toContain('Did you get a reply?');
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const missing = await visitor.post('/en/campaigns/free-yana/write/reply', { token, note: 'x' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Choose an answer.');
    expect((await lettersIn(t)).find((l) => l.id === due.id)!.answeredOn).toBeNull();
    const answered = await visitor.post('/en/campaigns/free-yana/write/reply', { token, answer: 'yes_personal', note: 'The ambassador promised to pass it on.' });
    expect(answered.body).toContain('Thank you for your answer');
    expect((await lettersIn(t)).find((l) => l.id === due.id)).toMatchObject({ replyAnswer: 'yes_personal', replyNote: 'The ambassador promised to pass it on.', answeredOn: todayIso(), nameEnc: null, emailEnc: null });
    expect((await visitor.get(link)).body).toContain('Already answered');

    const coordinator = await signInStaff(t, 'coordinator@example.org', ['coordinator']);
    const replies = await coordinator.get('/en/campaigns/free-yana/replies');
    expect(replies.body).toContain('1 supporter was asked.');
    expect(replies.body).toMatch(/Yes, a personal answer<\/th><td>1</);
    expect(replies.body).toMatch(/No<\/th><td>0</);
    expect(replies.body).toContain('The ambassador promised to pass it on.');
    expect(replies.body).not.toContain('anna@example.org');
    expect(replies.body).not.toContain('Anna Nowak');
  });

  it('deletes unconfirmed letters when their link runs out, and forgets supporters a month after an unanswered follow-up', async () => {
    await writeLetter(visitor, { email: 'slow@example.org' });
    const old = await buildActionLetter(db(), t.deps.keys, { campaign: s.campaign, email: 'quiet@example.org', targetIds: [s.embassy.id], followupDueOn: addDays(todayIso(), -31), followupSentOn: addDays(todayIso(), -31) });
    const recent = await buildActionLetter(db(), t.deps.keys, { campaign: s.campaign, email: 'recent@example.org', targetIds: [s.ministry.id], followupDueOn: addDays(todayIso(), -3), followupSentOn: addDays(todayIso(), -3) });
    await actionsMaintenance(t.deps, new Date());
    expect(await lettersIn(t)).toHaveLength(3); // the unconfirmed letter still has time
    expect((await db().select().from(actionLetters).where(eq(actionLetters.id, old.id)))[0]).toMatchObject({ nameEnc: null, emailEnc: null });
    expect((await db().select().from(actionLetters).where(eq(actionLetters.id, recent.id)))[0].emailEnc).not.toBeNull();

    await actionsMaintenance(t.deps, new Date(Date.now() + 49 * 3600_000));
    const left = await lettersIn(t);
    expect(left.map((l) => l.id).sort()).toEqual([old.id, recent.id].sort());
  });
});
