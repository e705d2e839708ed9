import { z } from 'zod';
import { LANGUAGES } from '../../../app/i18n.ts';
import { email } from '../../accounts/accounts.schemas.ts';
import { NEED_KINDS } from '../solidarity.model.ts';
import { mentionsMoneyAmount } from './money.ts';

// Messages are i18n keys (see lib/forms.ts); the first problem of a field is the one shown.
export const NEED_DESCRIPTION_MAX = 1000;
export const PROMISE_MAX = 500;
/** How far ahead a supporter may promise: two years is already a long promise. */
export const PLEDGE_MONTHS_AHEAD = 24;

const text = (max: number, keys: { required: string; tooLong: string; money: string }) =>
  z
    .string({ message: keys.required })
    .trim()
    .min(1, keys.required)
    .max(max, keys.tooLong)
    .refine((s) => !mentionsMoneyAmount(s), keys.money);

export const needFormSchema = z.object({
  kind: z.enum(NEED_KINDS, { message: 'needs.form.kindRequired' }),
  description: text(NEED_DESCRIPTION_MAX, { required: 'needs.form.descriptionRequired', tooLong: 'needs.form.descriptionTooLong', money: 'needs.form.money' }),
  locale: z.enum(LANGUAGES, { message: 'needs.form.localeRequired' }),
});
export type NeedForm = z.infer<typeof needFormSchema>;

export const needStateSchema = z.object({ id: z.uuid(), to: z.enum(['met', 'closed']) });

/** This month as 'YYYY-MM' (UTC, like every calendar date here). */
export function currentMonth(now = new Date()): string {
  return now.toISOString().slice(0, 7);
}

export function monthsAhead(from: string, months: number): string {
  const [y, m] = from.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 7);
}

const monthField = z
  .string()
  .trim()
  .optional()
  .superRefine((s, ctx) => {
    if (!s) return;
    // A month field sends 'YYYY-MM'; typed by hand, the same form is asked for.
    const now = currentMonth();
    const problem = !/^\d{4}-(0[1-9]|1[0-2])$/.test(s)
      ? 'needs.pledge.monthInvalid'
      : s < now
        ? 'needs.pledge.monthPast'
        : s > monthsAhead(now, PLEDGE_MONTHS_AHEAD)
          ? 'needs.pledge.monthFar'
          : null;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((s) => (s ? s : null));

const pledgeFields = {
  submissionId: z.uuid({ message: 'needs.pledge.expired' }),
  need: z.uuid({ message: 'needs.pledge.needGone' }),
  pseudonym: z.string({ message: 'needs.pledge.pseudonymRequired' }).trim().min(1, 'needs.pledge.pseudonymRequired').max(60, 'needs.pledge.pseudonymTooLong'),
  promise: text(PROMISE_MAX, { required: 'needs.pledge.promiseRequired', tooLong: 'needs.pledge.promiseTooLong', money: 'needs.pledge.money' }),
  month: monthField,
  website: z.string().optional().default(''),
};

/** A pledge from someone without an account: their e-mail confirms it and lets a coordinator reach them. */
export const anonymousPledgeSchema = z.object({ ...pledgeFields, email });
/** A pledge from a signed-in supporter: their account is the contact. */
export const accountPledgeSchema = z.object(pledgeFields);
export type PledgeForm = z.infer<typeof accountPledgeSchema> & { email: string | null };

export const confirmPledgeSchema = z.object({ token: z.string().min(20).max(200) });
export const pledgeDecisionSchema = z.object({ id: z.uuid(), to: z.enum(['fulfilled', 'lapsed']) });
