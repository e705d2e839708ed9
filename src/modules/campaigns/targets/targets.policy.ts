import { everyone, hasRole, type Rules } from '../../../app/rules.ts';

/** Who may do what with targets; merged into app/policy.ts through campaigns.policy.ts. Unlisted is denied. */
export const targetsRules: Rules = {
  'targets.placeholder.view': everyone,
  'targets.placeholder.manage': hasRole('coordinator'),
};
