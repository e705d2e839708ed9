import type { RequestContext } from '../../../app/context.ts';
import { href } from '../../../app/layout.tsx';
import { allow } from '../../../app/policy.ts';
import type { Db } from '../../../db/client.ts';
import { keeperFigures } from './keepers.repository.ts';

/**
 * What the person page shows about keepers: how many keep the person (a count, never a name), and for a
 * signed-in visitor the way to their own keepings or, if they keep this person, to the keeper page.
 */
export type KeepersForPerson = { slug: string; active: number; mine: boolean; signedIn: boolean; keepable: boolean };

export async function keepersForPerson(db: Db, personId: string, ctx: RequestContext): Promise<KeepersForPerson> {
  const { slug, status, active, mine } = await keeperFigures(db, personId, ctx.actor.userId);
  return { slug, active, mine, signedIn: ctx.actor.userId !== null, keepable: status !== 'deceased' };
}

export function KeepersPersonBlock(props: { ctx: RequestContext; data: KeepersForPerson }) {
  const { ctx, data } = props;
  const { t } = ctx;
  const slug = encodeURIComponent(data.slug);
  return (
    <section class="solidarity-keepers" aria-labelledby="keepers-title">
      <h3 id="keepers-title">{t('keepers.person.title')}</h3>
      <p>{data.active > 0 ? t('keepers.person.count', { count: data.active }) : t('keepers.person.none')}</p>
      <p>
        {data.mine ? (
          <a href={href(ctx, `/keepers/${slug}`)}>{t('keepers.person.page')}</a>
        ) : (
          data.keepable && <a href={href(ctx, `/keepers/new?to=${slug}`)}>{t('keepers.person.become')}</a>
        )}
        {data.signedIn && <> · <a href={href(ctx, '/keepers/mine')}>{t('keepers.mine.title')}</a></>}
        {allow(ctx.actor, 'keepers.coordinate') && (
          <> · <a href={href(ctx, `/keepers/${slug}`)}>{t('keepers.person.coordinate')}</a></>
        )}
      </p>
    </section>
  );
}
