import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout } from '../../../app/layout.tsx';
import { FormErrors, type FormState } from '../../../app/form-fields.tsx';
import type { QueuedLetter } from '../queue.repository.ts';
import { LetterHeader, LetterText, PostedDateField, QueuePage } from '../volunteer.views.tsx';
import type { PostcardToWrite } from './scribe.service.ts';

export function ScribeQueuePage(props: { ctx: RequestContext; userId: string; ready: QueuedLetter[]; written: QueuedLetter[]; done?: string }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <QueuePage ctx={ctx} title={t('letters.scribe.title')} intro={t('letters.scribe.intro')} done={props.done} empty={props.ready.length + props.written.length === 0}>
      {props.written.length > 0 && <h2>{t('letters.scribe.toPost')}</h2>}
      {props.written.map(({ letter, person }) => (
        <article class="queue-item">
          <LetterHeader ctx={ctx} letter={letter} person={person} />
          <a href={href(ctx, `/volunteer/postcards/${letter.id}`)}>{t('letters.scribe.open')}</a>
        </article>
      ))}
      {props.ready.length > 0 && <h2>{t('letters.scribe.toWrite')}</h2>}
      {props.ready.map(({ letter, person }) => (
        <article class="queue-item">
          <LetterHeader ctx={ctx} letter={letter} person={person} />
          {letter.claimedBy === props.userId ? (
            <a href={href(ctx, `/volunteer/postcards/${letter.id}`)}>{t('letters.scribe.open')}</a>
          ) : (
            <form method="post" action={href(ctx, `/volunteer/postcards/${letter.id}/claim`)} class="inline">
              <CsrfField ctx={ctx} />
              <button type="submit">{t('letters.scribe.claim')}</button>
            </form>
          )}
        </article>
      ))}
    </QueuePage>
  );
}

/** The card to copy by hand: its words, and the address exactly as the registry gives it. */
export function PostcardPage(props: { ctx: RequestContext; card: PostcardToWrite; today: string; state?: FormState }) {
  const { ctx, card, state } = props;
  const { t } = ctx;
  const { letter, person } = card.queued;
  const action = href(ctx, `/volunteer/postcards/${letter.id}`);
  return (
    <Layout ctx={ctx} title={t('letters.scribe.cardTitle')}>
      <p><a href={href(ctx, '/volunteer/postcards')}>{t('letters.scribe.back')}</a></p>
      <h1>{t('letters.scribe.cardTitle')}</h1>
      <LetterHeader ctx={ctx} letter={letter} person={person} />
      <FormErrors ctx={ctx} state={state} />
      <h2>{t('letters.scribe.text')}</h2>
      <LetterText text={card.text} lang={letter.translationLanguage ?? letter.language} />
      {card.signature && <p>{card.signature}</p>}
      <h2>{t('letters.scribe.address')}</h2>
      {card.address ? <pre class="address" lang="ru">{[card.address.recipient, ...card.address.lines].join('\n')}</pre> : <p>{t('letters.scribe.noAddress')}</p>}
      {card.address && !card.address.verified && <p class="hint">{t('letters.scribe.unverified')}</p>}
      {card.returnAddress.length > 0 && <><h2>{t('letters.scribe.from')}</h2><pre class="address">{card.returnAddress.join('\n')}</pre></>}
      {letter.state === 'ready' ? (
        <form method="post" action={action} enctype="multipart/form-data" class="stack">
          <CsrfField ctx={ctx} />
          <div>
            <label for="f-photo">{t('letters.scribe.photo')}</label>
            <input id="f-photo" name="photo" type="file" accept="image/*" aria-describedby="f-photo-hint" />
            <p class="hint" id="f-photo-hint">{t('letters.scribe.photoHint')}</p>
            {state?.errors?.photo && <p class="field-error">{t(state.errors.photo)}</p>}
          </div>
          <div class="actions">
            <button type="submit" name="action" value="written" disabled={!card.address}>{t('letters.scribe.written')}</button>{' '}
            <button type="submit" name="action" value="release" class="secondary">{t('letters.scribe.release')}</button>
          </div>
        </form>
      ) : (
        <form method="post" action={action} class="stack">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="action" value="posted" />
          <PostedDateField ctx={ctx} today={props.today} state={state} />
          <button type="submit">{t('letters.scribe.posted')}</button>
        </form>
      )}
    </Layout>
  );
}
