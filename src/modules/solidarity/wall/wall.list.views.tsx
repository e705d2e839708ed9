// The public wall, a person's wall, and the moderators' queue.
import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { displayName } from '../../registry/registry.present.ts';
import { ShareLinks } from '../share/share.tsx';
import type { ShownEntry } from './wall.repository.ts';

/** Where a stored wall file is served: by its entry (looked up by key) and its random file name. */
export const wallFileUrl = (entryId: string, key: string) => `/media/wall/${entryId}/${key.slice('wall/'.length)}`;

/** The keyset cursor that opens the page after this entry. */
export const cursorOf = (e: { approvedOn: string | null; id: string }) => `${e.approvedOn}_${e.id}`;

function EntryCard({ ctx, entry, image, imageLink }: { ctx: RequestContext; entry: ShownEntry; image: string; imageLink?: string }) {
  const { t } = ctx;
  const img = <img src={image} width={160} height={160} alt={t('wall.entry.alt', { name: entry.name })} loading="lazy" />;
  return (
    <li class="wall-entry">
      {imageLink ? <a href={imageLink}>{img}</a> : img}
      <p class="person-name">{entry.name}</p>
      <blockquote lang={entry.locale}>{entry.statement}</blockquote>
      {entry.person && (
        <p>
          <a href={href(ctx, `/people/${entry.person.slug}`)}>{t('wall.entry.for', { name: displayName(entry.person, ctx.lang) })}</a>
        </p>
      )}
    </li>
  );
}

export interface WallPageProps {
  ctx: RequestContext;
  entries: (ShownEntry & { thumbKey: string })[];
  /** The cursor of the next (older) page, when there is one. */
  next: string | null;
  /** Whether this is a later page (a link back to the newest is shown). */
  later: boolean;
  /** A person's wall, or the whole wall. */
  person: { slug: string; name: string } | null;
  share: { url: string; hashtag: string };
}

export function WallPage(props: WallPageProps) {
  const { ctx, entries, person } = props;
  const { t } = ctx;
  const title = person ? t('wall.person.title', { name: person.name }) : t('wall.title');
  const base = person ? `/people/${person.slug}/wall` : '/wall';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{person ? t('wall.person.intro', { name: person.name }) : t('wall.intro')}</p>
      <p>
        <a class="button" href={href(ctx, person ? `/wall/new?to=${encodeURIComponent(person.slug)}` : '/wall/new')}>
          {person ? t('wall.showFaceFor', { name: person.name }) : t('wall.showFace')}
        </a>
      </p>
      {entries.length === 0 ? (
        <p>{t(props.later ? 'wall.noMore' : 'wall.empty')}</p>
      ) : (
        <ul class="areas wall-grid" aria-label={t('wall.entries')}>
          {entries.map((e) => (
            <EntryCard ctx={ctx} entry={e} image={wallFileUrl(e.id, e.thumbKey)} />
          ))}
        </ul>
      )}
      {(props.next || props.later) && (
        <nav class="pagination" aria-label={t('wall.pages')}>
          <ul>
            {props.later && <li><a href={href(ctx, base)}>{t('wall.newest')}</a></li>}
            {props.next && <li><a href={href(ctx, `${base}?after=${props.next}`)} rel="next">{t('wall.older')}</a></li>}
          </ul>
        </nav>
      )}
      {person && (
        <p>
          <a href={href(ctx, `/people/${person.slug}`)}>{t('registry.backTo', { name: person.name })}</a> · <a href={href(ctx, '/wall')}>{t('wall.backToWall')}</a>
        </p>
      )}
      <section aria-labelledby="share-title">
        <h2 id="share-title">{t('share.title')}</h2>
        <ShareLinks ctx={ctx} url={props.share.url} text={person ? t('wall.share.textFor', { name: person.name }) : t('wall.share.text')} hashtag={props.share.hashtag} />
      </section>
    </Layout>
  );
}

export function ModerationPage(props: { ctx: RequestContext; entries: (ShownEntry & { photoKey: string })[]; done?: string }) {
  const { ctx, entries } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('wall.moderation.title')}>
      <h1>{t('wall.moderation.title')}</h1>
      <p>{t('wall.moderation.intro')}</p>
      {props.done && (
        <Notice kind="success">
          <p>{t(`wall.moderation.done.${props.done}`)}</p>
        </Notice>
      )}
      {entries.length === 0 ? (
        <p>{t('wall.moderation.empty')}</p>
      ) : (
        <ul class="people-list">
          {entries.map((e) => (
            <li id={`entry-${e.id}`}>
              <ul class="inline-list">
                <EntryCard ctx={ctx} entry={e} image={wallFileUrl(e.id, e.photoKey)} imageLink={wallFileUrl(e.id, e.photoKey)} />
              </ul>
              <p class="hint">{t('wall.moderation.sent', { date: ctx.formatDate(new Date(`${e.createdOn}T00:00:00Z`)) })}</p>
              <form method="post" action={href(ctx, `/wall/moderation/${e.id}`)} class="inline-form">
                <CsrfField ctx={ctx} />
                <button type="submit" name="decision" value="approve">{t('wall.moderation.approve', { name: e.name })}</button>
                <button type="submit" name="decision" value="reject" class="danger">{t('wall.moderation.reject', { name: e.name })}</button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
