import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import type { FormState } from '../../../app/form-fields.tsx';
import { notFound } from '../../../app/errors.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes, type RouteSpec } from '../../../app/routing.ts';
import { echoValues, parseForm } from '../../../lib/forms.ts';
import { taskSchema } from './friends.schemas.ts';
import { progressByFriend, progressByPerson } from './progress.repository.ts';
import { findTask, listTasks, recentDonePhotos } from './tasks.repository.ts';
import { saveTask, setTaskActive } from './tasks.service.ts';
import { ProgressPage, TaskEditPage, TasksPage, taskValues } from './coordinate.views.tsx';

/** Coordinators' pages: task templates and progress. */
export function coordinateRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const route = (method: 'GET' | 'POST', url: string, handler: RouteSpec['handler']): RouteSpec => ({ method, url, policy: 'friends.coordinate', onDenied: 'login', handler });

  const tasksPage = async (req: FastifyRequest, reply: FastifyReply, state?: FormState, status = 200) =>
    sendPage(reply, <TasksPage ctx={req.ctx} tasks={await listTasks(db)} state={state} saved={(req.query as { saved?: unknown }).saved === '1'} />, status);

  async function taskOf(req: FastifyRequest) {
    const id = z.uuid().safeParse((req.params as { id?: string }).id);
    const task = id.success ? await findTask(db, id.data) : undefined;
    if (!task) throw notFound();
    return task;
  }

  const toggle = (active: boolean): RouteSpec['handler'] => async (req, reply) => {
    const task = await taskOf(req);
    await setTaskActive(deps, task.id, active);
    return reply.redirect(`/${req.ctx.lang}/friends/tasks?saved=1`, 303);
  };

  addRoutes(app, [
    route('GET', '/:lang/friends/tasks', (req, reply) => tasksPage(req, reply)),
    route('POST', '/:lang/friends/tasks', async (req, reply) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const form = parseForm(taskSchema, body);
      if (!form.ok) return tasksPage(req, reply, form, 400);
      const saved = await saveTask(deps, form.data, { userId: req.ctx.actor.userId! });
      if (!saved.ok) return tasksPage(req, reply, { errors: saved.errors, values: echoValues(body) }, 400);
      return reply.redirect(`/${req.ctx.lang}/friends/tasks?saved=1`, 303);
    }),
    route('GET', '/:lang/friends/tasks/:id', async (req, reply) => {
      const task = await taskOf(req);
      return sendPage(reply, <TaskEditPage ctx={req.ctx} task={task} state={{ values: taskValues(task) }} />);
    }),
    route('POST', '/:lang/friends/tasks/:id', async (req, reply) => {
      const task = await taskOf(req);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const form = parseForm(taskSchema, body);
      if (!form.ok) return sendPage(reply, <TaskEditPage ctx={req.ctx} task={task} state={form} />, 400);
      const saved = await saveTask(deps, form.data, { id: task.id, userId: req.ctx.actor.userId! });
      if (!saved.ok) return sendPage(reply, <TaskEditPage ctx={req.ctx} task={task} state={{ errors: saved.errors, values: echoValues(body) }} />, 400);
      return reply.redirect(`/${req.ctx.lang}/friends/tasks?saved=1`, 303);
    }),
    route('POST', '/:lang/friends/tasks/:id/deactivate', toggle(false)),
    route('POST', '/:lang/friends/tasks/:id/activate', toggle(true)),
    route('GET', '/:lang/friends/progress', async (req, reply) => {
      const [byPerson, byFriend, photos] = await Promise.all([progressByPerson(db), progressByFriend(db), recentDonePhotos(db, 60)]);
      return sendPage(reply, <ProgressPage ctx={req.ctx} byPerson={byPerson} byFriend={byFriend} photos={photos} />);
    }),
  ]);
}
