// A campaign's words in one language: title, summary, body and, for letter actions, the letter's subject and
// template (with its placeholders explained beside it). A translation shows its source above the form.
import type { RequestContext } from '../../../app/context.ts';
import { Field, FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { CsrfField, Layout } from '../../../app/layout.tsx';
import { PLACEHOLDERS } from '../actions/template.ts';
import type { CampaignRow, CampaignTextRow } from './campaigns.tables.ts';
import { langName, manageHref, Paragraphs } from './core.parts.tsx';
import { Select } from './form.parts.tsx';

export function textValuesOf(text: CampaignTextRow | undefined, campaign: CampaignRow): Record<string, string> {
  return {
    title: text?.title ?? '',
    summary: text?.summary ?? '',
    body: text?.body ?? '',
    letterSubject: text?.letterSubject ?? '',
    letterBody: text?.letterBody ?? '',
    translatedFrom: text?.translatedFrom ?? campaign.originalLang,
  };
}

function PlaceholderHelp({ ctx }: { ctx: RequestContext }) {
  return (
    <dl class="facts" id="placeholders">
      {PLACEHOLDERS.map((p) => (
        <>
          <dt><code>{`{${p}}`}</code></dt>
          <dd>{ctx.t(`campaigns.texts.placeholder.${p}`)}</dd>
        </>
      ))}
    </dl>
  );
}

/** The words being translated, to read while translating. */
function Source({ ctx, source }: { ctx: RequestContext; source: CampaignTextRow }) {
  return (
    <details open>
      <summary>{ctx.t('campaigns.texts.source', { language: langName(ctx, source.lang) })}</summary>
      <div lang={source.lang} class="stack">
        <h2>{source.title}</h2>
        <p class="lead">{source.summary}</p>
        <Paragraphs text={source.body} />
        {source.letterSubject && <p><strong>{source.letterSubject}</strong></p>}
        {source.letterBody && <Paragraphs text={source.letterBody} />}
      </div>
    </details>
  );
}

export function TextPage(props: { ctx: RequestContext; campaign: CampaignRow; lang: string; texts: CampaignTextRow[]; state?: FormState }) {
  const { ctx, campaign, lang, texts } = props;
  const { t } = ctx;
  const existing = texts.find((x) => x.lang === lang);
  const state = props.state?.values ? props.state : { ...props.state, values: textValuesOf(existing, campaign) };
  const isOriginal = lang === campaign.originalLang;
  const sources = texts.filter((x) => x.lang !== lang);
  const sourceLang = state.values?.translatedFrom || campaign.originalLang;
  const source = isOriginal ? undefined : (texts.find((x) => x.lang === sourceLang) ?? texts.find((x) => x.lang === campaign.originalLang));
  const heading = t('campaigns.texts.editTitle', { language: langName(ctx, lang) });
  const action = manageHref(ctx, campaign.slug, `/texts/${lang}`);
  return (
    <Layout ctx={ctx} title={heading}>
      <h1>{heading}</h1>
      <p><a href={manageHref(ctx, campaign.slug)}>{t('campaigns.manage.backToCampaign')}</a></p>
      <p class="hint">{isOriginal ? t('campaigns.texts.isOriginal') : t('campaigns.texts.isTranslation', { language: langName(ctx, campaign.originalLang) })}</p>
      {source && <Source ctx={ctx} source={source} />}
      <form method="post" action={action} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <FormErrors ctx={ctx} state={props.state} />
        {!isOriginal && sources.length > 0 && (
          <Select ctx={ctx} name="translatedFrom" label={t('campaigns.texts.translatedFrom')} options={sources.map((x) => [x.lang, langName(ctx, x.lang)])} state={state} />
        )}
        <Field ctx={ctx} name="title" label={t('campaigns.texts.titleField')} state={state} />
        <TextArea ctx={ctx} name="summary" label={t('campaigns.texts.summary')} hint={t('campaigns.texts.summaryHint')} rows={3} lang={lang} state={state} />
        <TextArea ctx={ctx} name="body" label={t('campaigns.texts.body')} hint={t(campaign.kind === 'letter_action' ? 'campaigns.texts.bodyHintAction' : 'campaigns.texts.bodyHintLetter')} rows={12} lang={lang} state={state} />
        {campaign.kind === 'letter_action' && (
          <fieldset class="stack">
            <legend>{t('campaigns.texts.letterLegend')}</legend>
            <Field ctx={ctx} name="letterSubject" label={t('campaigns.texts.letterSubject')} required={false} state={state} />
            <TextArea ctx={ctx} name="letterBody" label={t('campaigns.texts.letterBody')} hint={t('campaigns.texts.letterBodyHint')} rows={12} lang={lang} state={state} />
            <p class="hint">{t('campaigns.texts.placeholders')}</p>
            <PlaceholderHelp ctx={ctx} />
          </fieldset>
        )}
        <div><button type="submit">{t('campaigns.texts.submit')}</button></div>
      </form>
      {existing && !isOriginal && (
        <form method="post" action={`${action}/delete`} class="stack">
          <CsrfField ctx={ctx} />
          <div><button type="submit" class="danger">{t('campaigns.texts.delete')}</button></div>
        </form>
      )}
    </Layout>
  );
}
