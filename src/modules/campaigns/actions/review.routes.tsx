import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { AppError } from '../../../app/errors.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { repliesOf } from './actions.repository.ts';
import { heldDecisionSchema } from './actions.schemas.ts';
import { decideHeld, heldLetters } from './actions.service.ts';
import { HeldPage, RepliesPage } from './review.views.tsx';
import { letterAction, letterTemplate } from './write.read.ts';

const doneQuery = z.object({ done: z.enum(['released', 'refused', 'gone']).optional().catch(undefined) });

/** Coordinators: the held letters of a campaign (release or refuse) and the answers to "did they reply?". */
export function reviewRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/held',
      policy: 'actions.review',
      onDenied: 'login',
      handler: async (req, reply) => {
        const campaign = await letterAction(db, req.params, { drafts: true });
        const { title } = await letterTemplate(db, campaign, req.ctx.lang);
        const letters = await heldLetters(deps, campaign);
        return sendPage(reply, <HeldPage ctx={req.ctx} slug={campaign.slug} title={title} letters={letters} done={doneQuery.parse(req.query ?? {}).done} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/campaigns/:slug/held',
      policy: 'actions.review',
      handler: async (req, reply) => {
        const campaign = await letterAction(db, req.params, { drafts: true });
        const f = heldDecisionSchema.safeParse(req.body ?? {});
        if (!f.success) throw new AppError('errors.bad_request', 400);
        const outcome = await decideHeld(deps, campaign, f.data.id, f.data.decision);
        return reply.redirect(`/${req.ctx.lang}/campaigns/${campaign.slug}/held?done=${outcome}`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/replies',
      policy: 'actions.replies',
      onDenied: 'login',
      handler: async (req, reply) => {
        const campaign = await letterAction(db, req.params, { drafts: true });
        const { title } = await letterTemplate(db, campaign, req.ctx.lang);
        const { counts, notes, asked } = await repliesOf(db, campaign.id);
        return sendPage(reply, <RepliesPage ctx={req.ctx} slug={campaign.slug} title={title} asked={asked} counts={counts} notes={notes} />);
      },
    },
  ]);
}
