import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { LinkConfirmPage } from '../../../app/link-confirm.tsx';
import type { FormState } from '../../../app/form-fields.tsx';
import { displayName } from '../../registry/registry.present.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import { MoneyRules, PledgeCounts } from './needs.parts.tsx';
import type { NeedWithCounts } from './needs.repository.ts';
import { currentMonth, PROMISE_MAX } from './needs.schemas.ts';
import type { ConfirmOutcome } from './needs.service.ts';

/** One labelled input of a need's pledge form; ids carry the need, since the page has one form per need. */
function Input(props: { ctx: RequestContext; form: string; name: string; label: string; hint?: string; type?: string; state?: FormState; required?: boolean; autocomplete?: string; min?: string }) {
  const id = `${props.form}-${props.name}`;
  const error = props.state?.errors?.[props.name];
  const describedBy = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label for={id}>{props.label}</label>
      <input id={id} name={props.name} type={props.type ?? 'text'} required={props.required ?? true} autocomplete={props.autocomplete} min={props.min} value={props.state?.values?.[props.name]} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy} />
      {props.hint && <p class="hint" id={`${id}-hint`}>{props.hint}</p>}
      {error && <p class="field-error" id={`${id}-error`}>{props.ctx.t(error)}</p>}
    </div>
  );
}

function PledgeForm(props: { ctx: RequestContext; person: PersonRow; need: NeedWithCounts; submissionId: string; signedIn: boolean; state?: FormState }) {
  const { ctx, need, state } = props;
  const { t } = ctx;
  const form = `pledge-${need.id}`;
  const promiseError = state?.errors?.promise;
  return (
    <form method="post" action={href(ctx, `/people/${encodeURIComponent(props.person.slug)}/needs`)} class="stack pledge-form" novalidate aria-labelledby={`${form}-title`}>
      <h3 id={`${form}-title`}>{t('needs.pledge.title', { name: t(`needs.kind.${need.kind}`) })}</h3>
      {state?.errors && (
        <div class="notice notice-error" role="alert"><p>{t(state.errors._form ?? 'form.fixErrors')}</p></div>
      )}
      <CsrfField ctx={ctx} />
      <input type="hidden" name="submissionId" value={props.submissionId} />
      <input type="hidden" name="need" value={need.id} />
      <Input ctx={ctx} form={form} name="pseudonym" label={t('needs.pledge.pseudonym')} hint={t('needs.pledge.pseudonymHint')} autocomplete="nickname" state={state} />
      {!props.signedIn && <Input ctx={ctx} form={form} name="email" type="email" label={t('needs.pledge.email')} hint={t('needs.pledge.emailHint')} autocomplete="email" state={state} />}
      <div>
        <label for={`${form}-promise`}>{t('needs.pledge.promise')}</label>
        <textarea id={`${form}-promise`} name="promise" rows={3} maxLength={PROMISE_MAX} required aria-invalid={promiseError ? 'true' : undefined} aria-describedby={`${form}-promise-hint${promiseError ? ` ${form}-promise-error` : ''}`}>
          {state?.values?.promise ?? ''}
        </textarea>
        <p class="hint" id={`${form}-promise-hint`}>{t('needs.pledge.promiseHint')}</p>
        {promiseError && <p class="field-error" id={`${form}-promise-error`}>{t(promiseError)}</p>}
      </div>
      <Input ctx={ctx} form={form} name="month" type="month" label={t('needs.pledge.month')} hint={t('needs.pledge.monthHint')} required={false} min={currentMonth()} state={state} />
      <div class="hp" aria-hidden="true">
        <label for={`${form}-website`}>Website</label>
        <input id={`${form}-website`} name="website" type="text" tabIndex={-1} autocomplete="off" />
      </div>
      <button type="submit">{t('needs.pledge.submit')}</button>
    </form>
  );
}

export interface NeedsPageProps {
  ctx: RequestContext;
  person: PersonRow;
  needs: NeedWithCounts[];
  met: NeedWithCounts[];
  submissionIds: Record<string, string>;
  moneyRulesUrl?: string;
  notice?: 'pledged' | 'checkEmail';
  /** The form that was sent, with its errors. */
  state?: FormState;
}

export function NeedsPage(props: NeedsPageProps) {
  const { ctx, person, state } = props;
  const { t } = ctx;
  const name = displayName(person, ctx.lang);
  const title = t('needs.page.title', { name });
  const signedIn = ctx.actor.userId !== null;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {props.notice && <Notice kind="success"><p>{t(`needs.page.${props.notice}`)}</p></Notice>}
      <p>{t('needs.page.intro')}</p>
      <MoneyRules ctx={ctx} moneyRulesUrl={props.moneyRulesUrl} />
      <section aria-labelledby="open-needs-title">
        <h2 id="open-needs-title">{t('needs.page.open')}</h2>
        {props.needs.length === 0 && <p>{t('needs.page.none')}</p>}
        {props.needs.map((need) => (
          <article class="need" id={`need-${need.id}`}>
            <p>
              <strong>{t(`needs.kind.${need.kind}`)}</strong>: <span lang={need.locale}>{need.description}</span>
              <br />
              <PledgeCounts ctx={ctx} need={need} />
            </p>
            <PledgeForm ctx={ctx} person={person} need={need} submissionId={props.submissionIds[need.id]} signedIn={signedIn} state={state?.values?.need === need.id ? state : undefined} />
          </article>
        ))}
      </section>
      {props.met.length > 0 && (
        <section aria-labelledby="met-needs-title">
          <h2 id="met-needs-title">{t('needs.page.met')}</h2>
          <ul class="needs">
            {props.met.map((n) => (
              <li><strong>{t(`needs.kind.${n.kind}`)}</strong>: <span lang={n.locale}>{n.description}</span> <PledgeCounts ctx={ctx} need={n} /></li>
            ))}
          </ul>
        </section>
      )}
      <p><a href={href(ctx, `/people/${person.slug}`)}>{t('registry.backTo', { name })}</a></p>
    </Layout>
  );
}

export function ConfirmPledgePage({ ctx, token }: { ctx: RequestContext; token: string }) {
  const { t } = ctx;
  return <LinkConfirmPage ctx={ctx} token={token} action="/needs/confirm" title={t('needs.confirm.title')} intro={t('needs.confirm.body')} submit={t('needs.confirm.submit')} />;
}

export function PledgeConfirmedPage({ ctx, outcome }: { ctx: RequestContext; outcome: ConfirmOutcome | null }) {
  const { t } = ctx;
  const key = outcome ?? 'invalid';
  return (
    <Layout ctx={ctx} title={t(`needs.confirmed.${key}.title`)}>
      <h1>{t(`needs.confirmed.${key}.title`)}</h1>
      <Notice kind={outcome === 'confirmed' || outcome === 'already' ? 'success' : 'error'}>
        <p>{t(`needs.confirmed.${key}.body`)}</p>
      </Notice>
    </Layout>
  );
}
