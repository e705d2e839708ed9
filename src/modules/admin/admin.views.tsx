import type { RequestContext } from '../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../app/layout.tsx';
import { STAFF_ROLES } from '../../app/roles.ts';

interface UserRow {
  id: string;
  email: string;
  roles: string[];
  confirmed: boolean;
  totp: boolean;
}

export function UsersPage({ ctx, users, page, hasNext, saved }: { ctx: RequestContext; users: UserRow[]; page: number; hasNext: boolean; saved: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('admin.users.title')}>
      <h1>{t('admin.users.title')}</h1>
      <p>{t('admin.users.intro')}</p>
      {saved && <Notice kind="success"><p>{t('admin.users.saved')}</p></Notice>}
      <table>
        <caption class="hint">{t('admin.users.caption', { count: users.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field.email')}</th>
            <th scope="col">{t('admin.users.status')}</th>
            <th scope="col">{t('account.roles')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr>
              <td class="mono">{u.email}</td>
              <td>
                {t(u.confirmed ? 'admin.users.confirmed' : 'admin.users.unconfirmed')}
                <br />
                {t(u.totp ? 'account.2fa.on' : 'account.2fa.off')}
              </td>
              <td>
                <form method="post" action={href(ctx, `/admin/users/${u.id}/roles`)}>
                  <CsrfField ctx={ctx} />
                  <fieldset>
                    <legend>{t('admin.users.rolesOf', { email: u.email })}</legend>
                    {STAFF_ROLES.map((r) => (
                      <label class="checkbox">
                        <input type="checkbox" name="roles" value={r} checked={u.roles.includes(r)} /> {t(`role.${r}`)}
                      </label>
                    ))}
                  </fieldset>
                  <button type="submit" class="secondary">{t('admin.users.save')}</button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label={t('pagination.label')}>
        {page > 1 && <a href={href(ctx, `/admin/users?page=${page - 1}`)}>{t('pagination.previous')}</a>} {hasNext && <a href={href(ctx, `/admin/users?page=${page + 1}`)}>{t('pagination.next')}</a>}
      </nav>
    </Layout>
  );
}
