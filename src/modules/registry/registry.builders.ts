// Invented people and real facilities for tests, the demo seed and the benchmarks. Never real people.
import type { Conn } from './registry.repository.ts';
import type { FacilityInput, PersonInput, PersonStatus } from './registry.model.ts';
import type { FacilityRow } from './registry.tables.ts';
import { transliterateBe } from './search/transliterate.be.ts';
import { transliterateRu } from './search/transliterate.ru.ts';
import { resolveFacility } from './registry.service.ts';
import { insertPeopleBatch } from './import/import.service.ts';
import {
  BELARUSIAN_GIVEN,
  BELARUSIAN_SURNAMES,
  DESCRIPTIONS,
  INTERESTS,
  KAZAKH_GIVEN,
  KAZAKH_PATRONYMICS,
  KAZAKH_SURNAMES,
  NAME_PAIRS_TO_AVOID,
  PATRONYMICS,
  RUSSIAN_GIVEN,
  RUSSIAN_PATRONYMICS,
  RUSSIAN_SURNAMES,
} from './demo/names.ts';
import { DEMO_FACILITIES } from './demo/facilities.ts';

export type Rng = () => number;

/** mulberry32: a small seeded generator, so every run builds the same people. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const capitalise = (s: string) => s.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
const pad = (n: number) => String(n).padStart(2, '0');

export interface BuiltNames {
  nameBe: string | null;
  nameRu: string;
  nameLatin: string;
  country: 'BY' | 'RU' | 'KZ';
  gender: 'male' | 'female';
}

/** A name in every form the registry keeps: Cyrillic surname first, Latin given name first as passports print it. */
export function buildNames(rng: Rng, origin: 'BY' | 'RU' | 'KZ' = pick(rng, ['BY', 'BY', 'BY', 'RU', 'KZ'] as const)): BuiltNames {
  for (;;) {
    if (origin === 'BY') {
      const given = pick(rng, BELARUSIAN_GIVEN);
      const g = given.gender;
      const surname = pick(rng, BELARUSIAN_SURNAMES);
      const patronymic = pick(rng, PATRONYMICS);
      if (NAME_PAIRS_TO_AVOID.some((a) => a.given === given.ru && a.surname === surname.ru[g])) continue;
      const be = given.be && surname.be && patronymic.be ? `${surname.be[g]} ${given.be} ${patronymic.be[g]}` : null;
      const ru = `${surname.ru[g]} ${given.ru} ${patronymic.ru[g]}`;
      const latin = be ? capitalise(transliterateBe(`${given.be} ${surname.be![g]}`, 'passport')) : capitalise(transliterateRu(`${given.ru} ${surname.ru[g]}`, 'passport'));
      return { nameBe: be, nameRu: ru, nameLatin: latin, country: 'BY', gender: g };
    }
    const [givenList, surnames, patronymics] = origin === 'RU' ? [RUSSIAN_GIVEN, RUSSIAN_SURNAMES, RUSSIAN_PATRONYMICS] : [KAZAKH_GIVEN, KAZAKH_SURNAMES, KAZAKH_PATRONYMICS];
    const given = pick(rng, givenList);
    const g = given.gender;
    const surname = pick(rng, surnames)[g];
    if (NAME_PAIRS_TO_AVOID.some((a) => a.given === given.ru && a.surname === surname)) continue;
    const ru = `${surname} ${given.ru} ${pick(rng, patronymics)[g]}`;
    return { nameBe: null, nameRu: ru, nameLatin: capitalise(transliterateRu(`${given.ru} ${surname}`, 'passport')), country: origin, gender: g };
  }
}

const STATUS_WEIGHTS: [PersonStatus, number][] = [
  ['current', 60],
  ['former', 12],
  ['released', 10],
  ['not_recognised', 5],
  ['deportation_threat', 8],
  ['deceased', 5],
];

function pickStatus(rng: Rng): PersonStatus {
  let r = rng() * 100;
  for (const [s, w] of STATUS_WEIGHTS) if ((r -= w) < 0) return s;
  return 'current';
}

/** One invented person; `facility` places them (current prisoners only). */
export function buildPersonInput(rng: Rng, opts: { facility?: FacilityInput | null; status?: PersonStatus; origin?: 'BY' | 'RU' | 'KZ' } = {}): PersonInput {
  const names = buildNames(rng, opts.origin);
  const status = opts.status ?? pickStatus(rng);
  const year = 1950 + Math.floor(rng() * 55);
  const month = 1 + Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * 28);
  const arrestYear = 2020 + Math.floor(rng() * 5);
  const arrested = `${arrestYear}-${pad(1 + Math.floor(rng() * 12))}-${pad(1 + Math.floor(rng() * 28))}`;
  const years = 1 + Math.floor(rng() * 10);
  const releaseYear = arrestYear + years;
  const description = pick(rng, DESCRIPTIONS);
  const interests = [pick(rng, INTERESTS), pick(rng, INTERESTS)];
  const held = status === 'current' || status === 'deportation_threat';
  return {
    ...names,
    status,
    // Some records lack the day or the whole birth date, as real ones do.
    birth: rng() < 0.08 ? { year: null, month: null, day: null } : rng() < 0.05 ? { year, month: null, day: null } : { year, month, day },
    arrestedOn: arrested,
    articles: [{ code: names.country, article: pick(rng, ['342', '293', '361-1', '130', '367', '369']), part: pick(rng, ['1', '2', '3']), title: { en: 'Invented article for the demo', ru: 'Вымышленная статья для демонстрации' } }],
    sentenceText: `${years} years`,
    sentenceMonths: years * 12,
    regime: held ? pick(rng, ['general regime', 'strict regime', 'prison']) : null,
    verdictOn: arrested,
    releaseExpectedOn: status === 'current' ? `${releaseYear}-${arrested.slice(5)}` : null,
    releasedOn: status === 'released' || status === 'former' ? `${Math.min(releaseYear, 2026)}-${arrested.slice(5)}` : null,
    diedOn: status === 'deceased' ? `${arrestYear + 1}-${arrested.slice(5)}` : null,
    description: { en: description.en, ru: description.ru, be: description.be },
    interests: { en: interests.map((i) => i.en).join(', '), ru: interests.map((i) => i.ru).join(', '), be: interests.map((i) => i.be).join(', ') },
    sources: [],
    lettersReach: held ? pick(rng, ['yes', 'yes', 'yes', 'relatives_only', 'unknown'] as const) : 'unknown',
    facility: held ? (opts.facility ?? null) : null,
  };
}

/** The demo registry: the facilities and `count` invented people spread over them and over every status. */
export async function seedRegistry(db: Conn, opts: { count: number; seed: number }): Promise<{ facilities: FacilityRow[]; people: number }> {
  const rng = createRng(opts.seed);
  const by = { importLabel: 'demo seed' };
  const facilities: FacilityRow[] = [];
  for (const { slug: _slug, ...f } of DEMO_FACILITIES) facilities.push(await resolveFacility(db, f, by));
  const fresh = Array.from({ length: opts.count }, (_, i) => {
    const { slug: _s, ...facility } = DEMO_FACILITIES[i % DEMO_FACILITIES.length];
    const input = buildPersonInput(rng, { facility, origin: facility.country as 'BY' | 'RU' | 'KZ' });
    return { input, facility: input.facility ? facilities[i % DEMO_FACILITIES.length] : null };
  });
  await insertPeopleBatch(db, fresh, by.importLabel);
  return { facilities, people: opts.count };
}
