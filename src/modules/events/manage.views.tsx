import type { RequestContext } from '../../app/context.ts';
import { Field, FormErrors, type FormState } from '../../app/form-fields.tsx';
import { CsrfField, FieldError, href, Layout, Notice } from '../../app/layout.tsx';
import { LANGUAGES } from '../../app/i18n.ts';
import type { EventRow, EventTextRow, EventWithCounts } from './events.repository.ts';
import { eventTime, languageName } from './events.present.ts';

export function ManageListPage({ ctx, events }: { ctx: RequestContext; events: (EventWithCounts & { title?: string; titleLang?: string })[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('events.manage.title')}>
      <h1>{t('events.manage.title')}</h1>
      <p>
        <a href={href(ctx, '/events/manage/new')}>{t('events.manage.new')}</a>
      </p>
      {events.length === 0 ? (
        <p>{t('events.manage.none')}</p>
      ) : (
        <table>
          <caption>{t('events.manage.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('events.manage.event')}</th>
              <th scope="col">{t('events.when')}</th>
              <th scope="col">{t('events.manage.state')}</th>
              <th scope="col">{t('events.manage.answers')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr>
                <td>
                  <a href={href(ctx, `/events/manage/${e.slug}`)} lang={e.titleLang}>{e.title ?? e.slug}</a>
                </td>
                <td>{eventTime(ctx, e)}</td>
                <td>{t(`events.manage.states.${e.state}`)}</td>
                <td>
                  <a href={href(ctx, `/events/${e.slug}/rsvps`)}>{t('events.coming', { count: e.going + e.anonymousCount })}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export function LangSelect(props: { ctx: RequestContext; name: string; label: string; state?: FormState; optional?: boolean; value?: string }) {
  const { ctx } = props;
  const id = `f-${props.name}`;
  const error = props.state?.errors?.[props.name];
  const value = props.state?.values?.[props.name] ?? props.value ?? '';
  return (
    <div>
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {props.optional && <option value="">{ctx.t('events.form.notTranslated')}</option>}
        {LANGUAGES.map((l) => (
          <option value={l} selected={value === l}>{languageName(ctx.lang, l)}</option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error ? ctx.t(error) : undefined} />
    </div>
  );
}

/** The event's facts: address, language, zone, start and end as wall-clock times in that zone, capacity, approval. */
export function EventFormPage(props: { ctx: RequestContext; event?: EventRow; texts?: EventTextRow[]; state?: FormState; done?: string }) {
  const { ctx, event } = props;
  const { t } = ctx;
  const title = event ? `${t('events.manage.editTitle')}: ${event.slug}` : t('events.manage.new');
  const action = href(ctx, event ? `/events/manage/${event.slug}` : '/events/manage/new');
  const checked = props.state?.values ? props.state.values.approvalRequired === 'on' : event?.approvalRequired;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {props.done && <Notice kind="success">{t(`events.manage.done.${props.done}`)}</Notice>}
      {event && <p>{t(`events.manage.states.${event.state}`)}</p>}
      <FormErrors ctx={ctx} state={props.state} />
      <form method="post" action={action} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <Field ctx={ctx} name="slug" label={t('events.form.slug')} hint={t('events.form.slugHint')} state={props.state} />
        <LangSelect ctx={ctx} name="originalLang" label={t('events.form.originalLang')} state={props.state} />
        <Field ctx={ctx} name="timeZone" label={t('events.form.timeZone')} hint={t('events.form.timeZoneHint')} state={props.state} />
        <Field ctx={ctx} name="startsLocal" label={t('events.form.starts')} hint={t('events.form.localHint')} state={props.state} />
        <Field ctx={ctx} name="endsLocal" label={t('events.form.ends')} hint={t('events.form.localHint')} state={props.state} />
        <Field ctx={ctx} name="place" label={t('events.form.place')} hint={t('events.form.placeHint')} state={props.state} />
        <Field ctx={ctx} name="address" label={t('events.form.address')} required={false} state={props.state} />
        <Field ctx={ctx} name="organiser" label={t('events.form.organiser')} state={props.state} />
        <Field ctx={ctx} name="capacity" label={t('events.form.capacity')} hint={t('events.form.capacityHint')} inputmode="numeric" required={false} state={props.state} />
        <div>
          <input id="f-approvalRequired" type="checkbox" name="approvalRequired" checked={checked} />
          <label for="f-approvalRequired">{t('events.form.approvalRequired')}</label>
        </div>
        <Field ctx={ctx} name="campaign" label={t('events.form.campaign')} hint={t('events.form.campaignHint')} required={false} state={props.state} />
        <button type="submit">{t('events.form.save')}</button>
      </form>
      {event && <EventActions ctx={ctx} event={event} texts={props.texts ?? []} />}
      <p>
        <a href={href(ctx, '/events/manage')}>{t('events.manage.back')}</a>
      </p>
    </Layout>
  );
}

function EventActions({ ctx, event, texts }: { ctx: RequestContext; event: EventRow; texts: EventTextRow[] }) {
  const { t } = ctx;
  const base = `/events/manage/${event.slug}`;
  return (
    <>
      <h2>{t('events.manage.texts')}</h2>
      <ul>
        {LANGUAGES.map((l) => {
          const text = texts.find((x) => x.lang === l);
          return (
            <li>
              <a href={href(ctx, `${base}/text/${l}`)}>{languageName(ctx.lang, l)}</a>: {text ? <span lang={l}>{text.title}</span> : t('events.manage.noText')}
              {l === event.originalLang && <> ({t('events.manage.original')})</>}
            </li>
          );
        })}
      </ul>
      <h2>{t('events.manage.actions')}</h2>
      <p>
        <a href={href(ctx, `/events/${event.slug}`)}>{t('events.manage.view')}</a> · <a href={href(ctx, `${base}/photos`)}>{t('events.manage.photos')}</a> ·{' '}
        <a href={href(ctx, `/events/${event.slug}/rsvps`)}>{t('events.rsvps.link')}</a>
      </p>
      {event.state === 'draft' && (
        <form method="post" action={href(ctx, `${base}/publish`)} class="inline">
          <CsrfField ctx={ctx} />
          <button type="submit">{t('events.manage.publish')}</button>
        </form>
      )}
      {event.state !== 'cancelled' && (
        <form method="post" action={href(ctx, `${base}/cancel`)} class="inline">
          <CsrfField ctx={ctx} />
          <p class="hint">{t('events.manage.cancelHint')}</p>
          <button type="submit">{t('events.manage.cancel')}</button>
        </form>
      )}
    </>
  );
}
