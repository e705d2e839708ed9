// The coordinators' campaign pages: every campaign with its counter, and one campaign's management page
// (what still stops it from opening, open/close, settings, its words per language, links to people, targets
// and partners, a petition's handing over).
import type { RequestContext } from '../../../app/context.ts';
import { Field, FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { LANGUAGES } from '../../../app/i18n.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { HANDOVER_STATES } from '../campaigns.model.ts';
import type { CampaignRow, CampaignTextRow } from './campaigns.tables.ts';
import type { CampaignListItem } from './core.repository.ts';
import { campaignHref, counterText, KindLabel, langAttr, langName, manageHref, StateLabel } from './core.parts.tsx';
import { Select } from './form.parts.tsx';
import { SettingsFields, settingsValuesOf } from './settings.views.tsx';

export function ManageListPage({ ctx, campaigns }: { ctx: RequestContext; campaigns: CampaignListItem[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('campaigns.manage.title')}>
      <h1>{t('campaigns.manage.title')}</h1>
      <p><a class="button" href={manageHref(ctx, undefined, '/new')}>{t('campaigns.new.title')}</a></p>
      {campaigns.length === 0 ? <p>{t('campaigns.manage.none')}</p> : (
        <table>
          <caption class="visually-hidden">{t('campaigns.manage.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('campaigns.manage.campaign')}</th>
              <th scope="col">{t('campaigns.settings.kind')}</th>
              <th scope="col">{t('campaigns.manage.state')}</th>
              <th scope="col">{t('campaigns.manage.counter')}</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((c) => (
              <tr>
                <td><a href={manageHref(ctx, c.slug)} lang={langAttr(ctx, c.textLang)}>{c.title ?? c.slug}</a></td>
                <td><KindLabel ctx={ctx} kind={c.kind} /></td>
                <td><StateLabel ctx={ctx} state={c.state} /></td>
                <td>{counterText(ctx, c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export interface ManageForms {
  settings?: FormState;
  handover?: FormState;
  /** A refused open or close: the message key. */
  stateError?: string;
}

function OpenClose({ ctx, campaign, problems, error }: { ctx: RequestContext; campaign: CampaignRow; problems: string[]; error?: string }) {
  const { t } = ctx;
  const open = campaign.state === 'open';
  return (
    <section aria-labelledby="state-title" class="stack">
      <h2 id="state-title">{t('campaigns.manage.stateTitle')}</h2>
      <p>{t('campaigns.manage.stateNow')} <StateLabel ctx={ctx} state={campaign.state} /> · {counterText(ctx, campaign)}</p>
      {error && <Notice kind="error"><p>{t(error)}</p></Notice>}
      {!open && problems.length > 0 && (
        <>
          <p>{t('campaigns.manage.missing')}</p>
          <ul class="findings">{problems.map((p) => <li>{t(p)}</li>)}</ul>
        </>
      )}
      <form method="post" action={manageHref(ctx, campaign.slug, open ? '/close' : '/open')} class="inline">
        <CsrfField ctx={ctx} />
        <button type="submit" class={open ? 'secondary' : undefined}>{t(open ? 'campaigns.manage.close' : 'campaigns.manage.open')}</button>
      </form>
    </section>
  );
}

function Texts({ ctx, campaign, texts }: { ctx: RequestContext; campaign: CampaignRow; texts: CampaignTextRow[] }) {
  const { t } = ctx;
  const byLang = new Map(texts.map((x) => [x.lang, x]));
  return (
    <section aria-labelledby="texts-title">
      <h2 id="texts-title">{t('campaigns.texts.title')}</h2>
      <ul>
        {LANGUAGES.map((l) => {
          const text = byLang.get(l);
          const note = l === campaign.originalLang ? t('campaigns.texts.original') : text?.translatedFrom ? t('campaigns.page.translatedFrom', { language: langName(ctx, text.translatedFrom) }) : t('campaigns.texts.none');
          return (
            <li>
              <a href={manageHref(ctx, campaign.slug, `/texts/${l}`)}>{langName(ctx, l)}</a>: {text ? <span lang={l}>{text.title}</span> : null} <span class="hint">({note})</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function HandoverForm({ ctx, campaign, state }: { ctx: RequestContext; campaign: CampaignRow; state?: FormState }) {
  const { t } = ctx;
  const shown = state ?? { values: { handoverState: campaign.handoverState ?? 'collecting', handoverOn: campaign.handoverOn ?? '', handoverNote: campaign.handoverNote ?? '' } };
  return (
    <section aria-labelledby="handover-form-title">
      <h2 id="handover-form-title">{t('campaigns.handover.title')}</h2>
      <form method="post" action={manageHref(ctx, campaign.slug, '/handover')} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <FormErrors ctx={ctx} state={state} />
        <Select ctx={ctx} name="handoverState" label={t('campaigns.handover.state')} options={HANDOVER_STATES.map((s) => [s, t(`campaigns.handover.${s}`)])} state={shown} />
        <Field ctx={ctx} name="handoverOn" type="date" label={t('campaigns.handover.on')} required={false} state={shown} />
        <TextArea ctx={ctx} name="handoverNote" label={t('campaigns.handover.note')} hint={t('campaigns.handover.noteHint')} rows={3} state={shown} />
        <div><button type="submit">{t('campaigns.handover.submit')}</button></div>
      </form>
    </section>
  );
}

export function CampaignManagePage(props: { ctx: RequestContext; campaign: CampaignRow; texts: CampaignTextRow[]; problems: string[]; forms?: ManageForms }) {
  const { ctx, campaign, texts } = props;
  const { t } = ctx;
  const forms = props.forms ?? {};
  const title = texts.find((x) => x.lang === campaign.originalLang)?.title ?? campaign.slug;
  const settings = forms.settings ?? { values: settingsValuesOf(campaign) };
  return (
    <Layout ctx={ctx} title={t('campaigns.manage.campaignTitle', { name: title })}>
      <h1>{t('campaigns.manage.campaignTitle', { name: title })}</h1>
      <ul class="inline-list">
        <li><a href={campaignHref(ctx, campaign.slug)}>{t('campaigns.manage.publicPage')}</a></li>
        <li><a href={manageHref(ctx, campaign.slug, '/people')}>{t('campaigns.people.title')}</a></li>
        {campaign.kind !== 'open_letter' && <li><a href={manageHref(ctx, campaign.slug, '/targets')}>{t('campaigns.targets.title')}</a></li>}
        <li><a href={manageHref(ctx, campaign.slug, '/partners')}>{t('campaigns.partners.title')}</a></li>
        <li><a href={href(ctx, '/campaigns/manage')}>{t('campaigns.manage.back')}</a></li>
      </ul>
      <OpenClose ctx={ctx} campaign={campaign} problems={props.problems} error={forms.stateError} />
      <Texts ctx={ctx} campaign={campaign} texts={texts} />
      {campaign.kind === 'petition' && <HandoverForm ctx={ctx} campaign={campaign} state={forms.handover} />}
      <section aria-labelledby="settings-title">
        <h2 id="settings-title">{t('campaigns.settings.title')}</h2>
        <form method="post" action={manageHref(ctx, campaign.slug, '/settings')} class="stack" novalidate>
          <CsrfField ctx={ctx} />
          <FormErrors ctx={ctx} state={forms.settings} />
          <SettingsFields ctx={ctx} state={settings} campaign={campaign} />
          <div><button type="submit">{t('campaigns.settings.submit')}</button></div>
        </form>
      </section>
    </Layout>
  );
}
