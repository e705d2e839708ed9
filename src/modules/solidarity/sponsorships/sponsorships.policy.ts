import { everyone, hasRole, type Rules } from '../../../app/rules.ts';

/**
 * Who may do what with sponsorships; merged into app/policy.ts through solidarity.policy.ts. Unlisted is denied.
 * The public pages show only approved figures. Proposing needs no account: the invitation link's own token is
 * checked by the service (an unknown one is a 404). Everything else is the coordinators' work.
 */
export const sponsorshipsRules: Rules = {
  'sponsorships.view': everyone,
  'sponsorships.propose': everyone,
  'sponsorships.coordinate': hasRole('coordinator'),
};
