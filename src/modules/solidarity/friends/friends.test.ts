import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { linkIn, TestClient } from '../../../../tests/support/client.ts';
import { signInStaff } from '../../../../tests/support/staff.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { buildFriend, buildFriendship } from './friends.builders.ts';
import { friends, friendships } from './friends.tables.ts';

/** Befriends through the real form and returns the link the e-mail carries (to `path`). */
async function befriend(t: TestApp, c: TestClient, to: string, email: string, fields: Record<string, string> = {}) {
  await c.get(`/en/friends/new?to=${to}`);
  const res = await c.post(`/en/friends/new?to=${to}`, { pseudonym: 'Linden', email, ...fields });
  expect(res.statusCode).toBe(303);
  expect(res.headers.location).toBe('/en/friends/sent');
  await t.drain();
}

// The outbox lists the newest first.
const lastMailTo = async (t: TestApp, to: string) => (await t.outbox()).find((m) => m.to === to)!;
const tokenOf = (link: string) => new URL(link, 'http://x').searchParams.get('token')!;

describe.each(TEST_DB_KINDS)('friends on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;
  const ids: Record<string, string> = {};

  beforeEach(async () => {
    t = await startTestApp(kind);
    for (const [slug, nameLatin, status] of [
      ['andrei-ivanou', 'Andrei Ivanou', 'current'],
      ['boris-arlou', 'Boris Arlou', 'current'],
      ['clara-zhuk', 'Clara Zhuk', 'current'],
      ['olga-freed', 'Olga Freed', 'released'],
    ] as const) {
      const { person } = await savePerson(db(), { nameLatin, status, country: 'BY' }, { importLabel: 'test' });
      expect(person.slug).toBe(slug);
      ids[slug] = person.id;
    }
  });
  afterEach(() => t.close());

  it('befriends anonymously: confirmed from the e-mail link, then the page link works; only confirmed friends count', async () => {
    const c = new TestClient(t.app);
    await befriend(t, c, 'boris-arlou', 'friend@example.org', { reminders: 'on' });
    const [friendship] = await db().select().from(friendships);
    expect(friendship.confirmedOn).toBeNull();
    expect((await c.get('/en/people/boris-arlou')).body).toContain('No friends yet');

    const confirmMail = await lastMailTo(t, 'friend@example.org');
    expect(confirmMail.subject).toBe('Please confirm your message');
    expect(confirmMail.subject + confirmMail.text).not.toMatch(/Boris|Arlou|Linden/);
    // Opening the link changes nothing (mail scanners open links); the button does.
    const link = linkIn(confirmMail.text, '/en/friends/confirm');
    expect((await c.get(link)).body).toContain('Confirm the friendship');
    expect((await db().select().from(friendships))[0].confirmedOn).toBeNull();
    const confirmed = await c.post('/en/friends/confirm', { token: tokenOf(link) });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('you are a friend now');
    expect((await db().select().from(friendships))[0].confirmedOn).not.toBeNull();
    await c.get(link);
    expect((await c.post('/en/friends/confirm', { token: tokenOf(link) })).body).toContain('Already confirmed');

    await t.drain();
    const pageMail = await lastMailTo(t, 'friend@example.org');
    expect(pageMail.subject).toBe('Your private link');
    const page = await new TestClient(t.app).get(linkIn(pageMail.text, '/en/friends/me'));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Hello, Linden.');
    expect(page.body).toContain('Boris Arlou');
    expect((await c.get('/en/people/boris-arlou')).body).toContain('1 friend');
    const [friend] = await db().select().from(friends);
    expect(friend.emailEnc).not.toContain('friend@example.org');
    expect(friend.reminders).toBe(true);
    expect(await c.get('/en/friends/me?token=' + 'x'.repeat(43)).then((r) => r.statusCode)).toBe(404);
  });

  it('keeps one friend and one friendship when the same address befriends twice, and re-sends a new page link once confirmed', async () => {
    const c = new TestClient(t.app);
    await befriend(t, c, 'boris-arlou', 'twice@example.org');
    await befriend(t, c, 'boris-arlou', 'twice@example.org');
    expect(await db().select().from(friends)).toHaveLength(1);
    expect(await db().select().from(friendships)).toHaveLength(1);
    // The second e-mail carries a new confirmation link; the first one no longer works.
    const [newer, older] = (await t.outbox()).filter((m) => m.to === 'twice@example.org');
    expect(older).toBeDefined();
    await c.get('/en/friends/link');
    expect((await c.post('/en/friends/confirm', { token: tokenOf(linkIn(older.text, '/en/friends/confirm')) })).statusCode).toBe(404);
    await c.get('/en/friends/link');
    await c.post('/en/friends/confirm', { token: tokenOf(linkIn(newer.text, '/en/friends/confirm')) });
    await t.drain();
    const firstPage = linkIn((await lastMailTo(t, 'twice@example.org')).text, '/en/friends/me');

    // Befriending again once confirmed: nothing new is stored, a new page link comes, the old one stops working.
    await befriend(t, c, 'boris-arlou', 'twice@example.org');
    expect(await db().select().from(friendships)).toHaveLength(1);
    const secondPage = linkIn((await lastMailTo(t, 'twice@example.org')).text, '/en/friends/me');
    expect(secondPage).not.toBe(firstPage);
    expect((await c.get(firstPage)).statusCode).toBe(404);
    expect((await c.get(secondPage)).statusCode).toBe(200);

    // "Send me my link again" answers the same for a known and an unknown address; only the friend gets mail.
    await c.get('/en/friends/link');
    const known = await c.post('/en/friends/link', { email: 'twice@example.org' });
    const unknown = await c.post('/en/friends/link', { email: 'nobody@example.org' });
    expect([known.statusCode, known.headers.location]).toEqual([unknown.statusCode, unknown.headers.location]);
    await t.drain();
    expect((await t.outbox()).some((m) => m.to === 'nobody@example.org')).toBe(false);
    expect(linkIn((await lastMailTo(t, 'twice@example.org')).text, '/en/friends/me')).not.toBe(secondPage);
  });

  it('answers bad input with messages in the visitor language and stores nothing', async () => {
    const c = new TestClient(t.app);
    await c.get('/ru/friends/new?to=boris-arlou');
    const res = await c.post('/ru/friends/new?to=boris-arlou', { pseudonym: 'x'.repeat(41), email: 'not-an-address' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Псевдоним слишком длинный');
    expect(res.body).toContain('aria-invalid="true"');
    const empty = await c.post('/en/friends/new?to=boris-arlou', { pseudonym: ' ', email: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter a pseudonym.');
    expect(empty.body).toContain('Enter your e-mail address.');
    expect(await db().select().from(friends)).toHaveLength(0);
    expect(await db().select().from(friendships)).toHaveLength(0);
    await t.drain();
    expect(await t.outbox()).toHaveLength(0);
    // Someone not held, or nobody at all, cannot be befriended.
    expect((await c.get('/en/friends/new?to=olga-freed')).statusCode).toBe(404);
    expect((await c.get('/en/friends/new?to=nobody-here')).statusCode).toBe(404);
    // Without a CSRF token nothing happens either.
    expect((await c.post('/en/friends/new?to=boris-arlou', { pseudonym: 'A', email: 'a@example.org' }, { csrf: null })).statusCode).toBe(403);
  });

  it('lets a signed-in supporter befriend through the account at once, without e-mail', async () => {
    const c = await signInStaff(t, 'member@example.org', ['supporter']);
    const form = await c.get('/en/friends/new?to=clara-zhuk');
    expect(form.body).not.toContain('name="email"');
    const res = await c.post('/en/friends/new?to=clara-zhuk', { pseudonym: 'Heather' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/en/friends/me?welcome=1');
    const page = await c.get('/en/friends/me');
    expect(page.body).toContain('Hello, Heather.');
    expect(page.body).toContain('Clara Zhuk');
    const [friend] = await db().select().from(friends);
    expect(friend.emailEnc).toBeNull();
    expect((await db().select().from(friendships))[0].confirmedOn).not.toBeNull();
    await t.drain();
    expect(await t.outbox()).toHaveLength(0);
    expect((await c.get('/en/people/clara-zhuk')).body).toContain('1 friend');
    // Anonymous visitors without a link are told how to get theirs.
    expect((await new TestClient(t.app).get('/en/friends/me')).body).toContain('Send me my page link again');
  });

  it('lists people held now by fewest confirmed friends, then by name, and picks one with the fewest', async () => {
    const a = await buildFriend(db(), t.deps.keys, { pseudonym: 'A', email: 'a@example.org' });
    const b = await buildFriend(db(), t.deps.keys, { pseudonym: 'B', email: 'b@example.org' });
    await buildFriendship(db(), { friendId: a.id, personId: ids['andrei-ivanou'] });
    await buildFriendship(db(), { friendId: b.id, personId: ids['andrei-ivanou'] });
    await buildFriendship(db(), { friendId: a.id, personId: ids['clara-zhuk'] });
    await buildFriendship(db(), { friendId: b.id, personId: ids['boris-arlou'], confirmed: false });
    await buildFriendship(db(), { friendId: a.id, personId: ids['olga-freed'] });

    const page = (await new TestClient(t.app).get('/en/friends')).body;
    const order = ['Boris Arlou', 'Clara Zhuk', 'Andrei Ivanou'].map((n) => page.indexOf(n));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(page).not.toContain('Olga Freed');
    expect(page).toContain('no friends yet');
    expect(page).toContain('2 friends');

    for (let i = 0; i < 5; i++) {
      const res = await new TestClient(t.app).get('/en/friends/someone');
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/en/friends/new?to=boris-arlou');
    }
    await buildFriendship(db(), { friendId: a.id, personId: ids['boris-arlou'] });
    const picks = new Set<string>();
    for (let i = 0; i < 20; i++) picks.add(String((await new TestClient(t.app).get('/en/friends/someone')).headers.location));
    // Boris and Clara now have one friend each, Andrei two: the pick is always one of the first two.
    for (const pick of picks) expect(['/en/friends/new?to=boris-arlou', '/en/friends/new?to=clara-zhuk']).toContain(pick);
  });

  it('ends a friendship from the page: the count drops, and a stranger cannot end it', async () => {
    const c = await signInStaff(t, 'member@example.org', ['supporter']);
    await c.get('/en/friends/new?to=clara-zhuk');
    await c.post('/en/friends/new?to=clara-zhuk', { pseudonym: 'Heather' });
    const [friendship] = await db().select().from(friendships);
    const stranger = new TestClient(t.app);
    await stranger.get('/en/friends/link');
    expect((await stranger.post('/en/friends/me/end', { friendship: friendship.id })).statusCode).toBe(404);
    await c.get('/en/friends/me');
    const ended = await c.post('/en/friends/me/end', { friendship: friendship.id });
    expect(ended.statusCode).toBe(303);
    expect(await db().select().from(friendships).where(eq(friendships.id, friendship.id))).toHaveLength(0);
    expect((await c.get('/en/people/clara-zhuk')).body).toContain('No friends yet');
  });
});
