import { everyone, hasRole, type Rules } from '../../../app/rules.ts';

/** Who may do what with core; merged into app/policy.ts through campaigns.policy.ts. Unlisted is denied. */
export const coreRules: Rules = {
  'campaigns.view': everyone,
  'campaigns.manage': hasRole('coordinator'),
};
