import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../tests/support/app.ts';
import { TEST_DB_KINDS } from '../../../../tests/support/databases.ts';
import { savePerson } from '../../registry/registry.service.ts';
import { buildFriend, buildFriendship, buildTask } from './friends.builders.ts';
import { friendsDaily } from './friends.maintenance.ts';
import { friends, friendships } from './friends.tables.ts';
import { isNull } from 'drizzle-orm';

const DAY = new Date('2031-03-10T09:00:00Z');
const NEXT_DAY = new Date('2031-03-11T09:00:00Z');

describe.each(TEST_DB_KINDS)('friends reminders on %s', (kind) => {
  let t: TestApp;
  const db = () => t.deps.database.db;

  beforeEach(async () => {
    t = await startTestApp(kind);
    const { person } = await savePerson(db(), { nameLatin: 'Boris Arlou', status: 'current', country: 'BY', birth: { year: 1990, month: 3, day: 17 } }, { importLabel: 'test' });
    const wants = await buildFriend(db(), t.deps.keys, { pseudonym: 'Linden', email: 'wants@example.org', reminders: true });
    const quiet = await buildFriend(db(), t.deps.keys, { pseudonym: 'Rowan', email: 'quiet@example.org', reminders: false });
    const unconfirmed = await buildFriend(db(), t.deps.keys, { pseudonym: 'Birch', email: 'unconfirmed@example.org', reminders: true });
    await buildFriendship(db(), { friendId: wants.id, personId: person.id });
    await buildFriendship(db(), { friendId: quiet.id, personId: person.id });
    await buildFriendship(db(), { friendId: unconfirmed.id, personId: person.id, confirmed: false });
    await buildTask(db(), { title: 'Send a spring postcard', kind: 'postcard', dueOn: '2031-03-13' });
    await buildTask(db(), { title: 'A task for much later', dueOn: '2031-06-01' });
  });
  afterEach(() => t.close());

  it('sends one reminder e-mail, once, to friends who asked, with a subject that names nobody', async () => {
    await friendsDaily(t.deps, DAY);
    await friendsDaily(t.deps, DAY);
    await t.drain();
    await friendsDaily(t.deps, NEXT_DAY);
    await t.drain();
    const mails = await t.outbox();
    expect(mails.map((m) => m.to)).toEqual(['wants@example.org']);
    const [mail] = mails;
    expect(mail.subject).toBe('A reminder from Solidarity Post');
    expect(mail.subject).not.toMatch(/Boris|Arlou|postcard/i);
    expect(mail.text).toContain('the birthday of Boris Arlou on March 17, 2031');
    expect(mail.text).toContain('the task “Send a spring postcard”, due March 13, 2031');
    expect(mail.text).not.toContain('much later');
  });

  it('deletes friendships whose confirmation link ran out, and friends left with none', async () => {
    const before = await db().select().from(friends);
    expect(before).toHaveLength(3);
    await db().update(friendships).set({ confirmExpiresAt: new Date('2031-03-01T00:00:00Z') }).where(isNull(friendships.confirmedOn));
    await friendsDaily(t.deps, DAY);
    expect((await db().select().from(friends)).map((f) => f.pseudonym).sort()).toEqual(['Linden', 'Rowan']);
    expect(await db().select().from(friendships)).toHaveLength(2);
  });

  it('sends at most one e-mail a day: what comes up after today’s went waits for tomorrow, then goes once', async () => {
    await friendsDaily(t.deps, DAY);
    await buildTask(db(), { title: 'Wear the campaign colour', kind: 'public_action', dueOn: '2031-03-12' });
    await friendsDaily(t.deps, DAY);
    await t.drain();
    expect(await t.outbox()).toHaveLength(1);
    await friendsDaily(t.deps, NEXT_DAY);
    await friendsDaily(t.deps, NEXT_DAY);
    await t.drain();
    const mails = await t.outbox();
    expect(mails).toHaveLength(2);
    expect(mails[0].text).toContain('Wear the campaign colour');
    expect(mails[0].text).not.toContain('Boris Arlou');
  });
});
