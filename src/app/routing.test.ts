import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { addRoutes, requirePolicy } from './routing.ts';
import { allow } from './policy.ts';
import { ANONYMOUS, actorFor } from './roles.ts';

describe('routing and policy', () => {
  it('refuses to register a route without a policy, or with an unknown one', async () => {
    const app = Fastify();
    app.addHook('onRoute', requirePolicy);
    expect(() => app.get('/open', async () => 'x')).toThrow(/no known policy/);
    expect(() => addRoutes(app, [{ method: 'GET', url: '/typo', policy: 'admin.user.lsit', handler: async () => 'x' }])).toThrow(/no known policy/);
    addRoutes(app, [{ method: 'GET', url: '/ok', policy: 'public.view', handler: async () => 'x' }]);
    await app.close();
  });

  it('denies unknown actions and gives staff roles effect only after the second factor', () => {
    const admin = { id: 'u1', roles: ['admin'] };
    expect(allow(ANONYMOUS, 'no.such.action')).toBe(false);
    expect(allow(ANONYMOUS, 'account.view')).toBe(false);
    expect(allow(actorFor(admin, { idHash: 's', mfaVerified: false }), 'admin.users.list')).toBe(false);
    expect(allow(actorFor(admin, { idHash: 's', mfaVerified: true }), 'admin.users.list')).toBe(true);
    expect(allow(actorFor({ id: 'u2', roles: ['coordinator'] }, { idHash: 's', mfaVerified: true }), 'admin.users.list')).toBe(false);
    expect(allow(actorFor(admin, { idHash: 's', mfaVerified: false }), 'toString')).toBe(false);
  });
});
