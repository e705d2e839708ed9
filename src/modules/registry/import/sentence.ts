// Sentence length from the text human rights groups publish ("2 1/2 years", "1 год и 6 месяцев",
// "6 гадоў"). The months feed "released in …" estimates and sorting; the text itself is always kept,
// so anything we cannot read returns null instead of guessing.

// Cyrillic-aware "end of word": \b only knows ASCII letters.
const END = '(?![\\p{L}])';

const YEAR_WORDS = 'years?|yrs?|год(?:а|ы)?|лет|гадоў|гады|г\\.';
const MONTH_WORDS = 'months?|mos?\\.?|мес(?:\\.|яц(?:а|ев|ы|аў)?)?';

// A number as published: "3", "2 1/2", "1/2", "2.5", "2,5".
const NUMBER = '(\\d+(?:\\s+\\d+\\/\\d+)?|\\d+\\/\\d+|\\d+[.,]\\d+)';

const YEARS_RE = new RegExp(`${NUMBER}\\s*(?:${YEAR_WORDS})${END}`, 'giu');
const MONTHS_RE = new RegExp(`${NUMBER}\\s*(?:${MONTH_WORDS})${END}`, 'giu');
const BARE_RE = new RegExp(`^${NUMBER}$`, 'u');
const LIFE_RE = /life|пожизнен|пажыццёв/iu;
// "полтора года" / "паўтара года": one and a half, written as a word.
const ONE_AND_HALF_RE = new RegExp(`(?:полтора|паўтара)\\s*(?:${YEAR_WORDS})${END}`, 'giu');

function toNumber(raw: string): number | null {
  const s = raw.trim().replace(',', '.');
  const mixed = /^(\d+)\s+(\d+)\/(\d+)$/.exec(s);
  if (mixed) return Number(mixed[3]) === 0 ? null : Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]);
  const frac = /^(\d+)\/(\d+)$/.exec(s);
  if (frac) return Number(frac[2]) === 0 ? null : Number(frac[1]) / Number(frac[2]);
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function sum(text: string, re: RegExp): { total: number; found: boolean } {
  let total = 0;
  let found = false;
  for (const m of text.matchAll(re)) {
    const n = toNumber(m[1]);
    if (n === null) continue;
    total += n;
    found = true;
  }
  return { total, found };
}

/**
 * Sentence length in whole months, or null for life sentences, empty text and text we cannot read.
 * Days are ignored ("6 years, 3 months and 2 days" → 75); amounts of money ("fine of 8,700 rubles") are
 * skipped because only numbers followed by a unit count. A bare number ("4 1/2") means years, as in
 * Viasna's list. Never throws.
 */
export function parseSentenceMonths(text: string): number | null {
  if (typeof text !== 'string') return null;
  const t = text.replace(/½/g, ' 1/2').replace(/\s+/g, ' ').trim();
  if (t === '' || LIFE_RE.test(t)) return null;

  const bare = BARE_RE.exec(t);
  if (bare) {
    const years = toNumber(bare[1]);
    return years === null ? null : Math.round(years * 12);
  }

  const years = sum(t, YEARS_RE);
  const months = sum(t, MONTHS_RE);
  const oneAndHalf = [...t.matchAll(ONE_AND_HALF_RE)].length;
  // Days alone ("15 суток") or no unit at all: nothing to count in months.
  if (!years.found && !months.found && oneAndHalf === 0) return null;
  return Math.round((years.total + oneAndHalf * 1.5) * 12 + months.total);
}
