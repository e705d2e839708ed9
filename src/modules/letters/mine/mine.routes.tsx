import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import type { FormState } from '../../../app/form-fields.tsx';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { echoValues, parseForm } from '../../../lib/forms.ts';
import { outsideLetterSchema } from './mine.schemas.ts';
import { logOutsideLetter, myLettersView } from './mine.service.ts';
import { MyLettersPage } from './mine.views.tsx';

/** A signed-in writer's own letters, and logging one they posted outside the platform. */
export function mineRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;

  async function page(req: FastifyRequest, reply: FastifyReply, opts: { submissionId: string; state?: FormState; logged?: boolean }, status = 200) {
    const view = await myLettersView(db, req.ctx.actor.userId!, req.ctx.lang);
    return sendPage(reply, <MyLettersPage ctx={req.ctx} {...view} {...opts} />, status);
  }

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/account/letters',
      policy: 'letters.mine',
      onDenied: 'login',
      handler: async (req, reply) => {
        const query = (req.query ?? {}) as { logged?: unknown; to?: unknown };
        // ?to=<slug> chooses the person in the form (a link from a person's page, say).
        const to = typeof query.to === 'string' ? query.to.slice(0, 200) : undefined;
        return page(req, reply, { submissionId: randomUUID(), logged: query.logged === '1', state: to ? { values: { person: to } } : undefined });
      },
    },
    {
      method: 'POST',
      url: '/:lang/account/letters',
      policy: 'letters.mine',
      onDenied: 'login',
      handler: async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        // The same submission id comes back with the errors, so a corrected form still stores one letter.
        const submissionId = z.uuid().safeParse(body.submissionId).data ?? randomUUID();
        const form = parseForm(outsideLetterSchema, body);
        if (!form.ok) return page(req, reply, { submissionId, state: form }, 400);
        const outcome = await logOutsideLetter(deps, { ...form.data, userId: req.ctx.actor.userId!, locale: req.ctx.lang });
        if (!outcome.ok) return page(req, reply, { submissionId, state: { errors: outcome.errors, values: echoValues(body) } }, outcome.status);
        return reply.redirect(`/${req.ctx.lang}/account/letters?logged=1`, 303);
      },
    },
  ]);
}
