// The only SQL about task templates, tasks done, and what friends and coordinators see of them.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Conn } from '../../registry/registry.repository.ts';
import { rowsOf } from '../../registry/search/search.repository.ts';
import { people } from '../../registry/registry.tables.ts';
import type { TaskKind } from '../solidarity.model.ts';
import { FALLBACK_TASK_LOCALE } from './friends.model.ts';
import { friendTaskDone, friendTasks } from './friends.tables.ts';

export type TaskRow = typeof friendTasks.$inferSelect;

export async function insertTask(db: Conn, values: typeof friendTasks.$inferInsert): Promise<TaskRow> {
  const [row] = await db.insert(friendTasks).values(values).returning();
  return row;
}

export async function updateTask(db: Conn, id: string, values: Partial<typeof friendTasks.$inferInsert>): Promise<boolean> {
  const rows = await db.update(friendTasks).set(values).where(eq(friendTasks.id, id)).returning({ id: friendTasks.id });
  return rows.length > 0;
}

export async function findTask(db: Conn, id: string): Promise<(TaskRow & { personSlug: string | null }) | undefined> {
  const [row] = await db
    .select({ task: friendTasks, personSlug: people.slug })
    .from(friendTasks)
    .leftJoin(people, eq(people.id, friendTasks.personId))
    .where(eq(friendTasks.id, id));
  return row ? { ...row.task, personSlug: row.personSlug } : undefined;
}

export interface TaskListItem extends TaskRow {
  person: { slug: string; nameBe: string | null; nameRu: string | null; nameLatin: string | null } | null;
  doneCount: number;
}

/** Every template, active ones first, newest first: the coordinators' list. */
export async function listTasks(db: Conn): Promise<TaskListItem[]> {
  const rows = await db
    .select({
      task: friendTasks,
      slug: people.slug,
      nameBe: people.nameBe,
      nameRu: people.nameRu,
      nameLatin: people.nameLatin,
      doneCount: sql<number>`(SELECT count(*)::int FROM friend_task_done d WHERE d.task_id = ${friendTasks.id})`,
    })
    .from(friendTasks)
    .leftJoin(people, eq(people.id, friendTasks.personId))
    .orderBy(desc(friendTasks.active), desc(friendTasks.createdOn), friendTasks.title);
  return rows.map((r) => ({
    ...r.task,
    person: r.slug ? { slug: r.slug, nameBe: r.nameBe, nameRu: r.nameRu, nameLatin: r.nameLatin } : null,
    doneCount: Number(r.doneCount),
  }));
}

/** The language a friend's tasks are read in: their own if any active template is written in it, else English. */
export async function taskLocaleFor(db: Conn, locale: string): Promise<string> {
  const rows = await db
    .select({ id: friendTasks.id })
    .from(friendTasks)
    .where(and(eq(friendTasks.locale, locale), eq(friendTasks.active, true)))
    .limit(1);
  return rows.length ? locale : FALLBACK_TASK_LOCALE;
}

export interface FriendPerson {
  friendshipId: string;
  personId: string;
  slug: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
  status: string;
  confirmedOn: string;
  done: number;
}

/** A friend's people: their confirmed friendships, with how many tasks each has done. */
export async function peopleOfFriend(db: Conn, friendId: string): Promise<FriendPerson[]> {
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`SELECT fs.id AS friendship_id, p.id AS person_id, p.slug, p.name_be, p.name_ru, p.name_latin, p.status, fs.confirmed_on::text AS confirmed_on,
          (SELECT count(*)::int FROM friend_task_done d WHERE d.friendship_id = fs.id) AS done
        FROM friendships fs JOIN people p ON p.id = fs.person_id
        WHERE fs.friend_id = ${friendId} AND fs.confirmed_on IS NOT NULL
        ORDER BY fs.confirmed_on, p.sort_latin`,
  );
  return rows.map((r) => ({
    friendshipId: r.friendship_id as string,
    personId: r.person_id as string,
    slug: r.slug as string,
    nameBe: (r.name_be ?? null) as string | null,
    nameRu: (r.name_ru ?? null) as string | null,
    nameLatin: (r.name_latin ?? null) as string | null,
    status: r.status as string,
    confirmedOn: r.confirmed_on as string,
    done: Number(r.done),
  }));
}

export interface OpenTask {
  friendshipId: string;
  id: string;
  kind: TaskKind;
  title: string;
  body: string;
  dueOn: string | null;
}

/** Active tasks in a language, for the friendship's person or for everyone, that the friendship has not done yet. */
export async function openTasksOf(db: Conn, friendId: string, locale: string): Promise<OpenTask[]> {
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`SELECT fs.id AS friendship_id, t.id, t.kind, t.title, t.body, t.due_on::text AS due_on
        FROM friendships fs JOIN friend_tasks t ON t.active AND t.locale = ${locale} AND (t.person_id IS NULL OR t.person_id = fs.person_id)
        WHERE fs.friend_id = ${friendId} AND fs.confirmed_on IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM friend_task_done d WHERE d.task_id = t.id AND d.friendship_id = fs.id)
        ORDER BY t.due_on NULLS LAST, t.created_on, t.title`,
  );
  return rows.map((r) => ({
    friendshipId: r.friendship_id as string,
    id: r.id as string,
    kind: r.kind as TaskKind,
    title: r.title as string,
    body: r.body as string,
    dueOn: (r.due_on ?? null) as string | null,
  }));
}

/** Whether the task is one the friendship may mark done: active, and for its person or for everyone. */
export async function taskOpenFor(db: Conn, taskId: string, personId: string): Promise<boolean> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`SELECT id FROM friend_tasks WHERE id = ${taskId} AND active AND (person_id IS NULL OR person_id = ${personId})`,
  );
  return rows.length > 0;
}

/** Records a task done once; false when the friendship had already done it. */
export async function insertDoneOnce(db: Conn, values: typeof friendTaskDone.$inferInsert): Promise<boolean> {
  const rows = await db.insert(friendTaskDone).values(values).onConflictDoNothing().returning({ id: friendTaskDone.id });
  return rows.length > 0;
}

export interface DoneTask {
  id: string;
  title: string;
  kind: TaskKind;
  doneOn: string;
  photoKey: string | null;
  friendshipId: string;
  personSlug: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
  pseudonym: string;
}

const DONE_SELECT = sql`SELECT d.id, t.title, t.kind, d.done_on::text AS done_on, d.photo_key, d.friendship_id, p.slug, p.name_be, p.name_ru, p.name_latin, fr.pseudonym
  FROM friend_task_done d JOIN friend_tasks t ON t.id = d.task_id JOIN friendships fs ON fs.id = d.friendship_id
  JOIN people p ON p.id = fs.person_id JOIN friends fr ON fr.id = fs.friend_id`;

function toDone(r: Record<string, unknown>): DoneTask {
  const s = (k: string) => (r[k] ?? null) as string | null;
  return {
    id: r.id as string,
    title: r.title as string,
    kind: r.kind as TaskKind,
    doneOn: r.done_on as string,
    photoKey: s('photo_key'),
    friendshipId: r.friendship_id as string,
    personSlug: r.slug as string,
    nameBe: s('name_be'),
    nameRu: s('name_ru'),
    nameLatin: s('name_latin'),
    pseudonym: r.pseudonym as string,
  };
}

export async function doneTasksOfFriend(db: Conn, friendId: string): Promise<DoneTask[]> {
  return (await rowsOf<Record<string, unknown>>(db, sql`${DONE_SELECT} WHERE fs.friend_id = ${friendId} ORDER BY d.done_on DESC, t.title`)).map(toDone);
}

/** Done tasks that have a photo, newest first: what coordinators look through. */
export async function recentDonePhotos(db: Conn, limit: number): Promise<DoneTask[]> {
  return (await rowsOf<Record<string, unknown>>(db, sql`${DONE_SELECT} WHERE d.photo_key IS NOT NULL ORDER BY d.done_on DESC, d.id LIMIT ${limit}`)).map(toDone);
}

/** A done task's photo and whose friendship it belongs to. */
export async function findDonePhoto(db: Conn, doneId: string): Promise<{ photoKey: string | null; friendId: string } | undefined> {
  const [row] = await rowsOf<{ photo_key: string | null; friend_id: string }>(
    db,
    sql`SELECT d.photo_key, fs.friend_id FROM friend_task_done d JOIN friendships fs ON fs.id = d.friendship_id WHERE d.id = ${doneId}`,
  );
  return row ? { photoKey: row.photo_key, friendId: row.friend_id } : undefined;
}
