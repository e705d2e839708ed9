// An event happens at a wall-clock time in a place: organisers type "2026-12-05 14:00" in the event's
// IANA zone, we store the instant, and every page, e-mail and calendar shows it in that zone again,
// with the zone named, whatever zone the server or the reader is in.

/** The canonical name of an IANA time zone ("europe/warsaw" → "Europe/Warsaw"), or null if there is none. */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  if (!/^[A-Za-z0-9_+\-/]{1,64}$/.test(trimmed)) return null;
  try {
    const zone = new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
    // Offsets like "+01:00" are accepted by Intl but are not places: their clocks never change.
    return /^[A-Za-z]/.test(zone) ? zone : null;
  } catch {
    return null;
  }
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    partsFormats.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading in `timeZone` at `instant`, as milliseconds of a UTC clock showing the same figures. */
function wallClockMs(instant: number, timeZone: string): number {
  const p = Object.fromEntries(partsFormat(timeZone).formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
}

/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds. */
const offsetAt = (instant: number, timeZone: string) => wallClockMs(instant, timeZone) - Math.floor(instant / 1000) * 1000;

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;

/**
 * The instant at which clocks in `timeZone` show `local` ("YYYY-MM-DDTHH:MM"), or null for a reading that
 * is not a date and time. Like Temporal's "compatible" choice: a time the clocks skip when they go forward
 * (02:30 on the last Sunday of March in Warsaw) means the same length of time after the jump (03:30), and
 * a time that happens twice when they go back means the first of the two.
 */
export function localToInstant(local: string, timeZone: string): Date | null {
  const m = LOCAL_RE.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  // The offset a day before and a day after bracket any transition (zones change at most once a day).
  const before = offsetAt(asUtc - 86_400_000, timeZone);
  const after = offsetAt(asUtc + 86_400_000, timeZone);
  const candidates = [...new Set([before, after])].map((o) => asUtc - o).filter((t) => wallClockMs(t, timeZone) === asUtc);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // In the gap: read with the offset from before the jump, which lands as far past it as the reading was.
  return new Date(asUtc - before);
}

/** The wall-clock reading of an instant in a zone as "YYYY-MM-DDTHH:MM" (what the organisers' form shows). */
export function instantToLocal(instant: Date, timeZone: string): string {
  return new Date(wallClockMs(instant.getTime(), timeZone)).toISOString().slice(0, 16);
}

const rangeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "Sat, 5 Dec 2026, 14:00 – 16:00 (Europe/Warsaw)" in the reader's language, read in the event's zone, which
 * is named: a supporter abroad must not guess whether the time is theirs or the event's.
 */
export function formatEventTime(lang: string, start: Date, end: Date, timeZone: string): string {
  const id = `${lang}\u0000${timeZone}`;
  let f = rangeFormats.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    rangeFormats.set(id, f);
  }
  return `${f.formatRange(start, end)} (${timeZone})`;
}
