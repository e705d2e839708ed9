import type { Match, Token } from './patterns.ts';

/** Findings that come from the shape of the text rather than from a word list. */
export type ShapeCode = 'link' | 'phone' | 'cipher' | 'case' | 'foreign';

// JavaScript's \b knows only ASCII letters; these are word edges for every script.
const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;

const LINK = [
  /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu,
  /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu,
  new RegExp(
    String.raw`(?<![\p{L}\d@.])[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|org|net|info|io|me|eu|by|ru|ua|kz|de|pl|fr|es|uk|su|рф|бел|укр|tv|app|online|site)${E}(?:\/[^\s<>"]*)?`,
    'giu',
  ),
  // Handles on Telegram, Instagram, X: "@name", "t.me/name".
  /(?<![\p{L}\d])@[A-Za-z0-9_]{3,}/gu,
];

/** Nine or more digits, written with spaces, dots, dashes or brackets between them. */
const PHONE = /(?<![\d])\+?\d(?:[\s().-]{0,2}\d){8,14}(?!\d)/gu;

/** "Article 342", "ст. 361", "§ 129": the code's articles are details of the case. */
const ARTICLE = new RegExp(
  String.raw`(?:${B}(?:article|art|артыкул\p{L}*|стать\p{L}*|ст|стаття|статті|artikel|paragraph|paragraf\p{L}*|artykuł\p{L}*|art[íi]culo)\.?|§)\s*(?:ч\.?\s*\d+\s*)?\d{2,3}(?:[.-]\d+)?${E}`,
  'giu',
);
/** The Russian and Belarusian order: "по 342-й статье", "342 артыкулу". */
const ARTICLE_AFTER = new RegExp(String.raw`${B}\d{2,3}(?:\s?[-‑]?\s?\p{L}{1,3})?\s+(?:стать\p{L}*|артыкул\p{L}*|ст\.)`, 'giu');

/**
 * Codes: groups of numbers ("4-17-22", "3 17 22 5"), long runs of digits, and words that mix
 * letters and digits ("x7k2"). Dates (12.03.2024, 12/03/24) and times (4:12:37) are not codes.
 */
const NUMBER_GROUPS = /(?<![\d.:/-])\d{1,4}(?:\s?[-–/.,:]\s?\d{1,4}|\s\d{1,4}){2,}(?![\d.:/-]*\d)/gu;
const DIGIT_RUN = /(?<!\d)\d{5,8}(?!\d)/gu;
const MIXED = new RegExp(String.raw`${B}(?=[\p{L}\d]*\d[\p{L}\d]*\p{L}[\p{L}\d]*\d)[\p{L}\d]{4,}${E}`, 'gu');
const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}:\d{2}:\d{2})$/u;

function regexMatches<C extends string>(text: string, regex: RegExp, code: C, keep: (s: string) => boolean = () => true): Match<C>[] {
  const found: Match<C>[] = [];
  for (const m of text.matchAll(regex)) if (keep(m[0])) found.push({ code, start: m.index, end: m.index + m[0].length });
  return found;
}

const digitCount = (s: string) => (s.match(/\d/g) ?? []).length;

export function shapeMatches(text: string): Match<ShapeCode>[] {
  const links = LINK.flatMap((r) => regexMatches(text, r, 'link' as const));
  const phones = regexMatches(text, PHONE, 'phone' as const, (s) => digitCount(s) >= 9 && !DATE.test(s));
  const articles = [...regexMatches(text, ARTICLE, 'case' as const), ...regexMatches(text, ARTICLE_AFTER, 'case' as const)];
  const ciphers = [
    ...regexMatches(text, NUMBER_GROUPS, 'cipher' as const, (s) => !DATE.test(s.replace(/\s/g, ''))),
    ...regexMatches(text, DIGIT_RUN, 'cipher' as const),
    ...regexMatches(text, MIXED, 'cipher' as const),
  ];
  // Listed in this order so that safety-check's overlap rule keeps a link or phone over what lies inside it.
  return [...links, ...phones, ...articles, ...ciphers];
}

const LATIN_WORD = /^\p{Script=Latin}{2,}$/u;
const ROMAN = /^[ivxlcdm]+$/u;

/**
 * For a letter the censor reads as it is (Russian or Belarusian): every run of Latin-script words.
 * Roman numerals ("XXI век") are not foreign words.
 */
export function foreignPassages(tokens: Token[]): Match<'foreign'>[] {
  const runs: Match<'foreign'>[] = [];
  let run: Match<'foreign'> | null = null;
  for (const t of tokens) {
    const latin = LATIN_WORD.test(t.word) && !ROMAN.test(t.word);
    if (latin && run) run.end = t.end;
    else if (latin) runs.push((run = { code: 'foreign', start: t.start, end: t.end }));
    else run = null;
  }
  return runs;
}
