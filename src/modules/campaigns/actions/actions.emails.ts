import type { EmailTemplate } from '../../../jobs/email.job.ts';

// Neutral subjects; no word the supporter wrote (not their name, subject or letter): our own campaign
// title, the number of addressees and the link. The address is the supporter's own, who asked for it.
const body = (t: (k: string, v?: Record<string, string | number>) => string, lines: string[]) => [...lines, '', t('email.footer')].join('\n');
const link = (url: string, p: Record<string, string>, path: string) => `${url}/${p.lang}/campaigns/${p.slug}/write/${path}?token=${p.token}`;

export const actionsEmails: Record<string, EmailTemplate> = {
  'campaignLetters.confirm': (t, p, url) => ({
    subject: t('campaignLetters.email.confirm.subject'),
    text: body(t, [
      t('email.greeting'),
      '',
      t('campaignLetters.email.confirm.body', { title: p.title, targets: Number(p.targets) }),
      '',
      link(url, p, 'confirm'),
      '',
      t('campaignLetters.email.confirm.ignore'),
    ]),
  }),
  'campaignLetters.followup': (t, p, url) => ({
    subject: t('campaignLetters.email.followup.subject'),
    text: body(t, [t('email.greeting'), '', t('campaignLetters.email.followup.body', { title: p.title }), '', link(url, p, 'reply'), '', t('campaignLetters.email.followup.once')]),
  }),
};
