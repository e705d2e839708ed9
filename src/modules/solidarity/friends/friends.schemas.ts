import { z } from 'zod';
import { email } from '../../accounts/accounts.schemas.ts';
import { LANGUAGES } from '../../../app/i18n.ts';
import { TASK_KINDS } from '../solidarity.model.ts';
import { PSEUDONYM_MAX } from './friends.model.ts';

// Messages are i18n keys (see lib/forms.ts); the first problem of a field is the one shown.
const checkbox = z.literal('on').optional().transform((v) => v === 'on');
const token = z.string().min(20).max(200);
const isCalendarDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export const befriendQuerySchema = z.object({ to: z.string().min(1).max(200) });

const pseudonym = z
  .string({ message: 'friends.form.pseudonymRequired' })
  .trim()
  .min(1, 'friends.form.pseudonymRequired')
  .max(PSEUDONYM_MAX, 'friends.form.pseudonymTooLong');

/** The befriend form as anyone fills it: the e-mail address is how the friendship is confirmed. */
export const befriendSchema = z.object({ pseudonym, email, reminders: checkbox });
/** The same form for a signed-in supporter: the account stands in for the e-mail. */
export const befriendSignedInSchema = z.object({ pseudonym, reminders: checkbox });

export const tokenSchema = z.object({ token });
export const linkRequestSchema = z.object({ email });

/** The friend's page: by its private link (token), or by the session when no token is given. */
export const pageQuerySchema = z.object({ token: token.optional() });

export const markDoneSchema = z.object({ token: token.optional(), friendship: z.uuid(), task: z.uuid() });
export const remindersSchema = z.object({ token: token.optional(), reminders: checkbox });
export const endSchema = z.object({ token: token.optional(), friendship: z.uuid() });

/** A task template a coordinator writes. */
export const taskSchema = z.object({
  kind: z.enum(TASK_KINDS, { message: 'friends.tasks.kindRequired' }),
  locale: z.enum(LANGUAGES, { message: 'friends.tasks.localeRequired' }),
  title: z.string({ message: 'friends.tasks.titleRequired' }).trim().min(1, 'friends.tasks.titleRequired').max(120, 'friends.tasks.titleTooLong'),
  body: z.string({ message: 'friends.tasks.bodyRequired' }).trim().min(1, 'friends.tasks.bodyRequired').max(2000, 'friends.tasks.bodyTooLong'),
  person: z.string().trim().max(200, 'friends.tasks.personUnknown').optional().default(''),
  dueOn: z
    .string()
    .trim()
    .optional()
    .default('')
    .refine((s) => s === '' || isCalendarDate(s), 'friends.tasks.dueInvalid'),
});
export type TaskForm = z.infer<typeof taskSchema>;

export const pageNumber = (value: unknown): number => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
};
