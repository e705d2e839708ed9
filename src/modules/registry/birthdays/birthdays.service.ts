// Upcoming birthdays and releases, shaped for the pages and the downloadable formats.
import type { Translate } from '../../../app/i18n.ts';
import type { Conn } from '../registry.repository.ts';
import { addressBlock } from '../address.ts';
import { addDays, ageOn, displayName, formatIsoDate } from '../registry.present.ts';
import { allBirthdays, birthdaysIn, daysInWindow, releasedSince, releasesBetween, type PersonAt } from './birthdays.repository.ts';
import type { BirthdayEntry, BirthdayGroup, BirthdayIcalEntry } from './birthdays.formats.ts';

export interface Reader {
  lang: string;
  t: Translate;
  publicUrl: string;
}

function entryFor(r: Reader, { person, facility }: PersonAt, date: string): BirthdayEntry {
  return {
    date,
    slug: person.slug,
    name: displayName(person, r.lang),
    age: ageOn(person.birthYear, date),
    url: `${r.publicUrl}/${r.lang}/people/${person.slug}`,
    address: facility ? addressBlock(person, facility) : null,
    lettersNote: person.lettersReach === 'yes' ? null : r.t(`registry.letters.notice.${person.lettersReach}`),
  };
}

function dayLabel(lang: string, iso: string): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** Birthdays in [from, from + days), grouped by day in date order; people in each day by name. */
export async function upcomingBirthdays(db: Conn, r: Reader, from: string, days: number): Promise<BirthdayGroup[]> {
  const window = daysInWindow(from, days);
  const byDay = new Map<string, PersonAt[]>();
  for (const p of await birthdaysIn(db, window)) {
    const key = `${p.person.birthMonth}-${p.person.birthDay}`;
    byDay.set(key, [...(byDay.get(key) ?? []), p]);
  }
  const groups = new Map<string, BirthdayGroup>();
  for (const w of window) {
    const born = byDay.get(`${w.month}-${w.day}`);
    if (!born) continue;
    // 29 February adds its people to the 28th in other years: one group per date.
    const group = groups.get(w.date) ?? { date: w.date, label: dayLabel(r.lang, w.date), entries: [] };
    group.entries.push(...born.map((p) => entryFor(r, p, w.date)));
    groups.set(w.date, group);
  }
  return [...groups.values()];
}

export function periodLabel(lang: string, from: string, days: number): string {
  return `${formatIsoDate(lang, from)} – ${formatIsoDate(lang, addDays(from, days - 1))}`;
}

/** The next date (from `from` on) a month/day falls on; 29 February falls on the 28th in other years. */
export function nextOccurrence(from: string, month: number, day: number): string {
  for (let year = Number(from.slice(0, 4)); ; year++) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const d = month === 2 && day === 29 && !leap ? 28 : day;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (iso >= from) return iso;
  }
}

/** Every known birthday as a yearly event for calendar programs. */
export async function birthdayFeed(db: Conn, r: Reader, today: string, host: string): Promise<BirthdayIcalEntry[]> {
  const people = await allBirthdays(db);
  return people.map((p) => {
    const next = nextOccurrence(today, p.person.birthMonth!, p.person.birthDay!);
    const entry = entryFor(r, p, next);
    const address = entry.address ? [entry.address.recipient, ...entry.address.lines].join('\n') : r.t('registry.address.none');
    return {
      uid: `birthday-${p.person.id}@${host}`,
      month: p.person.birthMonth!,
      day: p.person.birthDay!,
      summary: r.t('registry.birthdays.eventSummary', { name: entry.name }),
      description: [address, entry.lettersNote, entry.url].filter(Boolean).join('\n\n'),
      url: entry.url,
      nextDate: next,
    };
  });
}

export async function releasesView(db: Conn, today: string) {
  const [upcoming, recent] = await Promise.all([releasesBetween(db, today, addDays(today, 365)), releasedSince(db, addDays(today, -90))]);
  return { upcoming, recent };
}
