import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { addRoutes } from '../../../app/routing.ts';
import { AppError } from '../../../app/errors.ts';
import { toCsv } from '../../../lib/csv.ts';
import { apiBirthdaysQuerySchema, apiPeopleQuerySchema, slugParamsSchema } from '../registry.schemas.ts';
import { searchDirectory } from '../search/search.repository.ts';
import { facilitiesView, personView } from '../registry.read.service.ts';
import { upcomingBirthdays } from '../birthdays/birthdays.service.ts';
import { todayIso } from '../registry.present.ts';
import { exportRows, EXPORT_COLUMNS, facilityJson, listItem, personJson } from './api.present.ts';
import { openApiDocument } from './openapi.ts';

export const API_PAGE_SIZE = 50;
const notFound = () => new AppError('api.not_found', 404);
const badRequest = () => new AppError('api.bad_request', 400);

/** The read-only public API: no account, JSON, errors with a stable code (see app/server.tsx). */
export function apiRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const english = deps.i18n.translator('en');
  addRoutes(app, [
    {
      method: 'GET',
      url: '/api/v1/people',
      policy: 'registry.api',
      raw: true,
      handler: async (req) => {
        const q = apiPeopleQuerySchema.safeParse(req.query ?? {});
        if (!q.success) throw badRequest();
        const { items, total } = await searchDirectory(db, { ...q.data, lang: 'en', page: q.data.page, pageSize: API_PAGE_SIZE });
        return { items: items.map(listItem), total, page: q.data.page, pageSize: API_PAGE_SIZE };
      },
    },
    {
      method: 'GET',
      url: '/api/v1/people/:slug',
      policy: 'registry.api',
      raw: true,
      handler: async (req) => {
        const params = slugParamsSchema.safeParse(req.params);
        if (!params.success) throw notFound();
        const view = await personView(db, params.data.slug);
        if (!view) throw notFound();
        return personJson(view);
      },
    },
    {
      method: 'GET',
      url: '/api/v1/facilities',
      policy: 'registry.api',
      raw: true,
      handler: async () => {
        const { facilities, counts } = await facilitiesView(db);
        return { items: facilities.map((f) => facilityJson(f, counts.get(f.id) ?? 0)) };
      },
    },
    {
      method: 'GET',
      url: '/api/v1/birthdays',
      policy: 'registry.api',
      raw: true,
      handler: async (req) => {
        const q = apiBirthdaysQuerySchema.safeParse(req.query ?? {});
        if (!q.success) throw badRequest();
        const from = q.data.from ?? todayIso();
        const groups = await upcomingBirthdays(db, { lang: 'en', t: english, publicUrl: deps.config.publicUrl }, from, q.data.days);
        const items = groups.flatMap((g) => g.entries.map((e) => ({ date: e.date, slug: e.slug, name: e.name, age: e.age, address: e.address, url: e.url })));
        return { from, days: q.data.days, items };
      },
    },
    {
      method: 'GET',
      url: '/api/v1/openapi.json',
      policy: 'registry.api',
      raw: true,
      handler: async () => openApiDocument(deps.config.publicUrl),
    },
    {
      method: 'GET',
      url: '/api/v1/export.json',
      policy: 'registry.api',
      raw: true,
      handler: async (_req, reply) => {
        const rows = await exportRows(db);
        return reply.header('Content-Disposition', 'attachment; filename="registry.json"').send({ generated: new Date().toISOString(), items: rows });
      },
    },
    {
      method: 'GET',
      url: '/api/v1/export.csv',
      policy: 'registry.api',
      raw: true,
      handler: async (_req, reply) => {
        const rows = await exportRows(db);
        const csv = toCsv([...EXPORT_COLUMNS], rows.map((r) => EXPORT_COLUMNS.map((c) => csvCell(r[c]))));
        return reply.type('text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="registry.csv"').send(csv);
      },
    },
  ]);
}

function csvCell(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  return JSON.stringify(v);
}
