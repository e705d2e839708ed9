// What the pages show of an event: its words in the reader's language (or the original), names of languages,
// the time in the event's zone.
import type { RequestContext } from '../../app/context.ts';
import type { EventRow, EventTextRow } from './events.repository.ts';
import { formatEventTime } from './time.ts';

/** The text in `lang` when there is one, else in the event's original language. */
export function pickText(texts: EventTextRow[], event: Pick<EventRow, 'id' | 'originalLang'>, lang: string): EventTextRow | undefined {
  const mine = texts.filter((t) => t.eventId === event.id);
  return mine.find((t) => t.lang === lang) ?? mine.find((t) => t.lang === event.originalLang);
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the reader's language ("Polish", "польский"). */
export function languageName(readerLang: string, code: string): string {
  let names = displayNames.get(readerLang);
  if (!names) {
    names = new Intl.DisplayNames([readerLang], { type: 'language' });
    displayNames.set(readerLang, names);
  }
  return names.of(code) ?? code;
}

export const eventTime = (ctx: Pick<RequestContext, 'lang'>, event: Pick<EventRow, 'startsAt' | 'endsAt' | 'timeZone'>) =>
  formatEventTime(ctx.lang, event.startsAt, event.endsAt, event.timeZone);

/** Paragraphs of a plain text (blank lines separate them). */
export const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
