// The engine shared by the Belarusian and Russian tables: walks Cyrillic text letter by letter, gives each
// table the neighbours it needs (iotated vowels and soft signs depend on them) and restores capitals.

/** Belarusian apostrophe in its usual spellings: it is part of the word, not a separator. */
export const APOSTROPHES = "'’ʼ";

export interface LetterContext {
  /** Previous character of the same word, lowercased; '' at the start of a word. */
  prev: string;
  /** Next character of the same word, lowercased; '' at the end of a word. */
  next: string;
}

/** Returns the Latin for one lowercase Cyrillic letter (or apostrophe), or undefined to copy it unchanged. */
export type LetterRule = (letter: string, ctx: LetterContext) => string | undefined;

const isWordChar = (c: string): boolean => /\p{L}|\p{M}/u.test(c) || APOSTROPHES.includes(c);

export function transliterateWith(text: string, rule: LetterRule): string {
  const chars = Array.from(text.normalize('NFC'));
  const lower = chars.map((c) => c.toLowerCase());
  const inWord = chars.map(isWordChar);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const prev = i > 0 && inWord[i - 1] ? lower[i - 1] : '';
    const next = i + 1 < chars.length && inWord[i + 1] ? lower[i + 1] : '';
    const latin = rule(lower[i], { prev, next });
    if (latin === undefined) {
      out += chars[i];
      continue;
    }
    out += chars[i] === lower[i] ? latin : capitalised(latin, chars, i);
  }
  return out.normalize('NFC');
}

/** "Ш" → "Sh" inside a capitalised word, "SH" inside a word written in capitals. */
function capitalised(latin: string, chars: string[], i: number): string {
  const isUpper = (c: string | undefined) => c !== undefined && c !== c.toLowerCase();
  const shouting = isUpper(chars[i + 1]) || (isUpper(chars[i - 1]) && !/\p{L}/u.test(chars[i + 1] ?? ''));
  if (shouting) return latin.toUpperCase();
  const first = Array.from(latin)[0] ?? '';
  return first.toUpperCase() + latin.slice(first.length);
}
