import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { echoValues, parseForm } from '../../../lib/forms.ts';
import { confirmLetterSchema } from '../letters.schemas.ts';
import { checkSubmission } from '../letters.service.ts';
import { doneOf, sealedImage } from '../volunteer.service.ts';
import { editLetterSchema, letterIdSchema, reviewDecisionSchema } from './review.schemas.ts';
import { decideReview, letterToEdit, reviewQueue, reviseLetter } from './review.service.ts';
import { EditedPage, EditPage, ReviewQueuePage } from './review.views.tsx';

/** The moderator's queue of flagged letters, and the writer's page to edit a letter sent back. */
export function reviewRoutes(app: FastifyInstance, deps: Deps) {
  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/volunteer/review',
      policy: 'letters.review',
      onDenied: 'login',
      handler: async (req, reply) => sendPage(reply, <ReviewQueuePage ctx={req.ctx} items={await reviewQueue(deps)} done={doneOf(req)} />),
    },
    {
      method: 'POST',
      url: '/:lang/volunteer/review/:id',
      policy: 'letters.review',
      handler: async (req, reply) => {
        const id = letterIdSchema.safeParse(req.params);
        if (!id.success) throw notFound();
        const form = parseForm(reviewDecisionSchema, req.body);
        if (!form.ok) {
          return sendPage(reply, <ReviewQueuePage ctx={req.ctx} items={await reviewQueue(deps)} failed={{ id: id.data.id, state: form }} />, 400);
        }
        const decided = await decideReview(deps, id.data.id, form.data, req.ctx.actor.userId!);
        return reply.redirect(`/${req.ctx.lang}/volunteer/review?done=${decided ? form.data.decision : 'gone'}`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/volunteer/review/:id/image',
      policy: 'letters.review',
      handler: async (req, reply) => sealedImage(deps, reply, req.params, ['in_review']),
    },
    {
      method: 'GET',
      url: '/:lang/letters/edit',
      policy: 'letters.edit',
      handler: async (req, reply) => {
        const q = confirmLetterSchema.safeParse(req.query ?? {});
        const found = q.success ? await letterToEdit(deps, q.data.token) : { outcome: null };
        if ('outcome' in found) return sendPage(reply, <EditedPage ctx={req.ctx} outcome={found.outcome} />, found.outcome === null ? 404 : 400);
        return sendPage(reply.header('Cache-Control', 'no-store'), <EditPage ctx={req.ctx} token={q.data!.token} reason={found.letter.reason} state={{ values: { text: found.letter.text } }} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/letters/edit',
      policy: 'letters.edit',
      handler: async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const token = confirmLetterSchema.safeParse(body);
        const found = token.success ? await letterToEdit(deps, token.data.token) : { outcome: null };
        if ('outcome' in found) return sendPage(reply, <EditedPage ctx={req.ctx} outcome={found.outcome} />, found.outcome === null ? 404 : 400);
        const form = parseForm(editLetterSchema, body);
        if (!form.ok) return sendPage(reply, <EditPage ctx={req.ctx} token={token.data!.token} reason={found.letter.reason} state={form} />, 400);
        const check = checkSubmission(form.data.text, found.letter.kind, req.ctx.lang);
        if (form.data.action === 'check') {
          return sendPage(reply, <EditPage ctx={req.ctx} token={form.data.token} reason={found.letter.reason} state={{ values: echoValues(body) }} findings={check.findings} />);
        }
        const outcome = await reviseLetter(deps, form.data.token, form.data.text, check);
        return sendPage(reply, <EditedPage ctx={req.ctx} outcome={outcome} />, outcome === 'sent' || outcome === 'already' ? 200 : 400);
      },
    },
  ]);
}
