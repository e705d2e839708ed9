import type { Role } from '../../app/roles.ts';
import { everyone, hasRole, signedIn, type Rules } from '../../app/rules.ts';

/**
 * Writing needs no account. Each volunteer queue needs its own role: a translator sees letters to
 * translate, never the batches; a mailer sees what to print and post. Links e-mailed to a writer
 * (edit, read a reply) carry their own secret token, so they are open to everyone holding it.
 */
export const lettersRules: Rules = {
  'letters.check': everyone,
  'letters.write': everyone,
  'letters.confirm': everyone,
  'letters.needed': everyone,
  'letters.edit': everyone,
  'letters.reply.read': everyone,
  'letters.mine': signedIn,
  'letters.volunteer': (a) => ['moderator', 'translator', 'scribe', 'mailer', 'coordinator'].some((r) => a.roles.has(r as Role)),
  'letters.review': hasRole('moderator'),
  'letters.translate': hasRole('translator'),
  'letters.scribe': hasRole('scribe'),
  'letters.mail': hasRole('mailer'),
  'letters.coordinate': hasRole('coordinator'),
};
