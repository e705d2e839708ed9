import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { actionsRoutes } from './actions/actions.routes.tsx';
import { coreRoutes } from './core/core.routes.tsx';
import { signaturesRoutes } from './signatures/signatures.routes.tsx';
import { targetsRoutes } from './targets/targets.routes.tsx';

/** Public pressure: campaigns and their pages, targets and "find your representative", letter actions, open letters and petitions. */
export function campaignsRoutes(app: FastifyInstance, deps: Deps) {
  coreRoutes(app, deps);
  targetsRoutes(app, deps);
  actionsRoutes(app, deps);
  signaturesRoutes(app, deps);
}
