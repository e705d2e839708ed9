import type { EmailTemplate } from '../../../jobs/email.job.ts';

// Neutral subjects; no name of the signer, nothing anyone typed into the form: only the link.
const body = (t: (k: string) => string, lines: string[]) => [...lines, '', t('email.footer')].join('\n');
const link = (url: string, p: Record<string, string>, path: string) => `${url}/${p.lang}/campaigns/${p.slug}${path}?token=${p.token}`;

/** E-mails of signatures. Rendered inside the e-mail job; subjects name nobody. */
export const signaturesEmails: Record<string, EmailTemplate> = {
  'signatures.confirm': (t, p, url) => ({
    subject: t('signatures.email.confirm.subject'),
    text: body(t, [t('email.greeting'), '', t('signatures.email.confirm.body'), '', link(url, p, '/sign/confirm'), '', t('signatures.email.confirm.ignore')]),
  }),
  'signatures.cosignConfirm': (t, p, url) => ({
    subject: t('signatures.email.cosign.subject'),
    text: body(t, [t('email.greeting'), '', t('signatures.email.cosign.body'), '', link(url, p, '/cosign/confirm'), '', t('signatures.email.confirm.ignore')]),
  }),
};
