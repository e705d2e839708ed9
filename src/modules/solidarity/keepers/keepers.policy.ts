import { hasRole, signedIn, type Rules } from '../../../app/rules.ts';

/** The record a keeper-only action is about: the volunteers who keep the person now. */
export interface KeptPerson {
  activeKeeperIds: readonly string[];
}

/**
 * Who may do what with keepers; merged into app/policy.ts through solidarity.policy.ts. Unlisted is denied.
 * A keeper needs an account (they look after someone for months); coordinators approve them. The keeper
 * page is open to the person's active keepers and to coordinators: routes ask 'keepers.page' to let a
 * signed-in visitor in, then 'keepers.keep' with the person's keepers, and answer 404 when it says no.
 */
export const keepersRules: Rules = {
  'keepers.request': signedIn,
  'keepers.mine': signedIn,
  'keepers.page': signedIn,
  'keepers.keep': (a, resource) =>
    a.userId !== null && (a.roles.has('coordinator') || ((resource as KeptPerson | undefined)?.activeKeeperIds ?? []).includes(a.userId)),
  'keepers.coordinate': hasRole('coordinator'),
};
