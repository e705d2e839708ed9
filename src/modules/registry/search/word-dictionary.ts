// The dictionary of search words as the fuzzy pass reads it: loaded into memory once per database handle,
// then topped up with the rows added since (the id only grows), so words of a person saved a moment ago,
// by this process or another, are there on the next search.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { preparedRows } from '../../../db/prepared.ts';
import type { NearWord } from './corrections.ts';
import { WordIndex } from './word-index.ts';

/** How alike a dictionary word must be (trigram similarity) to stand in for a query word, and how many may. */
const WORD_THRESHOLD = 0.3;
const NEAR_WORDS = 3;

// Ids are taken in insert order but become visible in commit order, so a word of a long transaction can
// land below the id already read; a full reload now and then picks it up, and drops pruned words.
const RELOAD_MS = 10 * 60 * 1000;
// Every search consults the dictionary; asking the database for new words once a second is plenty for
// words written by another process. Words written by this one are asked for at once.
const TOP_UP_MS = 1000;

interface Loaded {
  index: WordIndex;
  lastId: number;
  /** When the last full load and the last top-up started (0: never). */
  loadedAt: number;
  toppedUpAt: number;
  /** The load or top-up under way: one at a time per handle. */
  pending?: Promise<void>;
}

/** Any handle that can run a query: the database, or a transaction on it. */
type Conn = Pick<Db, 'execute'>;

const loaded = new WeakMap<Conn, Loaded>();
let writtenAt = 0;

/** Tells the dictionary this process has just written search keys: the next search reads the new words. */
export function searchWordsWritten(): void {
  writtenAt = Date.now();
}

/** Reads the words past `lastId` (all of them for a full load) into an index, and only then puts it in use. */
async function refresh(db: Conn, d: Loaded, full: boolean): Promise<void> {
  const startedAt = Date.now();
  const index = full ? new WordIndex() : d.index;
  let lastId = full ? 0 : d.lastId;
  const rows = await preparedRows<{ id: string | number; word: string }>(db, sql`SELECT id, word FROM search_words WHERE id > ${lastId} ORDER BY id`);
  for (const r of rows) {
    index.add(r.word);
    lastId = Math.max(lastId, Number(r.id));
  }
  Object.assign(d, { index, lastId, toppedUpAt: startedAt }, full ? { loadedAt: startedAt } : {});
}

async function dictionary(db: Conn): Promise<WordIndex> {
  let d = loaded.get(db);
  if (!d) {
    d = { index: new WordIndex(), lastId: 0, loadedAt: 0, toppedUpAt: 0 };
    loaded.set(db, d);
  }
  const now = Date.now();
  const full = now - d.loadedAt > RELOAD_MS;
  const due = full || now - d.toppedUpAt >= TOP_UP_MS || d.toppedUpAt <= writtenAt;
  if (due && !d.pending) {
    const entry = d;
    // A failed read leaves the index as it was; the search's own query reports a database that is down.
    entry.pending = refresh(db, entry, full)
      .catch(() => undefined)
      .finally(() => (entry.pending = undefined));
  }
  // Searches wait only when the index lacks what they must find (nothing loaded yet, or words this process
  // just wrote); the periodic reload is built beside the index in use and swapped in when complete.
  if (d.pending && (d.loadedAt === 0 || d.toppedUpAt <= writtenAt)) await d.pending;
  return d.index;
}

/** A word typed in part ("Nikol") is completed to whole words from this many letters on. */
const MIN_PREFIX = 3;
const COMPLETIONS = 5;

/**
 * The dictionary words that may stand in for a query word (not the word itself): the most similar ones,
 * and the words it is the start of, weighted by how much of the word was typed.
 */
export async function nearWords(db: Conn, words: string[]): Promise<Map<string, NearWord[]>> {
  const index = await dictionary(db);
  return new Map(
    words.map((w) => {
      const options = new Map(index.near(w, NEAR_WORDS, WORD_THRESHOLD).map((n) => [n.word, n.sim]));
      if ([...w].length >= MIN_PREFIX) {
        for (const c of index.startingWith(w, COMPLETIONS)) options.set(c, Math.max(options.get(c) ?? 0, 0.6 + (0.4 * w.length) / c.length));
      }
      return [w, [...options].map(([word, sim]) => ({ word, sim }))];
    }),
  );
}

/** Drops dictionary words no stored key uses any more (after renames and deletions); run from the hourly maintenance. */
export async function pruneSearchWords(db: Conn): Promise<void> {
  await db.execute(sql`DELETE FROM search_words WHERE word NOT IN (SELECT DISTINCT unnest(string_to_array(key, ' ')) FROM person_search_keys)`);
}
