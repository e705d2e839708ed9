import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { allow } from '../../app/policy.ts';
import { sendPage } from '../../app/render.tsx';
import { addRoutes } from '../../app/routing.ts';
import { countByState } from './queue.repository.ts';
import { VolunteerHome, type QueueLink } from './volunteer.views.tsx';

/** Each queue, the policy action that opens it, and which waiting letters it counts. */
const QUEUES: { path: string; key: string; policy: string; counts: string[] }[] = [
  { path: '/volunteer/review', key: 'review', policy: 'letters.review', counts: ['in_review:letter', 'in_review:postcard'] },
  { path: '/volunteer/translate', key: 'translate', policy: 'letters.translate', counts: ['translation:letter', 'translation:postcard'] },
  { path: '/volunteer/postcards', key: 'postcards', policy: 'letters.scribe', counts: ['ready:postcard'] },
  { path: '/volunteer/mail', key: 'mail', policy: 'letters.mail', counts: ['ready:letter'] },
  { path: '/volunteer/quiet', key: 'quiet', policy: 'letters.coordinate', counts: [] },
  { path: '/volunteer/archive', key: 'archive', policy: 'letters.coordinate', counts: [] },
];

export function volunteerRoutes(app: FastifyInstance, deps: Deps) {
  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/volunteer',
      policy: 'letters.volunteer',
      onDenied: 'login',
      handler: async (req, reply) => {
        const counts = await countByState(deps.database.db);
        const queues: QueueLink[] = QUEUES.filter((q) => allow(req.ctx.actor, q.policy)).map((q) => ({
          path: q.path,
          key: q.key,
          count: q.counts.length > 0 ? q.counts.reduce((sum, c) => sum + (counts.get(c) ?? 0), 0) : null,
        }));
        return sendPage(reply, <VolunteerHome ctx={req.ctx} queues={queues} />);
      },
    },
  ]);
}
