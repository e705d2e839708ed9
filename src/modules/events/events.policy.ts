import { everyone, hasRole, type Rules } from '../../app/rules.ts';

/** Who may do what with events; merged into app/policy.ts. Unlisted is denied. */
export const eventsRules: Rules = {
  'events.view': everyone,
  'events.manage': hasRole('coordinator'),
};
