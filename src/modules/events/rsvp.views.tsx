import type { RequestContext } from '../../app/context.ts';
import { Field, type FormState } from '../../app/form-fields.tsx';
import { CsrfField, href, Layout, Notice } from '../../app/layout.tsx';
import { LinkConfirmPage } from '../../app/link-confirm.tsx';
import type { EventRow } from './events.repository.ts';
import type { RsvpState } from './events.model.ts';
import type { ConfirmOutcome } from './rsvp.service.ts';

/** The two ways to say "I'll come": with a name and an address (confirmed by e-mail), or anonymously. */
export function RsvpForms(props: { ctx: RequestContext; event: Pick<EventRow, 'slug' | 'approvalRequired'>; full: boolean; submissionId: string; state?: FormState }) {
  const { ctx, event } = props;
  const { t } = ctx;
  const action = href(ctx, `/events/${event.slug}/rsvp`);
  return (
    <section aria-labelledby="rsvp">
      <h2 id="rsvp">{t('events.rsvp.title')}</h2>
      {props.full ? (
        <Notice kind="info">{t('events.rsvp.fullNotice')}</Notice>
      ) : (
        <>
          <p>{t(event.approvalRequired ? 'events.rsvp.introApproval' : 'events.rsvp.intro')}</p>
          <form method="post" action={action} class="stack" novalidate>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="submissionId" value={props.submissionId} />
            <Field ctx={ctx} name="name" label={t('events.rsvp.name')} hint={t('events.rsvp.nameHint')} autocomplete="nickname" state={props.state} />
            <Field ctx={ctx} name="email" type="email" label={t('events.rsvp.email')} hint={t('events.rsvp.emailHint')} autocomplete="email" state={props.state} />
            {/* Left empty by people; bots fill every field. Hidden from sight and from screen readers. */}
            <div class="hp" aria-hidden="true">
              <label for="f-website">Website</label>
              <input id="f-website" name="website" type="text" tabIndex={-1} autocomplete="off" />
            </div>
            <button type="submit">{t('events.rsvp.submit')}</button>
          </form>
          <h3>{t('events.rsvp.anonymousTitle')}</h3>
          <p>{t('events.rsvp.anonymousIntro')}</p>
          <form method="post" action={action} class="inline">
            <CsrfField ctx={ctx} />
            <input type="hidden" name="anonymous" value="1" />
            <button type="submit">{t('events.rsvp.anonymousSubmit')}</button>
          </form>
        </>
      )}
    </section>
  );
}

export const ConfirmPage = ({ ctx, token }: { ctx: RequestContext; token: string }) => (
  <LinkConfirmPage ctx={ctx} token={token} action="/events/rsvp/confirm" title={ctx.t('events.confirm.title')} intro={ctx.t('events.confirm.intro')} submit={ctx.t('events.confirm.submit')} />
);

export const CancelPage = ({ ctx, token }: { ctx: RequestContext; token: string }) => (
  <LinkConfirmPage ctx={ctx} token={token} action="/events/rsvp/cancel" title={ctx.t('events.cancel.title')} intro={ctx.t('events.cancel.intro')} submit={ctx.t('events.cancel.submit')} />
);

/** What a link's button did, in a sentence; null: the link is not one of ours. */
export function OutcomePage(props: { ctx: RequestContext; outcome: ConfirmOutcome | 'cancelled' | 'alreadyCancelled' | null; slug?: string }) {
  const { ctx, outcome } = props;
  const key = outcome ?? 'unknown';
  return (
    <Layout ctx={ctx} title={ctx.t(`events.outcome.${key}.title`)}>
      <h1>{ctx.t(`events.outcome.${key}.title`)}</h1>
      <p>{ctx.t(`events.outcome.${key}`)}</p>
      <p>
        <a href={href(ctx, props.slug ? `/events/${props.slug}` : '/events')}>{ctx.t(props.slug ? 'events.toEvent' : 'events.back')}</a>
      </p>
    </Layout>
  );
}

export interface ShownRsvp {
  id: string;
  name: string;
  state: RsvpState;
  createdOn: string;
}

/** The organisers' list: names (or pseudonyms) and states, never addresses; approve or decline those waiting. */
export function RsvpsPage(props: { ctx: RequestContext; event: Pick<EventRow, 'slug' | 'anonymousCount'>; title: string; rsvps: ShownRsvp[]; done?: string }) {
  const { ctx } = props;
  const { t } = ctx;
  const heading = `${t('events.rsvps.title')}: ${props.title}`;
  return (
    <Layout ctx={ctx} title={heading}>
      <h1>{heading}</h1>
      {props.done && <Notice kind="success">{t(`events.rsvps.done.${props.done}`)}</Notice>}
      <p>{t('events.rsvps.intro')}</p>
      <p>{t('events.rsvps.anonymous', { count: props.event.anonymousCount })}</p>
      {props.rsvps.length === 0 ? (
        <p>{t('events.rsvps.none')}</p>
      ) : (
        <table>
          <caption>{t('events.rsvps.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('events.rsvps.name')}</th>
              <th scope="col">{t('events.rsvps.state')}</th>
              <th scope="col">{t('events.rsvps.on')}</th>
              <th scope="col">{t('events.rsvps.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rsvps.map((r) => (
              <tr>
                <td>{r.name || t('events.rsvps.forgotten')}</td>
                <td>{t(`events.rsvps.states.${r.state}`)}</td>
                <td>{r.createdOn}</td>
                <td>
                  {r.state === 'pending' &&
                    (['approve', 'decline'] as const).map((decision) => (
                      <form method="post" action={href(ctx, `/events/${props.event.slug}/rsvps/${r.id}`)} class="inline">
                        <CsrfField ctx={ctx} />
                        <input type="hidden" name="decision" value={decision} />
                        <button type="submit" aria-label={t(`events.rsvps.${decision}Label`, { name: r.name })}>{t(`events.rsvps.${decision}`)}</button>
                      </form>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={href(ctx, `/events/${props.event.slug}`)}>{t('events.toEvent')}</a>
      </p>
    </Layout>
  );
}
