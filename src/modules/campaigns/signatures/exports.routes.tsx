import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import type { CampaignRow, CampaignTextRow } from '../core/campaigns.tables.ts';
import { consentCounts, exportsOf } from './exports.repository.ts';
import { decidePartnerExport, downloadPartnerExport, requestExport } from './exports.service.ts';
import { ExportsPage } from './exports.views.tsx';
import { signedCampaign } from './signatures.campaign.ts';
import { campaignPath } from './signatures.parts.tsx';
import { partnersOf } from './signatures.repository.ts';
import { decisionSchema, exportRequestSchema, idParams } from './signatures.schemas.ts';

const doneQuery = z.object({ done: z.enum(['requested', 'approved', 'refused', 'gone']).optional().catch(undefined) });

/** Partner exports: asked by one coordinator, decided by another person, downloaded once by one of the two. */
export function exportsRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const page = async (req: FastifyRequest, reply: FastifyReply, c: { campaign: CampaignRow; text: CampaignTextRow }, extra: { done?: string; error?: string }, status = 200) => {
    const partners = await partnersOf(db, c.campaign.id);
    const counts = await consentCounts(db, partners.map((p) => p.id));
    const requests = await exportsOf(db, c.campaign.id);
    const shown = partners.map((p) => ({ ...p, consenting: counts.get(p.id) ?? 0 }));
    return sendPage(reply, <ExportsPage ctx={req.ctx} {...c} partners={shown} requests={requests} {...extra} />, status);
  };
  const back = (req: FastifyRequest, campaign: CampaignRow, done: string) => `/${req.ctx.lang}${campaignPath(campaign, `/exports?done=${done}`)}`;

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/exports',
      policy: 'signatures.exports',
      onDenied: 'login',
      handler: async (req, reply) => page(req, reply, await signedCampaign(deps, req.params, req.ctx), doneQuery.parse(req.query ?? {})),
    },
    {
      method: 'POST',
      url: '/:lang/campaigns/:slug/exports',
      policy: 'signatures.exports.request',
      handler: async (req, reply) => {
        const c = await signedCampaign(deps, req.params, req.ctx);
        const f = exportRequestSchema.safeParse(req.body ?? {});
        if (!f.success || !(await requestExport(deps, c.campaign, req.ctx.actor, f.data.partnerId))) {
          return page(req, reply, c, { error: 'signatures.exports.partnerRequired' }, 400);
        }
        return reply.redirect(back(req, c.campaign, 'requested'), 303);
      },
    },
    {
      method: 'POST',
      url: '/:lang/campaigns/:slug/exports/:id/decide',
      policy: 'signatures.exports',
      handler: async (req, reply) => {
        const c = await signedCampaign(deps, req.params, req.ctx);
        const p = idParams.safeParse(req.params);
        if (!p.success) throw notFound();
        const d = decisionSchema.safeParse(req.body ?? {});
        if (!d.success) return page(req, reply, c, { error: 'signatures.exports.decisionRequired' }, 400);
        const outcome = await decidePartnerExport(deps, c.campaign, req.ctx.actor, p.data.id, d.data.decision);
        if (outcome === null) throw notFound();
        // Deciding on one's own request: said plainly, and nothing changes.
        if (outcome === 'own') return page(req, reply, c, { done: 'own' }, 403);
        return reply.redirect(back(req, c.campaign, outcome), 303);
      },
    },
    {
      method: 'POST',
      url: '/:lang/campaigns/:slug/exports/:id/download',
      policy: 'signatures.exports',
      handler: async (req, reply) => {
        const c = await signedCampaign(deps, req.params, req.ctx);
        const p = idParams.safeParse(req.params);
        if (!p.success) throw notFound();
        const file = await downloadPartnerExport(deps, c.campaign, req.ctx.actor, p.data.id);
        if (!file) throw notFound();
        return reply
          .type('text/csv; charset=utf-8')
          .header('Cache-Control', 'private, no-store')
          .header('Content-Disposition', `attachment; filename="partner-export-${c.campaign.slug}.csv"`)
          .send(file.csv);
      },
    },
  ]);
}
