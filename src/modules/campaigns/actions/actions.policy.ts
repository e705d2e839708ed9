import { everyone, hasRole, type Rules } from '../../../app/rules.ts';

/** Who may do what with letter actions; merged into app/policy.ts through campaigns.policy.ts. Unlisted is denied. */
export const actionsRules: Rules = {
  // Writing needs no account: an e-mail confirmation (server letters) or "I have sent it" (mailto) is enough.
  'actions.write': everyone,
  // The e-mailed and private links: the token in them is the permission.
  'actions.confirm': everyone,
  'actions.mailto': everyone,
  'actions.reply': everyone,
  // Held letters (their words, never the sender's address) and the "did they reply?" answers: coordinators.
  'actions.review': hasRole('coordinator'),
  'actions.replies': hasRole('coordinator'),
};
