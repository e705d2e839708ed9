import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { addRoutes } from '../../../app/routing.ts';

export function friendsRoutes(app: FastifyInstance, deps: Deps) {
  void deps;
  addRoutes(app, []);
}
