import type { Translate } from '../../../app/i18n.ts';
import type { EmailTemplate } from '../../../jobs/email.job.ts';

// Neutral subjects, no words the supporter wrote, nothing that names a person in the subject or the body:
// the e-mail may be read on a seized phone. The link leads to the volunteer's own list, behind their login.
const body = (t: Translate, lines: string[]) => [...lines, '', t('email.footer')].join('\n');
const mine = (url: string, p: Record<string, string>) => `${url}/${p.lang}/keepers/mine`;

export const keepersEmails: Record<string, EmailTemplate> = {
  'keepers.approved': (t, p, url) => ({
    subject: t('keepers.email.subject'),
    text: body(t, [t('email.greeting'), '', t('keepers.email.approved'), '', mine(url, p)]),
  }),
  'keepers.refused': (t, p, url) => ({
    subject: t('keepers.email.subject'),
    text: body(t, [t('email.greeting'), '', t('keepers.email.refused'), '', mine(url, p)]),
  }),
  'keepers.handedOver': (t, p, url) => ({
    subject: t('keepers.email.subject'),
    text: body(t, [t('email.greeting'), '', t('keepers.email.handedOver'), '', mine(url, p)]),
  }),
};
