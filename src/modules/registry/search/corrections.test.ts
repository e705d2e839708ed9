import { describe, expect, it } from 'vitest';
import { correctedKeys, MAX_CORRECTED_KEYS, queryWords, type NearWord } from './corrections.ts';
import { similarity, WordIndex } from './word-index.ts';

const near = (entries: Record<string, NearWord[]>) => new Map(Object.entries(entries));

describe('corrected spellings for the fuzzy pass', () => {
  it('replaces a mistyped word by its near dictionary words, weighted by similarity', () => {
    const keys = correctedKeys(['yana arabejka'], near({ arabejka: [{ word: 'arabeika', sim: 0.6 }] }));
    expect(keys).toEqual([{ key: 'yana arabeika', weight: 0.6 }]);
  });

  it('leaves out one word of a three-word name (a patronymic the source did not publish)', () => {
    const keys = correctedKeys(['tarasenka aliaksei paulavich'], near({})).map((k) => k.key);
    expect(keys).toEqual(expect.arrayContaining(['tarasenka aliaksei', 'aliaksei paulavich', 'tarasenka paulavich']));
    expect(keys).not.toContain('tarasenka aliaksei paulavich');
  });

  it('never looks up more than the cap, however many words and candidates', () => {
    const many = Object.fromEntries(['a1', 'b1', 'c1', 'd1'].map((w) => [w, Array.from({ length: 5 }, (_, i) => ({ word: `${w}x${i}`, sim: 0.5 }))]));
    const keys = correctedKeys(Array.from({ length: 20 }, (_, i) => `a1 b1 c1 d1 k${i}`), near(many));
    expect(keys.length).toBeLessThanOrEqual(MAX_CORRECTED_KEYS);
    expect(keys.length).toBeGreaterThan(0);
  });

  it('collects the distinct words of the query keys', () => {
    expect(queryWords(['yana arabeika', 'arabeika yana', 'jana  arabejka'])).toEqual(['yana', 'arabeika', 'jana', 'arabejka']);
  });
});

describe('the in-memory word index', () => {
  const index = new WordIndex();
  for (const w of ['arabeika', 'arabejka', 'kalesnikava', 'kolesnikova', 'nikolaeva', 'nikolai', 'marina', 'nikol']) index.add(w);

  it('finds the most similar words, not the word itself, above the threshold', () => {
    const found = index.near('arabeyka', 3, 0.3).map((n) => n.word);
    expect(found[0]).toMatch(/^arabe[ij]ka$/);
    expect(found).not.toContain('marina');
    expect(index.near('arabeika', 3, 0.3).map((n) => n.word)).not.toContain('arabeika');
  });

  it('scores like pg_trgm: shared trigrams over all trigrams of both', () => {
    // "  ab", " ab", "ab " against "  ac", " ac", "ac ": one shared ("  a") of five distinct.
    expect(similarity('ab', 'ac')).toBeCloseTo(1 / 5);
    expect(similarity('nikolaeva', 'nikolaeva')).toBe(1);
  });

  it('completes a word typed in part, shortest first, without the word itself', () => {
    expect(index.startingWith('nikol', 5)).toEqual(['nikolai', 'nikolaeva']);
    expect(index.startingWith('zzz', 5)).toEqual([]);
  });

  it('counts a word added twice once', () => {
    const before = index.size;
    index.add('marina');
    expect(index.size).toBe(before);
  });
});
