import { describe, expect, it } from 'vitest';
import { parseSentenceMonths } from './sentence.ts';

describe('sentence length in months', () => {
  it.each([
    ['3 years', 36],
    ['2 1/2 years', 30],
    ['4 1/2', 54],
    ['1 year', 12],
    ['15 months', 15],
    ['2 years and 8 months', 32],
    ['6 years, 3 months and 2 days', 75],
    ['6 years and 3 month', 75],
    ['8 1/2 years, fine of 8,700 rubles', 102],
    ['25 years', 300],
    ['1/2 year', 6],
    ['2,5 года', 30],
  ])('reads English and numeric forms: %s → %i', (text, months) => {
    expect(parseSentenceMonths(text)).toBe(months);
  });

  it.each([
    ['3 года', 36],
    ['2 года 6 месяцев', 30],
    ['1 год и 6 месяцев', 18],
    ['5 лет', 60],
    ['полтора года колонии-поселения', 18],
    ['6 лет 6 месяцев колонии общего режима', 78],
    ['6 гадоў', 72],
    ['3 гады', 36],
    ['1 год 6 месяцаў', 18],
    ['паўтара года', 18],
  ])('reads Russian and Belarusian forms: %s → %i', (text, months) => {
    expect(parseSentenceMonths(text)).toBe(months);
  });

  it.each(['', '   ', 'life', 'Life imprisonment', 'пожизненное', 'пожизненное лишение свободы', 'штраф 100 000 рублей', '15 суток', 'unknown'])(
    'returns null for life sentences and text without a term: %j',
    (text) => {
      expect(parseSentenceMonths(text)).toBeNull();
    },
  );

  it('never throws, whatever it is given', () => {
    for (const odd of [null, undefined, 42, {}, '1/0 years', '∞ years', '9'.repeat(400) + ' years']) {
      expect(() => parseSentenceMonths(odd as unknown as string)).not.toThrow();
    }
  });
});
