import { z } from 'zod';

// Messages are i18n keys (see lib/forms.ts).
export const email = z
  .string({ message: 'form.email.required' })
  .trim()
  .min(1, 'form.email.required')
  .max(254, 'form.email.invalid')
  .pipe(z.email({ message: 'form.email.invalid' }))
  .transform((e) => e.toLowerCase());
const newPassword = z.string({ message: 'form.password.required' }).min(12, 'form.password.tooShort').max(200, 'form.password.tooLong');
const anyPassword = z.string({ message: 'form.password.required' }).min(1, 'form.password.required').max(200, 'form.password.tooLong');
export const checkbox = z.literal('on').optional().transform((v) => v === 'on');
const token = z.string().min(20).max(200);

export const registerSchema = z
  .object({ email, password: newPassword, passwordConfirm: z.string() })
  .refine((v) => v.password === v.passwordConfirm, { path: ['passwordConfirm'], message: 'form.password.mismatch' });

export const loginSchema = z.object({ email, password: anyPassword, remember: checkbox });
export const forgotSchema = z.object({ email });
export const confirmSchema = z.object({ token });
export const resetSchema = z
  .object({ token, password: newPassword, passwordConfirm: z.string() })
  .refine((v) => v.password === v.passwordConfirm, { path: ['passwordConfirm'], message: 'form.password.mismatch' });

export const codeSchema = z.object({
  code: z
    .string({ message: 'form.code.required' })
    .transform((c) => c.replace(/[\s-]/g, '').toLowerCase())
    .pipe(z.string().min(6, 'form.code.invalid').max(20, 'form.code.invalid')),
});
export const enrolSchema = codeSchema.extend({ sealed: z.string().min(10).max(500) });
