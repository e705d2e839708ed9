// The "did they reply?" page a follow-up e-mail opens.
import type { RequestContext } from '../../../app/context.ts';
import { FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { CsrfField, FieldError, href, Layout, Notice } from '../../../app/layout.tsx';
import { REPLY_ANSWERS } from '../campaigns.model.ts';
import { REPLY_NOTE_MAX } from './actions.model.ts';

export function ReplyPage(props: { ctx: RequestContext; slug: string; title: string; token: string; state?: FormState }) {
  const { ctx, state } = props;
  const { t } = ctx;
  const chosen = state?.values?.answer;
  return (
    <Layout ctx={ctx} title={t('campaignLetters.reply.title')}>
      <h1>{t('campaignLetters.reply.title')}</h1>
      <p class="lead">{t('campaignLetters.reply.intro', { title: props.title })}</p>
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, `/campaigns/${props.slug}/write/reply`)} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="token" value={props.token} />
        <fieldset aria-describedby={state?.errors?.answer ? 'f-answer-error' : undefined}>
          <legend>{t('campaignLetters.reply.question')}</legend>
          {REPLY_ANSWERS.map((a) => (
            <div class="checkbox">
              <input type="radio" id={`f-answer-${a}`} name="answer" value={a} checked={chosen === a} />
              <label for={`f-answer-${a}`}>{t(`campaignLetters.answer.${a}`)}</label>
            </div>
          ))}
          <FieldError id="f-answer-error" message={state?.errors?.answer ? t(state.errors.answer) : undefined} />
        </fieldset>
        <TextArea ctx={ctx} name="note" label={t('campaignLetters.reply.note')} hint={t('campaignLetters.reply.noteHint', { max: REPLY_NOTE_MAX })} rows={4} state={state} />
        <div>
          <button type="submit">{t('campaignLetters.reply.submit')}</button>
        </div>
      </form>
    </Layout>
  );
}

/** After the answer (or a second one): thanks; null is an unknown link. */
export function ReplyDonePage({ ctx, slug, outcome }: { ctx: RequestContext; slug: string; outcome: 'answered' | 'already' | null }) {
  const key = outcome ?? 'invalid';
  return (
    <Layout ctx={ctx} title={ctx.t(`campaignLetters.reply.${key}`)}>
      <h1>{ctx.t(`campaignLetters.reply.${key}`)}</h1>
      <Notice kind={outcome ? 'success' : 'error'}>
        <p>{ctx.t(`campaignLetters.reply.${key}Body`)}</p>
      </Notice>
      <p>
        <a href={href(ctx, `/campaigns/${slug}`)}>{ctx.t('campaignLetters.backToCampaign')}</a>
      </p>
    </Layout>
  );
}
