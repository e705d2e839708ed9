import type { Token } from './patterns.ts';

export const CHECK_LANGUAGES = ['ru', 'be', 'uk', 'en', 'de', 'fr', 'pl', 'es'] as const;
export type CheckLanguage = (typeof CHECK_LANGUAGES)[number];

/** Prison censors in Belarus and Russia read these two; anything else must be translated. */
export const CENSOR_LANGUAGES: readonly CheckLanguage[] = ['ru', 'be'];

export function isCheckLanguage(value: unknown): value is CheckLanguage {
  return typeof value === 'string' && (CHECK_LANGUAGES as readonly string[]).includes(value);
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

const weights = (letters: string, weight = 1) => Object.fromEntries([...letters].map((c) => [c, weight]));

/**
 * Letters that tell the languages of one script apart, with their weight. Cyrillic: ў only in
 * Belarusian; ї, є, ґ only in Ukrainian; и and щ in Russian and Ukrainian but not Belarusian; ы and э
 * in Russian and Belarusian; ъ Russian. Latin: the diacritics of each language.
 */
const LETTERS: Record<CheckLanguage, Record<string, number>> = {
  ru: { ...weights('ищыэё'), ъ: 3 },
  be: { ...weights('іыэ'), ў: 3 },
  uk: { ...weights('іищ'), ...weights('їєґ', 3) },
  en: {},
  de: weights('äöüß'),
  fr: weights('éèêàçùœâîôûë'),
  pl: weights('ąćęłńśźżó'),
  es: weights('ñáíóú¿¡'),
};

/** The most frequent short words; together with the letters above they are enough for a letter. */
const COMMON_WORDS: Record<CheckLanguage, Set<string>> = {
  ru: new Set('и в не на что я ты с как это но он она мы вы у меня тебя очень все был была так когда уже еще привет тебе мне'.split(' ')),
  be: new Set('і ў не на што я ты з як гэта але ён яна мы вы у мяне цябе вельмі усе быў была так калі ўжо яшчэ прывітанне табе мне'.split(' ')),
  uk: new Set('і в не на що я ти з як це але він вона ми ви у мене тебе дуже все був була так коли вже ще привіт тобі мені'.split(' ')),
  en: new Set('the and you i to of a is in my it that for with have was are we your this be on so me'.split(' ')),
  de: new Set('und ich du die der das nicht ist mit ein eine zu es wir sehr dich dir mein auch auf für hast habe'.split(' ')),
  fr: new Set('et je tu le la les de des est pas que une un pour avec nous très toi mon ma ton ai en au'.split(' ')),
  pl: new Set('i w nie się że jest to na z jak mam ci cię bardzo mój moja jestem już ale czy'.split(' ')),
  es: new Set('y el la los las que de es un una por con muy te tu mi yo estoy para pero como'.split(' ')),
};

function countLetters(text: string, weights: Record<string, number>): number {
  let score = 0;
  for (const ch of text) score += weights[ch] ?? 0;
  return score;
}

/**
 * The language a letter is written in, from its script, the letters only one language uses and
 * its most common words. `hint` (the writer's interface language) decides a tie, e.g. a very
 * short text.
 */
export function detectLanguage(text: string, tokens: Token[], hint?: CheckLanguage): CheckLanguage {
  let cyrillic = 0;
  let latin = 0;
  for (const t of tokens) {
    if (CYRILLIC.test(t.word[0])) cyrillic++;
    else if (LATIN.test(t.word[0])) latin++;
  }
  if (cyrillic === 0 && latin === 0) return hint ?? 'en';
  const lower = text.toLowerCase();
  const candidates: CheckLanguage[] = cyrillic >= latin ? ['ru', 'be', 'uk'] : ['en', 'de', 'fr', 'pl', 'es'];
  const scores = new Map<CheckLanguage, number>();
  for (const lang of candidates) {
    let score = 0;
    for (const t of tokens) if (COMMON_WORDS[lang].has(t.word)) score += 2;
    scores.set(lang, score + countLetters(lower, LETTERS[lang]));
  }
  const best = Math.max(...scores.values());
  if (hint && scores.get(hint) === best) return hint;
  return candidates.find((l) => scores.get(l) === best)!;
}
