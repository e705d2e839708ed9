// How registry records read in a given language: names, facility names, partial dates. Pure functions.
import type { PerLanguage } from './registry.model.ts';

type Names = { nameBe: string | null; nameRu: string | null; nameLatin: string | null; sortLatin?: string };
type FacilityNames = { nameBe: string | null; nameRu: string | null; nameEn: string | null };

/** The name in the reader's script: Belarusian readers see the Belarusian form, Russian and Ukrainian the Russian one. */
export function displayName(p: Names, lang: string): string {
  if (lang === 'be') return p.nameBe || p.nameRu || p.nameLatin || '';
  if (lang === 'ru' || lang === 'uk') return p.nameRu || p.nameBe || p.nameLatin || '';
  return p.nameLatin || p.sortLatin || p.nameRu || p.nameBe || '';
}

/** The other forms of the name, shown under the heading so anyone can match what they know. */
export function otherForms(p: Names, lang: string): string[] {
  const main = displayName(p, lang);
  return [p.nameBe, p.nameRu, p.nameLatin].filter((n): n is string => !!n && n !== main);
}

export function facilityName(f: FacilityNames, lang: string): string {
  if (lang === 'be') return f.nameBe || f.nameRu || f.nameEn || '';
  if (lang === 'ru' || lang === 'uk') return f.nameRu || f.nameBe || f.nameEn || '';
  return f.nameEn || f.nameRu || f.nameBe || '';
}

/** Text in the reader's language, else English, else any language there is. */
export function localized(text: PerLanguage | null | undefined, lang: string): string | null {
  if (!text) return null;
  return text[lang] || text.en || Object.values(text).find((v) => !!v) || null;
}

/** A birth date that may be partial: "17 May 1996", "May 1996", "1996", or null. */
export function formatPartialDate(lang: string, year: number | null, month: number | null, day: number | null): string | null {
  if (!year && !month) return null;
  if (year && month && day) return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
  if (year && month) return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
  if (month && day) return new Intl.DateTimeFormat(lang, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, day));
  return String(year);
}

export function formatIsoDate(lang: string, iso: string | null): string | null {
  if (!iso) return null;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

export function monthName(lang: string, month: number): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

/** The age someone turns on a date, when the birth year is known. */
export function ageOn(birthYear: number | null, isoDate: string): number | null {
  return birthYear ? Number(isoDate.slice(0, 4)) - birthYear : null;
}

/** A birth date for the API and CSV: "1996-05-17", "1996-05", "1996", or null. */
export function partialIso(year: number | null, month: number | null, day: number | null): string | null {
  if (!year) return month && day ? `--${pad(month)}-${pad(day)}` : null;
  return [String(year), month ? pad(month) : null, month && day ? pad(day) : null].filter(Boolean).join('-');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Today in UTC as YYYY-MM-DD: birthdays and releases are calendar dates, not instants. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
