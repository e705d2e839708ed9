// What a campaign is tied to, on the coordinators' pages: the registry people it is about (by address, or found
// with a search box), the targets it writes to (ticked, filtered by country) and its coalition partners.
import type { RequestContext } from '../../../app/context.ts';
import { Field, FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { CsrfField, href, Layout } from '../../../app/layout.tsx';
import { displayName } from '../../registry/registry.present.ts';
import { countryName, countryOptions } from '../../solidarity/sponsorships/sponsorships.model.ts';
import type { TargetRow } from '../targets/targets.tables.ts';
import type { CampaignRow } from './campaigns.tables.ts';
import type { CampaignPerson, PartnerRow } from './core.repository.ts';
import { manageHref } from './core.parts.tsx';
import { Select } from './form.parts.tsx';

function Back({ ctx, campaign }: { ctx: RequestContext; campaign: CampaignRow }) {
  return <p><a href={manageHref(ctx, campaign.slug)}>{ctx.t('campaigns.manage.backToCampaign')}</a></p>;
}

export interface FoundPerson {
  slug: string;
  nameBe: string | null;
  nameRu: string | null;
  nameLatin: string | null;
  sortLatin: string;
}

export function PeoplePage(props: { ctx: RequestContext; campaign: CampaignRow; people: CampaignPerson[]; q?: string; found?: FoundPerson[]; state?: FormState }) {
  const { ctx, campaign } = props;
  const { t } = ctx;
  const state = props.state ?? { values: { people: props.people.map((p) => p.slug).join('\n') } };
  const chosen = new Set(props.people.map((p) => p.slug));
  return (
    <Layout ctx={ctx} title={t('campaigns.people.title')}>
      <h1>{t('campaigns.people.title')}</h1>
      <Back ctx={ctx} campaign={campaign} />
      {props.people.length > 0 && (
        <ul class="inline-list">
          {props.people.map((p) => <li><a href={href(ctx, `/people/${p.slug}`)}>{displayName(p, ctx.lang)}</a></li>)}
        </ul>
      )}
      <form method="post" action={manageHref(ctx, campaign.slug, '/people')} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <FormErrors ctx={ctx} state={props.state} />
        <TextArea ctx={ctx} name="people" label={t('campaigns.people.slugs')} hint={t('campaigns.people.slugsHint')} rows={6} state={state} />
        <div><button type="submit">{t('campaigns.people.submit')}</button></div>
      </form>
      <h2 id="people-search">{t('campaigns.people.search')}</h2>
      <form method="get" action={manageHref(ctx, campaign.slug, '/people')} class="stack" role="search" aria-labelledby="people-search">
        <div>
          <label for="people-q">{t('campaigns.people.searchLabel')}</label>
          <input id="people-q" name="q" type="search" value={props.q ?? ''} />
        </div>
        <div><button type="submit" class="secondary">{t('campaigns.people.searchSubmit')}</button></div>
      </form>
      {props.found && (props.found.length === 0 ? <p>{t('campaigns.people.nobody')}</p> : (
        <ul>
          {props.found.map((p) => (
            <li>
              {displayName(p, ctx.lang)} (<code>{p.slug}</code>){' '}
              {chosen.has(p.slug) ? <span class="hint">{t('campaigns.people.already')}</span> : (
                <form method="post" action={manageHref(ctx, campaign.slug, '/people/add')} class="inline">
                  <CsrfField ctx={ctx} />
                  <input type="hidden" name="person" value={p.slug} />
                  <button type="submit" class="link" aria-label={t('campaigns.people.addNamed', { name: displayName(p, ctx.lang) })}>{t('campaigns.people.add')}</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      ))}
    </Layout>
  );
}

export function TargetsPage(props: { ctx: RequestContext; campaign: CampaignRow; targets: TargetRow[]; chosen: TargetRow[]; countries: string[]; country?: string; state?: FormState }) {
  const { ctx, campaign } = props;
  const { t } = ctx;
  const ticked = new Set(props.chosen.map((c) => c.id));
  const action = manageHref(ctx, campaign.slug, '/targets');
  return (
    <Layout ctx={ctx} title={t('campaigns.targets.title')}>
      <h1>{t('campaigns.targets.title')}</h1>
      <Back ctx={ctx} campaign={campaign} />
      <p>{t('campaigns.targets.chosen', { count: props.chosen.length })}</p>
      {props.chosen.length > 0 && <ul>{props.chosen.map((c) => <li>{c.name} ({countryName(c.country, ctx.lang)})</li>)}</ul>}
      <form method="get" action={action} class="stack filters">
        <div>
          <label for="targets-country">{t('campaigns.targets.country')}</label>
          <select id="targets-country" name="country">
            <option value="">{t('campaigns.targets.allCountries')}</option>
            {props.countries.map((c) => <option value={c} selected={c === props.country}>{countryName(c, ctx.lang)}</option>)}
          </select>
        </div>
        <div><button type="submit" class="secondary">{t('campaigns.targets.filter')}</button></div>
      </form>
      {props.targets.length === 0 ? <p>{t('campaigns.targets.none')}</p> : (
        <form method="post" action={props.country ? `${action}?country=${props.country}` : action} class="stack" novalidate>
          <CsrfField ctx={ctx} />
          <FormErrors ctx={ctx} state={props.state} />
          <fieldset>
            <legend>{t('campaigns.targets.legend')}</legend>
            {props.targets.map((target) => (
              <div class="checkbox">
                <input type="hidden" name="shown" value={target.id} />
                <input id={`target-${target.id}`} type="checkbox" name="target" value={target.id} checked={ticked.has(target.id)} />
                <label for={`target-${target.id}`}>
                  {target.name}
                  {target.role && <>, {target.role}</>} ({countryName(target.country, ctx.lang)})
                  {!target.email && <span class="hint"> · {t('campaigns.targets.noEmail')}</span>}
                </label>
              </div>
            ))}
          </fieldset>
          <div><button type="submit">{t('campaigns.targets.submit')}</button></div>
        </form>
      )}
    </Layout>
  );
}

export function PartnersPage(props: { ctx: RequestContext; campaign: CampaignRow; partners: PartnerRow[]; state?: FormState; removeError?: string }) {
  const { ctx, campaign } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('campaigns.partners.title')}>
      <h1>{t('campaigns.partners.title')}</h1>
      <Back ctx={ctx} campaign={campaign} />
      <p>{t('campaigns.partners.intro')}</p>
      {props.removeError && <div class="notice notice-error" role="alert"><p>{t(props.removeError)}</p></div>}
      {props.partners.length === 0 ? <p>{t('campaigns.partners.none')}</p> : (
        <ul>
          {props.partners.map((p) => (
            <li>
              {p.name}
              {p.country && <> ({countryName(p.country, ctx.lang)})</>}
              {p.website && <> · {p.website}</>}{' '}
              <form method="post" action={manageHref(ctx, campaign.slug, `/partners/${p.id}/remove`)} class="inline">
                <CsrfField ctx={ctx} />
                <button type="submit" class="link" aria-label={t('campaigns.partners.removeNamed', { name: p.name })}>{t('campaigns.partners.remove')}</button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <h2 id="partner-add">{t('campaigns.partners.add')}</h2>
      <form method="post" action={manageHref(ctx, campaign.slug, '/partners')} class="stack" novalidate aria-labelledby="partner-add">
        <CsrfField ctx={ctx} />
        <FormErrors ctx={ctx} state={props.state} />
        <Field ctx={ctx} name="name" label={t('campaigns.partners.name')} state={props.state} />
        <Select ctx={ctx} name="country" label={t('campaigns.partners.country')} options={[['', t('campaigns.settings.noCountry')], ...countryOptions(ctx.lang)]} state={props.state} />
        <Field ctx={ctx} name="website" type="url" label={t('campaigns.partners.website')} required={false} state={props.state} />
        <div><button type="submit">{t('campaigns.partners.submit')}</button></div>
      </form>
    </Layout>
  );
}
