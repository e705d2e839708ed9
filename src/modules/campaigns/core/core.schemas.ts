// Forms of the campaign pages. Messages are i18n keys (lib/forms.ts); each field a coordinator can get wrong names its problem.
import { z } from 'zod';
import { isLang } from '../../../app/i18n.ts';
import { isCountryCode } from '../../solidarity/sponsorships/sponsorships.model.ts';
import { ADDRESSING, CAMPAIGN_KINDS, COPY_MODES, HANDOVER_STATES } from '../campaigns.model.ts';

/** Addresses under /campaigns/ that are pages, not campaigns (other features' pages live there too). */
export const RESERVED_SLUGS = new Set(['new', 'manage', 'representative', 'targets', 'events', 'feed', 'partners', 'exports', 'letters', 'signatures']);
export const SLUG_RE = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

const requiredText = (max: number, missing: string) => z.string({ message: missing }).trim().min(1, missing).max(max, 'campaigns.form.tooLong');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'campaigns.form.tooLong')
    .optional()
    .transform((v) => (v ? v : null));

/** An unticked checkbox sends nothing; a ticked one "on". */
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on');

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'campaigns.form.dateInvalid')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'campaigns.form.dateInvalid');
const optionalDate = z
  .union([z.literal(''), isoDate])
  .optional()
  .transform((v) => (v ? v : null));

const country = z.string().trim().toUpperCase().refine(isCountryCode, 'campaigns.form.countryUnknown');
const optionalCountry = z
  .union([z.literal(''), country])
  .optional()
  .transform((v) => (v ? v : null));

export const slugSchema = z
  .string({ message: 'campaigns.form.slugRequired' })
  .trim()
  .toLowerCase()
  .min(1, 'campaigns.form.slugRequired')
  .regex(SLUG_RE, 'campaigns.form.slugInvalid')
  .refine((s) => !RESERVED_SLUGS.has(s), 'campaigns.form.slugReserved');

const goal = z
  .union([z.literal(''), z.coerce.number({ message: 'campaigns.form.goalInvalid' }).int('campaigns.form.goalInvalid').min(1, 'campaigns.form.goalInvalid').max(100_000_000, 'campaigns.form.goalInvalid')])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));

/**
 * A campaign's settings. Kind, address and original language are set while it is a draft; the letter settings
 * matter for letter actions, goal and deadline for petitions (required there).
 */
export const settingsSchema = z
  .object({
    kind: z.enum(CAMPAIGN_KINDS, { message: 'campaigns.form.kindRequired' }),
    slug: slugSchema,
    originalLang: z.string({ message: 'campaigns.form.languageUnknown' }).refine(isLang, 'campaigns.form.languageUnknown'),
    addressing: z.enum(ADDRESSING, { message: 'campaigns.form.addressingRequired' }).default('targets'),
    representativeCountry: optionalCountry,
    templateLocked: checkbox,
    allowMailto: checkbox,
    allowServer: checkbox,
    copyMode: z.enum(COPY_MODES, { message: 'campaigns.form.copyModeRequired' }).default('bcc'),
    goal,
    deadline: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'letter_action') {
      if (!v.allowMailto && !v.allowServer) ctx.addIssue({ code: 'custom', path: ['allowServer'], message: 'campaigns.form.noWayToSend' });
      if (v.addressing === 'own_representative' && !v.representativeCountry) ctx.addIssue({ code: 'custom', path: ['representativeCountry'], message: 'campaigns.form.representativeCountryRequired' });
    }
    if (v.kind === 'petition') {
      if (v.goal === null) ctx.addIssue({ code: 'custom', path: ['goal'], message: 'campaigns.form.goalRequired' });
      if (v.deadline === null) ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'campaigns.form.deadlineRequired' });
    }
  });
export type SettingsForm = z.infer<typeof settingsSchema>;

export const TITLE_MAX = 200;
export const SUMMARY_MAX = 600;
export const BODY_MAX = 20_000;
export const SUBJECT_MAX = 200;
export const LETTER_MAX = 8_000;

/** A campaign's words in one language. `translatedFrom` is one of the campaign's other languages, or nothing for the original. */
export const textSchema = z.object({
  title: requiredText(TITLE_MAX, 'campaigns.form.titleRequired'),
  summary: requiredText(SUMMARY_MAX, 'campaigns.form.summaryRequired'),
  body: requiredText(BODY_MAX, 'campaigns.form.bodyRequired'),
  letterSubject: optionalText(SUBJECT_MAX),
  letterBody: optionalText(LETTER_MAX),
  translatedFrom: z
    .union([z.literal(''), z.string().refine(isLang, 'campaigns.form.languageUnknown')])
    .optional()
    .transform((v) => (v ? v : null)),
});
export type TextForm = z.infer<typeof textSchema>;

/** The registry people, by their address (slug), one per line or separated by commas or spaces. */
export const peopleSchema = z.object({
  people: z
    .string()
    .max(10_000, 'campaigns.form.tooLong')
    .optional()
    .transform((v) => [...new Set((v ?? '').toLowerCase().split(/[\s,;]+/).filter(Boolean))])
    .refine((slugs) => slugs.length <= 200, 'campaigns.form.tooManyPeople'),
});

const uuidList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.uuid({ message: 'campaigns.form.targetUnknown' })).max(2000, 'campaigns.form.targetUnknown'));

/** The targets ticked on the page; `shown` lists every target the (filtered) page showed, so the others stay as they were. */
export const targetsSchema = z.object({ target: uuidList, shown: uuidList });

export const partnerSchema = z.object({
  name: requiredText(200, 'campaigns.form.partnerNameRequired'),
  country: optionalCountry,
  website: z
    .union([z.literal(''), z.string().trim().max(300, 'campaigns.form.tooLong').url('campaigns.form.websiteInvalid').refine((u) => /^https?:\/\//i.test(u), 'campaigns.form.websiteInvalid')])
    .optional()
    .transform((v) => (v ? v : null)),
});

export const handoverSchema = z.object({
  handoverState: z.enum(HANDOVER_STATES, { message: 'campaigns.form.handoverStateRequired' }),
  handoverOn: optionalDate,
  handoverNote: optionalText(2000),
});

export const slugParams = z.object({ slug: z.string().regex(SLUG_RE) });
export const textParams = z.object({ slug: z.string().regex(SLUG_RE), textLang: z.string().refine(isLang) });
export const partnerParams = z.object({ slug: z.string().regex(SLUG_RE), id: z.uuid() });
export const targetsQuery = z.object({ country: z.string().trim().toUpperCase().refine(isCountryCode).optional().catch(undefined) });
export const peopleQuery = z.object({ q: z.string().trim().max(100).optional().catch(undefined) });
