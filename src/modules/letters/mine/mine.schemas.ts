import { z } from 'zod';
import { addDays, todayIso } from '../../registry/registry.present.ts';
import { LETTER_KINDS } from '../letters.model.ts';

/** Nothing the platform counts was posted before this. */
export const EARLIEST_SENT_ON = '2000-01-01';

/**
 * The latest date a writer may say they posted a letter: today. Writers east of UTC are already on
 * tomorrow's date while our calendar (UTC) is not, so one day of slack keeps their "today" valid.
 */
export function latestSentOn(today = todayIso()): string {
  return addDays(today, 1);
}

const isCalendarDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

// Messages are i18n keys (see lib/forms.ts); the first problem of a field is the one shown.
const sentOnField = z
  .string({ message: 'letters.mine.dateRequired' })
  .trim()
  .superRefine((s, ctx) => {
    const problem = !s
      ? 'letters.mine.dateRequired'
      : !isCalendarDate(s)
        ? 'letters.mine.dateInvalid'
        : s < EARLIEST_SENT_ON
          ? 'letters.mine.dateTooEarly'
          : s > latestSentOn()
            ? 'letters.mine.dateFuture'
            : null;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A letter the writer posted themselves, logged so the counts include it. */
export const outsideLetterSchema = z.object({
  submissionId: z.uuid({ message: 'letters.mine.expired' }),
  person: z.string({ message: 'letters.mine.personRequired' }).trim().min(1, 'letters.mine.personRequired').max(200, 'letters.mine.personUnknown'),
  sentOn: sentOnField,
  kind: z.enum(LETTER_KINDS, { message: 'letters.mine.kindRequired' }),
});
export type OutsideLetterForm = z.infer<typeof outsideLetterSchema>;
