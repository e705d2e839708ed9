import { foreignPassages, shapeMatches } from './detectors.ts';
import { CENSOR_LANGUAGES, detectLanguage, type CheckLanguage } from './language.ts';
import { Matcher, tokenize, type Match } from './patterns.ts';
import { POLITICAL_NAMES } from './rules/names.ts';
import type { LanguageRules, WordCode } from './rules/rules.model.ts';
import { be } from './rules/be.ts';
import { de } from './rules/de.ts';
import { en } from './rules/en.ts';
import { es } from './rules/es.ts';
import { fr } from './rules/fr.ts';
import { pl } from './rules/pl.ts';
import { ru } from './rules/ru.ts';
import { uk } from './rules/uk.ts';

export const FINDING_CODES = ['politics', 'case', 'insult', 'war', 'cipher', 'link', 'phone', 'foreign', 'obscenity', 'too_long'] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  code: FindingCode;
  /** Offsets in the text as given (UTF-16 code units, as JavaScript and the browser count). */
  start: number;
  end: number;
  excerpt: string;
}

export interface CheckResult {
  language: CheckLanguage;
  needsTranslation: boolean;
  findings: Finding[];
}

/** A hand-written postcard has room for about this much; a censor skips a crowded card. */
export const POSTCARD_MAX_CHARS = 500;

const RULES: Record<CheckLanguage, LanguageRules> = { ru, be, uk, en, de, fr, pl, es };
const matchers = new Map<CheckLanguage, Matcher<WordCode>>();
const names = new Matcher({ politics: POLITICAL_NAMES });

function matcherFor(lang: CheckLanguage): Matcher<WordCode> {
  let m = matchers.get(lang);
  if (!m) matchers.set(lang, (m = new Matcher(RULES[lang].lists, RULES[lang].allow)));
  return m;
}

/**
 * Keeps the first of overlapping matches, the longest when two start together, and on a tie the one
 * listed first (the sort is stable): "freedom" inside a web address, or a group of numbers that is a
 * phone number, is reported once, as the link or the phone.
 */
function withoutOverlaps<C extends string>(matches: Match<C>[]): Match<C>[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match<C>[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

/**
 * What in a letter could get it stopped by the prison censor or endanger its reader. Advice for
 * the writer and a flag for the moderator; it never refuses a letter by itself.
 */
export function checkLetter(text: string, opts: { hint?: CheckLanguage; kind?: 'letter' | 'postcard' } = {}): CheckResult {
  const tokens = tokenize(text);
  const language = detectLanguage(text, tokens, opts.hint);
  const censorReads = CENSOR_LANGUAGES.includes(language);
  const matches: Match<FindingCode>[] = [
    ...shapeMatches(text),
    ...names.match(tokens),
    ...matcherFor(language).match(tokens),
    ...(censorReads ? foreignPassages(tokens) : []),
  ];
  const findings: Finding[] = withoutOverlaps(matches).map((m) => ({ ...m, excerpt: text.slice(m.start, m.end) }));
  if (opts.kind === 'postcard' && text.length > POSTCARD_MAX_CHARS) {
    findings.push({ code: 'too_long', start: POSTCARD_MAX_CHARS, end: text.length, excerpt: '' });
  }
  return { language, needsTranslation: !censorReads, findings };
}
