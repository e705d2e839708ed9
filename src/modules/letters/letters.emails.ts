import type { Translate } from '../../app/i18n.ts';

type Template = (t: Translate, params: Record<string, string>, publicUrl: string) => { subject: string; text: string };

// Neutral subjects and no letter text: the e-mail may be read on a seized phone or over a shoulder.
const body = (t: Translate, lines: string[]) => [...lines, '', t('email.footer')].join('\n');

export const letterEmails: Record<string, Template> = {
  'letters.confirm': (t, p, url) => ({
    subject: t('letters.email.confirm.subject'),
    text: body(t, [t('email.greeting'), '', t('letters.email.confirm.body'), '', `${url}/${p.lang}/letters/confirm?token=${p.token}`, '', t('letters.email.confirm.ignore')]),
  }),
};
