// Invitation links (coordinators), the proposal form a public figure opens through one, and the proposals queue.
import type { RequestContext } from '../../../app/context.ts';
import { Field, FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { LANGUAGES } from '../../../app/i18n.ts';
import { displayName, formatIsoDate } from '../../registry/registry.present.ts';
import { Select } from '../../registry/registry.parts.tsx';
import { FigureFactFields, PhotoField } from './figure-form.views.tsx';
import type { InvitationRow, Proposal } from './invitations.repository.ts';
import { invitationStatus } from './invitations.service.ts';
import type { SponsoredPerson } from './public.repository.ts';
import { countryName, INVITATION_DEFAULT_DAYS, languageName } from './sponsorships.model.ts';
import { figurePhotoUrl, PersonLink, Statement } from './sponsorships.parts.tsx';

export function InvitationsPage(props: { ctx: RequestContext; invitations: InvitationRow[]; created?: { link: string; label: string }; state?: FormState }) {
  const { ctx, state } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('sponsorships.invitations.title')}>
      <p><a href={href(ctx, '/sponsorships/manage')}>{t('sponsorships.manage.back')}</a></p>
      <h1>{t('sponsorships.invitations.title')}</h1>
      {props.created && (
        <Notice kind="success">
          <p>{t('sponsorships.invitations.created', { name: props.created.label })}</p>
          <p><label for="invitation-link">{t('sponsorships.invitations.link')}</label></p>
          <input id="invitation-link" type="url" readOnly value={props.created.link} class="share-url" />
          <p class="hint">{t('sponsorships.invitations.onlyOnce')}</p>
        </Notice>
      )}
      <h2 id="new-invitation">{t('sponsorships.invitations.new')}</h2>
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, '/sponsorships/invitations')} class="stack" novalidate aria-labelledby="new-invitation">
        <CsrfField ctx={ctx} />
        <Field ctx={ctx} name="label" label={t('sponsorships.invitations.label')} hint={t('sponsorships.invitations.labelHint')} state={state} />
        <Field ctx={ctx} name="days" inputmode="numeric" label={t('sponsorships.invitations.days')} state={{ ...state, values: { days: String(INVITATION_DEFAULT_DAYS), ...state?.values } }} />
        <div><button type="submit">{t('sponsorships.invitations.create')}</button></div>
      </form>
      <h2>{t('sponsorships.invitations.list')}</h2>
      {props.invitations.length === 0 ? <p>{t('sponsorships.invitations.none')}</p> : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('sponsorships.invitations.label')}</th>
              <th scope="col">{t('sponsorships.invitations.createdOn')}</th>
              <th scope="col">{t('sponsorships.invitations.expires')}</th>
              <th scope="col">{t('sponsorships.manage.state')}</th>
              <th scope="col"><span class="visually-hidden">{t('sponsorships.invitations.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {props.invitations.map((inv) => {
              const status = invitationStatus(inv);
              return (
                <tr>
                  <td>{inv.label}</td>
                  <td>{formatIsoDate(ctx.lang, inv.createdOn)}</td>
                  <td>{ctx.formatDate(inv.expiresAt)}</td>
                  <td>{status === 'used' ? t('sponsorships.invitations.usedOn', { date: formatIsoDate(ctx.lang, inv.usedOn)! }) : t(`sponsorships.invitations.status.${status}`)}</td>
                  <td>
                    {status !== 'used' && (
                      <form method="post" action={href(ctx, `/sponsorships/invitations/${inv.id}/revoke`)} class="inline">
                        <CsrfField ctx={ctx} />
                        <button type="submit" class="secondary" aria-label={t('sponsorships.invitations.revokeLabel', { name: inv.label })}>{t('sponsorships.invitations.revoke')}</button>
                      </form>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export function ProposePage(props: { ctx: RequestContext; token: string; people: SponsoredPerson[]; state?: FormState; photoError?: string }) {
  const { ctx, state } = props;
  const { t } = ctx;
  const errors = props.photoError ? { ...state?.errors, photo: props.photoError } : state?.errors;
  return (
    <Layout ctx={ctx} title={t('sponsorships.propose.title')}>
      <h1>{t('sponsorships.propose.title')}</h1>
      <p class="lead">{t('sponsorships.propose.intro')}</p>
      <FormErrors ctx={ctx} state={errors ? { ...state, errors } : state} />
      <form method="post" action={href(ctx, '/sponsorships/propose')} enctype="multipart/form-data" class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="token" value={props.token} />
        <Select
          name="person"
          label={t('sponsorships.propose.person')}
          any={t('sponsorships.propose.personChoose')}
          options={props.people.map((p): [string, string] => [p.personSlug, displayName(p, ctx.lang)])}
          value={state?.values?.person}
          required
          error={state?.errors?.person ? t(state.errors.person) : undefined}
        />
        <FigureFactFields ctx={ctx} state={state} />
        <PhotoField ctx={ctx} state={state} photoError={props.photoError} />
        <TextArea ctx={ctx} name="statement" label={t('sponsorships.propose.statement')} hint={t('sponsorships.propose.statementHint')} rows={6} required state={state} />
        <Select name="statementLocale" label={t('sponsorships.form.statementLocale')} options={LANGUAGES.map((l): [string, string] => [l, languageName(l, ctx.lang)])} value={state?.values?.statementLocale ?? ctx.lang} required />
        <Field ctx={ctx} name="email" type="email" autocomplete="email" label={t('sponsorships.propose.email')} hint={t('sponsorships.propose.emailHint')} state={state} />
        <div class="checkbox">
          <input id="f-consent" name="consent" type="checkbox" required checked={state?.values?.consent === 'on'} aria-invalid={state?.errors?.consent ? 'true' : undefined} aria-describedby={state?.errors?.consent ? 'f-consent-error' : undefined} />
          <label for="f-consent">{t('sponsorships.propose.consent')}</label>
          {state?.errors?.consent && <p class="field-error" id="f-consent-error">{t(state.errors.consent)}</p>}
        </div>
        <div class="hp" aria-hidden="true">
          <label for="f-website">Website</label>
          <input id="f-website" name="website" type="text" tabIndex={-1} autocomplete="off" />
        </div>
        <div><button type="submit">{t('sponsorships.propose.submit')}</button></div>
      </form>
    </Layout>
  );
}

/** After a proposal, or when a link can no longer be used: a page that says so plainly. */
export function ProposalOutcomePage({ ctx, outcome }: { ctx: RequestContext; outcome: 'proposed' | 'used' | 'invalid' }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(`sponsorships.propose.${outcome}.title`)}>
      <h1>{t(`sponsorships.propose.${outcome}.title`)}</h1>
      <Notice kind={outcome === 'proposed' ? 'success' : 'error'}>
        <p>{t(`sponsorships.propose.${outcome}.body`)}</p>
      </Notice>
      <p><a href={href(ctx, '/sponsorships')}>{t('sponsorships.backToOverview')}</a></p>
    </Layout>
  );
}

export function ProposalsPage({ ctx, proposals, contactOf, notice }: { ctx: RequestContext; proposals: Proposal[]; contactOf: (p: Proposal) => string | null; notice?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('sponsorships.proposals.title')}>
      <p><a href={href(ctx, '/sponsorships/manage')}>{t('sponsorships.manage.back')}</a></p>
      <h1>{t('sponsorships.proposals.title')}</h1>
      {notice && <Notice kind={notice.endsWith('gone') ? 'error' : 'success'}><p>{t(notice)}</p></Notice>}
      {proposals.length === 0 && <p>{t('sponsorships.proposals.none')}</p>}
      {proposals.map((p) => (
        <article class="stack" aria-labelledby={`proposal-${p.sponsorshipId}`}>
          <h2 id={`proposal-${p.sponsorshipId}`}>{p.name}</h2>
          {p.photoKey && <img class="person-photo" src={figurePhotoUrl(p.photoKey)} alt={t('sponsorships.figure.photoAlt', { name: p.name })} />}
          <dl class="facts">
            <dt>{t('sponsorships.figure.role')}</dt><dd>{p.role}</dd>
            <dt>{t('sponsorships.figure.institution')}</dt><dd>{p.institution}</dd>
            <dt>{t('sponsorships.figure.country')}</dt><dd>{countryName(p.country, ctx.lang)}</dd>
            <dt>{t('sponsorships.proposals.person')}</dt><dd><PersonLink ctx={ctx} person={p} /></dd>
            <dt>{t('sponsorships.proposals.contact')}</dt><dd>{contactOf(p) ?? '—'}</dd>
            <dt>{t('sponsorships.proposals.invitation')}</dt><dd>{p.label ?? '—'}</dd>
            <dt>{t('sponsorships.proposals.received')}</dt><dd>{formatIsoDate(ctx.lang, p.createdOn)}</dd>
          </dl>
          <Statement ctx={ctx} shown={p.statement ? { text: p.statement, lang: p.statementLocale ?? ctx.lang } : null} />
          <div class="actions">
            <form method="post" action={href(ctx, `/sponsorships/proposals/${p.sponsorshipId}/approve`)} class="inline">
              <CsrfField ctx={ctx} />
              <button type="submit" aria-label={t('sponsorships.proposals.approveLabel', { name: p.name })}>{t('sponsorships.proposals.approve')}</button>
            </form>{' '}
            <form method="post" action={href(ctx, `/sponsorships/proposals/${p.sponsorshipId}/refuse`)} class="inline">
              <CsrfField ctx={ctx} />
              <button type="submit" class="secondary" aria-label={t('sponsorships.proposals.refuseLabel', { name: p.name })}>{t('sponsorships.proposals.refuse')}</button>
            </form>
          </div>
        </article>
      ))}
    </Layout>
  );
}
