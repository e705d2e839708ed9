import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { addRoutes } from '../../app/routing.ts';
import { sendPage } from '../../app/render.tsx';
import { notFound } from '../../app/errors.ts';
import { directoryQuerySchema, slugParamsSchema } from './registry.schemas.ts';
import { heldRegions, searchDirectory } from './search/search.repository.ts';
import { allFacilities } from './registry.repository.ts';
import { facilitiesView, facilityView, personView } from './registry.read.service.ts';
import { DirectoryPage, FacilitiesPage, FacilityPage, PAGE_SIZE } from './registry.views.tsx';
import { PersonPage } from './person.views.tsx';
import { figuresFor } from '../letters/fair-share/fair-share.service.ts';
import { solidarityForPerson } from '../solidarity/solidarity.person.tsx';
import { campaignsForPerson } from '../campaigns/campaigns.work.tsx';

/** Public pages: the directory, a person, the facilities. */
export function registryRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/people',
      policy: 'registry.view',
      handler: async (req, reply) => {
        const params = directoryQuerySchema.parse(req.query ?? {});
        const [result, facilities, regions] = await Promise.all([
          searchDirectory(db, {
            q: params.q,
            status: params.status,
            country: params.country,
            facility: params.facility,
            region: params.region,
            gender: params.gender,
            birthMonth: params.month,
            lettersReach: params.letters,
            sort: params.sort,
            lang: req.ctx.lang,
            page: params.page,
            pageSize: PAGE_SIZE,
          }),
          allFacilities(db),
          heldRegions(db),
        ]);
        return sendPage(reply, <DirectoryPage ctx={req.ctx} params={params} items={result.items} total={result.total} facilities={facilities} regions={regions} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/people/:slug',
      policy: 'registry.view',
      handler: async (req, reply) => {
        const params = slugParamsSchema.safeParse(req.params);
        if (!params.success) throw notFound();
        const view = await personView(db, params.data.slug);
        if (!view) throw notFound();
        const shareUrl = `${deps.config.publicUrl}/${req.ctx.lang}/people/${view.person.slug}`;
        const reported = (req.query as { reported?: string }).reported === '1';
        const [letterFigures, solidarity, campaigns] = await Promise.all([
          view.person.status === 'current' ? figuresFor(db, view.person.id) : null,
          solidarityForPerson(db, view.person.id, req.ctx),
          campaignsForPerson(db, view.person.id, req.ctx.lang),
        ]);
        return sendPage(reply, <PersonPage ctx={req.ctx} {...view} shareUrl={shareUrl} shareHashtag={deps.config.shareHashtag} reported={reported} letterFigures={letterFigures} solidarity={solidarity} campaigns={campaigns} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/facilities',
      policy: 'registry.view',
      handler: async (req, reply) => {
        const view = await facilitiesView(db);
        return sendPage(reply, <FacilitiesPage ctx={req.ctx} {...view} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/facilities/:slug',
      policy: 'registry.view',
      handler: async (req, reply) => {
        const params = slugParamsSchema.safeParse(req.params);
        if (!params.success) throw notFound();
        const view = await facilityView(db, params.data.slug);
        if (!view) throw notFound();
        return sendPage(reply, <FacilityPage ctx={req.ctx} {...view} />);
      },
    },
  ]);
}
