// "Find your representative": a country and a postcode, then the constituencies the postcode lies in and their
// members of parliament, and the open letter actions that write to one's own representative in that country.
import type { RequestContext } from '../../../app/context.ts';
import { Field, FormErrors, type FormState } from '../../../app/form-fields.tsx';
import { href, Layout, Notice } from '../../../app/layout.tsx';
import { Select } from '../../registry/registry.parts.tsx';
import { countryName } from '../../solidarity/sponsorships/sponsorships.model.ts';
import { TargetCard } from './targets.parts.tsx';
import type { TargetRow } from './targets.tables.ts';

export interface RepresentativeResult {
  constituencies: string[];
  targets: TargetRow[];
  actions: { slug: string; title: string }[];
}

export function RepresentativePage({ ctx, countries, state, result }: { ctx: RequestContext; countries: string[]; state?: FormState; result?: RepresentativeResult }) {
  const { t } = ctx;
  const options = countries.map((c): [string, string] => [c, countryName(c, ctx.lang)]).sort((a, b) => a[1].localeCompare(b[1], ctx.lang));
  const chosen = state?.values?.country ?? (countries.length === 1 ? countries[0] : undefined);
  return (
    <Layout ctx={ctx} title={t('targets.find.title')}>
      <h1>{t('targets.find.title')}</h1>
      <p class="lead">{t('targets.find.lead')}</p>
      {countries.length === 0 ? (
        <Notice kind="info">{t('targets.find.unavailable')}</Notice>
      ) : (
        <>
          <FormErrors ctx={ctx} state={state} />
          <form method="get" action={href(ctx, '/campaigns/representative')} class="stack" novalidate role="search" aria-label={t('targets.find.title')}>
            <Select
              name="country"
              label={t('targets.field.country')}
              any={countries.length === 1 ? undefined : t('targets.form.countryChoose')}
              options={options}
              value={chosen}
              required
              error={state?.errors?.country ? t(state.errors.country) : undefined}
            />
            <Field ctx={ctx} name="postcode" label={t('targets.find.postcode')} hint={t('targets.find.postcodeHint')} autocomplete="postal-code" state={state} />
            <div>
              <button type="submit">{t('targets.find.submit')}</button>
            </div>
          </form>
        </>
      )}
      {result && <Found ctx={ctx} result={result} />}
      <p class="hint">{t('targets.find.privacy')}</p>
    </Layout>
  );
}

function Found({ ctx, result }: { ctx: RequestContext; result: RepresentativeResult }) {
  const { t } = ctx;
  const many = result.constituencies.length > 1;
  return (
    <section aria-labelledby="found-title">
      <h2 id="found-title">{t(many ? 'targets.find.constituencies' : 'targets.find.constituency')}</h2>
      {many && <p>{t('targets.find.straddles')}</p>}
      <ul>
        {result.constituencies.map((c) => (
          <li>{c}</li>
        ))}
      </ul>
      <h2>{t('targets.find.members', { count: result.targets.length })}</h2>
      {result.targets.length === 0 ? (
        <p>{t('targets.find.noMembers')}</p>
      ) : (
        result.targets.map((target) => <TargetCard ctx={ctx} target={target} />)
      )}
      {result.actions.length > 0 && (
        <>
          <h2>{t('targets.find.actions')}</h2>
          <ul>
            {result.actions.map((a) => (
              <li>
                <a href={href(ctx, `/campaigns/${a.slug}`)}>{a.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
