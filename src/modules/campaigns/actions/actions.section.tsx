import type { VNode } from 'preact';
import type { Deps, RequestContext } from '../../../app/context.ts';
import { href } from '../../../app/layout.tsx';
import { allow } from '../../../app/policy.ts';
import type { CampaignRow, CampaignTextRow } from '../core/campaigns.tables.ts';
import { readCampaignPage } from '../core/core.read.ts';
import { writableTargets } from './write.service.ts';

/**
 * What a letter action's page shows below its text: the public counter, whom the letters go to, and the
 * link to write (plus the coordinators' pages for those who may open them). Null for other kinds.
 */
export async function actionsSection(deps: Deps, campaign: CampaignRow, _text: CampaignTextRow, ctx: RequestContext): Promise<VNode | null> {
  if (campaign.kind !== 'letter_action') return null;
  const { t } = ctx;
  const base = `/campaigns/${campaign.slug}`;
  const db = deps.database.db;
  const targets = campaign.addressing === 'targets' ? await readCampaignPage(db, `letter-targets:${campaign.id}`, () => writableTargets(db, campaign)) : [];
  const ways = [campaign.allowServer && t('campaignLetters.section.wayServer'), campaign.allowMailto && t('campaignLetters.section.wayMailto')].filter(Boolean).join(' ');
  return (
    <section class="campaign-letters" aria-labelledby="campaign-letters-heading">
      <h2 id="campaign-letters-heading">{t('campaignLetters.section.title')}</h2>
      <p class="lead">
        <strong>{t('campaignLetters.counter', { count: campaign.letterCount })}</strong>
      </p>
      <h3>{t('campaignLetters.section.to')}</h3>
      {campaign.addressing === 'own_representative' ? (
        <p>{t('campaignLetters.section.ownRepresentative')}</p>
      ) : (
        <ul>
          {targets.map((target) => (
            <li>{[target.name, target.role].filter(Boolean).join(' — ')}</li>
          ))}
        </ul>
      )}
      {campaign.state === 'open' ? (
        <>
          <p>{ways}</p>
          <p>
            <a class="button" href={href(ctx, `${base}/write`)}>
              {t('campaignLetters.section.write')}
            </a>
          </p>
        </>
      ) : (
        <p>{t('campaignLetters.form.closed')}</p>
      )}
      {(allow(ctx.actor, 'actions.review') || allow(ctx.actor, 'actions.replies')) && (
        <ul class="inline-list">
          {allow(ctx.actor, 'actions.review') && <li><a href={href(ctx, `${base}/held`)}>{t('campaignLetters.section.held')}</a></li>}
          {allow(ctx.actor, 'actions.replies') && <li><a href={href(ctx, `${base}/replies`)}>{t('campaignLetters.section.replies')}</a></li>}
        </ul>
      )}
    </section>
  );
}
