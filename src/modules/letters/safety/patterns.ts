/**
 * Word patterns for the safety check, and the matcher that finds them in a letter.
 *
 * A rule list is written as plain strings so that people who know a language can review it:
 *   `regime`     the word exactly (after lower-casing, ё → е and apostrophes unified)
 *   `свобод*`    any word that starts with the stem: catches Russian and Belarusian cases and
 *                verb forms (свобода, свободы, свободой, свободный)
 *   `*krieg*`    any word that contains it: German compounds (Bürgerkrieg, Kriegsverbrecher)
 *   `нет войн*`  several words in a row, each written as above (slogans, names)
 * Allowed words (`allow`) are never flagged by a single-word pattern (судьба is not суд*); an
 * allowed phrase ("свободн* врем*") covers every match inside the words it spans.
 */

export interface Token {
  /** Normalised form used for matching. */
  word: string;
  start: number;
  end: number;
}

type Part = { kind: 'exact' | 'prefix' | 'contains'; text: string };
interface Entry<C extends string> {
  code: C;
  parts: Part[];
}

export interface Match<C extends string> {
  code: C;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}]+(?:['’ʼ`][\p{L}\p{M}]+)*/gu;

export function normaliseWord(raw: string): string {
  return raw.toLowerCase().replaceAll('ё', 'е').replace(/[’ʼ`]/g, "'");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ word: normaliseWord(m[0]), start: m.index, end: m.index + m[0].length });
  return tokens;
}

function splitPattern(pattern: string): string[] {
  return pattern.trim().split(/[\s.-]+/).filter(Boolean);
}

function parsePart(raw: string): Part {
  const text = normaliseWord(raw.replace(/^\*|\*$/g, ''));
  if (raw.startsWith('*') && raw.endsWith('*')) return { kind: 'contains', text };
  if (raw.endsWith('*')) return { kind: 'prefix', text };
  return { kind: 'exact', text };
}

function partMatches(part: Part, word: string): boolean {
  if (part.kind === 'exact') return word === part.text;
  if (part.kind === 'prefix') return word.startsWith(part.text);
  return word.includes(part.text);
}

/**
 * Compiled rule lists of one language. Single words are looked up by exact word and by each of
 * the word's prefixes in maps, so the cost grows with the letter's length, not the list's.
 */
export class Matcher<C extends string> {
  private exact = new Map<string, Entry<C>[]>();
  private prefix = new Map<string, Entry<C>[]>();
  private contains: Entry<C>[] = [];
  private allowExact = new Set<string>();
  private allowPrefix: string[] = [];
  private allowPhrases: Matcher<'allow'> | null = null;
  private minPrefix = Infinity;
  private maxPrefix = 0;

  constructor(lists: Partial<Record<C, readonly string[]>>, allow: readonly string[] = []) {
    for (const [code, patterns] of Object.entries(lists) as [C, readonly string[]][]) {
      for (const pattern of patterns) this.add(code, pattern);
    }
    const phrases: string[] = [];
    for (const raw of allow) {
      if (splitPattern(raw).length > 1) {
        phrases.push(raw);
        continue;
      }
      const part = parsePart(raw);
      if (part.kind === 'exact') this.allowExact.add(part.text);
      else this.allowPrefix.push(part.text);
    }
    if (phrases.length > 0) this.allowPhrases = new Matcher({ allow: phrases });
  }

  private add(code: C, pattern: string) {
    // Text is split into words at hyphens and dots too, so patterns are (бело-красно-белый, tut.by).
    const parts = splitPattern(pattern).map(parsePart);
    const entry: Entry<C> = { code, parts };
    const first = parts[0];
    if (first.kind === 'contains') return void this.contains.push(entry);
    const map = first.kind === 'exact' ? this.exact : this.prefix;
    if (first.kind === 'prefix') {
      this.minPrefix = Math.min(this.minPrefix, first.text.length);
      this.maxPrefix = Math.max(this.maxPrefix, first.text.length);
    }
    const list = map.get(first.text);
    if (list) list.push(entry);
    else map.set(first.text, [entry]);
  }

  private allowed(word: string): boolean {
    return this.allowExact.has(word) || this.allowPrefix.some((p) => word.startsWith(p));
  }

  private candidates(word: string): Entry<C>[] {
    const found: Entry<C>[] = [...(this.exact.get(word) ?? [])];
    const longest = Math.min(word.length, this.maxPrefix);
    for (let n = this.minPrefix; n <= longest; n++) {
      const list = this.prefix.get(word.slice(0, n));
      if (list) found.push(...list);
    }
    for (const entry of this.contains) if (word.includes(entry.parts[0].text)) found.push(entry);
    return found;
  }

  match(tokens: Token[]): Match<C>[] {
    const matches = this.matchAll(tokens);
    if (!this.allowPhrases || matches.length === 0) return matches;
    // An allowed phrase ("свободное время") covers the words it spans.
    const spans = this.allowPhrases.match(tokens);
    return matches.filter((m) => !spans.some((s) => s.start <= m.start && m.end <= s.end));
  }

  private matchAll(tokens: Token[]): Match<C>[] {
    const matches: Match<C>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i].word;
      for (const entry of this.candidates(word)) {
        const n = entry.parts.length;
        if (n === 1 && this.allowed(word)) continue;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) ok = partMatches(entry.parts[k], tokens[i + k].word);
        if (ok) matches.push({ code: entry.code, start: tokens[i].start, end: tokens[i + n - 1].end });
      }
    }
    return matches;
  }
}
