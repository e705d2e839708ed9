import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { isKnownAction } from './policy.ts';

export interface RouteSpec {
  method: 'GET' | 'POST';
  url: string;
  /** The policy action that must allow the actor; see app/policy.ts. */
  policy: string;
  onDenied?: 'login' | 'not-found';
  raw?: boolean;
  /**
   * A JSON API call that changes nothing and reads no session: no cookie is looked at, so there is
   * nothing for a forged cross-site request to use, and no CSRF token is asked for. The actor is anonymous.
   */
  stateless?: boolean;
  handler: (request: FastifyRequest, reply: FastifyReply) => unknown;
}

/** Registers a module's routes; the policy travels in the route config, where the guard reads it. */
export function addRoutes(app: FastifyInstance, routes: RouteSpec[]) {
  for (const r of routes) {
    app.route({
      method: r.method,
      url: r.url,
      config: { policy: r.policy, onDenied: r.onDenied, raw: r.raw, stateless: r.stateless },
      handler: r.handler,
    });
  }
}

/** onRoute hook: a route that names no known policy action refuses to register. */
export function requirePolicy(route: RouteOptions) {
  const policy = (route.config as { policy?: string } | undefined)?.policy;
  if (typeof policy !== 'string' || !isKnownAction(policy)) {
    throw new Error(`Route ${route.method} ${route.url} has no known policy action (got ${String(policy)})`);
  }
}
