// The rules of letter actions, in one place: limits, lifetimes, the similarity hold.
import type { Limit } from '../../../app/rate-limit.ts';

export const SUPPORTER_NAME_MAX = 120;
export const LETTER_SUBJECT_MAX = 200;
export const LETTER_BODY_MAX = 6000;
export const REPLY_NOTE_MAX = 500;

/** Hours a confirmation link (server letters) or a mailto page (mailto letters) works; then the letter is deleted. */
export const LETTER_CONFIRM_HOURS = 48;

/** Letters per address an hour, across campaigns (mailto and server alike). */
export const LETTERS_PER_SUPPORTER: Limit = { name: 'campaign-letters-supporter', max: 10, windowSeconds: 3600 };
/** The site's hourly budget of confirmation e-mails; its size is CAMPAIGNS_CONFIRMATIONS_PER_HOUR. */

/**
 * A changed text is held for a coordinator when at least HOLD_NEIGHBOURS other addresses sent a text within
 * HOLD_DISTANCE bits of it in the last SIMILAR_DAYS days: many "different" people with the same edited
 * words are more likely one sender. Unchanged templates are identical by design and never held.
 */
export const HOLD_NEIGHBOURS = 3;
export const HOLD_DISTANCE = 3;
export const SIMILAR_DAYS = 7;

/** After the "did they reply?" e-mail, the name and address are kept this long for an answer, then deleted. */
export const FOLLOWUP_ANSWER_DAYS = 30;
