// A friend's own page: their people, open tasks for each, what they have done, reminders, ending a friendship.
import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { displayName, formatIsoDate } from '../../registry/registry.present.ts';
import type { FriendRow } from './friends.repository.ts';
import type { FriendPageView } from './tasks.service.ts';

export type PageNotice = 'done' | 'already' | 'saved' | 'ended' | 'welcome';

export function photoUrl(doneId: string, token?: string) {
  return `/media/friends/${doneId}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
}

function TokenField({ token }: { token?: string }) {
  return token ? <input type="hidden" name="token" value={token} /> : null;
}

export function FriendOwnPage(props: { ctx: RequestContext; friend: FriendRow; view: FriendPageView; token?: string; notice?: PageNotice; error?: string }) {
  const { ctx, friend, view, token } = props;
  const { t, lang } = ctx;
  const totalDone = view.people.reduce((n, p) => n + p.done, 0);
  return (
    <Layout ctx={ctx} title={t('friends.me.title')}>
      <h1>{t('friends.me.title')}</h1>
      <p>{t('friends.me.hello', { name: friend.pseudonym })}</p>
      {props.notice && <Notice kind="success"><p>{t(`friends.me.notice.${props.notice}`)}</p></Notice>}
      {props.error && <Notice kind="error"><p>{t(props.error)}</p></Notice>}
      {token && <p class="hint">{t('friends.me.private')}</p>}
      <p>{t('friends.me.people', { count: view.people.length })} · {t('friends.me.doneCount', { count: totalDone })}</p>
      {view.people.length === 0 && <p>{t('friends.me.nobody')} <a href={href(ctx, '/friends')}>{t('friends.fewest.title')}</a></p>}
      {view.people.map((p) => {
        const name = displayName(p, lang);
        return (
          <section aria-labelledby={`p-${p.friendshipId}`}>
            <h2 id={`p-${p.friendshipId}`}><a href={href(ctx, `/people/${p.slug}`)}>{name}</a></h2>
            <p class="meta">{t('friends.me.since', { date: formatIsoDate(lang, p.confirmedOn) ?? '' })} · {t('friends.me.doneCount', { count: p.done })}</p>
            {p.tasks.length === 0 ? (
              <p>{t('friends.me.noTasks')}</p>
            ) : (
              <ul class="tasks">
                {p.tasks.map((task) => (
                  <li>
                    <h3 id={`t-${p.friendshipId}-${task.id}`}>{task.title}</h3>
                    <p class="meta">
                      {t(`friends.kind.${task.kind}`)}
                      {task.dueOn && <> · {t('friends.me.due', { date: formatIsoDate(lang, task.dueOn) ?? '' })}</>}
                    </p>
                    <p>{task.body}</p>
                    <form method="post" action={href(ctx, '/friends/me/done')} enctype="multipart/form-data" class="stack" aria-labelledby={`t-${p.friendshipId}-${task.id}`}>
                      <CsrfField ctx={ctx} />
                      <TokenField token={token} />
                      <input type="hidden" name="friendship" value={p.friendshipId} />
                      <input type="hidden" name="task" value={task.id} />
                      <div>
                        <label for={`photo-${p.friendshipId}-${task.id}`}>{t('friends.me.photo', { name: task.title })}</label>
                        <input id={`photo-${p.friendshipId}-${task.id}`} name="photo" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby={`photo-hint-${p.friendshipId}-${task.id}`} />
                        <p class="hint" id={`photo-hint-${p.friendshipId}-${task.id}`}>{t('friends.me.photoHint')}</p>
                      </div>
                      <button type="submit">{t('friends.me.markDone', { name: task.title })}</button>
                    </form>
                  </li>
                ))}
              </ul>
            )}
            <form method="post" action={href(ctx, '/friends/me/end')} class="inline">
              <CsrfField ctx={ctx} />
              <TokenField token={token} />
              <input type="hidden" name="friendship" value={p.friendshipId} />
              <button type="submit" class="link">{t('friends.me.end', { name })}</button>
            </form>
          </section>
        );
      })}
      {view.done.length > 0 && (
        <section aria-labelledby="done-title">
          <h2 id="done-title">{t('friends.me.doneTitle')}</h2>
          <ul class="done-tasks">
            {view.done.map((d) => (
              <li>
                {d.title} · {displayName(d, lang)} · {formatIsoDate(lang, d.doneOn)}
                {d.photoKey && (
                  <div>
                    <img src={photoUrl(d.id, token)} alt={t('friends.me.photoAlt', { name: d.title })} width={200} loading="lazy" />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="reminders-title">
        <h2 id="reminders-title">{t('friends.me.remindersTitle')}</h2>
        <form method="post" action={href(ctx, '/friends/me/reminders')} class="stack">
          <CsrfField ctx={ctx} />
          <TokenField token={token} />
          <div class="checkbox">
            <input id="f-reminders" name="reminders" type="checkbox" checked={friend.reminders} />
            <label for="f-reminders">{t('friends.new.reminders')}</label>
          </div>
          <button type="submit">{t('friends.me.remindersSave')}</button>
        </form>
      </section>
    </Layout>
  );
}
