// OVD-Info records of people in politically motivated criminal cases in Russia.
//
// SHAPE — PARTLY VERIFIED, PARTLY ASSUMED. OVD-Info publishes "flat data" through its API
// (GET https://api.repression.info/v1/data?language=ru&subset=full, documented at
// https://repression.info/criminal/api). The schema table on that page could not be read, so the field
// names below come from public programs that consume that endpoint:
//   verified by name: the envelope {"total": n, "data": [...]}; person_id; name / name_en; birth_year;
//     persecution_imprisoned (boolean); persecution_person_state_en; persecution_article_and_part_en
//     (array); verdict_imprisonment_term (months); verdict_essence_en; first_verdict_date; story_en;
//     penal_facility_ru / penal_facility_en (arrays); detention_center_ru (array);
//     imprisonment_location_ru (string); persecution_region_en / persecution_city_en (arrays).
//   assumed: that each "_en" field has a "_ru" twin (the API serves both languages); the value formats
//     ("ч. 2 ст. 207.3 УК РФ", "ФКУ ИК-2 УФСИН России по Республике Мордовия", dates as YYYY-MM-DD);
//     penal_facility_address_ru, an array parallel to penal_facility_ru — consumers look addresses up
//     in their own tables, so the flat data may not carry them at all (a "name | address" string is
//     also split, in case the address is embedded); gender values; an optional "url".
// Per the documentation one row is one prosecution, so a person with two cases has two rows with the
// same person_id; they are returned as two rows here.
//
// Accepted record (the file is the envelope above, or a bare array of such records):
//   { "person_id": "rec…", "name_ru": "Фамилия Имя Отчество" (or "name"), "birth_year": 1985,
//     "gender_ru": "мужской", "persecution_imprisoned": true, "persecution_person_state_ru": "…",
//     "persecution_region_ru": ["Республика Мордовия"], "persecution_article_and_part_ru": ["…"],
//     "verdict_essence_ru": "6 лет колонии общего режима", "verdict_imprisonment_term": 72,
//     "first_verdict_date": "2023-05-17", "story_ru": "…",
//     "penal_facility_ru": ["ФКУ ИК-2 УФСИН России по Республике Мордовия"],
//     "penal_facility_address_ru": ["431120, Республика Мордовия, Зубово-Полянский район, п. Ширингуши, ул. Ленина, 1"],
//     "detention_center_ru": [], "imprisonment_location_ru": "", "url": "https://…" }
// fixtures/ovdinfo-small.json follows it; its people are invented.
import type { FacilityInput, PersonInput, PersonStatus } from '../registry.model.ts';
import { parseArticle } from './articles.ts';
import { dateField, facilityKind, isBlank, parseRecords, RowError, show, splitAddress, text, type ParsedRow } from './parsed-row.ts';
import { parseSentenceMonths } from './sentence.ts';

type Row = Record<string, unknown>;

/** The Russian value of a field: "x_ru", else plain "x". */
function ru(r: Row, field: string): unknown {
  return isBlank(r[`${field}_ru`]) ? r[field] : r[`${field}_ru`];
}

/** A list field as strings; a single string counts as a one-item list. */
function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.map(text).filter((s): s is string => s !== null);
}

function status(r: Row): PersonStatus {
  const state = text(ru(r, 'persecution_person_state')) ?? '';
  if (/умер|погиб|скончал|died|dead/iu.test(state)) return 'deceased';
  const imprisoned = r.persecution_imprisoned;
  if (imprisoned === true || imprisoned === 'true') return 'current';
  if (imprisoned === false || imprisoned === 'false') return 'former';
  throw new RowError(`invalid persecution_imprisoned ${show(imprisoned)} (expected true or false)`);
}

function birthYear(value: unknown): number | null {
  if (isBlank(value)) return null;
  const year = typeof value === 'number' ? value : typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    throw new RowError(`invalid birth_year ${show(value)} (expected a year such as 1985)`);
  }
  return year;
}

function gender(value: unknown): PersonInput['gender'] {
  const g = (text(value) ?? '').toLowerCase();
  if (/^(male|муж\p{L}*|м)$/u.test(g)) return 'male';
  if (/^(female|жен\p{L}*|ж)$/u.test(g)) return 'female';
  return 'unknown';
}

function facility(r: Row): FacilityInput | null {
  // Where the person is now: the colony after the verdict, else the place of detention before it.
  const penal = list(ru(r, 'penal_facility'));
  const candidates = [...penal, ...list(ru(r, 'imprisonment_location')), ...list(ru(r, 'detention_center'))];
  if (candidates.length === 0) return null;
  let name = candidates[0];
  let address = penal.length > 0 ? (list(ru(r, 'penal_facility_address'))[0] ?? null) : null;
  const pipe = name.indexOf('|');
  if (pipe !== -1) {
    address = address ?? (name.slice(pipe + 1).trim() || null);
    name = name.slice(0, pipe).trim();
  }
  const f: FacilityInput = { nameRu: name, kind: facilityKind(name), country: 'RU' };
  if (address) {
    f.addressPublished = address;
    Object.assign(f, splitAddress(address));
  }
  return f;
}

function mapRow(r: Row, sourceId: string): PersonInput {
  const name = text(ru(r, 'name'));
  if (!name) throw new RowError('missing name');
  const year = birthYear(r.birth_year);
  const essence = text(ru(r, 'verdict_essence'));
  const term = r.verdict_imprisonment_term;
  const story = text(ru(r, 'story'));
  const url = text(r.url);
  return {
    source: 'ovdinfo',
    sourceId,
    nameRu: name,
    status: status(r),
    gender: gender(ru(r, 'gender')),
    country: 'RU',
    birth: { year, month: null, day: null },
    articles: list(ru(r, 'persecution_article_and_part'))
      .map((a) => parseArticle(a, 'RU', 'ru'))
      .filter((a) => a !== null),
    sentenceText: essence,
    // OVD-Info's own count of months is preferred; the text is the fallback.
    sentenceMonths: typeof term === 'number' && term >= 0 ? term : essence ? parseSentenceMonths(essence) : null,
    verdictOn: dateField('first_verdict_date', r.first_verdict_date),
    description: story ? { ru: story } : {},
    sources: url ? [{ url }] : [],
    facility: facility(r),
  };
}

/** Parses an OVD-Info JSON file (see the shape above). Throws when the file is not JSON or has no record list. */
export function parseOvdInfoJson(fileText: string): ParsedRow[] {
  let data: unknown;
  try {
    data = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new Error(`OVD-Info file is not valid JSON: ${(err as Error).message}`);
  }
  const records = Array.isArray(data) ? data : (data as { data?: unknown } | null)?.data;
  if (!Array.isArray(records)) {
    throw new Error('OVD-Info file must be a JSON array of records or an object with a "data" array');
  }
  return parseRecords(records, 'person_id', mapRow);
}
