// The fewest-friends list, kept in memory for half a minute (lib/short-cache.ts). It is the same for every
// visitor and the busiest friends page; counting every held person's friends and sorting them by count and
// name (ICU collation) takes 20-40 ms on the embedded database with 10,000 people, during which PGlite (in
// this thread) serves nobody else. A friendship confirmed or ended here clears it at once, so counts are
// never behind what this server did.
import { cachePerOwner, shortCache } from '../../../lib/short-cache.ts';
import type { Conn } from '../../registry/registry.repository.ts';
import { fewestFriends, type FewestItem } from './friends.repository.ts';

type Page = { items: FewestItem[]; total: number };
const cacheOf = cachePerOwner(() => shortCache<Page>({ ttlMs: 30_000, maxKeys: 500 }));

export function fewestFriendsPage(db: Conn, lang: string, page: number, pageSize: number): Promise<Page> {
  return cacheOf(db).read(`${lang}:${page}:${pageSize}`, () => fewestFriends(db, lang, page, pageSize));
}

/** A friendship was confirmed or ended: the counts changed. */
export function friendCountsChanged(db: object): void {
  cacheOf(db).changed();
}
