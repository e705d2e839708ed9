import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { Field, FormErrors, type FormState } from '../../../app/form-fields.tsx';
import { Pagination } from '../../registry/registry.parts.tsx';
import { displayName, facilityName } from '../../registry/registry.present.ts';
import type { PersonRow } from '../../registry/registry.tables.ts';
import { PSEUDONYM_MAX } from './friends.model.ts';
import type { FewestItem } from './friends.repository.ts';

/** What friendship is, "befriend someone who has nobody", and the people with the fewest friends. */
export function FriendsPage(props: { ctx: RequestContext; items: FewestItem[]; page: number; pages: number; total: number; nobody?: boolean }) {
  const { ctx, items } = props;
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('friends.title')}>
      <h1>{t('friends.title')}</h1>
      <p>{t('friends.intro')}</p>
      <ul>
        <li>{t('friends.about.symbolic')}</li>
        <li>{t('friends.about.anonymous')}</li>
        <li>{t('friends.about.safe')}</li>
      </ul>
      {props.nobody && <Notice kind="info"><p>{t('friends.someone.none')}</p></Notice>}
      <p>
        <a class="button" href={href(ctx, '/friends/someone')}>{t('friends.someone')}</a>{' '}
        <a href={href(ctx, '/friends/me')}>{t('friends.myPage')}</a>
      </p>
      <h2 id="fewest-title">{t('friends.fewest.title')}</h2>
      <p>{t('friends.fewest.intro')}</p>
      {items.length === 0 ? (
        <p>{t('friends.fewest.none')}</p>
      ) : (
        <table class="fewest" aria-labelledby="fewest-title">
          <thead>
            <tr>
              <th scope="col">{t('friends.fewest.name')}</th>
              <th scope="col">{t('friends.fewest.facility')}</th>
              <th scope="col">{t('friends.fewest.friends')}</th>
              <th scope="col"><span class="visually-hidden">{t('friends.fewest.action')}</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr>
                <td><a href={href(ctx, `/people/${p.slug}`)}>{displayName(p, lang)}</a></td>
                <td>{p.facility ? facilityName(p.facility, lang) : '—'}</td>
                <td>{t('friends.count', { count: p.friends })}</td>
                <td><a href={href(ctx, `/friends/new?to=${encodeURIComponent(p.slug)}`)}>{t('friends.befriendThis', { name: displayName(p, lang) })}</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination ctx={ctx} page={props.page} pages={props.pages} urlFor={(page) => href(ctx, `/friends${page > 1 ? `?page=${page}` : ''}`)} />
    </Layout>
  );
}

/** The befriend form: a pseudonym, and an e-mail address unless the visitor is signed in. */
export function BefriendPage(props: { ctx: RequestContext; person: PersonRow; state?: FormState }) {
  const { ctx, person, state } = props;
  const { t, lang } = ctx;
  const signedIn = ctx.actor.userId !== null;
  const name = displayName(person, lang);
  return (
    <Layout ctx={ctx} title={t('friends.new.title', { name })}>
      <h1>{t('friends.new.title', { name })}</h1>
      <p>{t('friends.new.intro')} <a href={href(ctx, `/people/${person.slug}`)}>{t('friends.new.aboutPerson', { name })}</a></p>
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, `/friends/new?to=${encodeURIComponent(person.slug)}`)} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <Field ctx={ctx} name="pseudonym" label={t('friends.new.pseudonym')} hint={t('friends.new.pseudonymHint', { max: PSEUDONYM_MAX })} autocomplete="nickname" state={state} />
        {signedIn ? (
          <p class="hint">{t('friends.new.signedIn')}</p>
        ) : (
          <Field ctx={ctx} name="email" type="email" autocomplete="email" label={t('friends.new.email')} hint={t('friends.new.emailHint')} state={state} />
        )}
        <div class="checkbox">
          <input id="f-reminders" name="reminders" type="checkbox" checked={state?.values?.reminders === 'on'} />
          <label for="f-reminders">{t('friends.new.reminders')}</label>
        </div>
        <button type="submit">{t('friends.new.submit')}</button>
      </form>
    </Layout>
  );
}

/** After the form: the same page whether the address was new, known, or already a friend's. */
export function SentPage({ ctx }: { ctx: RequestContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('friends.sent.title')}>
      <h1>{t('friends.sent.title')}</h1>
      <p>{t('friends.sent.body')}</p>
      <p><a href={href(ctx, '/friends')}>{t('friends.back')}</a></p>
    </Layout>
  );
}

export function ConfirmedPage({ ctx, outcome }: { ctx: RequestContext; outcome: 'confirmed' | 'already' | 'expired' | null }) {
  const { t } = ctx;
  const key = outcome ?? 'invalid';
  return (
    <Layout ctx={ctx} title={t(`friends.confirmed.${key}.title`)}>
      <h1>{t(`friends.confirmed.${key}.title`)}</h1>
      <p>{t(`friends.confirmed.${key}`)}</p>
      {outcome !== 'confirmed' && <p><a href={href(ctx, '/friends/link')}>{t('friends.link.title')}</a></p>}
      <p><a href={href(ctx, '/friends')}>{t('friends.back')}</a></p>
    </Layout>
  );
}

/** "Send me my link again": one field, and the same answer for any address. */
export function LinkPage(props: { ctx: RequestContext; state?: FormState; sent?: boolean; status?: 'missing' }) {
  const { ctx, state } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('friends.link.title')}>
      <h1>{t('friends.link.title')}</h1>
      {props.status === 'missing' && <Notice kind="info"><p>{t('friends.link.missing')}</p></Notice>}
      {props.sent ? (
        <Notice kind="success"><p>{t('friends.link.sent')}</p></Notice>
      ) : (
        <>
          <p>{t('friends.link.intro')}</p>
          <FormErrors ctx={ctx} state={state} />
          <form method="post" action={href(ctx, '/friends/link')} class="stack" novalidate>
            <CsrfField ctx={ctx} />
            <Field ctx={ctx} name="email" type="email" autocomplete="email" label={t('friends.new.email')} state={state} />
            <button type="submit">{t('friends.link.submit')}</button>
          </form>
          {!ctx.actor.userId && <p><a href={href(ctx, '/login')}>{t('friends.link.login')}</a></p>}
        </>
      )}
    </Layout>
  );
}
