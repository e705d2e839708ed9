// The schema index: every table of every module, for Drizzle and drizzle-kit.
export * from './infra.tables.ts';
export * from '../modules/accounts/accounts.tables.ts';
export * from '../modules/registry/registry.tables.ts';
export * from '../modules/letters/letters.tables.ts';
export * from '../modules/solidarity/friends/friends.tables.ts';
export * from '../modules/solidarity/keepers/keepers.tables.ts';
export * from '../modules/solidarity/needs/needs.tables.ts';
export * from '../modules/solidarity/sponsorships/sponsorships.tables.ts';
export * from '../modules/solidarity/wall/wall.tables.ts';
export * from '../modules/campaigns/targets/targets.tables.ts';
export * from '../modules/campaigns/core/campaigns.tables.ts';
export * from '../modules/campaigns/actions/actions.tables.ts';
export * from '../modules/campaigns/signatures/signatures.tables.ts';
export * from '../modules/events/events.tables.ts';
