// The public wall's reads, through the short in-memory cache (wall.cache.ts).
import type { Db } from '../../../db/client.ts';
import type { WallState } from '../solidarity.model.ts';
import { wallCacheOf } from './wall.cache.ts';
import { WALL_PAGE_SIZE } from './wall.model.ts';
import { approvedPage, entryFiles, type WallFiles, type WallPageResult } from './wall.repository.ts';

/** A page of the wall (or of a person's wall) after the given entry, newest first. */
export async function wallPage(db: Db, opts: { personId?: string; after?: { approvedOn: string; id: string } }): Promise<WallPageResult> {
  const cache = wallCacheOf(db);
  const key = `${opts.personId ?? ''}|${opts.after ? `${opts.after.approvedOn}_${opts.after.id}` : ''}`;
  const hit = cache.pages.get(key);
  if (hit) return hit;
  const readAt = cache.generation;
  const page = await approvedPage(db, { ...opts, limit: WALL_PAGE_SIZE });
  cache.pages.set(key, page, readAt);
  return page;
}

/** An entry's state and files, for serving one of them; approved entries come from the cache. */
export async function entryToServe(db: Db, id: string): Promise<(WallFiles & { state: WallState }) | undefined> {
  const cache = wallCacheOf(db);
  const hit = cache.files.get(id);
  if (hit) return { ...hit, state: 'approved' };
  const readAt = cache.generation;
  const entry = await entryFiles(db, id);
  if (entry?.state === 'approved') cache.files.set(id, { photoKey: entry.photoKey, thumbKey: entry.thumbKey }, readAt);
  return entry;
}
