import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { allow } from '../../../app/policy.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { coordinateRoutes } from './coordinate.routes.tsx';
import { invitationsRoutes } from './invitations.routes.tsx';
import { ProposalOutcomePage } from './invitations.views.tsx';
import { approvedFiguresWithPeople, sponsorshipCounts, unsponsoredPeople } from './public.repository.ts';
import { countryName, isCountryCode, UNSPONSORED_PAGE_SIZE } from './sponsorships.model.ts';
import { FIGURE_PHOTO_FILE_RE, institutionSlug } from './sponsorships.parts.tsx';
import { figureStateOfPhoto, findFigureBySlug, sponsorshipsOfFigure } from './sponsorships.repository.ts';
import { pageQuerySchema } from './sponsorships.schemas.ts';
import { FigurePage, FilteredPage, OverviewPage, UnsponsoredPage } from './sponsorships.views.tsx';

const countryParams = z.object({ code: z.string().regex(/^[A-Za-z]{2}$/).transform((c) => c.toUpperCase()) });
const slugParams = z.object({ slug: z.string().min(1).max(100) });

/** The public sponsorship pages (only approved figures; proposed and refused never show), and the coordinators' pages. */
export function sponsorshipsRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/sponsorships',
      policy: 'sponsorships.view',
      handler: async (req, reply) => {
        const [counts, figures] = await Promise.all([sponsorshipCounts(db), approvedFiguresWithPeople(db)]);
        return sendPage(reply, <OverviewPage ctx={req.ctx} counts={counts} figures={figures} canCoordinate={allow(req.ctx.actor, 'sponsorships.coordinate')} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/sponsorships/countries/:code',
      policy: 'sponsorships.view',
      handler: async (req, reply) => {
        const p = countryParams.safeParse(req.params);
        if (!p.success || !isCountryCode(p.data.code)) throw notFound();
        const figures = await approvedFiguresWithPeople(db, { country: p.data.code });
        const title = req.ctx.t('sponsorships.country.title', { name: countryName(p.data.code, req.ctx.lang) });
        return sendPage(reply, <FilteredPage ctx={req.ctx} title={title} figures={figures} byInstitution={true} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/sponsorships/institutions/:slug',
      policy: 'sponsorships.view',
      handler: async (req, reply) => {
        const p = slugParams.safeParse(req.params);
        if (!p.success) throw notFound();
        // Institutions are what coordinators typed, so they are matched by the URL form of their name.
        const figures = (await approvedFiguresWithPeople(db)).filter((f) => institutionSlug(f.institution) === p.data.slug);
        if (figures.length === 0) throw notFound();
        const title = req.ctx.t('sponsorships.institution.title', { name: figures[0].institution });
        return sendPage(reply, <FilteredPage ctx={req.ctx} title={title} figures={figures} byInstitution={false} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/sponsorships/figures/:slug',
      policy: 'sponsorships.view',
      handler: async (req, reply) => {
        const p = slugParams.safeParse(req.params);
        const figure = p.success ? await findFigureBySlug(db, p.data.slug) : undefined;
        if (!figure || figure.state !== 'approved') throw notFound();
        const [active, ended] = await Promise.all([sponsorshipsOfFigure(db, figure.id, ['active']), sponsorshipsOfFigure(db, figure.id, ['ended'])]);
        return sendPage(reply, <FigurePage ctx={req.ctx} figure={figure} active={active} ended={ended} canCoordinate={allow(req.ctx.actor, 'sponsorships.coordinate')} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/sponsorships/unsponsored',
      policy: 'sponsorships.view',
      handler: async (req, reply) => {
        const { page } = pageQuerySchema.parse(req.query ?? {});
        const { items, total } = await unsponsoredPeople(db, { lang: req.ctx.lang, limit: UNSPONSORED_PAGE_SIZE, offset: (page - 1) * UNSPONSORED_PAGE_SIZE });
        const pages = Math.max(1, Math.ceil(total / UNSPONSORED_PAGE_SIZE));
        if (page > pages) throw notFound();
        return sendPage(reply, <UnsponsoredPage ctx={req.ctx} items={items} total={total} page={page} pages={pages} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/sponsorships/proposed',
      policy: 'sponsorships.propose',
      handler: async (req, reply) => sendPage(reply, <ProposalOutcomePage ctx={req.ctx} outcome="proposed" />),
    },
    {
      method: 'GET',
      url: '/media/figures/:file',
      policy: 'sponsorships.view',
      raw: true,
      handler: async (req, reply) => {
        const file = (req.params as { file?: string }).file ?? '';
        const key = `figures/${file}`;
        if (!FIGURE_PHOTO_FILE_RE.test(file)) throw notFound();
        // Public only once the figure is approved; coordinators also see the photo of a proposal they review.
        const state = await figureStateOfPhoto(db, key);
        const coordinator = allow(req.ctx.actor, 'sponsorships.coordinate');
        if (!state || (state !== 'approved' && !coordinator)) throw notFound();
        const data = await deps.blobs.get(key);
        if (!data) throw notFound();
        const cache = state === 'approved' ? 'public, max-age=31536000, immutable' : 'private, no-store';
        return reply.type('image/jpeg').header('Cache-Control', cache).send(data);
      },
    },
  ]);
  coordinateRoutes(app, deps);
  invitationsRoutes(app, deps);
}
