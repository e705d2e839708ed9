// Pieces shared by the section on the campaign page and the feature's own pages.
import type { RequestContext } from '../../../app/context.ts';
import { href } from '../../../app/layout.tsx';
import type { CampaignRow } from '../core/campaigns.tables.ts';
import type { ListedCosigner } from './cosign.repository.ts';
import type { PublicName } from './signatures.repository.ts';

export const campaignPath = (c: Pick<CampaignRow, 'slug'>, rest = '') => `/campaigns/${c.slug}${rest}`;
export const dateOf = (ctx: RequestContext, iso: string) => ctx.formatDate(new Date(`${iso}T00:00:00Z`));

/** The counter; for a petition, the goal as a native progress bar (no script, no inline style) and the deadline. */
export function Counter({ ctx, campaign, closed }: { ctx: RequestContext; campaign: CampaignRow; closed: boolean }) {
  const { t } = ctx;
  const count = campaign.signatureCount;
  const goal = campaign.kind === 'petition' ? campaign.goal : null;
  return (
    <div class="signature-counter">
      <p class="counter">
        <strong>{t('signatures.count', { count })}</strong>
      </p>
      {goal !== null && goal > 0 && (
        <p>
          <label for={`goal-${campaign.id}`}>{t('signatures.goal', { count, n: goal })}</label>
          <br />
          <progress id={`goal-${campaign.id}`} max={goal} value={Math.min(count, goal)}>
            {t('signatures.goalPercent', { n: Math.min(100, Math.floor((count * 100) / goal)) })}
          </progress>
        </p>
      )}
      {campaign.deadline && <p>{t(closed ? 'signatures.deadlinePassed' : 'signatures.deadline', { date: dateOf(ctx, campaign.deadline) })}</p>}
      {campaign.kind === 'petition' && campaign.handoverState && campaign.handoverState !== 'collecting' && (
        <p>{t(`signatures.handover.${campaign.handoverState}`, { date: campaign.handoverOn ? dateOf(ctx, campaign.handoverOn) : 'none' })}</p>
      )}
    </div>
  );
}

/** A co-signer's website: a link that passes nothing on and gives no search-engine credit. */
export function Website({ url }: { url: string | null }) {
  if (!url) return null;
  const shown = url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  return (
    <a href={url} rel="nofollow noreferrer noopener ugc">
      {shown}
    </a>
  );
}

export function CosignerList({ ctx, cosigners }: { ctx: RequestContext; cosigners: ListedCosigner[] }) {
  if (cosigners.length === 0) return <p>{ctx.t('signatures.cosigners.none')}</p>;
  return (
    <ul class="cosigners">
      {cosigners.map((c) => (
        <li>
          <strong>{c.name}</strong> ({c.country}){c.website && <> · <Website url={c.website} /></>}
        </li>
      ))}
    </ul>
  );
}

export function NameList({ ctx, names }: { ctx: RequestContext; names: PublicName[] }) {
  if (names.length === 0) return <p>{ctx.t('signatures.names.none')}</p>;
  return (
    <ul class="signature-names">
      {names.map((n) => (
        <li>
          {n.name}
          {n.place && <>, {n.place}</>}
        </li>
      ))}
    </ul>
  );
}

/** The links to sign and co-sign while the campaign takes signatures, or why it does not. */
export function SignLinks({ ctx, campaign, closedReason }: { ctx: RequestContext; campaign: CampaignRow; closedReason: 'closed' | 'deadline' | null }) {
  const { t } = ctx;
  if (closedReason) return <p class="notice notice-info">{t(`signatures.closed.${closedReason}`)}</p>;
  return (
    <p class="actions">
      <a class="button" href={href(ctx, campaignPath(campaign, '/sign'))}>
        {t(campaign.kind === 'petition' ? 'signatures.signPetition' : 'signatures.signLetter')}
      </a>{' '}
      <a href={href(ctx, campaignPath(campaign, '/cosign'))}>{t('signatures.cosignLink')}</a>
    </p>
  );
}

/** Keyset paging of a list of names: back to the newest, and on to older ones (`next`: the cursor, or none). */
export function NamePager({ ctx, base, older, next }: { ctx: RequestContext; base: string; older: boolean; next: string | null }) {
  const { t } = ctx;
  return (
    <nav aria-label={t('signatures.names.pages')}>
      <ul>
        {older && <li><a href={base}>{t('signatures.names.newest')}</a></li>}
        {next && <li><a href={`${base}?before=${next}`} rel="next">{t('signatures.names.older')}</a></li>}
      </ul>
    </nav>
  );
}
