import type { RequestContext } from '../../app/context.ts';
import { CsrfField, href, Layout } from '../../app/layout.tsx';
import { Field, FormErrors, type FormState } from '../../app/form-fields.tsx';

export function EnrolPage({ ctx, secret, sealed, qrSvg, state }: { ctx: RequestContext; secret: string; sealed: string; qrSvg: string; state?: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('2fa.enrol.title')}>
      <h1>{t('2fa.enrol.title')}</h1>
      <p>{t('2fa.enrol.intro')}</p>
      <ol>
        <li>{t('2fa.enrol.step1')}</li>
        <li>
          {t('2fa.enrol.step2')}
          {/* Rendered on the server: no third-party QR service sees the secret. */}
          <div class="qr" role="img" aria-label={t('2fa.enrol.qrLabel')} dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <p>{t('2fa.enrol.manual')} <code class="mono" id="totp-secret">{secret}</code></p>
        </li>
        <li>{t('2fa.enrol.step3')}</li>
      </ol>
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, '/account/2fa')} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="sealed" value={sealed} />
        <Field ctx={ctx} name="code" label={t('field.code')} autocomplete="one-time-code" inputmode="numeric" state={state} />
        <div><button type="submit">{t('2fa.enrol.submit')}</button></div>
      </form>
    </Layout>
  );
}

export function RecoveryCodesPage({ ctx, codes }: { ctx: RequestContext; codes: string[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('2fa.codes.title')}>
      <h1>{t('2fa.codes.title')}</h1>
      <div class="notice notice-success" role="status"><p>{t('notice.2faEnabled')}</p></div>
      <p>{t('2fa.codes.intro')}</p>
      <ul class="codes" id="recovery-codes" data-copy data-copy-label={t('action.copy')} data-copied-label={t('action.copied')}>
        {codes.map((c) => <li>{c}</li>)}
      </ul>
      <p><a class="button" href={href(ctx, '/account')}>{t('2fa.codes.done')}</a></p>
    </Layout>
  );
}

export function SecondFactorPage({ ctx, state }: { ctx: RequestContext; state?: FormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('2fa.login.title')}>
      <h1>{t('2fa.login.title')}</h1>
      <p>{t('2fa.login.intro')}</p>
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, '/login/2fa')} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <Field ctx={ctx} name="code" label={t('field.code')} hint={t('2fa.login.hint')} autocomplete="one-time-code" state={state} />
        <div><button type="submit">{t('2fa.login.submit')}</button></div>
      </form>
    </Layout>
  );
}
