import type { RequestContext } from '../../../app/context.ts';
import { href } from '../../../app/layout.tsx';
import type { Db } from '../../../db/client.ts';
import { displayName } from '../../registry/registry.present.ts';
import { findPersonById } from '../../registry/registry.repository.ts';
import { WALL_PERSON_THUMBS } from './wall.model.ts';
import { wallFileUrl } from './wall.list.views.tsx';
import { personSummary } from './wall.repository.ts';

/** What the person page shows about wall: loaded with the page, rendered in its solidarity section. */
export type WallForPerson = {
  slug: string;
  name: string;
  count: number;
  latest: { id: string; name: string; thumbKey: string }[];
};

/** Two indexed reads (wall_entries_person_idx): the count of approved entries and the newest few. */
export async function wallForPerson(db: Db, personId: string, ctx: RequestContext): Promise<WallForPerson | null> {
  const [person, summary] = await Promise.all([findPersonById(db, personId), personSummary(db, personId, WALL_PERSON_THUMBS)]);
  if (!person) return null;
  return { slug: person.slug, name: displayName(person, ctx.lang), ...summary };
}

export function WallPersonBlock(props: { ctx: RequestContext; data: WallForPerson | null }) {
  const { ctx, data } = props;
  if (!data) return null;
  const { t } = ctx;
  return (
    <section aria-labelledby="wall-person-title" class="wall-person">
      <h3 id="wall-person-title">{t('wall.block.title')}</h3>
      <p>{t('wall.block.count', { count: data.count, name: data.name })}</p>
      {data.latest.length > 0 && (
        <ul class="inline-list wall-thumbs">
          {data.latest.map((e) => (
            <li>
              <img src={wallFileUrl(e.id, e.thumbKey)} width={80} height={80} alt={t('wall.entry.alt', { name: e.name })} loading="lazy" />
            </li>
          ))}
        </ul>
      )}
      <ul class="inline-list">
        {data.count > 0 && (
          <li>
            <a href={href(ctx, `/people/${data.slug}/wall`)}>{t('wall.block.all', { count: data.count })}</a>
          </li>
        )}
        <li>
          <a href={href(ctx, `/wall/new?to=${encodeURIComponent(data.slug)}`)}>{t('wall.showFaceFor', { name: data.name })}</a>
        </li>
      </ul>
    </section>
  );
}
