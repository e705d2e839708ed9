import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { hasUpload, uploadedPhoto } from '../../../lib/uploads.ts';
import type { Photo } from '../../../lib/images.ts';
import { todayIso } from '../../registry/registry.present.ts';
import { postedFormSchema } from '../mail/mail.schemas.ts';
import { claimLetter, releaseLetter } from '../queue.repository.ts';
import { doneOf, letterIdOf } from '../volunteer.service.ts';
import { markPostcardPosted, markWritten, postcardFor, scribeQueue } from './scribe.service.ts';
import { PostcardPage, ScribeQueuePage } from './scribe.views.tsx';

/** Scribes: claim a postcard, write it by hand, mark it written (with a photo if they like), then posted. */
export function scribeRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const back = (lang: string, done: string) => `/${lang}/volunteer/postcards?done=${done}`;

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/volunteer/postcards',
      policy: 'letters.scribe',
      onDenied: 'login',
      handler: async (req, reply) => {
        const userId = req.ctx.actor.userId!;
        return sendPage(reply, <ScribeQueuePage ctx={req.ctx} userId={userId} {...await scribeQueue(deps, userId)} done={doneOf(req)} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/volunteer/postcards/:id/claim',
      policy: 'letters.scribe',
      handler: async (req, reply) => {
        const id = letterIdOf(req.params);
        const claimed = await claimLetter(db, id, 'ready', req.ctx.actor.userId!);
        return reply.redirect(claimed ? `/${req.ctx.lang}/volunteer/postcards/${id}` : back(req.ctx.lang, 'gone'), 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/volunteer/postcards/:id',
      policy: 'letters.scribe',
      onDenied: 'login',
      handler: async (req, reply) => {
        const card = await postcardFor(deps, letterIdOf(req.params), req.ctx.actor.userId!);
        if (!card) throw notFound();
        return sendPage(reply.header('Cache-Control', 'no-store'), <PostcardPage ctx={req.ctx} card={card} today={todayIso()} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/volunteer/postcards/:id',
      policy: 'letters.scribe',
      handler: async (req, reply) => {
        const userId = req.ctx.actor.userId!;
        const card = await postcardFor(deps, letterIdOf(req.params), userId);
        if (!card) throw notFound();
        const body = (req.body ?? {}) as Record<string, unknown>;
        const lang = req.ctx.lang;
        if (body.action === 'release') {
          await releaseLetter(db, card.queued.letter.id, userId);
          return reply.redirect(back(lang, 'release'), 303);
        }
        if (body.action === 'posted') {
          const form = postedFormSchema.safeParse(body);
          if (!form.success || form.data.postedOn > todayIso()) {
            const state = { values: { postedOn: String(body.postedOn ?? '') }, errors: { postedOn: form.success ? 'letters.mail.dateFuture' : 'letters.mail.dateInvalid' } };
            return sendPage(reply, <PostcardPage ctx={req.ctx} card={card} today={todayIso()} state={state} />, 400);
          }
          const moved = await markPostcardPosted(deps, card, userId, form.data.postedOn);
          return reply.redirect(back(lang, moved ? 'posted' : 'gone'), 303);
        }
        let photo: Photo | null = null;
        if (hasUpload(body.photo)) {
          const upload = await uploadedPhoto(body.photo);
          if ('problem' in upload) return sendPage(reply, <PostcardPage ctx={req.ctx} card={card} today={todayIso()} state={{ errors: { photo: `letters.form.${upload.problem}` } }} />, 400);
          photo = upload.photo;
        }
        if (!card.address) throw notFound();
        const moved = await markWritten(deps, card, userId, photo);
        return reply.redirect(back(lang, moved ? 'written' : 'gone'), 303);
      },
    },
  ]);
}
