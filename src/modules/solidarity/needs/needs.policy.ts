import type { Rules } from '../../../app/rules.ts';

/** Who may do what with needs; merged into app/policy.ts through solidarity.policy.ts. Unlisted is denied. */
export const needsRules: Rules = {};
