/**
 * Output formats of the upcoming-birthdays list: CSV (spreadsheets) and iCalendar (subscribe once,
 * get reminded every year); the PDF is in birthdays.pdf.ts, loaded only when someone asks for one.
 * Pure functions: the caller has already queried, translated and formatted everything.
 */
import { toCsv } from '../../../lib/csv.ts';
import { icalCalendar, type IcalEvent } from '../../../lib/ical.ts';
import type { AddressBlock } from '../address.ts';

export type { AddressBlock };

export interface BirthdayEntry {
  /** YYYY-MM-DD of the upcoming birthday. */
  date: string;
  slug: string;
  name: string;
  /** The age they turn; null if the birth year is unknown. */
  age: number | null;
  /** Absolute URL of the person page. */
  url: string;
  address: AddressBlock | null;
  /** e.g. "Letters from strangers may not reach this person", already translated. */
  lettersNote: string | null;
}

export interface BirthdayGroup {
  date: string;
  /** Already formatted in the user's language, e.g. "Saturday, 5 December". */
  label: string;
  entries: BirthdayEntry[];
}

export interface BirthdayLabels {
  title: string;
  /** "turns 34", translated. */
  turns: (age: number) => string;
  noAddress: string;
  /** e.g. "5 December 2026 – 3 February 2027". */
  generatedFor: string;
}

export interface BirthdayIcalEntry {
  uid: string;
  month: number;
  day: number;
  summary: string;
  description: string;
  url: string;
  nextDate: string;
}

// ---------------------------------------------------------------- PDF

/** One row per person; the address lines share one cell, separated by newlines. */
export function birthdaysCsv(
  groups: BirthdayGroup[],
  header: { date: string; name: string; age: string; address: string; url: string },
): string {
  const rows = groups.flatMap((g) =>
    g.entries.map((e) => [
      e.date,
      e.name,
      e.age,
      e.address ? [e.address.recipient, ...e.address.lines].join('\n') : null,
      e.url,
    ]),
  );
  return toCsv([header.date, header.name, header.age, header.address, header.url], rows);
}

// ---------------------------------------------------------------- iCalendar

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A plain yearly rule on 29 February fires only in leap years (RFC 5545 drops invalid
 * dates), so such birthdays recur on the last day of February instead, starting in the
 * February of the year of nextDate (whatever day the caller chose in a common year).
 */
function icalEvent(e: BirthdayIcalEntry): IcalEvent {
  const base = { uid: e.uid, summary: e.summary, description: e.description, url: e.url };
  if (e.month === 2 && e.day === 29) {
    const year = Number(e.nextDate.slice(0, 4));
    const lastDay = new Date(Date.UTC(year, 2, 0)).getUTCDate();
    return { ...base, date: `${year}-02-${pad2(lastDay)}`, rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' };
  }
  return { ...base, date: e.nextDate, yearly: true };
}

/** Yearly recurring all-day events, one per person. */
export function birthdaysIcal(
  entries: BirthdayIcalEntry[],
  opts: { prodId: string; name: string; now?: Date },
): string {
  return icalCalendar({ prodId: opts.prodId, name: opts.name, now: opts.now, events: entries.map(icalEvent) });
}
