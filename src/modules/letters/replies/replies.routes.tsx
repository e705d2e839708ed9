import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { findPersonById } from '../../registry/registry.repository.ts';
import { sendPrivateJpeg } from '../volunteer.service.ts';
import { repliesForReader, scanForReader } from './replies.service.ts';
import { ReplyLinkProblem, RepliesPage } from './replies.views.tsx';

const tokenSchema = z.object({ token: z.string().min(20).max(200) });
const scanSchema = tokenSchema.extend({ reply: z.uuid(), n: z.coerce.number().int().min(0).max(50) });

/** The writer's private link from the reply e-mail. Reading changes nothing, so a plain link is enough. */
export function repliesRoutes(app: FastifyInstance, deps: Deps) {
  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/letters/reply',
      policy: 'letters.reply.read',
      handler: async (req, reply) => {
        const q = tokenSchema.safeParse(req.query ?? {});
        const found = q.success ? await repliesForReader(deps, q.data.token) : null;
        if (!found || found === 'expired') return sendPage(reply, <ReplyLinkProblem ctx={req.ctx} expired={found === 'expired'} />, found ? 410 : 404);
        const person = await findPersonById(deps.database.db, found.letter.personId);
        return sendPage(
          reply.header('Cache-Control', 'no-store, private'),
          <RepliesPage ctx={req.ctx} token={q.data!.token} person={person} replies={found.replies} expiresAt={found.letter.replyExpiresAt!} />,
        );
      },
    },
    {
      method: 'GET',
      url: '/:lang/letters/reply/scan',
      policy: 'letters.reply.read',
      handler: async (req, reply) => {
        const q = scanSchema.safeParse(req.query ?? {});
        const scan = q.success ? await scanForReader(deps, q.data.token, q.data.reply, q.data.n) : null;
        return sendPrivateJpeg(reply, scan);
      },
    },
  ]);
}
