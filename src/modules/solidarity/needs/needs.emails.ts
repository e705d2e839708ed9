import type { Translate } from '../../../app/i18n.ts';
import type { EmailTemplate } from '../../../jobs/email.job.ts';

// Neutral subjects, no words the supporter wrote, nothing that names a person in the subject or the body:
// the e-mail may be read on a seized phone, and it must be useless for sending anything to a stranger.
const body = (t: Translate, lines: string[]) => [...lines, '', t('email.footer')].join('\n');

export const needsEmails: Record<string, EmailTemplate> = {
  'needs.confirm': (t, p, url) => ({
    subject: t('needs.email.confirm.subject'),
    text: body(t, [t('email.greeting'), '', t('needs.email.confirm.body'), '', `${url}/${p.lang}/needs/confirm?token=${p.token}`, '', t('needs.email.confirm.ignore')]),
  }),
};
