// The fewest-friends list, kept in memory for half a minute. It is the same for every visitor and the
// busiest friends page; counting every held person's friends and sorting them by count and name (ICU
// collation) took 30-40 ms on the embedded database with 10,000 people, during which PGlite (in this
// thread) serves nobody else. A change this process makes (a friendship confirmed or ended) clears the copy
// at once, so counts here are never behind what this server did; one made by another process (several
// servers on one PostgreSQL) shows within FRESH_MS.
import type { Conn } from '../../registry/registry.repository.ts';
import { fewestFriends, type FewestItem } from './friends.repository.ts';

const FRESH_MS = 30_000;
type Page = { items: FewestItem[]; total: number };
const caches = new WeakMap<object, Map<string, { at: number; page: Promise<Page> }>>();

function cacheOf(db: object) {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

export function fewestFriendsPage(db: Conn, lang: string, page: number, pageSize: number): Promise<Page> {
  const cache = cacheOf(db);
  const key = `${lang}:${page}:${pageSize}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < FRESH_MS) return hit.page;
  // The promise is kept, so twenty requests arriving together run the query once.
  if (cache.size > 500) cache.clear(); // page numbers come from the query string: keep the map small
  const loading = fewestFriends(db, lang, page, pageSize);
  cache.set(key, { at: Date.now(), page: loading });
  loading.catch(() => cache.delete(key));
  return loading;
}

/** A friendship was confirmed or ended: the counts changed. */
export function friendCountsChanged(db: object): void {
  caches.get(db)?.clear();
}
