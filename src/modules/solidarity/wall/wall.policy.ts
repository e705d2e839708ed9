import type { Rules } from '../../../app/rules.ts';

/** Who may do what with wall; merged into app/policy.ts through solidarity.policy.ts. Unlisted is denied. */
export const wallRules: Rules = {};
