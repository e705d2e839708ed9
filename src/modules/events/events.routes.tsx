import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { notFound } from '../../app/errors.ts';
import { allow } from '../../app/policy.ts';
import { sendPage } from '../../app/render.tsx';
import { addRoutes } from '../../app/routing.ts';
import { EVENT_FILE_RE, FEED_PAST_DAYS, PAST_SHOWN } from './events.model.ts';
import { eventsCalendar } from './events.ics.ts';
import { pickText } from './events.present.ts';
import { eventsWithReport, feedEvents, photoToServe, publicEvents, textsFor, type EventWithCounts } from './events.repository.ts';
import { mediaParamsSchema } from './events.schemas.ts';
import { EventsListPage } from './events.views.tsx';
import { eventOf, renderEventPage } from './event-page.tsx';
import { rsvpRoutes } from './rsvp.routes.tsx';
import { manageRoutes } from './manage.routes.tsx';

/** How many upcoming events the public list and the feed hold at most. */
const LIST_MAX = 200;

export function eventsRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const publicUrl = deps.config.publicUrl;

  const sendCalendar = (reply: FastifyReply, ics: string, fileName: string) =>
    reply.type('text/calendar; charset=utf-8').header('Cache-Control', 'no-cache').header('Content-Disposition', `attachment; filename="${fileName}"`).send(ics);

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/events',
      policy: 'events.view',
      handler: async (req, reply) => {
        const now = new Date();
        const [upcoming, past] = await Promise.all([publicEvents(db, now, 'upcoming', LIST_MAX), publicEvents(db, now, 'past', PAST_SHOWN)]);
        const ids = [...upcoming, ...past].map((e) => e.id);
        const [texts, reported] = await Promise.all([textsFor(db, ids, req.ctx.lang), eventsWithReport(db, past.map((e) => e.id))]);
        const item = (event: EventWithCounts) => ({ event, text: pickText(texts, event, req.ctx.lang), hasReport: reported.has(event.id) });
        return sendPage(reply, <EventsListPage ctx={req.ctx} upcoming={upcoming.map(item)} past={past.map(item)} canManage={allow(req.ctx.actor, 'events.manage')} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/events.ics',
      policy: 'events.view',
      raw: true,
      handler: async (req, reply) => {
        const now = new Date();
        const rows = await feedEvents(db, new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000), LIST_MAX);
        const texts = await textsFor(db, rows.map((e) => e.id), req.ctx.lang);
        const ics = eventsCalendar(
          rows.map((event) => ({ event, text: pickText(texts, event, req.ctx.lang) })),
          { publicUrl, lang: req.ctx.lang, name: req.ctx.t('events.title'), now },
        );
        return sendCalendar(reply, ics, `events-${req.ctx.lang}.ics`);
      },
    },
    {
      method: 'GET',
      url: '/:lang/events/:slug.ics',
      policy: 'events.view',
      raw: true,
      handler: async (req, reply) => {
        const event = await eventOf(deps, req);
        const text = pickText(await textsFor(db, [event.id], req.ctx.lang), event, req.ctx.lang);
        const ics = eventsCalendar([{ event, text }], { publicUrl, lang: req.ctx.lang, name: text?.title ?? event.slug, now: new Date() });
        return sendCalendar(reply, ics, `${event.slug}.ics`);
      },
    },
    {
      method: 'GET',
      url: '/:lang/events/:slug',
      policy: 'events.view',
      handler: async (req, reply) => {
        const event = await eventOf(deps, req);
        const answer = (req.query as { answer?: string } | undefined)?.answer;
        return renderEventPage(deps, req, reply, event, { notice: answer === 'sent' || answer === 'counted' ? answer : undefined });
      },
    },
    {
      method: 'GET',
      url: '/media/events/:id/:file',
      policy: 'events.view',
      raw: true,
      handler: async (req, reply) => {
        const params = mediaParamsSchema.safeParse(req.params);
        if (!params.success || !EVENT_FILE_RE.test(params.data.file)) throw notFound();
        const key = `events/${params.data.file}`;
        const photo = await photoToServe(db, params.data.id);
        // A draft's photos are the organisers' only; a deleted photo's key names nothing.
        const visible = photo && (photo.state !== 'draft' || allow(req.ctx.actor, 'events.manage'));
        if (!photo || !visible || (key !== photo.photoKey && key !== photo.thumbKey)) throw notFound();
        const data = await deps.blobs.get(key);
        if (!data) throw notFound();
        // Asked again each time (a 304 costs nothing), so a deleted photo is not outlived by a cached copy.
        const etag = `"${params.data.file.slice(0, 32)}"`;
        reply.header('Cache-Control', photo.state === 'draft' ? 'private, no-store' : 'public, no-cache').header('ETag', etag);
        if (req.headers['if-none-match'] === etag) return reply.code(304).send();
        return reply.type('image/jpeg').send(data);
      },
    },
  ]);
  rsvpRoutes(app, deps);
  manageRoutes(app, deps);
}
