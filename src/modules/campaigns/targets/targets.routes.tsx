import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../app/context.ts';

export function targetsRoutes(_app: FastifyInstance, _deps: Deps) {}
