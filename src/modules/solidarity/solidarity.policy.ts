import type { Rules } from '../../app/rules.ts';
import { friendsRules } from './friends/friends.policy.ts';
import { keepersRules } from './keepers/keepers.policy.ts';
import { needsRules } from './needs/needs.policy.ts';
import { sponsorshipsRules } from './sponsorships/sponsorships.policy.ts';
import { wallRules } from './wall/wall.policy.ts';

export const solidarityRules: Rules = { ...friendsRules, ...keepersRules, ...needsRules, ...sponsorshipsRules, ...wallRules };
