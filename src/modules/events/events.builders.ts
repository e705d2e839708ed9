// Events for tests and the demo: invented places, organisers and words (never real people), and a generated
// picture for the demo report (a gradient, like the wall's demo pictures).
import { createHash, randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Deps } from '../../app/context.ts';
import type { Db } from '../../db/client.ts';
import type { Keys } from '../../lib/crypto.ts';
import { gradientPicture } from '../solidarity/wall/wall.builders.ts';
import { addDays, todayIso } from '../registry/registry.present.ts';
import { EVENT_THUMB_SIDE, type EventState } from './events.model.ts';
import { eventPhotos, events, eventTexts } from './events.tables.ts';
import { localToInstant } from './time.ts';

export type EventTextInput = { lang: string; title: string; description: string; translatedFrom?: string | null; report?: string | null };

export interface EventBuild {
  slug?: string;
  state?: EventState;
  timeZone?: string;
  startsAt?: Date;
  /** Length in hours (default 2). */
  hours?: number;
  place?: string;
  address?: string;
  organiser?: string;
  capacity?: number | null;
  approvalRequired?: boolean;
  originalLang?: string;
  texts?: EventTextInput[];
}

/** One event with its texts; starts in three days unless told. */
export async function buildEvent(db: Db, opts: EventBuild = {}) {
  const startsAt = opts.startsAt ?? new Date(Date.now() + 3 * 86_400_000);
  const originalLang = opts.originalLang ?? 'en';
  const [row] = await db
    .insert(events)
    .values({
      slug: opts.slug ?? `event-${randomUUID().slice(0, 8)}`,
      state: opts.state ?? 'published',
      originalLang,
      timeZone: opts.timeZone ?? 'Europe/Warsaw',
      startsAt,
      endsAt: new Date(startsAt.getTime() + (opts.hours ?? 2) * 3600_000),
      place: opts.place ?? 'In front of the Embassy of Freedonia',
      address: opts.address ?? '1 Example Street, Exampleville',
      organiser: opts.organiser ?? 'Example Solidarity Group',
      capacity: opts.capacity ?? null,
      approvalRequired: opts.approvalRequired ?? false,
      createdOn: todayIso(),
    })
    .returning();
  const texts = opts.texts ?? [{ lang: originalLang, title: 'Picket of solidarity', description: 'Bring a postcard and a warm coat.' }];
  if (texts.length > 0) await db.insert(eventTexts).values(texts.map((t) => ({ eventId: row.id, lang: t.lang, title: t.title, description: t.description, translatedFrom: t.translatedFrom ?? null, report: t.report ?? null })));
  return row;
}

/** The demo's report picture keys, derived so the picture can be made again if missing. */
const demoFiles = () => {
  const h = createHash('sha256').update('events-demo-report').digest('hex');
  return { photoKey: `events/${h.slice(0, 32)}.jpg`, thumbKey: `events/${h.slice(32, 64)}.jpg` };
};

/** The local date `days` from today at hh:mm in a zone, as an instant. */
function at(days: number, time: string, timeZone: string): Date {
  const day = addDays(todayIso(), days);
  return localToInstant(`${day}T${time}`, timeZone)!;
}

/** Invented demo events: three upcoming (one small, one asking for approval) and one past with a report. */
export async function seedEventsDemo(db: Db, keys: Keys): Promise<void> {
  void keys;
  await buildEvent(db, {
    slug: 'demo-picket-embassy',
    timeZone: 'Europe/Warsaw',
    startsAt: at(5, '14:00', 'Europe/Warsaw'),
    place: 'In front of the Embassy of Freedonia',
    address: '12 Invented Avenue, Warsaw',
    organiser: 'Demo Diaspora Circle',
    texts: [
      { lang: 'en', title: 'Picket for the prisoners of conscience', description: 'We stand in silence for one hour with the names of the prisoners.\n\nBring a candle; signs are provided.' },
      { lang: 'pl', title: 'Pikieta solidarności z więźniami sumienia', description: 'Stoimy w ciszy przez godzinę z nazwiskami więźniów.\n\nPrzynieś świeczkę; transparenty zapewniamy.', translatedFrom: 'en' },
      { lang: 'ru', title: 'Пикет солидарности с узниками совести', description: 'Час стоим молча с именами узников.\n\nПринесите свечу; плакаты будут.', translatedFrom: 'en' },
    ],
  });
  await buildEvent(db, {
    slug: 'demo-letter-evening',
    timeZone: 'Europe/Berlin',
    startsAt: at(9, '18:30', 'Europe/Berlin'),
    hours: 3,
    place: 'Demo Community Library, reading room',
    address: '5 Made-up Lane, Berlin',
    organiser: 'Demo Letter Club',
    capacity: 6,
    originalLang: 'de',
    texts: [
      { lang: 'de', title: 'Briefeschreiben-Abend', description: 'Wir schreiben gemeinsam Postkarten an politische Gefangene. Karten und Stifte liegen bereit.' },
      { lang: 'en', title: 'Letter-writing evening', description: 'We write postcards to political prisoners together. Cards and pens are provided.', translatedFrom: 'de' },
    ],
  });
  await buildEvent(db, {
    slug: 'demo-solidarity-concert',
    timeZone: 'Europe/Vilnius',
    startsAt: at(16, '19:00', 'Europe/Vilnius'),
    hours: 2.5,
    place: 'Demo Hall of the Invented Arts',
    address: '3 Fictional Square, Vilnius',
    organiser: 'Demo Culture Collective',
    capacity: 40,
    approvalRequired: true,
    originalLang: 'be',
    texts: [
      { lang: 'be', title: 'Канцэрт салідарнасці', description: 'Вечар песень для тых, хто за кратамі. Месцаў мала: арганізатары пацвярджаюць кожны адказ.' },
      { lang: 'en', title: 'Solidarity concert', description: 'An evening of songs for those behind bars. Few seats: the organisers confirm every answer.', translatedFrom: 'be' },
    ],
  });
  const past = await buildEvent(db, {
    slug: 'demo-postcard-marathon',
    timeZone: 'Europe/Warsaw',
    startsAt: at(-12, '11:00', 'Europe/Warsaw'),
    hours: 4,
    place: 'Demo Neighbourhood Café',
    address: '8 Imaginary Street, Kraków',
    organiser: 'Demo Diaspora Circle',
    texts: [
      {
        lang: 'en',
        title: 'Postcard marathon',
        description: 'Four hours of postcards for birthdays this month.',
        report: 'Thirty-one people came and wrote 214 postcards. Thank you all!\n\nThe cards were posted the next morning.',
      },
    ],
  });
  await db.insert(eventPhotos).values({ eventId: past.id, ...demoFiles(), caption: 'Postcards drying on the table (a generated picture)', createdOn: todayIso() });
}

/** Makes the demo report's picture if the seed (which has no file store) left it missing. Cheap when present. */
export async function restoreDemoEventFiles(deps: Pick<Deps, 'database' | 'blobs'>): Promise<void> {
  const files = demoFiles();
  const rows = await deps.database.db.select({ id: eventPhotos.id }).from(eventPhotos).where(inArray(eventPhotos.photoKey, [files.photoKey]));
  if (rows.length === 0 || ((await deps.blobs.get(files.photoKey)) && (await deps.blobs.get(files.thumbKey)))) return;
  await deps.blobs.put(files.photoKey, await gradientPicture(800, [250, 220, 160], [90, 140, 200]));
  await deps.blobs.put(files.thumbKey, await gradientPicture(EVENT_THUMB_SIDE, [250, 220, 160], [90, 140, 200]));
}
