import type { RequestContext } from '../../../app/context.ts';
import { href, Layout, Notice } from '../../../app/layout.tsx';
import { displayName, formatIsoDate } from '../../registry/registry.present.ts';
import type { Candidate } from './fair-share.repository.ts';

export function NeededPage({ ctx, person }: { ctx: RequestContext; person: Candidate | null }) {
  const { t, lang } = ctx;
  const name = person ? displayName(person, lang) : '';
  return (
    <Layout ctx={ctx} title={t('letters.needed.title')}>
      <h1>{t('letters.needed.title')}</h1>
      <p>{t('letters.needed.intro')}</p>
      {!person ? (
        <Notice kind="info"><p>{t('letters.needed.nobody')}</p></Notice>
      ) : (
        <article class="suggestion">
          <h2><a href={href(ctx, `/people/${person.slug}`)}>{name}</a></h2>
          <p>
            {t('letters.needed.count', { count: person.recent })}{' '}
            {person.lastOn ? t('letters.needed.last', { date: formatIsoDate(lang, person.lastOn) ?? '' }) : t('letters.needed.never')}
          </p>
          <p class="actions">
            <a class="button" href={href(ctx, `/letters/new?to=${encodeURIComponent(person.slug)}`)}>{t('letters.write.link')}</a>{' '}
            <a class="button secondary" href={href(ctx, `/letters/new?to=${encodeURIComponent(person.slug)}&kind=postcard`)}>{t('letters.write.linkPostcard')}</a>{' '}
            <a href={href(ctx, `/letters/needed?after=${encodeURIComponent(person.slug)}`)}>{t('letters.needed.other')}</a>
          </p>
        </article>
      )}
    </Layout>
  );
}
