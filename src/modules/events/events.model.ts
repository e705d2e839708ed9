// Solidarity events (pickets in front of embassies, concerts, letter-writing evenings).

/** Drafts are seen by coordinators only; a cancelled event stays visible, marked cancelled. */
export const EVENT_STATES = ['draft', 'published', 'cancelled'] as const;
export type EventState = (typeof EVENT_STATES)[number];

/** An RSVP waits for its e-mail confirmation, then (if the organiser approves each one) for approval. */
export const RSVP_STATES = ['unconfirmed', 'pending', 'going', 'declined', 'cancelled'] as const;
export type RsvpState = (typeof RSVP_STATES)[number];
