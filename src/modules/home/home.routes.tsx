import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { addRoutes } from '../../app/routing.ts';
import { sendPage } from '../../app/render.tsx';
import { HomePage } from './home.views.tsx';

export function homeRoutes(app: FastifyInstance, _deps: Deps) {
  addRoutes(app, [{ method: 'GET', url: '/:lang/', policy: 'public.view', handler: (req, reply) => sendPage(reply, <HomePage ctx={req.ctx} />) }]);
}
