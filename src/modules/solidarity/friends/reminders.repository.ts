// The SQL of the daily reminders: what is coming up for friends who asked to be reminded, and the keys of
// reminders already sent (a key is inserted once; the e-mail goes in the same transaction).
import { sql } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { rowsOf } from '../../registry/search/search.repository.ts';
import { FALLBACK_TASK_LOCALE } from './friends.model.ts';

export interface ReminderFriend {
  id: string;
  locale: string;
  emailEnc: string | null;
  userEmailEnc: string | null;
}

/** Friends who turned reminders on and have at least one confirmed friendship. */
export async function friendsWantingReminders(db: Conn): Promise<ReminderFriend[]> {
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`SELECT fr.id, fr.locale, fr.email_enc, u.email_enc AS user_email_enc FROM friends fr LEFT JOIN users u ON u.id = fr.user_id
        WHERE fr.reminders AND EXISTS (SELECT 1 FROM friendships fs WHERE fs.friend_id = fr.id AND fs.confirmed_on IS NOT NULL)
        ORDER BY fr.id`,
  );
  return rows.map((r) => ({ id: r.id as string, locale: r.locale as string, emailEnc: (r.email_enc ?? null) as string | null, userEmailEnc: (r.user_email_enc ?? null) as string | null }));
}

export interface UpcomingBirthday {
  personId: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
  month: number;
  day: number;
}

/** The friend's people held now whose birthday (month and day) is one of the given days. */
export async function upcomingBirthdays(db: Conn, friendId: string, days: { month: number; day: number }[]): Promise<UpcomingBirthday[]> {
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`SELECT p.id, p.name_be, p.name_ru, p.name_latin, p.birth_month, p.birth_day
        FROM friendships fs JOIN people p ON p.id = fs.person_id
        WHERE fs.friend_id = ${friendId} AND fs.confirmed_on IS NOT NULL AND p.status = 'current'
          AND (p.birth_month, p.birth_day) IN (SELECT m, d FROM jsonb_to_recordset(${JSON.stringify(days.map((x) => ({ m: x.month, d: x.day })))}::jsonb) AS x(m int, d int))`,
  );
  return rows.map((r) => ({
    personId: r.id as string,
    nameBe: (r.name_be ?? null) as string | null,
    nameRu: (r.name_ru ?? null) as string | null,
    nameLatin: (r.name_latin ?? null) as string | null,
    month: Number(r.birth_month),
    day: Number(r.birth_day),
  }));
}

export interface DueTask {
  taskId: string;
  title: string;
  dueOn: string;
}

/** Open tasks of the friend's people (in the friend's task language) due between two dates, each once. */
export async function tasksDueBetween(db: Conn, friendId: string, locale: string, from: string, to: string): Promise<DueTask[]> {
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`WITH lang AS (SELECT CASE WHEN EXISTS (SELECT 1 FROM friend_tasks WHERE locale = ${locale} AND active) THEN ${locale} ELSE ${FALLBACK_TASK_LOCALE} END AS l)
        SELECT DISTINCT t.id, t.title, t.due_on::text AS due_on
        FROM friendships fs JOIN friend_tasks t ON t.active AND t.locale = (SELECT l FROM lang) AND (t.person_id IS NULL OR t.person_id = fs.person_id)
        WHERE fs.friend_id = ${friendId} AND fs.confirmed_on IS NOT NULL AND t.due_on BETWEEN ${from}::date AND ${to}::date
          AND NOT EXISTS (SELECT 1 FROM friend_task_done d WHERE d.task_id = t.id AND d.friendship_id = fs.id)
        ORDER BY due_on, t.title`,
  );
  return rows.map((r) => ({ taskId: r.id as string, title: r.title as string, dueOn: r.due_on as string }));
}

/** Records reminder keys; returns those that were new (a key already there was sent before). */
export async function claimReminderKeys(db: Conn, friendId: string, keys: string[], on: string): Promise<string[]> {
  if (!keys.length) return [];
  const rows = await rowsOf<{ key: string }>(
    db,
    sql`INSERT INTO friend_reminders (friend_id, key, sent_on)
        SELECT ${friendId}, k, ${on}::date FROM jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb) AS k
        ON CONFLICT DO NOTHING RETURNING key`,
  );
  return rows.map((r) => r.key);
}

export async function releaseReminderKey(db: Conn, friendId: string, key: string): Promise<void> {
  await db.execute(sql`DELETE FROM friend_reminders WHERE friend_id = ${friendId} AND key = ${key}`);
}

/**
 * Friendships whose confirmation link ran out are dropped, and so are friends without an account who have no
 * friendship left: an address nobody confirmed (or whose friendships all ended) is not kept.
 */
export async function purgeUnconfirmed(db: Conn, now: Date): Promise<void> {
  await db.execute(sql`DELETE FROM friendships WHERE confirmed_on IS NULL AND confirm_expires_at < ${now.toISOString()}::timestamptz`);
  await db.execute(sql`DELETE FROM friends fr WHERE fr.user_id IS NULL AND NOT EXISTS (SELECT 1 FROM friendships fs WHERE fs.friend_id = fr.id)`);
}
