import type { VNode } from 'preact';
import type { Deps, RequestContext } from '../../../app/context.ts';
import { href } from '../../../app/layout.tsx';
import { allow } from '../../../app/policy.ts';
import { todayIso } from '../../registry/registry.present.ts';
import type { CampaignRow, CampaignTextRow } from '../core/campaigns.tables.ts';
import { readCampaignPage } from '../core/core.read.ts';
import { approvedCosigners } from './cosign.repository.ts';
import { COSIGNERS_SHOWN, isSignedKind, SECTION_NAMES, signingClosedReason } from './signatures.model.ts';
import { campaignPath, CosignerList, Counter, NameList, SignLinks } from './signatures.parts.tsx';
import { publicNamesPage } from './signatures.repository.ts';

/**
 * What an open letter's or petition's page shows below its text (counter, goal, co-signing
 * organisations, public signatures, links to sign and co-sign). Called by the campaign page for kinds
 * 'open_letter' and 'petition'; null shows nothing. Two index reads with a LIMIT and the counter from the
 * campaign row: never a count over the signatures.
 */
export async function signaturesSection(deps: Deps, campaign: CampaignRow, _text: CampaignTextRow, ctx: RequestContext): Promise<VNode | null> {
  if (!isSignedKind(campaign.kind)) return null;
  const db = deps.database.db;
  const { t } = ctx;
  const [cosigners, latest] = await readCampaignPage(db, `signatures:${campaign.id}`, () =>
    Promise.all([approvedCosigners(db, campaign.id, COSIGNERS_SHOWN), publicNamesPage(db, campaign.id, { limit: SECTION_NAMES })]),
  );
  const closedReason = signingClosedReason(campaign, todayIso());
  const coordinator = allow(ctx.actor, 'signatures.signers');
  return (
    <section class="signatures" aria-labelledby="signatures-heading">
      <h2 id="signatures-heading">{t('signatures.heading')}</h2>
      <Counter ctx={ctx} campaign={campaign} closed={closedReason !== null} />
      <SignLinks ctx={ctx} campaign={campaign} closedReason={closedReason} />
      <h3>{t('signatures.cosigners.heading')}</h3>
      <CosignerList ctx={ctx} cosigners={cosigners} />
      <h3>{t('signatures.names.heading')}</h3>
      <NameList ctx={ctx} names={latest.names} />
      {latest.more && (
        <p>
          <a href={href(ctx, campaignPath(campaign, '/signatures'))}>{t('signatures.names.all')}</a>
        </p>
      )}
      {(coordinator || allow(ctx.actor, 'signatures.exports')) && (
        <nav aria-label={t('signatures.coordinate.nav')}>
          <ul>
            {coordinator && <li><a href={href(ctx, campaignPath(campaign, '/signers'))}>{t('signatures.signers.title')}</a></li>}
            {coordinator && <li><a href={href(ctx, campaignPath(campaign, '/cosigners'))}>{t('signatures.cosigners.manage')}</a></li>}
            <li><a href={href(ctx, campaignPath(campaign, '/exports'))}>{t('signatures.exports.title')}</a></li>
          </ul>
        </nav>
      )}
    </section>
  );
}
