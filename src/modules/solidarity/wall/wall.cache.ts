// What the public wall reads most: its pages and which files belong to approved entries. Every page view
// is one query and a thumbnail request per entry; the embedded database answers one query at a time, so
// these answers are kept in memory for a few seconds. Any change to what the wall shows (approve,
// takedown) empties the cache at once in this process; another process (several app servers on one
// PostgreSQL) sees it within TTL_MS. Only approved entries are cached: pending ones always ask the database.

import type { WallFiles, WallPageResult } from './wall.repository.ts';

const TTL_MS = 5_000;
const MAX_KEYS = 500;

interface Cached<T> {
  value: T;
  at: number;
  generation: number;
}

class Memo<T> {
  private store = new Map<string, Cached<T>>();
  constructor(private owner: WallCache) {}

  get(key: string): T | undefined {
    const hit = this.store.get(key);
    if (!hit) return undefined;
    if (hit.generation !== this.owner.generation || Date.now() - hit.at > TTL_MS) {
      this.store.delete(key);
      return undefined;
    }
    return hit.value;
  }

  /** Caches what a read found; `readAt` is the generation the read began in, so a change during the read leaves it uncached. */
  set(key: string, value: T, readAt: number): void {
    if (readAt !== this.owner.generation) return;
    if (this.store.size >= MAX_KEYS) this.store.delete(this.store.keys().next().value!);
    this.store.set(key, { value, at: Date.now(), generation: readAt });
  }
}

export class WallCache {
  generation = 0;
  readonly pages = new Memo<WallPageResult>(this);
  readonly files = new Memo<WallFiles>(this);

  /** Forgets everything: called after a change commits (before, a reader could cache the old state again). */
  changed(): void {
    this.generation++;
  }
}

// One cache per database: two apps in one process (the tests) never see each other's entries.
const caches = new WeakMap<object, WallCache>();

export function wallCacheOf(db: object): WallCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new WallCache()));
  return cache;
}
