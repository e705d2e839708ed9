import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../app/context.ts';
import { AppError, notFound } from '../../app/errors.ts';
import { sendPage } from '../../app/render.tsx';
import { addRoutes } from '../../app/routing.ts';
import { echoValues, parseForm } from '../../lib/forms.ts';
import { eventOf, renderEventPage } from './event-page.tsx';
import { findEventById, textsFor } from './events.repository.ts';
import { pickText } from './events.present.ts';
import { decisionSchema, idParamsSchema, rsvpFormSchema, tokenSchema } from './events.schemas.ts';
import { cancelRsvp, confirmRsvp, countAnonymous, decideRsvp, rsvpByCancelToken, submitRsvp } from './rsvp.service.ts';
import { findRsvp, rsvpsForCoordinators } from './rsvps.repository.ts';
import { CancelPage, ConfirmPage, OutcomePage, RsvpsPage } from './rsvp.views.tsx';

const DONE = new Set(['approved', 'declined', 'gone']);

/** "I'll come", the e-mailed links to confirm and to cancel, and the organisers' list of answers. */
export function rsvpRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;

  addRoutes(app, [
    {
      method: 'POST',
      url: '/:lang/events/:slug/rsvp',
      policy: 'events.rsvp',
      handler: async (req, reply) => {
        const event = await eventOf(deps, req);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const values = echoValues(body);
        const submissionId = z.uuid().safeParse(body.submissionId).data ?? randomUUID();
        const again = (error: string, status: number) => renderEventPage(deps, req, reply, event, { state: { values, errors: { _form: error } }, status, submissionId });
        const back = (answer: 'sent' | 'counted') => reply.redirect(`/${req.ctx.lang}/events/${event.slug}?answer=${answer}`, 303);
        try {
          if (body.anonymous === '1') {
            const outcome = await countAnonymous(deps, event.id);
            return outcome === 'counted' ? back('counted') : again(`events.rsvp.${outcome}`, 400);
          }
          const parsed = parseForm(rsvpFormSchema, body);
          // A hidden field has no place for its message: an expired form says so at the top.
          if (!parsed.ok) return renderEventPage(deps, req, reply, event, { state: { ...parsed, errors: { _form: parsed.errors.submissionId, ...parsed.errors } }, status: 400, submissionId });
          // A filled honeypot is a bot: it is thanked like anyone, and nothing is stored or sent.
          if (parsed.data.website) return back('sent');
          const outcome = await submitRsvp(deps, { eventId: event.id, submissionId: parsed.data.submissionId, name: parsed.data.name, email: parsed.data.email, locale: req.ctx.lang });
          return outcome === 'sent' ? back('sent') : again(`events.rsvp.${outcome}`, 400);
        } catch (err) {
          if (err instanceof AppError && err.status === 429) return again('events.rsvp.tooMany', 429);
          throw err;
        }
      },
    },
    {
      method: 'GET',
      url: '/:lang/events/rsvp/confirm',
      policy: 'events.rsvp',
      handler: async (req, reply) => {
        const q = tokenSchema.safeParse(req.query ?? {});
        if (!q.success) return sendPage(reply, <OutcomePage ctx={req.ctx} outcome={null} />, 404);
        return sendPage(reply, <ConfirmPage ctx={req.ctx} token={q.data.token} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/events/rsvp/confirm',
      policy: 'events.rsvp',
      handler: async (req, reply) => {
        const f = tokenSchema.safeParse(req.body ?? {});
        const outcome = f.success ? await confirmRsvp(deps, f.data.token) : null;
        const status = outcome === null ? 404 : outcome === 'expired' || outcome === 'closed' ? 400 : 200;
        return sendPage(reply, <OutcomePage ctx={req.ctx} outcome={outcome} />, status);
      },
    },
    {
      method: 'GET',
      url: '/:lang/events/rsvp/cancel',
      policy: 'events.rsvp',
      handler: async (req, reply) => {
        const q = tokenSchema.safeParse(req.query ?? {});
        if (!q.success || !(await rsvpByCancelToken(deps, q.data.token))) throw notFound();
        return sendPage(reply, <CancelPage ctx={req.ctx} token={q.data.token} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/events/rsvp/cancel',
      policy: 'events.rsvp',
      handler: async (req, reply) => {
        const f = tokenSchema.safeParse(req.body ?? {});
        const rsvp = f.success ? await rsvpByCancelToken(deps, f.data.token) : undefined;
        const outcome = rsvp && f.success ? await cancelRsvp(deps, f.data.token) : null;
        if (!rsvp || !outcome) throw notFound();
        const event = await findEventById(db, rsvp.eventId);
        return sendPage(reply, <OutcomePage ctx={req.ctx} outcome={outcome === 'cancelled' ? 'cancelled' : 'alreadyCancelled'} slug={event?.slug} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/events/:slug/rsvps',
      policy: 'events.rsvps',
      onDenied: 'login',
      handler: async (req, reply) => {
        const event = await eventOf(deps, req);
        const rows = await rsvpsForCoordinators(db, event.id);
        const rsvps = rows.map((r) => ({ id: r.id, state: r.state, createdOn: r.createdOn, name: r.nameEnc ? deps.keys.decrypt(r.nameEnc) : '' }));
        const text = pickText(await textsFor(db, [event.id], req.ctx.lang), event, req.ctx.lang);
        const done = (req.query as { done?: string } | undefined)?.done;
        return sendPage(reply, <RsvpsPage ctx={req.ctx} event={event} title={text?.title ?? event.slug} rsvps={rsvps} done={done && DONE.has(done) ? done : undefined} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/events/:slug/rsvps/:id',
      policy: 'events.rsvps',
      handler: async (req, reply) => {
        const params = idParamsSchema.safeParse(req.params);
        const event = await eventOf(deps, req);
        if (!params.success || !(await findRsvp(db, event.id, params.data.id))) throw notFound();
        const form = parseForm(decisionSchema, req.body);
        if (!form.ok) throw new AppError('errors.bad_request', 400);
        const outcome = await decideRsvp(deps, event.id, params.data.id, form.data.decision);
        return reply.redirect(`/${req.ctx.lang}/events/${event.slug}/rsvps?done=${outcome}`, 303);
      },
    },
  ]);
}
