// Small view pieces the sponsorship pages and the person page share.
import type { RequestContext } from '../../../app/context.ts';
import { href } from '../../../app/layout.tsx';
import { displayName, formatIsoDate } from '../../registry/registry.present.ts';
import { countryName, languageName, type ShownStatement } from './sponsorships.model.ts';

/** The URL a stored figure photo is served from (only while its figure is approved, or to coordinators). */
export const figurePhotoUrl = (key: string): string => `/media/${key}`;

/** The key of a figure photo file as it appears in its URL: `figures/<uuid>.jpg`. */
export const FIGURE_PHOTO_FILE_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.jpg$/;

export const figureHref = (ctx: RequestContext, slug: string) => href(ctx, `/sponsorships/figures/${slug}`);
export const countryHref = (ctx: RequestContext, code: string) => href(ctx, `/sponsorships/countries/${code}`);

/** A statement in the language it is written in; a note says which when it is not the reader's. */
export function Statement({ ctx, shown }: { ctx: RequestContext; shown: ShownStatement | null }) {
  if (!shown) return null;
  return (
    <figure class="statement">
      <blockquote lang={shown.lang}>
        {shown.text.split(/\n+/).map((line) => (
          <p>{line}</p>
        ))}
      </blockquote>
      {shown.lang !== ctx.lang && <figcaption class="hint">{ctx.t('sponsorships.statement.writtenIn', { language: languageName(shown.lang, ctx.lang) })}</figcaption>}
    </figure>
  );
}

/** "Member of the Bundestag · Bundestag · Germany", each part linking where there is a page for it. */
export function FigureFacts({ ctx, figure }: { ctx: RequestContext; figure: { role: string; institution: string; country: string } }) {
  return (
    <span class="figure-facts">
      {figure.role} · <a href={href(ctx, `/sponsorships/institutions/${institutionSlug(figure.institution)}`)}>{figure.institution}</a> ·{' '}
      <a href={countryHref(ctx, figure.country)}>{countryName(figure.country, ctx.lang)}</a>
    </span>
  );
}

export function PersonLink({ ctx, person }: { ctx: RequestContext; person: { personSlug: string; nameBe: string | null; nameRu: string | null; nameLatin: string | null; sortLatin: string } }) {
  return <a href={href(ctx, `/people/${person.personSlug}`)}>{displayName(person, ctx.lang)}</a>;
}

/** "since 3 March 2026" or "3 March 2026 – 1 June 2026". */
export function period(ctx: RequestContext, s: { startedOn: string; endedOn: string | null }): string {
  const from = formatIsoDate(ctx.lang, s.startedOn)!;
  return s.endedOn ? `${from} – ${formatIsoDate(ctx.lang, s.endedOn)!}` : ctx.t('sponsorships.period.since', { date: from });
}

/** The URL form of an institution's name: "european-parliament". Several spellings of one name share it. */
export function institutionSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'institution'
  );
}
