import { everyone, hasRole, type Rules } from '../../app/rules.ts';

/** Who may do what with events; merged into app/policy.ts. Unlisted is denied. */
export const eventsRules: Rules = {
  // The public pages, the calendar files and the report photos of public events.
  'events.view': everyone,
  // "I'll come" (with an address or anonymously), and the e-mailed links to confirm and to cancel: no account.
  'events.rsvp': everyone,
  // Creating, editing, publishing and cancelling events, their texts and report photos; drafts are seen by them only.
  'events.manage': hasRole('coordinator'),
  // The names of those who answered (never their addresses), and approving or declining them.
  'events.rsvps': hasRole('coordinator'),
};
