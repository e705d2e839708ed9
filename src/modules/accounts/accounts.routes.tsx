import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../../app/context.ts';
import { addRoutes } from '../../app/routing.ts';
import { sendPage } from '../../app/render.tsx';
import { parseForm } from '../../lib/forms.ts';
import { confirmSchema, forgotSchema, loginSchema, registerSchema, resetSchema } from './accounts.schemas.ts';
import { checkLogin, confirmEmail, requestPasswordReset, requestRegistration, resetPassword } from './accounts.service.ts';
import { endSession, startSession } from './sessions.ts';
import { findUserById, tokenIsUsable } from './accounts.repository.ts';
import { hashToken } from '../../lib/crypto.ts';
import { AccountPage, CheckEmailPage, ConfirmPage, ForgotPage, LinkInvalidPage, LoginPage, RegisterPage, ResetPage } from './accounts.views.tsx';

const queryToken = (request: FastifyRequest) => {
  const token = (request.query as { token?: unknown }).token;
  return typeof token === 'string' && token.length >= 20 && token.length <= 200 ? token : null;
};
const NOTICES = new Set(['notice.confirmed', 'notice.passwordChanged', 'notice.loggedOut', 'notice.2faEnabled']);
const noticeFrom = (request: FastifyRequest) => {
  const n = (request.query as { notice?: unknown }).notice;
  return typeof n === 'string' && NOTICES.has(`notice.${n}`) ? `notice.${n}` : undefined;
};

export function accountsRoutes(app: FastifyInstance, deps: Deps) {
  addRoutes(app, [
    { method: 'GET', url: '/:lang/register', policy: 'public.view', handler: (req, reply) => sendPage(reply, <RegisterPage ctx={req.ctx} />) },
    {
      method: 'POST',
      url: '/:lang/register',
      policy: 'public.form',
      handler: async (req, reply) => {
        const form = parseForm(registerSchema, req.body, ['password', 'passwordConfirm']);
        if (!form.ok) return sendPage(reply, <RegisterPage ctx={req.ctx} state={form} />, 400);
        await requestRegistration(deps, { email: form.data.email, password: form.data.password, locale: req.ctx.lang });
        return sendPage(reply, <CheckEmailPage ctx={req.ctx} messageKey="checkEmail.register" />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/confirm',
      policy: 'public.view',
      // Showing the link changes nothing (mail scanners open links); the button confirms.
      handler: (req, reply) => {
        const token = queryToken(req);
        return sendPage(reply, token ? <ConfirmPage ctx={req.ctx} token={token} /> : <LinkInvalidPage ctx={req.ctx} />, token ? 200 : 400);
      },
    },
    {
      method: 'POST',
      url: '/:lang/confirm',
      policy: 'public.form',
      handler: async (req, reply) => {
        const form = parseForm(confirmSchema, req.body);
        if (!form.ok || !(await confirmEmail(deps, form.data.token))) return sendPage(reply, <LinkInvalidPage ctx={req.ctx} />, 400);
        return reply.redirect(`/${req.ctx.lang}/login?notice=confirmed`, 303);
      },
    },
    { method: 'GET', url: '/:lang/login', policy: 'public.view', handler: (req, reply) => sendPage(reply, <LoginPage ctx={req.ctx} notice={noticeFrom(req)} />) },
    {
      method: 'POST',
      url: '/:lang/login',
      policy: 'public.form',
      handler: async (req, reply) => {
        const form = parseForm(loginSchema, req.body, ['password']);
        if (!form.ok) return sendPage(reply, <LoginPage ctx={req.ctx} state={form} />, 400);
        const result = await checkLogin(deps, form.data);
        if (!result.ok) {
          const state = { errors: { _form: result.reason }, values: { email: form.data.email } };
          return sendPage(reply, <LoginPage ctx={req.ctx} state={state} />, 400);
        }
        await endSession(deps, reply, req.ctx.actor);
        await startSession(deps, deps.database.db, reply, result.userId, { persistent: form.data.remember, mfaVerified: false });
        const next = { 'second-factor': '/login/2fa', enrol: '/account/2fa', done: '/account' }[result.next];
        return reply.redirect(`/${req.ctx.lang}${next}`, 303);
      },
    },
    {
      method: 'POST',
      url: '/:lang/logout',
      policy: 'account.logout',
      handler: async (req, reply) => {
        await endSession(deps, reply, req.ctx.actor);
        return reply.redirect(`/${req.ctx.lang}/login?notice=loggedOut`, 303);
      },
    },
    { method: 'GET', url: '/:lang/password/forgot', policy: 'public.view', handler: (req, reply) => sendPage(reply, <ForgotPage ctx={req.ctx} />) },
    {
      method: 'POST',
      url: '/:lang/password/forgot',
      policy: 'public.form',
      handler: async (req, reply) => {
        const form = parseForm(forgotSchema, req.body);
        if (!form.ok) return sendPage(reply, <ForgotPage ctx={req.ctx} state={form} />, 400);
        await requestPasswordReset(deps, { email: form.data.email, locale: req.ctx.lang });
        return sendPage(reply, <CheckEmailPage ctx={req.ctx} messageKey="checkEmail.reset" />);
      },
    },
    {
      method: 'GET',
      url: '/:lang/password/reset',
      policy: 'public.view',
      handler: async (req, reply) => {
        const token = queryToken(req);
        if (!token || !(await tokenIsUsable(deps.database.db, hashToken(token), 'reset'))) return sendPage(reply, <LinkInvalidPage ctx={req.ctx} />, 400);
        return sendPage(reply, <ResetPage ctx={req.ctx} token={token} />);
      },
    },
    {
      method: 'POST',
      url: '/:lang/password/reset',
      policy: 'public.form',
      handler: async (req, reply) => {
        const form = parseForm(resetSchema, req.body, ['password', 'passwordConfirm']);
        if (!form.ok) return sendPage(reply, <ResetPage ctx={req.ctx} token={form.values.token ?? ''} state={form} />, 400);
        if (!(await resetPassword(deps, form.data.token, form.data.password))) return sendPage(reply, <LinkInvalidPage ctx={req.ctx} />, 400);
        return reply.redirect(`/${req.ctx.lang}/login?notice=passwordChanged`, 303);
      },
    },
    {
      method: 'GET',
      url: '/:lang/account',
      policy: 'account.view',
      onDenied: 'login',
      handler: async (req, reply) => {
        const user = await findUserById(deps.database.db, req.ctx.actor.userId!);
        return sendPage(reply, <AccountPage ctx={req.ctx} totpEnabled={Boolean(user?.totpEnabledAt)} notice={noticeFrom(req)} />);
      },
    },
  ]);
}
