import { everyone, type Rules } from '../../app/rules.ts';

/** Writing needs no account; each volunteer queue needs its role (added with the queues). */
export const lettersRules: Rules = {
  'letters.check': everyone,
  'letters.write': everyone,
  'letters.confirm': everyone,
  'letters.needed': everyone,
};
