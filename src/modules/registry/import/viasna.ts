// Viasna (prisoners.spring96.org) list of Belarusian political prisoners, as JSON or CSV.
// Shape: an array of flat objects whose nested parts were flattened to keys such as "articles/0" …
// "articles/12", "prison/title", "prison/address"; the parent keys "articles" and "prison" remain as ""
// or "FALSE". Empty values are "" or "FALSE". The English, Russian and Belarusian exports share the keys;
// only the text (name, titles, description) changes script. See fixtures/viasna-small.json.
import { parse as parseCsv } from 'csv-parse/sync';
import type { Article, FacilityInput, PersonInput, PersonStatus } from '../registry.model.ts';
import { parseArticle } from './articles.ts';
import {
  birthField,
  dateField,
  facilityKind,
  RowError,
  scriptOf,
  show,
  splitAddress,
  text,
  parseRecords,
  type ParsedRow,
} from './parsed-row.ts';
import { parseSentenceMonths } from './sentence.ts';

type Row = Record<string, unknown>;
type Lang = 'en' | 'be' | 'ru';

const STATUSES: Record<string, PersonStatus> = { active: 'current', former: 'former' };

// "House arrest" is where a person is, not a facility: mail goes to their home, which is never published.
const HOUSE_ARREST_RE = /house arrest|домашн\p{L}* арест|хатні\p{L}* арышт/iu;

const SAMPLE_ROWS = 500;

/**
 * Language of a whole export (en, be or ru), from the script of its names, titles and descriptions.
 * Only a fallback for single texts that do not tell Russian from Belarusian themselves.
 */
function fileLanguage(rows: unknown[]): Lang {
  // The first rows tell as well as all of them, and scanning a 10,000-row file's text twice was a tenth of an import.
  const sample = rows
    .slice(0, SAMPLE_ROWS)
    .filter((r): r is Row => typeof r === 'object' && r !== null && !Array.isArray(r))
    .map((r) => [r.name, r.description, r['prison/title']].filter((v) => typeof v === 'string').join(' '))
    .join(' ');
  const script = scriptOf(sample);
  if (script === 'latin' || script === null) return 'en';
  // A whole file may quote the other language; the more frequent language-only letters decide.
  const be = (sample.match(/[іІўЎʼ]/g) ?? []).length;
  const ru = (sample.match(/[иИщЩъЪ]/g) ?? []).length;
  return be > ru ? 'be' : 'ru';
}

/**
 * Language of one text (name, title, description, article). Decided per text because an export can mix
 * records in several scripts; Cyrillic that could be either language follows the file.
 */
function langOf(value: string, fileLang: Lang): Lang {
  const script = scriptOf(value);
  if (script === 'latin') return 'en';
  if (script === 'be' || script === 'ru') return script;
  if (script === 'cyrillic') return fileLang === 'be' ? 'be' : 'ru';
  return fileLang;
}

function names(r: Row, fileLang: Lang): Pick<PersonInput, 'nameBe' | 'nameRu' | 'nameLatin'> {
  const out: Pick<PersonInput, 'nameBe' | 'nameRu' | 'nameLatin'> = {};
  const name = text(r.name);
  if (name) {
    const lang = langOf(name, fileLang);
    if (lang === 'be') out.nameBe = name;
    else if (lang === 'ru') out.nameRu = name;
    else out.nameLatin = name;
  }
  // Explicit per-language keys, when an export has them, win over the guess from `name`.
  const be = text(r.name_be);
  const ru = text(r.name_ru);
  const latin = text(r.name_latin);
  if (be) out.nameBe = be;
  if (ru) out.nameRu = ru;
  if (latin) out.nameLatin = latin;
  return out;
}

function articles(r: Row, lang: Lang): Article[] {
  // Slots "articles/0" … "articles/12" in numeric order (a string sort would put 10 before 2).
  return Object.keys(r)
    .map((key) => ({ key, n: /^articles\/(\d+)$/.exec(key)?.[1] }))
    .filter((s): s is { key: string; n: string } => s.n !== undefined)
    .sort((a, b) => Number(a.n) - Number(b.n))
    .flatMap(({ key }) => {
      const value = text(r[key]);
      const article = value ? parseArticle(value, 'BY', langOf(value, lang)) : null;
      return article ? [article] : [];
    });
}

function facility(r: Row, fileLang: Lang): FacilityInput | null {
  const title = text(r['prison/title']);
  const address = text(r['prison/address']);
  if (!title && !address) return null;
  if (title && HOUSE_ARREST_RE.test(title)) return null;
  const f: FacilityInput = { kind: title ? facilityKind(title) : 'other', country: 'BY' };
  if (title) {
    const lang = langOf(title, fileLang);
    if (lang === 'be') f.nameBe = title;
    else if (lang === 'ru') f.nameRu = title;
    else f.nameEn = title;
  }
  if (address) {
    f.addressPublished = address;
    Object.assign(f, splitAddress(address));
  }
  return f;
}

function mapRow(r: Row, sourceId: string, fileLang: Lang): PersonInput {
  // Fallback for ambiguous Cyrillic texts of this record (an article title without і/ў or и/щ/ъ):
  // the language the record's texts reveal together, else the file's.
  const lang = langOf(
    Object.entries(r)
      .filter(([k, v]) => typeof v === 'string' && /^(name|description|prison\/title|articles\/\d+)$/.test(k))
      .map(([, v]) => v)
      .join(' '),
    fileLang,
  );
  const rawStatus = text(r.status);
  const status = rawStatus ? STATUSES[rawStatus.toLowerCase()] : undefined;
  if (!status) throw new RowError(`unknown status ${show(r.status)} (expected "active" or "former")`);

  const nameParts = names(r, lang);
  if (!nameParts.nameBe && !nameParts.nameRu && !nameParts.nameLatin) throw new RowError('missing name');

  const gender = text(r.gender)?.toLowerCase();
  const decision = text(r.decision);
  const releaseDate = dateField('release_date', r.release_date);
  const description = text(r.description);
  const url = text(r.url);

  const person: PersonInput = {
    source: 'viasna',
    sourceId,
    ...nameParts,
    status,
    gender: gender === 'male' || gender === 'female' ? gender : 'unknown',
    country: 'BY',
    birth: birthField('birthday', r.birthday),
    arrestedOn: dateField('arrested', r.arrested),
    articles: articles(r, lang),
    sentenceText: decision,
    sentenceMonths: decision ? parseSentenceMonths(decision) : null,
    regime: text(r.penalty),
    verdictOn: dateField('verdict_date', r.verdict_date),
    appealOn: dateField('appeal_date', r.appeal_date),
    sentenceStartOn: dateField('penalty_start_date', r.penalty_start_date),
    description: description ? { [langOf(description, lang)]: description } : {},
    sources: url ? [{ url }] : [],
    facility: facility(r, lang),
  };
  // Viasna has one release date: expected while the person is held, actual once released.
  if (status === 'current') person.releaseExpectedOn = releaseDate;
  else person.releasedOn = releaseDate;
  return person;
}

function parseRows(rows: unknown[]): ParsedRow[] {
  const lang = fileLanguage(rows);
  return parseRecords(rows, 'id', (r, sourceId) => mapRow(r, sourceId, lang));
}

/** Parses Viasna's JSON export. Throws when the file is not JSON or not an array; row problems become row errors. */
export function parseViasnaJson(fileText: string): ParsedRow[] {
  let data: unknown;
  try {
    data = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new Error(`Viasna file is not valid JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(data)) {
    throw new Error(`Viasna file must be a JSON array of records, got ${data === null ? 'null' : typeof data}`);
  }
  return parseRows(data);
}

/**
 * Parses Viasna's CSV export: a header row with the JSON keys ("id", "articles/0", "prison/title", …),
 * one record per line. Row numbers count data rows only: the first record after the header is row 1,
 * as in the JSON file, so the same record has the same number in both formats.
 */
export function parseViasnaCsv(fileText: string): ParsedRow[] {
  let rows: Row[];
  try {
    rows = parseCsv(fileText, { columns: true, bom: true, skip_empty_lines: true, trim: false }) as Row[];
  } catch (err) {
    throw new Error(`Viasna file is not valid CSV: ${(err as Error).message}`);
  }
  return parseRows(rows);
}
