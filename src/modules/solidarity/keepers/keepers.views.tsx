import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { Field, FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { Pagination } from '../../registry/registry.parts.tsx';
import { displayName, formatIsoDate } from '../../registry/registry.present.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import type { PersonNames } from './keepers.repository.ts';
import type { CoordinatorView, MyKeeping, OpenKeeping } from './keepers.read.service.ts';

const personLink = (ctx: RequestContext, p: PersonNames) => <a href={href(ctx, `/people/${p.slug}`)}>{displayName(p, ctx.lang)}</a>;
const date = (ctx: RequestContext, iso: string | null) => (iso ? formatIsoDate(ctx.lang, iso) : '—');

export function RequestPage(props: { ctx: RequestContext; person: PersonRow; full: boolean; state?: FormState }) {
  const { ctx, person, state } = props;
  const { t } = ctx;
  const name = displayName(person, ctx.lang);
  const title = t('keepers.request.title', { name });
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{t('keepers.request.intro')}</p>
      {props.full ? (
        <Notice kind="info"><p>{t('keepers.request.full')}</p></Notice>
      ) : (
        <>
          <FormErrors ctx={ctx} state={state} />
          <form method="post" action={href(ctx, `/keepers/new?to=${encodeURIComponent(person.slug)}`)} class="stack" novalidate>
            <CsrfField ctx={ctx} />
            <Field ctx={ctx} name="pseudonym" label={t('keepers.form.pseudonym')} hint={t('keepers.form.pseudonymHint')} autocomplete="nickname" state={state} />
            <TextArea ctx={ctx} name="note" label={t('keepers.form.note')} hint={t('keepers.form.noteHint')} rows={4} state={state} />
            <button type="submit">{t('keepers.request.submit')}</button>
          </form>
        </>
      )}
      <p><a href={href(ctx, `/people/${person.slug}`)}>{t('registry.backTo', { name })}</a></p>
    </Layout>
  );
}

export function MyKeepingsPage({ ctx, items, notice }: { ctx: RequestContext; items: MyKeeping[]; notice?: 'requested' | 'handedOver' }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('keepers.mine.title')}>
      <h1>{t('keepers.mine.title')}</h1>
      {notice && <Notice kind="success"><p>{t(notice === 'requested' ? 'keepers.mine.requested' : 'keepers.handover.done')}</p></Notice>}
      <p>{t('keepers.mine.intro')}</p>
      {items.length === 0 ? (
        <p>{t('keepers.mine.none')}</p>
      ) : (
        <table class="keepings">
          <thead>
            <tr>
              <th scope="col">{t('keepers.col.person')}</th>
              <th scope="col">{t('keepers.col.state')}</th>
              <th scope="col">{t('keepers.col.requested')}</th>
              <th scope="col">{t('keepers.col.started')}</th>
              <th scope="col">{t('keepers.col.ended')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((k) => (
              <tr>
                <td>
                  {personLink(ctx, k.person)}
                  {k.state === 'active' && <> · <a href={href(ctx, `/keepers/${k.person.slug}`)}>{t('keepers.mine.open')}</a></>}
                </td>
                <td>{t(`keepers.state.${k.state}`)}</td>
                <td>{date(ctx, k.requestedOn)}</td>
                <td>{date(ctx, k.startedOn)}</td>
                <td>{date(ctx, k.endedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

const DONE = ['approved', 'refused', 'full', 'stale'] as const;

function RequestsTable({ ctx, items }: { ctx: RequestContext; items: OpenKeeping[] }) {
  const { t } = ctx;
  if (items.length === 0) return <p>{t('keepers.coord.noRequests')}</p>;
  return (
    <table class="keeper-requests">
      <thead>
        <tr>
          <th scope="col">{t('keepers.col.person')}</th>
          <th scope="col">{t('keepers.col.volunteer')}</th>
          <th scope="col">{t('keepers.col.note')}</th>
          <th scope="col">{t('keepers.col.requested')}</th>
          <th scope="col">{t('keepers.col.decide')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((k) => (
          <tr>
            <td>{personLink(ctx, k.person)}</td>
            <td>{k.pseudonym ?? t('keepers.history.noName')}<br /><span class="meta">{k.email}</span></td>
            <td>{k.note ?? ''}</td>
            <td>{date(ctx, k.requestedOn)}</td>
            <td>
              <form method="post" action={href(ctx, '/keepers/decide')} class="inline">
                <CsrfField ctx={ctx} />
                <input type="hidden" name="id" value={k.id} />
                <button type="submit" name="decision" value="approve" aria-label={t('keepers.coord.approveLabel', { name: `${k.pseudonym ?? k.email} (${displayName(k.person, ctx.lang)})` })}>{t('keepers.coord.approve')}</button>{' '}
                <button type="submit" name="decision" value="refuse" class="secondary" aria-label={t('keepers.coord.refuseLabel', { name: `${k.pseudonym ?? k.email} (${displayName(k.person, ctx.lang)})` })}>{t('keepers.coord.refuse')}</button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CoordinatorPage({ ctx, view, done, max }: { ctx: RequestContext; view: CoordinatorView; done?: string; max: number }) {
  const { t } = ctx;
  const outcome = DONE.find((d) => d === done);
  return (
    <Layout ctx={ctx} title={t('keepers.coord.title')}>
      <h1>{t('keepers.coord.title')}</h1>
      {outcome && <Notice kind={outcome === 'approved' || outcome === 'refused' ? 'success' : 'error'}><p>{t(`keepers.coord.done.${outcome}`)}</p></Notice>}
      <p>{t('keepers.coord.intro', { max })}</p>
      <p><a href={href(ctx, '/needs/pledges')}>{t('needs.pledges.title')}</a></p>
      <section aria-labelledby="requests-title">
        <h2 id="requests-title">{t('keepers.coord.requests')}</h2>
        <RequestsTable ctx={ctx} items={view.requests} />
      </section>
      <section aria-labelledby="active-title">
        <h2 id="active-title">{t('keepers.coord.active')}</h2>
        {view.active.length === 0 ? <p>{t('keepers.coord.noActive')}</p> : (
          <table class="keepers-active">
            <thead>
              <tr>
                <th scope="col">{t('keepers.col.person')}</th>
                <th scope="col">{t('keepers.col.volunteer')}</th>
                <th scope="col">{t('keepers.col.started')}</th>
              </tr>
            </thead>
            <tbody>
              {view.active.map((k) => (
                <tr>
                  <td><a href={href(ctx, `/keepers/${k.person.slug}`)}>{displayName(k.person, ctx.lang)}</a></td>
                  <td>{k.pseudonym ?? t('keepers.history.noName')}<br /><span class="meta">{k.email}</span></td>
                  <td>{date(ctx, k.startedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="without-title">
        <h2 id="without-title">{t('keepers.coord.without')}</h2>
        <p role="status" class="result-count">{t('keepers.coord.withoutCount', { count: view.withoutTotal })}</p>
        <ul class="without-keeper">
          {view.without.map((p) => <li>{personLink(ctx, p)}</li>)}
        </ul>
        <Pagination ctx={ctx} page={view.page} pages={view.pages} urlFor={(p) => href(ctx, `/keepers?page=${p}`)} />
      </section>
    </Layout>
  );
}
