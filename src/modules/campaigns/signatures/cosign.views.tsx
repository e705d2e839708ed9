// The co-signing form for organisations.
import type { RequestContext } from '../../../app/context.ts';
import { Field, FormErrors, type FormState } from '../../../app/form-fields.tsx';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import type { CampaignRow, CampaignTextRow } from '../core/campaigns.tables.ts';
import { BackToCampaign } from './sign.views.tsx';
import { CONFIRM_HOURS } from './signatures.model.ts';
import { campaignPath } from './signatures.parts.tsx';

export function CosignFormPage(props: { ctx: RequestContext; campaign: CampaignRow; text: CampaignTextRow; submissionId: string; closedReason: 'closed' | 'deadline' | null; state?: FormState }) {
  const { ctx, campaign, text, state } = props;
  const { t } = ctx;
  const title = t('signatures.cosign.title', { name: text.title });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {props.closedReason ? (
        <Notice kind="error">
          <p>{t(`signatures.closed.${props.closedReason}`)}</p>
        </Notice>
      ) : (
        <>
          <p class="lead">{t('signatures.cosign.intro', { days: CONFIRM_HOURS / 24 })}</p>
          <FormErrors ctx={ctx} state={state} />
          <form method="post" action={href(ctx, campaignPath(campaign, '/cosign'))} class="stack" novalidate>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="submissionId" value={props.submissionId} />
            <Field ctx={ctx} name="orgName" label={t('signatures.cosign.orgName')} autocomplete="organization" state={state} />
            <Field ctx={ctx} name="country" label={t('signatures.cosign.country')} autocomplete="country-name" state={state} />
            <Field ctx={ctx} name="website" type="url" label={t('signatures.cosign.website')} hint={t('signatures.cosign.websiteHint')} required={false} state={state} />
            <Field ctx={ctx} name="contactName" label={t('signatures.cosign.contact')} autocomplete="name" hint={t('signatures.cosign.contactHint')} state={state} />
            <Field ctx={ctx} name="email" type="email" autocomplete="email" label={t('signatures.cosign.email')} hint={t('signatures.cosign.emailHint')} state={state} />
            <div class="hp" aria-hidden="true">
              <label for="f-fax">Fax</label>
              <input id="f-fax" name="fax" type="text" tabIndex={-1} autocomplete="off" />
            </div>
            <div>
              <button type="submit">{t('signatures.cosign.submit')}</button>
            </div>
          </form>
        </>
      )}
      <BackToCampaign ctx={ctx} campaign={campaign} text={text} />
    </Layout>
  );
}
