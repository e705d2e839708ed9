import { z } from 'zod';
import { email } from '../../accounts/accounts.schemas.ts';
import { REPLY_ANSWERS } from '../campaigns.model.ts';
import { LETTER_BODY_MAX, LETTER_SUBJECT_MAX, REPLY_NOTE_MAX, SUPPORTER_NAME_MAX } from './actions.model.ts';

// Messages are i18n keys (see lib/forms.ts).

/** One value or many (checkboxes with one name): always a list. */
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** Text from a textarea: browsers send CRLF line ends; we keep LF. */
const text = (max: number, required: string, tooLong: string) =>
  z
    .string({ message: required })
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(1, required).max(max, tooLong));

export const writeFormSchema = z.object({
  submissionId: z.uuid({ message: 'campaignLetters.form.expired' }),
  name: z.string({ message: 'campaignLetters.form.nameRequired' }).trim().min(1, 'campaignLetters.form.nameRequired').max(SUPPORTER_NAME_MAX, 'campaignLetters.form.nameTooLong'),
  email,
  // Ignored when the campaign's template is locked: the template is used as it is.
  subject: text(LETTER_SUBJECT_MAX, 'campaignLetters.form.subjectRequired', 'campaignLetters.form.subjectTooLong').optional(),
  body: text(LETTER_BODY_MAX, 'campaignLetters.form.bodyRequired', 'campaignLetters.form.bodyTooLong').optional(),
  targets: list.pipe(z.array(z.uuid({ message: 'campaignLetters.form.targetsRequired' }))),
  postcode: z.string().trim().max(20, 'campaignLetters.form.postcodeUnknown').optional().default(''),
  representative: z.union([z.literal(''), z.uuid({ message: 'campaignLetters.form.representativeRequired' })]).optional().default(''),
  mode: z.enum(['server', 'mailto'], { message: 'campaignLetters.form.modeRequired' }),
  website: z.string().optional().default(''),
});
export type WriteForm = z.infer<typeof writeFormSchema>;

export const tokenSchema = z.object({ token: z.string().min(20).max(200) });
export const heldDecisionSchema = z.object({ id: z.uuid(), decision: z.enum(['release', 'refuse']) });
export const replySchema = z.object({
  token: z.string().min(20).max(200),
  answer: z.enum(REPLY_ANSWERS, { message: 'campaignLetters.reply.answerRequired' }),
  note: z
    .string()
    .optional()
    .default('')
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(REPLY_NOTE_MAX, 'campaignLetters.reply.noteTooLong')),
});
export const sentQuerySchema = z.object({ skipped: z.coerce.number().int().min(0).max(1000).optional().catch(undefined) });
