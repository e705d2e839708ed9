import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../../app/context.ts';
import type { FormState } from '../../../app/form-fields.tsx';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { echoValues, parseForm } from '../../../lib/forms.ts';
import { sentQuerySchema, writeFormSchema } from './actions.schemas.ts';
import { composeLetter } from './compose.ts';
import { SentPage } from './letter.views.tsx';
import { letterLinksRoutes } from './links.routes.tsx';
import { reviewRoutes } from './review.routes.tsx';
import { letterAction, letterTemplate, writeView } from './write.read.ts';
import { chooseTargets, submitLetter } from './write.service.ts';
import { WritePage, type WriteView } from './write.views.tsx';

/** Writing a letter to a campaign's targets: the form, and the pages its links lead to. */
export function actionsRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  const page = (req: FastifyRequest, reply: FastifyReply, v: WriteView, submissionId: string, state?: FormState, status = 200) =>
    sendPage(reply, <WritePage ctx={req.ctx} v={v} submissionId={submissionId} state={state} />, status);

  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/write',
      policy: 'actions.write',
      handler: async (req, reply) => {
        const campaign = await letterAction(db, req.params);
        const tpl = await letterTemplate(db, campaign, req.ctx.lang);
        return page(req, reply, await writeView(db, campaign, tpl), randomUUID());
      },
    },
    {
      method: 'POST',
      url: '/:lang/campaigns/:slug/write',
      policy: 'actions.write',
      handler: async (req, reply) => {
        const campaign = await letterAction(db, req.params);
        const tpl = await letterTemplate(db, campaign, req.ctx.lang);
        const body = (req.body ?? {}) as Record<string, unknown>;
        // A locked template is used as it is: whatever words a crafted form carries are not even read.
        const input = campaign.templateLocked ? { ...body, subject: undefined, body: undefined } : body;
        const values = echoValues(input);
        const ticked = ([] as unknown[]).concat(body.targets ?? []).filter((v): v is string => typeof v === 'string');
        const v = await writeView(db, campaign, tpl, ticked);
        const submissionId = z.uuid().safeParse(body.submissionId).data ?? randomUUID();
        const fail = (errors: Record<string, string>, status = 400, view = v) => page(req, reply, view, submissionId, { values, errors }, status);
        if (campaign.state !== 'open') return page(req, reply, v, submissionId, undefined, 400);

        const parsed = parseForm(writeFormSchema, input);
        if (!parsed.ok) return page(req, reply, v, submissionId, parsed, 400);
        const f = parsed.data;
        if (!campaign.templateLocked && (f.subject === undefined || f.body === undefined)) return fail({ [f.subject === undefined ? 'subject' : 'body']: 'campaignLetters.form.bodyRequired' });
        if ((f.mode === 'server' && !campaign.allowServer) || (f.mode === 'mailto' && !campaign.allowMailto)) return fail({ mode: 'campaignLetters.form.modeRequired' });
        // A filled honeypot is a bot: it is thanked like anyone, and nothing is stored or sent.
        if (f.website) return reply.redirect(`/${req.ctx.lang}/campaigns/${campaign.slug}/write/sent`, 303);

        const choice = await chooseTargets(db, campaign, f);
        if (!choice.ok) {
          if ('choose' in choice) return page(req, reply, { ...v, choose: choice.choose }, submissionId, { values });
          return fail({ [choice.field]: choice.error });
        }
        const letter = composeLetter({ template: tpl.template, locked: campaign.templateLocked, personName: tpl.personName, supporterName: f.name, subject: f.subject, body: f.body });
        const outcome = await submitLetter(deps, { campaign, submissionId: f.submissionId, name: f.name, email: f.email, letter, targets: choice.targets, mode: f.mode, locale: req.ctx.lang, title: tpl.title });
        if (!outcome.ok) {
          if (outcome.error === 'campaignLetters.form.expired') return page(req, reply, v, randomUUID(), { values, errors: { _form: outcome.error } }, 400);
          return fail({ _form: outcome.error }, outcome.error === 'campaignLetters.form.tooMany' ? 429 : 400);
        }
        const base = `/${req.ctx.lang}/campaigns/${campaign.slug}/write`;
        const skipped = outcome.skipped ? `skipped=${outcome.skipped}` : '';
        if (outcome.mode === 'server') return reply.redirect(`${base}/sent${skipped ? `?${skipped}` : ''}`, 303);
        return reply.redirect(`${base}/mailto?token=${outcome.token}${skipped ? `&${skipped}` : ''}`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/write/sent',
      policy: 'actions.write',
      handler: async (req, reply) => {
        const campaign = await letterAction(db, req.params);
        return sendPage(reply, <SentPage ctx={req.ctx} slug={campaign.slug} skipped={sentQuerySchema.parse(req.query ?? {}).skipped ?? 0} />);
      },
    },
  ]);
  letterLinksRoutes(app, deps);
  reviewRoutes(app, deps);
}
