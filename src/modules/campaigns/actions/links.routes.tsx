import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../../app/context.ts';
import { sendPage } from '../../../app/render.tsx';
import { addRoutes } from '../../../app/routing.ts';
import { parseForm } from '../../../lib/forms.ts';
import { targetsByIds } from './actions.repository.ts';
import { replySchema, sentQuerySchema, tokenSchema } from './actions.schemas.ts';
import { confirmLetter, letterByToken, type ConfirmOutcome } from './actions.service.ts';
import { answerFollowup, letterByFollowupToken } from './followup.service.ts';
import { ReplyDonePage, ReplyPage } from './followup.views.tsx';
import { ConfirmPage, MailtoPage, OutcomePage } from './letter.views.tsx';
import { mailtoUrl } from './mailto.ts';
import { letterForTarget } from './template.ts';
import { letterAction, letterTemplate } from './write.read.ts';

const statusOf = (outcome: ConfirmOutcome | 'sent' | null) => (outcome === null ? 404 : outcome === 'expired' || outcome === 'closed' ? 400 : 200);

/** The links a supporter gets: the confirmation link (server letters), the private mailto page, the follow-up. */
export function letterLinksRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/write/confirm',
      policy: 'actions.confirm',
      handler: async (req, reply) => {
        const campaign = await letterAction(db, req.params);
        const q = tokenSchema.safeParse(req.query ?? {});
        // Opening the link changes nothing (mail scanners open links): one button does.
        if (!q.success) return sendPage(reply, <OutcomePage ctx={req.ctx} slug={campaign.slug} outcome={null} />, 404);
        return sendPage(reply, <ConfirmPage ctx={req.ctx} slug={campaign.slug} token={q.data.token} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/campaigns/:slug/write/confirm',
      policy: 'actions.confirm',
      handler: async (req, reply) => {
        const campaign = await letterAction(db, req.params);
        const f = tokenSchema.safeParse(req.body ?? {});
        const letter = f.success ? await letterByToken(db, campaign, f.data.token, 'server') : undefined;
        const outcome = letter ? await confirmLetter(deps, campaign, letter) : null;
        return sendPage(reply, <OutcomePage ctx={req.ctx} slug={campaign.slug} outcome={outcome} />, statusOf(outcome));
      },
    },
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/write/mailto',
      policy: 'actions.mailto',
      handler: async (req, reply) => {
        const campaign = await letterAction(db, req.params);
        const q = tokenSchema.safeParse(req.query ?? {});
        const letter = q.success ? await letterByToken(db, campaign, q.data.token, 'mailto') : undefined;
        if (!q.success || !letter) return sendPage(reply, <OutcomePage ctx={req.ctx} slug={campaign.slug} outcome={null} />, 404);
        if (letter.state !== 'unconfirmed' || !letter.subjectEnc || !letter.bodyEnc) return sendPage(reply, <OutcomePage ctx={req.ctx} slug={campaign.slug} outcome="already" />);
        const words = { subject: deps.keys.decrypt(letter.subjectEnc), body: deps.keys.decrypt(letter.bodyEnc) };
        const { lang } = await letterTemplate(db, campaign, letter.locale);
        const copyTo = deps.config.campaigns.copyTo;
        const copy = copyTo && campaign.copyMode !== 'none' ? { mode: campaign.copyMode, address: copyTo } : null;
        const letters = (await targetsByIds(db, letter.targetIds))
          .filter((t) => t.email)
          .map((t) => {
            const filled = letterForTarget(words, t, lang);
            const url = mailtoUrl({ to: t.email!, ...filled, cc: copy?.mode === 'cc' ? copy.address : null, bcc: copy?.mode === 'bcc' ? copy.address : null });
            return { name: t.name, role: t.role, email: t.email!, url, ...filled };
          });
        const skipped = sentQuerySchema.parse(req.query ?? {}).skipped ?? 0;
        return sendPage(reply, <MailtoPage ctx={req.ctx} slug={campaign.slug} token={q.data.token} letters={letters} lang={lang} copy={copy} skipped={skipped} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/campaigns/:slug/write/mailto',
      policy: 'actions.mailto',
      handler: async (req, reply) => {
        const campaign = await letterAction(db, req.params);
        const f = tokenSchema.safeParse(req.body ?? {});
        const letter = f.success ? await letterByToken(db, campaign, f.data.token, 'mailto') : undefined;
        const confirmed = letter ? await confirmLetter(deps, campaign, letter) : null;
        const outcome = confirmed === 'confirmed' ? 'sent' : confirmed;
        return sendPage(reply, <OutcomePage ctx={req.ctx} slug={campaign.slug} outcome={outcome} />, statusOf(outcome));
      },
    },
    {
      method: 'GET',
      url: '/:lang/campaigns/:slug/write/reply',
      policy: 'actions.reply',
      handler: async (req, reply) => {
        const campaign = await letterAction(db, req.params);
        const q = tokenSchema.safeParse(req.query ?? {});
        const letter = q.success ? await letterByFollowupToken(db, campaign, q.data.token) : undefined;
        if (!q.success || !letter) return sendPage(reply, <ReplyDonePage ctx={req.ctx} slug={campaign.slug} outcome={null} />, 404);
        if (letter.answeredOn) return sendPage(reply, <ReplyDonePage ctx={req.ctx} slug={campaign.slug} outcome="already" />);
        const { title } = await letterTemplate(db, campaign, req.ctx.lang);
        return sendPage(reply, <ReplyPage ctx={req.ctx} slug={campaign.slug} title={title} token={q.data.token} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/campaigns/:slug/write/reply',
      policy: 'actions.reply',
      handler: async (req, reply) => {
        const campaign = await letterAction(db, req.params);
        const token = tokenSchema.safeParse(req.body ?? {});
        const letter = token.success ? await letterByFollowupToken(db, campaign, token.data.token) : undefined;
        if (!token.success || !letter) return sendPage(reply, <ReplyDonePage ctx={req.ctx} slug={campaign.slug} outcome={null} />, 404);
        const parsed = parseForm(replySchema, req.body);
        if (!parsed.ok) {
          const { title } = await letterTemplate(db, campaign, req.ctx.lang);
          return sendPage(reply, <ReplyPage ctx={req.ctx} slug={campaign.slug} title={title} token={token.data.token} state={parsed} />, 400);
        }
        const outcome = await answerFollowup(deps, letter, parsed.data.answer, parsed.data.note);
        return sendPage(reply, <ReplyDonePage ctx={req.ctx} slug={campaign.slug} outcome={outcome} />);
      },
    },
  ]);
}
