import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { addRoutes } from '../../app/routing.ts';
import { sendPage } from '../../app/render.tsx';
import { listOutbox } from './outbox.repository.ts';
import { OutboxPage } from './outbox.views.tsx';

/** Registered only outside production (see app/server.tsx): the development outbox. */
export function outboxRoutes(app: FastifyInstance, deps: Deps) {
  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/dev/outbox',
      policy: 'dev.outbox',
      handler: async (req, reply) => sendPage(reply, <OutboxPage ctx={req.ctx} messages={await listOutbox(deps.database.db, deps.keys)} />),
    },
  ]);
}
