import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { hashToken, type Keys } from '../../../lib/crypto.ts';
import type { Conn } from '../../registry/registry.repository.ts';
import { rowsOf } from '../../registry/search/search.repository.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { TaskKind } from '../solidarity.model.ts';
import { insertFriend, insertFriendship, type FriendRow, type FriendshipRow } from './friends.repository.ts';
import { insertTask, type TaskRow } from './tasks.repository.ts';

export async function buildTask(db: Conn, t: { kind?: TaskKind; locale?: string; title: string; body?: string; personId?: string | null; dueOn?: string | null; active?: boolean }): Promise<TaskRow> {
  return insertTask(db, {
    kind: t.kind ?? 'letter',
    locale: t.locale ?? 'en',
    title: t.title,
    body: t.body ?? t.title,
    personId: t.personId ?? null,
    dueOn: t.dueOn ?? null,
    active: t.active ?? true,
    createdOn: todayIso(),
  });
}

/** A friend with a (sealed) e-mail address, or with an account when `userId` is given. */
export async function buildFriend(db: Conn, keys: Keys, f: { pseudonym: string; email?: string; userId?: string; locale?: string; reminders?: boolean; pageToken?: string }): Promise<FriendRow> {
  return insertFriend(db, {
    pseudonym: f.pseudonym,
    userId: f.userId ?? null,
    emailEnc: f.email ? keys.encrypt(f.email) : null,
    emailHash: f.email ? keys.lookupHash(f.email) : null,
    locale: f.locale ?? 'en',
    reminders: f.reminders ?? false,
    pageTokenHash: f.pageToken ? hashToken(f.pageToken) : null,
    createdOn: todayIso(),
  });
}

export async function buildFriendship(db: Conn, f: { friendId: string; personId: string; confirmed?: boolean }): Promise<FriendshipRow> {
  const today = todayIso();
  return insertFriendship(db, { friendId: f.friendId, personId: f.personId, confirmedOn: f.confirmed === false ? null : today, createdOn: today });
}

const DEMO_TASKS: { kind: TaskKind; locale: string; title: string; body: string }[] = [
  { kind: 'letter', locale: 'en', title: 'Write a short letter', body: 'Write a few warm lines about your day, a book or your city, and send them through the letters page. Keep to everyday topics.' },
  { kind: 'postcard', locale: 'en', title: 'Send a postcard', body: 'Choose a postcard with a view of your town or a cheerful picture, write a greeting and post it.' },
  { kind: 'creative', locale: 'en', title: 'Make a drawing', body: 'Draw something bright (a landscape, an animal, a flower) and send it with a letter. Drawings are welcome inside.' },
  { kind: 'letter', locale: 'ru', title: 'Напишите короткое письмо', body: 'Напишите несколько тёплых строк о своём дне, книге или городе и отправьте через страницу писем. Только о повседневном.' },
  { kind: 'postcard', locale: 'ru', title: 'Отправьте открытку', body: 'Выберите открытку с видом вашего города или весёлой картинкой, напишите поздравление и отправьте.' },
  { kind: 'creative', locale: 'ru', title: 'Нарисуйте рисунок', body: 'Нарисуйте что-нибудь яркое (пейзаж, животное, цветок) и вложите в письмо. Рисунки всегда радуют.' },
];

/**
 * Invented demo data for friends (never real people), made by the same builders the tests use: task
 * templates for everyone in English and Russian, and a few friends so the friend counts differ.
 */
export async function seedFriendsDemo(db: Db, keys: Keys): Promise<void> {
  for (const task of DEMO_TASKS) await buildTask(db, task);
  // The first people held, by slug: some get three friends, some one, the rest none.
  const held = await rowsOf<{ id: string }>(db, sql`SELECT id FROM people WHERE status = 'current' ORDER BY slug LIMIT 12`);
  const friends: FriendRow[] = [];
  for (let i = 0; i < 5; i++) {
    friends.push(await buildFriend(db, keys, { pseudonym: ['Linden', 'Sparrow', 'Rowan', 'Heather', 'Birch'][i], email: `friend-${i + 1}@demo.invalid`, locale: i % 2 ? 'ru' : 'en' }));
  }
  for (const [index, person] of held.entries()) {
    const count = index < 3 ? 3 : index < 8 ? 1 : 0;
    for (let k = 0; k < count; k++) await buildFriendship(db, { friendId: friends[(index + k) % friends.length].id, personId: person.id });
  }
}
