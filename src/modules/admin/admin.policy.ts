import { hasRole, type Rules } from '../../app/rules.ts';

// Admin rules need the admin role in effect, which the second factor enables (see actorFor).
export const adminRules: Rules = {
  'admin.users.list': hasRole('admin'),
  'admin.users.roles': hasRole('admin'),
};
