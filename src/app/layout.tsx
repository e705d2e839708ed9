import type { ComponentChildren } from 'preact';
import { LANGUAGES, LANGUAGE_NAMES } from './i18n.ts';
import type { RequestContext } from './context.ts';
import { assetUrl } from './static.ts';
import { allow } from './policy.ts';

/** Hidden CSRF field every POST form carries. */
export function CsrfField({ ctx }: { ctx: RequestContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken} />;
}

export function href(ctx: RequestContext, path: string): string {
  return `/${ctx.lang}${path === '/' ? '/' : path}`;
}

function LanguageSwitcher({ ctx }: { ctx: RequestContext }) {
  return (
    <nav class="languages" aria-label={ctx.t('layout.languages')}>
      <ul>
        {LANGUAGES.map((lang) => (
          <li>
            <a href={`/${lang}${ctx.pathInLang}`} hreflang={lang} lang={lang} aria-current={lang === ctx.lang ? 'true' : undefined}>
              {LANGUAGE_NAMES[lang]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AccountNav({ ctx }: { ctx: RequestContext }) {
  const { t, actor } = ctx;
  if (!actor.userId) {
    return (
      <ul>
        <li><a href={href(ctx, '/login')}>{t('layout.login')}</a></li>
        <li><a href={href(ctx, '/register')}>{t('layout.register')}</a></li>
      </ul>
    );
  }
  return (
    <ul>
      <li><a href={href(ctx, '/account')}>{t('layout.account')}</a></li>
      {allow(actor, 'letters.volunteer') && <li><a href={href(ctx, '/volunteer')}>{t('layout.volunteer')}</a></li>}
      {actor.roles.has('admin') && <li><a href={href(ctx, '/admin/users')}>{t('layout.admin')}</a></li>}
      <li>
        <form method="post" action={href(ctx, '/logout')} class="inline">
          <CsrfField ctx={ctx} />
          <button type="submit" class="link">{t('layout.logout')}</button>
        </form>
      </li>
    </ul>
  );
}

export function Layout({ ctx, title, children }: { ctx: RequestContext; title: string; children: ComponentChildren }) {
  const { t } = ctx;
  return (
    <html lang={ctx.lang} dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · ${t('site.name')}`}</title>
        <link rel="stylesheet" href={assetUrl('app.css')} />
        <script src={assetUrl('app.js')} defer></script>
      </head>
      <body>
        <a class="skip-link" href="#main">{t('layout.skip')}</a>
        <header class="site-header">
          <a class="brand" href={href(ctx, '/')}>{t('site.name')}</a>
          <nav class="account" aria-label={t('layout.accountNav')}>
            <AccountNav ctx={ctx} />
          </nav>
          <LanguageSwitcher ctx={ctx} />
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>{t('layout.footer')}</p>
          {ctx.devMode && (
            <p>
              <a href={href(ctx, '/dev/outbox')}>{t('layout.devOutbox')}</a>
            </p>
          )}
        </footer>
      </body>
    </html>
  );
}

/** Field errors come from zod issues, already translated by the caller. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? <p class="field-error" id={id}>{message}</p> : null;
}

export function Notice({ kind, children }: { kind: 'info' | 'error' | 'success'; children: ComponentChildren }) {
  return <div class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>{children}</div>;
}
