import type { RequestContext } from '../../app/context.ts';
import { FormErrors, type FormState } from '../../app/form-fields.tsx';
import { href, Layout, Notice } from '../../app/layout.tsx';
import type { EventPhotoRow, EventTextRow, EventWithCounts } from './events.repository.ts';
import { eventTime, languageName, paragraphs } from './events.present.ts';
import { RsvpForms } from './rsvp.views.tsx';

export interface ListedEvent {
  event: EventWithCounts;
  text: EventTextRow | undefined;
  hasReport?: boolean;
}

/** Places left, when the event has a capacity: the capacity less every place held, anonymous ones too. */
export const placesLeftOf = (e: EventWithCounts) => (e.capacity === null ? null : Math.max(0, e.capacity - e.held - e.anonymousCount));
/** People coming: confirmed (and approved) answers and the anonymous "I'll come". */
export const comingOf = (e: EventWithCounts) => e.going + e.anonymousCount;

export const photoUrl = (photo: Pick<EventPhotoRow, 'id'>, key: string) => `/media/events/${photo.id}/${key.slice('events/'.length)}`;

function Title({ ctx, item }: { ctx: RequestContext; item: ListedEvent }) {
  return (
    <a href={href(ctx, `/events/${item.event.slug}`)} lang={item.text?.lang}>
      {item.text?.title ?? item.event.slug}
    </a>
  );
}

function EventFacts({ ctx, event }: { ctx: RequestContext; event: EventWithCounts }) {
  const { t } = ctx;
  const left = placesLeftOf(event);
  return (
    <dl class="facts">
      <dt>{t('events.when')}</dt>
      <dd>
        <time dateTime={event.startsAt.toISOString()}>{eventTime(ctx, event)}</time>
      </dd>
      <dt>{t('events.where')}</dt>
      <dd>
        {event.place}
        {event.address && <>, {event.address}</>}
      </dd>
      <dt>{t('events.organiser')}</dt>
      <dd>{event.organiser}</dd>
      {left !== null && event.state === 'published' && (
        <>
          <dt>{t('events.placesLeftLabel')}</dt>
          <dd>{left === 0 ? t('events.full') : t('events.placesLeft', { count: left })}</dd>
        </>
      )}
    </dl>
  );
}

export function EventsListPage(props: { ctx: RequestContext; upcoming: ListedEvent[]; past: ListedEvent[]; canManage: boolean }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('events.title')}>
      <h1>{t('events.title')}</h1>
      <p>{t('events.intro')}</p>
      <p>
        <a href={href(ctx, '/events.ics')} type="text/calendar">{t('events.feed')}</a> <span class="hint">{t('events.feedHint')}</span>
      </p>
      {props.canManage && (
        <p>
          <a href={href(ctx, '/events/manage')}>{t('events.manage.link')}</a>
        </p>
      )}
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t('events.upcoming')}</h2>
        {props.upcoming.length === 0 ? (
          <p>{t('events.noneUpcoming')}</p>
        ) : (
          <ul class="event-list">
            {props.upcoming.map((item) => (
              <li>
                <h3>
                  <Title ctx={ctx} item={item} />
                  {item.event.state === 'cancelled' && <> <strong class="badge">{t('events.cancelledMark')}</strong></>}
                </h3>
                <EventFacts ctx={ctx} event={item.event} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="past">
        <h2 id="past">{t('events.past')}</h2>
        {props.past.length === 0 ? (
          <p>{t('events.nonePast')}</p>
        ) : (
          <ul>
            {props.past.map((item) => (
              <li>
                <Title ctx={ctx} item={item} /> · <time dateTime={item.event.startsAt.toISOString()}>{eventTime(ctx, item.event)}</time>
                {item.event.state === 'cancelled' && <> · <strong class="badge">{t('events.cancelledMark')}</strong></>}
                {item.hasReport && <> · <span class="badge">{t('events.reportMark')}</span></>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

export type EventNotice = 'sent' | 'counted';

export interface EventPageProps {
  ctx: RequestContext;
  event: EventWithCounts;
  text: EventTextRow | undefined;
  report: EventTextRow | undefined;
  photos: EventPhotoRow[];
  campaignSlug: string | undefined;
  open: boolean;
  submissionId: string;
  canManage: boolean;
  notice?: EventNotice;
  state?: FormState;
}

export function EventPage(p: EventPageProps) {
  const { ctx, event, text } = p;
  const { t } = ctx;
  const title = text?.title ?? event.slug;
  const left = placesLeftOf(event);
  return (
    <Layout ctx={ctx} title={title}>
      <h1 lang={text?.lang}>{title}</h1>
      {event.state === 'cancelled' && <Notice kind="error">{t('events.cancelledNotice')}</Notice>}
      {event.state === 'draft' && <Notice kind="info">{t('events.draftNotice')}</Notice>}
      {p.notice === 'sent' && <Notice kind="success">{t('events.rsvp.sent')}</Notice>}
      {p.notice === 'counted' && <Notice kind="success">{t('events.rsvp.counted')}</Notice>}
      <FormErrors ctx={ctx} state={p.state} />
      {text?.translatedFrom && <p class="hint">{t('events.translatedFrom', { language: languageName(ctx.lang, text.translatedFrom) })}</p>}
      {text && text.lang !== ctx.lang && !text.translatedFrom && <p class="hint">{t('events.shownIn', { language: languageName(ctx.lang, text.lang) })}</p>}
      <EventFacts ctx={ctx} event={event} />
      <p>{t('events.coming', { count: comingOf(event) })}</p>
      {p.campaignSlug && (
        <p>
          <a href={href(ctx, `/campaigns/${p.campaignSlug}`)}>{t('events.campaignLink')}</a>
        </p>
      )}
      <div lang={text?.lang}>
        {paragraphs(text?.description ?? '').map((para) => (
          <p>{para}</p>
        ))}
      </div>
      <p>
        <a href={href(ctx, `/events/${event.slug}.ics`)} type="text/calendar" download={`${event.slug}.ics`}>{t('events.addToCalendar')}</a>
      </p>
      {p.open && event.state === 'published' && <RsvpForms ctx={ctx} event={event} full={left === 0} submissionId={p.submissionId} state={p.state} />}
      {(p.report?.report || p.photos.length > 0) && (
        <section aria-labelledby="report">
          <h2 id="report">{t('events.report')}</h2>
          <div lang={p.report?.lang}>
            {paragraphs(p.report?.report ?? '').map((para) => (
              <p>{para}</p>
            ))}
          </div>
          <ul class="photo-grid">
            {p.photos.map((photo) => (
              <li>
                <a href={photoUrl(photo, photo.photoKey)}>
                  <img src={photoUrl(photo, photo.thumbKey)} width={160} height={160} alt={photo.caption || t('events.photoAlt')} />
                </a>
                {photo.caption && <p>{photo.caption}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.canManage && (
        <p>
          <a href={href(ctx, `/events/manage/${event.slug}`)}>{t('events.manage.editThis')}</a> · <a href={href(ctx, `/events/${event.slug}/rsvps`)}>{t('events.rsvps.link')}</a>
        </p>
      )}
      <p>
        <a href={href(ctx, '/events')}>{t('events.back')}</a>
      </p>
    </Layout>
  );
}
