// Events as iCalendar (RFC 5545), through lib/ical.ts: UTC instants (every calendar shows them in its own
// zone), a UID that never changes, SEQUENCE bumped on every change, STATUS:CANCELLED once cancelled.
import { icalCalendar, type IcalEvent } from '../../lib/ical.ts';
import type { EventRow, EventTextRow } from './events.repository.ts';

export interface IcsEvent {
  event: EventRow;
  text: EventTextRow | undefined;
}

/** Stable per event, and unique to this installation. */
export const eventUid = (event: Pick<EventRow, 'id'>, publicUrl: string) => `event-${event.id}@${new URL(publicUrl).hostname || 'solidarity-post.invalid'}`;

function icalEvent({ event, text }: IcsEvent, publicUrl: string, lang: string): IcalEvent {
  const location = [event.place, event.address].filter(Boolean).join(', ');
  return {
    uid: eventUid(event, publicUrl),
    start: event.startsAt,
    end: event.endsAt,
    summary: text?.title ?? event.slug,
    description: [text?.description ?? '', `${event.organiser}`].filter(Boolean).join('\n\n'),
    location,
    url: `${publicUrl}/${lang}/events/${event.slug}`,
    sequence: event.sequence,
    status: event.state === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}

/**
 * A calendar of these events. DTSTAMP is `now` when given; otherwise it is derived from the event, so the
 * same events give the same bytes.
 */
export function eventsCalendar(items: IcsEvent[], opts: { publicUrl: string; lang: string; name: string; now?: Date }): string {
  return icalCalendar({
    prodId: '-//Solidarity Post//Events//EN',
    name: opts.name,
    now: opts.now,
    events: items.map((item) => icalEvent(item, opts.publicUrl, opts.lang)),
  });
}
