import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { notFound } from '../../app/errors.ts';
import type { FormState } from '../../app/form-fields.tsx';
import { allow } from '../../app/policy.ts';
import { sendPage } from '../../app/render.tsx';
import { pickText } from './events.present.ts';
import { campaignSlugById, findEvent, photosOf, textsFor, type EventWithCounts } from './events.repository.ts';
import { slugParamsSchema } from './events.schemas.ts';
import { EventPage, type EventNotice } from './events.views.tsx';
import { isOpen } from './rsvp.service.ts';

/** The event page, also re-rendered by the RSVP form with its errors (status 400). */
export async function renderEventPage(deps: Deps, req: FastifyRequest, reply: FastifyReply, event: EventWithCounts, opts: { state?: FormState; status?: number; notice?: EventNotice; submissionId?: string } = {}) {
  const db = deps.database.db;
  const lang = req.ctx.lang;
  const [texts, photos, campaignSlug] = await Promise.all([textsFor(db, [event.id], lang), photosOf(db, event.id), event.campaignId ? campaignSlugById(db, event.campaignId) : undefined]);
  const text = pickText(texts, event, lang);
  const original = texts.find((t) => t.lang === event.originalLang);
  const page = (
    <EventPage
      ctx={req.ctx}
      event={event}
      text={text}
      report={text?.report ? text : original}
      photos={photos}
      campaignSlug={campaignSlug}
      open={isOpen(event, new Date())}
      submissionId={opts.submissionId ?? randomUUID()}
      canManage={allow(req.ctx.actor, 'events.manage')}
      notice={opts.notice}
      state={opts.state}
    />
  );
  return sendPage(reply, page, opts.status ?? 200);
}

/** The event of `/:lang/events/:slug…`: drafts only for organisers; anything else is a 404. */
export async function eventOf(deps: Deps, req: FastifyRequest): Promise<EventWithCounts> {
  const params = slugParamsSchema.safeParse(req.params);
  const event = params.success ? await findEvent(deps.database.db, params.data.slug, { drafts: allow(req.ctx.actor, 'events.manage') }) : undefined;
  if (!event) throw notFound();
  return event;
}
