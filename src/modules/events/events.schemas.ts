import { z } from 'zod';
import { LANGUAGES } from '../../app/i18n.ts';
import { checkbox, email } from '../accounts/accounts.schemas.ts';
import { EVENT_CAPACITY_MAX, EVENT_LIMITS_TEXT as MAX, RESERVED_SLUGS, SLUG_RE } from './events.model.ts';
import { canonicalTimeZone, localToInstant } from './time.ts';

// Messages are i18n keys (see lib/forms.ts).

const text = (max: number, required: string, tooLong: string) => z.string({ message: required }).trim().min(1, required).max(max, tooLong);
const optionalText = (max: number, tooLong: string) => z.string().trim().max(max, tooLong).optional().default('');
const lang = z.enum(LANGUAGES, { message: 'events.form.langInvalid' });

export const slugParamsSchema = z.object({ slug: z.string().regex(SLUG_RE).max(120) });
export const tokenSchema = z.object({ token: z.string().min(20).max(200) });
export const idParamsSchema = z.object({ slug: z.string().regex(SLUG_RE).max(120), id: z.uuid() });

/** "I'll come" with a name (or pseudonym) and an e-mail address, or the anonymous button (`anonymous=1`). */
export const rsvpFormSchema = z.object({
  submissionId: z.uuid({ message: 'events.rsvp.expired' }),
  name: text(MAX.name, 'events.rsvp.nameRequired', 'events.rsvp.nameTooLong'),
  email,
  website: z.string().optional().default(''),
});
export const anonymousFormSchema = z.object({ website: z.string().optional().default('') });

export const decisionSchema = z.object({ decision: z.enum(['approve', 'decline']) });

/**
 * The organisers' event form. Start and end are read as wall-clock times in the chosen zone and become
 * instants here, so everything after this sees only instants and the zone's name.
 */
export const eventFormSchema = z
  .object({
    slug: z
      .string({ message: 'events.form.slugRequired' })
      .trim()
      .toLowerCase()
      .min(1, 'events.form.slugRequired')
      .max(120, 'events.form.slugInvalid')
      .regex(SLUG_RE, 'events.form.slugInvalid')
      .refine((s) => !RESERVED_SLUGS.has(s), 'events.form.slugInvalid'),
    originalLang: lang,
    timeZone: z
      .string({ message: 'events.form.timeZoneInvalid' })
      .transform((v) => canonicalTimeZone(v))
      .pipe(z.string({ message: 'events.form.timeZoneInvalid' })),
    startsLocal: z.string({ message: 'events.form.startInvalid' }).trim(),
    endsLocal: z.string({ message: 'events.form.endInvalid' }).trim(),
    place: text(MAX.place, 'events.form.placeRequired', 'events.form.tooLong'),
    address: optionalText(MAX.address, 'events.form.tooLong'),
    organiser: text(MAX.organiser, 'events.form.organiserRequired', 'events.form.tooLong'),
    capacity: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? Number(v) : null))
      .pipe(z.number({ message: 'events.form.capacityInvalid' }).int('events.form.capacityInvalid').min(1, 'events.form.capacityInvalid').max(EVENT_CAPACITY_MAX, 'events.form.capacityInvalid').nullable()),
    approvalRequired: checkbox,
    campaign: z
      .string()
      .trim()
      .toLowerCase()
      .max(120, 'events.form.campaignUnknown')
      .optional()
      .transform((v) => v || null)
      .pipe(z.string().regex(SLUG_RE, 'events.form.campaignUnknown').nullable()),
  })
  .transform((v, ctx) => {
    const startsAt = localToInstant(v.startsLocal, v.timeZone);
    const endsAt = localToInstant(v.endsLocal, v.timeZone);
    if (!startsAt) ctx.addIssue({ code: 'custom', path: ['startsLocal'], message: 'events.form.startInvalid' });
    if (!endsAt) ctx.addIssue({ code: 'custom', path: ['endsLocal'], message: 'events.form.endInvalid' });
    else if (startsAt && endsAt <= startsAt) ctx.addIssue({ code: 'custom', path: ['endsLocal'], message: 'events.form.endBeforeStart' });
    if (!startsAt || !endsAt || endsAt <= startsAt) return z.NEVER;
    const { startsLocal: _s, endsLocal: _e, ...rest } = v;
    return { ...rest, startsAt, endsAt };
  });
export type EventForm = z.infer<typeof eventFormSchema>;

/** One language's words: title, description, where they were translated from, and the report after the event. */
export const textFormSchema = z
  .object({
    lang,
    title: text(MAX.title, 'events.form.titleRequired', 'events.form.tooLong'),
    description: text(MAX.description, 'events.form.descriptionRequired', 'events.form.tooLong'),
    translatedFrom: z
      .string()
      .optional()
      .transform((v) => v || null)
      .pipe(lang.nullable()),
    report: optionalText(MAX.report, 'events.form.tooLong'),
  })
  .refine((v) => v.translatedFrom !== v.lang, { path: ['translatedFrom'], message: 'events.form.translatedFromSame' });
export type TextForm = z.infer<typeof textFormSchema>;

export const photoFormSchema = z.object({ caption: optionalText(MAX.caption, 'events.form.tooLong') });
export const mediaParamsSchema = z.object({ id: z.uuid(), file: z.string().max(40) });
