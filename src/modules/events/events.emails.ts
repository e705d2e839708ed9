import type { Translate } from '../../app/i18n.ts';
import type { EmailTemplate } from '../../jobs/email.job.ts';
import { formatEventTime } from './time.ts';

// Neutral subjects and bodies: no name the person typed, no title of the event (the e-mail may be read on a
// seized phone); the page link says the rest. Every e-mail carries the private link to cancel one's place.
const body = (t: Translate, lines: string[]) => [t('email.greeting'), '', ...lines, '', t('email.footer')].join('\n');
const eventLink = (url: string, p: Record<string, string>) => `${url}/${p.lang}/events/${p.slug}`;
const cancelLines = (t: Translate, url: string, p: Record<string, string>) => [t('events.email.cancelLink'), '', `${url}/${p.lang}/events/rsvp/cancel?token=${p.cancel}`];
const when = (p: Record<string, string>) => formatEventTime(p.lang, new Date(p.startsAt), new Date(p.endsAt), p.timeZone);

export const eventsEmails: Record<string, EmailTemplate> = {
  'events.rsvp.confirm': (t, p, url) => ({
    subject: t('events.email.confirm.subject'),
    text: body(t, [t('events.email.confirm.body'), '', `${url}/${p.lang}/events/rsvp/confirm?token=${p.token}`, '', t('events.email.confirm.ignore'), '', ...cancelLines(t, url, p)]),
  }),
  'events.rsvp.approved': (t, p, url) => ({
    subject: t('events.email.approved.subject'),
    text: body(t, [t('events.email.approved.body'), '', eventLink(url, p), '', ...cancelLines(t, url, p)]),
  }),
  'events.rsvp.declined': (t, p, url) => ({
    subject: t('events.email.declined.subject'),
    text: body(t, [t('events.email.declined.body'), '', eventLink(url, p)]),
  }),
  'events.reminder': (t, p, url) => ({
    subject: t('events.email.reminder.subject'),
    text: body(t, [
      t('events.email.reminder.body'),
      '',
      `${t('events.when')}: ${when(p)}`,
      `${t('events.where')}: ${[p.place, p.address].filter(Boolean).join(', ')}`,
      '',
      eventLink(url, p),
      '',
      t('events.email.reminder.calendar'),
      `${eventLink(url, p)}.ics`,
      '',
      ...cancelLines(t, url, p),
    ]),
  }),
  'events.cancelled': (t, p, url) => ({
    subject: t('events.email.cancelled.subject'),
    text: body(t, [t('events.email.cancelled.body'), '', `${t('events.when')}: ${when(p)}`, '', eventLink(url, p)]),
  }),
};
