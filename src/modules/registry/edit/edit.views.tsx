import { PhotoSection } from '../photo/photo.views.tsx';
import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, href, Layout } from '../../../app/layout.tsx';
import { FormErrors, TextArea, type FormState } from '../../../app/form-fields.tsx';
import { COUNTRIES, FACILITY_KINDS, GENDERS, LETTERS_REACH, PERSON_STATUSES } from '../registry.model.ts';
import type { FacilityRow, PersonRow } from '../registry.tables.ts';
import { displayName, facilityName } from '../registry.present.ts';
import { Choice, PerLanguageFields, TextInput } from './edit.fields.tsx';

export function PersonFormPage({ ctx, person, facilities, state, photoError }: { ctx: RequestContext; person?: PersonRow; facilities: FacilityRow[]; state?: FormState; photoError?: string }) {
  const { t, lang } = ctx;
  const title = person ? t('registry.edit.editPersonOf', { name: displayName(person, lang) }) : t('registry.edit.newPerson');
  const action = person ? `/registry/people/${person.slug}/edit` : '/registry/people/new';
  const s = state;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <FormErrors ctx={ctx} state={state} />
      <form method="post" action={href(ctx, action)} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <fieldset>
          <legend>{t('registry.edit.names')}</legend>
          <TextInput ctx={ctx} name="nameBe" label={t('registry.field.nameBe')} hint={t('registry.field.nameCyrillic.hint')} state={s} />
          <TextInput ctx={ctx} name="nameRu" label={t('registry.field.nameRu')} hint={t('registry.field.nameCyrillic.hint')} state={s} />
          <TextInput ctx={ctx} name="nameLatin" label={t('registry.field.nameLatin')} hint={t('registry.field.nameLatin.hint')} state={s} />
          <TextArea ctx={ctx} name="otherNames" label={t('registry.field.otherNames')} hint={t('registry.field.onePerLine')} state={s} />
        </fieldset>
        <Choice ctx={ctx} name="status" label={t('registry.field.status')} options={PERSON_STATUSES.map((v) => [v, t(`registry.status.${v}`)])} state={s} />
        <Choice ctx={ctx} name="gender" label={t('registry.field.gender')} options={GENDERS.map((v) => [v, t(`registry.gender.${v}`)])} state={s} />
        <Choice ctx={ctx} name="country" label={t('registry.field.country')} options={COUNTRIES.map((v) => [v, t(`registry.country.${v}`)])} state={s} />
        {!person && <Choice ctx={ctx} name="facility" label={t('registry.field.facility')} any={t('registry.facility.unknown')} options={facilities.map((f) => [f.slug, facilityName(f, lang)])} state={s} />}
        <TextInput ctx={ctx} name="birth" label={t('registry.field.birthDate')} hint={t('registry.field.birth.hint')} state={s} />
        <TextInput ctx={ctx} name="arrestedOn" type="date" label={t('registry.field.arrestedOn')} state={s} />
        <TextArea ctx={ctx} name="articles" label={t('registry.field.articles')} hint={t('registry.field.articles.hint')} state={s} />
        <TextInput ctx={ctx} name="sentenceText" label={t('registry.field.sentence')} hint={t('registry.field.sentence.hint')} state={s} />
        <TextInput ctx={ctx} name="regime" label={t('registry.field.regime')} state={s} />
        <TextInput ctx={ctx} name="verdictOn" type="date" label={t('registry.field.verdictOn')} state={s} />
        <TextInput ctx={ctx} name="appealOn" type="date" label={t('registry.field.appealOn')} state={s} />
        <TextInput ctx={ctx} name="sentenceStartOn" type="date" label={t('registry.field.sentenceStartOn')} state={s} />
        <TextInput ctx={ctx} name="releaseExpectedOn" type="date" label={t('registry.field.releaseExpectedOn')} state={s} />
        <Choice ctx={ctx} name="lettersReach" label={t('registry.field.lettersReach')} options={LETTERS_REACH.map((v) => [v, t(`registry.letters.${v}`)])} state={s} />
        <TextArea ctx={ctx} name="lettersReachNote" label={t('registry.field.lettersReachNote')} state={s} />
        <TextArea ctx={ctx} name="sources" label={t('registry.field.sources')} hint={t('registry.field.onePerLine')} state={s} />
        <PerLanguageFields ctx={ctx} field="description" legend={t('registry.field.description')} state={s} />
        <PerLanguageFields ctx={ctx} field="interests" legend={t('registry.field.interests')} state={s} />
        <div><button type="submit">{t('registry.edit.save')}</button></div>
      </form>
      {person && <PhotoSection ctx={ctx} person={person} name={displayName(person, lang)} error={photoError} />}
    </Layout>
  );
}

export function FacilityFormPage({ ctx, facility, state, existing }: { ctx: RequestContext; facility?: FacilityRow; state?: FormState; existing?: string }) {
  const { t, lang } = ctx;
  const title = facility ? t('registry.edit.editFacilityOf', { name: facilityName(facility, lang) }) : t('registry.edit.newFacility');
  const action = facility ? `/registry/facilities/${facility.slug}/edit` : '/registry/facilities/new';
  const s = state;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <FormErrors ctx={ctx} state={state} />
      {existing && (
        <div class="notice notice-error" role="alert">
          <p>
            {t('registry.edit.facilityExists')} <a href={href(ctx, `/facilities/${existing}`)}>{existing}</a>
          </p>
        </div>
      )}
      <form method="post" action={href(ctx, action)} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <TextInput ctx={ctx} name="nameEn" label={t('registry.field.facilityNameEn')} required state={s} />
        <TextInput ctx={ctx} name="nameRu" label={t('registry.field.facilityNameRu')} state={s} />
        <TextInput ctx={ctx} name="nameBe" label={t('registry.field.facilityNameBe')} state={s} />
        <Choice ctx={ctx} name="kind" label={t('registry.field.kind')} options={FACILITY_KINDS.map((v) => [v, t(`registry.kind.${v}`)])} state={s} />
        <Choice ctx={ctx} name="country" label={t('registry.field.country')} options={COUNTRIES.map((v) => [v, t(`registry.country.${v}`)])} state={s} />
        <TextInput ctx={ctx} name="postalCode" label={t('registry.field.postalCode')} required state={s} />
        <TextInput ctx={ctx} name="region" label={t('registry.field.region')} state={s} />
        <TextInput ctx={ctx} name="city" label={t('registry.field.city')} required state={s} />
        <TextArea ctx={ctx} name="street" label={t('registry.field.street')} hint={t('registry.field.street.hint')} state={s} lang="ru" />
        <PerLanguageFields ctx={ctx} field="notes" legend={t('registry.field.notes')} state={s} />
        <div><button type="submit">{t('registry.edit.save')}</button></div>
      </form>
    </Layout>
  );
}

/** Transfer, release and death: three small forms on one page, each a single event in the history. */
export function EventsPage({ ctx, person, facilities, state, form }: { ctx: RequestContext; person: PersonRow; facilities: FacilityRow[]; state?: FormState; form?: string }) {
  const { t, lang } = ctx;
  const name = displayName(person, lang);
  const st = (f: string) => (form === f ? state : undefined);
  const base = `/registry/people/${person.slug}/events`;
  return (
    <Layout ctx={ctx} title={t('registry.edit.eventsOf', { name })}>
      <h1>{t('registry.edit.eventsOf', { name })}</h1>
      <FormErrors ctx={ctx} state={state} />
      <section aria-labelledby="transfer">
        <h2 id="transfer">{t('registry.edit.transfer')}</h2>
        <form method="post" action={href(ctx, `${base}/transfer`)} class="stack" novalidate>
          <CsrfField ctx={ctx} />
          <Choice ctx={ctx} name="facility" label={t('registry.edit.transferTo')} any="" options={facilities.map((f) => [f.slug, facilityName(f, lang)])} state={st('transfer')} />
          <TextInput ctx={ctx} name="on" type="date" label={t('registry.edit.on')} state={st('transfer')} />
          <div><button type="submit">{t('registry.edit.transferSubmit')}</button></div>
        </form>
      </section>
      <section aria-labelledby="release">
        <h2 id="release">{t('registry.edit.release')}</h2>
        <form method="post" action={href(ctx, `${base}/release`)} class="stack" novalidate>
          <CsrfField ctx={ctx} />
          <Choice ctx={ctx} name="status" label={t('registry.field.status')} options={(['released', 'former'] as const).map((v) => [v, t(`registry.status.${v}`)])} state={st('release')} />
          <TextInput ctx={ctx} name="on" type="date" label={t('registry.edit.on')} state={st('release')} />
          <div><button type="submit">{t('registry.edit.releaseSubmit')}</button></div>
        </form>
      </section>
      <section aria-labelledby="death">
        <h2 id="death">{t('registry.edit.death')}</h2>
        <form method="post" action={href(ctx, `${base}/death`)} class="stack" novalidate>
          <CsrfField ctx={ctx} />
          <TextInput ctx={ctx} name="on" type="date" label={t('registry.edit.on')} state={st('death')} />
          <div><button type="submit" class="danger">{t('registry.edit.deathSubmit')}</button></div>
        </form>
      </section>
      <p><a href={href(ctx, `/people/${person.slug}`)}>{t('registry.backTo', { name })}</a></p>
    </Layout>
  );
}

export interface HistoryRow {
  id: number;
  event: string;
  changes: Record<string, [unknown, unknown]>;
  who: string | null;
  at: Date;
}

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

export function HistoryPage({ ctx, title, back, rows }: { ctx: RequestContext; title: string; back: string; rows: HistoryRow[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('registry.history.of', { name: title })}>
      <h1>{t('registry.history.of', { name: title })}</h1>
      <ol class="history">
        {rows.map((r) => (
          <li>
            <p>
              <strong>{t(`registry.history.event.${r.event}`)}</strong> · {ctx.formatDate(new Date(r.at))} · {r.who ?? '—'}
            </p>
            {Object.keys(r.changes).length > 0 && (
              <table>
                <caption class="visually-hidden">{t('registry.history.changes')}</caption>
                <thead><tr><th scope="col">{t('registry.history.field')}</th><th scope="col">{t('registry.history.before')}</th><th scope="col">{t('registry.history.after')}</th></tr></thead>
                <tbody>
                  {Object.entries(r.changes).map(([field, [before, after]]) => (
                    <tr><th scope="row">{field}</th><td>{show(before)}</td><td>{show(after)}</td></tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
      <p><a href={back}>{t('registry.backTo', { name: title })}</a></p>
    </Layout>
  );
}
