// The registry's vocabulary, shared by tables, imports, pages and the API.
// No imports here: every other registry file may depend on this one.

export const PERSON_STATUSES = [
  'current',
  'former',
  'released',
  'not_recognised',
  'deportation_threat',
  'deceased',
] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const GENDERS = ['male', 'female', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

/** Whether letters from strangers can currently reach the person. */
export const LETTERS_REACH = ['yes', 'relatives_only', 'unknown'] as const;
export type LettersReach = (typeof LETTERS_REACH)[number];

export const FACILITY_KINDS = [
  'pretrial', // СИЗО / СІЗА
  'colony', // исправительная колония
  'prison', // тюрьма
  'open_colony', // исправительное учреждение открытого типа ("химия")
  'detention', // ИВС, ЦИП
  'medical', // лечебное учреждение
  'other',
] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export const CORRECTION_STATES = ['open', 'accepted', 'dismissed'] as const;
export const HISTORY_EVENTS = ['created', 'updated', 'transfer', 'released', 'died', 'status'] as const;
export type HistoryEvent = (typeof HISTORY_EVENTS)[number];

/** Countries the registry knows addresses for; the country line is written in Latin capitals. */
export const COUNTRIES = ['BY', 'RU', 'KZ', 'UA', 'AZ', 'OTHER'] as const;
export type Country = (typeof COUNTRIES)[number];
export const COUNTRY_LINE: Record<string, string> = {
  BY: 'REPUBLIC OF BELARUS',
  RU: 'RUSSIAN FEDERATION',
  KZ: 'REPUBLIC OF KAZAKHSTAN',
  UA: 'UKRAINE',
  AZ: 'REPUBLIC OF AZERBAIJAN',
};

/** Text per interface language, e.g. { en: "...", ru: "..." }. */
export type PerLanguage = Partial<Record<string, string>>;

/** A criminal-code article: which code, part and article, and its title per language. */
export interface Article {
  code: string; // country of the criminal code, e.g. "BY"
  article: string; // "293", "361-1"
  part?: string; // "2"
  title: PerLanguage;
}

/** A person's photo as stored: the blob key of the re-encoded JPEG and its size, for the page's layout. */
export interface PhotoRef {
  key: string;
  width: number;
  height: number;
}

export interface Source {
  url: string;
  label?: string;
}

/** A partial date: any part may be unknown. */
export interface PartialDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** A facility as an import or a form describes it, before it is matched to a stored one. */
export interface FacilityInput {
  nameBe?: string | null;
  nameRu?: string | null;
  nameEn?: string | null;
  kind: FacilityKind;
  country: string;
  postalCode?: string | null;
  region?: string | null;
  city?: string | null;
  street?: string | null;
  addressPublished?: string | null;
  notes?: PerLanguage;
}

/** A person as an import or a form describes them. Absent fields are left unchanged on update. */
export interface PersonInput {
  source?: string | null;
  sourceId?: string | null;
  nameBe?: string | null;
  nameRu?: string | null;
  nameLatin?: string | null;
  otherNames?: string[];
  status: PersonStatus;
  gender?: Gender;
  country: string;
  birth?: PartialDate;
  arrestedOn?: string | null; // YYYY-MM-DD
  articles?: Article[];
  sentenceText?: string | null;
  sentenceMonths?: number | null;
  regime?: string | null;
  verdictOn?: string | null;
  appealOn?: string | null;
  sentenceStartOn?: string | null;
  releaseExpectedOn?: string | null;
  releasedOn?: string | null;
  diedOn?: string | null;
  description?: PerLanguage;
  interests?: PerLanguage;
  sources?: Source[];
  lettersReach?: LettersReach;
  lettersReachNote?: string | null;
  facility?: FacilityInput | null;
}
