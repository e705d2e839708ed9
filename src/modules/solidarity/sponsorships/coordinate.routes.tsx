// Coordinators' pages: the figure list, figure forms (with photo), and sponsorships entered directly,
// ended or handed over. Thin: parse, call the service, render; refused input is the same page with status 400.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import type { FormState } from '../../../app/form-fields.tsx';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes, type RouteSpec } from '../../../app/routing.ts';
import { echoValues, parseForm } from '../../../lib/forms.ts';
import type { Photo } from '../../../lib/images.ts';
import { hasUpload, uploadedPhoto } from '../../../lib/uploads.ts';
import { figureFormSchema, endFormSchema, handOverFormSchema, idParamsSchema, sponsorFormSchema } from './sponsorships.schemas.ts';
import { approvedFigures, allFigures, findFigureById, findFigureBySlug, findSponsorship, sponsorshipsOfFigure, type FigureRow } from './sponsorships.repository.ts';
import { createFigure, editFigure, endSponsorship, handOver, sponsorDirectly } from './sponsorships.service.ts';
import { FigureFormPage, figureValues } from './figure-form.views.tsx';
import { ManagePage, type SponsorshipForms } from './manage.views.tsx';

const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) });

export function coordinateRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const route = (method: 'GET' | 'POST', url: string, handler: RouteSpec['handler']): RouteSpec => ({ method, url, policy: 'sponsorships.coordinate', onDenied: 'login', handler });
  const editUrl = (req: FastifyRequest, f: FigureRow) => `/${req.ctx.lang}/sponsorships/figures/${f.slug}/edit`;

  async function figureOf(req: FastifyRequest): Promise<FigureRow> {
    const p = slugParams.safeParse(req.params);
    const figure = p.success ? await findFigureBySlug(db, p.data.slug) : undefined;
    if (!figure) throw notFound();
    return figure;
  }

  async function sponsorshipForms(figure: FigureRow, refused: Partial<SponsorshipForms> = {}): Promise<SponsorshipForms> {
    const [active, ended, successors] = await Promise.all([sponsorshipsOfFigure(db, figure.id, ['active']), sponsorshipsOfFigure(db, figure.id, ['ended']), approvedFigures(db)]);
    return { active, ended, successors: successors.filter((f) => f.id !== figure.id), ...refused };
  }

  async function editPage(req: FastifyRequest, reply: FastifyReply, figure: FigureRow, opts: { state?: FormState; photoError?: string; refused?: Partial<SponsorshipForms> } = {}, status = 200) {
    const forms = await sponsorshipForms(figure, opts.refused);
    const state = opts.state ?? { values: figureValues(figure) };
    return sendPage(reply, <FigureFormPage ctx={req.ctx} figure={figure} state={state} photoError={opts.photoError} sponsorships={forms} />, status);
  }

  /** The figure form's fields and its photo, or the page that says what is wrong. */
  async function readFigureForm(req: FastifyRequest) {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const form = parseForm(figureFormSchema, body);
    if (!form.ok) return { refused: { state: form as FormState } } as const;
    let photo: Photo | null = null;
    if (hasUpload(body.photo)) {
      const upload = await uploadedPhoto(body.photo);
      if ('problem' in upload) return { refused: { state: { values: echoValues(body) }, photoError: `sponsorships.${upload.problem}` } } as const;
      photo = upload.photo;
    }
    return { form: form.data, photo } as const;
  }

  /** The sponsorship an end or hand-over form names, with its figure. */
  async function sponsorshipOf(req: FastifyRequest) {
    const p = idParamsSchema.safeParse(req.params);
    const s = p.success ? await findSponsorship(db, p.data.id) : undefined;
    const figure = s ? await findFigureById(db, s.figureId) : undefined;
    if (!s || !figure) throw notFound();
    return { s, figure };
  }

  addRoutes(app, [
    route('GET', '/:lang/sponsorships/manage', async (req, reply) => sendPage(reply, <ManagePage ctx={req.ctx} figures={await allFigures(db)} />)),
    route('GET', '/:lang/sponsorships/figures/new', async (req, reply) => sendPage(reply, <FigureFormPage ctx={req.ctx} />)),
    route('POST', '/:lang/sponsorships/figures/new', async (req, reply) => {
      const read = await readFigureForm(req);
      if (read.refused) return sendPage(reply, <FigureFormPage ctx={req.ctx} state={read.refused.state} photoError={read.refused.photoError} />, 400);
      const figure = await createFigure(deps, { form: read.form, photo: read.photo, state: 'approved' });
      return reply.redirect(editUrl(req, figure), 303);
    }),
    route('GET', '/:lang/sponsorships/figures/:slug/edit', async (req, reply) => editPage(req, reply, await figureOf(req))),
    route('POST', '/:lang/sponsorships/figures/:slug/edit', async (req, reply) => {
      const figure = await figureOf(req);
      const read = await readFigureForm(req);
      if (read.refused) return editPage(req, reply, figure, read.refused, 400);
      await editFigure(deps, figure, read.form, read.photo);
      return reply.redirect(editUrl(req, figure), 303);
    }),
    route('POST', '/:lang/sponsorships/figures/:slug/sponsor', async (req, reply) => {
      const figure = await figureOf(req);
      const body = req.body ?? {};
      const form = parseForm(sponsorFormSchema, body);
      if (!form.ok) return editPage(req, reply, figure, { refused: { sponsor: form } }, 400);
      const done = await sponsorDirectly(deps, figure, form.data);
      if (!done.ok) return editPage(req, reply, figure, { refused: { sponsor: { errors: done.errors, values: echoValues(body as Record<string, unknown>) } } }, done.status ?? 400);
      return reply.redirect(editUrl(req, figure), 303);
    }),
    route('POST', '/:lang/sponsorships/sponsorships/:id/end', async (req, reply) => {
      const { s, figure } = await sponsorshipOf(req);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const form = parseForm(endFormSchema, body);
      const done = form.ok ? await endSponsorship(deps, s, form.data.on) : form;
      if (!done.ok) return editPage(req, reply, figure, { refused: { end: { id: s.id, state: { errors: done.errors, values: echoValues(body) } } } }, ('status' in done && done.status) || 400);
      return reply.redirect(editUrl(req, figure), 303);
    }),
    route('POST', '/:lang/sponsorships/sponsorships/:id/hand-over', async (req, reply) => {
      const { s, figure } = await sponsorshipOf(req);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const form = parseForm(handOverFormSchema, body);
      const done = form.ok ? await handOver(deps, s, form.data) : form;
      if (!done.ok) return editPage(req, reply, figure, { refused: { handOver: { id: s.id, state: { errors: done.errors, values: echoValues(body) } } } }, ('status' in done && done.status) || 400);
      return reply.redirect(editUrl(req, figure), 303);
    }),
  ]);
}
