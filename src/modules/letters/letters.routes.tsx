import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { AppError, notFound } from '../../app/errors.ts';
import { sendPage } from '../../app/render.tsx';
import { addRoutes } from '../../app/routing.ts';
import { parseForm } from '../../lib/forms.ts';
import { PhotoRefused, reencodePhoto, type Photo } from '../../lib/images.ts';
import { isUpload } from '../../lib/uploads.ts';
import { findPersonBySlug } from '../registry/registry.repository.ts';
import type { PersonRow } from '../registry/registry.tables.ts';
import { confirmLetterSchema, letterFormSchema, writeQuerySchema } from './letters.schemas.ts';
import { canReceiveLetters, checkSubmission, confirmLetter, submitLetter } from './letters.service.ts';
import { suggestPerson } from './fair-share/fair-share.service.ts';
import { NeededPage } from './fair-share/fair-share.views.tsx';
import { ConfirmedPage, ConfirmPage, SentPage, WritePage, type WriteState } from './letters.views.tsx';

/** The image, re-encoded, or the message key saying why it cannot be used. */
async function imageOf(upload: unknown): Promise<{ image: Photo | null; error?: string }> {
  if (!isUpload(upload) || upload.data.length === 0) return { image: null };
  if (upload.tooLarge) return { image: null, error: 'letters.form.imageTooLarge' };
  try {
    return { image: await reencodePhoto(upload.data) };
  } catch (err) {
    if (err instanceof PhotoRefused) return { image: null, error: `letters.form.${err.code.replace('photo.', 'image_')}` };
    throw err;
  }
}

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
        const { image, error: imageError } = await imageOf(body.image);
        const submissionId = typeof body.submissionId === 'string' && /^[0-9a-f-]{36}$/.test(body.submissionId) ? body.submissionId : randomUUID();
        if (!form.ok || imageError) {
          const errors = { ...(form.ok ? {} : form.errors), ...(imageError ? { image: imageError } : {}) };
          const values = form.ok ? (Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string')) as Record<string, string>) : form.values;
          const kind = form.ok ? form.data.kind : body.kind === 'postcard' ? 'postcard' : 'letter';
          return write(reply, req, person, kind, submissionId, { errors, values }, 400);
        }
        const f = form.data;
        // A filled honeypot is a bot: it is thanked like anyone, and nothing is stored or sent.
        if (f.website) return reply.redirect(`/${req.ctx.lang}/letters/sent`, 303);
        const check = checkSubmission(f.text, f.kind, req.ctx.lang);
        const values = Object.fromEntries(Object.entries(body).filter(([k, v]) => typeof v === 'string' && k !== '_csrf')) as Record<string, string>;
        if (f.action === 'check' || (check.findings.length > 0 && !f.acknowledged)) {
          const state: WriteState = { values, findings: check.findings, needsTranslation: check.needsTranslation, acknowledged: check.findings.length > 0, hadImage: image !== null };
          return write(reply, req, person, f.kind, f.submissionId, state);
        }
        try {
          await submitLetter(deps, { ...f, person, image, locale: req.ctx.lang, userId: req.ctx.actor.userId });
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
