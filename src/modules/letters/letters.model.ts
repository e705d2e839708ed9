/** The vocabulary every letters file shares. */

export const LETTER_KINDS = ['letter', 'postcard'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/**
 * A letter's way: awaiting confirmation (the writer has not clicked the e-mail link yet) → in review
 * (the safety check found something; a moderator decides) → translation (not in Russian or
 * Belarusian) → ready (to print, or to hand-write for a postcard) → printed | written → posted →
 * returned | reply received → reply delivered. A moderator may send it back to the writer (draft)
 * or reject it; an unconfirmed letter expires.
 */
export const LETTER_STATES = [
  'draft',
  'awaiting_confirmation',
  'in_review',
  'translation',
  'ready',
  'printed',
  'written',
  'posted',
  'returned',
  'reply_received',
  'reply_delivered',
  'rejected',
  'expired',
] as const;
export type LetterState = (typeof LETTER_STATES)[number];

/** Letters that count for a person: confirmed by the writer (or logged as sent outside), and not refused. */
export const COUNTED_STATES: readonly LetterState[] = ['in_review', 'translation', 'ready', 'printed', 'written', 'posted', 'returned', 'reply_received', 'reply_delivered'];

/** Letters logged by a writer who sent them by post themselves count for the person too. */
export const LETTER_ORIGINS = ['platform', 'outside'] as const;

/** Where a letter goes once the writer confirms it. */
export function stateAfterConfirmation(letter: { flagged: boolean; needsTranslation: boolean }): LetterState {
  if (letter.flagged) return 'in_review';
  return letter.needsTranslation ? 'translation' : 'ready';
}

/** The longest letter we accept: about four handwritten pages, as much as a censor reads. */
export const LETTER_MAX_CHARS = 6000;
/** A confirmation link works this long; afterwards the letter expires unsent. */
export const CONFIRM_LINK_HOURS = 72;
/** A letter sent back to its writer can be edited this long; afterwards it expires unsent. */
export const EDIT_LINK_DAYS = 14;

/** Envelopes a print batch comes with: DL and C6 envelopes, or A4 sheets of address labels. */
export const ENVELOPE_FORMATS = ['DL', 'C6', 'labels'] as const;
export type EnvelopeFormat = (typeof ENVELOPE_FORMATS)[number];

/**
 * A reply: its pages are scanned one by one, then it waits for a translator (when the writer does not read
 * Russian or Belarusian), then it is delivered (or stays ready, if the writer did not ask for replies).
 */
export const REPLY_STATES = ['scanning', 'translation', 'ready', 'delivered'] as const;
export type ReplyState = (typeof REPLY_STATES)[number];

/** Languages the facilities accept: letters in anything else are translated (into the facility's). */
export const FACILITY_LANGUAGES = ['ru', 'be'] as const;
