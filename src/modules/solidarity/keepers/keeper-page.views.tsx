import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { Field, FormErrors, type FormState } from '../../../app/form-fields.tsx';
import { LetterFiguresBlock } from '../../letters/fair-share/fair-share.views.tsx';
import { displayName, formatIsoDate } from '../../registry/registry.present.ts';
import { NeedList, needsPageHref } from '../needs/needs.parts.tsx';
import type { HistoryEntry, KeeperPageView } from './keepers.read.service.ts';

const date = (ctx: RequestContext, iso: string | null) => (iso ? formatIsoDate(ctx.lang, iso) : '—');

function who(ctx: RequestContext, h: HistoryEntry | undefined) {
  if (!h) return '—';
  const name = h.pseudonym ?? ctx.t('keepers.history.noName');
  return h.email ? `${name} (${h.email})` : name;
}

function History({ ctx, history }: { ctx: RequestContext; history: HistoryEntry[] }) {
  const { t } = ctx;
  const byId = new Map(history.map((h) => [h.id, h]));
  return (
    <table class="keeper-history">
      <thead>
        <tr>
          <th scope="col">{t('keepers.col.volunteer')}</th>
          <th scope="col">{t('keepers.col.state')}</th>
          <th scope="col">{t('keepers.col.requested')}</th>
          <th scope="col">{t('keepers.col.started')}</th>
          <th scope="col">{t('keepers.col.ended')}</th>
          <th scope="col">{t('keepers.col.handedOverTo')}</th>
        </tr>
      </thead>
      <tbody>
        {history.map((h) => (
          <tr>
            <td>{who(ctx, h)}{h.note && <><br /><span class="meta">{h.note}</span></>}</td>
            <td>{t(`keepers.state.${h.state}`)}</td>
            <td>{date(ctx, h.requestedOn)}</td>
            <td>{date(ctx, h.startedOn)}</td>
            <td>{date(ctx, h.endedOn)}</td>
            <td>{h.handedOverTo ? who(ctx, byId.get(h.handedOverTo)) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Hand the keeping over: to one of the person's pending requests, or (coordinators) to an account named by its e-mail. */
function Handover({ ctx, view, slug, state }: { ctx: RequestContext; view: KeeperPageView; slug: string; state?: FormState }) {
  const { t } = ctx;
  const from = view.coordinator ? view.history.filter((h) => h.state === 'active') : view.mine ? [view.mine] : [];
  const pending = view.history.filter((h) => h.state === 'requested');
  if (from.length === 0) return <p>{t('keepers.handover.noActive')}</p>;
  if (pending.length === 0 && !view.coordinator) return <p>{t('keepers.handover.nobody')}</p>;
  const error = state?.errors?.request;
  return (
    <form method="post" action={href(ctx, `/keepers/${encodeURIComponent(slug)}/handover`)} class="stack" novalidate>
      <CsrfField ctx={ctx} />
      <FormErrors ctx={ctx} state={state} />
      {from.length === 1 ? (
        <input type="hidden" name="from" value={from[0].id} />
      ) : (
        <fieldset>
          <legend>{t('keepers.handover.from')}</legend>
          {from.map((h, i) => (
            <div class="radio">
              <input type="radio" id={`from-${h.id}`} name="from" value={h.id} checked={state?.values?.from ? state.values.from === h.id : i === 0} />
              <label for={`from-${h.id}`}>{who(ctx, h)}</label>
            </div>
          ))}
        </fieldset>
      )}
      {pending.length > 0 && (
        <fieldset aria-describedby={error ? 'f-request-error' : undefined}>
          <legend>{t('keepers.handover.to')}</legend>
          {pending.map((h) => (
            <div class="radio">
              <input type="radio" id={`request-${h.id}`} name="request" value={h.id} checked={state?.values?.request === h.id} />
              <label for={`request-${h.id}`}>{t('keepers.handover.requestLabel', { name: who(ctx, h), date: date(ctx, h.requestedOn) ?? '' })}</label>
            </div>
          ))}
        </fieldset>
      )}
      {error && <p class="field-error" id="f-request-error">{t(error)}</p>}
      {view.coordinator && <Field ctx={ctx} name="email" type="email" label={t('keepers.handover.email')} hint={t('keepers.handover.emailHint')} required={false} state={state} />}
      <button type="submit">{t('keepers.handover.submit')}</button>
    </form>
  );
}

export function KeeperPage({ ctx, view, done, state }: { ctx: RequestContext; view: KeeperPageView; done?: string; state?: FormState }) {
  const { t } = ctx;
  const { person, dates } = view;
  const name = displayName(person, ctx.lang);
  const title = t('keepers.page.title', { name });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {done === 'handedOver' && <Notice kind="success"><p>{t('keepers.handover.done')}</p></Notice>}
      <p><a href={href(ctx, `/people/${person.slug}`)}>{t('keepers.page.personPage', { name })}</a></p>
      <section aria-labelledby="needs-title">
        <h2 id="needs-title">{t('keepers.page.needs')}</h2>
        {view.needs.length === 0 ? <p>{t('keepers.page.noNeeds')}</p> : <NeedList ctx={ctx} needs={view.needs} />}
        <p>
          <a href={needsPageHref(ctx, person.slug)}>{t('keepers.page.needsLink')}</a>
          {view.coordinator && <> · <a href={href(ctx, `/needs/${person.slug}/edit`)}>{t('keepers.page.manageNeeds')}</a></>}
        </p>
      </section>
      <LetterFiguresBlock ctx={ctx} figures={view.figures} />
      <section aria-labelledby="dates-title">
        <h2 id="dates-title">{t('keepers.page.dates')}</h2>
        <dl class="facts">
          <dt>{t('keepers.page.birthday')}</dt>
          <dd>
            {dates.birthday
              ? dates.birthday.age !== null
                ? t('keepers.page.birthdayAge', { date: date(ctx, dates.birthday.date) ?? '', age: dates.birthday.age })
                : date(ctx, dates.birthday.date)
              : t('keepers.page.unknown')}
          </dd>
          <dt>{t('keepers.page.release')}</dt>
          <dd>{dates.release ? date(ctx, dates.release) : t('keepers.page.unknown')}</dd>
        </dl>
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('keepers.page.history')}</h2>
        <History ctx={ctx} history={view.history} />
      </section>
      <section aria-labelledby="handover-title">
        <h2 id="handover-title">{t('keepers.handover.title')}</h2>
        <p>{t('keepers.handover.intro')}</p>
        <Handover ctx={ctx} view={view} slug={person.slug} state={state} />
      </section>
    </Layout>
  );
}
