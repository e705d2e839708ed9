import type { EmailTemplate } from '../../../jobs/email.job.ts';
import type { Translate } from '../../../app/i18n.ts';

// Neutral subjects, no words the supporter wrote, nothing that names a person in the subject.
const body = (t: Translate, lines: string[]) => [...lines, '', t('email.footer')].join('\n');

export const sponsorshipsEmails: Record<string, EmailTemplate> = {
  'sponsorships.approved': (t, p, url) => ({
    subject: t('sponsorships.email.approved.subject'),
    text: body(t, [t('email.greeting'), '', t('sponsorships.email.approved.body'), '', `${url}/${p.lang}/sponsorships/figures/${p.slug}`]),
  }),
};
