import type { RequestContext } from '../../../app/context.ts';
import { href } from '../../../app/layout.tsx';
import { allow } from '../../../app/policy.ts';
import type { Db } from '../../../db/client.ts';
import { NeedList, needsPageHref } from './needs.parts.tsx';
import { needsOf, slugOf, type NeedWithCounts } from './needs.repository.ts';

/** What the person page shows about needs: the open ones with their kind and pledge counts (never who pledged). */
export type NeedsForPerson = { slug: string; needs: NeedWithCounts[] };

export async function needsForPerson(db: Db, personId: string, ctx: RequestContext): Promise<NeedsForPerson> {
  void ctx;
  const [slug, needs] = await Promise.all([slugOf(db, personId), needsOf(db, personId, ['open'])]);
  return { slug: slug ?? '', needs };
}

export function NeedsPersonBlock(props: { ctx: RequestContext; data: NeedsForPerson }) {
  const { ctx, data } = props;
  const { t } = ctx;
  return (
    <section class="solidarity-needs" aria-labelledby="needs-block-title">
      <h3 id="needs-block-title">{t('needs.person.title')}</h3>
      {data.needs.length === 0 ? <p>{t('needs.person.none')}</p> : <NeedList ctx={ctx} needs={data.needs} />}
      <p>
        <a href={needsPageHref(ctx, data.slug)}>{data.needs.length > 0 ? t('needs.person.pledge') : t('needs.person.page')}</a>
        {allow(ctx.actor, 'needs.manage') && <> · <a href={href(ctx, `/needs/${encodeURIComponent(data.slug)}/edit`)}>{t('needs.person.manage')}</a></>}
      </p>
    </section>
  );
}
