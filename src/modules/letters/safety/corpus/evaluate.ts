import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLetter, type FindingCode } from '../safety-check.ts';
import type { CheckLanguage } from '../language.ts';

/** Letters written by hand to measure the check: harmless ones and risky ones with their risks. */
export interface Corpus {
  language: CheckLanguage;
  harmless: string[];
  risky: { text: string; risks: FindingCode[] }[];
}

export interface Score {
  language: CheckLanguage;
  letters: number;
  /** Of the letters flagged, the share that were risky. */
  precision: number;
  /** Of the risky letters, the share that were flagged. */
  recall: number;
  /** Share of letters whose language was detected right. */
  languageAccuracy: number;
  falsePositives: { text: string; findings: string[] }[];
  falseNegatives: { text: string; risks: FindingCode[] }[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS_LANGUAGES = ['ru', 'be', 'en', 'de'] as const;

export function loadCorpus(lang: string, set: 'tuning' | 'heldout' = 'tuning'): Corpus {
  const file = path.join(here, set === 'tuning' ? `${lang}.json` : `${lang}.heldout.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Corpus;
}

/** A letter counts as flagged when the check finds anything in it; that is what sends it to a moderator. */
export function scoreCorpus(corpus: Corpus): Score {
  const falsePositives: Score['falsePositives'] = [];
  const falseNegatives: Score['falseNegatives'] = [];
  let truePositives = 0;
  let rightLanguage = 0;
  for (const text of corpus.harmless) {
    const result = checkLetter(text);
    if (result.language === corpus.language) rightLanguage++;
    if (result.findings.length > 0) falsePositives.push({ text, findings: result.findings.map((f) => `${f.code}:${f.excerpt}`) });
  }
  for (const letter of corpus.risky) {
    const result = checkLetter(letter.text);
    if (result.language === corpus.language) rightLanguage++;
    if (result.findings.length > 0) truePositives++;
    else falseNegatives.push(letter);
  }
  const flagged = truePositives + falsePositives.length;
  return {
    language: corpus.language,
    letters: corpus.harmless.length + corpus.risky.length,
    precision: flagged === 0 ? 0 : truePositives / flagged,
    recall: corpus.risky.length === 0 ? 0 : truePositives / corpus.risky.length,
    languageAccuracy: rightLanguage / (corpus.harmless.length + corpus.risky.length),
    falsePositives,
    falseNegatives,
  };
}
