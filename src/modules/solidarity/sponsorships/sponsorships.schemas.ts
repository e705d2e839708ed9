// Forms of the sponsorship pages. Messages are i18n keys (lib/forms.ts); every field a form can get wrong names its problem.
import { z } from 'zod';
import { checkbox, email } from '../../accounts/accounts.schemas.ts';
import { isLang, LANGUAGES } from '../../../app/i18n.ts';
import { todayIso } from '../../registry/registry.present.ts';
import { INVITATION_DEFAULT_DAYS, INVITATION_MAX_DAYS, isCountryCode } from './sponsorships.model.ts';

const requiredText = (max: number, missing: string) =>
  z
    .string({ message: missing })
    .trim()
    .min(1, missing)
    .max(max, 'sponsorships.form.tooLong');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'sponsorships.form.tooLong')
    .optional()
    .transform((v) => (v ? v : null));

const country = z
  .string({ message: 'sponsorships.form.countryRequired' })
  .trim()
  .toUpperCase()
  .min(1, 'sponsorships.form.countryRequired')
  .refine(isCountryCode, 'sponsorships.form.countryUnknown');

const language = z.string().refine(isLang, 'sponsorships.form.languageUnknown');

/** A calendar date, today or earlier: sponsorships are recorded when they happen, not planned. */
const pastDate = z
  .string({ message: 'sponsorships.form.dateRequired' })
  .trim()
  .min(1, 'sponsorships.form.dateRequired')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'sponsorships.form.dateInvalid')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'sponsorships.form.dateInvalid')
  .refine((s) => s <= todayIso(), 'sponsorships.form.dateFuture');

export const STATEMENT_MAX = 2000;
export const figureStatementField = (lang: string) => `statement_${lang}`;

/** A figure as a coordinator enters it: one statement field per interface language, all optional. */
export const figureFormSchema = z
  .object({
    name: requiredText(200, 'sponsorships.form.nameRequired'),
    role: requiredText(200, 'sponsorships.form.roleRequired'),
    institution: requiredText(200, 'sponsorships.form.institutionRequired'),
    country,
    removePhoto: checkbox,
    ...Object.fromEntries(LANGUAGES.map((l) => [figureStatementField(l), optionalText(STATEMENT_MAX)])),
  })
  .transform((v) => {
    const record = v as Record<string, unknown>;
    const statements: Record<string, string> = {};
    for (const l of LANGUAGES) {
      const text = record[figureStatementField(l)];
      if (typeof text === 'string' && text) statements[l] = text;
    }
    return { name: v.name, role: v.role, institution: v.institution, country: v.country, removePhoto: v.removePhoto, statements };
  });
export type FigureForm = z.infer<typeof figureFormSchema>;

/** A coordinator records a sponsorship directly: the person by their slug, a start date, optionally a statement. */
export const sponsorFormSchema = z.object({
  person: requiredText(120, 'sponsorships.form.personRequired').toLowerCase(),
  startedOn: pastDate,
  statement: optionalText(STATEMENT_MAX),
  statementLocale: language,
});

/** Hand-over: the figure taking over (by slug), the date, optionally the new figure's statement. */
export const handOverFormSchema = z.object({
  successor: requiredText(120, 'sponsorships.form.successorRequired'),
  on: pastDate,
  statement: optionalText(STATEMENT_MAX),
  statementLocale: language,
});

export const endFormSchema = z.object({ on: pastDate });

export const invitationFormSchema = z.object({
  label: requiredText(200, 'sponsorships.form.labelRequired'),
  days: z.coerce
    .number({ message: 'sponsorships.form.daysInvalid' })
    .int('sponsorships.form.daysInvalid')
    .min(1, 'sponsorships.form.daysInvalid')
    .max(INVITATION_MAX_DAYS, 'sponsorships.form.daysInvalid')
    .default(INVITATION_DEFAULT_DAYS),
});

export const tokenSchema = z.object({ token: z.string().min(20).max(200) });

/** What a public figure sends through an invitation link. */
export const proposalFormSchema = z.object({
  token: z.string().min(20).max(200),
  name: requiredText(200, 'sponsorships.form.nameRequired'),
  role: requiredText(200, 'sponsorships.form.roleRequired'),
  institution: requiredText(200, 'sponsorships.form.institutionRequired'),
  country,
  statement: requiredText(STATEMENT_MAX, 'sponsorships.form.statementRequired'),
  statementLocale: language,
  person: requiredText(120, 'sponsorships.form.personRequired').toLowerCase(),
  email,
  consent: z.literal('on', { message: 'sponsorships.form.consentRequired' }),
  website: z.string().optional().default(''),
});
export type ProposalForm = z.infer<typeof proposalFormSchema>;

export const idParamsSchema = z.object({ id: z.uuid() });
export const pageQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });
