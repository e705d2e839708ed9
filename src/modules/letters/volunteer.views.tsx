import type { ComponentChildren } from 'preact';
import type { FormState } from '../../app/form-fields.tsx';
import { SolidarityWorkLinks } from '../solidarity/solidarity.work.tsx';
import { CampaignsWorkLinks } from '../campaigns/campaigns.work.tsx';
import type { RequestContext } from '../../app/context.ts';
import { href, Layout, Notice } from '../../app/layout.tsx';
import { displayName } from '../registry/registry.present.ts';
import type { PersonRow } from '../registry/registry.tables.ts';
import type { LetterRow } from './letters.repository.ts';
import { letterReference } from './sealed.ts';

/** One line about a letter every queue shows: for whom, what, since when, in which language. Never who wrote it. */
export function LetterHeader({ ctx, letter, person }: { ctx: RequestContext; letter: LetterRow; person: PersonRow }) {
  const { t } = ctx;
  return (
    <p class="hint">
      <span class="mono">{letterReference(letter.id)}</span> · {t(`letters.volunteer.kind.${letter.kind}`)} ·{' '}
      <a href={href(ctx, `/people/${person.slug}`)}>{displayName(person, ctx.lang)}</a> · {letter.createdOn}
      {letter.language && <> · {t('letters.volunteer.language', { language: letter.language })}</>}
    </p>
  );
}

/** The letter's words as the writer wrote them, in a block the volunteer can read side by side with others. */
export function LetterText({ text, lang }: { text: string | null; lang?: string | null }) {
  return <pre class="letter-text" lang={lang ?? undefined}>{text ?? ''}</pre>;
}

/** Outcomes of an action that mean it did not happen: announced as errors, not as success. */
const FAILED_OUTCOMES = new Set(['gone', 'not_found', 'scan_required', 'scan_too_large', 'scan_not_image', 'scan_too_many_pixels']);

/** What the last action did, after the redirect back to the page (`?done=`). */
export function Outcome({ ctx, done }: { ctx: RequestContext; done?: string }) {
  if (!done) return null;
  return (
    <Notice kind={FAILED_OUTCOMES.has(done) ? 'error' : 'success'}>
      <p>{ctx.t(`letters.volunteer.done.${done}`)}</p>
    </Notice>
  );
}

/** A queue page: title, the outcome of the last action, and an empty state. */
export function QueuePage(props: { ctx: RequestContext; title: string; intro: string; done?: string; empty: boolean; children: ComponentChildren }) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} title={props.title}>
      <p><a href={href(ctx, '/volunteer')}>{ctx.t('letters.volunteer.back')}</a></p>
      <h1>{props.title}</h1>
      <p>{props.intro}</p>
      <Outcome ctx={ctx} done={props.done} />
      {props.empty ? <p>{ctx.t('letters.volunteer.empty')}</p> : props.children}
    </Layout>
  );
}

export interface QueueLink {
  path: string;
  key: string;
  count: number | null;
}

/** The volunteer's start page: each queue their roles open, with how many letters wait in it. */
export function VolunteerHome({ ctx, queues }: { ctx: RequestContext; queues: QueueLink[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('letters.volunteer.title')}>
      <h1>{t('letters.volunteer.title')}</h1>
      <p>{t('letters.volunteer.intro')}</p>
      <ul class="queues">
        {queues.map((q) => (
          <li>
            <a href={href(ctx, q.path)}>{t(`letters.volunteer.queue.${q.key}`)}</a>
            {q.count !== null && <> ({q.count})</>}
          </li>
        ))}
      </ul>
      <SolidarityWorkLinks ctx={ctx} />
      <CampaignsWorkLinks ctx={ctx} />
    </Layout>
  );
}

/** The day something was posted: today by default, never later. */
export function PostedDateField({ ctx, today, state }: { ctx: RequestContext; today: string; state?: FormState }) {
  const error = state?.errors?.postedOn;
  return (
    <div>
      <label for="f-postedOn">{ctx.t('letters.mail.postedDate')}</label>
      <input id="f-postedOn" name="postedOn" type="date" value={state?.values?.postedOn ?? today} max={today} required aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'f-postedOn-error' : undefined} />
      {error && <p class="field-error" id="f-postedOn-error">{ctx.t(error)}</p>}
    </div>
  );
}
