// The two text forms every key goes through; kept apart from search-keys.ts so informal.ts can fold
// without a circular import.

/** Apostrophes and primes: in names they mark softness or a syllable break, never a word boundary. */
const APOSTROPHE_RE = /['’‘ʼʹʺ`´″]/g;

/** Lowercase, NFC, ё→е, apostrophes removed, anything not a letter or digit → space, spaces collapsed, trimmed. */
export function normalise(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(APOSTROPHE_RE, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** Latin letters that carry no combining mark in NFD, so stripping marks would miss them. */
const UNDECOMPOSABLE: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ŀ: 'l', ħ: 'h' };

/** normalise + Latin letters without diacritics (ł→l, ŭ→u, ž→z, č→c, ś→s, ë→e, û→u, â→a, ŝ→s ...). Cyrillic is kept (й stays й). */
export function fold(s: string): string {
  return normalise(s)
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[łøđßæœıŀħ]/g, (c) => UNDECOMPOSABLE[c] ?? c);
}
