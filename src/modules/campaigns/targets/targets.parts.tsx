// View pieces the targets pages share: a target's facts (the public page shows members of parliament with them).
import type { RequestContext } from '../../../app/context.ts';
import { countryName } from '../../solidarity/sponsorships/sponsorships.model.ts';
import type { TargetRow } from './targets.tables.ts';

export const kindLabel = (ctx: RequestContext, kind: string) => ctx.t(`targets.kind.${kind}`);

/** Name as a heading, then party, constituency, e-mail and postal address: what a supporter needs to write. */
export function TargetCard({ ctx, target, headingLevel = 3 }: { ctx: RequestContext; target: TargetRow; headingLevel?: 2 | 3 }) {
  const { t } = ctx;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="target" aria-labelledby={`target-${target.id}`}>
      <Heading id={`target-${target.id}`}>{target.name}</Heading>
      {target.role && <p class="meta">{target.role}</p>}
      <dl>
        {target.party && (
          <>
            <dt>{t('targets.field.party')}</dt>
            <dd>{target.party}</dd>
          </>
        )}
        {target.constituency && (
          <>
            <dt>{t('targets.field.constituency')}</dt>
            <dd>{target.constituency}</dd>
          </>
        )}
        <dt>{t('targets.field.country')}</dt>
        <dd>{countryName(target.country, ctx.lang)}</dd>
        {target.email && (
          <>
            <dt>{t('targets.field.email')}</dt>
            <dd>
              <a href={`mailto:${target.email}`}>{target.email}</a>
            </dd>
          </>
        )}
        {target.postalAddress && (
          <>
            <dt>{t('targets.field.postalAddress')}</dt>
            <dd>
              <pre class="address-block">{target.postalAddress}</pre>
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
