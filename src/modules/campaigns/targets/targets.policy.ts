import { everyone, hasRole, type Rules } from '../../../app/rules.ts';

/**
 * Who may do what with targets; merged into app/policy.ts through campaigns.policy.ts. Unlisted is denied.
 * Targets are public office holders, so finding one's representative is open to everyone; the list and its
 * changes are the coordinators' work (imports run on the server's command line).
 */
export const targetsRules: Rules = {
  'targets.find': everyone,
  'targets.manage': hasRole('coordinator'),
};
