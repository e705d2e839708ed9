import type { RequestContext } from '../../app/context.ts';
import { href, Layout } from '../../app/layout.tsx';
import { COUNTRIES, GENDERS, LETTERS_REACH, PERSON_STATUSES } from './registry.model.ts';
import type { FacilityRow, PersonRow } from './registry.tables.ts';
import type { DirectoryItem } from './search/search.repository.ts';
import { DIRECTORY_SORTS } from './search/search.repository.ts';
import type { DirectoryParams } from './registry.schemas.ts';
import { displayName, facilityName, formatPartialDate, localized, monthName, otherForms } from './registry.present.ts';
import { AddressView, Pagination, Select, StatusBadge } from './registry.parts.tsx';
import type { AddressBlock } from './address.ts';

export const PAGE_SIZE = 25;

/** The directory URL with one parameter changed, keeping the others (for pagination links). */
export function directoryUrl(ctx: RequestContext, params: DirectoryParams, change: Partial<DirectoryParams>): string {
  const merged = { ...params, ...change };
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== '' && !(k === 'page' && v === 1)) qs.set(k, String(v));
  const s = qs.toString();
  return href(ctx, `/people${s ? `?${s}` : ''}`);
}

export function DirectoryPage(props: {
  ctx: RequestContext;
  params: DirectoryParams;
  items: DirectoryItem[];
  total: number;
  facilities: FacilityRow[];
  regions: string[];
}) {
  const { ctx, params, items, total } = props;
  const { t, lang } = ctx;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <Layout ctx={ctx} title={t('registry.directory.title')}>
      <h1>{t('registry.directory.title')}</h1>
      <p>{t('registry.directory.intro')}</p>
      <form method="get" action={href(ctx, '/people')} class="stack directory-search" role="search">
        <div>
          <label for="f-q">{t('registry.search.label')}</label>
          <input id="f-q" name="q" type="search" value={params.q ?? ''} aria-describedby="f-q-hint" />
          <p class="hint" id="f-q-hint">{t('registry.search.hint')}</p>
        </div>
        <details open={hasFilters(params)}>
          <summary>{t('registry.filters')}</summary>
          <div class="filters">
            <Select name="status" label={t('registry.field.status')} value={params.status} any={t('registry.any')} options={PERSON_STATUSES.map((s) => [s, t(`registry.status.${s}`)])} />
            <Select name="country" label={t('registry.field.country')} value={params.country} any={t('registry.any')} options={COUNTRIES.map((c) => [c, t(`registry.country.${c}`)])} />
            <Select name="facility" label={t('registry.field.facility')} value={params.facility} any={t('registry.any')} options={props.facilities.map((f) => [f.slug, facilityName(f, lang)])} />
            <Select name="region" label={t('registry.field.region')} value={params.region} any={t('registry.any')} options={props.regions.map((r) => [r, r])} />
            <Select name="gender" label={t('registry.field.gender')} value={params.gender} any={t('registry.any')} options={GENDERS.map((g) => [g, t(`registry.gender.${g}`)])} />
            <Select name="month" label={t('registry.field.birthMonth')} value={params.month ? String(params.month) : undefined} any={t('registry.any')} options={Array.from({ length: 12 }, (_, i) => [String(i + 1), monthName(lang, i + 1)])} />
            <Select name="letters" label={t('registry.field.lettersReach')} value={params.letters} any={t('registry.any')} options={LETTERS_REACH.map((l) => [l, t(`registry.letters.${l}`)])} />
            <Select name="sort" label={t('registry.sort')} value={params.sort} options={DIRECTORY_SORTS.map((s) => [s, t(`registry.sort.${s}`)])} />
          </div>
        </details>
        <div><button type="submit">{t('registry.search.submit')}</button></div>
      </form>
      <p role="status" class="result-count">{t('registry.directory.count', { count: total })}</p>
      {items.length > 0 && (
        <ul class="people-list">
          {items.map((p) => {
            const others = otherForms(p, lang);
            const birthday = formatPartialDate(lang, null, p.birthMonth, p.birthDay);
            return (
            <li>
              <a href={href(ctx, `/people/${p.slug}`)} class="person-name">{displayName(p, lang)}</a>{' '}
              <StatusBadge ctx={ctx} status={p.status} />
              {others.length > 0 && <span class="other-forms"> · {others.join(' · ')}</span>}
              <br />
              <span class="meta">
                {p.facility ? facilityName(p.facility, lang) : t('registry.facility.unknown')}
                {birthday && ` · ${t('registry.birthdayOn', { date: birthday })}`}
                {p.lettersReach !== 'yes' && ` · ${t(`registry.letters.${p.lettersReach}`)}`}
              </span>
            </li>
            );
          })}
        </ul>
      )}
      <Pagination ctx={ctx} page={params.page} pages={pages} urlFor={(page) => directoryUrl(ctx, params, { page })} />
      <p>
        <a href={href(ctx, '/facilities')}>{t('registry.facilities.title')}</a> · <a href={href(ctx, '/birthdays')}>{t('registry.birthdays.title')}</a> ·{' '}
        <a href={href(ctx, '/releases')}>{t('registry.releases.title')}</a> · <a href="/api/v1/export.csv">{t('registry.export.csv')}</a> ·{' '}
        <a href="/api/v1/export.json">{t('registry.export.json')}</a>
      </p>
    </Layout>
  );
}

function hasFilters(p: DirectoryParams): boolean {
  return !!(p.status || p.country || p.facility || p.region || p.gender || p.month || p.letters || p.sort);
}

export function FacilitiesPage({ ctx, facilities, counts }: { ctx: RequestContext; facilities: FacilityRow[]; counts: Map<string, number> }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('registry.facilities.title')}>
      <h1>{t('registry.facilities.title')}</h1>
      {ctx.actor.roles.has('coordinator') && <p><a href={href(ctx, '/registry/facilities/new')}>{t('registry.edit.newFacility')}</a></p>}
      <ul class="people-list">
        {facilities.map((f) => (
          <li>
            <a href={href(ctx, `/facilities/${f.slug}`)}>{facilityName(f, lang)}</a>
            <span class="meta"> · {t(`registry.country.${f.country}`)} · {t('registry.facility.held', { count: counts.get(f.id) ?? 0 })}</span>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function FacilityPage(props: { ctx: RequestContext; facility: FacilityRow; held: PersonRow[]; address: AddressBlock }) {
  const { ctx, facility, held } = props;
  const { t, lang } = ctx;
  const notes = localized(facility.notes, lang);
  return (
    <Layout ctx={ctx} title={facilityName(facility, lang)}>
      <h1>{facilityName(facility, lang)}</h1>
      <p class="meta">
        {t(`registry.kind.${facility.kind}`)} · {t(`registry.country.${facility.country}`)}
      </p>
      <h2>{t('registry.address.title')}</h2>
      <AddressView ctx={ctx} block={props.address} />
      {notes && (
        <>
          <h2>{t('registry.facility.notes')}</h2>
          <p>{notes}</p>
        </>
      )}
      <h2>{t('registry.facility.heldTitle', { count: held.length })}</h2>
      <ul class="people-list">
        {held.map((p) => (
          <li>
            <a href={href(ctx, `/people/${p.slug}`)}>{displayName(p, lang)}</a> <StatusBadge ctx={ctx} status={p.status} />
          </li>
        ))}
      </ul>
      {ctx.actor.roles.has('coordinator') && (
        <p>
          <a href={href(ctx, `/registry/facilities/${facility.slug}/edit`)}>{t('registry.edit.editFacility')}</a> ·{' '}
          <a href={href(ctx, `/registry/facilities/${facility.slug}/history`)}>{t('registry.history.title')}</a>
        </p>
      )}
    </Layout>
  );
}
