import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { addRoutes } from '../../app/routing.ts';
import { sendPage } from '../../app/render.tsx';
import { AppError, notFound } from '../../app/errors.ts';
import { pageSchema, rolesFormSchema, userIdSchema } from './admin.schemas.ts';
import { setRoles, usersForAdmin } from './admin.service.ts';
import { UsersPage } from './admin.views.tsx';

export function adminRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/admin/users',
      policy: 'admin.users.list',
      handler: async (req, reply) => {
        const query = pageSchema.safeParse(req.query);
        const page = query.success ? query.data.page : 1;
        const { users, hasNext } = await usersForAdmin(db, deps.keys, req.ctx.actor.userId!, page);
        const saved = (req.query as { saved?: string }).saved === '1';
        return sendPage(reply, <UsersPage ctx={req.ctx} users={users} page={page} hasNext={hasNext} saved={saved} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/admin/users/:id/roles',
      policy: 'admin.users.roles',
      handler: async (req, reply) => {
        const params = userIdSchema.safeParse(req.params);
        const form = rolesFormSchema.safeParse(req.body);
        if (!params.success) throw notFound();
        if (!form.success) throw new AppError('errors.bad_request', 400);
        const found = await setRoles(db, {
          actorId: req.ctx.actor.userId,
          actorSessionIdHash: req.ctx.actor.sessionIdHash,
          userId: params.data.id,
          roles: form.data.roles,
        });
        if (!found) throw notFound();
        return reply.redirect(`/${req.ctx.lang}/admin/users?saved=1`, 303);
      },
    },
  ]);
}
