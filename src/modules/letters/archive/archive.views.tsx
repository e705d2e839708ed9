import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, FieldError, href, Layout, Notice } from '../../../app/layout.tsx';
import { displayName } from '../../registry/registry.present.ts';
import type { ArchiveHolder } from './archive.service.ts';

export interface ArchivePageState {
  deleted?: boolean;
  /** The person whose deletion code did not match, and what was typed. */
  stale?: { slug: string; code: string };
}

/** The coordinators' list: people no longer held with archive copies to hand over, each exported as one PDF. */
export function ArchivePage({ ctx, holders, state = {} }: { ctx: RequestContext; holders: ArchiveHolder[]; state?: ArchivePageState }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('letters.archive.title')}>
      <h1>{t('letters.archive.title')}</h1>
      {state.deleted && <Notice kind="success"><p>{t('letters.archive.deleted')}</p></Notice>}
      <p>{t('letters.archive.intro')}</p>
      <p role="status">{t('letters.archive.peopleCount', { count: holders.length })}</p>
      {holders.map((h) => {
        const name = displayName(h, lang);
        const stale = state.stale?.slug === h.slug ? state.stale : undefined;
        const codeId = `code-${h.slug}`;
        return (
          <article class="archive-person">
            <h2>
              <a href={href(ctx, `/people/${h.slug}`)}>{name}</a>
            </h2>
            <p class="meta">{t(`registry.status.${h.status}`)} · {t('letters.archive.letterCount', { count: h.count })}</p>
            <form method="post" action={href(ctx, `/volunteer/archive/${h.slug}/export`)} class="inline-form">
              <CsrfField ctx={ctx} />
              <button type="submit">{t('letters.archive.download')}</button>
            </form>
            <form method="post" action={href(ctx, `/volunteer/archive/${h.slug}/delete`)} class="stack" novalidate>
              <CsrfField ctx={ctx} />
              <div>
                <label for={codeId}>{t('letters.archive.code', { name })}</label>
                <input
                  id={codeId}
                  name="code"
                  type="text"
                  autocomplete="off"
                  required
                  value={stale?.code}
                  aria-invalid={stale ? 'true' : undefined}
                  aria-describedby={stale ? `${codeId}-hint ${codeId}-error` : `${codeId}-hint`}
                />
                <p class="hint" id={`${codeId}-hint`}>{t('letters.archive.codeHint')}</p>
                <FieldError id={`${codeId}-error`} message={stale ? t('letters.archive.stale') : undefined} />
              </div>
              <div><button type="submit" class="danger">{t('letters.archive.delete')}</button></div>
            </form>
          </article>
        );
      })}
    </Layout>
  );
}
