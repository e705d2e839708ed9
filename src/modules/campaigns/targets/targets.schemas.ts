// Forms and CSV rows of targets share one schema (the CSV columns are the form's field names); messages are
// i18n keys (lib/forms.ts), which the import turns into English sentences for the command line.
import { z } from 'zod';
import { LANGUAGES } from '../../../app/i18n.ts';
import { isCountryCode } from '../../solidarity/sponsorships/sponsorships.model.ts';
import { salutationField, TARGET_KINDS, type TargetInput, type TargetKind } from './targets.model.ts';

const requiredText = (max: number, missing: string) =>
  z
    .string({ message: missing })
    .trim()
    .min(1, missing)
    .max(max, 'targets.form.tooLong');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'targets.form.tooLong')
    .optional()
    .transform((v) => (v ? v : null));

const isEmail = (v: string) => z.email().safeParse(v).success;

export const REF_MAX = 100;

export const targetFieldsSchema = z
  .object({
    // Printable, no spaces: it is typed on command lines and in spreadsheets.
    ref: requiredText(REF_MAX, 'targets.form.refRequired').regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'targets.form.refInvalid'),
    kind: z
      .string({ message: 'targets.form.kindRequired' })
      .trim()
      .toLowerCase()
      .min(1, 'targets.form.kindRequired')
      .refine((k) => (TARGET_KINDS as readonly string[]).includes(k), 'targets.form.kindInvalid'),
    name: requiredText(200, 'targets.form.nameRequired'),
    role: z.string().trim().max(200, 'targets.form.tooLong').optional().default(''),
    country: z
      .string({ message: 'targets.form.countryRequired' })
      .trim()
      .toUpperCase()
      .min(1, 'targets.form.countryRequired')
      .refine(isCountryCode, 'targets.form.countryInvalid'),
    party: optionalText(200),
    constituency: optionalText(200),
    email: z
      .string()
      .trim()
      .max(254, 'targets.form.emailInvalid')
      .optional()
      .transform((v) => (v ? v.toLowerCase() : null))
      .refine((v) => v === null || isEmail(v), 'targets.form.emailInvalid'),
    // Lines as typed (Windows line ends made plain); blank lines around the address dropped.
    postal_address: z
      .string()
      .optional()
      .transform((v) => (v ?? '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).join('\n').trim())
      .pipe(z.string().max(1000, 'targets.form.tooLong'))
      .transform((v) => (v ? v : null)),
    ...Object.fromEntries(LANGUAGES.map((l) => [salutationField(l), optionalText(300)])),
  })
  .transform((v): TargetInput => {
    const record = v as Record<string, unknown>;
    const salutations: Record<string, string> = {};
    for (const l of LANGUAGES) {
      const text = record[salutationField(l)];
      if (typeof text === 'string' && text) salutations[l] = text;
    }
    return {
      ref: v.ref,
      kind: v.kind as TargetKind,
      name: v.name,
      role: v.role,
      country: v.country,
      party: v.party,
      constituency: v.constituency,
      email: v.email,
      postalAddress: v.postal_address,
      salutations,
    };
  });

/** The list's filters: a country and a kind, each optional; anything else is ignored rather than refused. */
export const listQuerySchema = z.object({
  country: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .catch(undefined)
    .transform((c) => (c && isCountryCode(c) ? c : undefined)),
  kind: z
    .string()
    .optional()
    .catch(undefined)
    .transform((k) => (k && (TARGET_KINDS as readonly string[]).includes(k) ? (k as TargetKind) : undefined)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export const idParamsSchema = z.object({ id: z.uuid() });

/** "Find your representative": both fields are checked against the postcode tables by the route. */
export const representativeQuerySchema = z.object({
  country: z.string().trim().toUpperCase().optional().catch(undefined),
  postcode: z.string().optional().catch(undefined),
});
