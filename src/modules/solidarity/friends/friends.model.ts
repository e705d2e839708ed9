// The vocabulary of friendship and tasks: limits and windows every friends file uses.
import type { Limit } from '../../../app/rate-limit.ts';

/** People per page on the fewest-friends list. */
export const FEWEST_PAGE_SIZE = 20;
/** How long a confirmation link works. */
export const CONFIRM_LINK_HOURS = 48;
export const PSEUDONYM_MAX = 40;
/** Reminders: a friend's person's birthday within this many days, a task due within that many. */
export const BIRTHDAY_NOTICE_DAYS = 7;
export const TASK_DUE_NOTICE_DAYS = 3;
/** Task templates fall back to this language when there are none in the friend's own. */
export const FALLBACK_TASK_LOCALE = 'en';

/**
 * Budgets for the e-mails these forms send (confirmation, page link): per target address and for the
 * whole site, so neither form can be used to flood a stranger's inbox. Counted like letters' budgets.
 */
export const FRIEND_LIMITS = {
  perAddress: { name: 'friend-mail-address', max: 5, windowSeconds: 60 * 60 },
  global: { name: 'friend-mail-global', max: 600, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;
