import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import type { FormState } from '../../../app/form-fields.tsx';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { echoValues, parseForm } from '../../../lib/forms.ts';
import { findPersonBySlug } from '../../registry/registry.repository.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import { needsOf } from './needs.repository.ts';
import { accountPledgeSchema, anonymousPledgeSchema, confirmPledgeSchema, needFormSchema, needStateSchema, pledgeDecisionSchema } from './needs.schemas.ts';
import { addNeed, confirmPledge, decidePledge, pledgesView, setNeedState, submitPledge } from './needs.service.ts';
import { ManageNeedsPage, PledgesPage } from './needs-coordinate.views.tsx';
import { ConfirmPledgePage, NeedsPage, PledgeConfirmedPage } from './needs.views.tsx';

/** Needs and pledges: the public page with its pledge forms, the e-mail link, and the coordinators' pages. */
export function needsRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const moneyRulesUrl = deps.config.moneyRulesUrl;

  async function personFrom(req: FastifyRequest): Promise<PersonRow> {
    const slug = (req.params as { slug?: unknown }).slug;
    const person = typeof slug === 'string' && slug.length <= 200 ? await findPersonBySlug(db, slug) : undefined;
    if (!person) throw notFound();
    return person;
  }
  const noticeOf = (req: FastifyRequest) => {
    const n = (req.query as { done?: unknown } | undefined)?.done;
    return typeof n === 'string' ? n : undefined;
  };

  /** The public page; the form that was sent keeps its submission id, so a corrected form still stores one pledge. */
  async function needsPage(req: FastifyRequest, reply: FastifyReply, person: PersonRow, opts: { state?: FormState; notice?: 'pledged' | 'checkEmail' } = {}, status = 200) {
    const [open, met] = await Promise.all([needsOf(db, person.id, ['open']), needsOf(db, person.id, ['met'])]);
    const submissionIds: Record<string, string> = Object.fromEntries(open.map((n) => [n.id, randomUUID()]));
    const sent = opts.state?.values;
    if (sent?.need && submissionIds[sent.need]) submissionIds[sent.need] = z.uuid().safeParse(sent.submissionId).data ?? submissionIds[sent.need];
    return sendPage(reply, <NeedsPage ctx={req.ctx} person={person} needs={open} met={met.slice(0, 20)} submissionIds={submissionIds} moneyRulesUrl={moneyRulesUrl} {...opts} />, status);
  }

  async function managePage(req: FastifyRequest, reply: FastifyReply, person: PersonRow, opts: { state?: FormState; notice?: string } = {}, status = 200) {
    const needs = await needsOf(db, person.id, ['open', 'met', 'closed']);
    return sendPage(reply, <ManageNeedsPage ctx={req.ctx} person={person} needs={needs} moneyRulesUrl={moneyRulesUrl} {...opts} />, status);
  }

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/people/:slug/needs',
      policy: 'needs.view',
      handler: async (req, reply) => {
        const done = noticeOf(req);
        return needsPage(req, reply, await personFrom(req), { notice: done === 'pledged' || done === 'checkEmail' ? done : undefined });
      },
    },
    {
      method: 'POST',
      url: '/:lang/people/:slug/needs',
      policy: 'needs.pledge',
      handler: async (req, reply) => {
        const person = await personFrom(req);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const userId = req.ctx.actor.userId;
        const form = userId ? parseForm(accountPledgeSchema, body) : parseForm(anonymousPledgeSchema, body);
        if (!form.ok) return needsPage(req, reply, person, { state: form }, 400);
        const path = `/${req.ctx.lang}/people/${encodeURIComponent(person.slug)}/needs`;
        // A filled honeypot is a bot: it is thanked like anyone, and nothing is stored or sent.
        if (form.data.website) return reply.redirect(`${path}?done=checkEmail`, 303);
        const email = 'email' in form.data ? (form.data.email as string) : null;
        const outcome = await submitPledge(deps, person, { ...form.data, email, userId, locale: req.ctx.lang });
        if (!outcome.ok) return needsPage(req, reply, person, { state: { errors: { _form: outcome.error }, values: echoValues(body) } }, outcome.error === 'needs.pledge.tooMany' ? 429 : 400);
        return reply.redirect(`${path}?done=${outcome.state === 'unconfirmed' ? 'checkEmail' : 'pledged'}`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/needs/confirm',
      policy: 'needs.confirm',
      handler: async (req, reply) => {
        const q = confirmPledgeSchema.safeParse(req.query ?? {});
        if (!q.success) return sendPage(reply, <PledgeConfirmedPage ctx={req.ctx} outcome={null} />, 404);
        return sendPage(reply, <ConfirmPledgePage ctx={req.ctx} token={q.data.token} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/needs/confirm',
      policy: 'needs.confirm',
      handler: async (req, reply) => {
        const form = confirmPledgeSchema.safeParse(req.body ?? {});
        const outcome = form.success ? await confirmPledge(deps, form.data.token) : null;
        const status = outcome === 'confirmed' || outcome === 'already' ? 200 : outcome === null ? 404 : 400;
        return sendPage(reply, <PledgeConfirmedPage ctx={req.ctx} outcome={outcome} />, status);
      },
    },
    {
      method: 'GET',
      url: '/:lang/needs/:slug/edit',
      policy: 'needs.manage',
      onDenied: 'login',
      handler: async (req, reply) => managePage(req, reply, await personFrom(req), { notice: noticeOf(req) }),
    },
    {
      method: 'POST',
      url: '/:lang/needs/:slug/edit',
      policy: 'needs.manage',
      handler: async (req, reply) => {
        const person = await personFrom(req);
        const form = parseForm(needFormSchema, req.body);
        if (!form.ok) return managePage(req, reply, person, { state: form }, 400);
        await addNeed(deps, person, req.ctx.actor.userId!, form.data);
        return reply.redirect(`/${req.ctx.lang}/needs/${encodeURIComponent(person.slug)}/edit?done=added`, 303);
      },
    },
    {
      method: 'POST',
      url: '/:lang/needs/:slug/state',
      policy: 'needs.manage',
      handler: async (req, reply) => {
        const person = await personFrom(req);
        const form = needStateSchema.safeParse(req.body ?? {});
        const moved = form.success && (await setNeedState(deps, person, form.data.id, form.data.to));
        if (!moved) return managePage(req, reply, person, { notice: 'stale' }, 409);
        return reply.redirect(`/${req.ctx.lang}/needs/${encodeURIComponent(person.slug)}/edit`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/needs/pledges',
      policy: 'needs.pledges',
      onDenied: 'login',
      handler: async (req, reply) => sendPage(reply, <PledgesPage ctx={req.ctx} pledges={await pledgesView(deps)} notice={noticeOf(req)} />),
    },
    {
      method: 'POST',
      url: '/:lang/needs/pledges',
      policy: 'needs.pledges',
      handler: async (req, reply) => {
        const form = pledgeDecisionSchema.safeParse(req.body ?? {});
        const moved = form.success && (await decidePledge(deps, form.data.id, form.data.to, req.ctx.actor.userId!));
        if (!moved) return sendPage(reply, <PledgesPage ctx={req.ctx} pledges={await pledgesView(deps)} notice="stale" />, 409);
        return reply.redirect(`/${req.ctx.lang}/needs/pledges?done=done`, 303);
      },
    },
  ]);
}
