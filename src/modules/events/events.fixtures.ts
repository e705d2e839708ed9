// For the events' tests: reads an iCalendar file the way RFC 5545 says, checking its physical form on the way.
import { expect } from 'vitest';

/** RFC 5545 §3.1: unfolding removes every CRLF followed by one space or tab. */
export const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

/** Checks the physical form (CRLF only, ≤ 75 octets a line, no split character) and returns the VEVENTs' properties. */
export function parseCalendar(ics: string): Record<string, string>[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of ics.split('\r\n')) {
    const bytes = Buffer.from(line, 'utf8');
    expect(bytes.length, line).toBeLessThanOrEqual(75);
    expect(bytes.toString('utf8')).not.toContain('\uFFFD');
  }
  const lines = unfold(ics).split('\r\n').slice(0, -1);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  expect(lines).toContain('VERSION:2.0');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') events.push(current!), (current = null);
    else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return events;
}

/** TEXT values back from their escaped form (§3.3.11). */
export const unescapeText = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
