import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { addRoutes } from '../../app/routing.ts';
import { sendPage } from '../../app/render.tsx';
import { parseForm } from '../../lib/forms.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { codeSchema, enrolSchema } from './accounts.schemas.ts';
import { findUserById } from './accounts.repository.ts';
import { upgradeSession } from './sessions.ts';
import { completeEnrolment, enrolmentOffer, qrSvgFor, reopenOffer, verifySecondFactor } from './two-factor.service.ts';
import { EnrolPage, RecoveryCodesPage, SecondFactorPage } from './two-factor.views.tsx';

export function twoFactorRoutes(app: FastifyInstance, deps: Deps) {
  const db = deps.database.db;
  addRoutes(app, [
    {
      method: 'GET',
      url: '/:lang/account/2fa',
      policy: 'account.2fa',
      onDenied: 'login',
      handler: async (req, reply) => {
        const user = await findUserById(db, req.ctx.actor.userId!);
        if (user?.totpEnabledAt) return reply.redirect(`/${req.ctx.lang}/account`, 303);
        const offer = await enrolmentOffer(deps, req.ctx.actor.userId!);
        return sendPage(reply, <EnrolPage ctx={req.ctx} {...offer} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/account/2fa',
      policy: 'account.2fa',
      onDenied: 'login',
      handler: async (req, reply) => {
        const userId = req.ctx.actor.userId!;
        const user = await findUserById(db, userId);
        if (user?.totpEnabledAt) return reply.redirect(`/${req.ctx.lang}/account`, 303);
        const form = parseForm(enrolSchema, req.body);
        const sealed = String((req.body as { sealed?: unknown })?.sealed ?? '');
        const secret = reopenOffer(deps, userId, sealed);
        if (!secret) return reply.redirect(`/${req.ctx.lang}/account/2fa`, 303);
        const codes = form.ok ? await completeEnrolment(deps, userId, secret, form.data.code) : null;
        if (!codes) {
          const qrSvg = await qrSvgFor(secret);
          const state = form.ok ? { errors: { code: 'form.code.wrong' } } : form;
          return sendPage(reply, <EnrolPage ctx={req.ctx} secret={secret} sealed={sealed} qrSvg={qrSvg} state={state} />, 400);
        }
        await recordAudit(db, { actorId: userId, action: 'account.2fa.enabled', objectId: userId });
        await upgradeSession(deps, reply, req.ctx.actor);
        return sendPage(reply, <RecoveryCodesPage ctx={req.ctx} codes={codes} />);
      },
    },
    { method: 'GET', url: '/:lang/login/2fa', policy: 'account.2fa', onDenied: 'login', handler: (req, reply) => sendPage(reply, <SecondFactorPage ctx={req.ctx} />) },
    {
      method: 'POST',
      url: '/:lang/login/2fa',
      policy: 'account.2fa',
      onDenied: 'login',
      handler: async (req, reply) => {
        const form = parseForm(codeSchema, req.body, ['code']);
        if (!form.ok) return sendPage(reply, <SecondFactorPage ctx={req.ctx} state={form} />, 400);
        if (!(await verifySecondFactor(deps, req.ctx.actor.userId!, form.data.code))) {
          return sendPage(reply, <SecondFactorPage ctx={req.ctx} state={{ errors: { code: 'form.code.wrong' } }} />, 400);
        }
        await upgradeSession(deps, reply, req.ctx.actor);
        return reply.redirect(`/${req.ctx.lang}/account`, 303);
      },
    },
  ]);
}
