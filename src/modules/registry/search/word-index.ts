// An in-memory trigram index over the dictionary of search words. pg_trgm answers the same question, but a
// similarity lookup there costs one to several milliseconds per word (GIN or GiST, a few thousand short
// words), while here it is a few hundred counter increments: the fuzzy pass must stay cheap under load.
import type { NearWord } from './corrections.ts';

/** The trigrams pg_trgm takes of one word: padded with two spaces before and one after. */
export function trigrams(word: string): string[] {
  const padded = `  ${word} `;
  const chars = [...padded];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  return [...out];
}

/** pg_trgm's similarity: shared trigrams over all distinct trigrams of both. */
export function similarity(a: string, b: string): number {
  const ta = new Set(trigrams(a));
  const tb = trigrams(b);
  const shared = tb.filter((t) => ta.has(t)).length;
  return shared / (ta.size + tb.length - shared);
}

export class WordIndex {
  private readonly words: string[] = [];
  private readonly known = new Set<string>();
  private readonly sizes: number[] = [];
  private readonly postings = new Map<string, number[]>();
  /** The words in code-point order, for prefix lookups; rebuilt after additions, when next asked. */
  private sorted: string[] | null = null;
  private shared = new Uint16Array(0);

  get size(): number {
    return this.words.length;
  }

  add(word: string): void {
    if (this.known.has(word) || word === '') return;
    const id = this.words.length;
    this.words.push(word);
    this.known.add(word);
    this.sorted = null;
    const grams = trigrams(word);
    this.sizes.push(grams.length);
    for (const g of grams) {
      const list = this.postings.get(g);
      if (list) list.push(id);
      else this.postings.set(g, [id]);
    }
  }

  /** Up to `limit` dictionary words other than `word` with similarity at least `threshold`, most similar first. */
  near(word: string, limit: number, threshold: number): NearWord[] {
    const grams = trigrams(word);
    // Shared-trigram counts per word id in one reused array; `touched` lists the ids to read back and reset.
    if (this.shared.length < this.words.length) this.shared = new Uint16Array(this.words.length * 2);
    const shared = this.shared;
    const touched: number[] = [];
    for (const g of grams) {
      const list = this.postings.get(g);
      if (list) for (const id of list) if (shared[id]++ === 0) touched.push(id);
    }
    const found: NearWord[] = [];
    for (const id of touched) {
      const n = shared[id];
      shared[id] = 0;
      const sim = n / (grams.length + this.sizes[id] - n);
      if (sim >= threshold && this.words[id] !== word) found.push({ word: this.words[id], sim });
    }
    return found.sort((a, b) => b.sim - a.sim || (a.word < b.word ? -1 : 1)).slice(0, limit);
  }

  /** Up to `limit` dictionary words that start with `prefix` and are longer, shortest first. */
  startingWith(prefix: string, limit: number): string[] {
    this.sorted ??= [...this.words].sort();
    const words = this.sorted;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < words.length && words[i].startsWith(prefix); i++) if (words[i] !== prefix) out.push(words[i]);
    return out.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, limit);
  }
}

