import { everyone, hasRole, type Rules } from '../../app/rules.ts';

/** The registry is public to read and to correct; only coordinators change it. */
export const registryRules: Rules = {
  'registry.view': everyone,
  'registry.report': everyone,
  'registry.api': everyone,
  'registry.edit': hasRole('coordinator'),
  'registry.history': hasRole('coordinator'),
  'registry.corrections.review': hasRole('coordinator'),
};
