import { everyone, hasRole, type Rules } from '../../../app/rules.ts';

/**
 * Who may do what with needs and pledges; merged into app/policy.ts through solidarity.policy.ts. Unlisted
 * is denied. Anyone may read a person's open needs and pledge (an e-mail link confirms it); coordinators
 * describe the needs and alone see who pledged and how to reach them.
 */
export const needsRules: Rules = {
  'needs.view': everyone,
  'needs.pledge': everyone,
  'needs.confirm': everyone,
  'needs.manage': hasRole('coordinator'),
  'needs.pledges': hasRole('coordinator'),
};
