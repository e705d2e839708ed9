// The public wall's reads, kept a few seconds in memory (lib/short-cache.ts): its pages, and which files
// belong to approved entries (every thumbnail request asks). Pending entries always ask the database.
import type { Db } from '../../../db/client.ts';
import { cachePerOwner, shortCache } from '../../../lib/short-cache.ts';
import type { WallState } from '../solidarity.model.ts';
import { WALL_PAGE_SIZE } from './wall.model.ts';
import { approvedPage, entryFiles, type WallFiles, type WallPageResult } from './wall.repository.ts';

type Served = (WallFiles & { state: WallState }) | undefined;
const TTL = { ttlMs: 5_000, maxKeys: 500 };
const pagesOf = cachePerOwner(() => shortCache<WallPageResult>(TTL));
const filesOf = cachePerOwner(() => shortCache<Served>(TTL));

/** A page of the wall (or of a person's wall) after the given entry, newest first. */
export function wallPage(db: Db, opts: { personId?: string; after?: { approvedOn: string; id: string } }): Promise<WallPageResult> {
  const key = `${opts.personId ?? ''}|${opts.after ? `${opts.after.approvedOn}_${opts.after.id}` : ''}`;
  return pagesOf(db).read(key, () => approvedPage(db, { ...opts, limit: WALL_PAGE_SIZE }));
}

/** An entry's state and files, for serving one of them; approved entries come from the cache. */
export function entryToServe(db: Db, id: string): Promise<Served> {
  return filesOf(db).read(id, () => entryFiles(db, id), (e) => e?.state === 'approved');
}

/** What the wall shows changed (an approval, a takedown): called after the change commits. */
export function wallChanged(db: object): void {
  pagesOf(db).changed();
  filesOf(db).changed();
}
