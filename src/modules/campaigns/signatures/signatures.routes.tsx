import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../app/context.ts';

export function signaturesRoutes(_app: FastifyInstance, _deps: Deps) {}
