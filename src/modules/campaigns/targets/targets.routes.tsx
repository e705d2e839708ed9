// Targets: the coordinators' list and form (policy targets.manage) and the public "find your representative"
// page (targets.find). Thin: parse, call the service or repository, render; refused input is the same page, 400.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import type { FormState } from '../../../app/form-fields.tsx';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes, type RouteSpec } from '../../../app/routing.ts';
import { echoValues, parseForm } from '../../../lib/forms.ts';
import { lookUpRepresentative } from './representatives.ts';
import { RepresentativePage } from './representative.views.tsx';
import { TARGETS_PAGE_SIZE, targetFieldValues } from './targets.model.ts';
import { findTargetById, listTargets, openOwnRepresentativeActions, postcodeCountries, targetCounts } from './targets.repository.ts';
import { idParamsSchema, listQuerySchema, representativeQuerySchema, targetFieldsSchema } from './targets.schemas.ts';
import { deleteTarget, saveTarget } from './targets.service.ts';
import { TargetFormPage, TargetsListPage } from './targets.views.tsx';
import type { TargetRow } from './targets.tables.ts';

const DONE = new Set(['saved', 'deleted']);
const cut = (v: string | undefined) => (v ?? '').slice(0, 40);

export function targetsRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const manage = (method: 'GET' | 'POST', url: string, handler: RouteSpec['handler']): RouteSpec => ({ method, url, policy: 'targets.manage', onDenied: 'login', handler });

  async function targetOf(req: FastifyRequest): Promise<TargetRow> {
    const p = idParamsSchema.safeParse(req.params);
    const target = p.success ? await findTargetById(db, p.data.id) : undefined;
    if (!target) throw notFound();
    return target;
  }

  const valuesOf = (t: TargetRow) => targetFieldValues({ ...t, salutations: t.salutations ?? {} });
  const savedUrl = (req: FastifyRequest, country: string) => `/${req.ctx.lang}/campaigns/targets?country=${country}&done=saved`;

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/campaigns/representative',
      policy: 'targets.find',
      handler: async (req, reply) => {
        const countries = (await postcodeCountries(db)).map((c) => c.country);
        const q = representativeQuerySchema.parse(req.query ?? {});
        if (q.country === undefined && q.postcode === undefined) return sendPage(reply, <RepresentativePage ctx={req.ctx} countries={countries} />);
        const values = { country: cut(q.country), postcode: cut(q.postcode) };
        const found = await lookUpRepresentative(db, countries, q.country, q.postcode);
        if (!found.ok) return sendPage(reply, <RepresentativePage ctx={req.ctx} countries={countries} state={{ errors: found.errors, values }} />, 400);
        const actions = await openOwnRepresentativeActions(db, found.country, req.ctx.lang);
        return sendPage(reply, <RepresentativePage ctx={req.ctx} countries={countries} state={{ values }} result={{ constituencies: found.constituencies, targets: found.targets, actions }} />);
      },
    },
    manage('GET', '/:lang/campaigns/targets', async (req, reply) => {
      const q = listQuerySchema.parse(req.query ?? {});
      const done = (req.query as { done?: unknown } | undefined)?.done;
      const filter = { country: q.country, kind: q.kind };
      const [list, counts, postcodeTables] = await Promise.all([listTargets(db, filter, q.page, TARGETS_PAGE_SIZE), targetCounts(db), postcodeCountries(db)]);
      const pages = Math.max(1, Math.ceil(list.total / TARGETS_PAGE_SIZE));
      return sendPage(
        reply,
        <TargetsListPage
          ctx={req.ctx}
          filter={filter}
          rows={list.rows}
          total={list.total}
          page={q.page}
          pages={pages}
          counts={counts}
          postcodeTables={postcodeTables}
          done={typeof done === 'string' && DONE.has(done) ? done : undefined}
        />,
      );
    }),
    manage('GET', '/:lang/campaigns/targets/new', async (req, reply) => sendPage(reply, <TargetFormPage ctx={req.ctx} />)),
    manage('POST', '/:lang/campaigns/targets/new', async (req, reply) => {
      const form = parseForm(targetFieldsSchema, req.body);
      if (!form.ok) return sendPage(reply, <TargetFormPage ctx={req.ctx} state={form as FormState} />, 400);
      const saved = await saveTarget(db, req.ctx.actor.userId, undefined, form.data);
      if (!saved.ok) return sendPage(reply, <TargetFormPage ctx={req.ctx} state={{ errors: saved.errors, values: echoValues((req.body ?? {}) as Record<string, unknown>) }} />, 400);
      return reply.redirect(savedUrl(req, form.data.country), 303);
    }),
    manage('GET', '/:lang/campaigns/targets/:id/edit', async (req, reply) => {
      const target = await targetOf(req);
      return sendPage(reply, <TargetFormPage ctx={req.ctx} target={target} state={{ values: valuesOf(target) }} />);
    }),
    manage('POST', '/:lang/campaigns/targets/:id/edit', async (req, reply) => {
      const target = await targetOf(req);
      const form = parseForm(targetFieldsSchema, req.body);
      if (!form.ok) return sendPage(reply, <TargetFormPage ctx={req.ctx} target={target} state={form as FormState} />, 400);
      const saved = await saveTarget(db, req.ctx.actor.userId, target, form.data);
      if (!saved.ok) return sendPage(reply, <TargetFormPage ctx={req.ctx} target={target} state={{ errors: saved.errors, values: echoValues((req.body ?? {}) as Record<string, unknown>) }} />, 400);
      return reply.redirect(savedUrl(req, form.data.country), 303);
    }),
    manage('POST', '/:lang/campaigns/targets/:id/delete', async (req, reply) => {
      const target = await targetOf(req);
      const result = await deleteTarget(db, req.ctx.actor.userId, target.id);
      if (result.outcome === 'not_found') throw notFound();
      // Refused, nothing changed: the target's page again, saying why.
      if (result.outcome === 'in_use') return sendPage(reply, <TargetFormPage ctx={req.ctx} target={target} state={{ values: valuesOf(target) }} inUse={result.campaigns} />, 409);
      return reply.redirect(`/${req.ctx.lang}/campaigns/targets?country=${target.country}&done=deleted`, 303);
    }),
  ]);
}

