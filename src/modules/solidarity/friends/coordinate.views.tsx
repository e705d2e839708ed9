// Coordinators: task templates (write, edit, deactivate) and progress per person and per friend.
import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { Field, FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { LANGUAGES, LANGUAGE_NAMES } from '../../../app/i18n.ts';
import { Select } from '../../registry/registry.parts.tsx';
import { displayName, formatIsoDate } from '../../registry/registry.present.ts';
import { TASK_KINDS } from '../solidarity.model.ts';
import type { DoneTask, TaskListItem, TaskRow } from './tasks.repository.ts';
import type { FriendProgress, PersonProgress } from './progress.repository.ts';
import { photoUrl } from './page.views.tsx';

function TaskFields({ ctx, state }: { ctx: RequestContext; state?: FormState }) {
  const { t } = ctx;
  const v = state?.values ?? {};
  const err = (f: string) => (state?.errors?.[f] ? t(state.errors[f]) : undefined);
  return (
    <>
      <Select name="kind" label={t('friends.tasks.kind')} value={v.kind} options={TASK_KINDS.map((k) => [k, t(`friends.kind.${k}`)])} required error={err('kind')} />
      <Select name="locale" label={t('friends.tasks.locale')} value={v.locale ?? ctx.lang} options={LANGUAGES.map((l) => [l, LANGUAGE_NAMES[l]])} required error={err('locale')} />
      <Field ctx={ctx} name="title" label={t('friends.tasks.titleField')} state={state} />
      <TextArea ctx={ctx} name="body" label={t('friends.tasks.body')} rows={4} state={state} required />
      <Field ctx={ctx} name="person" label={t('friends.tasks.person')} hint={t('friends.tasks.personHint')} state={state} required={false} />
      <Field ctx={ctx} name="dueOn" type="date" label={t('friends.tasks.due')} hint={t('friends.tasks.dueHint')} state={state} required={false} />
    </>
  );
}

export function TasksPage(props: { ctx: RequestContext; tasks: TaskListItem[]; state?: FormState; saved?: boolean }) {
  const { ctx, tasks, state } = props;
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('friends.tasks.title')}>
      <h1>{t('friends.tasks.title')}</h1>
      <p><a href={href(ctx, '/friends/progress')}>{t('friends.progress.title')}</a></p>
      {props.saved && <Notice kind="success"><p>{t('friends.tasks.saved')}</p></Notice>}
      {tasks.length === 0 ? (
        <p>{t('friends.tasks.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('friends.tasks.titleField')}</th>
              <th scope="col">{t('friends.tasks.kind')}</th>
              <th scope="col">{t('friends.tasks.locale')}</th>
              <th scope="col">{t('friends.tasks.for')}</th>
              <th scope="col">{t('friends.tasks.due')}</th>
              <th scope="col">{t('friends.tasks.doneCount')}</th>
              <th scope="col">{t('friends.tasks.state')}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr>
                <td><a href={href(ctx, `/friends/tasks/${task.id}`)}>{task.title}</a></td>
                <td>{t(`friends.kind.${task.kind}`)}</td>
                <td>{task.locale}</td>
                <td>{task.person ? displayName(task.person, lang) : t('friends.tasks.everyone')}</td>
                <td>{formatIsoDate(lang, task.dueOn) ?? '—'}</td>
                <td>{task.doneCount}</td>
                <td>{t(task.active ? 'friends.tasks.active' : 'friends.tasks.inactive')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="new-task">{t('friends.tasks.new')}</h2>
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, '/friends/tasks')} class="stack" aria-labelledby="new-task" novalidate>
        <CsrfField ctx={ctx} />
        <TaskFields ctx={ctx} state={state} />
        <button type="submit">{t('friends.tasks.create')}</button>
      </form>
    </Layout>
  );
}

export function taskValues(task: TaskRow & { personSlug: string | null }): Record<string, string> {
  return { kind: task.kind, locale: task.locale, title: task.title, body: task.body, person: task.personSlug ?? '', dueOn: task.dueOn ?? '' };
}

export function TaskEditPage(props: { ctx: RequestContext; task: TaskRow; state: FormState }) {
  const { ctx, task, state } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('friends.tasks.edit')}>
      <h1>{t('friends.tasks.edit')}</h1>
      <p><a href={href(ctx, '/friends/tasks')}>{t('friends.tasks.title')}</a></p>
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, `/friends/tasks/${task.id}`)} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <TaskFields ctx={ctx} state={state} />
        <button type="submit">{t('friends.tasks.save')}</button>
      </form>
      <form method="post" action={href(ctx, `/friends/tasks/${task.id}/${task.active ? 'deactivate' : 'activate'}`)}>
        <CsrfField ctx={ctx} />
        <button type="submit">{t(task.active ? 'friends.tasks.deactivate' : 'friends.tasks.activate')}</button>
      </form>
    </Layout>
  );
}

export function ProgressPage(props: { ctx: RequestContext; byPerson: PersonProgress[]; byFriend: FriendProgress[]; photos: DoneTask[] }) {
  const { ctx } = props;
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('friends.progress.title')}>
      <h1>{t('friends.progress.title')}</h1>
      <p><a href={href(ctx, '/friends/tasks')}>{t('friends.tasks.title')}</a></p>
      <h2 id="by-person">{t('friends.progress.byPerson')}</h2>
      <table aria-labelledby="by-person">
        <thead>
          <tr>
            <th scope="col">{t('friends.fewest.name')}</th>
            <th scope="col">{t('friends.fewest.friends')}</th>
            <th scope="col">{t('friends.tasks.doneCount')}</th>
          </tr>
        </thead>
        <tbody>
          {props.byPerson.map((p) => (
            <tr>
              <td><a href={href(ctx, `/people/${p.slug}`)}>{displayName(p, lang)}</a></td>
              <td>{p.friends}</td>
              <td>{p.done}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="by-friend">{t('friends.progress.byFriend')}</h2>
      <table aria-labelledby="by-friend">
        <thead>
          <tr>
            <th scope="col">{t('friends.new.pseudonym')}</th>
            <th scope="col">{t('friends.progress.people')}</th>
            <th scope="col">{t('friends.tasks.doneCount')}</th>
          </tr>
        </thead>
        <tbody>
          {props.byFriend.map((f) => (
            <tr>
              <td>{f.pseudonym}</td>
              <td>{f.people}</td>
              <td>{f.done}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="photos">{t('friends.progress.photos')}</h2>
      {props.photos.length === 0 ? (
        <p>{t('friends.progress.noPhotos')}</p>
      ) : (
        <ul class="done-photos">
          {props.photos.map((d) => (
            <li>
              <p>{d.pseudonym} · {d.title} · {displayName(d, lang)} · {formatIsoDate(lang, d.doneOn)}</p>
              <img src={photoUrl(d.id)} alt={t('friends.me.photoAlt', { name: d.title })} width={200} loading="lazy" />
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
