// The public sponsorship pages: the overview (by country, then parliament or institution), one country or
// institution, a figure's page, and the people still without a sponsor.
import type { RequestContext } from '../../../app/context.ts';
import { href, Layout } from '../../../app/layout.tsx';
import { Pagination } from '../../registry/registry.parts.tsx';
import type { PublicFigure, SponsoredPerson, SponsorshipCounts } from './public.repository.ts';
import type { FigureRow, FigureSponsorship } from './sponsorships.repository.ts';
import { countryName, sponsorshipStatement, statementIn } from './sponsorships.model.ts';
import { countryHref, figureHref, figurePhotoUrl, institutionSlug, period, PersonLink, Statement } from './sponsorships.parts.tsx';

function group<T>(items: T[], keyOf: (item: T) => string, compare: (a: string, b: string) => number): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups].sort((a, b) => compare(a[0], b[0]));
}

function FigureItem({ ctx, figure }: { ctx: RequestContext; figure: PublicFigure }) {
  const { t } = ctx;
  return (
    <li>
      <a href={figureHref(ctx, figure.slug)}>{figure.name}</a>, {figure.role}
      {figure.people.length > 0 ? (
        <>
          {' '}
          {t('sponsorships.overview.sponsors')}{' '}
          {figure.people.map((p, i) => (
            <>
              {i > 0 && ', '}
              <PersonLink ctx={ctx} person={p} />
            </>
          ))}
        </>
      ) : (
        <> {t('sponsorships.overview.noneNow')}</>
      )}
    </li>
  );
}

/** Figures of one country, by parliament or institution. */
function Institutions({ ctx, figures, level }: { ctx: RequestContext; figures: PublicFigure[]; level: 2 | 3 }) {
  const collator = new Intl.Collator(ctx.lang);
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <>
      {group(figures, (f) => f.institution, collator.compare).map(([institution, members]) => (
        <section>
          <H>
            <a href={href(ctx, `/sponsorships/institutions/${institutionSlug(institution)}`)}>{institution}</a>
          </H>
          <ul>
            {members.map((f) => (
              <FigureItem ctx={ctx} figure={f} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function Counts({ ctx, counts }: { ctx: RequestContext; counts: SponsorshipCounts }) {
  const { t } = ctx;
  return (
    <ul class="counts">
      <li>{t('sponsorships.counts.figures', { count: counts.figures })}</li>
      <li>{t('sponsorships.counts.sponsored', { count: counts.sponsored })}</li>
      <li>
        <a href={href(ctx, '/sponsorships/unsponsored')}>{t('sponsorships.counts.unsponsored', { count: counts.unsponsored })}</a>
      </li>
    </ul>
  );
}

function CoordinatorLink({ ctx, canCoordinate }: { ctx: RequestContext; canCoordinate: boolean }) {
  return canCoordinate ? (
    <p>
      <a href={href(ctx, '/sponsorships/manage')}>{ctx.t('sponsorships.manage.title')}</a>
    </p>
  ) : null;
}

export function OverviewPage({ ctx, counts, figures, canCoordinate }: { ctx: RequestContext; counts: SponsorshipCounts; figures: PublicFigure[]; canCoordinate: boolean }) {
  const { t } = ctx;
  const collator = new Intl.Collator(ctx.lang);
  const byCountry = group(figures, (f) => f.country, (a, b) => collator.compare(countryName(a, ctx.lang), countryName(b, ctx.lang)));
  return (
    <Layout ctx={ctx} title={t('sponsorships.overview.title')}>
      <h1>{t('sponsorships.overview.title')}</h1>
      <p class="lead">{t('sponsorships.overview.intro')}</p>
      <Counts ctx={ctx} counts={counts} />
      <CoordinatorLink ctx={ctx} canCoordinate={canCoordinate} />
      {figures.length === 0 && <p>{t('sponsorships.overview.empty')}</p>}
      {byCountry.map(([code, members]) => (
        <section>
          <h2>
            <a href={countryHref(ctx, code)}>{countryName(code, ctx.lang)}</a>
          </h2>
          <Institutions ctx={ctx} figures={members} level={3} />
        </section>
      ))}
    </Layout>
  );
}

/** One country's or one institution's figures. */
export function FilteredPage({ ctx, title, figures, byInstitution }: { ctx: RequestContext; title: string; figures: PublicFigure[]; byInstitution: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={href(ctx, '/sponsorships')}>{t('sponsorships.backToOverview')}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('sponsorships.counts.figures', { count: figures.length })}</p>
      {byInstitution ? (
        <Institutions ctx={ctx} figures={figures} level={2} />
      ) : (
        <ul>
          {figures.map((f) => (
            <FigureItem ctx={ctx} figure={f} />
          ))}
        </ul>
      )}
    </Layout>
  );
}

function SponsorshipList({ ctx, items, history }: { ctx: RequestContext; items: FigureSponsorship[]; history: boolean }) {
  const { t } = ctx;
  return (
    <ul class="sponsorships">
      {items.map((s) => (
        <li>
          <PersonLink ctx={ctx} person={s} /> ({period(ctx, s)})
          {history && s.successorSlug && (
            <>
              {' '}
              {t('sponsorships.history.handedTo')} <a href={figureHref(ctx, s.successorSlug)}>{s.successorName}</a>
            </>
          )}
          {!history && s.statement && <Statement ctx={ctx} shown={sponsorshipStatement(s, {}, ctx.lang)} />}
        </li>
      ))}
    </ul>
  );
}

export function FigurePage(props: { ctx: RequestContext; figure: FigureRow; active: FigureSponsorship[]; ended: FigureSponsorship[]; canCoordinate: boolean }) {
  const { ctx, figure } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={figure.name}>
      <p>
        <a href={href(ctx, '/sponsorships')}>{t('sponsorships.backToOverview')}</a>
      </p>
      <h1>{figure.name}</h1>
      {figure.photoKey && <img class="person-photo" src={figurePhotoUrl(figure.photoKey)} alt={t('sponsorships.figure.photoAlt', { name: figure.name })} />}
      <dl class="facts">
        <dt>{t('sponsorships.figure.role')}</dt>
        <dd>{figure.role}</dd>
        <dt>{t('sponsorships.figure.institution')}</dt>
        <dd>
          <a href={href(ctx, `/sponsorships/institutions/${institutionSlug(figure.institution)}`)}>{figure.institution}</a>
        </dd>
        <dt>{t('sponsorships.figure.country')}</dt>
        <dd>
          <a href={countryHref(ctx, figure.country)}>{countryName(figure.country, ctx.lang)}</a>
        </dd>
      </dl>
      <Statement ctx={ctx} shown={statementIn(figure.statements, ctx.lang)} />
      <section aria-labelledby="sponsored-title">
        <h2 id="sponsored-title">{t('sponsorships.figure.sponsored')}</h2>
        {props.active.length === 0 ? <p>{t('sponsorships.figure.noneNow')}</p> : <SponsorshipList ctx={ctx} items={props.active} history={false} />}
      </section>
      {props.ended.length > 0 && (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t('sponsorships.history.title')}</h2>
          <SponsorshipList ctx={ctx} items={props.ended} history={true} />
        </section>
      )}
      {props.canCoordinate && (
        <p>
          <a href={href(ctx, `/sponsorships/figures/${figure.slug}/edit`)}>{t('sponsorships.figure.edit')}</a>
        </p>
      )}
    </Layout>
  );
}

export function UnsponsoredPage(props: { ctx: RequestContext; items: SponsoredPerson[]; total: number; page: number; pages: number }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('sponsorships.unsponsored.title')}>
      <p>
        <a href={href(ctx, '/sponsorships')}>{t('sponsorships.backToOverview')}</a>
      </p>
      <h1>{t('sponsorships.unsponsored.title')}</h1>
      <p class="lead">{t('sponsorships.unsponsored.intro', { count: props.total })}</p>
      {props.items.length === 0 ? (
        <p>{t('sponsorships.unsponsored.empty')}</p>
      ) : (
        <ul class="people-list">
          {props.items.map((p) => (
            <li>
              <PersonLink ctx={ctx} person={p} />
            </li>
          ))}
        </ul>
      )}
      <Pagination ctx={ctx} page={props.page} pages={props.pages} urlFor={(p) => href(ctx, `/sponsorships/unsponsored?page=${p}`)} />
    </Layout>
  );
}
