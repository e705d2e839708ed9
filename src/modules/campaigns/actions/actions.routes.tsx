import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../app/context.ts';

export function actionsRoutes(_app: FastifyInstance, _deps: Deps) {}
