import { z } from 'zod';
import { checkbox, email } from '../accounts/accounts.schemas.ts';
import { LETTER_KINDS, LETTER_MAX_CHARS } from './letters.model.ts';

// Messages are i18n keys (see lib/forms.ts).
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'letters.form.tooLong')
    .optional()
    .transform((v) => (v ? v : null));

export const writeQuerySchema = z.object({
  to: z.string().min(1).max(200),
  kind: z.enum(LETTER_KINDS).catch('letter').default('letter'),
});

/** What the writer sends; `action` tells a check from a send, `acknowledged` that the advice was shown. */
export const letterFormSchema = z.object({
  submissionId: z.uuid({ message: 'letters.form.expired' }),
  kind: z.enum(LETTER_KINDS),
  text: z
    .string({ message: 'letters.form.textRequired' })
    .trim()
    .min(1, 'letters.form.textRequired')
    .max(LETTER_MAX_CHARS, 'letters.form.textTooLong'),
  signature: optionalText(120),
  returnAddress: optionalText(400),
  email,
  wantsReplies: checkbox,
  wantsArchive: checkbox,
  wantsOriginal: checkbox,
  acknowledged: checkbox,
  action: z.enum(['check', 'send']).catch('send'),
  website: z.string().optional().default(''),
});
export type LetterForm = z.infer<typeof letterFormSchema>;

export const confirmLetterSchema = z.object({ token: z.string().min(20).max(200) });
