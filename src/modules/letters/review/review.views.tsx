import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { FindingList, MarkedText } from '../letters.views.tsx';
import type { Finding } from '../safety/safety-check.ts';
import { LetterHeader, QueuePage } from '../volunteer.views.tsx';
import type { EditOutcome, ReviewItem } from './review.service.ts';

/** Flagged letters, each with the words the check marked and the three decisions. */
export function ReviewQueuePage(props: { ctx: RequestContext; items: ReviewItem[]; done?: string; failed?: { id: string; state: FormState } }) {
  const { ctx, items } = props;
  const { t } = ctx;
  return (
    <QueuePage ctx={ctx} title={t('letters.review.title')} intro={t('letters.review.intro')} done={props.done} empty={items.length === 0}>
      {items.map(({ letter, person, text, signature, findings }) => {
        const state = props.failed?.id === letter.id ? props.failed.state : undefined;
        return (
          <article class="queue-item" id={`letter-${letter.id}`}>
            <LetterHeader ctx={ctx} letter={letter} person={person} />
            <MarkedText text={text} findings={findings} />
            {signature && <p class="hint">{t('letters.volunteer.signature', { name: signature })}</p>}
            {findings.length > 0 ? <FindingList ctx={ctx} findings={findings} /> : <p>{t('letters.review.noFindings')}</p>}
            {letter.imageKey && <img src={href(ctx, `/volunteer/review/${letter.id}/image`)} alt={t('letters.review.image')} class="letter-image" />}
            <form method="post" action={href(ctx, `/volunteer/review/${letter.id}`)} class="stack">
              <CsrfField ctx={ctx} />
              <FormErrors ctx={ctx} state={state} />
              <TextArea ctx={ctx} name="reason" label={t('letters.review.reason')} hint={t('letters.review.reasonHint')} rows={3} state={state} />
              <div class="actions">
                <button type="submit" name="decision" value="approve">{t('letters.review.approve')}</button>{' '}
                <button type="submit" name="decision" value="send_back" class="secondary">{t('letters.review.sendBack')}</button>{' '}
                <button type="submit" name="decision" value="reject" class="danger">{t('letters.review.reject')}</button>
              </div>
            </form>
          </article>
        );
      })}
    </QueuePage>
  );
}

/** The writer's own letter, sent back with the moderator's reason, to change and send again. */
export function EditPage(props: { ctx: RequestContext; token: string; reason: string; state: FormState; findings?: Finding[] }) {
  const { ctx, state, findings } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('letters.edit.title')}>
      <h1>{t('letters.edit.title')}</h1>
      <Notice kind="info">
        <p>{t('letters.edit.reason')}</p>
        <p>{props.reason}</p>
      </Notice>
      <FormErrors ctx={ctx} state={state} />
      {findings && (
        <section class="check-result" role="status">
          <h2>{t('letters.check.title')}</h2>
          {findings.length === 0 ? <p>{t('letters.check.none')}</p> : <><MarkedText text={state.values?.text ?? ''} findings={findings} /><FindingList ctx={ctx} findings={findings} /></>}
        </section>
      )}
      <form method="post" action={href(ctx, '/letters/edit')} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="token" value={props.token} />
        <TextArea ctx={ctx} name="text" label={t('letters.write.text')} rows={14} required state={state} />
        <div class="actions">
          <button type="submit" name="action" value="send">{t('letters.edit.send')}</button>{' '}
          <button type="submit" name="action" value="check" class="secondary">{t('letters.write.check')}</button>
        </div>
      </form>
    </Layout>
  );
}

export function EditedPage({ ctx, outcome }: { ctx: RequestContext; outcome: EditOutcome }) {
  const { t } = ctx;
  const key = outcome ?? 'invalid';
  return (
    <Layout ctx={ctx} title={t(`letters.edited.${key}`)}>
      <h1>{t(`letters.edited.${key}`)}</h1>
      <Notice kind={outcome === 'sent' || outcome === 'already' ? 'success' : 'error'}>
        <p>{t(`letters.edited.${key}Body`)}</p>
      </Notice>
    </Layout>
  );
}
