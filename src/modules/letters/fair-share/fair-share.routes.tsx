import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { quietQuerySchema } from './fair-share.schemas.ts';
import { QUIET_PAGE_SIZE, quietList } from './fair-share.service.ts';
import { QuietPage } from './fair-share.views.tsx';

/** Coordinators' view of fair share: who has had nothing for a long time. */
export function fairShareRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/volunteer/quiet',
      policy: 'letters.coordinate',
      onDenied: 'login',
      handler: async (req, reply) => {
        const { page } = quietQuerySchema.parse(req.query ?? {});
        const { items, total } = await quietList(db, req.ctx.lang, page);
        const pages = Math.max(1, Math.ceil(total / QUIET_PAGE_SIZE));
        return sendPage(reply, <QuietPage ctx={req.ctx} items={items} total={total} page={page} pages={pages} />);
      },
    },
  ]);
}
