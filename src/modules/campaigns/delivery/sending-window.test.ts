import { describe, expect, it } from 'vitest';
import { firstOpenPlace, followingHour, inSendingWindow, localHourStart, placeTime, sendingHourFrom } from './sending-window.ts';

const at = (iso: string) => new Date(iso);
const BERLIN = 'Europe/Berlin';
const WORKDAY = { from: 8, to: 18 };

describe('clock hours in the organisation time zone', () => {
  it('starts an hour at the local full hour, also where the offset is not whole hours', () => {
    expect(localHourStart(at('2026-06-10T10:47:12.345Z'), BERLIN).toISOString()).toBe('2026-06-10T10:00:00.000Z');
    // India is UTC+05:30: 16:17 local is 10:47Z, and the local hour began at 16:00 = 10:30Z.
    expect(localHourStart(at('2026-06-10T10:47:12Z'), 'Asia/Kolkata').toISOString()).toBe('2026-06-10T10:30:00.000Z');
  });

  it('walks over the spring change without inventing the missing hour', () => {
    // 29 March 2026: at 02:00 CET the clocks jump to 03:00 CEST. 01:00 CET = 00:00Z, the next local hour is 03:00 CEST = 01:00Z.
    const one = localHourStart(at('2026-03-29T00:30:00Z'), BERLIN);
    expect(one.toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(followingHour(one, BERLIN).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(inSendingWindow(followingHour(one, BERLIN), { from: 3, to: 4 }, BERLIN)).toBe(true);
  });

  it('counts the autumn hour that happens twice as two hours', () => {
    // 25 October 2026: 03:00 CEST goes back to 02:00 CET, so 02:00-03:00 local happens at 00:00Z and again at 01:00Z.
    const first = localHourStart(at('2026-10-25T00:10:00Z'), BERLIN);
    const second = followingHour(first, BERLIN);
    expect([first.toISOString(), second.toISOString()]).toEqual(['2026-10-25T00:00:00.000Z', '2026-10-25T01:00:00.000Z']);
    expect(inSendingWindow(first, { from: 2, to: 3 }, BERLIN) && inSendingWindow(second, { from: 2, to: 3 }, BERLIN)).toBe(true);
  });
});

describe('the sending window', () => {
  it('keeps an hour inside the window and moves one outside it to the next opening', () => {
    expect(sendingHourFrom(at('2026-06-10T10:00:00Z'), WORKDAY, BERLIN).toISOString()).toBe('2026-06-10T10:00:00.000Z');
    // 17:00 local (15:00Z) is the last hour of "8-18"; 18:00 local waits for 08:00 the next morning (06:00Z in summer).
    expect(sendingHourFrom(at('2026-06-10T15:00:00Z'), WORKDAY, BERLIN).toISOString()).toBe('2026-06-10T15:00:00.000Z');
    expect(sendingHourFrom(at('2026-06-10T16:00:00Z'), WORKDAY, BERLIN).toISOString()).toBe('2026-06-11T06:00:00.000Z');
    // Before the window opens: the same morning.
    expect(sendingHourFrom(at('2026-06-10T03:00:00Z'), WORKDAY, BERLIN).toISOString()).toBe('2026-06-10T06:00:00.000Z');
  });

  it('opens at 08:00 local time on the morning after a daylight-saving change', () => {
    // Saturday 28 March 2026, 20:00 CET (19:00Z) → Sunday 08:00 CEST = 06:00Z (not 07:00Z, as adding 12 hours would give).
    expect(sendingHourFrom(localHourStart(at('2026-03-28T19:00:00Z'), BERLIN), WORKDAY, BERLIN).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    // Saturday 24 October 2026, 20:00 CEST (18:00Z) → Sunday 08:00 CET = 07:00Z.
    expect(sendingHourFrom(localHourStart(at('2026-10-24T18:00:00Z'), BERLIN), WORKDAY, BERLIN).toISOString()).toBe('2026-10-25T07:00:00.000Z');
  });

  it('is all day with 0-24 and follows the configured zone, not the server clock', () => {
    expect(sendingHourFrom(at('2026-06-10T23:00:00Z'), { from: 0, to: 24 }, BERLIN).toISOString()).toBe('2026-06-10T23:00:00.000Z');
    // 9-17 in New York (UTC-4 in June): 12:00Z is 08:00 local, so the window opens at 13:00Z.
    expect(sendingHourFrom(at('2026-06-10T12:00:00Z'), { from: 9, to: 17 }, 'America/New_York').toISOString()).toBe('2026-06-10T13:00:00.000Z');
  });
});

describe('drip places within an hour', () => {
  it('spaces the k-th place of an hour k·3600/cap seconds after its start', () => {
    const hour = at('2026-06-10T10:00:00Z');
    expect([0, 1, 2, 19].map((k) => placeTime(hour, k, 20).toISOString())).toEqual([
      '2026-06-10T10:00:00.000Z',
      '2026-06-10T10:03:00.000Z',
      '2026-06-10T10:06:00.000Z',
      '2026-06-10T10:57:00.000Z',
    ]);
  });

  it('skips the places whose time has passed, so no letter is scheduled before now', () => {
    const hour = at('2026-06-10T10:00:00Z');
    expect(firstOpenPlace(hour, at('2026-06-10T09:59:00Z'), 20)).toBe(0);
    expect(firstOpenPlace(hour, hour, 20)).toBe(0);
    expect(firstOpenPlace(hour, at('2026-06-10T10:03:00Z'), 20)).toBe(1);
    expect(firstOpenPlace(hour, at('2026-06-10T10:03:00.001Z'), 20)).toBe(2);
    expect(firstOpenPlace(hour, at('2026-06-10T10:58:00Z'), 20)).toBe(20);
    // Whatever the cap, the first open place is never before now.
    for (const cap of [1, 7, 20, 3600]) {
      for (const minute of [0, 1, 13, 59]) {
        const now = at(`2026-06-10T10:${String(minute).padStart(2, '0')}:30.5Z`);
        const k = firstOpenPlace(hour, now, cap);
        if (k < cap) expect(placeTime(hour, k, cap).getTime()).toBeGreaterThanOrEqual(now.getTime());
        if (k > 0) expect(placeTime(hour, k - 1, cap).getTime()).toBeLessThan(now.getTime());
      }
    }
  });
});
