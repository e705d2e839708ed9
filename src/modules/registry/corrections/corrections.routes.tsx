import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { addRoutes } from '../../../app/routing.ts';
import { sendPage } from '../../../app/render.tsx';
import { AppError, notFound } from '../../../app/errors.ts';
import { parseForm } from '../../../lib/forms.ts';
import { correctionFormSchema, resolveCorrectionSchema, slugParamsSchema } from '../registry.schemas.ts';
import { findPersonBySlug } from '../registry.repository.ts';
import { closeCorrection, correctionsQueue, reportInaccuracy } from './corrections.service.ts';
import { CorrectionsQueuePage, ReportPage } from './corrections.views.tsx';

const idParams = z.object({ id: z.uuid() });

export function correctionsRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const personOr404 = async (params: unknown) => {
    const p = slugParamsSchema.safeParse(params);
    const person = p.success ? await findPersonBySlug(db, p.data.slug) : undefined;
    if (!person) throw notFound();
    return person;
  };
  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/people/:slug/report',
      policy: 'registry.report',
      handler: async (req, reply) => sendPage(reply, <ReportPage ctx={req.ctx} person={await personOr404(req.params)} />),
    },
    {
      method: 'POST',
      url: '/:lang/people/:slug/report',
      policy: 'registry.report',
      handler: async (req, reply) => {
        const person = await personOr404(req.params);
        const form = parseForm(correctionFormSchema, req.body);
        if (!form.ok) return sendPage(reply, <ReportPage ctx={req.ctx} person={person} state={form} />, 400);
        // A filled honeypot is a bot: it gets the same thanks, and nothing is stored.
        if (!form.data.website) {
          await reportInaccuracy(deps, { personId: person.id, message: form.data.message, contact: form.data.contact, locale: req.ctx.lang });
        }
        return reply.redirect(`/${req.ctx.lang}/people/${person.slug}?reported=1`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/registry/corrections',
      policy: 'registry.corrections.review',
      onDenied: 'login',
      handler: async (req, reply) => {
        const done = (req.query as { done?: string }).done === '1';
        return sendPage(reply, <CorrectionsQueuePage ctx={req.ctx} items={await correctionsQueue(deps)} done={done} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/registry/corrections/:id',
      policy: 'registry.corrections.review',
      handler: async (req, reply) => {
        const params = idParams.safeParse(req.params);
        if (!params.success) throw notFound();
        const form = resolveCorrectionSchema.safeParse(req.body);
        if (!form.success) throw new AppError('errors.bad_request', 400);
        if (!(await closeCorrection(deps, params.data.id, form.data.state, req.ctx.actor.userId!))) throw notFound();
        return reply.redirect(`/${req.ctx.lang}/registry/corrections?done=1`, 303);
      },
    },
  ]);
}
