import type { RequestContext } from '../../../app/context.ts';
import { href, Layout, Notice } from '../../../app/layout.tsx';
import { displayName, formatIsoDate } from '../../registry/registry.present.ts';
import { Pagination } from '../../registry/registry.parts.tsx';
import type { Candidate, LetterFigures, QuietPerson } from './fair-share.repository.ts';
import { QUIET_DAYS } from './fair-share.service.ts';

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

/** The person page's fair-share figures: how much mail this person has had lately, and replies. */
export function LetterFiguresBlock({ ctx, figures }: { ctx: RequestContext; figures: LetterFigures }) {
  const { t, lang } = ctx;
  return (
    <section class="letter-figures" aria-labelledby="letter-figures-title">
      <h2 id="letter-figures-title">{t('letters.counts.title')}</h2>
      <dl class="facts">
        <dt>{t('letters.counts.last30')}</dt>
        <dd>{t('letters.counts.letters', { count: figures.last30 })}</dd>
        <dt>{t('letters.counts.last90')}</dt>
        <dd>{t('letters.counts.letters', { count: figures.last90 })}</dd>
        <dt>{t('letters.counts.lastOn')}</dt>
        <dd>{figures.lastOn ? formatIsoDate(lang, figures.lastOn) : t('letters.counts.never')}</dd>
        <dt>{t('letters.counts.replies')}</dt>
        <dd>{t('letters.counts.replyCount', { count: figures.replies })}</dd>
      </dl>
    </section>
  );
}

export function QuietPage(props: { ctx: RequestContext; items: QuietPerson[]; total: number; page: number; pages: number }) {
  const { ctx, items } = props;
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('letters.quiet.title')}>
      <h1>{t('letters.quiet.title')}</h1>
      <p>{t('letters.quiet.intro', { count: QUIET_DAYS })}</p>
      <p role="status" class="result-count">{t('letters.quiet.count', { count: props.total })}</p>
      {items.length > 0 && (
        <table class="quiet-list">
          <thead>
            <tr>
              <th scope="col">{t('letters.quiet.person')}</th>
              <th scope="col">{t('letters.quiet.lastOn')}</th>
              <th scope="col">{t('letters.quiet.reach')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr>
                <td><a href={href(ctx, `/people/${p.slug}`)}>{displayName(p, lang)}</a></td>
                <td>{p.lastOn ? formatIsoDate(lang, p.lastOn) : t('letters.quiet.never')}</td>
                <td>{t(`registry.letters.${p.lettersReach}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination ctx={ctx} page={props.page} pages={props.pages} urlFor={(page) => href(ctx, `/volunteer/quiet${page > 1 ? `?page=${page}` : ''}`)} />
    </Layout>
  );
}
