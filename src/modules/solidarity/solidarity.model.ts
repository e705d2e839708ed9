// The vocabulary of solidarity around each person: friends and their tasks, keepers, needs and pledges,
// sponsorships by public figures, the wall. Every file of the module uses these names.

/** What a coordinator can ask friends to do. */
export const TASK_KINDS = ['letter', 'postcard', 'birthday', 'creative', 'public_action', 'parcel'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** A keeper asks, a coordinator approves or refuses; a keeper's time ends, or is handed over to another. */
export const KEEPER_STATES = ['requested', 'active', 'ended', 'refused'] as const;
export type KeeperState = (typeof KEEPER_STATES)[number];

/** Kinds of need. None of them is an amount of money: the database never ties a person to one. */
export const NEED_KINDS = ['books', 'clothes', 'parcel', 'legal', 'family', 'other'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];
export const NEED_STATES = ['open', 'met', 'closed'] as const;
export type NeedState = (typeof NEED_STATES)[number];

/** A pledge waits for its e-mail confirmation, then a coordinator marks it fulfilled or lapsed. */
export const PLEDGE_STATES = ['unconfirmed', 'pledged', 'fulfilled', 'lapsed'] as const;
export type PledgeState = (typeof PLEDGE_STATES)[number];

/** A figure proposed through an invitation is shown only once a coordinator approves. */
export const FIGURE_STATES = ['proposed', 'approved', 'refused'] as const;
export type FigureState = (typeof FIGURE_STATES)[number];
export const SPONSORSHIP_STATES = ['proposed', 'active', 'ended', 'refused'] as const;
export type SponsorshipState = (typeof SPONSORSHIP_STATES)[number];

/** A wall entry waits for its e-mail confirmation, then for a moderator. */
export const WALL_STATES = ['unconfirmed', 'pending', 'approved', 'rejected'] as const;
export type WallState = (typeof WALL_STATES)[number];
