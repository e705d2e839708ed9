// The public campaign pages: the list and each campaign (drafts only for coordinators; a 404 for everyone else).
// The coordinators' pages are registered from manage.routes.tsx and links.routes.tsx.
import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { allow } from '../../../app/policy.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { actionsSection } from '../actions/actions.section.tsx';
import { signaturesSection } from '../signatures/signatures.section.tsx';
import { campaignExtras, publicCampaign, textFor } from './core.read.ts';
import { findCampaign, listCampaigns } from './core.repository.ts';
import { slugParams } from './core.schemas.ts';
import { linksRoutes } from './links.routes.tsx';
import { CampaignListPage } from './list.views.tsx';
import { manageRoutes } from './manage.routes.tsx';
import { CampaignPage } from './page.views.tsx';

/** Closed campaigns shown on the list: the most recent ones. */
const CLOSED_SHOWN = 50;

export function coreRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  manageRoutes(app, deps);
  linksRoutes(app, deps);
  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/campaigns',
      policy: 'campaigns.view',
      handler: async (req, reply) => {
        // One read for both sections (each query costs the embedded database a fixed share of a millisecond or more).
        const all = await listCampaigns(db, req.ctx.lang, ['open', 'closed']);
        const open = all.filter((c) => c.state === 'open');
        const closed = all.filter((c) => c.state === 'closed').slice(0, CLOSED_SHOWN);
        return sendPage(reply, <CampaignListPage ctx={req.ctx} open={open} closed={closed} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug',
      policy: 'campaigns.view',
      handler: async (req, reply) => {
        const p = slugParams.safeParse(req.params);
        const coordinator = allow(req.ctx.actor, 'campaigns.manage');
        const campaign = !p.success ? undefined : coordinator ? await findCampaign(db, p.data.slug, { drafts: true }) : await publicCampaign(db, p.data.slug);
        if (!campaign) throw notFound();
        const extras = await campaignExtras(db, campaign.id);
        const { text, missing } = textFor(extras.texts, campaign, req.ctx.lang);
        // A draft without words yet: only coordinators get here; its words are written on the management page.
        if (!text) return reply.redirect(`/${req.ctx.lang}/campaigns/manage/${campaign.slug}`, 303);
        const section = campaign.kind === 'letter_action' ? await actionsSection(deps, campaign, text, req.ctx) : await signaturesSection(deps, campaign, text, req.ctx);
        const share = { url: `${deps.config.publicUrl}/${req.ctx.lang}/campaigns/${campaign.slug}`, hashtag: deps.config.shareHashtag };
        return sendPage(reply, <CampaignPage ctx={req.ctx} campaign={campaign} text={text} missing={missing} extras={extras} section={section} share={share} />);
      },
    },
  ]);
}
