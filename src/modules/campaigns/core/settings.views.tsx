// A campaign's settings form, for a new campaign and on its management page. Kind, address and original
// language are chosen while the campaign is a draft; afterwards they are shown, not asked.
import type { RequestContext } from '../../../app/context.ts';
import { Field, FormErrors, type FormState } from '../../../app/form-fields.tsx';
import { CsrfField, href, Layout } from '../../../app/layout.tsx';
import { LANGUAGES } from '../../../app/i18n.ts';
import { countryOptions } from '../../solidarity/sponsorships/sponsorships.model.ts';
import { ADDRESSING, CAMPAIGN_KINDS, COPY_MODES } from '../campaigns.model.ts';
import type { CampaignRow } from './campaigns.tables.ts';
import { langName } from './core.parts.tsx';
import { Checkbox, NumberField, Radios, Select } from './form.parts.tsx';

/** The form's values for a stored campaign (checkboxes as "on"). */
export function settingsValuesOf(c: CampaignRow): Record<string, string> {
  const on = (b: boolean) => (b ? 'on' : '');
  return {
    kind: c.kind,
    slug: c.slug,
    originalLang: c.originalLang,
    addressing: c.addressing,
    representativeCountry: c.representativeCountry ?? '',
    templateLocked: on(c.templateLocked),
    allowMailto: on(c.allowMailto),
    allowServer: on(c.allowServer),
    copyMode: c.copyMode,
    goal: c.goal === null ? '' : String(c.goal),
    deadline: c.deadline ?? '',
  };
}

/** A new campaign starts with both ways of sending allowed and a copy by BCC. */
export const NEW_CAMPAIGN_VALUES: Record<string, string> = { kind: 'letter_action', addressing: 'targets', allowMailto: 'on', allowServer: 'on', copyMode: 'bcc' };

export function SettingsFields({ ctx, state, campaign }: { ctx: RequestContext; state?: FormState; campaign?: CampaignRow }) {
  const { t } = ctx;
  const draft = !campaign || campaign.state === 'draft';
  return (
    <>
      {draft ? (
        <>
          <Radios ctx={ctx} name="kind" legend={t('campaigns.settings.kind')} options={CAMPAIGN_KINDS.map((k) => [k, t(`campaigns.kind.${k}`)])} state={state} />
          <Field ctx={ctx} name="slug" label={t('campaigns.settings.slug')} hint={t('campaigns.settings.slugHint')} state={state} />
          <Select ctx={ctx} name="originalLang" label={t('campaigns.settings.originalLang')} hint={t('campaigns.settings.originalLangHint')} options={LANGUAGES.map((l) => [l, langName(ctx, l)])} state={state} />
        </>
      ) : (
        <>
          <p class="hint">{t('campaigns.settings.fixedOnceOpen')}</p>
          {['kind', 'slug', 'originalLang'].map((name) => <input type="hidden" name={name} value={state?.values?.[name]} />)}
        </>
      )}
      <fieldset class="stack">
        <legend>{t('campaigns.settings.letterLegend')}</legend>
        <Radios ctx={ctx} name="addressing" legend={t('campaigns.settings.addressing')} options={ADDRESSING.map((a) => [a, t(`campaigns.addressing.${a}`)])} state={state} />
        <Select ctx={ctx} name="representativeCountry" label={t('campaigns.settings.representativeCountry')} hint={t('campaigns.settings.representativeCountryHint')} options={[['', t('campaigns.settings.noCountry')], ...countryOptions(ctx.lang)]} state={state} />
        <Checkbox ctx={ctx} name="templateLocked" label={t('campaigns.settings.templateLocked')} hint={t('campaigns.settings.templateLockedHint')} state={state} />
        <Checkbox ctx={ctx} name="allowMailto" label={t('campaigns.settings.allowMailto')} hint={t('campaigns.settings.allowMailtoHint')} state={state} />
        <Checkbox ctx={ctx} name="allowServer" label={t('campaigns.settings.allowServer')} hint={t('campaigns.settings.allowServerHint')} state={state} />
        <Select ctx={ctx} name="copyMode" label={t('campaigns.settings.copyMode')} hint={t('campaigns.settings.copyModeHint')} options={COPY_MODES.map((m) => [m, t(`campaigns.copyMode.${m}`)])} state={state} />
      </fieldset>
      <fieldset class="stack">
        <legend>{t('campaigns.settings.petitionLegend')}</legend>
        <NumberField ctx={ctx} name="goal" label={t('campaigns.settings.goal')} min={1} state={state} />
        <Field ctx={ctx} name="deadline" type="date" label={t('campaigns.settings.deadline')} required={false} state={state} />
      </fieldset>
    </>
  );
}

export function NewCampaignPage({ ctx, state }: { ctx: RequestContext; state?: FormState }) {
  const { t } = ctx;
  const shown = state ?? { values: NEW_CAMPAIGN_VALUES };
  return (
    <Layout ctx={ctx} title={t('campaigns.new.title')}>
      <h1>{t('campaigns.new.title')}</h1>
      <p>{t('campaigns.new.intro')}</p>
      <form method="post" action={href(ctx, '/campaigns/manage/new')} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <FormErrors ctx={ctx} state={state} />
        <SettingsFields ctx={ctx} state={shown} />
        <div><button type="submit">{t('campaigns.new.submit')}</button></div>
      </form>
      <p><a href={href(ctx, '/campaigns/manage')}>{t('campaigns.manage.back')}</a></p>
    </Layout>
  );
}
