import { describe, expect, it } from 'vitest';
import { hammingDistance, normalisedWords, shingles, simhash } from './similarity.ts';

const LETTER = `Dear Ambassador, I am writing to ask for the immediate release of the journalist held in pre-trial detention
for more than two years. She has done nothing but report the news. Her health is failing and her family has not been
allowed to visit her. I urge your government to let the Red Cross see her, to allow her lawyer to meet her in private,
and to drop the charges against her. The whole world is watching this case. Yours sincerely`;

const OTHER = `Hello, our choir from Lyon sends warm greetings. We sang your favourite songs at the spring concert and
thought of you all evening. The chestnut trees are in bloom, the river is high after the rain, and the children have
painted a big yellow sun for you. We hope the parcel with the books arrives soon. With love from all of us`;

describe('similarity hash', () => {
  it('ignores case, punctuation and spacing', () => {
    expect(normalisedWords('Hello,   WORLD!  Привітання — 2024')).toEqual(['hello', 'world', 'привітання', '2024']);
    expect(simhash('Free them all, now!')).toBe(simhash('free   them ALL now'));
  });

  it('makes overlapping three-word runs', () => {
    expect(shingles(['a', 'b', 'c', 'd'])).toEqual(['a b c', 'b c d']);
    expect(shingles(['a', 'b'])).toEqual(['a b']);
    expect(shingles([])).toEqual([]);
  });

  it('is stable: the same text always gets the same 64-bit value, which fits a signed bigint', () => {
    const h = simhash(LETTER);
    expect(simhash(LETTER)).toBe(h);
    expect(h).toBeGreaterThanOrEqual(-(2n ** 63n));
    expect(h).toBeLessThan(2n ** 63n);
  });

  it('puts a letter with a small edit a few bits away', () => {
    // One changed word or phrase: within the distance that holds a letter for review (3).
    for (const [from, to] of [['Yours sincerely', 'Kind regards'], ['two years', 'three years'], ['Dear Ambassador,', 'Dear Madam Ambassador,'], ['news', 'truth']]) {
      expect(hammingDistance(simhash(LETTER), simhash(LETTER.replace(from, to))), from).toBeLessThanOrEqual(3);
    }
    // Two edits together are still close.
    const twice = LETTER.replace('Yours sincerely', 'Kind regards').replace('two years', 'three years');
    expect(hammingDistance(simhash(LETTER), simhash(twice))).toBeLessThanOrEqual(6);
  });

  it('puts different letters far apart', () => {
    expect(hammingDistance(simhash(LETTER), simhash(OTHER))).toBeGreaterThan(15);
  });

  it('counts differing bits, sign included', () => {
    expect(hammingDistance(0n, 0n)).toBe(0);
    expect(hammingDistance(0n, -1n)).toBe(64);
    expect(hammingDistance(5n, 6n)).toBe(2);
  });
});
