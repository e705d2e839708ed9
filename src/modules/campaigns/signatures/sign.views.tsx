// The signing form and the pages its e-mail link opens.
import type { RequestContext } from '../../../app/context.ts';
import { Field, FormErrors, type FormState } from '../../../app/form-fields.tsx';
import { CsrfField, FieldError, href, Layout, Notice } from '../../../app/layout.tsx';
import { LinkConfirmPage } from '../../../app/link-confirm.tsx';
import { SIGNATURE_VISIBILITIES } from '../campaigns.model.ts';
import type { CampaignRow, CampaignTextRow } from '../core/campaigns.tables.ts';
import { CONFIRM_HOURS, NAME_MAX, PLACE_MAX } from './signatures.model.ts';
import { campaignPath, Counter } from './signatures.parts.tsx';
import type { PartnerRow } from './signatures.repository.ts';
import { partnerField } from './signatures.schemas.ts';

/** A partner's consent as the form shows it; the very same words are stored with the choice. */
export const partnerConsentText = (ctx: RequestContext, partner: Pick<PartnerRow, 'name'>, text: Pick<CampaignTextRow, 'title'>) =>
  ctx.t('signatures.form.partnerConsent', { name: partner.name });

export function BackToCampaign({ ctx, campaign, text }: { ctx: RequestContext; campaign: CampaignRow; text: CampaignTextRow }) {
  return (
    <p>
      <a href={href(ctx, campaignPath(campaign))}>{ctx.t('signatures.back', { name: text.title })}</a>
    </p>
  );
}

function Visibility({ ctx, state }: { ctx: RequestContext; state?: FormState }) {
  const { t } = ctx;
  const error = state?.errors?.visibility;
  return (
    <fieldset aria-describedby={error ? 'f-visibility-error' : undefined}>
      <legend>{t('signatures.form.visibility')}</legend>
      {SIGNATURE_VISIBILITIES.map((v) => (
        <div class="radio">
          <input id={`f-visibility-${v}`} type="radio" name="visibility" value={v} checked={state?.values?.visibility === v} aria-describedby={`f-visibility-${v}-hint`} />
          <label for={`f-visibility-${v}`}>{t(`signatures.visibility.${v}`)}</label>
          <p class="hint" id={`f-visibility-${v}-hint`}>
            {t(`signatures.visibility.${v}Hint`)}
          </p>
        </div>
      ))}
      <FieldError id="f-visibility-error" message={error ? t(error) : undefined} />
    </fieldset>
  );
}

function Partners({ ctx, partners, text, state }: { ctx: RequestContext; partners: PartnerRow[]; text: CampaignTextRow; state?: FormState }) {
  const { t } = ctx;
  if (partners.length === 0) return null;
  const error = state?.errors?.partners;
  return (
    <fieldset aria-describedby={`f-partners-hint${error ? ' f-partners-error' : ''}`}>
      <legend>{t('signatures.form.partners')}</legend>
      <p class="hint" id="f-partners-hint">
        {t('signatures.form.partnersHint')}
      </p>
      {partners.map((p) => (
        <div class="checkbox">
          <input id={`f-${partnerField(p.id)}`} type="checkbox" name={partnerField(p.id)} checked={state?.values?.[partnerField(p.id)] === 'on'} />
          <label for={`f-${partnerField(p.id)}`}>{partnerConsentText(ctx, p, text)}</label>
        </div>
      ))}
      <FieldError id="f-partners-error" message={error ? t(error) : undefined} />
    </fieldset>
  );
}

export function SignFormPage(props: {
  ctx: RequestContext;
  campaign: CampaignRow;
  text: CampaignTextRow;
  partners: PartnerRow[];
  submissionId: string;
  closedReason: 'closed' | 'deadline' | null;
  state?: FormState;
}) {
  const { ctx, campaign, text, state } = props;
  const { t } = ctx;
  const title = t('signatures.sign.title', { name: text.title });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <Counter ctx={ctx} campaign={campaign} closed={props.closedReason !== null} />
      {props.closedReason ? (
        <Notice kind="error">
          <p>{t(`signatures.closed.${props.closedReason}`)}</p>
        </Notice>
      ) : (
        <>
          <p class="lead">{t('signatures.sign.intro', { days: CONFIRM_HOURS / 24 })}</p>
          <FormErrors ctx={ctx} state={state} />
          <form method="post" action={href(ctx, campaignPath(campaign, '/sign'))} class="stack" novalidate>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="submissionId" value={props.submissionId} />
            <Field ctx={ctx} name="name" label={t('signatures.form.name')} autocomplete="name" hint={t('signatures.form.nameHint', { max: NAME_MAX })} state={state} />
            <Field ctx={ctx} name="email" type="email" autocomplete="email" label={t('signatures.form.email')} hint={t('signatures.form.emailHint')} state={state} />
            <Field ctx={ctx} name="place" label={t('signatures.form.place')} hint={t('signatures.form.placeHint', { max: PLACE_MAX })} required={false} state={state} />
            <Visibility ctx={ctx} state={state} />
            <Partners ctx={ctx} partners={props.partners} text={text} state={state} />
            <div class="hp" aria-hidden="true">
              <label for="f-website">Website</label>
              <input id="f-website" name="website" type="text" tabIndex={-1} autocomplete="off" />
            </div>
            <div>
              <button type="submit">{t('signatures.form.submit')}</button>
            </div>
          </form>
        </>
      )}
      <BackToCampaign ctx={ctx} campaign={campaign} text={text} />
    </Layout>
  );
}

/** The same answer for a new signature, a repeated one and a bot: nothing here says which it was. */
export function SentPage({ ctx, campaign, text, kind }: { ctx: RequestContext; campaign: CampaignRow; text: CampaignTextRow; kind: 'sign' | 'cosign' }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('signatures.sent.title')}>
      <h1>{t('signatures.sent.title')}</h1>
      <Notice kind="success">
        <p>{t(kind === 'sign' ? 'signatures.sent.body' : 'signatures.sent.cosignBody', { days: CONFIRM_HOURS / 24 })}</p>
      </Notice>
      <p>{t('signatures.sent.noMail')}</p>
      <BackToCampaign ctx={ctx} campaign={campaign} text={text} />
    </Layout>
  );
}

export const ConfirmPage = (p: { ctx: RequestContext; campaign: CampaignRow; text: CampaignTextRow; token: string; kind: 'sign' | 'cosign' }) => (
  <LinkConfirmPage
    ctx={p.ctx}
    token={p.token}
    action={campaignPath(p.campaign, p.kind === 'sign' ? '/sign/confirm' : '/cosign/confirm')}
    title={p.ctx.t(`signatures.confirm.${p.kind}Title`)}
    intro={p.ctx.t(`signatures.confirm.${p.kind}Intro`, { name: p.text.title })}
    submit={p.ctx.t(`signatures.confirm.${p.kind}Submit`)}
  />
);

export function ConfirmedPage(p: { ctx: RequestContext; campaign: CampaignRow; text: CampaignTextRow; outcome: 'confirmed' | 'already' | 'expired' | null; kind: 'sign' | 'cosign' }) {
  const { ctx } = p;
  const key = p.outcome ?? 'invalid';
  const ok = p.outcome === 'confirmed' || p.outcome === 'already';
  const heading = ctx.t(`signatures.confirmed.${key}`);
  return (
    <Layout ctx={ctx} title={heading}>
      <h1>{heading}</h1>
      <Notice kind={ok ? 'success' : 'error'}>
        <p>{ctx.t(`signatures.confirmed.${p.kind}.${key}`)}</p>
      </Notice>
      <BackToCampaign ctx={ctx} campaign={p.campaign} text={p.text} />
    </Layout>
  );
}
