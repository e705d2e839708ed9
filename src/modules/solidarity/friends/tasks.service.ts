// Task templates (coordinators) and tasks done (friends): one transaction each.
import { randomBytes } from 'node:crypto';
import type { Deps } from '../../../app/context.ts';
import { allow } from '../../../app/policy.ts';
import type { Actor } from '../../../app/roles.ts';
import type { FieldErrors } from '../../../lib/forms.ts';
import type { Photo } from '../../../lib/images.ts';
import { findPersonBySlug } from '../../registry/registry.repository.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { FriendRow } from './friends.repository.ts';
import type { TaskForm } from './friends.schemas.ts';
import { doneTasksOfFriend, findDonePhoto, insertDoneOnce, insertTask, openTasksOf, peopleOfFriend, taskLocaleFor, taskOpenFor, updateTask } from './tasks.repository.ts';

/** Writes a new template, or changes one (`id`); a person named by slug must exist. */
export async function saveTask(deps: Deps, form: TaskForm, opts: { id?: string; userId: string }): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const db = deps.database.db;
  let personId: string | null = null;
  if (form.person) {
    const person = await findPersonBySlug(db, form.person);
    if (!person) return { ok: false, errors: { person: 'friends.tasks.personUnknown' } };
    personId = person.id;
  }
  const values = { kind: form.kind, locale: form.locale, title: form.title, body: form.body, personId, dueOn: form.dueOn || null };
  if (opts.id) await updateTask(db, opts.id, values);
  else await insertTask(db, { ...values, createdBy: opts.userId, createdOn: todayIso() });
  return { ok: true };
}

export async function setTaskActive(deps: Deps, id: string, active: boolean): Promise<boolean> {
  return updateTask(deps.database.db, id, { active });
}

/** Everything a friend's own page shows: their people, each with open tasks, and what they have done. */
export async function friendPageView(deps: Deps, friend: FriendRow) {
  const db = deps.database.db;
  const locale = await taskLocaleFor(db, friend.locale);
  const [people, open, done] = await Promise.all([peopleOfFriend(db, friend.id), openTasksOf(db, friend.id, locale), doneTasksOfFriend(db, friend.id)]);
  return { people: people.map((p) => ({ ...p, tasks: open.filter((t) => t.friendshipId === p.friendshipId) })), done };
}
export type FriendPageView = Awaited<ReturnType<typeof friendPageView>>;

export type MarkDoneOutcome = 'done' | 'already' | 'not_found';

/**
 * A friend marks a task done for one of their people, with an optional photo (already re-encoded by the
 * route: never the original). The file is written before the row that names it; if the task was already
 * done, the new file is removed and nothing changes.
 */
export async function markTaskDone(deps: Deps, friend: FriendRow, friendshipId: string, taskId: string, photo: Photo | null): Promise<MarkDoneOutcome> {
  const db = deps.database.db;
  const friendship = (await peopleOfFriend(db, friend.id)).find((p) => p.friendshipId === friendshipId);
  if (!friendship || !(await taskOpenFor(db, taskId, friendship.personId))) return 'not_found';
  const photoKey = photo ? `friends/${randomBytes(16).toString('hex')}.jpg` : null;
  if (photo && photoKey) await deps.blobs.put(photoKey, photo.data);
  const inserted = await insertDoneOnce(db, { taskId, friendshipId, photoKey, doneOn: todayIso() });
  if (!inserted && photoKey) await deps.blobs.delete(photoKey);
  return inserted ? 'done' : 'already';
}

/** A done task's photo, for the friend who did it or a coordinator; null (a 404) for anyone else. */
export async function donePhotoFor(deps: Deps, doneId: string, viewer: { actor: Actor; friend: FriendRow | null }): Promise<Buffer | null> {
  const done = await findDonePhoto(deps.database.db, doneId);
  if (!done?.photoKey) return null;
  const mayView = viewer.friend?.id === done.friendId || allow(viewer.actor, 'friends.coordinate');
  return mayView ? deps.blobs.get(done.photoKey) : null;
}
