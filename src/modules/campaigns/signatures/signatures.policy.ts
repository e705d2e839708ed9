import { everyone, hasRole, type Rules } from '../../../app/rules.ts';

/** Who may do what with signatures; merged into app/policy.ts through campaigns.policy.ts. Unlisted is denied. */
export const signaturesRules: Rules = {
  'signatures.placeholder.view': everyone,
  'signatures.placeholder.manage': hasRole('coordinator'),
};
