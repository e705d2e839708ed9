import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { AppError, notFound } from '../../../app/errors.ts';
import type { FormState } from '../../../app/form-fields.tsx';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { echoValues, parseForm } from '../../../lib/forms.ts';
import { hashToken } from '../../../lib/crypto.ts';
import { findPersonBySlug } from '../../registry/registry.repository.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import { newQuerySchema, tokenSchema, wallFormSchema } from './wall.schemas.ts';
import { confirmWallEntry, submitWallEntry, takeDownWallEntry } from './wall.service.ts';
import { takedownExists } from './wall.repository.ts';
import { ConfirmedPage, ConfirmPage, consentTextOf, SubmittedPage, TakedownPage, TakenDownPage, WallFormPage } from './wall.views.tsx';
import { wallPagesRoutes } from './wall.pages.routes.tsx';

/** Showing your face: the form, the confirmation link, the secret takedown link; then the walls and moderation. */
export function wallRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;

  const form = (req: FastifyRequest, reply: FastifyReply, person: PersonRow | null, submissionId: string, state?: FormState, status = 200) =>
    sendPage(reply, <WallFormPage ctx={req.ctx} submissionId={submissionId} person={person} state={state} />, status);

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/wall/new',
      policy: 'wall.submit',
      handler: async (req, reply) => {
        const { to } = newQuerySchema.parse(req.query ?? {});
        const person = to ? ((await findPersonBySlug(db, to)) ?? null) : null;
        return form(req, reply, person, randomUUID());
      },
    },
    {
      method: 'POST',
      url: '/:lang/wall/new',
      policy: 'wall.submit',
      handler: async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const values = echoValues(body);
        const submissionId = z.uuid().safeParse(body.submissionId).data ?? randomUUID();
        const parsed = parseForm(wallFormSchema, body);
        const person = parsed.ok && parsed.data.person ? ((await findPersonBySlug(db, parsed.data.person)) ?? null) : null;
        // A browser cannot fill a file field again: say so beside it, so the photo is not forgotten.
        if (!parsed.ok) return form(req, reply, null, submissionId, { ...parsed, errors: { photo: 'wall.form.photoAgain', ...parsed.errors } }, 400);
        const f = parsed.data;
        if (f.person && !person) return form(req, reply, null, submissionId, { values, errors: { person: 'wall.form.personUnknown', photo: 'wall.form.photoAgain' } }, 400);
        // A filled honeypot is a bot: it is thanked like anyone, and nothing is stored or sent.
        if (f.website) return reply.redirect(`/${req.ctx.lang}/wall/sent`, 303);
        try {
          const result = await submitWallEntry(deps, {
            submissionId: f.submissionId,
            name: f.name,
            statement: f.statement,
            person,
            email: f.email,
            consentText: consentTextOf(req.ctx),
            locale: req.ctx.lang,
            upload: body.photo,
          });
          if ('problem' in result) return form(req, reply, person, f.submissionId, { values, errors: { photo: `wall.form.${result.problem}` } }, 400);
        } catch (err) {
          if (err instanceof AppError && err.status === 429) return form(req, reply, person, f.submissionId, { values, errors: { _form: 'wall.form.tooMany' } }, 429);
          throw err;
        }
        return reply.redirect(`/${req.ctx.lang}/wall/sent`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/wall/sent',
      policy: 'wall.submit',
      handler: async (req, reply) => sendPage(reply, <SubmittedPage ctx={req.ctx} />),
    },
    {
      method: 'GET',
      url: '/:lang/wall/confirm',
      policy: 'wall.confirm',
      handler: async (req, reply) => {
        const q = tokenSchema.safeParse(req.query ?? {});
        if (!q.success) return sendPage(reply, <ConfirmedPage ctx={req.ctx} outcome={null} />, 404);
        return sendPage(reply, <ConfirmPage ctx={req.ctx} token={q.data.token} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/wall/confirm',
      policy: 'wall.confirm',
      handler: async (req, reply) => {
        const f = tokenSchema.safeParse(req.body ?? {});
        const outcome = f.success ? await confirmWallEntry(deps, f.data.token) : null;
        const status = outcome === 'confirmed' || outcome === 'already' ? 200 : outcome === null ? 404 : 400;
        return sendPage(reply, <ConfirmedPage ctx={req.ctx} outcome={outcome} />, status);
      },
    },
    {
      method: 'GET',
      url: '/:lang/wall/takedown',
      policy: 'wall.takedown',
      handler: async (req, reply) => {
        const q = tokenSchema.safeParse(req.query ?? {});
        if (!q.success || !(await takedownExists(db, hashToken(q.data.token)))) throw notFound();
        return sendPage(reply, <TakedownPage ctx={req.ctx} token={q.data.token} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/wall/takedown',
      policy: 'wall.takedown',
      handler: async (req, reply) => {
        const f = tokenSchema.safeParse(req.body ?? {});
        if (!f.success || !(await takeDownWallEntry(deps, f.data.token))) throw notFound();
        return sendPage(reply, <TakenDownPage ctx={req.ctx} />);
      },
    },
  ]);
  wallPagesRoutes(app, deps);
}
