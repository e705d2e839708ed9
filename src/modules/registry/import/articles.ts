// Criminal-code article references as published by Viasna and OVD-Info, e.g.
// "Part 2 of Art. 293 of the Criminal Code — Participation in riots", "ч. 2 ст. 293 УК — …",
// "Статья 207.3 ч. 2 УК РФ", "ст. 361-1 КК". Pages show "Part 2 of Art. 293 — title", so the
// structured part/article must be right, and nothing the source wrote may be lost.
import type { Article } from '../registry.model.ts';

// Reference and title are separated by a dash with spaces, an em dash, or a colon. An unspaced
// hyphen or en dash belongs to the article number ("361-1", "361–1").
const SEPARATOR_RE = /\s+[-–—]\s+|\s*—\s*|\s*:\s+/u;

// Tokens of a reference, matched only at the start of a word (\b does not know Cyrillic).
const TOKEN_RE = new RegExp(
  [
    '(?<![\\p{L}])(?:',
    // "p. 1", "п. «а»", "пункт 2": a point inside a part; only its presence matters here.
    '(?<point>(?:p\\.|п\\.|пп\\.|пункт\\p{L}*)\\s*[«"]?[\\p{L}\\d]+)',
    // "Part 2", "ч. 2", "ч.2", "части 2", "частка 2".
    '|(?:part|ч\\.|ч|част\\p{L}*)\\s*(?<part>\\d+(?:\\.\\d+)?)',
    // "Art. 293", "Article 13", "ст. 361-1", "статья 207.3", "арт. 293", "артыкул 293".
    '|(?:art(?:icle)?\\.?|ст\\.?|стат\\p{L}*|арт\\.?|артыкул\\p{L}*)\\s*(?<article>\\d+(?:[.\\-‑–]\\d+)*)',
    ')',
  ].join(''),
  'giu',
);

interface Token {
  kind: 'point' | 'part' | 'article';
  value: string;
}

function tokens(reference: string): Token[] {
  const out: Token[] = [];
  for (const m of reference.matchAll(TOKEN_RE)) {
    const g = m.groups ?? {};
    if (g.point !== undefined) out.push({ kind: 'point', value: g.point });
    else if (g.part !== undefined) out.push({ kind: 'part', value: g.part });
    else if (g.article !== undefined) out.push({ kind: 'article', value: g.article.replace(/[‑–]/g, '-') });
  }
  return out;
}

/**
 * Parses one article text. `country` is the code's country ("BY", "RU"); `lang` is the language the
 * title is written in ("en", "ru", "be"). Returns null only for empty text.
 *
 * - The main article is the last one named: in "Part 1 of Article 13 and Article 293" (preparation for
 *   an offence) the offence is 293; its part is the "Part N" right before it, or right after it in the
 *   Russian order "Статья 207.3 ч. 2".
 * - When the reference names more than that (another article, a point), the full reference is kept in
 *   the title in parentheses: "Preparation for mass riots (Part 1 of Article 13 and Article 293 …)".
 * - Text without any recognisable article is kept whole as the title, with article ''.
 */
export function parseArticle(text: string, country: string, lang: string): Article | null {
  if (typeof text !== 'string') return null;
  const full = text.replace(/\s+/g, ' ').trim();
  if (full === '') return null;

  const sep = SEPARATOR_RE.exec(full);
  const reference = sep ? full.slice(0, sep.index).trim() : full;
  const title = sep ? full.slice(sep.index + sep[0].length).trim() : '';

  const found = tokens(reference);
  const articleIndexes = found.flatMap((t, i) => (t.kind === 'article' ? [i] : []));
  if (articleIndexes.length === 0) return { code: country, article: '', title: { [lang]: full } };

  const main = articleIndexes[articleIndexes.length - 1];
  const before = found[main - 1];
  const after = found[main + 1];
  const part = before?.kind === 'part' ? before.value : after?.kind === 'part' ? after.value : undefined;

  const compound = articleIndexes.length > 1 || found.some((t) => t.kind === 'point');
  const shownTitle = compound ? (title ? `${title} (${reference})` : reference) : title;

  const article: Article = { code: country, article: found[main].value, title: shownTitle ? { [lang]: shownTitle } : {} };
  if (part !== undefined) article.part = part;
  return article;
}
