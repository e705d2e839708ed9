// Partner exports: who may be contacted by which partner, the requests, and the two-person decision.
import type { RequestContext } from '../../../app/context.ts';
import { FieldError, CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { allow } from '../../../app/policy.ts';
import type { CampaignRow, CampaignTextRow } from '../core/campaigns.tables.ts';
import type { PartnerExportRow } from './exports.repository.ts';
import { BackToCampaign } from './sign.views.tsx';
import { campaignPath, dateOf } from './signatures.parts.tsx';
import type { PartnerRow } from './signatures.repository.ts';

export function ExportsPage(props: {
  ctx: RequestContext;
  campaign: CampaignRow;
  text: CampaignTextRow;
  partners: (PartnerRow & { consenting: number })[];
  requests: { e: PartnerExportRow; partnerName: string }[];
  done?: string;
  error?: string;
}) {
  const { ctx, campaign, text } = props;
  const { t, actor } = ctx;
  const title = t('signatures.exports.titleFor', { name: text.title });
  const path = (rest: string) => href(ctx, campaignPath(campaign, `/exports${rest}`));
  const mayRequest = allow(actor, 'signatures.exports.request');
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {props.done && (
        <Notice kind={['own', 'gone'].includes(props.done) ? 'error' : 'success'}>
          <p>{t(`signatures.exports.done.${props.done}`)}</p>
        </Notice>
      )}
      <p>{t('signatures.exports.intro')}</p>
      <h2>{t('signatures.exports.partners')}</h2>
      {props.partners.length === 0 && <p>{t('signatures.exports.noPartners')}</p>}
      <ul>
        {props.partners.map((p) => (
          <li>
            {t('signatures.exports.partnerCount', { name: p.name, count: p.consenting })}
            {mayRequest && (
              <form method="post" action={path('')} class="inline">
                <CsrfField ctx={ctx} />
                <input type="hidden" name="partnerId" value={p.id} />{' '}
                <button type="submit">{t('signatures.exports.request', { name: p.name })}</button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <FieldError id="f-partnerId-error" message={props.error ? t(props.error) : undefined} />
      <h2>{t('signatures.exports.requests')}</h2>
      {props.requests.length === 0 && <p>{t('signatures.exports.noRequests')}</p>}
      <ul>
        {props.requests.map(({ e, partnerName }) => (
          <li>
            {t('signatures.exports.requestLine', { name: partnerName, date: dateOf(ctx, e.requestedOn) })}{' '}
            {t(e.requestedBy === actor.userId ? 'signatures.exports.by.you' : 'signatures.exports.by.other')}:{' '}
            {t(`signatures.exports.state.${e.state}`, { count: e.rows ?? 0 })}.
            {e.state === 'requested' && allow(actor, 'signatures.exports.decide', e) && (
              <form method="post" action={path(`/${e.id}/decide`)} class="inline">
                <CsrfField ctx={ctx} />{' '}
                <button type="submit" name="decision" value="approve">{t('signatures.exports.approve', { name: partnerName })}</button>{' '}
                <button type="submit" name="decision" value="refuse">{t('signatures.exports.refuse', { name: partnerName })}</button>
              </form>
            )}
            {e.state === 'requested' && e.requestedBy === actor.userId && <> {t('signatures.exports.waiting')}</>}
            {e.state === 'approved' && allow(actor, 'signatures.exports.download', e) && (
              <form method="post" action={path(`/${e.id}/download`)} class="inline">
                <CsrfField ctx={ctx} />{' '}
                <button type="submit">{t('signatures.exports.download', { name: partnerName })}</button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <BackToCampaign ctx={ctx} campaign={campaign} text={text} />
    </Layout>
  );
}
