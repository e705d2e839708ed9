/** What a word list can flag; the other findings come from shapes in the text (detectors.ts). */
export const WORD_CODES = ['politics', 'case', 'insult', 'war', 'cipher', 'obscenity'] as const;
export type WordCode = (typeof WORD_CODES)[number];

/**
 * One language's lists, in the pattern syntax of ../patterns.ts:
 * `word` exact, `stem*` starts with, `*part*` contains (compounds), several words for a phrase.
 */
export interface LanguageRules {
  lists: Record<WordCode, readonly string[]>;
  /** Innocent words a stem would otherwise catch (судьба is not суд*, warm is not war*). */
  allow: readonly string[];
}
