import { signedIn, type Rules } from '../../app/rules.ts';

export const accountsRules: Rules = {
  'account.view': signedIn,
  'account.2fa': signedIn,
  'account.logout': signedIn,
};
