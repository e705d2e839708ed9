// The coordinators' hub (every figure, whatever its state) and, on a figure's edit page, its sponsorships:
// record one directly, end one, or hand it over to another figure.
import type { RequestContext } from '../../../app/context.ts';
import { FormErrors, type FormState } from '../../../app/form-fields.tsx';
import { CsrfField, FieldError, href, Layout } from '../../../app/layout.tsx';
import { LANGUAGES } from '../../../app/i18n.ts';
import { todayIso } from '../../registry/registry.present.ts';
import { countryName, languageName } from './sponsorships.model.ts';
import { figureHref, period, PersonLink } from './sponsorships.parts.tsx';
import type { FigureRow, FigureSponsorship } from './sponsorships.repository.ts';

export function ManagePage({ ctx, figures }: { ctx: RequestContext; figures: FigureRow[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('sponsorships.manage.title')}>
      <h1>{t('sponsorships.manage.title')}</h1>
      <ul class="inline-list">
        <li><a class="button" href={href(ctx, '/sponsorships/figures/new')}>{t('sponsorships.figure.newTitle')}</a></li>
        <li><a class="button secondary" href={href(ctx, '/sponsorships/invitations')}>{t('sponsorships.invitations.title')}</a></li>
        <li><a class="button secondary" href={href(ctx, '/sponsorships/proposals')}>{t('sponsorships.proposals.title')}</a></li>
      </ul>
      <h2>{t('sponsorships.manage.figures')}</h2>
      {figures.length === 0 ? <p>{t('sponsorships.overview.empty')}</p> : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('sponsorships.form.name')}</th>
              <th scope="col">{t('sponsorships.form.institution')}</th>
              <th scope="col">{t('sponsorships.form.country')}</th>
              <th scope="col">{t('sponsorships.manage.state')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr>
                <td><a href={href(ctx, `/sponsorships/figures/${f.slug}/edit`)}>{f.name}</a></td>
                <td>{f.institution}</td>
                <td>{countryName(f.country, ctx.lang)}</td>
                <td>{t(`sponsorships.figureState.${f.state}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export interface SponsorshipForms {
  active: FigureSponsorship[];
  ended: FigureSponsorship[];
  successors: Pick<FigureRow, 'slug' | 'name' | 'institution'>[];
  sponsor?: FormState;
  /** The sponsorship whose end or hand-over form was refused, with what was sent. */
  handOver?: { id: string; state: FormState };
  end?: { id: string; state: FormState };
}

/** An input with an id of its own: several of these forms share one page. */
function Input(props: { ctx: RequestContext; id: string; name: string; label: string; type?: string; value?: string; error?: string; hint?: string; required?: boolean }) {
  const described = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <input id={props.id} name={props.name} type={props.type ?? 'text'} value={props.value} required={props.required ?? true} aria-invalid={props.error ? 'true' : undefined} aria-describedby={described} />
      {props.hint && <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>}
      <FieldError id={`${props.id}-error`} message={props.error ? props.ctx.t(props.error) : undefined} />
    </div>
  );
}

function Choice(props: { id: string; name: string; label: string; options: [string, string][]; value?: string; error?: string; ctx: RequestContext }) {
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} required aria-invalid={props.error ? 'true' : undefined} aria-describedby={props.error ? `${props.id}-error` : undefined}>
        {props.options.map(([value, label]) => <option value={value} selected={value === props.value}>{label}</option>)}
      </select>
      <FieldError id={`${props.id}-error`} message={props.error ? props.ctx.t(props.error) : undefined} />
    </div>
  );
}

function StatementInputs({ ctx, id, state }: { ctx: RequestContext; id: string; state?: FormState }) {
  const { t } = ctx;
  const error = state?.errors?.statement;
  return (
    <>
      <div>
        <label for={`${id}-statement`}>{t('sponsorships.form.statement')}</label>
        <textarea id={`${id}-statement`} name="statement" rows={3} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-statement-error` : undefined}>{state?.values?.statement ?? ''}</textarea>
        <FieldError id={`${id}-statement-error`} message={error ? t(error) : undefined} />
      </div>
      <Choice ctx={ctx} id={`${id}-locale`} name="statementLocale" label={t('sponsorships.form.statementLocale')} options={LANGUAGES.map((l) => [l, languageName(l, ctx.lang)])} value={state?.values?.statementLocale ?? ctx.lang} />
    </>
  );
}

function ActiveSponsorship({ ctx, s, forms }: { ctx: RequestContext; s: FigureSponsorship; forms: SponsorshipForms }) {
  const { t } = ctx;
  const endState = forms.end?.id === s.id ? forms.end.state : undefined;
  const handState = forms.handOver?.id === s.id ? forms.handOver.state : undefined;
  const base = `/sponsorships/sponsorships/${s.id}`;
  return (
    <li>
      <p><PersonLink ctx={ctx} person={s} /> ({period(ctx, s)})</p>
      <details open={!!endState}>
        <summary>{t('sponsorships.end.title')}</summary>
        <form method="post" action={href(ctx, `${base}/end`)} class="stack" novalidate>
          <CsrfField ctx={ctx} />
          <FormErrors ctx={ctx} state={endState} />
          <Input ctx={ctx} id={`end-${s.id}`} name="on" type="date" label={t('sponsorships.end.on')} value={endState?.values?.on ?? todayIso()} error={endState?.errors?.on} />
          <div><button type="submit" class="secondary">{t('sponsorships.end.submit')}</button></div>
        </form>
      </details>
      {forms.successors.length > 0 && (
        <details open={!!handState}>
          <summary>{t('sponsorships.handOver.title')}</summary>
          <form method="post" action={href(ctx, `${base}/hand-over`)} class="stack" novalidate>
            <CsrfField ctx={ctx} />
            <FormErrors ctx={ctx} state={handState} />
            <Choice ctx={ctx} id={`hand-${s.id}-successor`} name="successor" label={t('sponsorships.handOver.successor')} options={forms.successors.map((f) => [f.slug, `${f.name} (${f.institution})`])} value={handState?.values?.successor} error={handState?.errors?.successor} />
            <Input ctx={ctx} id={`hand-${s.id}-on`} name="on" type="date" label={t('sponsorships.handOver.on')} value={handState?.values?.on ?? todayIso()} error={handState?.errors?.on} />
            <StatementInputs ctx={ctx} id={`hand-${s.id}`} state={handState} />
            <div><button type="submit">{t('sponsorships.handOver.submit')}</button></div>
          </form>
        </details>
      )}
    </li>
  );
}

/** Below the figure form: the people this figure sponsors, and a form to add one. */
export function FigureSponsorshipsSection({ ctx, figure, forms }: { ctx: RequestContext; figure: FigureRow; forms: SponsorshipForms }) {
  const { t } = ctx;
  const state = forms.sponsor;
  return (
    <section aria-labelledby="figure-sponsorships-title" class="stack">
      <h2 id="figure-sponsorships-title">{t('sponsorships.figure.sponsored')}</h2>
      {figure.state === 'approved' && <p><a href={figureHref(ctx, figure.slug)}>{t('sponsorships.figure.publicPage')}</a></p>}
      {[forms.end, forms.handOver].map((f) => (f && !forms.active.some((s) => s.id === f.id) ? <FormErrors ctx={ctx} state={f.state} /> : null))}
      {forms.active.length === 0 ? <p>{t('sponsorships.figure.noneNow')}</p> : (
        <ul class="sponsorships">{forms.active.map((s) => <ActiveSponsorship ctx={ctx} s={s} forms={forms} />)}</ul>
      )}
      {forms.ended.length > 0 && (
        <>
          <h3>{t('sponsorships.history.title')}</h3>
          <ul>{forms.ended.map((s) => <li><PersonLink ctx={ctx} person={s} /> ({period(ctx, s)})</li>)}</ul>
        </>
      )}
      {figure.state === 'approved' && (
        <>
          <h3 id="sponsor-title">{t('sponsorships.sponsor.title')}</h3>
          <form method="post" action={href(ctx, `/sponsorships/figures/${figure.slug}/sponsor`)} class="stack" novalidate aria-labelledby="sponsor-title">
            <CsrfField ctx={ctx} />
            <FormErrors ctx={ctx} state={state} />
            <Input ctx={ctx} id="sponsor-person" name="person" label={t('sponsorships.sponsor.person')} hint={t('sponsorships.sponsor.personHint')} value={state?.values?.person} error={state?.errors?.person} />
            <Input ctx={ctx} id="sponsor-startedOn" name="startedOn" type="date" label={t('sponsorships.sponsor.startedOn')} value={state?.values?.startedOn ?? todayIso()} error={state?.errors?.startedOn} />
            <StatementInputs ctx={ctx} id="sponsor" state={state} />
            <div><button type="submit">{t('sponsorships.sponsor.submit')}</button></div>
          </form>
        </>
      )}
    </section>
  );
}
