import { LinkConfirmPage } from '../../app/link-confirm.tsx';
import type { RequestContext } from '../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../app/layout.tsx';
import { Field, FormErrors, type FormState } from '../../app/form-fields.tsx';

export function RegisterPage({ ctx, state }: { ctx: RequestContext; state?: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('register.title')}>
      <h1>{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, '/register')} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <Field ctx={ctx} name="email" type="email" label={t('field.email')} autocomplete="email" state={state} />
        <Field ctx={ctx} name="password" type="password" label={t('field.newPassword')} hint={t('field.newPassword.hint')} autocomplete="new-password" state={state} />
        <Field ctx={ctx} name="passwordConfirm" type="password" label={t('field.passwordConfirm')} autocomplete="new-password" state={state} />
        <div><button type="submit">{t('register.submit')}</button></div>
      </form>
      <p><a href={href(ctx, '/login')}>{t('register.haveAccount')}</a></p>
    </Layout>
  );
}

/** The same answer whether or not the address has an account. */
export function CheckEmailPage({ ctx, messageKey }: { ctx: RequestContext; messageKey: string }) {
  return (
    <Layout ctx={ctx} title={ctx.t('checkEmail.title')}>
      <h1>{ctx.t('checkEmail.title')}</h1>
      <Notice kind="info"><p>{ctx.t(messageKey)}</p></Notice>
      <p>{ctx.t('checkEmail.spam')}</p>
    </Layout>
  );
}

export function ConfirmPage({ ctx, token }: { ctx: RequestContext; token: string }) {
  const { t } = ctx;
  return <LinkConfirmPage ctx={ctx} token={token} action="/confirm" title={t('confirm.title')} intro={t('confirm.intro')} submit={t('confirm.submit')} />;
}

export function LinkInvalidPage({ ctx }: { ctx: RequestContext }) {
  return (
    <Layout ctx={ctx} title={ctx.t('link.invalid.title')}>
      <h1>{ctx.t('link.invalid.title')}</h1>
      <p>{ctx.t('link.invalid.body')}</p>
      <p><a href={href(ctx, '/password/forgot')}>{ctx.t('login.forgot')}</a></p>
    </Layout>
  );
}

export function LoginPage({ ctx, state, notice }: { ctx: RequestContext; state?: FormState; notice?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('login.title')}>
      <h1>{t('login.title')}</h1>
      {notice && <Notice kind="success"><p>{t(notice)}</p></Notice>}
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, '/login')} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <Field ctx={ctx} name="email" type="email" label={t('field.email')} autocomplete="username" state={state} />
        <Field ctx={ctx} name="password" type="password" label={t('field.password')} autocomplete="current-password" state={state} />
        <label class="checkbox"><input type="checkbox" name="remember" checked={state?.values?.remember === 'on'} /> {t('login.remember')}</label>
        <p class="hint">{t('login.remember.hint')}</p>
        <div><button type="submit">{t('login.submit')}</button></div>
      </form>
      <p><a href={href(ctx, '/password/forgot')}>{t('login.forgot')}</a> · <a href={href(ctx, '/register')}>{t('login.noAccount')}</a></p>
    </Layout>
  );
}

export function ForgotPage({ ctx, state }: { ctx: RequestContext; state?: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('forgot.title')}>
      <h1>{t('forgot.title')}</h1>
      <p>{t('forgot.intro')}</p>
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, '/password/forgot')} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <Field ctx={ctx} name="email" type="email" label={t('field.email')} autocomplete="email" state={state} />
        <div><button type="submit">{t('forgot.submit')}</button></div>
      </form>
    </Layout>
  );
}

export function ResetPage({ ctx, token, state }: { ctx: RequestContext; token: string; state?: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('reset.title')}>
      <h1>{t('reset.title')}</h1>
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, '/password/reset')} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="token" value={token} />
        <Field ctx={ctx} name="password" type="password" label={t('field.newPassword')} hint={t('field.newPassword.hint')} autocomplete="new-password" state={state} />
        <Field ctx={ctx} name="passwordConfirm" type="password" label={t('field.passwordConfirm')} autocomplete="new-password" state={state} />
        <div><button type="submit">{t('reset.submit')}</button></div>
      </form>
    </Layout>
  );
}

export function AccountPage({ ctx, totpEnabled, notice }: { ctx: RequestContext; totpEnabled: boolean; notice?: string }) {
  const { t, actor } = ctx;
  const needsEnrolment = !totpEnabled && actor.heldRoles.some((r) => r !== 'supporter');
  return (
    <Layout ctx={ctx} title={t('account.title')}>
      <h1>{t('account.title')}</h1>
      {notice && <Notice kind="success"><p>{t(notice)}</p></Notice>}
      {needsEnrolment && <Notice kind="error"><p>{t('account.staffNeeds2fa')}</p></Notice>}
      <p><a href={href(ctx, '/account/letters')}>{t('letters.mine.title')}</a></p>
      <h2>{t('account.roles')}</h2>
      <ul>
        {['supporter', ...actor.heldRoles.filter((r) => r !== 'supporter')].map((r) => (
          <li>{t(`role.${r}`)}{r !== 'supporter' && !actor.roles.has(r as never) ? ` (${t('account.roleInactive')})` : ''}</li>
        ))}
      </ul>
      <h2>{t('account.2fa')}</h2>
      <p>{t(totpEnabled ? 'account.2fa.on' : 'account.2fa.off')}</p>
      {!totpEnabled && <p><a class="button" href={href(ctx, '/account/2fa')}>{t('account.2fa.enable')}</a></p>}
    </Layout>
  );
}
