import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { addRoutes, type RouteSpec } from '../../../app/routing.ts';
import { sendPage } from '../../../app/render.tsx';
import { parseForm } from '../../../lib/forms.ts';
import { deathFormSchema, facilityFormSchema, personFormSchema, releaseFormSchema, transferFormSchema } from '../registry.schemas.ts';
import { allFacilities } from '../registry.repository.ts';
import { displayName, facilityName } from '../registry.present.ts';
import { createFacility, createPerson, editFacility, editPerson, historyView, recordEvent } from './edit.service.ts';
import { facilityOf, facilityValues, personOf, personValues } from './edit.forms.ts';
import { EventsPage, FacilityFormPage, HistoryPage, PersonFormPage } from './edit.views.tsx';

/** Coordinators' pages: create and edit people and facilities, record events, read the history. */
export function editRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const person = (req: FastifyRequest) => personOf(db, req);
  const facility = (req: FastifyRequest) => facilityOf(db, req);
  const edit = (spec: Omit<RouteSpec, 'policy' | 'onDenied'>): RouteSpec => ({ ...spec, policy: 'registry.edit', onDenied: 'login' });
  const personUrl = (req: FastifyRequest, slug: string) => `/${req.ctx.lang}/people/${slug}`;

  addRoutes(app, [
    edit({ method: 'GET', url: '/:lang/registry/people/new', handler: async (req, reply) => sendPage(reply, <PersonFormPage ctx={req.ctx} facilities={await allFacilities(db)} state={{ values: { status: 'current', country: 'BY', gender: 'unknown', lettersReach: 'unknown' } }} />) }),
    edit({
      method: 'POST',
      url: '/:lang/registry/people/new',
      handler: async (req, reply) => {
        const form = parseForm(personFormSchema, req.body);
        const facilities = await allFacilities(db);
        if (!form.ok) return sendPage(reply, <PersonFormPage ctx={req.ctx} facilities={facilities} state={form} />, 400);
        const slug = await createPerson(deps, form.data, req.ctx.lang, req.ctx.actor.userId!);
        if (!slug) return sendPage(reply, <PersonFormPage ctx={req.ctx} facilities={facilities} state={{ values: req.body as Record<string, string>, errors: { facility: 'form.choose' } }} />, 400);
        return reply.redirect(personUrl(req, slug), 303);
      },
    }),
    edit({ method: 'GET', url: '/:lang/registry/people/:slug/edit', handler: async (req, reply) => { const p = await person(req); return sendPage(reply, <PersonFormPage ctx={req.ctx} person={p} facilities={[]} state={{ values: personValues(p) }} />); } }),
    edit({
      method: 'POST',
      url: '/:lang/registry/people/:slug/edit',
      handler: async (req, reply) => {
        const p = await person(req);
        const form = parseForm(personFormSchema, req.body);
        if (!form.ok) return sendPage(reply, <PersonFormPage ctx={req.ctx} person={p} facilities={[]} state={form} />, 400);
        await editPerson(deps, p, form.data, req.ctx.lang, req.ctx.actor.userId!);
        return reply.redirect(personUrl(req, p.slug), 303);
      },
    }),
    edit({ method: 'GET', url: '/:lang/registry/people/:slug/events', handler: async (req, reply) => sendPage(reply, <EventsPage ctx={req.ctx} person={await person(req)} facilities={await allFacilities(db)} />) }),
    ...(['transfer', 'release', 'death'] as const).map((kind) =>
      edit({
        method: 'POST',
        url: `/:lang/registry/people/:slug/events/${kind}`,
        handler: async (req, reply) => {
          const p = await person(req);
          const schema = kind === 'transfer' ? transferFormSchema : kind === 'release' ? releaseFormSchema : deathFormSchema;
          const form = parseForm(schema, req.body);
          const facilities = await allFacilities(db);
          const again = (state: Parameters<typeof EventsPage>[0]['state']) => sendPage(reply, <EventsPage ctx={req.ctx} person={p} facilities={facilities} state={state} form={kind} />, 400);
          if (!form.ok) return again(form);
          const d = form.data as { facility?: string; status?: 'released' | 'former'; on: string | null };
          const event = kind === 'transfer' ? { kind, facilitySlug: d.facility!, on: d.on } : kind === 'release' ? { kind, status: d.status!, on: d.on } : { kind, on: d.on };
          if (!(await recordEvent(deps, p, event, req.ctx.actor.userId!))) return again({ values: req.body as Record<string, string>, errors: { facility: 'form.choose' } });
          return reply.redirect(personUrl(req, p.slug), 303);
        },
      }),
    ),
    {
      method: 'GET',
      url: '/:lang/registry/people/:slug/history',
      policy: 'registry.history',
      onDenied: 'login',
      handler: async (req, reply) => {
        const p = await person(req);
        return sendPage(reply, <HistoryPage ctx={req.ctx} title={displayName(p, req.ctx.lang)} back={personUrl(req, p.slug)} rows={await historyView(deps, p.id)} />);
      },
    },
    edit({ method: 'GET', url: '/:lang/registry/facilities/new', handler: async (req, reply) => sendPage(reply, <FacilityFormPage ctx={req.ctx} state={{ values: { country: 'BY', kind: 'colony' } }} />) }),
    edit({
      method: 'POST',
      url: '/:lang/registry/facilities/new',
      handler: async (req, reply) => {
        const form = parseForm(facilityFormSchema, req.body);
        if (!form.ok) return sendPage(reply, <FacilityFormPage ctx={req.ctx} state={form} />, 400);
        const result = await createFacility(deps, form.data, req.ctx.actor.userId!);
        if ('existing' in result) return sendPage(reply, <FacilityFormPage ctx={req.ctx} state={{ values: req.body as Record<string, string> }} existing={result.existing} />, 409);
        return reply.redirect(`/${req.ctx.lang}/facilities/${result.slug}`, 303);
      },
    }),
    edit({ method: 'GET', url: '/:lang/registry/facilities/:slug/edit', handler: async (req, reply) => { const f = await facility(req); return sendPage(reply, <FacilityFormPage ctx={req.ctx} facility={f} state={{ values: facilityValues(f) }} />); } }),
    edit({
      method: 'POST',
      url: '/:lang/registry/facilities/:slug/edit',
      handler: async (req, reply) => {
        const f = await facility(req);
        const form = parseForm(facilityFormSchema, req.body);
        if (!form.ok) return sendPage(reply, <FacilityFormPage ctx={req.ctx} facility={f} state={form} />, 400);
        await editFacility(deps, f, form.data, req.ctx.actor.userId!);
        return reply.redirect(`/${req.ctx.lang}/facilities/${f.slug}`, 303);
      },
    }),
    {
      method: 'GET',
      url: '/:lang/registry/facilities/:slug/history',
      policy: 'registry.history',
      onDenied: 'login',
      handler: async (req, reply) => {
        const f = await facility(req);
        return sendPage(reply, <HistoryPage ctx={req.ctx} title={facilityName(f, req.ctx.lang)} back={`/${req.ctx.lang}/facilities/${f.slug}`} rows={await historyView(deps, f.id)} />);
      },
    },
  ]);
}
