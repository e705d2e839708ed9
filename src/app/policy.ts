import type { Actor } from './roles.ts';
import type { Rules } from './rules.ts';
import { accountsRules } from '../modules/accounts/accounts.policy.ts';
import { adminRules } from '../modules/admin/admin.policy.ts';
import { publicRules } from '../modules/home/home.policy.ts';
import { outboxRules } from '../modules/outbox/outbox.policy.ts';
import { registryRules } from '../modules/registry/registry.policy.ts';
import { lettersRules } from '../modules/letters/letters.policy.ts';
import { solidarityRules } from '../modules/solidarity/solidarity.policy.ts';
import { campaignsRules } from '../modules/campaigns/campaigns.policy.ts';
import { eventsRules } from '../modules/events/events.policy.ts';

/**
 * The one place that decides access. Each module lists its rules; an action
 * nobody listed is denied. Routes name their action and the routing layer asks here.
 */
const rules: Rules = { ...publicRules, ...accountsRules, ...adminRules, ...outboxRules, ...registryRules, ...lettersRules, ...solidarityRules, ...campaignsRules, ...eventsRules };

export function allow(actor: Actor, action: string, resource?: unknown): boolean {
  const rule = Object.hasOwn(rules, action) ? rules[action] : undefined;
  return rule ? rule(actor, resource) === true : false;
}

export function isKnownAction(action: string): boolean {
  return Object.hasOwn(rules, action);
}

