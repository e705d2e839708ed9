// The coordinators' pages: the list of targets (filtered by country and kind, with counts) and the form that
// adds or edits one, with its delete button.
import type { RequestContext } from '../../../app/context.ts';
import { Field, FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { LANGUAGES } from '../../../app/i18n.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { Pagination, Select } from '../../registry/registry.parts.tsx';
import { countryName, countryOptions, languageName } from '../../solidarity/sponsorships/sponsorships.model.ts';
import { salutationField, TARGET_KINDS, type TargetKind } from './targets.model.ts';
import { kindLabel } from './targets.parts.tsx';
import type { TargetFilter } from './targets.repository.ts';
import type { TargetRow } from './targets.tables.ts';

export interface TargetsListProps {
  ctx: RequestContext;
  filter: TargetFilter;
  rows: TargetRow[];
  total: number;
  page: number;
  pages: number;
  counts: { country: string; kind: TargetKind; n: number }[];
  postcodeTables: { country: string; postcodes: number }[];
  done?: string;
}

const listUrl = (ctx: RequestContext, f: TargetFilter, page = 1) => {
  const q = new URLSearchParams();
  if (f.country) q.set('country', f.country);
  if (f.kind) q.set('kind', f.kind);
  if (page > 1) q.set('page', String(page));
  const s = q.toString();
  return href(ctx, `/campaigns/targets${s ? `?${s}` : ''}`);
};

export function TargetsListPage(p: TargetsListProps) {
  const { ctx, filter } = p;
  const { t } = ctx;
  // Each filter counts what the other one leaves: "Germany (14)" among parliament members when that kind is chosen.
  const byCountry = new Map<string, number>();
  const byKind = new Map<string, number>();
  for (const c of p.counts) {
    if (!filter.kind || c.kind === filter.kind) byCountry.set(c.country, (byCountry.get(c.country) ?? 0) + c.n);
    if (!filter.country || c.country === filter.country) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + c.n);
  }
  const countries = [...new Set(p.counts.map((c) => c.country))]
    .map((c): [string, string] => [c, t('targets.list.optionCount', { name: countryName(c, ctx.lang), count: byCountry.get(c) ?? 0 })])
    .sort((a, b) => a[1].localeCompare(b[1], ctx.lang));
  const kinds = TARGET_KINDS.map((k): [string, string] => [k, t('targets.list.optionCount', { name: kindLabel(ctx, k), count: byKind.get(k) ?? 0 })]);
  return (
    <Layout ctx={ctx} title={t('targets.list.title')}>
      <h1>{t('targets.list.title')}</h1>
      {p.done && <Notice kind="success">{t(p.done === 'deleted' ? 'targets.notice.deleted' : 'targets.notice.saved')}</Notice>}
      <p>{t('targets.list.lead')}</p>
      <ul class="inline-list">
        <li>
          <a class="button" href={href(ctx, '/campaigns/targets/new')}>{t('targets.form.newTitle')}</a>
        </li>
        <li>
          <a class="button secondary" href={href(ctx, '/campaigns/representative')}>{t('targets.find.title')}</a>
        </li>
      </ul>
      <form method="get" action={href(ctx, '/campaigns/targets')} class="filters" aria-label={t('targets.list.filters')}>
        <Select name="country" label={t('targets.field.country')} any={t('targets.list.anyCountry')} options={countries} value={filter.country} />
        <Select name="kind" label={t('targets.field.kind')} any={t('targets.list.anyKind')} options={kinds} value={filter.kind} />
        <div>
          <button type="submit">{t('targets.list.show')}</button>
        </div>
      </form>
      <p role="status">{t('targets.list.count', { count: p.total })}</p>
      {p.rows.length > 0 && (
        <table>
          <caption class="visually-hidden">{t('targets.list.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('targets.field.name')}</th>
              <th scope="col">{t('targets.field.kind')}</th>
              <th scope="col">{t('targets.field.country')}</th>
              <th scope="col">{t('targets.field.constituency')}</th>
              <th scope="col">{t('targets.field.email')}</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr>
                <td>
                  <a href={href(ctx, `/campaigns/targets/${r.id}/edit`)}>{r.name}</a>
                  {r.role && <div class="meta">{r.role}</div>}
                </td>
                <td>{kindLabel(ctx, r.kind)}</td>
                <td>{countryName(r.country, ctx.lang)}</td>
                <td>{[r.constituency, r.party].filter(Boolean).join(' · ')}</td>
                <td class="mono">{r.email ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination ctx={ctx} page={p.page} pages={p.pages} urlFor={(n) => listUrl(ctx, filter, n)} />
      <h2>{t('targets.list.postcodesTitle')}</h2>
      {p.postcodeTables.length === 0 ? (
        <p>{t('targets.list.postcodesNone')}</p>
      ) : (
        <ul>
          {p.postcodeTables.map((c) => (
            <li>{t('targets.list.postcodesOf', { name: countryName(c.country, ctx.lang), count: c.postcodes })}</li>
          ))}
        </ul>
      )}
      <p class="hint">{t('targets.list.importHint')}</p>
    </Layout>
  );
}

const err = (ctx: RequestContext, state: FormState | undefined, name: string) => (state?.errors?.[name] ? ctx.t(state.errors[name]) : undefined);

export function TargetFormPage({ ctx, target, state, inUse }: { ctx: RequestContext; target?: TargetRow; state?: FormState; inUse?: number }) {
  const { t } = ctx;
  const title = target ? t('targets.form.editTitle', { name: target.name }) : t('targets.form.newTitle');
  const action = target ? `/campaigns/targets/${target.id}/edit` : '/campaigns/targets/new';
  const optional = { ctx, state, required: false };
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={href(ctx, '/campaigns/targets')}>{t('targets.form.back')}</a>
      </p>
      <h1>{title}</h1>
      {inUse !== undefined && <Notice kind="error">{t('targets.delete.inUse', { count: inUse })}</Notice>}
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, action)} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <Field ctx={ctx} name="ref" label={t('targets.field.ref')} hint={t('targets.form.refHint')} state={state} />
        <Select name="kind" label={t('targets.field.kind')} any={t('targets.form.kindChoose')} options={TARGET_KINDS.map((k) => [k, kindLabel(ctx, k)])} value={state?.values?.kind} required error={err(ctx, state, 'kind')} />
        <Field ctx={ctx} name="name" label={t('targets.field.name')} hint={t('targets.form.nameHint')} state={state} />
        <Field {...optional} name="role" label={t('targets.field.role')} hint={t('targets.form.roleHint')} />
        <Select name="country" label={t('targets.field.country')} any={t('targets.form.countryChoose')} options={countryOptions(ctx.lang)} value={state?.values?.country} required error={err(ctx, state, 'country')} />
        <Field {...optional} name="party" label={t('targets.field.party')} />
        <Field {...optional} name="constituency" label={t('targets.field.constituency')} hint={t('targets.form.constituencyHint')} />
        <Field {...optional} name="email" type="email" label={t('targets.field.email')} />
        <TextArea {...optional} name="postal_address" rows={4} label={t('targets.field.postalAddress')} hint={t('targets.form.postalAddressHint')} />
        <fieldset class="stack">
          <legend>{t('targets.form.salutations')}</legend>
          <p class="hint">{t('targets.form.salutationsHint')}</p>
          {LANGUAGES.map((l) => (
            <Field {...optional} name={salutationField(l)} label={t('targets.form.salutationIn', { language: languageName(l, ctx.lang) })} />
          ))}
        </fieldset>
        <div>
          <button type="submit">{t(target ? 'targets.form.save' : 'targets.form.create')}</button>
        </div>
      </form>
      {target && (
        <section aria-labelledby="delete-target">
          <h2 id="delete-target">{t('targets.delete.title')}</h2>
          <p>{t('targets.delete.explain')}</p>
          <form method="post" action={href(ctx, `/campaigns/targets/${target.id}/delete`)}>
            <CsrfField ctx={ctx} />
            <button type="submit" class="secondary">{t('targets.delete.button', { name: target.name })}</button>
          </form>
        </section>
      )}
    </Layout>
  );
}
