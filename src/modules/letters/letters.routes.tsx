import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { AppError, notFound } from '../../app/errors.ts';
import { sendPage } from '../../app/render.tsx';
import { addRoutes } from '../../app/routing.ts';
import { z } from 'zod';
import { echoValues, parseForm } from '../../lib/forms.ts';
import type { Photo } from '../../lib/images.ts';
import { hasUpload, uploadedPhoto } from '../../lib/uploads.ts';
import { findPersonBySlug } from '../registry/registry.repository.ts';
import type { PersonRow } from '../registry/registry.tables.ts';
import { confirmLetterSchema, letterFormSchema, writeQuerySchema } from './letters.schemas.ts';
import { canReceiveLetters, checkSubmission, confirmLetter, submitLetter } from './letters.service.ts';
import { suggestPerson } from './fair-share/fair-share.service.ts';
import { NeededPage } from './fair-share/fair-share.views.tsx';
import { ConfirmedPage, ConfirmPage, SentPage, WritePage, type WriteState } from './letters.views.tsx';

export function lettersRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const returnAddress = deps.config.lettersReturnAddress;

  async function addressee(req: FastifyRequest): Promise<{ person: PersonRow; kind: 'letter' | 'postcard' }> {
    const q = writeQuerySchema.safeParse(req.query ?? {});
    const person = q.success ? await findPersonBySlug(db, q.data.to) : undefined;
    if (!q.success || !person) throw notFound();
    if (!canReceiveLetters(person)) throw new AppError('letters.person_not_held', 400);
    return { person, kind: q.data.kind };
  }

  function write(reply: FastifyReply, req: FastifyRequest, person: PersonRow, kind: 'letter' | 'postcard', submissionId: string, state?: WriteState, status = 200) {
    return sendPage(reply, <WritePage ctx={req.ctx} person={person} kind={kind} submissionId={submissionId} returnAddress={returnAddress} state={state} />, status);
  }

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/letters/new',
      policy: 'letters.write',
      handler: async (req, reply) => {
        const { person, kind } = await addressee(req);
        return write(reply, req, person, kind, randomUUID());
      },
    },
    {
      method: 'POST',
      url: '/:lang/letters/new',
      policy: 'letters.write',
      handler: async (req, reply) => {
        const { person } = await addressee(req);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const form = parseForm(letterFormSchema, body);
        if (!form.ok) {
          const submissionId = z.uuid().safeParse(body.submissionId).data ?? randomUUID();
          return write(reply, req, person, body.kind === 'postcard' ? 'postcard' : 'letter', submissionId, form, 400);
        }
        const f = form.data;
        // A filled honeypot is a bot: it is thanked like anyone, and nothing is stored or sent.
        if (f.website) return reply.redirect(`/${req.ctx.lang}/letters/sent`, 303);
        const values = echoValues(body);
        const check = checkSubmission(f.text, f.kind, req.ctx.lang);
        if (f.action === 'check' || (check.findings.length > 0 && !f.acknowledged)) {
          const state: WriteState = { values, findings: check.findings, needsTranslation: check.needsTranslation, acknowledged: check.findings.length > 0, hadImage: hasUpload(body.image) };
          return write(reply, req, person, f.kind, f.submissionId, state);
        }
        // The image is decoded only when the letter is sent: a check, or the advice shown once, costs no re-encoding.
        let image: Photo | null = null;
        if (hasUpload(body.image)) {
          const upload = await uploadedPhoto(body.image);
          if ('problem' in upload) return write(reply, req, person, f.kind, f.submissionId, { values, errors: { image: `letters.form.${upload.problem}` } }, 400);
          image = upload.photo;
        }
        try {
          await submitLetter(deps, { ...f, person, image, check, locale: req.ctx.lang, userId: req.ctx.actor.userId });
        } catch (err) {
          if (err instanceof AppError && err.status === 429) {
            return write(reply, req, person, f.kind, f.submissionId, { values, errors: { _form: 'letters.form.tooMany' } }, 429);
          }
          throw err;
        }
        return reply.redirect(`/${req.ctx.lang}/letters/sent`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/letters/needed',
      policy: 'letters.needed',
      handler: async (req, reply) => {
        const after = (req.query as { after?: unknown } | undefined)?.after;
        const person = await suggestPerson(db, typeof after === 'string' ? after : undefined);
        return sendPage(reply.header('Cache-Control', 'no-store'), <NeededPage ctx={req.ctx} person={person} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/letters/sent',
      policy: 'letters.write',
      handler: async (req, reply) => sendPage(reply, <SentPage ctx={req.ctx} />),
    },
    {
      method: 'GET',
      url: '/:lang/letters/confirm',
      policy: 'letters.confirm',
      handler: async (req, reply) => {
        const q = confirmLetterSchema.safeParse(req.query ?? {});
        if (!q.success) return sendPage(reply, <ConfirmedPage ctx={req.ctx} outcome={null} />, 404);
        return sendPage(reply, <ConfirmPage ctx={req.ctx} token={q.data.token} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/letters/confirm',
      policy: 'letters.confirm',
      handler: async (req, reply) => {
        const form = confirmLetterSchema.safeParse(req.body ?? {});
        const outcome = form.success
          ? await confirmLetter(deps, form.data.token)
          : null;
        const status = outcome === 'confirmed' || outcome === 'already' ? 200 : outcome === null ? 404 : 400;
        return sendPage(reply, <ConfirmedPage ctx={req.ctx} outcome={outcome} />, status);
      },
    },
  ]);
}
