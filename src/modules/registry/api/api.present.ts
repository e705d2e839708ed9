// What the public API and the open-data export show of a record: public fields only, never who edited it.
import { photoUrl } from '../photo/photo.service.ts';
import { sql } from 'drizzle-orm';
import type { Conn } from '../registry.repository.ts';
import type { FacilityRow, PersonRow } from '../registry.tables.ts';
import type { DirectoryItem } from '../search/search.repository.ts';
import { rowsOf } from '../search/search.repository.ts';
import type { AddressBlock } from '../address.ts';
import { displayName, partialIso } from '../registry.present.ts';

export function listItem(p: DirectoryItem) {
  return {
    slug: p.slug,
    name: displayName(p, 'en'),
    names: { be: p.nameBe, ru: p.nameRu, latin: p.nameLatin },
    status: p.status,
    facility: p.facility?.slug ?? null,
    birthDate: partialIso(p.birthYear, p.birthMonth, p.birthDay),
  };
}

export function facilityJson(f: FacilityRow, held?: number) {
  return {
    slug: f.slug,
    names: { be: f.nameBe, ru: f.nameRu, en: f.nameEn },
    kind: f.kind,
    country: f.country,
    postalCode: f.postalCode,
    region: f.region,
    city: f.city,
    street: f.street,
    addressPublished: f.addressPublished,
    notes: f.notes,
    ...(held === undefined ? {} : { held }),
  };
}

export function personJson(view: {
  person: PersonRow;
  facility: FacilityRow | null;
  address: AddressBlock | null;
  placements: { facility: FacilityRow; fromOn: string | null; toOn: string | null }[];
}) {
  const p = view.person;
  return {
    slug: p.slug,
    name: displayName(p, 'en'),
    names: { be: p.nameBe, ru: p.nameRu, latin: p.nameLatin, other: p.otherNames },
    status: p.status,
    gender: p.gender,
    country: p.country,
    birthDate: partialIso(p.birthYear, p.birthMonth, p.birthDay),
    arrestedOn: p.arrestedOn,
    articles: p.articles,
    sentence: { text: p.sentenceText, months: p.sentenceMonths, regime: p.regime },
    verdictOn: p.verdictOn,
    appealOn: p.appealOn,
    sentenceStartOn: p.sentenceStartOn,
    releaseExpectedOn: p.releaseExpectedOn,
    releasedOn: p.releasedOn,
    diedOn: p.diedOn,
    description: p.description,
    interests: p.interests,
    photo: p.photo ? { url: photoUrl(p.photo), width: p.photo.width, height: p.photo.height } : null,
    sources: p.sources,
    letters: { reach: p.lettersReach, note: p.lettersReachNote },
    facility: view.facility ? facilityJson(view.facility) : null,
    address: view.address,
    placements: view.placements.map((pl) => ({ facility: pl.facility.slug, from: pl.fromOn, to: pl.toOn })),
    updatedAt: new Date(p.updatedAt).toISOString(),
  };
}

export const EXPORT_COLUMNS = [
  'slug',
  'name_be',
  'name_ru',
  'name_latin',
  'status',
  'gender',
  'country',
  'birth_date',
  'arrested_on',
  'articles',
  'sentence',
  'sentence_months',
  'regime',
  'verdict_on',
  'appeal_on',
  'release_expected_on',
  'released_on',
  'letters_reach',
  'facility',
  'facility_address',
  'sources',
] as const;

/** Every person's public fields, one flat row each, for the open-data export. */
export async function exportRows(db: Conn): Promise<Record<(typeof EXPORT_COLUMNS)[number], unknown>[]> {
  const rows = await rowsOf<Record<string, unknown>>(
    db,
    sql`SELECT p.slug, p.name_be, p.name_ru, p.name_latin, p.status, p.gender, p.country, p.birth_year, p.birth_month, p.birth_day,
        p.arrested_on::text AS arrested_on, p.articles, p.sentence_text AS sentence, p.sentence_months, p.regime,
        p.verdict_on::text AS verdict_on, p.appeal_on::text AS appeal_on, p.release_expected_on::text AS release_expected_on,
        p.released_on::text AS released_on, p.letters_reach, f.slug AS facility,
        concat_ws(', ', f.street, f.city, f.region, f.postal_code) AS facility_address, p.sources
      FROM people p LEFT JOIN placements pl ON pl.person_id = p.id AND pl.to_on IS NULL LEFT JOIN facilities f ON f.id = pl.facility_id
      ORDER BY p.sort_latin COLLATE "und-x-icu", p.id`,
  );
  return rows.map((r) => {
    const { birth_year, birth_month, birth_day, ...rest } = r;
    return { ...rest, birth_date: partialIso(birth_year as number | null, birth_month as number | null, birth_day as number | null), facility_address: r.facility_address || null } as Record<(typeof EXPORT_COLUMNS)[number], unknown>;
  });
}
