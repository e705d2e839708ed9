import { z } from 'zod';
import { LANGUAGES } from '../../app/i18n.ts';
import { COUNTRIES, FACILITY_KINDS, GENDERS, LETTERS_REACH, PERSON_STATUSES } from './registry.model.ts';
import { DIRECTORY_SORTS } from './search/search.repository.ts';

// Query strings: a bad filter value is dropped, not an error, so a shared link never breaks.
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .optional()
    .transform((v) => ((values as readonly string[]).includes(v ?? '') ? (v as T[number]) : undefined));

const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v && v.trim() ? v.trim().slice(0, max) : undefined));

export const directoryQuerySchema = z.object({
  q: optionalText(200),
  status: optionalEnum(PERSON_STATUSES),
  country: optionalEnum(COUNTRIES),
  facility: optionalText(100),
  region: optionalText(200),
  gender: optionalEnum(GENDERS),
  month: z.coerce.number().int().min(1).max(12).optional().catch(undefined),
  letters: optionalEnum(LETTERS_REACH),
  sort: optionalEnum(DIRECTORY_SORTS),
  page: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
});
export type DirectoryParams = z.infer<typeof directoryQuerySchema>;

export const slugParamsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));

export const birthdaysQuerySchema = z.object({
  from: isoDate.optional().catch(undefined),
  days: z.coerce.number().int().min(1).max(366).catch(60).default(60),
});

// Forms: messages are i18n keys (lib/forms.ts).
/** "", or a calendar date: the message key names the problem. */
export const dateField = z
  .string()
  .trim()
  .refine((s) => s === '' || isoDate.safeParse(s).success, { message: 'form.date' })
  .transform((s) => (s === '' ? null : s));

/**
 * Birth dates may be partial: "1980", "1980-05", "1980-05-17", or "--05-17" (day known, year not: the form of
 * partialIso, so a record edited without touching the field keeps its birthday).
 */
export const birthField = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const unknown = { year: null, month: null, day: null };
    if (s === '') return unknown;
    const full = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
    const noYear = /^--(\d{2})-(\d{2})$/.exec(s);
    const year = full ? Number(full[1]) : null;
    const month = full?.[2] ? Number(full[2]) : noYear ? Number(noYear[1]) : null;
    const day = full?.[3] ? Number(full[3]) : noYear ? Number(noYear[2]) : null;
    // A leap year stands in for an unknown one, so 29 February is a valid birthday.
    const valid = (full || noYear) && (month === null || (month >= 1 && month <= 12)) && (day === null || isoDate.safeParse(`${year ?? 2000}-${pad(month!)}-${pad(day)}`).success);
    if (!valid) {
      ctx.addIssue({ code: 'custom', message: 'form.birthDate' });
      return z.NEVER;
    }
    return { year, month, day };
  });
const pad = (n: number) => String(n).padStart(2, '0');

const text = (max: number) => z.string().trim().max(max, { message: 'form.tooLong' });
const nullableText = (max: number) => text(max).transform((s) => s || null);
const lines = (max: number) =>
  z
    .string()
    .max(max * 200, { message: 'form.tooLong' })
    .transform((s) =>
      s
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, max),
    );
const urlLines = lines(20).refine((urls) => urls.every((u) => /^https?:\/\/[^\s]+$/i.test(u)), { message: 'form.urls' });

/** Per-language text fields named `<field>_<lang>`, gathered into { lang: text }. */
function perLanguage(field: string) {
  return Object.fromEntries(LANGUAGES.map((l) => [`${field}_${l}`, text(4000).optional().default('')]));
}
export function gatherPerLanguage(data: Record<string, unknown>, field: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of LANGUAGES) {
    const v = data[`${field}_${l}`];
    if (typeof v === 'string' && v) out[l] = v;
  }
  return out;
}

export const personFormSchema = z
  .object({
    nameBe: nullableText(200),
    nameRu: nullableText(200),
    nameLatin: nullableText(200),
    otherNames: lines(20),
    status: z.enum(PERSON_STATUSES, { message: 'form.choose' }),
    gender: z.enum(GENDERS, { message: 'form.choose' }),
    country: z.enum(COUNTRIES, { message: 'form.choose' }),
    birth: birthField,
    arrestedOn: dateField,
    articles: lines(30),
    sentenceText: nullableText(300),
    regime: nullableText(300),
    verdictOn: dateField,
    appealOn: dateField,
    sentenceStartOn: dateField,
    releaseExpectedOn: dateField,
    sources: urlLines,
    lettersReach: z.enum(LETTERS_REACH, { message: 'form.choose' }),
    lettersReachNote: nullableText(1000),
    facility: z.string().optional().default(''),
    ...perLanguage('description'),
    ...perLanguage('interests'),
  })
  .refine((p) => p.nameBe || p.nameRu || p.nameLatin, { message: 'form.nameRequired', path: ['nameLatin'] });

export const facilityFormSchema = z.object({
  nameBe: nullableText(300),
  nameRu: nullableText(300),
  nameEn: text(300).min(1, { message: 'form.required' }),
  kind: z.enum(FACILITY_KINDS, { message: 'form.choose' }),
  country: z.enum(COUNTRIES, { message: 'form.choose' }),
  postalCode: text(20).regex(/^\d{5,6}$/, { message: 'form.postalCode' }),
  region: nullableText(200),
  city: text(200).min(1, { message: 'form.required' }),
  street: text(500).min(1, { message: 'form.required' }),
  ...perLanguage('notes'),
});

export const transferFormSchema = z.object({ facility: z.string().min(1, { message: 'form.choose' }), on: dateField });
export const releaseFormSchema = z.object({ status: z.enum(['released', 'former'], { message: 'form.choose' }), on: dateField });
export const deathFormSchema = z.object({ on: dateField });

export const correctionFormSchema = z.object({
  message: z.string().trim().min(10, { message: 'form.correctionTooShort' }).max(4000, { message: 'form.tooLong' }),
  contact: nullableText(200),
  // A field people never see: bots fill it, and their report is dropped quietly.
  website: z.string().optional().default(''),
});

export const resolveCorrectionSchema = z.object({ state: z.enum(['accepted', 'dismissed'], { message: 'form.choose' }) });

export const apiPeopleQuerySchema = z.object({
  q: optionalText(200),
  status: optionalEnum(PERSON_STATUSES),
  facility: optionalText(100),
  page: z.coerce.number().int().min(1).max(100000).default(1),
});

export const apiBirthdaysQuerySchema = z.object({
  from: isoDate.optional(),
  days: z.coerce.number().int().min(1).max(366).default(60),
});
