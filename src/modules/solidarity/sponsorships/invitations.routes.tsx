// Invitation links (coordinators), the proposal form a public figure opens with one, and the proposals queue.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import type { FormState } from '../../../app/form-fields.tsx';
import { notFound } from '../../../app/errors.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes, type RouteSpec } from '../../../app/routing.ts';
import { echoValues, parseForm } from '../../../lib/forms.ts';
import type { Photo } from '../../../lib/images.ts';
import { hasUpload, uploadedPhoto } from '../../../lib/uploads.ts';
import { listInvitations, pendingProposals } from './invitations.repository.ts';
import { approveProposal, contactOf, createInvitation, invitationFor, propose, refuseProposal, revokeInvitation } from './invitations.service.ts';
import { InvitationsPage, ProposalOutcomePage, ProposalsPage, ProposePage } from './invitations.views.tsx';
import { currentPeople } from './public.repository.ts';
import { idParamsSchema, invitationFormSchema, proposalFormSchema, tokenSchema } from './sponsorships.schemas.ts';

const DONE_NOTICES = new Set(['approved', 'refused']);

export function invitationsRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const coordinate = (method: 'GET' | 'POST', url: string, handler: RouteSpec['handler']): RouteSpec => ({ method, url, policy: 'sponsorships.coordinate', onDenied: 'login', handler });

  const invitationsPage = async (req: FastifyRequest, reply: FastifyReply, extra: { created?: { link: string; label: string }; state?: FormState } = {}, status = 200) =>
    sendPage(reply, <InvitationsPage ctx={req.ctx} invitations={await listInvitations(db)} {...extra} />, status);

  const proposalsPage = async (req: FastifyRequest, reply: FastifyReply, notice?: string, status = 200) =>
    sendPage(reply, <ProposalsPage ctx={req.ctx} proposals={await pendingProposals(db)} contactOf={(p) => contactOf(deps, p.contactEnc)} notice={notice} />, status);

  const proposeForm = async (req: FastifyRequest, reply: FastifyReply, token: string, state?: FormState, photoError?: string, status = 200) =>
    sendPage(reply, <ProposePage ctx={req.ctx} token={token} people={await currentPeople(db, req.ctx.lang)} state={state} photoError={photoError} />, status);

  const outcome = (req: FastifyRequest, reply: FastifyReply, kind: 'used' | 'invalid') =>
    sendPage(reply.header('Cache-Control', 'no-store'), <ProposalOutcomePage ctx={req.ctx} outcome={kind} />, kind === 'used' ? 409 : 404);

  addRoutes(app, [
    coordinate('GET', '/:lang/sponsorships/invitations', (req, reply) => invitationsPage(req, reply)),
    coordinate('POST', '/:lang/sponsorships/invitations', async (req, reply) => {
      const form = parseForm(invitationFormSchema, req.body ?? {});
      if (!form.ok) return invitationsPage(req, reply, { state: form }, 400);
      const { token } = await createInvitation(deps, { ...form.data, createdBy: req.ctx.actor.userId });
      // The token is in this answer only: it is not stored, so the link cannot be shown again.
      const link = `${deps.config.publicUrl}/${req.ctx.lang}/sponsorships/propose?token=${encodeURIComponent(token)}`;
      return invitationsPage(req, reply, { created: { link, label: form.data.label } });
    }),
    coordinate('POST', '/:lang/sponsorships/invitations/:id/revoke', async (req, reply) => {
      const p = idParamsSchema.safeParse(req.params);
      if (!p.success) throw notFound();
      await revokeInvitation(deps, p.data.id);
      return reply.redirect(`/${req.ctx.lang}/sponsorships/invitations`, 303);
    }),
    {
      method: 'GET',
      url: '/:lang/sponsorships/propose',
      policy: 'sponsorships.propose',
      handler: async (req, reply) => {
        const q = tokenSchema.safeParse(req.query ?? {});
        const found = q.success ? await invitationFor(deps, q.data.token) : null;
        if (!q.success || !found || found.status !== 'open') return sendPage(reply, <ProposalOutcomePage ctx={req.ctx} outcome={found?.status === 'used' ? 'used' : 'invalid'} />, 404);
        const person = (req.query as { person?: unknown }).person;
        return proposeForm(req, reply, q.data.token, { values: { person: typeof person === 'string' ? person : '' } });
      },
    },
    {
      method: 'POST',
      url: '/:lang/sponsorships/propose',
      policy: 'sponsorships.propose',
      handler: async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const t = tokenSchema.safeParse(body);
        const found = t.success ? await invitationFor(deps, t.data.token) : null;
        if (!t.success || !found || found.status === 'expired') return outcome(req, reply, 'invalid');
        if (found.status === 'used') return outcome(req, reply, 'used');
        const form = parseForm(proposalFormSchema, body);
        if (!form.ok) return proposeForm(req, reply, t.data.token, form, undefined, 400);
        // A filled honeypot is a bot: it is thanked like anyone, and nothing is stored.
        if (form.data.website) return reply.redirect(`/${req.ctx.lang}/sponsorships/proposed`, 303);
        let photo: Photo | null = null;
        if (hasUpload(body.photo)) {
          const upload = await uploadedPhoto(body.photo);
          if ('problem' in upload) return proposeForm(req, reply, t.data.token, { values: echoValues(body) }, `sponsorships.${upload.problem}`, 400);
          photo = upload.photo;
        }
        const result = await propose(deps, form.data, photo);
        if (result.kind === 'errors') return proposeForm(req, reply, t.data.token, { errors: result.errors, values: echoValues(body) }, undefined, 400);
        if (result.kind !== 'proposed') return outcome(req, reply, result.kind);
        return reply.redirect(`/${req.ctx.lang}/sponsorships/proposed`, 303);
      },
    },
    coordinate('GET', '/:lang/sponsorships/proposals', async (req, reply) => {
      const done = (req.query as { done?: unknown } | undefined)?.done;
      return proposalsPage(req, reply, typeof done === 'string' && DONE_NOTICES.has(done) ? `sponsorships.proposals.${done}` : undefined);
    }),
    ...(['approve', 'refuse'] as const).map((action) =>
      coordinate('POST', `/:lang/sponsorships/proposals/:id/${action}`, async (req, reply) => {
        const p = idParamsSchema.safeParse(req.params);
        if (!p.success) throw notFound();
        const done = action === 'approve' ? await approveProposal(deps, p.data.id) : await refuseProposal(deps, p.data.id);
        if (!done.ok) return proposalsPage(req, reply, 'sponsorships.proposals.gone', done.status ?? 409);
        return reply.redirect(`/${req.ctx.lang}/sponsorships/proposals?done=${action === 'approve' ? 'approved' : 'refused'}`, 303);
      }),
    ),
  ]);
}
