// Coordinators' campaign pages: the list, a new campaign, one campaign's page (settings, open/close, handing
// over) and its words per language. Thin: parse, call the service, render; refused input is the same page, 400.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import type { FormState } from '../../../app/form-fields.tsx';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes, type RouteSpec } from '../../../app/routing.ts';
import { echoValues, parseForm } from '../../../lib/forms.ts';
import { CAMPAIGN_STATES } from '../campaigns.model.ts';
import type { CampaignRow } from './campaigns.tables.ts';
import { listCampaigns, textsOfCampaign } from './core.repository.ts';
import { handoverSchema, settingsSchema, slugParams, textParams, textSchema } from './core.schemas.ts';
import { findCampaignBySlug } from './manage.repository.ts';
import * as service from './manage.service.ts';
import { CampaignManagePage, ManageListPage, type ManageForms } from './manage.views.tsx';
import { NewCampaignPage } from './settings.views.tsx';
import { TextPage } from './texts.views.tsx';

type Body = Record<string, unknown>;
const bodyOf = (req: FastifyRequest) => (req.body ?? {}) as Body;

export function manageRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const route = (method: 'GET' | 'POST', url: string, handler: RouteSpec['handler']): RouteSpec => ({ method, url, policy: 'campaigns.manage', onDenied: 'login', handler });
  const who = (req: FastifyRequest) => ({ actorId: req.ctx.actor.userId });
  const manageUrl = (req: FastifyRequest, c: Pick<CampaignRow, 'slug'>, rest = '') => `/${req.ctx.lang}/campaigns/manage/${c.slug}${rest}`;

  /** The campaign the address names, whatever its state; a 404 when there is none. */
  async function campaignOf(req: FastifyRequest): Promise<CampaignRow> {
    const p = slugParams.safeParse(req.params);
    const campaign = p.success ? await findCampaignBySlug(db, p.data.slug) : undefined;
    if (!campaign) throw notFound();
    return campaign;
  }

  async function managePage(req: FastifyRequest, reply: FastifyReply, campaign: CampaignRow, forms?: ManageForms, status = 200) {
    const texts = await textsOfCampaign(db, campaign.id);
    const problems = campaign.state === 'open' ? [] : await service.openingProblems(db, campaign);
    return sendPage(reply, <CampaignManagePage ctx={req.ctx} campaign={campaign} texts={texts} problems={problems} forms={forms} />, status);
  }

  async function textPage(req: FastifyRequest, reply: FastifyReply, campaign: CampaignRow, lang: string, state?: FormState, status = 200) {
    return sendPage(reply, <TextPage ctx={req.ctx} campaign={campaign} lang={lang} texts={await textsOfCampaign(db, campaign.id)} state={state} />, status);
  }

  const refusedState = (errors: Record<string, string>, body: Body): FormState => ({ errors, values: echoValues(body) });

  addRoutes(app, [
    route('GET', '/:lang/campaigns/manage', async (req, reply) => sendPage(reply, <ManageListPage ctx={req.ctx} campaigns={await listCampaigns(db, req.ctx.lang, CAMPAIGN_STATES)} />)),
    route('GET', '/:lang/campaigns/manage/new', async (req, reply) => sendPage(reply, <NewCampaignPage ctx={req.ctx} />)),
    route('POST', '/:lang/campaigns/manage/new', async (req, reply) => {
      const form = parseForm(settingsSchema, bodyOf(req));
      if (!form.ok) return sendPage(reply, <NewCampaignPage ctx={req.ctx} state={form} />, 400);
      const created = await service.createCampaign(deps, who(req), form.data);
      if (!created.ok) return sendPage(reply, <NewCampaignPage ctx={req.ctx} state={refusedState(created.errors, bodyOf(req))} />, created.status ?? 400);
      return reply.redirect(`${manageUrl(req, created.value, '/texts/')}${created.value.originalLang}`, 303);
    }),
    route('GET', '/:lang/campaigns/manage/:slug', async (req, reply) => managePage(req, reply, await campaignOf(req))),
    route('POST', '/:lang/campaigns/manage/:slug/settings', async (req, reply) => {
      const campaign = await campaignOf(req);
      const form = parseForm(settingsSchema, bodyOf(req));
      const saved = form.ok ? await service.updateSettings(deps, who(req), campaign, form.data) : form;
      if (!saved.ok) return managePage(req, reply, campaign, { settings: refusedState(saved.errors, bodyOf(req)) }, ('status' in saved && saved.status) || 400);
      return reply.redirect(manageUrl(req, saved.value), 303);
    }),
    route('POST', '/:lang/campaigns/manage/:slug/open', async (req, reply) => {
      const campaign = await campaignOf(req);
      const opened = await service.openCampaign(deps, who(req), campaign);
      if (!opened.ok) return managePage(req, reply, campaign, { stateError: 'campaigns.open.notReady' }, opened.status ?? 400);
      return reply.redirect(manageUrl(req, campaign), 303);
    }),
    route('POST', '/:lang/campaigns/manage/:slug/close', async (req, reply) => {
      const campaign = await campaignOf(req);
      const closed = await service.closeCampaign(deps, who(req), campaign);
      if (!closed.ok) return managePage(req, reply, campaign, { stateError: closed.errors._form }, closed.status ?? 400);
      return reply.redirect(manageUrl(req, campaign), 303);
    }),
    route('POST', '/:lang/campaigns/manage/:slug/handover', async (req, reply) => {
      const campaign = await campaignOf(req);
      if (campaign.kind !== 'petition') throw notFound();
      const form = parseForm(handoverSchema, bodyOf(req));
      const saved = form.ok ? await service.saveHandover(deps, who(req), campaign, form.data) : form;
      if (!saved.ok) return managePage(req, reply, campaign, { handover: refusedState(saved.errors, bodyOf(req)) }, ('status' in saved && saved.status) || 400);
      return reply.redirect(manageUrl(req, campaign), 303);
    }),
    route('GET', '/:lang/campaigns/manage/:slug/texts/:textLang', async (req, reply) => {
      const campaign = await campaignOf(req);
      const p = textParams.safeParse(req.params);
      if (!p.success) throw notFound();
      return textPage(req, reply, campaign, p.data.textLang);
    }),
    route('POST', '/:lang/campaigns/manage/:slug/texts/:textLang', async (req, reply) => {
      const campaign = await campaignOf(req);
      const p = textParams.safeParse(req.params);
      if (!p.success) throw notFound();
      const form = parseForm(textSchema, bodyOf(req));
      const saved = form.ok ? await service.saveText(deps, who(req), campaign, p.data.textLang, form.data) : form;
      if (!saved.ok) return textPage(req, reply, campaign, p.data.textLang, refusedState(saved.errors, bodyOf(req)), ('status' in saved && saved.status) || 400);
      return reply.redirect(manageUrl(req, campaign), 303);
    }),
    route('POST', '/:lang/campaigns/manage/:slug/texts/:textLang/delete', async (req, reply) => {
      const campaign = await campaignOf(req);
      const p = textParams.safeParse(req.params);
      if (!p.success) throw notFound();
      const deleted = await service.deleteTranslation(deps, who(req), campaign, p.data.textLang);
      if (!deleted.ok) return textPage(req, reply, campaign, p.data.textLang, { errors: deleted.errors }, deleted.status ?? 400);
      return reply.redirect(manageUrl(req, campaign), 303);
    }),
  ]);
}
