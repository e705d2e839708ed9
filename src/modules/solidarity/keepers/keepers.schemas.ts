import { z } from 'zod';

// Messages are i18n keys (see lib/forms.ts).
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => (v ? v : null));

export const toQuerySchema = z.object({ to: z.string().min(1).max(200) });
export const pageQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });

/** A volunteer asks to keep a person: the name they are shown by, and a word to the coordinator. */
export const requestSchema = z.object({
  pseudonym: z.string({ message: 'keepers.form.pseudonymRequired' }).trim().min(1, 'keepers.form.pseudonymRequired').max(60, 'keepers.form.pseudonymTooLong'),
  note: optionalText(1000, 'keepers.form.noteTooLong'),
});
export type RequestForm = z.infer<typeof requestSchema>;

export const decideSchema = z.object({
  id: z.uuid({ message: 'form.invalid' }),
  decision: z.enum(['approve', 'refuse'], { message: 'form.invalid' }),
});

/** Hand-over: from an active keeping, to a pending request of the person or (coordinators) an account's e-mail. */
export const handoverSchema = z
  .object({
    from: z.uuid({ message: 'form.invalid' }),
    request: z.uuid().optional().or(z.literal('').transform(() => undefined)),
    email: optionalText(254, 'keepers.handover.emailInvalid').pipe(z.email({ message: 'keepers.handover.emailInvalid' }).nullable()),
  })
  .superRefine((v, ctx) => {
    if (!v.request && !v.email) ctx.addIssue({ code: 'custom', path: ['request'], message: 'keepers.handover.chooseSomeone' });
    if (v.request && v.email) ctx.addIssue({ code: 'custom', path: ['request'], message: 'keepers.handover.onlyOne' });
  });
export type HandoverForm = z.infer<typeof handoverSchema>;
