// What the coordinators' routes load from the URL and fill their forms with.
import type { FastifyRequest } from 'fastify';
import { notFound } from '../../../app/errors.ts';
import { LANGUAGES } from '../../../app/i18n.ts';
import { slugParamsSchema } from '../registry.schemas.ts';
import { findFacilityBySlug, findPersonBySlug, type Conn } from '../registry.repository.ts';
import type { FacilityRow, PersonRow } from '../registry.tables.ts';
import { partialIso } from '../registry.present.ts';
import { articleLine } from './edit.service.ts';

/** The person the URL's slug names, or a 404. */
export async function personOf(db: Conn, req: FastifyRequest): Promise<PersonRow> {
  const p = slugParamsSchema.safeParse(req.params);
  const row = p.success ? await findPersonBySlug(db, p.data.slug) : undefined;
  if (!row) throw notFound();
  return row;
}

/** The facility the URL's slug names, or a 404. */
export async function facilityOf(db: Conn, req: FastifyRequest): Promise<FacilityRow> {
  const p = slugParamsSchema.safeParse(req.params);
  const row = p.success ? await findFacilityBySlug(db, p.data.slug) : undefined;
  if (!row) throw notFound();
  return row;
}

function perLanguageValues(field: string, text: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(LANGUAGES.map((l) => [`${field}_${l}`, text[l] ?? '']));
}

export function personValues(p: PersonRow): Record<string, string> {
  return {
    nameBe: p.nameBe ?? '',
    nameRu: p.nameRu ?? '',
    nameLatin: p.nameLatin ?? '',
    otherNames: p.otherNames.join('\n'),
    status: p.status,
    gender: p.gender,
    country: p.country,
    birth: partialIso(p.birthYear, p.birthMonth, p.birthDay) ?? '',
    arrestedOn: p.arrestedOn ?? '',
    articles: p.articles.map(articleLine).join('\n'),
    sentenceText: p.sentenceText ?? '',
    regime: p.regime ?? '',
    verdictOn: p.verdictOn ?? '',
    appealOn: p.appealOn ?? '',
    sentenceStartOn: p.sentenceStartOn ?? '',
    releaseExpectedOn: p.releaseExpectedOn ?? '',
    lettersReach: p.lettersReach,
    lettersReachNote: p.lettersReachNote ?? '',
    sources: p.sources.map((s) => s.url).join('\n'),
    ...perLanguageValues('description', p.description),
    ...perLanguageValues('interests', p.interests),
  };
}

export function facilityValues(f: FacilityRow): Record<string, string> {
  const v: Record<string, string> = {};
  for (const k of ['nameBe', 'nameRu', 'nameEn', 'kind', 'country', 'postalCode', 'region', 'city', 'street'] as const) v[k] = f[k] ?? '';
  return { ...v, ...perLanguageValues('notes', f.notes) };
}

