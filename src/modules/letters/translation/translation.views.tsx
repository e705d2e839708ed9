import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout } from '../../../app/layout.tsx';
import { FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { displayName } from '../../registry/registry.present.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import { FACILITY_LANGUAGES } from '../letters.model.ts';
import type { LetterRow } from '../letters.repository.ts';
import type { QueuedLetter } from '../queue.repository.ts';
import type { ReplyRow } from '../replies/replies.repository.ts';
import { LetterHeader, LetterText, QueuePage } from '../volunteer.views.tsx';

type QueuedReply = { reply: ReplyRow; letter: LetterRow; person: PersonRow };

function ClaimButton({ ctx, action, label }: { ctx: RequestContext; action: string; label: string }) {
  return (
    <form method="post" action={href(ctx, action)} class="inline">
      <CsrfField ctx={ctx} />
      <input type="hidden" name="action" value="claim" />
      <button type="submit">{label}</button>
    </form>
  );
}

/** Finish, save a draft, or give the work back: the same three choices for a letter and a reply. */
function DraftActions({ ctx, finish }: { ctx: RequestContext; finish: string }) {
  return (
    <div class="actions">
      <button type="submit" name="action" value="finish">{finish}</button>{' '}
      <button type="submit" name="action" value="save" class="secondary">{ctx.t('letters.translate.save')}</button>{' '}
      <button type="submit" name="action" value="release" class="secondary">{ctx.t('letters.translate.release')}</button>
    </div>
  );
}

export function TranslationQueuePage(props: { ctx: RequestContext; userId: string; letters: QueuedLetter[]; replies: QueuedReply[]; done?: string }) {
  const { ctx } = props;
  const { t } = ctx;
  const mine = (claimedBy: string | null) => claimedBy === props.userId;
  return (
    <QueuePage ctx={ctx} title={t('letters.translate.title')} intro={t('letters.translate.intro')} done={props.done} empty={props.letters.length + props.replies.length === 0}>
      {props.letters.length > 0 && <h2>{t('letters.translate.letters')}</h2>}
      {props.letters.map(({ letter, person }) => (
        <article class="queue-item">
          <LetterHeader ctx={ctx} letter={letter} person={person} />
          {mine(letter.claimedBy) ? (
            <a href={href(ctx, `/volunteer/translate/${letter.id}`)}>{t('letters.translate.continue')}</a>
          ) : (
            <ClaimButton ctx={ctx} action={`/volunteer/translate/${letter.id}/claim`} label={t('letters.translate.claim')} />
          )}
        </article>
      ))}
      {props.replies.length > 0 && <h2>{t('letters.translate.replies')}</h2>}
      {props.replies.map(({ reply, letter, person }) => (
        <article class="queue-item">
          <LetterHeader ctx={ctx} letter={letter} person={person} />
          <p>{t('letters.translate.replyInto', { language: letter.locale })}</p>
          <a href={href(ctx, `/volunteer/translate/replies/${reply.id}`)}>{t(mine(reply.claimedBy) ? 'letters.translate.continue' : 'letters.translate.open')}</a>
        </article>
      ))}
    </QueuePage>
  );
}

/** Side by side: the writer's words on the left, the translation into the facility's language on the right. */
export function TranslateLetterPage(props: { ctx: RequestContext; queued: QueuedLetter; original: string; signature: string | null; state: FormState }) {
  const { ctx, queued, state } = props;
  const { t } = ctx;
  const language = state.values?.language ?? queued.letter.translationLanguage ?? 'ru';
  return (
    <Layout ctx={ctx} title={t('letters.translate.letterTitle', { name: displayName(queued.person, ctx.lang) })}>
      <p><a href={href(ctx, '/volunteer/translate')}>{t('letters.translate.back')}</a></p>
      <h1>{t('letters.translate.letterTitle', { name: displayName(queued.person, ctx.lang) })}</h1>
      <LetterHeader ctx={ctx} letter={queued.letter} person={queued.person} />
      <FormErrors ctx={ctx} state={state} />
      <div class="side-by-side">
        <section aria-labelledby="original-title">
          <h2 id="original-title">{t('letters.translate.original')}</h2>
          <LetterText text={props.original} lang={queued.letter.language} />
          {props.signature && <p class="hint">{t('letters.volunteer.signature', { name: props.signature })}</p>}
        </section>
        <form method="post" action={href(ctx, `/volunteer/translate/${queued.letter.id}`)} class="stack">
          <CsrfField ctx={ctx} />
          <div>
            <label for="f-language">{t('letters.translate.into')}</label>
            <select id="f-language" name="language">
              {FACILITY_LANGUAGES.map((l) => <option value={l} selected={l === language}>{t(`letters.translate.lang.${l}`)}</option>)}
            </select>
          </div>
          <TextArea ctx={ctx} name="translation" label={t('letters.translate.translation')} rows={18} lang={language} state={state} />
          <DraftActions ctx={ctx} finish={t('letters.translate.finish')} />
        </form>
      </div>
    </Layout>
  );
}

/** A prisoner's reply: the scans on the left, the translation into the writer's language on the right. */
export function TranslateReplyPage(props: { ctx: RequestContext; item: QueuedReply; state: FormState }) {
  const { ctx, item, state } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('letters.translate.replyTitle')}>
      <p><a href={href(ctx, '/volunteer/translate')}>{t('letters.translate.back')}</a></p>
      <h1>{t('letters.translate.replyTitle')}</h1>
      <LetterHeader ctx={ctx} letter={item.letter} person={item.person} />
      <FormErrors ctx={ctx} state={state} />
      <div class="side-by-side">
        <section>
          {item.reply.scanKeys.map((_, n) => (
            <img src={href(ctx, `/volunteer/translate/replies/${item.reply.id}/scan/${n}`)} alt={t('letters.reply.scan', { n: n + 1 })} class="letter-image" />
          ))}
        </section>
        <form method="post" action={href(ctx, `/volunteer/translate/replies/${item.reply.id}`)} class="stack">
          <CsrfField ctx={ctx} />
          <p>{t('letters.translate.replyInto', { language: item.letter.locale })}</p>
          <TextArea ctx={ctx} name="translation" label={t('letters.translate.translation')} rows={18} lang={item.letter.locale} state={state} />
          <DraftActions ctx={ctx} finish={t('letters.translate.finishReply')} />
        </form>
      </div>
    </Layout>
  );
}
