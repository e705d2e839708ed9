// The coordinators' figure form (new and edit), and the fields the proposal form shares with it.
import type { RequestContext } from '../../../app/context.ts';
import { Field, FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { CsrfField, FieldError, href, Layout } from '../../../app/layout.tsx';
import { LANGUAGES } from '../../../app/i18n.ts';
import { Select } from '../../registry/registry.parts.tsx';
import { countryOptions, languageName } from './sponsorships.model.ts';
import { figurePhotoUrl } from './sponsorships.parts.tsx';
import type { FigureRow } from './sponsorships.repository.ts';
import { figureStatementField } from './sponsorships.schemas.ts';
import { FigureSponsorshipsSection, type SponsorshipForms } from './manage.views.tsx';

/** Formats a browser may offer for the file input; the server checks the content, not this list. */
const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,image/avif,image/heic,image/heif,image/tiff';

const err = (ctx: RequestContext, state: FormState | undefined, name: string) => (state?.errors?.[name] ? ctx.t(state.errors[name]) : undefined);

/** Name, role, institution and country: the facts every figure has. */
export function FigureFactFields({ ctx, state }: { ctx: RequestContext; state?: FormState }) {
  const { t } = ctx;
  return (
    <>
      <Field ctx={ctx} name="name" label={t('sponsorships.form.name')} autocomplete="name" state={state} />
      <Field ctx={ctx} name="role" label={t('sponsorships.form.role')} hint={t('sponsorships.form.roleHint')} state={state} />
      <Field ctx={ctx} name="institution" label={t('sponsorships.form.institution')} hint={t('sponsorships.form.institutionHint')} state={state} />
      <Select
        name="country"
        label={t('sponsorships.form.country')}
        any={t('sponsorships.form.countryChoose')}
        options={countryOptions(ctx.lang)}
        value={state?.values?.country}
        required
        error={err(ctx, state, 'country')}
      />
    </>
  );
}

/** The optional photo input; after a refused form the file must be chosen again (browsers do not keep it). */
export function PhotoField({ ctx, state, photoError }: { ctx: RequestContext; state?: FormState; photoError?: string }) {
  const { t } = ctx;
  return (
    <div>
      <label for="f-photo">{t('sponsorships.form.photo')}</label>
      <input id="f-photo" name="photo" type="file" accept={ACCEPT} aria-invalid={photoError ? 'true' : undefined} aria-describedby={`f-photo-hint${photoError ? ' f-photo-error' : ''}`} />
      <p class="hint" id="f-photo-hint">
        {t('sponsorships.form.photoHint')}
        {state?.errors && !photoError ? ` ${t('sponsorships.form.photoAgain')}` : ''}
      </p>
      <FieldError id="f-photo-error" message={photoError ? t(photoError) : undefined} />
    </div>
  );
}

export function FigureFormPage(props: {
  ctx: RequestContext;
  figure?: FigureRow;
  state?: FormState;
  photoError?: string;
  sponsorships?: SponsorshipForms;
}) {
  const { ctx, figure, state } = props;
  const { t } = ctx;
  const title = figure ? t('sponsorships.figure.editTitle', { name: figure.name }) : t('sponsorships.figure.newTitle');
  const action = figure ? `/sponsorships/figures/${figure.slug}/edit` : '/sponsorships/figures/new';
  return (
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={href(ctx, '/sponsorships/manage')}>{t('sponsorships.manage.back')}</a>
      </p>
      <h1>{title}</h1>
      <FormErrors ctx={ctx} state={props.photoError ? { errors: { photo: props.photoError } } : state} />
      <form method="post" action={href(ctx, action)} enctype="multipart/form-data" class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <FigureFactFields ctx={ctx} state={state} />
        {figure?.photoKey && (
          <div>
            <img class="person-photo" src={figurePhotoUrl(figure.photoKey)} alt={t('sponsorships.figure.photoAlt', { name: figure.name })} />
            <div class="checkbox">
              <input id="f-removePhoto" name="removePhoto" type="checkbox" checked={state?.values?.removePhoto === 'on'} />
              <label for="f-removePhoto">{t('sponsorships.form.removePhoto')}</label>
            </div>
          </div>
        )}
        <PhotoField ctx={ctx} state={state} photoError={props.photoError} />
        <fieldset class="stack">
          <legend>{t('sponsorships.form.statements')}</legend>
          <p class="hint">{t('sponsorships.form.statementsHint')}</p>
          {LANGUAGES.map((l) => (
            <TextArea ctx={ctx} name={figureStatementField(l)} lang={l} rows={3} label={t('sponsorships.form.statementIn', { language: languageName(l, ctx.lang) })} state={state} />
          ))}
        </fieldset>
        <div>
          <button type="submit">{t(figure ? 'sponsorships.form.save' : 'sponsorships.form.create')}</button>
        </div>
      </form>
      {figure && props.sponsorships && <FigureSponsorshipsSection ctx={ctx} figure={figure} forms={props.sponsorships} />}
    </Layout>
  );
}

/** A figure's stored values as the form shows them. */
export function figureValues(f: FigureRow): Record<string, string> {
  return {
    name: f.name,
    role: f.role,
    institution: f.institution,
    country: f.country,
    ...Object.fromEntries(LANGUAGES.map((l) => [figureStatementField(l), f.statements[l] ?? ''])),
  };
}
