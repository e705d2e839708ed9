import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout, Notice } from '../../../app/layout.tsx';
import { Field, FormErrors, type FormState } from '../../../app/form-fields.tsx';
import { Select } from '../../registry/registry.parts.tsx';
import { displayName, formatIsoDate } from '../../registry/registry.present.ts';
import { LETTER_KINDS } from '../letters.model.ts';
import type { HeldPerson, MyLetter } from './mine.repository.ts';
import { EARLIEST_SENT_ON } from './mine.schemas.ts';

export interface MyLettersProps {
  ctx: RequestContext;
  letters: MyLetter[];
  people: HeldPerson[];
  submissionId: string;
  state?: FormState;
  logged?: boolean;
}

/** A writer's own letters and where each one is; then the form to log one sent by post outside the platform. */
export function MyLettersPage(props: MyLettersProps) {
  const { ctx, letters, state } = props;
  const { t, lang } = ctx;
  const error = (field: string) => (state?.errors?.[field] ? t(state.errors[field]) : undefined);
  return (
    <Layout ctx={ctx} title={t('letters.mine.title')}>
      <h1>{t('letters.mine.title')}</h1>
      {props.logged && <Notice kind="success"><p>{t('letters.mine.logged')}</p></Notice>}
      <p>{t('letters.mine.intro')}</p>
      {letters.length === 0 ? (
        <p>{t('letters.mine.none')}</p>
      ) : (
        <table class="my-letters">
          <thead>
            <tr>
              <th scope="col">{t('letters.mine.to')}</th>
              <th scope="col">{t('letters.mine.kind')}</th>
              <th scope="col">{t('letters.mine.date')}</th>
              <th scope="col">{t('letters.mine.state')}</th>
            </tr>
          </thead>
          <tbody>
            {letters.map((l) => (
              <tr>
                <td><a href={href(ctx, `/people/${l.person.slug}`)}>{displayName(l.person, lang)}</a></td>
                <td>
                  {t(`letters.mine.kind.${l.kind}`)}
                  {l.origin === 'outside' && <span class="meta"> · {t('letters.mine.outside')}</span>}
                </td>
                <td>{formatIsoDate(lang, l.on)}</td>
                <td>{t(`letters.state.${l.state}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p><a href={href(ctx, '/letters/needed')}>{t('letters.needed.another')}</a></p>

      <h2 id="log-outside">{t('letters.mine.log.title')}</h2>
      <p>{t('letters.mine.log.intro')}</p>
      <form method="post" action={href(ctx, '/account/letters')} class="stack" novalidate aria-labelledby="log-outside">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="submissionId" value={props.submissionId} />
        <FormErrors ctx={ctx} state={state} />
        <Select
          name="person"
          label={t('letters.mine.log.person')}
          value={state?.values?.person}
          any={t('letters.mine.log.choose')}
          options={props.people.map((p) => [p.slug, displayName(p, lang)])}
          required
          error={error('person')}
        />
        <Field ctx={ctx} name="sentOn" type="date" label={t('letters.mine.log.sentOn')} hint={t('letters.mine.log.sentOnHint', { date: formatIsoDate(lang, EARLIEST_SENT_ON) ?? '' })} state={state} />
        <Select
          name="kind"
          label={t('letters.mine.kind')}
          value={state?.values?.kind ?? 'letter'}
          options={LETTER_KINDS.map((k) => [k, t(`letters.mine.kind.${k}`)])}
          required
          error={error('kind')}
        />
        <div><button type="submit">{t('letters.mine.log.submit')}</button></div>
      </form>
    </Layout>
  );
}
