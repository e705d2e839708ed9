// Small view pieces the needs pages, the person page and the keeper page share.
import type { RequestContext } from '../../../app/context.ts';
import { href } from '../../../app/layout.tsx';
import type { NeedWithCounts } from './needs.repository.ts';

/** Counts only: how many promised help, and how many kept their promise; never who. */
export function PledgeCounts({ ctx, need }: { ctx: RequestContext; need: Pick<NeedWithCounts, 'pledges' | 'fulfilled'> }) {
  const { t } = ctx;
  return (
    <span class="meta pledge-counts">
      {t('needs.count.pledges', { count: need.pledges })}
      {need.fulfilled > 0 && ` · ${t('needs.count.fulfilled', { count: need.fulfilled })}`}
    </span>
  );
}

/** A list of needs with their kind, words (in the language they were written in) and pledge counts. */
export function NeedList({ ctx, needs }: { ctx: RequestContext; needs: NeedWithCounts[] }) {
  const { t } = ctx;
  return (
    <ul class="needs">
      {needs.map((n) => (
        <li>
          <strong>{t(`needs.kind.${n.kind}`)}</strong>: <span lang={n.locale}>{n.description}</span> <PledgeCounts ctx={ctx} need={n} />
        </li>
      ))}
    </ul>
  );
}

/** What the page says about money wherever needs are shown: the rules, and the organisation's own page. */
export function MoneyRules({ ctx, moneyRulesUrl }: { ctx: RequestContext; moneyRulesUrl?: string }) {
  const { t } = ctx;
  return (
    <section class="money-rules" aria-labelledby="money-rules-title">
      <h2 id="money-rules-title">{t('needs.money.title')}</h2>
      <p>{t('needs.money.relatives')}</p>
      <p>{t('needs.money.extremist')}</p>
      <p>{t('needs.money.never')}</p>
      {moneyRulesUrl && (
        <p>
          <a href={moneyRulesUrl} rel="noreferrer noopener">{t('needs.money.link')}</a>
        </p>
      )}
    </section>
  );
}

export const needsPageHref = (ctx: RequestContext, slug: string) => href(ctx, `/people/${encodeURIComponent(slug)}/needs`);
