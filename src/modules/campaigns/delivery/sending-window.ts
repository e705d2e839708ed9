// When a letter to a target may leave: clock hours in the organisation's time zone, a sending window
// ("8-18" = 08:00 to 17:59 local time) and places within an hour spaced 3600/cap seconds apart (drip).
// Everything is computed on instants (milliseconds since the epoch) and only *read* as local time through
// Intl, so a daylight-saving change cannot shift a slot: an hour that does not exist locally is never
// produced, and an hour that happens twice (autumn) is two different instants, two different hours.

const HOUR_MS = 3_600_000;

export interface SendingHours {
  from: number;
  to: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function localClock(instant: Date, timeZone: string): { hour: number; minute: number; second: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return { hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

/** The instant the local clock hour containing `instant` began (works for offsets like +05:30 too). */
export function localHourStart(instant: Date, timeZone: string): Date {
  const { minute, second } = localClock(instant, timeZone);
  return new Date(instant.getTime() - (minute * 60 + second) * 1000 - instant.getUTCMilliseconds());
}

/** The local hour after `hourStart` (one hour later on the real clock, whatever the wall clock does). */
export function followingHour(hourStart: Date, timeZone: string): Date {
  return localHourStart(new Date(hourStart.getTime() + HOUR_MS), timeZone);
}

export function inSendingWindow(hourStart: Date, hours: SendingHours, timeZone: string): boolean {
  const { hour } = localClock(hourStart, timeZone);
  return hour >= hours.from && hour < hours.to;
}

/** `hourStart` if that hour is inside the window, else the start of the window's next opening. */
export function sendingHourFrom(hourStart: Date, hours: SendingHours, timeZone: string): Date {
  let hour = hourStart;
  // A window opens at least once a day; 49 hours covers a day plus a daylight-saving change.
  for (let i = 0; i < 49; i++) {
    if (inSendingWindow(hour, hours, timeZone)) return hour;
    hour = followingHour(hour, timeZone);
  }
  throw new Error(`The sending window ${hours.from}-${hours.to} never opens in ${timeZone}`);
}

/** The k-th place of an hour (0-based): hour + k·(3600/cap) seconds. */
export function placeTime(hourStart: Date, place: number, cap: number): Date {
  return new Date(hourStart.getTime() + Math.floor((place * HOUR_MS) / cap));
}

/** The first place of the hour whose time is not before `now` (earlier places are gone); 0 for a future hour. */
export function firstOpenPlace(hourStart: Date, now: Date, cap: number): number {
  const elapsed = now.getTime() - hourStart.getTime();
  return elapsed <= 0 ? 0 : Math.ceil((elapsed * cap) / HOUR_MS);
}
