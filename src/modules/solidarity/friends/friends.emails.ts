import type { EmailTemplate } from '../../../jobs/email.job.ts';

// Neutral subjects, no words the supporter wrote, nothing that names a person in the subject: the e-mail may be
// read on a seized phone or over a shoulder. A reminder's body may name the person: the friend chose them.
const body = (t: Parameters<EmailTemplate>[0], lines: string[]) => [t('email.greeting'), '', ...lines, '', t('email.footer')].join('\n');
const link = (url: string, p: Record<string, string>, path: string) => `${url}/${p.lang}${path}?token=${p.token}`;

export interface ReminderItem {
  kind: 'birthday' | 'task';
  name: string;
  /** YYYY-MM-DD */
  on: string;
}

const dateIn = (lang: string, iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

export const friendsEmails: Record<string, EmailTemplate> = {
  'friends.confirm': (t, p, url) => ({
    subject: t('friends.email.confirm.subject'),
    text: body(t, [t('friends.email.confirm.body'), '', link(url, p, '/friends/confirm'), '', t('friends.email.confirm.ignore')]),
  }),
  'friends.pageLink': (t, p, url) => ({
    subject: t('friends.email.pageLink.subject'),
    text: body(t, [t('friends.email.pageLink.body'), '', link(url, p, '/friends/me'), '', t('friends.email.pageLink.keep')]),
  }),
  'friends.reminder': (t, p, url) => {
    const items = JSON.parse(p.items) as ReminderItem[];
    const lines = items.map((i) => `- ${t(i.kind === 'birthday' ? 'friends.email.reminder.birthday' : 'friends.email.reminder.task', { name: i.name, date: dateIn(p.lang, i.on) })}`);
    return {
      subject: t('friends.email.reminder.subject'),
      text: body(t, [t('friends.email.reminder.intro'), '', ...lines, '', t('friends.email.reminder.page'), `${url}/${p.lang}/friends/link`, '', t('friends.email.reminder.stop')]),
    };
  },
};
