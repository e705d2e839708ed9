import { everyone, hasRole, type Rules } from '../../../app/rules.ts';

/** Who may do what with wall; merged into app/policy.ts through solidarity.policy.ts. Unlisted is denied. */
export const wallRules: Rules = {
  // Looking at the wall, showing your face, confirming it and taking it down need no account.
  'wall.view': everyone,
  'wall.submit': everyone,
  'wall.confirm': everyone,
  'wall.takedown': everyone,
  // Pending photos are seen only by moderators (with the second factor: hasRole counts roles in effect).
  'wall.moderate': hasRole('moderator'),
};
