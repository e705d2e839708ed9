// The write page: whom to, who you are, the words, and how the letter leaves.
import type { RequestContext } from '../../../app/context.ts';
import { Field, FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { CsrfField, FieldError, href, Layout, Notice } from '../../../app/layout.tsx';
import type { CampaignRow } from '../core/campaigns.tables.ts';
import type { TargetRow } from '../targets/targets.tables.ts';
import { LETTER_BODY_MAX, SUPPORTER_NAME_MAX } from './actions.model.ts';

export interface WriteView {
  campaign: CampaignRow;
  title: string;
  /** The template with the person filled in (what the fields start with, or the locked text). */
  template: { subject: string; body: string };
  /** The language the template is in (the supporter's, or the original). */
  templateLang: string;
  /** 'targets' addressing: the targets one may tick. */
  targets: TargetRow[];
  /** Ticked targets (all, the first time). */
  chosen: string[];
  /** A postcode in several constituencies: the representatives to choose from. */
  choose: TargetRow[] | null;
}

const targetLabel = (t: TargetRow) => [t.name, t.role].filter(Boolean).join(' — ');

/** A checkbox or radio button with its label beside it. */
function Choice(props: { type: 'checkbox' | 'radio'; name: string; id: string; value: string; checked: boolean; label: string; hint?: string }) {
  return (
    <div class="checkbox">
      <input type={props.type} id={props.id} name={props.name} value={props.value} checked={props.checked} aria-describedby={props.hint ? `${props.id}-hint` : undefined} />
      <label for={props.id}>{props.label}</label>
      {props.hint && <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>}
    </div>
  );
}

function Addressees({ ctx, v, state }: { ctx: RequestContext; v: WriteView; state?: FormState }) {
  const { t } = ctx;
  const err = state?.errors;
  if (v.campaign.addressing === 'targets') {
    return (
      <fieldset aria-describedby={err?.targets ? 'f-targets-error' : undefined}>
        <legend>{t('campaignLetters.form.targets')}</legend>
        {v.targets.map((target) => <Choice type="checkbox" name="targets" id={`f-target-${target.id}`} value={target.id} checked={v.chosen.includes(target.id)} label={targetLabel(target)} />)}
        <FieldError id="f-targets-error" message={err?.targets ? t(err.targets) : undefined} />
      </fieldset>
    );
  }
  return (
    <div>
      <Field ctx={ctx} name="postcode" label={t('campaignLetters.form.postcode')} hint={t('campaignLetters.form.postcodeHint')} autocomplete="postal-code" state={state} />
      {v.choose && (
        <fieldset aria-describedby={err?.representative ? 'f-representative-error' : undefined}>
          <legend>{t('campaignLetters.form.chooseRepresentative')}</legend>
          {v.choose.map((target, i) => (
            <Choice type="radio" name="representative" id={`f-rep-${target.id}`} value={target.id} checked={state?.values?.representative ? state.values.representative === target.id : i === 0} label={targetLabel(target)} hint={[target.constituency, target.party].filter(Boolean).join(', ')} />
          ))}
          <FieldError id="f-representative-error" message={err?.representative ? t(err.representative) : undefined} />
        </fieldset>
      )}
    </div>
  );
}

function Words({ ctx, v, state }: { ctx: RequestContext; v: WriteView; state?: FormState }) {
  const { t } = ctx;
  if (v.campaign.templateLocked) {
    return (
      <section aria-labelledby="letter-heading">
        <h2 id="letter-heading">{t('campaignLetters.form.letter')}</h2>
        <p class="hint">{t('campaignLetters.form.lockedHint')}</p>
        <p lang={v.templateLang}>
          <strong>{t('campaignLetters.form.subject')}:</strong> {v.template.subject}
        </p>
        <blockquote lang={v.templateLang}>
          {v.template.body}
        </blockquote>
        <p class="hint">{t('campaignLetters.form.placeholdersHint')}</p>
      </section>
    );
  }
  const values = { ...state?.values, subject: state?.values?.subject ?? v.template.subject, body: state?.values?.body ?? v.template.body };
  return (
    <section aria-labelledby="letter-heading">
      <h2 id="letter-heading">{t('campaignLetters.form.letter')}</h2>
      <Field ctx={ctx} name="subject" label={t('campaignLetters.form.subject')} state={{ ...state, values }} />
      <TextArea ctx={ctx} name="body" label={t('campaignLetters.form.body')} hint={t('campaignLetters.form.placeholdersHint')} rows={14} lang={v.templateLang} required state={{ ...state, values }} />
      <p class="hint">{t('campaignLetters.form.bodyMax', { max: LETTER_BODY_MAX })}</p>
    </section>
  );
}

function SendingWay({ ctx, v, state }: { ctx: RequestContext; v: WriteView; state?: FormState }) {
  const { t } = ctx;
  const { allowServer, allowMailto } = v.campaign;
  const error = state?.errors?.mode ? t(state.errors.mode) : undefined;
  if (allowServer !== allowMailto) {
    return (
      <>
        <input type="hidden" name="mode" value={allowServer ? 'server' : 'mailto'} />
        <FieldError id="f-mode-error" message={error} />
      </>
    );
  }
  const mode = state?.values?.mode ?? 'server';
  return (
    <fieldset aria-describedby={error ? 'f-mode-error' : undefined}>
      <legend>{t('campaignLetters.form.mode')}</legend>
      <Choice type="radio" name="mode" id="f-mode-server" value="server" checked={mode === 'server'} label={t('campaignLetters.form.modeServer')} hint={t('campaignLetters.form.modeServerHint')} />
      <Choice type="radio" name="mode" id="f-mode-mailto" value="mailto" checked={mode === 'mailto'} label={t('campaignLetters.form.modeMailto')} hint={t('campaignLetters.form.modeMailtoHint')} />
      <FieldError id="f-mode-error" message={error} />
    </fieldset>
  );
}

export function WritePage(props: { ctx: RequestContext; v: WriteView; submissionId: string; state?: FormState }) {
  const { ctx, v, state } = props;
  const { t } = ctx;
  const heading = t('campaignLetters.form.title', { title: v.title });
  const base = `/campaigns/${v.campaign.slug}`;
  const closed = v.campaign.state !== 'open';
  const nobody = v.campaign.addressing === 'targets' && v.targets.length === 0;
  return (
    <Layout ctx={ctx} title={heading}>
      <h1>{heading}</h1>
      <p class="lead">{t('campaignLetters.counter', { count: v.campaign.letterCount })}</p>
      {closed || nobody ? (
        <Notice kind="info">
          <p>{t(closed ? 'campaignLetters.form.closed' : 'campaignLetters.form.noTargets')}</p>
        </Notice>
      ) : (
        <>
          {v.choose && !state?.errors && (
            <Notice kind="info">
              <p>{t('campaignLetters.form.chooseIntro')}</p>
            </Notice>
          )}
          <FormErrors ctx={ctx} state={state} />
          <form method="post" action={href(ctx, `${base}/write`)} class="stack" novalidate>
            <CsrfField ctx={ctx} />
            <input type="hidden" name="submissionId" value={props.submissionId} />
            <Addressees ctx={ctx} v={v} state={state} />
            <Field ctx={ctx} name="name" label={t('campaignLetters.form.name')} hint={t('campaignLetters.form.nameHint', { max: SUPPORTER_NAME_MAX })} autocomplete="name" state={state} />
            <Field ctx={ctx} name="email" type="email" autocomplete="email" label={t('campaignLetters.form.email')} hint={t('campaignLetters.form.emailHint')} state={state} />
            <Words ctx={ctx} v={v} state={state} />
            <SendingWay ctx={ctx} v={v} state={state} />
            <div class="hp" aria-hidden="true">
              <label for="f-website">Website</label>
              <input id="f-website" name="website" type="text" tabIndex={-1} autocomplete="off" />
            </div>
            <div>
              <button type="submit">{t('campaignLetters.form.submit')}</button>
            </div>
          </form>
        </>
      )}
      <p>
        <a href={href(ctx, base)}>{t('campaignLetters.backToCampaign')}</a>
      </p>
    </Layout>
  );
}
