import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { friendsRoutes } from './friends/friends.routes.tsx';
import { keepersRoutes } from './keepers/keepers.routes.tsx';
import { needsRoutes } from './needs/needs.routes.tsx';
import { sponsorshipsRoutes } from './sponsorships/sponsorships.routes.tsx';
import { wallRoutes } from './wall/wall.routes.tsx';

/** Solidarity around each person: friends and tasks, keepers, needs and pledges, sponsorships, the wall. */
export function solidarityRoutes(app: FastifyInstance, deps: Deps) {
  friendsRoutes(app, deps);
  keepersRoutes(app, deps);
  needsRoutes(app, deps);
  sponsorshipsRoutes(app, deps);
  wallRoutes(app, deps);
}
