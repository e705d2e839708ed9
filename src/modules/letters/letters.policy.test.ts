import { describe } from 'vitest';
import { ROLES } from '../../app/roles.ts';
import { TEST_DB_KINDS } from '../../../tests/support/databases.ts';
import { describeRuleMatrix, everyRoleSignedIn, itGuardsPages, WHO, type Who } from '../../../tests/support/policy-matrix.ts';

/**
 * Who may do what with letters, written out in full: a rule changed by accident shows up here.
 * Each row is an action; the list is everyone allowed it.
 */
const MATRIX: Record<string, readonly Who[]> = {
  'letters.check': WHO,
  'letters.write': WHO,
  'letters.confirm': WHO,
  'letters.needed': WHO,
  'letters.edit': WHO,
  'letters.reply.read': WHO,
  'letters.mine': ROLES.slice(),
  'letters.volunteer': ['translator', 'scribe', 'mailer', 'moderator', 'coordinator'],
  'letters.review': ['moderator'],
  'letters.translate': ['translator'],
  'letters.scribe': ['scribe'],
  'letters.mail': ['mailer'],
  'letters.coordinate': ['coordinator'],
};

describeRuleMatrix('letters policy: role × action', MATRIX, {
  roles: ROLES.filter((r) => r !== 'supporter'),
  actions: ['letters.review', 'letters.translate', 'letters.scribe', 'letters.mail', 'letters.coordinate', 'letters.volunteer'],
});

/** The same matrix through the real pages: each queue answers its own role and is a 404 to every other. */
const PAGES: Record<string, readonly Who[]> = {
  '/en/volunteer': MATRIX['letters.volunteer'],
  '/en/volunteer/review': ['moderator'],
  '/en/volunteer/translate': ['translator'],
  '/en/volunteer/postcards': ['scribe'],
  '/en/volunteer/mail': ['mailer'],
  '/en/volunteer/quiet': ['coordinator'],
  '/en/volunteer/archive': ['coordinator'],
  '/en/account/letters': ROLES.slice(),
};

describe.each(TEST_DB_KINDS)('letters pages by role on %s', (kind) => {
  itGuardsPages(PAGES, everyRoleSignedIn(kind));
});
