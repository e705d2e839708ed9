// The wall's vocabulary and limits; every wall file uses these names.
import type { Limit } from '../../../app/rate-limit.ts';

export const WALL_NAME_MAX = 80;
export const WALL_STATEMENT_MAX = 280;
/** How long the confirmation link works; after that the entry and its files are deleted (wall.maintenance.ts). */
export const WALL_CONFIRM_DAYS = 2;
/** The side of the wall's square thumbnails (the photo itself is at most lib/images.ts MAX_SIDE). */
export const WALL_THUMB_SIDE = 320;
/** Entries per page on the public wall and on a person's wall. */
export const WALL_PAGE_SIZE = 24;
/** How many thumbnails the person page shows. */
export const WALL_PERSON_THUMBS = 6;

/**
 * Confirmation e-mails are budgeted like letters' (app/rate-limit.ts): a few per address an hour, and a
 * budget for the whole site, so the form cannot be used to send mail to strangers.
 */
export const WALL_LIMITS = {
  perAddress: { name: 'wall-confirm-address', max: 3, windowSeconds: 60 * 60 },
  global: { name: 'wall-confirm-global', max: 300, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

/** Blob keys: a random name under wall/, one for the photo and an unrelated one for its thumbnail. */
export const WALL_FILE_RE = /^[0-9a-f]{32}\.jpg$/;
