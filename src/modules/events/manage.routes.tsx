import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { notFound } from '../../app/errors.ts';
import type { FormState } from '../../app/form-fields.tsx';
import { isLang } from '../../app/i18n.ts';
import { sendPage } from '../../app/render.tsx';
import { addRoutes } from '../../app/routing.ts';
import { echoValues, parseForm } from '../../lib/forms.ts';
import { pickText } from './events.present.ts';
import { allEvents, allTexts, campaignSlugById, findEvent, photosOf, textsFor, type EventRow } from './events.repository.ts';
import { eventFormSchema, idParamsSchema, photoFormSchema, slugParamsSchema, textFormSchema } from './events.schemas.ts';
import { addReportPhoto, cancelEvent, createEvent, editEvent, publishEvent, removeReportPhoto, saveText } from './events.service.ts';
import { PhotosPage, TextFormPage } from './manage-text.views.tsx';
import { EventFormPage, ManageListPage } from './manage.views.tsx';
import { instantToLocal } from './time.ts';

const DONE = new Set(['created', 'saved', 'published', 'cancelled', 'text']);
const PHOTOS_DONE = new Set(['added', 'deleted']);

/** The organisers' pages: the list, the event form, texts per language, publish, cancel, report photos. */
export function manageRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const base = (req: FastifyRequest, slug: string) => `/${req.ctx.lang}/events/manage/${slug}`;
  const doneOf = (req: FastifyRequest, allowed: Set<string>) => {
    const done = (req.query as { done?: string } | undefined)?.done;
    return done && allowed.has(done) ? done : undefined;
  };

  async function managed(req: FastifyRequest): Promise<EventRow> {
    const params = slugParamsSchema.safeParse(req.params);
    const event = params.success ? await findEvent(db, params.data.slug, { drafts: true }) : undefined;
    if (!event) throw notFound();
    return event;
  }

  async function formValues(event: EventRow): Promise<Record<string, string>> {
    return {
      slug: event.slug,
      originalLang: event.originalLang,
      timeZone: event.timeZone,
      startsLocal: instantToLocal(event.startsAt, event.timeZone),
      endsLocal: instantToLocal(event.endsAt, event.timeZone),
      place: event.place,
      address: event.address,
      organiser: event.organiser,
      capacity: event.capacity === null ? '' : String(event.capacity),
      approvalRequired: event.approvalRequired ? 'on' : '',
      campaign: event.campaignId ? ((await campaignSlugById(db, event.campaignId)) ?? '') : '',
    };
  }

  const eventForm = async (req: FastifyRequest, reply: FastifyReply, event: EventRow, state?: FormState, status = 200) =>
    sendPage(reply, <EventFormPage ctx={req.ctx} event={event} texts={await allTexts(db, event.id)} state={state ?? { values: await formValues(event) }} done={doneOf(req, DONE)} />, status);

  const photosPage = async (req: FastifyRequest, reply: FastifyReply, event: EventRow, state?: FormState, status = 200) =>
    sendPage(reply, <PhotosPage ctx={req.ctx} event={event} photos={await photosOf(db, event.id)} state={state} done={doneOf(req, PHOTOS_DONE)} />, status);

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/events/manage',
      policy: 'events.manage',
      onDenied: 'login',
      handler: async (req, reply) => {
        const events = await allEvents(db, 500);
        const texts = await textsFor(db, events.map((e) => e.id), req.ctx.lang);
        const listed = events.map((e) => {
          const text = pickText(texts, e, req.ctx.lang);
          return { ...e, title: text?.title, titleLang: text?.lang };
        });
        return sendPage(reply, <ManageListPage ctx={req.ctx} events={listed} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/events/manage/new',
      policy: 'events.manage',
      onDenied: 'login',
      handler: async (req, reply) =>
        sendPage(reply, <EventFormPage ctx={req.ctx} state={{ values: { originalLang: req.ctx.lang, timeZone: deps.config.campaigns.timeZone } }} />),
    },
    {
      method: 'POST',
      url: '/:lang/events/manage/new',
      policy: 'events.manage',
      handler: async (req, reply) => {
        const parsed = parseForm(eventFormSchema, req.body);
        if (!parsed.ok) return sendPage(reply, <EventFormPage ctx={req.ctx} state={parsed} />, 400);
        const result = await createEvent(deps, req.ctx.actor.userId, parsed.data);
        if ('error' in result) return sendPage(reply, <EventFormPage ctx={req.ctx} state={{ values: echoValues(req.body as Record<string, unknown>), errors: { [result.field]: result.error } }} />, 400);
        return reply.redirect(`${base(req, result.ok.slug)}?done=created`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/events/manage/:slug',
      policy: 'events.manage',
      onDenied: 'login',
      handler: async (req, reply) => eventForm(req, reply, await managed(req)),
    },
    {
      method: 'POST',
      url: '/:lang/events/manage/:slug',
      policy: 'events.manage',
      handler: async (req, reply) => {
        const event = await managed(req);
        const parsed = parseForm(eventFormSchema, req.body);
        if (!parsed.ok) return eventForm(req, reply, event, parsed, 400);
        const result = await editEvent(deps, event.id, parsed.data);
        if ('error' in result) return eventForm(req, reply, event, { values: echoValues(req.body as Record<string, unknown>), errors: { [result.field]: result.error } }, 400);
        return reply.redirect(`${base(req, result.ok.slug)}?done=saved`, 303);
      },
    },
    {
      method: 'POST',
      url: '/:lang/events/manage/:slug/publish',
      policy: 'events.manage',
      handler: async (req, reply) => {
        const event = await managed(req);
        const outcome = await publishEvent(deps, event);
        if (outcome === 'noText') return eventForm(req, reply, event, { values: await formValues(event), errors: { _form: 'events.manage.publishNoText' } }, 400);
        return reply.redirect(`${base(req, event.slug)}?done=published`, 303);
      },
    },
    {
      method: 'POST',
      url: '/:lang/events/manage/:slug/cancel',
      policy: 'events.manage',
      handler: async (req, reply) => {
        const event = await managed(req);
        await cancelEvent(deps, event.id);
        return reply.redirect(`${base(req, event.slug)}?done=cancelled`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/events/manage/:slug/text/:textLang',
      policy: 'events.manage',
      onDenied: 'login',
      handler: async (req, reply) => {
        const event = await managed(req);
        const lang = (req.params as { textLang: string }).textLang;
        if (!isLang(lang)) throw notFound();
        const text = (await allTexts(db, event.id)).find((t) => t.lang === lang);
        const values: Record<string, string> = text ? { title: text.title, description: text.description, translatedFrom: text.translatedFrom ?? '', report: text.report ?? '' } : { translatedFrom: lang === event.originalLang ? '' : event.originalLang };
        return sendPage(reply, <TextFormPage ctx={req.ctx} event={event} lang={lang} state={{ values }} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/events/manage/:slug/text/:textLang',
      policy: 'events.manage',
      handler: async (req, reply) => {
        const event = await managed(req);
        const lang = (req.params as { textLang: string }).textLang;
        if (!isLang(lang)) throw notFound();
        const parsed = parseForm(textFormSchema, { ...(req.body as object), lang });
        if (!parsed.ok) return sendPage(reply, <TextFormPage ctx={req.ctx} event={event} lang={lang} state={parsed} />, 400);
        await saveText(deps, event, parsed.data);
        return reply.redirect(`${base(req, event.slug)}?done=text`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/events/manage/:slug/photos',
      policy: 'events.manage',
      onDenied: 'login',
      handler: async (req, reply) => photosPage(req, reply, await managed(req)),
    },
    {
      method: 'POST',
      url: '/:lang/events/manage/:slug/photos',
      policy: 'events.manage',
      handler: async (req, reply) => {
        const event = await managed(req);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const parsed = parseForm(photoFormSchema, body);
        if (!parsed.ok) return photosPage(req, reply, event, parsed, 400);
        const result = await addReportPhoto(deps, event.id, body.photo, parsed.data.caption);
        if ('problem' in result) return photosPage(req, reply, event, { values: echoValues(body), errors: { photo: `events.photos.${result.problem}` } }, 400);
        return reply.redirect(`${base(req, event.slug)}/photos?done=added`, 303);
      },
    },
    {
      method: 'POST',
      url: '/:lang/events/manage/:slug/photos/:id/delete',
      policy: 'events.manage',
      handler: async (req, reply) => {
        const event = await managed(req);
        const params = idParamsSchema.safeParse(req.params);
        if (!params.success || !(await removeReportPhoto(deps, event.id, params.data.id))) throw notFound();
        return reply.redirect(`${base(req, event.slug)}/photos?done=deleted`, 303);
      },
    },
  ]);
}
