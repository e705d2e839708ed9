import type { EmailTemplate } from '../../../jobs/email.job.ts';

// Neutral subjects, no words the supporter wrote, nothing that names a person in the subject.
const body = (t: (k: string) => string, lines: string[]) => [...lines, '', t('email.footer')].join('\n');
const link = (url: string, lang: string, path: string, token: string) => `${url}/${lang}${path}?token=${token}`;

export const wallEmails: Record<string, EmailTemplate> = {
  // The confirmation link, and the secret takedown link that works for as long as the entry exists.
  'wall.confirm': (t, p, url) => ({
    subject: t('wall.email.confirm.subject'),
    text: body(t, [
      t('email.greeting'),
      '',
      t('wall.email.confirm.body'),
      '',
      link(url, p.lang, '/wall/confirm', p.token),
      '',
      t('wall.email.confirm.takedown'),
      '',
      link(url, p.lang, '/wall/takedown', p.takedown),
      '',
      t('wall.email.confirm.ignore'),
    ]),
  }),
};
