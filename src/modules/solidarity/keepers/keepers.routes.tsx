import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import type { FormState } from '../../../app/form-fields.tsx';
import { allow } from '../../../app/policy.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { echoValues, parseForm } from '../../../lib/forms.ts';
import { findPersonBySlug } from '../../registry/registry.repository.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import { countActive } from './keepers.repository.ts';
import { coordinatorView, keeperPageView, myKeepings } from './keepers.read.service.ts';
import { decideSchema, handoverSchema, pageQuerySchema, requestSchema, toQuerySchema } from './keepers.schemas.ts';
import { canBeKept, decideRequest, handOver, requestKeeping } from './keepers.service.ts';
import { KeeperPage } from './keeper-page.views.tsx';
import { CoordinatorPage, MyKeepingsPage, RequestPage } from './keepers.views.tsx';

/** Keepers: asking to keep a person, coordinators deciding, the keeper page and hand-over, one's own keepings. */
export function keepersRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const max = deps.config.keepersMaxPerPerson;

  async function personFrom(slug: unknown): Promise<PersonRow> {
    const person = typeof slug === 'string' && slug.length <= 200 ? await findPersonBySlug(db, slug) : undefined;
    if (!person) throw notFound();
    return person;
  }

  async function requestPage(req: FastifyRequest, reply: FastifyReply, person: PersonRow, state?: FormState, status = 200) {
    const full = (await countActive(db, person.id)) >= max;
    return sendPage(reply, <RequestPage ctx={req.ctx} person={person} full={full} state={state} />, status);
  }

  async function keeperPage(req: FastifyRequest, reply: FastifyReply, state?: FormState, status = 200) {
    const person = await personFrom((req.params as { slug?: unknown }).slug);
    const view = await keeperPageView(deps, person, req.ctx.actor);
    if (!view) throw notFound();
    const done = (req.query as { done?: unknown } | undefined)?.done;
    return sendPage(reply, <KeeperPage ctx={req.ctx} view={view} done={typeof done === 'string' ? done : undefined} state={state} />, status);
  }

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/keepers/new',
      policy: 'keepers.request',
      onDenied: 'login',
      handler: async (req, reply) => {
        const q = toQuerySchema.safeParse(req.query ?? {});
        const person = await personFrom(q.data?.to);
        if (!canBeKept(person)) throw notFound();
        return requestPage(req, reply, person);
      },
    },
    {
      method: 'POST',
      url: '/:lang/keepers/new',
      policy: 'keepers.request',
      onDenied: 'login',
      handler: async (req, reply) => {
        const q = toQuerySchema.safeParse(req.query ?? {});
        const person = await personFrom(q.data?.to);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const form = parseForm(requestSchema, body);
        if (!form.ok) return requestPage(req, reply, person, form, 400);
        const outcome = await requestKeeping(deps, person, req.ctx.actor.userId!, form.data);
        if (!outcome.ok) return requestPage(req, reply, person, { errors: { _form: outcome.error }, values: echoValues(body) }, 400);
        return reply.redirect(`/${req.ctx.lang}/keepers/mine?requested=1`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/keepers/mine',
      policy: 'keepers.mine',
      onDenied: 'login',
      handler: async (req, reply) => {
        const q = (req.query ?? {}) as { requested?: unknown; handedOver?: unknown };
        const notice = q.requested === '1' ? 'requested' : q.handedOver === '1' ? 'handedOver' : undefined;
        return sendPage(reply, <MyKeepingsPage ctx={req.ctx} items={await myKeepings(db, req.ctx.actor.userId!)} notice={notice} />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/keepers',
      policy: 'keepers.coordinate',
      onDenied: 'login',
      handler: async (req, reply) => {
        const { page } = pageQuerySchema.parse(req.query ?? {});
        const done = (req.query as { done?: unknown } | undefined)?.done;
        const view = await coordinatorView(deps, page);
        return sendPage(reply, <CoordinatorPage ctx={req.ctx} view={view} max={max} done={typeof done === 'string' ? done : undefined} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/keepers/decide',
      policy: 'keepers.coordinate',
      handler: async (req, reply) => {
        const form = decideSchema.safeParse(req.body ?? {});
        if (!form.success) {
          const view = await coordinatorView(deps, 1);
          return sendPage(reply, <CoordinatorPage ctx={req.ctx} view={view} max={max} done="stale" />, 400);
        }
        const outcome = await decideRequest(deps, form.data.id, form.data.decision, req.ctx.actor.userId!);
        if (outcome === 'full' || outcome === 'stale') {
          const view = await coordinatorView(deps, 1);
          return sendPage(reply, <CoordinatorPage ctx={req.ctx} view={view} max={max} done={outcome} />, outcome === 'full' ? 400 : 409);
        }
        return reply.redirect(`/${req.ctx.lang}/keepers?done=${outcome}`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/keepers/:slug',
      policy: 'keepers.page',
      onDenied: 'login',
      handler: (req, reply) => keeperPage(req, reply),
    },
    {
      method: 'POST',
      url: '/:lang/keepers/:slug/handover',
      policy: 'keepers.page',
      handler: async (req, reply) => {
        const person = await personFrom((req.params as { slug?: unknown }).slug);
        // The same check as the page: anyone else gets the 404 the page would give them.
        const view = await keeperPageView(deps, person, req.ctx.actor);
        if (!view) throw notFound();
        const body = (req.body ?? {}) as Record<string, unknown>;
        const form = parseForm(handoverSchema, body);
        if (!form.ok) return keeperPage(req, reply, form, 400);
        const coordinator = allow(req.ctx.actor, 'keepers.coordinate');
        const outcome = await handOver(deps, person, { userId: req.ctx.actor.userId!, coordinator }, form.data);
        if (!outcome.ok) {
          const field = outcome.error === 'keepers.handover.unknownEmail' || outcome.error === 'keepers.handover.alreadyKeeper' ? 'email' : 'request';
          return keeperPage(req, reply, { errors: { [field]: outcome.error, _form: outcome.error }, values: echoValues(body) }, 400);
        }
        // A keeper who handed over no longer sees the page (it is for active keepers): they go to their own list.
        return reply.redirect(coordinator ? `/${req.ctx.lang}/keepers/${person.slug}?done=handedOver` : `/${req.ctx.lang}/keepers/mine?handedOver=1`, 303);
      },
    },
  ]);
}
