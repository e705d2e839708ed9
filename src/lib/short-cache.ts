// Reads kept in memory for a few seconds. The embedded database answers one query at a time in the server's
// own thread, so a page every visitor sees the same (the wall, the fewest-friends list) is read once and
// shared: requests arriving together wait for the same read. The feature calls changed() after each change
// commits, which forgets everything at once in this process; another process (several servers on one
// PostgreSQL) sees the change within ttlMs.

export interface ShortCache<T> {
  /** The kept answer for the key, or load()'s; `keep` says whether an answer may be kept at all. */
  read(key: string, load: () => Promise<T>, keep?: (value: T) => boolean): Promise<T>;
  /** Something the answers depend on changed: forget them, including reads still under way. */
  changed(): void;
}

interface Kept<T> {
  value: Promise<T>;
  at: number;
}

export function shortCache<T>(opts: { ttlMs: number; maxKeys: number }): ShortCache<T> {
  const kept = new Map<string, Kept<T>>();
  let generation = 0;
  const forget = (key: string, entry: Kept<T>) => {
    if (kept.get(key) === entry) kept.delete(key);
  };
  return {
    read(key, load, keep) {
      const hit = kept.get(key);
      if (hit && Date.now() - hit.at <= opts.ttlMs) return hit.value;
      // Keys come from query strings: drop the oldest rather than grow without bound.
      if (kept.size >= opts.maxKeys) kept.delete(kept.keys().next().value!);
      const startedIn = generation;
      const entry: Kept<T> = { value: load(), at: Date.now() };
      kept.set(key, entry);
      entry.value.then(
        // A change during the read could have been missed by it: such an answer is used once, not kept.
        (value) => (startedIn !== generation || (keep && !keep(value))) && forget(key, entry),
        () => forget(key, entry),
      );
      return entry.value;
    },
    changed() {
      generation++;
      kept.clear();
    },
  };
}

/** One cache per owner (a database): two apps in one process, as in the tests, never share answers. */
export function cachePerOwner<C>(make: () => C): (owner: object) => C {
  const caches = new WeakMap<object, C>();
  return (owner) => {
    let cache = caches.get(owner);
    if (!cache) caches.set(owner, (cache = make()));
    return cache;
  };
}
