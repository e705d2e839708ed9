import type { Deps } from '../../../app/context.ts';
import { enqueueEmail } from '../../../jobs/email.job.ts';
import { derivedJobId } from '../../../jobs/queue.ts';
import { addDays, displayName, todayIso } from '../../registry/registry.present.ts';
import { BIRTHDAY_NOTICE_DAYS, TASK_DUE_NOTICE_DAYS } from './friends.model.ts';
import type { ReminderItem } from './friends.emails.ts';
import { claimReminderKeys, friendsWantingReminders, purgeUnconfirmed, releaseReminderKey, tasksDueBetween, upcomingBirthdays, type ReminderFriend } from './reminders.repository.ts';

/**
 * The daily work of friends: opt-in reminders (a friend's person's birthday within a week, an open task
 * due within three days). Idempotent: each reminder's key is inserted once, in the same transaction as
 * the e-mail that carries it, and a friend gets at most one e-mail a day (a `day:` key). What is not
 * sent today because of that goes tomorrow. Unconfirmed friendships whose link ran out are deleted, and
 * friends without an account left with no friendship.
 */
export async function friendsDaily(deps: Deps, today: Date): Promise<void> {
  const day = todayIso(today);
  await purgeUnconfirmed(deps.database.db, today);
  for (const friend of await friendsWantingReminders(deps.database.db)) await remindOne(deps, friend, day);
}

/** The days from tomorrow to `days` ahead, as month and day, each with the year it falls in. */
function comingDays(day: string, days: number) {
  return Array.from({ length: days }, (_, i) => {
    const iso = addDays(day, i + 1);
    return { iso, year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
  });
}

async function remindOne(deps: Deps, friend: ReminderFriend, day: string) {
  const sealed = friend.emailEnc ?? friend.userEmailEnc;
  if (!sealed) return;
  const db = deps.database.db;
  const days = comingDays(day, BIRTHDAY_NOTICE_DAYS);
  const [birthdays, tasks] = await Promise.all([
    upcomingBirthdays(db, friend.id, days),
    tasksDueBetween(db, friend.id, friend.locale, day, addDays(day, TASK_DUE_NOTICE_DAYS)),
  ]);
  const candidates = new Map<string, ReminderItem>();
  for (const b of birthdays) {
    const on = days.find((d) => d.month === b.month && d.day === b.day)!;
    candidates.set(`birthday:${b.personId}:${on.year}`, { kind: 'birthday', name: displayName(b, friend.locale), on: on.iso });
  }
  for (const t of tasks) candidates.set(`task:${t.taskId}`, { kind: 'task', name: t.title, on: t.dueOn });
  if (!candidates.size) return;
  const dayKey = `day:${day}`;
  await db.transaction(async (tx) => {
    // Today's e-mail already went: leave the rest for tomorrow.
    if (!(await claimReminderKeys(tx, friend.id, [dayKey], day)).length) return;
    const fresh = await claimReminderKeys(tx, friend.id, [...candidates.keys()], day);
    if (!fresh.length) return releaseReminderKey(tx, friend.id, dayKey);
    const items = fresh.map((k) => candidates.get(k)!).sort((a, b) => a.on.localeCompare(b.on));
    await enqueueEmail(
      deps,
      tx,
      { to: deps.keys.decrypt(sealed), template: 'friends.reminder', locale: friend.locale, params: { lang: friend.locale, items: JSON.stringify(items) } },
      { id: derivedJobId(friend.id, dayKey) },
    );
  });
}
