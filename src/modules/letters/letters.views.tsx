import type { RequestContext } from '../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../app/layout.tsx';
import { LinkConfirmPage } from '../../app/link-confirm.tsx';
import { Field, FormErrors, TextArea, type FormState } from '../../app/form-fields.tsx';
import { displayName } from '../registry/registry.present.ts';
import type { PersonRow } from '../registry/registry.tables.ts';
import type { LetterKind } from './letters.model.ts';
import type { ConfirmOutcome } from './letters.service.ts';
import type { Finding } from './safety/safety-check.ts';
import { POSTCARD_MAX_CHARS } from './safety/safety-check.ts';

/** The letter with each finding marked, so the writer sees exactly which words the advice is about. */
export function MarkedText({ text, findings }: { text: string; findings: Finding[] }) {
  const parts = [];
  let at = 0;
  for (const [i, f] of findings.filter((f) => f.end > f.start && f.excerpt).entries()) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start));
    parts.push(<mark id={`finding-${i}`} data-code={f.code}>{text.slice(f.start, f.end)}</mark>);
    at = f.end;
  }
  parts.push(text.slice(at));
  return <div class="marked-letter">{parts}</div>;
}

/** One line of advice per kind of finding, with the words it found. */
export function FindingList({ ctx, findings }: { ctx: RequestContext; findings: Finding[] }) {
  const byCode = new Map<string, string[]>();
  for (const f of findings) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f.excerpt].filter(Boolean));
  return (
    <ul class="findings">
      {[...byCode].map(([code, words]) => (
        <li data-code={code}>
          {words.length > 0 && <strong>{[...new Set(words)].join(', ')}: </strong>}
          {ctx.t(`letters.check.${code}`)}
        </li>
      ))}
    </ul>
  );
}

function ReachWarning({ ctx, person, name }: { ctx: RequestContext; person: PersonRow; name: string }) {
  if (person.lettersReach === 'yes') return null;
  return (
    <Notice kind="error">
      <p>{ctx.t(`letters.write.reach.${person.lettersReach}`, { name })}</p>
      {person.lettersReachNote && <p>{person.lettersReachNote}</p>}
    </Notice>
  );
}

export interface WriteState extends FormState {
  findings?: Finding[];
  needsTranslation?: boolean;
  /** The advice was shown for this text: sending now goes ahead. */
  acknowledged?: boolean;
  hadImage?: boolean;
}

export function WritePage(props: { ctx: RequestContext; person: PersonRow; kind: LetterKind; submissionId: string; returnAddress: string[]; state?: WriteState }) {
  const { ctx, person, kind, state } = props;
  const { t } = ctx;
  const name = displayName(person, ctx.lang);
  const title = t(kind === 'postcard' ? 'letters.write.titlePostcard' : 'letters.write.title', { name });
  const values = state?.values ?? {};
  const checked = (field: string) => values[field] === 'on';
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <ReachWarning ctx={ctx} person={person} name={name} />
      <details class="guide" open={!state}>
        <summary>{t('letters.guide.title')}</summary>
        <ul>
          {['topics', 'avoid', 'language', 'short', 'drawings'].map((k) => <li>{t(`letters.guide.${k}`)}</li>)}
        </ul>
      </details>
      <FormErrors ctx={ctx} state={state} />
      {state?.findings && (
        <section class="check-result" aria-labelledby="check-title" role="status">
          <h2 id="check-title">{t('letters.check.title')}</h2>
          {state.findings.length === 0 ? <p>{t('letters.check.none')}</p> : (
            <>
              <p>{t('letters.check.found')}</p>
              <MarkedText text={values.text ?? ''} findings={state.findings} />
              <FindingList ctx={ctx} findings={state.findings} />
              <p>{t('letters.check.moderator')}</p>
            </>
          )}
          {state.needsTranslation && <p>{t('letters.check.translation')}</p>}
          {state.hadImage && <p>{t('letters.write.imageAgain')}</p>}
        </section>
      )}
      <form method="post" action={href(ctx, `/letters/new?to=${encodeURIComponent(person.slug)}`)} enctype="multipart/form-data" class="stack" novalidate data-letter-check={kind}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="submissionId" value={props.submissionId} />
        <input type="hidden" name="kind" value={kind} />
        {state?.acknowledged && <input type="hidden" name="acknowledged" value="on" />}
        <TextArea
          ctx={ctx}
          name="text"
          label={t(kind === 'postcard' ? 'letters.write.textPostcard' : 'letters.write.text')}
          hint={kind === 'postcard' ? t('letters.write.textPostcardHint', { max: POSTCARD_MAX_CHARS }) : t('letters.write.textHint')}
          rows={kind === 'postcard' ? 6 : 14}
          required
          state={state}
        />
        <div class="check-live" aria-live="polite" hidden></div>
        <div>
          <label for="f-image">{t('letters.write.image')}</label>
          <input id="f-image" name="image" type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/heic,image/avif" aria-describedby="f-image-hint" aria-invalid={state?.errors?.image ? 'true' : undefined} />
          <p class="hint" id="f-image-hint">{t('letters.write.imageHint')}</p>
          {state?.errors?.image && <p class="field-error" id="f-image-error">{t(state.errors.image)}</p>}
        </div>
        <Field ctx={ctx} name="signature" label={t('letters.write.signature')} hint={t('letters.write.signatureHint')} required={false} state={state} />
        <TextArea ctx={ctx} name="returnAddress" label={t('letters.write.returnAddress')} hint={props.returnAddress.length > 0 ? t('letters.write.returnAddressDefault', { address: props.returnAddress.join(', ') }) : t('letters.write.returnAddressNone')} rows={3} state={state} />
        <Field ctx={ctx} name="email" type="email" autocomplete="email" label={t('letters.write.email')} hint={t('letters.write.emailHint')} state={state} />
        <div class="checkbox">
          <input id="f-wantsReplies" name="wantsReplies" type="checkbox" checked={checked('wantsReplies')} />
          <label for="f-wantsReplies">{t('letters.write.wantsReplies')}</label>
        </div>
        <div class="checkbox">
          <input id="f-wantsArchive" name="wantsArchive" type="checkbox" checked={checked('wantsArchive')} />
          <label for="f-wantsArchive">{t('letters.write.wantsArchive')}</label>
        </div>
        <div class="checkbox">
          <input id="f-wantsOriginal" name="wantsOriginal" type="checkbox" checked={checked('wantsOriginal')} />
          <label for="f-wantsOriginal">{t('letters.write.wantsOriginal')}</label>
        </div>
        <div class="hp" aria-hidden="true">
          <label for="f-website">Website</label>
          <input id="f-website" name="website" type="text" tabIndex={-1} autocomplete="off" />
        </div>
        <div class="actions">
          <button type="submit" name="action" value="send">{t(state?.acknowledged ? 'letters.write.sendAnyway' : 'letters.write.send')}</button>{' '}
          <button type="submit" name="action" value="check" class="secondary">{t('letters.write.check')}</button>
        </div>
      </form>
      <p><a href={href(ctx, `/people/${person.slug}`)}>{t('registry.backTo', { name })}</a></p>
    </Layout>
  );
}

export function SentPage({ ctx }: { ctx: RequestContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('letters.sent.title')}>
      <h1>{t('letters.sent.title')}</h1>
      <Notice kind="success"><p>{t('letters.sent.body')}</p></Notice>
      <p>{t('letters.sent.noMail')}</p>
    </Layout>
  );
}

export function ConfirmPage({ ctx, token }: { ctx: RequestContext; token: string }) {
  const { t } = ctx;
  return <LinkConfirmPage ctx={ctx} token={token} action="/letters/confirm" title={t('letters.confirm.title')} intro={t('letters.confirm.body')} submit={t('letters.confirm.submit')} />;
}

export function ConfirmedPage({ ctx, outcome }: { ctx: RequestContext; outcome: ConfirmOutcome | null }) {
  const { t } = ctx;
  const key = outcome ?? 'invalid';
  return (
    <Layout ctx={ctx} title={t(`letters.confirmed.${key}.title`)}>
      <h1>{t(`letters.confirmed.${key}.title`)}</h1>
      <Notice kind={outcome === 'confirmed' || outcome === 'already' ? 'success' : 'error'}>
        <p>{t(`letters.confirmed.${key}.body`)}</p>
      </Notice>
      <p><a href={href(ctx, '/letters/needed')}>{t('letters.needed.another')}</a></p>
    </Layout>
  );
}
