// The fuzzy pass, in words. When no stored spelling equals or starts with any query key, the query most
// likely has a wrong or missing letter in a word, or one word too many (a patronymic the source did not
// publish). Each query word is replaced by its nearest dictionary words, a word is dropped from names of
// three or more, and the resulting spellings go through the same exact/prefix lookup as the first pass.

/** A spelling to look up and how much to trust it (0..1, the product of the word similarities). */
export interface WeightedKey {
  key: string;
  weight: number;
}

/** A dictionary word near a query word, with its trigram similarity. */
export interface NearWord {
  word: string;
  sim: number;
}

/** How many spellings the fuzzy pass looks up at most (each is one b-tree probe), and at most per query key. */
export const MAX_CORRECTED_KEYS = 64;
const PER_KEY = 8;

/** A dropped word costs a little: a name given in full should match the full name first. */
const DROPPED_WORD_WEIGHT = 0.9;

/** The distinct words of the query keys: what to look up in the dictionary. */
export function queryWords(keys: string[]): string[] {
  return [...new Set(keys.flatMap((k) => k.split(' ')).filter((w) => w !== ''))];
}

/** The word lists to try for one key: the key itself and, for three words or more, each with one word left out. */
function wordLists(words: string[]): { words: string[]; weight: number }[] {
  const lists = [{ words, weight: 1 }];
  if (words.length >= 3) for (let i = 0; i < words.length; i++) lists.push({ words: words.filter((_, j) => j !== i), weight: DROPPED_WORD_WEIGHT });
  return lists;
}

/** Every combination of the words' candidates, best first; the word as typed stays a candidate (it may be a prefix). */
function combinations(words: string[], near: Map<string, NearWord[]>, weight: number): WeightedKey[] {
  let out: WeightedKey[] = [{ key: '', weight }];
  for (const w of words) {
    const options = [{ word: w, sim: 1 }, ...(near.get(w) ?? []).filter((n) => n.word !== w)];
    out = out.flatMap((partial) => options.map((o) => ({ key: partial.key ? `${partial.key} ${o.word}` : o.word, weight: partial.weight * o.sim })));
    // Keep the product small: only the best partial spellings are worth extending.
    out = out.sort((a, b) => b.weight - a.weight).slice(0, PER_KEY);
  }
  return out;
}

/**
 * The spellings the fuzzy pass looks up, best first, without the query keys themselves (the first pass
 * already found nothing under them).
 */
export function correctedKeys(keys: string[], near: Map<string, NearWord[]>): WeightedKey[] {
  const asTyped = new Set(keys);
  const best = new Map<string, number>();
  for (const k of keys) {
    // Each query key gets its own share, so the Latin renderings of a Cyrillic query cannot crowd out the rest.
    const mine = wordLists(k.split(' ').filter((w) => w !== ''))
      .flatMap((list) => combinations(list.words, near, list.weight))
      .filter((c) => !asTyped.has(c.key))
      .sort((a, b) => b.weight - a.weight)
      .slice(0, PER_KEY);
    for (const c of mine) if (c.weight > (best.get(c.key) ?? 0)) best.set(c.key, c.weight);
  }
  return [...best]
    .map(([key, weight]) => ({ key, weight }))
    .sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key))
    .slice(0, MAX_CORRECTED_KEYS);
}
