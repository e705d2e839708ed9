import { everyone, hasRole, type Rules } from '../../../app/rules.ts';

/**
 * Who may do what with friends; merged into app/policy.ts through solidarity.policy.ts. Unlisted is denied.
 * Becoming a friend needs no account. A friend's page opens with its private link (its token) or, for a
 * friend with an account, with the session: the route is open to both, and what it shows is looked up by
 * that token or account alone, so anyone else finds nothing (404). A done task's photo is the friend's and
 * the coordinators' (checked by the photo route, which answers 404 to anyone else).
 */
export const friendsRules: Rules = {
  'friends.view': everyone,
  'friends.befriend': everyone,
  'friends.confirm': everyone,
  'friends.link': everyone,
  'friends.page': everyone,
  'friends.photo': everyone,
  'friends.coordinate': hasRole('coordinator'),
};
