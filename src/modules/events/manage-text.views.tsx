import type { RequestContext } from '../../app/context.ts';
import { Field, FormErrors, TextArea, type FormState } from '../../app/form-fields.tsx';
import { CsrfField, href, Layout, Notice } from '../../app/layout.tsx';
import type { EventPhotoRow, EventRow } from './events.repository.ts';
import { languageName } from './events.present.ts';
import { photoUrl } from './events.views.tsx';
import { LangSelect } from './manage.views.tsx';

/** One language's words of an event: title, description, where they were translated from, and the report. */
export function TextFormPage(props: { ctx: RequestContext; event: EventRow; lang: string; state?: FormState }) {
  const { ctx, event, lang } = props;
  const { t } = ctx;
  const title = `${t('events.manage.textTitle', { language: languageName(ctx.lang, lang) })}: ${event.slug}`;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <FormErrors ctx={ctx} state={props.state} />
      <form method="post" action={href(ctx, `/events/manage/${event.slug}/text/${lang}`)} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="lang" value={lang} />
        <Field ctx={ctx} name="title" label={t('events.form.title')} state={props.state} />
        <TextArea ctx={ctx} name="description" label={t('events.form.description')} rows={8} lang={lang} required state={props.state} />
        <LangSelect ctx={ctx} name="translatedFrom" label={t('events.form.translatedFrom')} optional state={props.state} />
        <TextArea ctx={ctx} name="report" label={t('events.form.report')} hint={t('events.form.reportHint')} rows={8} lang={lang} state={props.state} />
        <button type="submit">{t('events.form.save')}</button>
      </form>
      <p>
        <a href={href(ctx, `/events/manage/${event.slug}`)}>{t('events.manage.backToEvent')}</a>
      </p>
    </Layout>
  );
}

/** The report's photos: upload (re-encoded, no metadata), and delete (row and files). */
export function PhotosPage(props: { ctx: RequestContext; event: EventRow; photos: EventPhotoRow[]; state?: FormState; done?: string }) {
  const { ctx, event } = props;
  const { t } = ctx;
  const base = `/events/manage/${event.slug}/photos`;
  const title = `${t('events.photos.title')}: ${event.slug}`;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {props.done && <Notice kind="success">{t(`events.photos.done.${props.done}`)}</Notice>}
      <FormErrors ctx={ctx} state={props.state} />
      <form method="post" action={href(ctx, base)} enctype="multipart/form-data" class="stack" novalidate>
        <CsrfField ctx={ctx} />
        <div>
          <label for="f-photo">{t('events.photos.file')}</label>
          <input id="f-photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif,image/heif,image/tiff" aria-describedby="f-photo-hint" required />
          <p class="hint" id="f-photo-hint">{t('events.photos.hint')}</p>
          {props.state?.errors?.photo && <p class="field-error" id="f-photo-error">{t(props.state.errors.photo)}</p>}
        </div>
        <Field ctx={ctx} name="caption" label={t('events.photos.caption')} required={false} state={props.state} />
        <button type="submit">{t('events.photos.upload')}</button>
      </form>
      {props.photos.length === 0 ? (
        <p>{t('events.photos.none')}</p>
      ) : (
        <ul class="photo-grid">
          {props.photos.map((photo, i) => (
            <li>
              <img src={photoUrl(photo, photo.thumbKey)} width={160} height={160} alt={photo.caption || t('events.photos.numbered', { n: i + 1 })} />
              <form method="post" action={href(ctx, `${base}/${photo.id}/delete`)} class="inline">
                <CsrfField ctx={ctx} />
                <button type="submit" aria-label={t('events.photos.deleteLabel', { n: i + 1 })}>{t('events.photos.delete')}</button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={href(ctx, `/events/manage/${event.slug}`)}>{t('events.manage.backToEvent')}</a>
      </p>
    </Layout>
  );
}
