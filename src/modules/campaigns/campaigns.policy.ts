import type { Rules } from '../../app/rules.ts';
import { actionsRules } from './actions/actions.policy.ts';
import { coreRules } from './core/core.policy.ts';
import { signaturesRules } from './signatures/signatures.policy.ts';
import { targetsRules } from './targets/targets.policy.ts';

export const campaignsRules: Rules = { ...coreRules, ...targetsRules, ...actionsRules, ...signaturesRules };
