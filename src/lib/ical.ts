/**
 * Minimal iCalendar (RFC 5545) writer for all-day and timed events, enough for calendar
 * subscriptions in Google Calendar, Apple Calendar, Outlook and Thunderbird.
 */

export interface IcalEvent {
  uid: string;
  /** YYYY-MM-DD; the event is all-day. Either this or `start` and `end`. */
  date?: string;
  /**
   * A timed event: written as UTC instants (…Z), which every calendar reads and shows in its
   * reader's zone; no VTIMEZONE is needed. `end` must be after `start`.
   */
  start?: Date;
  end?: Date;
  location?: string;
  /** Bumped on every change, so calendars replace their copy (§3.8.7.4). */
  sequence?: number;
  status?: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  summary: string;
  description?: string;
  url?: string;
  /** Adds RRULE:FREQ=YEARLY. */
  yearly?: boolean;
  /**
   * Raw RRULE value, used instead of the plain yearly rule when set
   * (e.g. 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' for a 29 February birthday).
   */
  rrule?: string;
}

export interface IcalCalendarOptions {
  prodId: string;
  name: string;
  events: IcalEvent[];
  /**
   * DTSTAMP for every event. When omitted, each event's DTSTAMP is its start date at
   * 00:00 UTC, so the same input always yields the same bytes (stable ETags, testable).
   */
  now?: Date;
}

const CRLF = '\r\n';
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** TEXT value escaping (RFC 5545 §3.3.11): backslash first, then ; , and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line to at most 75 octets per physical line (§3.1). Continuation lines
 * start with one space, which counts towards their 75. We cut between code points so a
 * multi-byte UTF-8 character (Cyrillic: 2 bytes) is never split.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      limit = 74; // the leading space takes one octet
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join(CRLF + ' ');
}

function parseDate(date: string): Date {
  const m = DATE.exec(date);
  if (!m) throw new Error(`iCalendar: expected YYYY-MM-DD, got "${date}"`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Rejects 2026-02-30 and the like instead of silently rolling over to March.
  if (d.toISOString().slice(0, 10) !== date) throw new Error(`iCalendar: invalid date "${date}"`);
  return d;
}

function dateValue(d: Date): string {
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

function dateTimeValue(d: Date): string {
  return d.toISOString().slice(0, 19).replace(/[-:]/g, '') + 'Z';
}

/** URI values are not TEXT-escaped, but a line break would end the property early. */
function uriValue(url: string): string {
  return url.replace(/[\r\n]/g, '');
}

function timeLines(ev: IcalEvent): { start: Date; lines: string[] } {
  if (ev.start && ev.end) {
    if (!(ev.end.getTime() > ev.start.getTime())) throw new Error('iCalendar: an event must end after it starts');
    return { start: ev.start, lines: [`DTSTART:${dateTimeValue(ev.start)}`, `DTEND:${dateTimeValue(ev.end)}`] };
  }
  if (ev.date === undefined) throw new Error('iCalendar: an event needs a date or a start and an end');
  const start = parseDate(ev.date);
  const end = new Date(start.getTime() + 86_400_000); // DTEND is exclusive: the next day
  return { start, lines: [`DTSTART;VALUE=DATE:${dateValue(start)}`, `DTEND;VALUE=DATE:${dateValue(end)}`] };
}

function eventLines(ev: IcalEvent, now: Date | undefined): string[] {
  const time = timeLines(ev);
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(ev.uid)}`, `DTSTAMP:${dateTimeValue(now ?? time.start)}`, ...time.lines];
  if (ev.sequence !== undefined) lines.push(`SEQUENCE:${Math.max(0, Math.trunc(ev.sequence))}`);
  if (ev.status) lines.push(`STATUS:${ev.status}`);
  if (ev.rrule) lines.push(`RRULE:${ev.rrule.replace(/[\r\n]/g, '')}`);
  else if (ev.yearly) lines.push('RRULE:FREQ=YEARLY');
  lines.push(`SUMMARY:${escapeText(ev.summary)}`);
  if (ev.description) lines.push(`DESCRIPTION:${escapeText(ev.description)}`);
  if (ev.location) lines.push(`LOCATION:${escapeText(ev.location)}`);
  if (ev.url) lines.push(`URL:${uriValue(ev.url)}`);
  // A birthday reminder should not mark the subscriber as busy; a timed event does (the default, OPAQUE).
  if (!ev.start) lines.push('TRANSP:TRANSPARENT');
  lines.push('END:VEVENT');
  return lines;
}

export function icalCalendar(opts: IcalCalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(opts.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    // Non-standard but read by Google, Apple and Outlook as the subscription's name.
    `X-WR-CALNAME:${escapeText(opts.name)}`,
    ...opts.events.flatMap((ev) => eventLines(ev, opts.now)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
