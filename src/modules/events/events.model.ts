// Solidarity events (pickets in front of embassies, concerts, letter-writing evenings).
import type { Limit } from '../../app/rate-limit.ts';

/** Drafts are seen by coordinators only; a cancelled event stays visible, marked cancelled. */
export const EVENT_STATES = ['draft', 'published', 'cancelled'] as const;
export type EventState = (typeof EVENT_STATES)[number];

/** An RSVP waits for its e-mail confirmation, then (if the organiser approves each one) for approval. */
export const RSVP_STATES = ['unconfirmed', 'pending', 'going', 'declined', 'cancelled'] as const;
export type RsvpState = (typeof RSVP_STATES)[number];

/** Addresses that are pages of their own, never an event's slug. */
export const RESERVED_SLUGS = new Set(['manage', 'rsvp']);
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const EVENT_LIMITS_TEXT = { title: 200, description: 10_000, report: 20_000, place: 200, address: 500, organiser: 200, name: 80, caption: 300 };
export const EVENT_CAPACITY_MAX = 100_000;

/** How long the RSVP confirmation link works; after that the unconfirmed answer (and its place) goes. */
export const RSVP_CONFIRM_HOURS = 48;
/** The reminder goes this long before the start (or at once, for an answer given later than that). */
export const REMINDER_BEFORE_MS = 24 * 3600_000;
/** Past events stay in the calendar feed this long, so a calendar can show a cancellation or a change. */
export const FEED_PAST_DAYS = 30;
/** Past events listed on the public page. */
export const PAST_SHOWN = 20;
/** The side of report photos' square thumbnails. */
export const EVENT_THUMB_SIDE = 320;
/** Blob keys of report photos: a random name under events/. */
export const EVENT_FILE_RE = /^[0-9a-f]{32}\.jpg$/;

/** States holding a place: the capacity counts them (with the anonymous "I'll come"). */
export const HOLDS_PLACE: readonly RsvpState[] = ['unconfirmed', 'pending', 'going'];

/**
 * Budgets of app/rate-limit.ts: confirmation e-mails per address and for the site (so the form cannot mail
 * strangers), and the anonymous "I'll come" per event and for the site (no cookie, no address to count by).
 */
export const EVENT_RATE_LIMITS = {
  rsvpPerAddress: { name: 'event-rsvp-address', max: 3, windowSeconds: 60 * 60 },
  anonymousPerEvent: { name: 'event-anon-event', max: 60, windowSeconds: 60 * 60 },
  anonymousGlobal: { name: 'event-anon-global', max: 300, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;
