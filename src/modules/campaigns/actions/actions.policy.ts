import { everyone, hasRole, type Rules } from '../../../app/rules.ts';

/** Who may do what with actions; merged into app/policy.ts through campaigns.policy.ts. Unlisted is denied. */
export const actionsRules: Rules = {
  'actions.placeholder.view': everyone,
  'actions.placeholder.manage': hasRole('coordinator'),
};
