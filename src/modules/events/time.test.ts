import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, formatEventTime as format, instantToLocal, localToInstant } from './time.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('wall-clock time in an event zone ↔ instants', () => {
  it('reads local times in Warsaw and New York, winter and summer', () => {
    expect(iso(localToInstant('2026-12-05T14:00', 'Europe/Warsaw'))).toBe('2026-12-05T13:00:00.000Z');
    expect(iso(localToInstant('2026-07-01 14:00', 'Europe/Warsaw'))).toBe('2026-07-01T12:00:00.000Z');
    expect(iso(localToInstant('2026-12-05T14:00', 'America/New_York'))).toBe('2026-12-05T19:00:00.000Z');
    expect(iso(localToInstant('2026-07-01T14:00', 'America/New_York'))).toBe('2026-07-01T18:00:00.000Z');
  });

  it('writes the same instants back as the wall-clock time of the zone', () => {
    for (const [local, zone] of [['2026-12-05T14:00', 'Europe/Warsaw'], ['2026-07-01T09:15', 'America/New_York'], ['2027-01-01T00:00', 'Europe/Warsaw'], ['2026-10-25T03:00', 'Europe/Warsaw']]) {
      expect(instantToLocal(localToInstant(local, zone)!, zone)).toBe(local);
    }
    // One instant, two zones: 13:00 UTC is 14:00 in Warsaw and 08:00 in New York.
    const instant = new Date('2026-12-05T13:00:00Z');
    expect(instantToLocal(instant, 'Europe/Warsaw')).toBe('2026-12-05T14:00');
    expect(instantToLocal(instant, 'America/New_York')).toBe('2026-12-05T08:00');
  });

  it('moves a time the clocks skip in spring forward by the length of the jump', () => {
    // Warsaw: 02:00 CET → 03:00 CEST on 29 March 2026; New York: 02:00 EST → 03:00 EDT on 8 March 2026.
    expect(iso(localToInstant('2026-03-29T02:30', 'Europe/Warsaw'))).toBe('2026-03-29T01:30:00.000Z');
    expect(instantToLocal(localToInstant('2026-03-29T02:30', 'Europe/Warsaw')!, 'Europe/Warsaw')).toBe('2026-03-29T03:30');
    expect(iso(localToInstant('2026-03-08T02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    // Either side of the jump is read exactly.
    expect(iso(localToInstant('2026-03-29T01:59', 'Europe/Warsaw'))).toBe('2026-03-29T00:59:00.000Z');
    expect(iso(localToInstant('2026-03-29T03:00', 'Europe/Warsaw'))).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the first of a time that happens twice in autumn', () => {
    // Warsaw: 03:00 CEST → 02:00 CET on 25 October 2026, so 02:30 happens at 00:30 and at 01:30 UTC.
    expect(iso(localToInstant('2026-10-25T02:30', 'Europe/Warsaw'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(localToInstant('2026-11-01T01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    // An event across the change lasts the real time: 01:00 to 04:00 in Warsaw that night is four hours.
    const start = localToInstant('2026-10-25T01:00', 'Europe/Warsaw')!;
    const end = localToInstant('2026-10-25T04:00', 'Europe/Warsaw')!;
    expect((end.getTime() - start.getTime()) / 3600_000).toBe(4);
  });

  it('refuses readings that are not a date and a time', () => {
    for (const bad of ['2026-02-30T10:00', '2026-12-05T25:00', '2026-12-05T10:60', '5.12.2026 14:00', '2026-12-05', '', '2026-12-05T14:00Z']) {
      expect(localToInstant(bad, 'Europe/Warsaw'), bad).toBeNull();
    }
  });

  it('knows IANA zone names, in their canonical spelling, and nothing else', () => {
    expect(canonicalTimeZone('Europe/Warsaw')).toBe('Europe/Warsaw');
    expect(canonicalTimeZone('europe/warsaw')).toBe('Europe/Warsaw');
    expect(canonicalTimeZone('America/New_York')).toBe('America/New_York');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    for (const bad of ['Mars/Olympus', '+01:00', '', 'Europe/Warsaw; DROP', 'x'.repeat(100)]) expect(canonicalTimeZone(bad), bad).toBeNull();
  });
});

describe('the time as pages and e-mails show it', () => {
  const start = new Date('2026-12-05T13:00:00Z');
  const end = new Date('2026-12-05T15:00:00Z');
  // Intl puts thin and narrow no-break spaces around the dash and before PM; read them as spaces here.
  const formatEventTime = (...args: Parameters<typeof format>) => format(...args).replace(/[\u2009\u202f]/g, ' ');

  it('is the time of the event zone, named, formatted per language', () => {
    expect(formatEventTime('en', start, end, 'Europe/Warsaw')).toBe('Sat, Dec 5, 2026, 2:00 – 4:00 PM (Europe/Warsaw)');
    expect(formatEventTime('pl', start, end, 'Europe/Warsaw')).toBe('sob., 5 gru 2026, 14:00–16:00 (Europe/Warsaw)');
    expect(formatEventTime('de', start, end, 'Europe/Warsaw')).toBe('Sa., 5. Dez. 2026, 14:00–16:00 Uhr (Europe/Warsaw)');
    expect(formatEventTime('ru', start, end, 'Europe/Warsaw')).toContain('14:00–16:00 (Europe/Warsaw)');
    // The same instants for an event in New York read 08:00–10:00 there.
    expect(formatEventTime('fr', start, end, 'America/New_York')).toBe('sam. 5 déc. 2026, 08:00 – 10:00 (America/New_York)');
  });
});
