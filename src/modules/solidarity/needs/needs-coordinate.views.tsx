import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../app/i18n.ts';
import { Select } from '../../registry/registry.parts.tsx';
import { addDays, displayName, formatIsoDate, todayIso } from '../../registry/registry.present.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import { NEED_KINDS } from '../solidarity.model.ts';
import { MoneyRules, PledgeCounts, needsPageHref } from './needs.parts.tsx';
import type { NeedWithCounts } from './needs.repository.ts';
import type { PledgeToFollow } from './needs.service.ts';

/** Coordinators: a person's needs in every state, a form for a new one, and met / closed buttons. */
export function ManageNeedsPage(props: { ctx: RequestContext; person: PersonRow; needs: NeedWithCounts[]; notice?: string; state?: FormState; moneyRulesUrl?: string }) {
  const { ctx, person, state } = props;
  const { t } = ctx;
  const name = displayName(person, ctx.lang);
  const title = t('needs.manage.title', { name });
  const action = href(ctx, `/needs/${encodeURIComponent(person.slug)}/edit`);
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {props.notice === 'added' && <Notice kind="success"><p>{t('needs.manage.added')}</p></Notice>}
      {props.notice === 'stale' && <Notice kind="error"><p>{t('needs.manage.stale')}</p></Notice>}
      <p><a href={needsPageHref(ctx, person.slug)}>{t('needs.manage.publicPage')}</a> · <a href={href(ctx, '/needs/pledges')}>{t('needs.pledges.title')}</a></p>
      <section aria-labelledby="needs-list-title">
        <h2 id="needs-list-title">{t('needs.manage.list')}</h2>
        {props.needs.length === 0 ? <p>{t('needs.page.none')}</p> : (
          <table class="needs-manage">
            <thead>
              <tr>
                <th scope="col">{t('needs.form.kind')}</th>
                <th scope="col">{t('needs.form.description')}</th>
                <th scope="col">{t('needs.manage.state')}</th>
                <th scope="col">{t('needs.manage.pledges')}</th>
                <th scope="col">{t('needs.manage.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {props.needs.map((n) => (
                <tr>
                  <td>{t(`needs.kind.${n.kind}`)}</td>
                  <td lang={n.locale}>{n.description}</td>
                  <td>{t(`needs.state.${n.state}`)}{n.closedOn && ` · ${formatIsoDate(ctx.lang, n.closedOn)}`}</td>
                  <td><PledgeCounts ctx={ctx} need={n} /></td>
                  <td>
                    {n.state === 'open' && (
                      <form method="post" action={href(ctx, `/needs/${encodeURIComponent(person.slug)}/state`)} class="inline">
                        <CsrfField ctx={ctx} />
                        <input type="hidden" name="id" value={n.id} />
                        <button type="submit" name="to" value="met">{t('needs.manage.markMet')}</button>{' '}
                        <button type="submit" name="to" value="closed" class="secondary">{t('needs.manage.markClosed')}</button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="need-new-title">
        <h2 id="need-new-title">{t('needs.manage.new')}</h2>
        <FormErrors ctx={ctx} state={state} />
        <form method="post" action={action} class="stack" novalidate>
          <CsrfField ctx={ctx} />
          <Select name="kind" label={t('needs.form.kind')} value={state?.values?.kind} options={NEED_KINDS.map((k) => [k, t(`needs.kind.${k}`)])} required error={state?.errors?.kind ? t(state.errors.kind) : undefined} />
          <TextArea ctx={ctx} name="description" label={t('needs.form.description')} hint={t('needs.form.descriptionHint')} rows={4} required state={state} />
          <Select name="locale" label={t('needs.form.locale')} value={state?.values?.locale ?? ctx.lang} options={LANGUAGES.map((l) => [l, LANGUAGE_NAMES[l]])} required error={state?.errors?.locale ? t(state.errors.locale) : undefined} />
          <button type="submit">{t('needs.manage.add')}</button>
        </form>
      </section>
      <MoneyRules ctx={ctx} moneyRulesUrl={props.moneyRulesUrl} />
    </Layout>
  );
}

/** A month is overdue once it has been over for a while; the coordinator decides what that means. */
function overdue(byMonth: string | null): boolean {
  if (!byMonth) return false;
  const [y, m] = byMonth.split('-').map(Number);
  const monthEnd = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return addDays(monthEnd, 60) < todayIso();
}

export function PledgesPage({ ctx, pledges, notice }: { ctx: RequestContext; pledges: PledgeToFollow[]; notice?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('needs.pledges.title')}>
      <h1>{t('needs.pledges.title')}</h1>
      {notice === 'done' && <Notice kind="success"><p>{t('needs.pledges.done')}</p></Notice>}
      {notice === 'stale' && <Notice kind="error"><p>{t('needs.pledges.stale')}</p></Notice>}
      <p>{t('needs.pledges.intro')}</p>
      <p role="status" class="result-count">{t('needs.count.pledges', { count: pledges.length })}</p>
      {pledges.length > 0 && (
        <table class="pledges">
          <thead>
            <tr>
              <th scope="col">{t('needs.pledges.person')}</th>
              <th scope="col">{t('needs.pledges.pledge')}</th>
              <th scope="col">{t('needs.pledge.month')}</th>
              <th scope="col">{t('needs.pledges.contact')}</th>
              <th scope="col">{t('needs.manage.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {pledges.map((p) => (
              <tr>
                <td><a href={href(ctx, `/needs/${p.person.slug}/edit`)}>{displayName(p.person, ctx.lang)}</a><br /><span class="meta">{t(`needs.kind.${p.need.kind}`)}</span></td>
                <td><strong>{p.pseudonym}</strong>: <span lang={p.locale}>{p.promise}</span></td>
                <td>{p.byMonth ?? '—'}{overdue(p.byMonth) && <> <span class="badge">{t('needs.pledges.overdue')}</span></>}</td>
                <td>{p.contact ?? '—'}</td>
                <td>
                  <form method="post" action={href(ctx, '/needs/pledges')} class="inline">
                    <CsrfField ctx={ctx} />
                    <input type="hidden" name="id" value={p.id} />
                    <button type="submit" name="to" value="fulfilled" aria-label={t('needs.pledges.fulfilledLabel', { name: p.pseudonym })}>{t('needs.pledges.fulfilled')}</button>{' '}
                    <button type="submit" name="to" value="lapsed" class="secondary" aria-label={t('needs.pledges.lapsedLabel', { name: p.pseudonym })}>{t('needs.pledges.lapsed')}</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
