// The public list of campaigns: open ones first, newest first, then those that have closed.
import type { RequestContext } from '../../../app/context.ts';
import { href, Layout } from '../../../app/layout.tsx';
import { allow } from '../../../app/policy.ts';
import { formatIsoDate } from '../../registry/registry.present.ts';
import type { CampaignListItem } from './core.repository.ts';
import { campaignHref, counterText, KindLabel, langAttr, petitionFacts } from './core.parts.tsx';

function CampaignItem({ ctx, c }: { ctx: RequestContext; c: CampaignListItem }) {
  const lang = langAttr(ctx, c.textLang);
  const facts = petitionFacts(ctx, c);
  return (
    <li class="campaign-item">
      <h3>
        <a href={campaignHref(ctx, c.slug)} lang={lang}>
          {c.title ?? c.slug}
        </a>
      </h3>
      <p class="meta">
        <KindLabel ctx={ctx} kind={c.kind} /> {counterText(ctx, c)}
        {facts && <> · {facts}</>}
        {c.state === 'closed' && c.closedOn && <> · {ctx.t('campaigns.list.closedOn', { date: formatIsoDate(ctx.lang, c.closedOn) ?? c.closedOn })}</>}
      </p>
      {c.summary && <p lang={lang}>{c.summary}</p>}
    </li>
  );
}

export function CampaignListPage({ ctx, open, closed }: { ctx: RequestContext; open: CampaignListItem[]; closed: CampaignListItem[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('campaigns.list.title')}>
      <h1>{t('campaigns.list.title')}</h1>
      <p class="lead">{t('campaigns.list.intro')}</p>
      <ul class="inline-list">
        <li><a href={href(ctx, '/campaigns/representative')}>{t('campaigns.list.findRepresentative')}</a></li>
        <li><a href={href(ctx, '/events')}>{t('campaigns.list.events')}</a></li>
        {allow(ctx.actor, 'campaigns.manage') && <li><a href={href(ctx, '/campaigns/manage')}>{t('campaigns.manage.title')}</a></li>}
      </ul>
      <section aria-labelledby="open-campaigns">
        <h2 id="open-campaigns">{t('campaigns.list.open')}</h2>
        {open.length === 0 ? <p>{t('campaigns.list.noneOpen')}</p> : <ul class="people-list campaigns">{open.map((c) => <CampaignItem ctx={ctx} c={c} />)}</ul>}
      </section>
      {closed.length > 0 && (
        <section aria-labelledby="closed-campaigns">
          <h2 id="closed-campaigns">{t('campaigns.list.closed')}</h2>
          <ul class="people-list campaigns">{closed.map((c) => <CampaignItem ctx={ctx} c={c} />)}</ul>
        </section>
      )}
    </Layout>
  );
}
