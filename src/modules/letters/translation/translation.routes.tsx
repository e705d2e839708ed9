import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { parseForm } from '../../../lib/forms.ts';
import { letterKey, openLetter, openSealedFile } from '../sealed.ts';
import { doneOf, letterIdOf, sendPrivateJpeg } from '../volunteer.service.ts';
import { replyTranslationSchema, translationFormSchema } from './translation.schemas.ts';
import { claimedLetter, claimTranslation, replyToTranslate, saveReplyTranslation, saveTranslation, translationQueue } from './translation.service.ts';
import { TranslateLetterPage, TranslateReplyPage, TranslationQueuePage } from './translation.views.tsx';

const scanParams = z.object({ id: z.uuid(), n: z.coerce.number().int().min(0).max(50) });

/** Translators: letters into the facility's language, and prisoners' replies into the writer's. */
export function translationRoutes(app: FastifyInstance, deps: Deps) {
  const back = (lang: string, done: string) => `/${lang}/volunteer/translate?done=${done}`;

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/volunteer/translate',
      policy: 'letters.translate',
      onDenied: 'login',
      handler: async (req, reply) => {
        const userId = req.ctx.actor.userId!;
        const queue = await translationQueue(deps, userId);
        return sendPage(reply, <TranslationQueuePage ctx={req.ctx} userId={userId} {...queue} done={doneOf(req)} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/volunteer/translate/:id/claim',
      policy: 'letters.translate',
      handler: async (req, reply) => {
        const id = letterIdOf(req.params);
        const claimed = await claimTranslation(deps, id, req.ctx.actor.userId!);
        return reply.redirect(claimed ? `/${req.ctx.lang}/volunteer/translate/${id}` : back(req.ctx.lang, 'gone'), 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/volunteer/translate/:id',
      policy: 'letters.translate',
      onDenied: 'login',
      handler: async (req, reply) => {
        const queued = await claimedLetter(deps, letterIdOf(req.params), req.ctx.actor.userId!);
        if (!queued) throw notFound();
        const open = openLetter(deps.keys, queued.letter);
        const state = { values: { translation: open.translation ?? '' } };
        return sendPage(reply.header('Cache-Control', 'no-store'), <TranslateLetterPage ctx={req.ctx} queued={queued} original={open.text ?? ''} signature={open.signature} state={state} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/volunteer/translate/:id',
      policy: 'letters.translate',
      handler: async (req, reply) => {
        const userId = req.ctx.actor.userId!;
        const queued = await claimedLetter(deps, letterIdOf(req.params), userId);
        if (!queued) throw notFound();
        const form = parseForm(translationFormSchema, req.body);
        if (!form.ok) {
          const open = openLetter(deps.keys, queued.letter);
          return sendPage(reply, <TranslateLetterPage ctx={req.ctx} queued={queued} original={open.text ?? ''} signature={open.signature} state={form} />, 400);
        }
        const saved = await saveTranslation(deps, queued, userId, form.data);
        if (form.data.action === 'save' && saved) return reply.redirect(`/${req.ctx.lang}/volunteer/translate/${queued.letter.id}`, 303);
        return reply.redirect(back(req.ctx.lang, saved ? form.data.action : 'gone'), 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/volunteer/translate/replies/:id',
      policy: 'letters.translate',
      onDenied: 'login',
      handler: async (req, reply) => {
        const item = await replyToTranslate(deps, letterIdOf(req.params), req.ctx.actor.userId!);
        if (!item) throw notFound();
        return sendPage(reply.header('Cache-Control', 'no-store'), <TranslateReplyPage ctx={req.ctx} item={item} state={{ values: { translation: item.translation } }} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/volunteer/translate/replies/:id',
      policy: 'letters.translate',
      handler: async (req, reply) => {
        const userId = req.ctx.actor.userId!;
        const id = letterIdOf(req.params);
        const item = await replyToTranslate(deps, id, userId);
        if (!item) throw notFound();
        const form = parseForm(replyTranslationSchema, req.body);
        if (!form.ok) return sendPage(reply, <TranslateReplyPage ctx={req.ctx} item={item} state={form} />, 400);
        const saved = await saveReplyTranslation(deps, id, userId, form.data);
        if (form.data.action === 'save' && saved) return reply.redirect(`/${req.ctx.lang}/volunteer/translate/replies/${id}`, 303);
        return reply.redirect(back(req.ctx.lang, saved ? `reply_${form.data.action}` : 'gone'), 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/volunteer/translate/replies/:id/scan/:n',
      policy: 'letters.translate',
      handler: async (req, reply) => {
        const p = scanParams.safeParse(req.params);
        const item = p.success ? await replyToTranslate(deps, p.data.id, req.ctx.actor.userId!) : undefined;
        if (!item || !p.success) throw notFound();
        return sendPrivateJpeg(reply, await openSealedFile(deps.blobs, letterKey(deps.keys, item.letter), item.reply.scanKeys[p.data.n]));
      },
    },
  ]);
}
