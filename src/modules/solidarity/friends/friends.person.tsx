import type { RequestContext } from '../../../app/context.ts';
import { href } from '../../../app/layout.tsx';
import type { Db } from '../../../db/client.ts';
import { personFriendCounts } from './friends.repository.ts';

/** What the person page shows about friends: public counts only, and the way to become one. */
export type FriendsForPerson = { slug: string; friends: number; tasksDone: number; canBefriend: boolean } | null;

export async function friendsForPerson(db: Db, personId: string, ctx: RequestContext): Promise<FriendsForPerson> {
  void ctx;
  const row = await personFriendCounts(db, personId);
  return row && { slug: row.slug, friends: row.friends, tasksDone: row.tasksDone, canBefriend: row.status === 'current' };
}

export function FriendsPersonBlock(props: { ctx: RequestContext; data: FriendsForPerson }) {
  const { ctx, data } = props;
  if (!data) return null;
  const { t } = ctx;
  return (
    <div class="solidarity-friends">
      <h3>{t('friends.person.title')}</h3>
      <p class="friend-count">{t('friends.person.friends', { count: data.friends })} · {t('friends.person.done', { count: data.tasksDone })}</p>
      <p>
        {data.canBefriend && (
          <>
            <a href={href(ctx, `/friends/new?to=${encodeURIComponent(data.slug)}`)}>{t('friends.person.become')}</a>{' · '}
          </>
        )}
        <a href={href(ctx, '/friends')}>{t('friends.person.all')}</a>
      </p>
    </div>
  );
}
