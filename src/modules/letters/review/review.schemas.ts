import { z } from 'zod';
import { LETTER_MAX_CHARS } from '../letters.model.ts';

// Messages are i18n keys (see lib/forms.ts).
export const reviewDecisionSchema = z
  .object({
    decision: z.enum(['approve', 'send_back', 'reject'], { message: 'letters.review.decisionRequired' }),
    reason: z.string().trim().max(1000, 'letters.review.reasonTooLong').optional().default(''),
  })
  .refine((d) => d.decision !== 'send_back' || d.reason.length > 0, { path: ['reason'], message: 'letters.review.reasonRequired' });
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const editLetterSchema = z.object({
  token: z.string().min(20).max(200),
  text: z
    .string({ message: 'letters.form.textRequired' })
    .trim()
    .min(1, 'letters.form.textRequired')
    .max(LETTER_MAX_CHARS, 'letters.form.textTooLong'),
  action: z.enum(['check', 'send']).catch('send'),
});

export const letterIdSchema = z.object({ id: z.uuid() });
