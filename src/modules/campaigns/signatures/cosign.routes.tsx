import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { AppError } from '../../../app/errors.ts';
import type { FormState } from '../../../app/form-fields.tsx';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { echoValues, parseForm } from '../../../lib/forms.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { CampaignRow, CampaignTextRow } from '../core/campaigns.tables.ts';
import { confirmCosigner, submitCosigner } from './cosign.service.ts';
import { CosignFormPage } from './cosign.views.tsx';
import { ConfirmedPage, ConfirmPage, SentPage } from './sign.views.tsx';
import { signedCampaign } from './signatures.campaign.ts';
import { signingClosedReason } from './signatures.model.ts';
import { campaignPath } from './signatures.parts.tsx';
import { cosignFormSchema, tokenSchema } from './signatures.schemas.ts';

/** Organisations co-sign: the form, the link to the organisation's address; a coordinator decides (coordinate.routes.tsx). */
export function cosignRoutes(app: FastifyInstance, deps: Deps) {
  const form = (req: FastifyRequest, reply: FastifyReply, c: { campaign: CampaignRow; text: CampaignTextRow }, submissionId: string, state?: FormState, status = 200) =>
    sendPage(reply, <CosignFormPage ctx={req.ctx} {...c} submissionId={submissionId} closedReason={signingClosedReason(c.campaign, todayIso())} state={state} />, status);
  const sentPath = (req: FastifyRequest, campaign: CampaignRow) => `/${req.ctx.lang}${campaignPath(campaign, '/cosign/sent')}`;

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/cosign',
      policy: 'signatures.cosign',
      handler: async (req, reply) => form(req, reply, await signedCampaign(deps, req.params, req.ctx), randomUUID()),
    },
    {
      method: 'POST',
      url: '/:lang/campaigns/:slug/cosign',
      policy: 'signatures.cosign',
      handler: async (req, reply) => {
        const c = await signedCampaign(deps, req.params, req.ctx);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const submissionId = z.uuid().safeParse(body.submissionId).data ?? randomUUID();
        if (signingClosedReason(c.campaign, todayIso())) return form(req, reply, c, submissionId, undefined, 400);
        const parsed = parseForm(cosignFormSchema, body);
        if (!parsed.ok) return form(req, reply, c, submissionId, parsed, 400);
        if (parsed.data.fax) return reply.redirect(sentPath(req, c.campaign), 303);
        try {
          await submitCosigner(deps, c.campaign, parsed.data, req.ctx.lang);
        } catch (err) {
          if (err instanceof AppError && err.status === 429) return form(req, reply, c, submissionId, { values: echoValues(body), errors: { _form: 'signatures.form.tooMany' } }, 429);
          throw err;
        }
        return reply.redirect(sentPath(req, c.campaign), 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/cosign/sent',
      policy: 'signatures.cosign',
      handler: async (req, reply) => sendPage(reply, <SentPage ctx={req.ctx} {...await signedCampaign(deps, req.params, req.ctx)} kind="cosign" />),
    },
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/cosign/confirm',
      policy: 'signatures.confirm',
      handler: async (req, reply) => {
        const c = await signedCampaign(deps, req.params, req.ctx);
        const q = tokenSchema.safeParse(req.query ?? {});
        if (!q.success) return sendPage(reply, <ConfirmedPage ctx={req.ctx} {...c} outcome={null} kind="cosign" />, 404);
        return sendPage(reply, <ConfirmPage ctx={req.ctx} {...c} token={q.data.token} kind="cosign" />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/campaigns/:slug/cosign/confirm',
      policy: 'signatures.confirm',
      handler: async (req, reply) => {
        const c = await signedCampaign(deps, req.params, req.ctx);
        const f = tokenSchema.safeParse(req.body ?? {});
        const outcome = f.success ? await confirmCosigner(deps, c.campaign, f.data.token) : null;
        const status = outcome === 'confirmed' || outcome === 'already' ? 200 : outcome === null ? 404 : 400;
        return sendPage(reply, <ConfirmedPage ctx={req.ctx} {...c} outcome={outcome} kind="cosign" />, status);
      },
    },
  ]);
}
