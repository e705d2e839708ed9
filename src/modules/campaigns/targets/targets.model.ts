// The vocabulary of targets beyond TARGET_KINDS (campaigns.model.ts): the fields a target has, as the form
// and the CSV import name them, and what a well-formed postcode looks like. Pure; no database.
import { LANGUAGES, type Lang } from '../../../app/i18n.ts';
import { TARGET_KINDS, type TargetKind } from '../campaigns.model.ts';

export { TARGET_KINDS, type TargetKind };

/** `salutation_de`, `salutation_en`, …: one per interface language, in the form and in the CSV. */
export const salutationField = (lang: string) => `salutation_${lang}`;
export const SALUTATION_FIELDS = LANGUAGES.map(salutationField);

/** The fields of a target, named as the CSV columns and the form's inputs (one vocabulary for both). */
export const TARGET_FIELDS = ['ref', 'kind', 'name', 'role', 'country', 'party', 'constituency', 'email', 'postal_address'] as const;
export const TARGET_COLUMNS: readonly string[] = [...TARGET_FIELDS, ...SALUTATION_FIELDS];

/** What a target is made of once read from the form or a CSV row. */
export interface TargetInput {
  ref: string;
  kind: TargetKind;
  name: string;
  role: string;
  country: string;
  party: string | null;
  constituency: string | null;
  email: string | null;
  postalAddress: string | null;
  salutations: Record<string, string>;
}

/** A stored target as flat field values (the form shows them; an import fills absent columns from them). */
export function targetFieldValues(t: TargetInput): Record<string, string> {
  return {
    ref: t.ref,
    kind: t.kind,
    name: t.name,
    role: t.role,
    country: t.country,
    party: t.party ?? '',
    constituency: t.constituency ?? '',
    email: t.email ?? '',
    postal_address: t.postalAddress ?? '',
    ...Object.fromEntries(LANGUAGES.map((l) => [salutationField(l), t.salutations[l] ?? ''])),
  };
}

/** Two inputs say the same (salutations compared as sets of pairs: jsonb does not keep key order). */
export function sameTarget(a: TargetInput, b: TargetInput): boolean {
  const plain = (t: TargetInput) => JSON.stringify([t.ref, t.kind, t.name, t.role, t.country, t.party, t.constituency, t.email, t.postalAddress]);
  const sal = (t: TargetInput) => JSON.stringify(Object.entries(t.salutations).sort(([x], [y]) => x.localeCompare(y)));
  return plain(a) === plain(b) && sal(a) === sal(b);
}

export const isSalutationLang = (lang: string): lang is Lang => (LANGUAGES as readonly string[]).includes(lang);

/**
 * Postcode shapes (after normalisePostcode) of countries whose tables we expect; any other country accepts
 * 2–10 letters and digits. Polish "00-950" normalises to "00950".
 */
const POSTCODE_SHAPES: Record<string, RegExp> = {
  DE: /^\d{5}$/,
  PL: /^\d{5}$/,
  FR: /^\d{5}$/,
  ES: /^\d{5}$/,
  IT: /^\d{5}$/,
  LT: /^(LT)?\d{5}$/,
  CZ: /^\d{5}$/,
  AT: /^\d{4}$/,
  CH: /^\d{4}$/,
  BE: /^\d{4}$/,
  NL: /^\d{4}[A-Z]{2}$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/,
  US: /^\d{5}(\d{4})?$/,
};

export function isWellFormedPostcode(country: string, normalised: string): boolean {
  const shape = POSTCODE_SHAPES[country.toUpperCase()] ?? /^[A-Z0-9]{2,10}$/;
  return shape.test(normalised);
}

/** Targets per page of the coordinators' list. */
export const TARGETS_PAGE_SIZE = 100;
