import type { Translate } from '../../app/i18n.ts';

type Template = (t: Translate, params: Record<string, string>, publicUrl: string) => { subject: string; text: string };

// Subjects are neutral on purpose: an e-mail list seen over a shoulder or on a seized phone says little.
const body = (t: Translate, lines: string[]) => [...lines, '', t('email.footer')].join('\n');

export const accountEmails: Record<string, Template> = {
  'account.confirm': (t, p, url) => ({
    subject: t('email.confirm.subject'),
    text: body(t, [t('email.greeting'), '', t('email.confirm.body'), '', `${url}/${p.lang}/confirm?token=${p.token}`, '', t('email.ignore')]),
  }),
  'account.exists': (t, p, url) => ({
    subject: t('email.exists.subject'),
    text: body(t, [t('email.greeting'), '', t('email.exists.body'), '', `${url}/${p.lang}/login`, '', t('email.exists.reset'), `${url}/${p.lang}/password/forgot`, '', t('email.ignore')]),
  }),
  'account.reset': (t, p, url) => ({
    subject: t('email.reset.subject'),
    text: body(t, [t('email.greeting'), '', t('email.reset.body'), '', `${url}/${p.lang}/password/reset?token=${p.token}`, '', t('email.ignore')]),
  }),
};
