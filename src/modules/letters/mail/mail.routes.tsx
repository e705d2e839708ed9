import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { parseForm } from '../../../lib/forms.ts';
import { uploadedPhoto } from '../../../lib/uploads.ts';
import { todayIso } from '../../registry/registry.present.ts';
import { findByReference, findQueuedLetter } from '../queue.repository.ts';
import { addReplyPage, completeReply } from '../replies/replies.service.ts';
import { repliesOfLetters } from '../replies/replies.repository.ts';
import { letterReference, referencePrefix } from '../sealed.ts';
import { doneOf, letterIdOf } from '../volunteer.service.ts';
import { batchLetters, findBatch, readyByFacility, recentBatches } from './mail.repository.ts';
import { batchFormSchema, postedFormSchema, referenceQuerySchema } from './mail.schemas.ts';
import { createBatch, markBatchPosted, markReturned, renderBatch } from './mail.service.ts';
import { BatchPage, MailLetterPage, MailPage } from './mail.views.tsx';

/** Mailers: print batches by facility, post them, and record what comes back (returned letters, replies). */
export function mailRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const mailPage = async (req: FastifyRequest, state?: Parameters<typeof MailPage>[0]['state']) =>
    <MailPage ctx={req.ctx} ready={await readyByFacility(db)} batches={await recentBatches(db)} state={state} done={doneOf(req)} />;
  const batchPage = async (req: FastifyRequest, batchId: string, state?: Parameters<typeof BatchPage>[0]['state']) => {
    const batch = await findBatch(db, batchId);
    if (!batch) throw notFound();
    const letters = await batchLetters(db, batchId);
    const replies = await repliesOfLetters(db, letters.map((l) => l.letter.id));
    return <BatchPage ctx={req.ctx} batch={batch} letters={letters} replies={replies} today={todayIso()} state={state} done={doneOf(req)} />;
  };
  /** After an action on one letter, back to where the mailer saw it: its batch, or its own page. */
  const backTo = async (req: FastifyRequest, letterId: string, done: string) => {
    const found = await findQueuedLetter(db, letterId);
    const ref = found ? letterReference(found.letter.id) : '';
    return found?.letter.batchId
      ? `/${req.ctx.lang}/volunteer/mail/batches/${found.letter.batchId}?done=${done}#${ref}`
      : `/${req.ctx.lang}/volunteer/mail/find?ref=${ref}&done=${done}`;
  };

  addRoutes(app, [
    { method: 'GET', url: '/:lang/volunteer/mail', policy: 'letters.mail', onDenied: 'login', handler: async (req, reply) => sendPage(reply, await mailPage(req)) },
    {
      method: 'POST',
      url: '/:lang/volunteer/mail/batches',
      policy: 'letters.mail',
      handler: async (req, reply) => {
        const form = parseForm(batchFormSchema, req.body);
        if (!form.ok) return sendPage(reply, await mailPage(req, form), 400);
        const batch = await createBatch(deps, form.data, req.ctx.actor.userId!);
        return reply.redirect(batch ? `/${req.ctx.lang}/volunteer/mail/batches/${batch.id}` : `/${req.ctx.lang}/volunteer/mail?done=gone`, 303);
      },
    },
    { method: 'GET', url: '/:lang/volunteer/mail/batches/:id', policy: 'letters.mail', onDenied: 'login', handler: async (req, reply) => sendPage(reply, await batchPage(req, letterIdOf(req.params))) },
    {
      method: 'GET',
      url: '/:lang/volunteer/mail/batches/:id/pdf',
      policy: 'letters.mail',
      handler: async (req, reply) => {
        const pdf = await renderBatch(deps, letterIdOf(req.params), deps.config.lettersReturnAddress);
        if (!pdf) throw notFound();
        return reply
          .header('Content-Type', 'application/pdf')
          .header('Content-Disposition', 'attachment; filename="letters.pdf"')
          .header('Cache-Control', 'no-store, private')
          .send(pdf);
      },
    },
    {
      method: 'POST',
      url: '/:lang/volunteer/mail/batches/:id/posted',
      policy: 'letters.mail',
      handler: async (req, reply) => {
        const batchId = letterIdOf(req.params);
        const form = parseForm(postedFormSchema, req.body);
        const future = form.ok && form.data.postedOn > todayIso();
        if (!form.ok || future) {
          const state = form.ok ? { values: { postedOn: form.data.postedOn }, errors: { postedOn: 'letters.mail.dateFuture' } } : form;
          return sendPage(reply, await batchPage(req, batchId, state), 400);
        }
        const moved = await markBatchPosted(deps, batchId, form.data.postedOn, req.ctx.actor.userId!);
        return reply.redirect(`/${req.ctx.lang}/volunteer/mail/batches/${batchId}?done=${moved > 0 ? 'posted' : 'gone'}`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/volunteer/mail/find',
      policy: 'letters.mail',
      onDenied: 'login',
      handler: async (req, reply) => {
        const q = referenceQuerySchema.safeParse(req.query ?? {});
        const prefix = q.success ? referencePrefix(q.data.ref) : null;
        const found = prefix ? await findByReference(db, prefix) : undefined;
        if (!found) return reply.redirect(`/${req.ctx.lang}/volunteer/mail?done=not_found`, 303);
        const replies = await repliesOfLetters(db, [found.letter.id]);
        return sendPage(reply, <MailLetterPage ctx={req.ctx} letter={found.letter} person={found.person} replies={replies} done={doneOf(req)} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/volunteer/mail/letters/:id/returned',
      policy: 'letters.mail',
      handler: async (req, reply) => {
        const id = letterIdOf(req.params);
        const moved = await markReturned(deps, id, req.ctx.actor.userId!);
        return reply.redirect(await backTo(req, id, moved ? 'returned' : 'gone'), 303);
      },
    },
    {
      method: 'POST',
      url: '/:lang/volunteer/mail/letters/:id/reply',
      policy: 'letters.mail',
      handler: async (req, reply) => {
        const id = letterIdOf(req.params);
        const upload = await uploadedPhoto((req.body as Record<string, unknown> | undefined)?.scan);
        if ('problem' in upload) return reply.redirect(await backTo(req, id, upload.problem.replace('photo.', 'scan_')), 303);
        const added = await addReplyPage(deps, id, upload.photo, req.ctx.actor.userId!);
        return reply.redirect(await backTo(req, id, added ? 'scan_added' : 'gone'), 303);
      },
    },
    {
      method: 'POST',
      url: '/:lang/volunteer/mail/letters/:id/reply-complete',
      policy: 'letters.mail',
      handler: async (req, reply) => {
        const id = letterIdOf(req.params);
        const done = await completeReply(deps, id);
        return reply.redirect(await backTo(req, id, done ? 'reply_complete' : 'gone'), 303);
      },
    },
  ]);
}
