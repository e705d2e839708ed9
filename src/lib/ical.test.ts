import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icalCalendar } from './ical.ts';

/** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves lines of up to 75 octets alone', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds a long Cyrillic line at 75 octets without splitting a character', () => {
    const line = 'SUMMARY:' + 'День рождения Марии Колесниковой, Минск, Беларусь; '.repeat(4);
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(2);
    for (const [i, p] of physical.entries()) {
      const bytes = Buffer.from(p, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      if (i > 0) expect(p.startsWith(' ')).toBe(true);
      // A split multi-byte character would decode to U+FFFD.
      expect(bytes.toString('utf8')).not.toContain('\uFFFD');
    }
    expect(unfold(folded)).toBe(line);
  });

  it('keeps 4-byte characters (surrogate pairs) whole', () => {
    const line = 'SUMMARY:' + '🎂'.repeat(40);
    for (const p of foldLine(line).split('\r\n')) expect(p).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(unfold(foldLine(line))).toBe(line);
  });
});

describe('icalCalendar', () => {
  const cal = icalCalendar({
    prodId: '-//Solidarity Post//Birthdays//EN',
    name: 'Дни рождения',
    events: [
      { uid: 'a@example.org', date: '2026-12-31', summary: 'Иванов, Иван; 40', description: 'line 1\nline 2', url: 'https://example.org/p/a', yearly: true },
      { uid: 'b@example.org', date: '2027-01-05', summary: 'One-off' },
    ],
  });

  it('uses CRLF everywhere and has the calendar envelope', () => {
    expect(cal.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(cal).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('PRODID:-//Solidarity Post//Birthdays//EN');
    expect(lines).toContain('X-WR-CALNAME:Дни рождения');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
  });

  it('writes all-day events ending the next day, across a year boundary', () => {
    const text = unfold(cal);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text.match(/END:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101');
    expect(text).toContain('DTSTART;VALUE=DATE:20270105\r\nDTEND;VALUE=DATE:20270106');
    expect(text).toContain('DTSTAMP:20261231T000000Z');
  });

  it('escapes text but not URLs, and adds RRULE only to yearly events', () => {
    const text = unfold(cal);
    expect(text).toContain('SUMMARY:Иванов\\, Иван\\; 40');
    expect(text).toContain('DESCRIPTION:line 1\\nline 2');
    expect(text).toContain('URL:https://example.org/p/a');
    expect(text.match(/RRULE:FREQ=YEARLY/g)).toHaveLength(1);
  });

  it('is deterministic, or uses the given DTSTAMP', () => {
    const opts = { prodId: 'p', name: 'n', events: [{ uid: 'u', date: '2026-03-01', summary: 's' }] };
    expect(icalCalendar(opts)).toBe(icalCalendar(opts));
    expect(icalCalendar({ ...opts, now: new Date('2026-01-02T03:04:05.678Z') })).toContain('DTSTAMP:20260102T030405Z');
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => icalCalendar({ prodId: 'p', name: 'n', events: [{ uid: 'u', date: '2026-02-30', summary: 's' }] })).toThrow();
    expect(() => icalCalendar({ prodId: 'p', name: 'n', events: [{ uid: 'u', date: '5.12.2026', summary: 's' }] })).toThrow();
  });
});

describe('icalCalendar, timed events', () => {
  const cal = icalCalendar({
    prodId: 'p',
    name: 'n',
    now: new Date('2026-11-20T10:00:00Z'),
    events: [{ uid: 'e@example.org', start: new Date('2026-12-05T13:00:00Z'), end: new Date('2026-12-05T15:30:00Z'), summary: 'Picket', location: 'Gate 1; north side', sequence: 2, status: 'CANCELLED' }],
  });

  it('writes UTC instants, the sequence, the status and the escaped location, and marks the time busy', () => {
    const text = unfold(cal);
    expect(text).toContain('DTSTART:20261205T130000Z\r\nDTEND:20261205T153000Z\r\nSEQUENCE:2\r\nSTATUS:CANCELLED');
    expect(text).toContain('LOCATION:Gate 1\\; north side');
    expect(text).not.toContain('TRANSP');
  });

  it('refuses an event without a date or ending before it starts', () => {
    expect(() => icalCalendar({ prodId: 'p', name: 'n', events: [{ uid: 'u', summary: 's' }] })).toThrow();
    expect(() => icalCalendar({ prodId: 'p', name: 'n', events: [{ uid: 'u', summary: 's', start: new Date('2026-01-02T00:00:00Z'), end: new Date('2026-01-01T00:00:00Z') }] })).toThrow();
  });
});
