import { describe, expect, it } from 'vitest';
import { eventsCalendar } from './events.ics.ts';
import type { EventRow, EventTextRow } from './events.repository.ts';
import { parseCalendar, unescapeText, unfold } from './events.fixtures.ts';

const event = (over: Partial<EventRow> = {}): EventRow => ({
  id: '11111111-2222-4333-8444-555555555555',
  slug: 'picket-embassy',
  state: 'published',
  originalLang: 'ru',
  timeZone: 'Europe/Warsaw',
  startsAt: new Date('2026-12-05T13:00:00Z'),
  endsAt: new Date('2026-12-05T15:00:00Z'),
  place: 'У посольства, главный вход; с плакатами',
  address: 'ул. Примерная 1, Варшава',
  organiser: 'Инициативная группа',
  capacity: null,
  approvalRequired: false,
  anonymousCount: 0,
  campaignId: null,
  createdBy: null,
  createdOn: '2026-11-01',
  sequence: 3,
  ...over,
});
const text = (over: Partial<EventTextRow> = {}): EventTextRow => ({
  eventId: '11111111-2222-4333-8444-555555555555',
  lang: 'ru',
  title: 'Пикет солидарности с политзаключёнными Беларуси, России и Казахстана',
  description: 'Стоим час молча.\nПринесите свечу, зонт и тёплую одежду; плакаты будут.',
  translatedFrom: null,
  report: null,
  ...over,
});

describe('events as iCalendar', () => {
  const opts = { publicUrl: 'https://post.example.org', lang: 'ru', name: 'События, солидарность', now: new Date('2026-11-20T10:00:00Z') };

  it('writes a timed event as UTC instants with a stable UID, the sequence, the place and the page', () => {
    const ics = eventsCalendar([{ event: event(), text: text() }], opts);
    const [ev] = parseCalendar(ics);
    expect(ev).toMatchObject({
      UID: 'event-11111111-2222-4333-8444-555555555555@post.example.org',
      DTSTAMP: '20261120T100000Z',
      DTSTART: '20261205T130000Z',
      DTEND: '20261205T150000Z',
      SEQUENCE: '3',
      STATUS: 'CONFIRMED',
      URL: 'https://post.example.org/ru/events/picket-embassy',
    });
    expect(unescapeText(ev.SUMMARY)).toBe(text().title);
    expect(unescapeText(ev.LOCATION)).toBe('У посольства, главный вход; с плакатами, ул. Примерная 1, Варшава');
    expect(ev.LOCATION).toContain('главный вход\\; с плакатами\\,');
    expect(unescapeText(ev.DESCRIPTION)).toBe(`${text().description}\n\nИнициативная группа`);
    // Long Cyrillic lines really were folded, not left long.
    expect(ics).toContain('\r\n ');
    expect(ev.TRANSP).toBeUndefined();
  });

  it('marks a cancelled event, keeping its UID so calendars update the same entry', () => {
    const [ev] = parseCalendar(eventsCalendar([{ event: event({ state: 'cancelled', sequence: 4 }), text: text() }], opts));
    expect(ev.STATUS).toBe('CANCELLED');
    expect(ev.SEQUENCE).toBe('4');
    expect(ev.UID).toBe('event-11111111-2222-4333-8444-555555555555@post.example.org');
  });

  it('writes one VEVENT per event in a feed, and the same bytes for the same input', () => {
    const second = event({ id: '99999999-2222-4333-8444-555555555555', slug: 'concert', startsAt: new Date('2026-12-24T17:00:00Z'), endsAt: new Date('2026-12-24T19:30:00Z') });
    const feed = eventsCalendar([{ event: event(), text: text() }, { event: second, text: undefined }], opts);
    const parsed = parseCalendar(feed);
    expect(parsed.map((e) => e.UID)).toEqual(['event-11111111-2222-4333-8444-555555555555@post.example.org', 'event-99999999-2222-4333-8444-555555555555@post.example.org']);
    expect(parsed[1]).toMatchObject({ SUMMARY: 'concert', DTSTART: '20261224T170000Z', DTEND: '20261224T193000Z' });
    expect(unfold(feed)).toContain('X-WR-CALNAME:События\\, солидарность');
    expect(eventsCalendar([{ event: event(), text: text() }], opts)).toBe(eventsCalendar([{ event: event(), text: text() }], opts));
  });

  it('refuses an event that ends before it starts', () => {
    expect(() => eventsCalendar([{ event: event({ endsAt: new Date('2026-12-05T12:00:00Z') }), text: text() }], opts)).toThrow();
  });
});
