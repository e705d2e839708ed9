import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout } from '../../../app/layout.tsx';
import { FormErrors, type FormState } from '../../../app/form-fields.tsx';
import { displayName, facilityName } from '../../registry/registry.present.ts';
import type { FacilityRow, PersonRow } from '../../registry/registry.tables.ts';
import { ENVELOPE_FORMATS } from '../letters.model.ts';
import type { LetterRow } from '../letters.repository.ts';
import type { ReplyRow } from '../replies/replies.repository.ts';
import { letterReference } from '../sealed.ts';
import { Outcome, PostedDateField, QueuePage } from '../volunteer.views.tsx';
import type { BatchRow } from './mail.repository.ts';

/** What is ready to print, by facility, the form that makes a batch, and the batches not yet posted. */
export function MailPage(props: { ctx: RequestContext; ready: { facility: FacilityRow | null; count: number }[]; batches: BatchRow[]; state?: FormState; done?: string }) {
  const { ctx, ready, state } = props;
  const { t } = ctx;
  const printable = ready.filter((r): r is { facility: FacilityRow; count: number } => r.facility !== null);
  const unaddressed = ready.find((r) => r.facility === null)?.count ?? 0;
  return (
    <QueuePage ctx={ctx} title={t('letters.mail.title')} intro={t('letters.mail.intro')} done={props.done} empty={false}>
      <form method="get" action={href(ctx, '/volunteer/mail/find')} class="inline">
        <label for="f-ref">{t('letters.mail.find')}</label> <input id="f-ref" name="ref" placeholder="SP-1A2B3C4D" /> <button type="submit" class="secondary">{t('letters.mail.findButton')}</button>
      </form>
      <h2>{t('letters.mail.ready')}</h2>
      {unaddressed > 0 && <p class="hint">{t('letters.mail.unaddressed', { count: unaddressed })}</p>}
      {printable.length === 0 ? <p>{t('letters.volunteer.empty')}</p> : (
        <form method="post" action={href(ctx, '/volunteer/mail/batches')} class="stack">
          <CsrfField ctx={ctx} />
          <FormErrors ctx={ctx} state={state} />
          <fieldset>
            <legend>{t('letters.mail.facilities')}</legend>
            {printable.map(({ facility, count }) => (
              <div class="checkbox">
                <input type="checkbox" id={`f-${facility.id}`} name="facilityIds" value={facility.id} checked />
                <label for={`f-${facility.id}`}>{facilityName(facility, ctx.lang)} ({count})</label>
              </div>
            ))}
            {state?.errors?.facilityIds && <p class="field-error">{t(state.errors.facilityIds)}</p>}
          </fieldset>
          <div>
            <label for="f-envelope">{t('letters.mail.envelope')}</label>
            <select id="f-envelope" name="envelope">
              {ENVELOPE_FORMATS.map((e) => <option value={e}>{t(`letters.mail.format.${e}`)}</option>)}
            </select>
          </div>
          <div>
            <label for="f-max">{t('letters.mail.max')}</label>
            <input id="f-max" name="max" type="number" min="1" max="2000" value={state?.values?.max ?? '200'} aria-invalid={state?.errors?.max ? 'true' : undefined} />
            {state?.errors?.max && <p class="field-error">{t(state.errors.max)}</p>}
          </div>
          <button type="submit">{t('letters.mail.create')}</button>
        </form>
      )}
      <h2>{t('letters.mail.batches')}</h2>
      <ul>
        {props.batches.map((b) => (
          <li>
            <a href={href(ctx, `/volunteer/mail/batches/${b.id}`)}>{ctx.formatDate(b.createdAt)}</a> · {t('letters.mail.count', { count: b.letterCount })} ·{' '}
            {b.postedOn ? t('letters.mail.postedOn', { date: b.postedOn }) : t('letters.mail.notPosted')}
          </li>
        ))}
      </ul>
    </QueuePage>
  );
}

type BatchLetter = { letter: LetterRow; person: PersonRow; facility: FacilityRow };

function LetterActions({ ctx, letter, replies }: { ctx: RequestContext; letter: LetterRow; replies: ReplyRow[] }) {
  const { t } = ctx;
  const scanning = replies.find((r) => r.state === 'scanning');
  const answerable = ['posted', 'reply_received', 'reply_delivered'].includes(letter.state);
  return (
    <>
      {letter.state === 'posted' && (
        <form method="post" action={href(ctx, `/volunteer/mail/letters/${letter.id}/returned`)} class="inline">
          <CsrfField ctx={ctx} />
          <button type="submit" class="secondary">{t('letters.mail.returned')}</button>
        </form>
      )}
      {answerable && (
        <form method="post" action={href(ctx, `/volunteer/mail/letters/${letter.id}/reply`)} enctype="multipart/form-data" class="inline">
          <CsrfField ctx={ctx} />
          <label for={`scan-${letter.id}`}>{t(scanning ? 'letters.mail.replyNextPage' : 'letters.mail.replyScan')}</label>{' '}
          <input id={`scan-${letter.id}`} name="scan" type="file" accept="image/*" required /> <button type="submit" class="secondary">{t('letters.mail.upload')}</button>
        </form>
      )}
      {scanning && (
        <form method="post" action={href(ctx, `/volunteer/mail/letters/${letter.id}/reply-complete`)} class="inline">
          <CsrfField ctx={ctx} />
          <button type="submit">{t('letters.mail.replyComplete', { pages: scanning.scanKeys.length })}</button>
        </form>
      )}
    </>
  );
}

export function BatchPage(props: { ctx: RequestContext; batch: BatchRow; letters: BatchLetter[]; replies: ReplyRow[]; today: string; state?: FormState; done?: string }) {
  const { ctx, batch, state } = props;
  const { t } = ctx;
  const title = t('letters.mail.batchTitle', { date: ctx.formatDate(batch.createdAt) });
  return (
    <Layout ctx={ctx} title={title}>
      <p><a href={href(ctx, '/volunteer/mail')}>{t('letters.mail.back')}</a></p>
      <h1>{title}</h1>
      <Outcome ctx={ctx} done={props.done} />
      <p>
        {t('letters.mail.count', { count: batch.letterCount })} · {t(`letters.mail.format.${batch.envelope}`)} ·{' '}
        <a href={href(ctx, `/volunteer/mail/batches/${batch.id}/pdf`)} download>{t('letters.mail.pdf')}</a>
      </p>
      {batch.postedOn ? <p>{t('letters.mail.postedOn', { date: batch.postedOn })}</p> : (
        <form method="post" action={href(ctx, `/volunteer/mail/batches/${batch.id}/posted`)} class="stack">
          <CsrfField ctx={ctx} />
          <FormErrors ctx={ctx} state={state} />
          <PostedDateField ctx={ctx} today={props.today} state={state} />
          <button type="submit">{t('letters.mail.markPosted')}</button>
        </form>
      )}
      <table>
        <thead><tr><th>{t('letters.mail.reference')}</th><th>{t('letters.mail.to')}</th><th>{t('letters.mail.state')}</th><th>{t('letters.mail.actions')}</th></tr></thead>
        <tbody>
          {props.letters.map(({ letter, person, facility }) => (
            <tr id={letterReference(letter.id)}>
              <td class="mono">{letterReference(letter.id)}</td>
              <td>{displayName(person, ctx.lang)}<br /><span class="hint">{facilityName(facility, ctx.lang)}</span></td>
              <td>{t(`letters.state.${letter.state}`)}</td>
              <td><LetterActions ctx={ctx} letter={letter} replies={props.replies.filter((r) => r.letterId === letter.id)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

/** A letter found by its reference (a postcard posted by a scribe has no batch): the same actions. */
export function MailLetterPage(props: { ctx: RequestContext; letter: LetterRow; person: PersonRow; replies: ReplyRow[]; done?: string }) {
  const { ctx, letter } = props;
  const { t } = ctx;
  const title = letterReference(letter.id);
  return (
    <Layout ctx={ctx} title={title}>
      <p><a href={href(ctx, '/volunteer/mail')}>{t('letters.mail.back')}</a></p>
      <h1 class="mono">{title}</h1>
      <Outcome ctx={ctx} done={props.done} />
      <p>{displayName(props.person, ctx.lang)} · {t(`letters.volunteer.kind.${letter.kind}`)} · {t(`letters.state.${letter.state}`)}</p>
      <LetterActions ctx={ctx} letter={letter} replies={props.replies} />
    </Layout>
  );
}
