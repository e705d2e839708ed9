import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { AppError, notFound } from '../../../app/errors.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { cosignersInState } from './cosign.repository.ts';
import { decideCosigning } from './cosign.service.ts';
import { CosignersPage, SignersPage } from './coordinate.views.tsx';
import { signedCampaign } from './signatures.campaign.ts';
import { SIGNERS_PAGE } from './signatures.model.ts';
import { campaignPath } from './signatures.parts.tsx';
import { countsByVisibility, namedSignersPage } from './signatures.repository.ts';
import { decisionSchema, idParams, pageQuerySchema, parseCursor } from './signatures.schemas.ts';

const doneQuery = z.object({ done: z.enum(['approved', 'refused', 'gone']).optional().catch(undefined) });

/** Coordinators: the signers of a campaign, and the organisations waiting for a decision. */
export function coordinateRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/signers',
      policy: 'signatures.signers',
      onDenied: 'login',
      handler: async (req, reply) => {
        const c = await signedCampaign(deps, req.params, req.ctx);
        const { before } = pageQuerySchema.parse(req.query ?? {});
        const [counts, page] = await Promise.all([countsByVisibility(db, c.campaign.id), namedSignersPage(db, c.campaign.id, { before: parseCursor(before), limit: SIGNERS_PAGE })]);
        // Non-public names are opened here, for this page only; secret signatures have none to open.
        const signers = page.rows.map((r) => ({ ...r, name: r.visibility === 'public' ? (r.name ?? '') : r.nameEnc ? deps.keys.decrypt(r.nameEnc) : '' }));
        return sendPage(reply, <SignersPage ctx={req.ctx} {...c} counts={counts} signers={signers} more={page.more} older={before !== undefined} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/cosigners',
      policy: 'signatures.cosigners',
      onDenied: 'login',
      handler: async (req, reply) => {
        const c = await signedCampaign(deps, req.params, req.ctx);
        const { done } = doneQuery.parse(req.query ?? {});
        const [pending, approved, refused] = await Promise.all(
          (['pending', 'approved', 'refused'] as const).map((s) => cosignersInState(db, c.campaign.id, s)),
        );
        const shown = pending.map((p) => ({ ...p, email: p.emailEnc ? deps.keys.decrypt(p.emailEnc) : null }));
        return sendPage(reply, <CosignersPage ctx={req.ctx} {...c} pending={shown} approved={approved} refused={refused} done={done} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/campaigns/:slug/cosigners/:id',
      policy: 'signatures.cosigners',
      handler: async (req, reply) => {
        const c = await signedCampaign(deps, req.params, req.ctx);
        const p = idParams.safeParse(req.params);
        const d = decisionSchema.safeParse(req.body ?? {});
        if (!p.success) throw notFound();
        // Neither approve nor refuse: nothing to do, said as a bad request, nothing changed.
        if (!d.success) throw new AppError('errors.bad_request', 400);
        const done = await decideCosigning(deps, c.campaign, req.ctx.actor, p.data.id, d.data.decision);
        const outcome = done ? (d.data.decision === 'approve' ? 'approved' : 'refused') : 'gone';
        return reply.redirect(`/${req.ctx.lang}${campaignPath(c.campaign, `/cosigners?done=${outcome}`)}`, 303);
      },
    },
  ]);
}
