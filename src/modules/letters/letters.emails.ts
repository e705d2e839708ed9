import type { Translate } from '../../app/i18n.ts';

type Template = (t: Translate, params: Record<string, string>, publicUrl: string) => { subject: string; text: string };

// Neutral subjects and no letter text: the e-mail may be read on a seized phone or over a shoulder.
const body = (t: Translate, lines: string[]) => [...lines, '', t('email.footer')].join('\n');
const link = (url: string, p: Record<string, string>, path: string) => `${url}/${p.lang}${path}?token=${p.token}`;

export const letterEmails: Record<string, Template> = {
  'letters.confirm': (t, p, url) => ({
    subject: t('letters.email.confirm.subject'),
    text: body(t, [t('email.greeting'), '', t('letters.email.confirm.body'), '', link(url, p, '/letters/confirm'), '', t('letters.email.confirm.ignore')]),
  }),
  'letters.sendBack': (t, p, url) => ({
    subject: t('letters.email.sendBack.subject'),
    text: body(t, [t('email.greeting'), '', t('letters.email.sendBack.body'), '', link(url, p, '/letters/edit'), '', t('letters.email.sendBack.expiry', { days: Number(p.days) })]),
  }),
  'letters.rejected': (t) => ({
    subject: t('letters.email.rejected.subject'),
    text: body(t, [t('email.greeting'), '', t('letters.email.rejected.body')]),
  }),
  'letters.reply': (t, p, url) => ({
    subject: t('letters.email.reply.subject'),
    text: body(t, [t('email.greeting'), '', t('letters.email.reply.body'), '', link(url, p, '/letters/reply'), '', t('letters.email.reply.expiry', { days: Number(p.days) })]),
  }),
};
