import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { hasUpload, uploadedPhoto } from '../../../lib/uploads.ts';
import type { Photo } from '../../../lib/images.ts';
import type { FriendRow } from './friends.repository.ts';
import { endSchema, markDoneSchema, pageQuerySchema, remindersSchema } from './friends.schemas.ts';
import { endFriendship, friendForPage, setReminders } from './friends.service.ts';
import { LinkPage } from './friends.views.tsx';
import { FriendOwnPage, type PageNotice } from './page.views.tsx';
import { donePhotoFor, friendPageView, markTaskDone } from './tasks.service.ts';

const NOTICES: PageNotice[] = ['done', 'already', 'saved', 'ended', 'welcome'];

/** A friend's own page, reached by its private link (token) or, for a friend with an account, signed in. */
export function friendPageRoutes(app: FastifyInstance, deps: Deps) {
  async function owner(req: FastifyRequest, token: string | undefined): Promise<FriendRow> {
    const friend = await friendForPage(deps, token, req.ctx.actor.userId);
    if (!friend) throw notFound();
    return friend;
  }

  async function page(req: FastifyRequest, reply: FastifyReply, friend: FriendRow, token: string | undefined, extra: { notice?: PageNotice; error?: string } = {}, status = 200) {
    const view = await friendPageView(deps, friend);
    return sendPage(reply, <FriendOwnPage ctx={req.ctx} friend={friend} view={view} token={token} {...extra} />, status);
  }

  const backTo = (req: FastifyRequest, reply: FastifyReply, token: string | undefined, notice: PageNotice) =>
    reply.redirect(`/${req.ctx.lang}/friends/me?${token ? `token=${encodeURIComponent(token)}&` : ''}notice=${notice}`, 303);

  /** The form's fields, or a 404: a form without a valid friendship and task is not one of ours. */
  function fields<S extends z.ZodType>(schema: S, req: FastifyRequest): z.infer<S> {
    const parsed = schema.safeParse(req.body ?? {});
    if (!parsed.success) throw notFound();
    return parsed.data;
  }

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/friends/me',
      policy: 'friends.page',
      handler: async (req, reply) => {
        const query = (req.query ?? {}) as Record<string, unknown>;
        const q = pageQuerySchema.safeParse({ token: query.token });
        if (!q.success) throw notFound();
        const friend = await friendForPage(deps, q.data.token, req.ctx.actor.userId);
        if (!friend) {
          // A wrong or replaced link finds nothing; without one, the way to get it.
          if (q.data.token) throw notFound();
          return sendPage(reply, <LinkPage ctx={req.ctx} status="missing" />);
        }
        const notice = NOTICES.find((n) => n === query.notice || (n === 'welcome' && query.welcome === '1'));
        return page(req, reply, friend, q.data.token, { notice });
      },
    },
    {
      method: 'POST',
      url: '/:lang/friends/me/done',
      policy: 'friends.page',
      handler: async (req, reply) => {
        const f = fields(markDoneSchema, req);
        const friend = await owner(req, f.token);
        const upload = (req.body as Record<string, unknown>).photo;
        let photo: Photo | null = null;
        if (hasUpload(upload)) {
          const result = await uploadedPhoto(upload);
          if ('problem' in result) return page(req, reply, friend, f.token, { error: `friends.${result.problem}` }, 400);
          photo = result.photo;
        }
        const outcome = await markTaskDone(deps, friend, f.friendship, f.task, photo);
        if (outcome === 'not_found') throw notFound();
        return backTo(req, reply, f.token, outcome);
      },
    },
    {
      method: 'POST',
      url: '/:lang/friends/me/reminders',
      policy: 'friends.page',
      handler: async (req, reply) => {
        const f = fields(remindersSchema, req);
        await setReminders(deps, await owner(req, f.token), f.reminders);
        return backTo(req, reply, f.token, 'saved');
      },
    },
    {
      method: 'POST',
      url: '/:lang/friends/me/end',
      policy: 'friends.page',
      handler: async (req, reply) => {
        const f = fields(endSchema, req);
        if (!(await endFriendship(deps, await owner(req, f.token), f.friendship))) throw notFound();
        return backTo(req, reply, f.token, 'ended');
      },
    },
    {
      // A done task's photo: the friend's (by their link or account) and the coordinators'; 404 to anyone else.
      method: 'GET',
      url: '/media/friends/:id',
      policy: 'friends.photo',
      raw: true,
      handler: async (req, reply) => {
        const id = z.uuid().safeParse((req.params as { id?: string }).id);
        const q = pageQuerySchema.safeParse({ token: (req.query as { token?: unknown } | undefined)?.token });
        if (!id.success || !q.success) throw notFound();
        const friend = await friendForPage(deps, q.data.token, req.ctx.actor.userId);
        const data = await donePhotoFor(deps, id.data, { actor: req.ctx.actor, friend });
        if (!data) throw notFound();
        return reply.type('image/jpeg').header('Cache-Control', 'no-store, private').send(data);
      },
    },
  ]);
}
