// Coordinators' pages for what a campaign is tied to: registry people, targets, coalition partners.
// Thin: parse, call the service, render; refused input is the same page with status 400, nothing changed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import type { FormState } from '../../../app/form-fields.tsx';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes, type RouteSpec } from '../../../app/routing.ts';
import { echoValues, parseForm } from '../../../lib/forms.ts';
import { searchDirectory } from '../../registry/search/search.repository.ts';
import type { CampaignRow } from './campaigns.tables.ts';
import { partnersOfCampaign, peopleOfCampaign } from './core.repository.ts';
import { partnerParams, partnerSchema, peopleQuery, peopleSchema, slugParams, targetsQuery, targetsSchema } from './core.schemas.ts';
import { chosenTargets, findCampaignBySlug, targetCountries, targetsToChoose } from './manage.repository.ts';
import * as service from './manage.service.ts';
import { PartnersPage, PeoplePage, TargetsPage } from './links.views.tsx';

type Body = Record<string, unknown>;
const bodyOf = (req: FastifyRequest) => (req.body ?? {}) as Body;
const addPersonSchema = z.object({ person: z.string().trim().toLowerCase().min(1, 'campaigns.form.peopleUnknown').max(120, 'campaigns.form.peopleUnknown') });

export function linksRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const route = (method: 'GET' | 'POST', url: string, handler: RouteSpec['handler']): RouteSpec => ({ method, url, policy: 'campaigns.manage', onDenied: 'login', handler });
  const who = (req: FastifyRequest) => ({ actorId: req.ctx.actor.userId });
  const pageUrl = (req: FastifyRequest, c: CampaignRow, rest: string) => `/${req.ctx.lang}/campaigns/manage/${c.slug}${rest}`;

  async function campaignOf(req: FastifyRequest): Promise<CampaignRow> {
    const p = slugParams.safeParse(req.params);
    const campaign = p.success ? await findCampaignBySlug(db, p.data.slug) : undefined;
    if (!campaign) throw notFound();
    return campaign;
  }

  async function peoplePage(req: FastifyRequest, reply: FastifyReply, campaign: CampaignRow, state?: FormState, status = 200) {
    const { q } = peopleQuery.parse(req.query ?? {});
    const found = q ? (await searchDirectory(db, { q, lang: req.ctx.lang, page: 1, pageSize: 20 })).items : undefined;
    return sendPage(reply, <PeoplePage ctx={req.ctx} campaign={campaign} people={await peopleOfCampaign(db, campaign.id)} q={q} found={found} state={state} />, status);
  }

  async function targetsPage(req: FastifyRequest, reply: FastifyReply, campaign: CampaignRow, state?: FormState, status = 200) {
    // Open letters write to nobody; letter actions and petitions have targets.
    if (campaign.kind === 'open_letter') throw notFound();
    const { country } = targetsQuery.parse(req.query ?? {});
    const [targets, chosen, countries] = [await targetsToChoose(db, country), await chosenTargets(db, campaign.id), await targetCountries(db)];
    return sendPage(reply, <TargetsPage ctx={req.ctx} campaign={campaign} targets={targets} chosen={chosen} countries={countries} country={country} state={state} />, status);
  }

  async function partnersPage(req: FastifyRequest, reply: FastifyReply, campaign: CampaignRow, opts: { state?: FormState; removeError?: string } = {}, status = 200) {
    return sendPage(reply, <PartnersPage ctx={req.ctx} campaign={campaign} partners={await partnersOfCampaign(db, campaign.id)} {...opts} />, status);
  }

  addRoutes(app, [
    route('GET', '/:lang/campaigns/manage/:slug/people', async (req, reply) => peoplePage(req, reply, await campaignOf(req))),
    route('POST', '/:lang/campaigns/manage/:slug/people', async (req, reply) => {
      const campaign = await campaignOf(req);
      const form = parseForm(peopleSchema, bodyOf(req));
      const saved = form.ok ? await service.setPeople(deps, who(req), campaign, form.data.people) : form;
      if (!saved.ok) return peoplePage(req, reply, campaign, { errors: saved.errors, values: echoValues(bodyOf(req)) }, ('status' in saved && saved.status) || 400);
      return reply.redirect(pageUrl(req, campaign, '/people'), 303);
    }),
    route('POST', '/:lang/campaigns/manage/:slug/people/add', async (req, reply) => {
      const campaign = await campaignOf(req);
      const form = parseForm(addPersonSchema, bodyOf(req));
      const current = (await peopleOfCampaign(db, campaign.id)).map((p) => p.slug);
      const saved = form.ok ? await service.setPeople(deps, who(req), campaign, [...new Set([...current, form.data.person])]) : form;
      if (!saved.ok) return peoplePage(req, reply, campaign, { errors: { people: saved.errors.people ?? saved.errors.person ?? 'campaigns.form.peopleUnknown' } }, ('status' in saved && saved.status) || 400);
      return reply.redirect(pageUrl(req, campaign, '/people'), 303);
    }),
    route('GET', '/:lang/campaigns/manage/:slug/targets', async (req, reply) => targetsPage(req, reply, await campaignOf(req))),
    route('POST', '/:lang/campaigns/manage/:slug/targets', async (req, reply) => {
      const campaign = await campaignOf(req);
      if (campaign.kind === 'open_letter') throw notFound();
      const form = parseForm(targetsSchema, bodyOf(req));
      const saved = form.ok ? await service.chooseTargets(deps, who(req), campaign, form.data.shown, form.data.target) : form;
      // The only way to get the ticks wrong is a target gone (or a forged id): one message for the whole form.
      if (!saved.ok) return targetsPage(req, reply, campaign, { errors: { _form: saved.errors._form ?? 'campaigns.form.targetUnknown' } }, ('status' in saved && saved.status) || 400);
      const { country } = targetsQuery.parse(req.query ?? {});
      return reply.redirect(pageUrl(req, campaign, `/targets${country ? `?country=${country}` : ''}`), 303);
    }),
    route('GET', '/:lang/campaigns/manage/:slug/partners', async (req, reply) => partnersPage(req, reply, await campaignOf(req))),
    route('POST', '/:lang/campaigns/manage/:slug/partners', async (req, reply) => {
      const campaign = await campaignOf(req);
      const form = parseForm(partnerSchema, bodyOf(req));
      const saved = form.ok ? await service.addPartner(deps, who(req), campaign, form.data) : form;
      if (!saved.ok) return partnersPage(req, reply, campaign, { state: { errors: saved.errors, values: echoValues(bodyOf(req)) } }, ('status' in saved && saved.status) || 400);
      return reply.redirect(pageUrl(req, campaign, '/partners'), 303);
    }),
    route('POST', '/:lang/campaigns/manage/:slug/partners/:id/remove', async (req, reply) => {
      const campaign = await campaignOf(req);
      const p = partnerParams.safeParse(req.params);
      if (!p.success) throw notFound();
      const removed = await service.removePartner(deps, who(req), campaign, p.data.id);
      if (!removed.ok) {
        if (removed.status === 404) throw notFound();
        return partnersPage(req, reply, campaign, { removeError: removed.errors._form }, removed.status ?? 400);
      }
      return reply.redirect(pageUrl(req, campaign, '/partners'), 303);
    }),
  ]);
}
