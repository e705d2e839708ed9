// Coordinators' pages: who signed (never a secret signer: there is no name), and the organisations waiting for a decision.
import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import type { SignatureVisibility } from '../campaigns.model.ts';
import type { CampaignRow, CampaignTextRow } from '../core/campaigns.tables.ts';
import type { CosignerRow } from './cosign.repository.ts';
import { BackToCampaign } from './sign.views.tsx';
import { campaignPath, CosignerList, dateOf, NamePager, Website } from './signatures.parts.tsx';
import { cursorOf } from './signatures.schemas.ts';

export type SignerShown = { id: string; visibility: SignatureVisibility; name: string; place: string | null; confirmedOn: string | null };

export function SignersPage(props: {
  ctx: RequestContext;
  campaign: CampaignRow;
  text: CampaignTextRow;
  counts: Record<SignatureVisibility, number>;
  signers: SignerShown[];
  more: boolean;
  older: boolean;
}) {
  const { ctx, campaign, text, counts, signers } = props;
  const { t } = ctx;
  const title = t('signatures.signers.titleFor', { name: text.title });
  const base = href(ctx, campaignPath(campaign, '/signers'));
  const last = signers.at(-1);
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <h2>{t('signatures.signers.counts')}</h2>
      <ul>
        {(['public', 'non_public', 'secret'] as const).map((v) => (
          <li>{t(`signatures.signers.count.${v}`, { count: counts[v] })}</li>
        ))}
      </ul>
      <p>{t('signatures.signers.secretNote')}</p>
      <h2>{t('signatures.signers.names')}</h2>
      {signers.length === 0 ? (
        <p>{t('signatures.names.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('signatures.signers.name')}</th>
              <th scope="col">{t('signatures.signers.place')}</th>
              <th scope="col">{t('signatures.signers.visibility')}</th>
              <th scope="col">{t('signatures.signers.date')}</th>
            </tr>
          </thead>
          <tbody>
            {signers.map((s) => (
              <tr>
                <td>{s.name}</td>
                <td>{s.place}</td>
                <td>{t(`signatures.visibility.${s.visibility}`)}</td>
                <td>{s.confirmedOn ? dateOf(ctx, s.confirmedOn) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NamePager ctx={ctx} base={base} older={props.older} next={props.more && last ? cursorOf(last) : null} />
      <BackToCampaign ctx={ctx} campaign={campaign} text={text} />
    </Layout>
  );
}

export function CosignersPage(props: {
  ctx: RequestContext;
  campaign: CampaignRow;
  text: CampaignTextRow;
  pending: (CosignerRow & { email: string | null })[];
  approved: CosignerRow[];
  refused: CosignerRow[];
  done?: string;
}) {
  const { ctx, campaign, text } = props;
  const { t } = ctx;
  const title = t('signatures.cosigners.titleFor', { name: text.title });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {props.done && (
        <Notice kind={props.done === 'gone' ? 'error' : 'success'}>
          <p>{t(`signatures.cosigners.done.${props.done}`)}</p>
        </Notice>
      )}
      <p>{t('signatures.cosigners.intro')}</p>
      <h2>{t('signatures.cosigners.pending')}</h2>
      {props.pending.length === 0 && <p>{t('signatures.cosigners.nonePending')}</p>}
      {props.pending.map((c) => (
        <article class="card" aria-labelledby={`cosigner-${c.id}`}>
          <h3 id={`cosigner-${c.id}`}>{c.name}</h3>
          <dl>
            <dt>{t('signatures.cosign.country')}</dt>
            <dd>{c.country}</dd>
            <dt>{t('signatures.cosign.website')}</dt>
            <dd>{c.website ? <Website url={c.website} /> : '—'}</dd>
            <dt>{t('signatures.cosign.contact')}</dt>
            <dd>{c.contactName}</dd>
            <dt>{t('signatures.cosign.email')}</dt>
            <dd>{c.email}</dd>
            <dt>{t('signatures.cosigners.since')}</dt>
            <dd>{dateOf(ctx, c.createdOn)}</dd>
          </dl>
          <form method="post" action={href(ctx, campaignPath(campaign, `/cosigners/${c.id}`))} class="inline">
            <CsrfField ctx={ctx} />
            <button type="submit" name="decision" value="approve">{t('signatures.cosigners.approve', { name: c.name })}</button>{' '}
            <button type="submit" name="decision" value="refuse">{t('signatures.cosigners.refuse', { name: c.name })}</button>
          </form>
        </article>
      ))}
      <h2>{t('signatures.cosigners.approved')}</h2>
      <CosignerList ctx={ctx} cosigners={props.approved} />
      <h2>{t('signatures.cosigners.refused')}</h2>
      {props.refused.length === 0 ? <p>{t('signatures.cosigners.noneRefused')}</p> : <CosignerList ctx={ctx} cosigners={props.refused} />}
      <BackToCampaign ctx={ctx} campaign={campaign} text={text} />
    </Layout>
  );
}
