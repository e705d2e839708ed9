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
import { cosignRoutes } from './cosign.routes.tsx';
import { coordinateRoutes } from './coordinate.routes.tsx';
import { exportsRoutes } from './exports.routes.tsx';
import { NamesPage } from './names.views.tsx';
import { ConfirmedPage, ConfirmPage, partnerConsentText, SentPage, SignFormPage } from './sign.views.tsx';
import { signedCampaign } from './signatures.campaign.ts';
import { PAGE_NAMES, signingClosedReason } from './signatures.model.ts';
import { campaignPath } from './signatures.parts.tsx';
import { partnersOf, publicNamesPage } from './signatures.repository.ts';
import { pageQuerySchema, parseCursor, partnerField, signFormSchema, tokenSchema } from './signatures.schemas.ts';
import { confirmSignature, signCampaign } from './signatures.service.ts';

/** Signing an open letter or petition, its confirmation link, the public list of names; then co-signing and the coordinators' pages. */
export function signaturesRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;

  const form = async (req: FastifyRequest, reply: FastifyReply, c: { campaign: CampaignRow; text: CampaignTextRow }, submissionId: string, state?: FormState, status = 200) => {
    const closedReason = signingClosedReason(c.campaign, todayIso());
    const partners = await partnersOf(db, c.campaign.id);
    return sendPage(reply, <SignFormPage ctx={req.ctx} {...c} partners={partners} submissionId={submissionId} closedReason={closedReason} state={state} />, status);
  };
  const sentPath = (req: FastifyRequest, campaign: CampaignRow) => `/${req.ctx.lang}${campaignPath(campaign, '/sign/sent')}`;

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/sign',
      policy: 'signatures.sign',
      handler: async (req, reply) => form(req, reply, await signedCampaign(deps, req.params, req.ctx), randomUUID()),
    },
    {
      method: 'POST',
      url: '/:lang/campaigns/:slug/sign',
      policy: 'signatures.sign',
      handler: async (req, reply) => {
        const c = await signedCampaign(deps, req.params, req.ctx);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const values = echoValues(body);
        const submissionId = z.uuid().safeParse(body.submissionId).data ?? randomUUID();
        // After the deadline or once closed: the form page says so, and nothing is stored.
        if (signingClosedReason(c.campaign, todayIso())) return form(req, reply, c, submissionId, undefined, 400);
        const parsed = parseForm(signFormSchema, body);
        if (!parsed.ok) return form(req, reply, c, submissionId, parsed, 400);
        const f = parsed.data;
        const partners = await partnersOf(db, c.campaign.id);
        const consents = partners.map((p) => ({ partnerId: p.id, text: partnerConsentText(req.ctx, p, c.text), agreed: body[partnerField(p.id)] === 'on' }));
        if (f.visibility === 'secret' && consents.some((x) => x.agreed)) return form(req, reply, c, submissionId, { values, errors: { partners: 'signatures.form.secretNoPartners' } }, 400);
        // A filled honeypot is a bot: it gets the same answer as anyone, and nothing is stored or sent.
        if (f.website) return reply.redirect(sentPath(req, c.campaign), 303);
        try {
          const outcome = await signCampaign(deps, c.campaign, { ...f, locale: req.ctx.lang, consents });
          if (outcome !== 'sent') return form(req, reply, c, submissionId, { values, errors: { partners: 'signatures.form.secretNoPartners' } }, 400);
        } catch (err) {
          if (err instanceof AppError && err.status === 429) return form(req, reply, c, submissionId, { values, errors: { _form: 'signatures.form.tooMany' } }, 429);
          throw err;
        }
        return reply.redirect(sentPath(req, c.campaign), 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/sign/sent',
      policy: 'signatures.sign',
      handler: async (req, reply) => sendPage(reply, <SentPage ctx={req.ctx} {...await signedCampaign(deps, req.params, req.ctx)} kind="sign" />),
    },
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/sign/confirm',
      policy: 'signatures.confirm',
      handler: async (req, reply) => {
        const c = await signedCampaign(deps, req.params, req.ctx);
        const q = tokenSchema.safeParse(req.query ?? {});
        if (!q.success) return sendPage(reply, <ConfirmedPage ctx={req.ctx} {...c} outcome={null} kind="sign" />, 404);
        return sendPage(reply, <ConfirmPage ctx={req.ctx} {...c} token={q.data.token} kind="sign" />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/campaigns/:slug/sign/confirm',
      policy: 'signatures.confirm',
      handler: async (req, reply) => {
        const c = await signedCampaign(deps, req.params, req.ctx);
        const f = tokenSchema.safeParse(req.body ?? {});
        const outcome = f.success ? await confirmSignature(deps, c.campaign, f.data.token) : null;
        const status = outcome === 'confirmed' || outcome === 'already' ? 200 : outcome === null ? 404 : 400;
        return sendPage(reply, <ConfirmedPage ctx={req.ctx} {...c} outcome={outcome} kind="sign" />, status);
      },
    },
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/signatures',
      policy: 'signatures.view',
      handler: async (req, reply) => {
        const c = await signedCampaign(deps, req.params, req.ctx);
        const { before } = pageQuerySchema.parse(req.query ?? {});
        const page = await publicNamesPage(db, c.campaign.id, { before: parseCursor(before), limit: PAGE_NAMES });
        const closed = signingClosedReason(c.campaign, todayIso()) !== null;
        return sendPage(reply, <NamesPage ctx={req.ctx} {...c} {...page} older={before !== undefined} closed={closed} />);
      },
    },
  ]);
  cosignRoutes(app, deps);
  coordinateRoutes(app, deps);
  exportsRoutes(app, deps);
}
