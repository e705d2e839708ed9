import type { RequestContext } from '../../../app/context.ts';
import { CsrfField, FieldError, href } from '../../../app/layout.tsx';
import type { PhotoRef } from '../registry.model.ts';
import type { PersonRow } from '../registry.tables.ts';
import { photoUrl } from './photo.service.ts';

/** Formats a browser may offer for the file input; the server checks the content, not this list. */
const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,image/avif,image/heic,image/heif,image/tiff';

export function PersonPhoto({ photo, alt }: { photo: PhotoRef; alt: string }) {
  return <img class="person-photo" src={photoUrl(photo)} width={photo.width} height={photo.height} alt={alt} />;
}

/** The coordinator's photo forms under the person's edit form: upload or replace, and remove. */
export function PhotoSection({ ctx, person, name, error }: { ctx: RequestContext; person: PersonRow; name: string; error?: string }) {
  const { t } = ctx;
  const base = `/registry/people/${person.slug}/photo`;
  return (
    <section aria-labelledby="photo-title" class="stack">
      <h2 id="photo-title">{t('registry.photo.title')}</h2>
      {person.photo ? <PersonPhoto photo={person.photo} alt={t('registry.photo.alt', { name })} /> : <p>{t('registry.photo.none')}</p>}
      <form method="post" action={href(ctx, base)} enctype="multipart/form-data" class="stack">
        <CsrfField ctx={ctx} />
        <div>
          <label for="f-photo">{t(person.photo ? 'registry.photo.replace' : 'registry.photo.file')}</label>
          <input id="f-photo" name="photo" type="file" accept={ACCEPT} required aria-invalid={error ? 'true' : undefined} aria-describedby={`f-photo-hint${error ? ' f-photo-error' : ''}`} />
          <p class="hint" id="f-photo-hint">
            {t('registry.photo.hint')}
          </p>
          <FieldError id="f-photo-error" message={error ? t(error) : undefined} />
        </div>
        <div>
          <button type="submit">{t('registry.photo.upload')}</button>
        </div>
      </form>
      {person.photo && (
        <form method="post" action={href(ctx, `${base}/remove`)}>
          <CsrfField ctx={ctx} />
          <button type="submit" class="secondary">
            {t('registry.photo.remove')}
          </button>
        </form>
      )}
    </section>
  );
}
