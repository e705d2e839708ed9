// What every import parser returns per source row, and helpers shared by the Viasna and OVD-Info parsers.
// Pure functions only: no database, no I/O, so the CLI can preview a file before touching anything.
import type { FacilityKind, PartialDate, PersonInput } from '../registry.model.ts';

/**
 * One source row after parsing. Exactly one of `person` / `error` is set.
 * `row` is 1-based: the array index + 1 for JSON, the data row number (header excluded) for CSV.
 * `sourceId` is filled whenever the row had a usable id, even on error, so reports can name the record.
 */
export interface ParsedRow {
  row: number;
  sourceId: string | null;
  person: PersonInput | null;
  error: string | null;
}

/** Thrown inside a row mapper; turned into a row error by `toParsedRow`. */
export class RowError extends Error {}

export function toParsedRow(row: number, sourceId: string | null, build: () => PersonInput): ParsedRow {
  try {
    return { row, sourceId, person: build(), error: null };
  } catch (err) {
    if (err instanceof RowError) return { row, sourceId, person: null, error: err.message };
    throw err;
  }
}

/**
 * One ParsedRow per source record: a record that is not an object, or has no `idField`, is a row error
 * naming what it got; the others go to `build` with their id.
 */
export function parseRecords(records: unknown[], idField: string, build: (record: Record<string, unknown>, sourceId: string) => PersonInput): ParsedRow[] {
  return records.map((raw, i) => {
    const row = i + 1;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      const got = raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw;
      return { row, sourceId: null, person: null, error: `row is not an object (got ${got})` };
    }
    const record = raw as Record<string, unknown>;
    const sourceId = text(record[idField]);
    if (sourceId === null) return { row, sourceId: null, person: null, error: `missing ${idField} (got ${show(record[idField])})` };
    return toParsedRow(row, sourceId, () => build(record, sourceId));
  });
}

/** Renders a source value for an error message: strings quoted, everything else as JSON. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value === undefined) return 'undefined';
  return JSON.stringify(value) ?? String(value);
}

/**
 * Source exports mark "no value" as "", null, or the string/boolean FALSE (an artefact of flattening
 * nested objects to a spreadsheet). All of them mean "unknown".
 */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' || t.toUpperCase() === 'FALSE';
  }
  return false;
}

/** A trimmed string, or null for a blank value. Numbers are accepted (CSV and JSON disagree on ids). */
export function text(value: unknown): string | null {
  if (isBlank(value)) return null;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A `YYYY-MM-DD` calendar date, null when blank; anything else is a row error naming the field. */
export function dateField(field: string, value: unknown): string | null {
  if (isBlank(value)) return null;
  const s = typeof value === 'string' ? value.trim() : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m || !validYmd(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new RowError(`invalid date in field "${field}": ${show(value)} (expected YYYY-MM-DD)`);
  }
  return s;
}

const UNKNOWN_BIRTH: PartialDate = { year: null, month: null, day: null };

/** A birth date: full date, or a year alone ("1985" or 1985); blank means unknown (all parts null). */
export function birthField(field: string, value: unknown): PartialDate {
  if (isBlank(value)) return { ...UNKNOWN_BIRTH };
  const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (/^\d{4}$/.test(s)) {
    const year = Number(s);
    if (year >= 1900 && year <= 2100) return { year, month: null, day: null };
    throw new RowError(`implausible birth year in field "${field}": ${show(value)}`);
  }
  const date = dateField(field, value);
  if (date === null) return { ...UNKNOWN_BIRTH };
  const [y, m, d] = date.split('-').map(Number);
  return { year: y, month: m, day: d };
}

export type Script = 'latin' | 'be' | 'ru' | 'cyrillic' | null;

/**
 * Which name field a text belongs to. Decided by the majority of letters, because published
 * Latin names occasionally contain a stray Cyrillic look-alike ("Mоtsuk" with a Cyrillic о).
 * Cyrillic with і/ў/ʼ is Belarusian and with и/щ/ъ Russian (neither language uses the other's letters);
 * Cyrillic with none of them ("Марына Ляпешка") is 'cyrillic', for the caller to settle by context.
 */
export function scriptOf(value: string): Script {
  // One pass with a cached test per distinct character: this runs on every text of an import.
  let latin = 0;
  let cyrillic = 0;
  for (const c of value) {
    const script = scriptOfChar(c);
    if (script === 'latin') latin++;
    else if (script === 'cyrillic') cyrillic++;
  }
  if (latin === 0 && cyrillic === 0) return null;
  if (latin >= cyrillic) return 'latin';
  const be = /[іІўЎʼ]/.test(value);
  const ru = /[иИщЩъЪ]/.test(value);
  if (be && !ru) return 'be';
  if (ru && !be) return 'ru';
  return 'cyrillic';
}

const charScripts = new Map<string, 'latin' | 'cyrillic' | null>();

function scriptOfChar(c: string): 'latin' | 'cyrillic' | null {
  let script = charScripts.get(c);
  if (script === undefined) {
    script = /\p{Script=Latin}/u.test(c) ? 'latin' : /\p{Script=Cyrillic}/u.test(c) ? 'cyrillic' : null;
    charScripts.set(c, script);
  }
  return script;
}

// Cyrillic-aware word boundaries: JavaScript's \b only knows ASCII letters.
const L = '\\p{L}';
function word(pattern: string): RegExp {
  return new RegExp(`(?<![${L}])(?:${pattern})(?![${L}])`, 'iu');
}

// Order matters: the first matching rule wins ("Open correctional facility" is not a colony,
// "ЛИУ" is a prison hospital, not an open facility).
const KIND_RULES: [RegExp, FacilityKind][] = [
  [word('ЛИУ|ЛПУ|ЛИУ-\\d+|больниц\\p{L}*|hospital|бальніц\\p{L}*'), 'medical'],
  [word('pre-?trial|СИЗО|СІЗА|следственн\\p{L}* изолятор\\p{L}*|следчы ізалятар'), 'pretrial'],
  [word('ИВС|ЦИП|ЦІП|temporary detention|isolator'), 'detention'],
  [word('open|khimiya|ИУОТ|УФИЦ|ИЦ|ИУ|исправительн\\p{L}* центр\\p{L}*|адкрыт\\p{L}*|открыт\\p{L}*'), 'open_colony'],
  [word('colony|ИК|ПК|КП|ВК|колони\\p{L}*|калоні\\p{L}*'), 'colony'],
  [word('prison|тюрьм\\p{L}*|турм\\p{L}*|Т(?=\\s\\d)'), 'prison'],
];

/** Facility kind from its name in any of the three languages; 'other' when nothing is recognised. */
export function facilityKind(name: string): FacilityKind {
  // "ИК-2", "Т-2", "СИЗО-1": the number after a hyphen must not hide the abbreviation from `word`.
  const normalised = name.replace(/(\p{L})-(?=\d)/gu, '$1 ');
  for (const [re, kind] of KIND_RULES) if (re.test(normalised)) return kind;
  return 'other';
}

export interface AddressParts {
  postalCode: string | null;
  region: string | null;
  city: string | null;
  street: string | null;
}

const REGION_RE = word('region|voblasć|vobl\\.?|обл\\.?|област\\p{L}*|вобл\\.?|вобласць|край|республик\\p{L}*|рэспублік\\p{L}*|АО|автономн\\p{L}* округ\\p{L}*');
const STREET_RE = word(
  'vulica|vul\\.?|str\\.?|street|prospect|avenue|lane|highway|šaša|zavulak|praspiekt|station|PO Box|' +
    'ул\\.?|улица|вул\\.?|вуліца|пр-т|просп\\.?|проспект|праспект|пер\\.?|переулок|завулак|ш\\.?|шоссе|шаша|' +
    'пл\\.?|площадь|наб\\.?|набережная|б-р|бульвар|тракт|проезд|мкр\\.?|микрорайон|а/я|тер\\.?|территория|промзона',
);
// Segments that continue a street: house number, building, PO box ("44", "13A", "building 2", "корп. 2").
const STREET_CONT_RE = /^(?:\d+\s*\p{L}?|(?:building|bldg\.?|house|д\.|дом|корп\.?|корпус|стр\.?|строение|к\.)\s*\d+\s*\p{L}?|PO Box.*|а\/я.*)$/iu;
// A segment ending in a house number is a street even without a marker ("Saveckaja 205").
const ENDS_WITH_HOUSE_RE = /\p{L}.*\s\d+\s*\p{L}?$/u;

/**
 * Best-effort split of a published postal address ("213004, Škloŭ, vulica 1-ja Zavodskaja 8",
 * "431120, Республика Мордовия, Зубово-Полянский район, п. Ширингуши, ул. Ленина, 1").
 * Nothing is dropped: districts and settlements stay in `city` in their original order, and the street
 * is the exact source substring, so postal code + region + city + street gives back the published text.
 */
export function splitAddress(address: string): AddressParts {
  const parts: AddressParts = { postalCode: null, region: null, city: null, street: null };
  let rest = address.trim();
  const postal = /^(\d{6})\s*,?\s*/.exec(rest);
  if (postal) {
    parts.postalCode = postal[1];
    rest = rest.slice(postal[0].length);
  }
  // Keep each comma-separated segment with its offset so the street can be cut out verbatim.
  const segments: { text: string; start: number; end: number }[] = [];
  for (const m of rest.matchAll(/[^,]+/g)) {
    const t = m[0].trim();
    const start = (m.index ?? 0) + m[0].indexOf(t);
    if (t) segments.push({ text: t, start, end: start + t.length });
  }
  let streetFrom = -1;
  let streetTo = -1;
  segments.forEach((s, i) => {
    if (streetFrom === -1 && !REGION_RE.test(s.text) && (STREET_RE.test(s.text) || ENDS_WITH_HOUSE_RE.test(s.text))) {
      streetFrom = streetTo = i;
    } else if (streetFrom !== -1 && streetTo === i - 1 && STREET_CONT_RE.test(s.text)) {
      streetTo = i;
    }
  });
  // A lone house number after a settlement ("…sieĺsaviet, 70") is the street line.
  const last = segments.length - 1;
  if (streetFrom === -1 && last > 0 && /^\d+\s*\p{L}?$/u.test(segments[last].text)) streetFrom = streetTo = last;
  if (streetFrom !== -1) parts.street = rest.slice(segments[streetFrom].start, segments[streetTo].end);
  const city: string[] = [];
  segments.forEach((s, i) => {
    if (streetFrom !== -1 && i >= streetFrom && i <= streetTo) return;
    if (parts.region === null && REGION_RE.test(s.text)) parts.region = s.text;
    else city.push(s.text);
  });
  parts.city = city.length ? city.join(', ') : null;
  return parts;
}
