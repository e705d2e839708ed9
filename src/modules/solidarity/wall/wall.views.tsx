// The wall's form and the pages its e-mail links open.
import type { RequestContext } from '../../../app/context.ts';
import { Field, FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { CsrfField, FieldError, href, Layout, Notice } from '../../../app/layout.tsx';
import { LinkConfirmPage } from '../../../app/link-confirm.tsx';
import { displayName } from '../../registry/registry.present.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import { WALL_CONFIRM_DAYS, WALL_NAME_MAX, WALL_STATEMENT_MAX } from './wall.model.ts';
import type { WallConfirmOutcome } from './wall.service.ts';

/** Formats a browser may offer; the server checks the content, not this list. */
const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,image/avif,image/heic,image/heif,image/tiff';

/** The consent as the form shows it; the very same text is stored with the entry. */
export const consentTextOf = (ctx: RequestContext) => ctx.t('wall.form.consent', { days: WALL_CONFIRM_DAYS });

export function WallFormPage(props: { ctx: RequestContext; submissionId: string; person: PersonRow | null; state?: FormState }) {
  const { ctx, person, state } = props;
  const { t } = ctx;
  const name = person ? displayName(person, ctx.lang) : null;
  const title = name ? t('wall.form.titleFor', { name }) : t('wall.form.title');
  const values: Record<string, string> = { ...state?.values, person: state?.values?.person ?? person?.slug ?? '' };
  const photoError = state?.errors?.photo;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{t('wall.form.intro')}</p>
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, '/wall/new')} enctype="multipart/form-data" class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="submissionId" value={props.submissionId} />
        <div>
          <label for="f-photo">{t('wall.form.photo')}</label>
          <input id="f-photo" name="photo" type="file" accept={ACCEPT} required aria-invalid={photoError ? 'true' : undefined} aria-describedby={`f-photo-hint${photoError ? ' f-photo-error' : ''}`} />
          <p class="hint" id="f-photo-hint">
            {t('wall.form.photoHint')}
          </p>
          <FieldError id="f-photo-error" message={photoError ? t(photoError) : undefined} />
        </div>
        <Field ctx={ctx} name="name" label={t('wall.form.name')} hint={t('wall.form.nameHint', { max: WALL_NAME_MAX })} state={{ ...state, values }} />
        <TextArea ctx={ctx} name="statement" label={t('wall.form.statement')} hint={t('wall.form.statementHint', { max: WALL_STATEMENT_MAX })} rows={4} required state={{ ...state, values }} />
        <Field ctx={ctx} name="person" label={t('wall.form.person')} hint={name ? t('wall.form.personChosen', { name }) : t('wall.form.personHint')} required={false} state={{ ...state, values }} />
        <Field ctx={ctx} name="email" type="email" autocomplete="email" label={t('wall.form.email')} hint={t('wall.form.emailHint')} state={{ ...state, values }} />
        <div>
          <div class="checkbox">
            <input id="f-consent" name="consent" type="checkbox" required checked={values.consent === 'on'} aria-invalid={state?.errors?.consent ? 'true' : undefined} aria-describedby={state?.errors?.consent ? 'f-consent-error' : undefined} />
            <label for="f-consent">{consentTextOf(ctx)}</label>
          </div>
          <FieldError id="f-consent-error" message={state?.errors?.consent ? t(state.errors.consent) : undefined} />
        </div>
        <div class="hp" aria-hidden="true">
          <label for="f-website">Website</label>
          <input id="f-website" name="website" type="text" tabIndex={-1} autocomplete="off" />
        </div>
        <div>
          <button type="submit">{t('wall.form.submit')}</button>
        </div>
      </form>
      <p>
        <a href={href(ctx, '/wall')}>{t('wall.backToWall')}</a>
      </p>
    </Layout>
  );
}

export function SubmittedPage({ ctx }: { ctx: RequestContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('wall.sent.title')}>
      <h1>{t('wall.sent.title')}</h1>
      <Notice kind="success">
        <p>{t('wall.sent.body', { days: WALL_CONFIRM_DAYS })}</p>
      </Notice>
      <p>{t('wall.sent.noMail')}</p>
      <p>
        <a href={href(ctx, '/wall')}>{t('wall.backToWall')}</a>
      </p>
    </Layout>
  );
}

export const ConfirmPage = ({ ctx, token }: { ctx: RequestContext; token: string }) => (
  <LinkConfirmPage ctx={ctx} token={token} action="/wall/confirm" title={ctx.t('wall.confirm.title')} intro={ctx.t('wall.confirm.intro')} submit={ctx.t('wall.confirm.submit')} />
);

export function ConfirmedPage({ ctx, outcome }: { ctx: RequestContext; outcome: WallConfirmOutcome | null }) {
  const key = outcome ?? 'invalid';
  const ok = outcome === 'confirmed' || outcome === 'already';
  return (
    <Layout ctx={ctx} title={ctx.t(`wall.confirmed.${key}`)}>
      <h1>{ctx.t(`wall.confirmed.${key}`)}</h1>
      <Notice kind={ok ? 'success' : 'error'}>
        <p>{ctx.t(`wall.confirmed.${key}Body`)}</p>
      </Notice>
    </Layout>
  );
}

export const TakedownPage = ({ ctx, token }: { ctx: RequestContext; token: string }) => (
  <LinkConfirmPage ctx={ctx} token={token} action="/wall/takedown" title={ctx.t('wall.takedown.title')} intro={ctx.t('wall.takedown.intro')} submit={ctx.t('wall.takedown.submit')} />
);

export function TakenDownPage({ ctx }: { ctx: RequestContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('wall.takedown.done')}>
      <h1>{t('wall.takedown.done')}</h1>
      <Notice kind="success">
        <p>{t('wall.takedown.doneBody')}</p>
      </Notice>
    </Layout>
  );
}
