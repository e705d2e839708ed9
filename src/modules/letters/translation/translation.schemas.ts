import { z } from 'zod';
import { FACILITY_LANGUAGES, LETTER_MAX_CHARS } from '../letters.model.ts';

// Messages are i18n keys (see lib/forms.ts). A draft may be empty; a finished translation may not.
export const translationFormSchema = z
  .object({
    action: z.enum(['save', 'finish', 'release']).catch('save'),
    translation: z.string().trim().max(LETTER_MAX_CHARS * 2, 'letters.translate.tooLong').optional().default(''),
    language: z.enum(FACILITY_LANGUAGES).catch('ru'),
  })
  .refine((f) => f.action !== 'finish' || f.translation.length > 0, { path: ['translation'], message: 'letters.translate.required' });
export type TranslationForm = z.infer<typeof translationFormSchema>;

export const replyTranslationSchema = z
  .object({
    action: z.enum(['save', 'finish', 'release']).catch('save'),
    translation: z.string().trim().max(LETTER_MAX_CHARS * 2, 'letters.translate.tooLong').optional().default(''),
  })
  .refine((f) => f.action !== 'finish' || f.translation.length > 0, { path: ['translation'], message: 'letters.translate.required' });
