// Generated input for the registry benchmarks: an invented Viasna-shape export and the search queries
// a visitor would type for the people in it. Seeded, so every run builds the same file.
import { buildNames, createRng, type BuiltNames, type Rng } from '../../src/modules/registry/registry.builders.ts';

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const pad = (n: number) => String(n).padStart(2, '0');
const date = (rng: Rng, fromYear: number, years: number) =>
  `${fromYear + Math.floor(rng() * years)}-${pad(1 + Math.floor(rng() * 12))}-${pad(1 + Math.floor(rng() * 28))}`;

const CITIES = ['Minsk', 'Homiel', 'Mahilioŭ', 'Viciebsk', 'Hrodna', 'Brest', 'Babrujsk', 'Baranavičy', 'Navapolack', 'Škloŭ', 'Horki', 'Žodzina', 'Ivacevičy'];
const STREETS = ['vulica Valadarskaha', 'vulica Savieckaja', 'vulica Krupskaj', 'vul. Barysenka', 'vulica 1-ja Zavodskaja', 'vulica Dabraliubava', 'vulica Lienina', 'praspiekt Pieramohi'];
const KINDS = ['Penal colony No.', 'Pre-trial detention center No.', 'Prison No.', 'Open correctional facility No.'];

/** ~25 distinct facilities: title and a Latin address with a 6-digit postal code. */
function buildFacilities(rng: Rng): { title: string; address: string }[] {
  return Array.from({ length: 25 }, (_, i) => ({
    title: `${KINDS[i % KINDS.length]} ${i + 1}`,
    address: `${200000 + Math.floor(rng() * 47000)}, ${CITIES[i % CITIES.length]}, ${pick(rng, STREETS)} ${1 + Math.floor(rng() * 120)}`,
  }));
}

const ARTICLES = [
  'Part 2 of Art. 293 of the Criminal Code — Participation in riots',
  'Art. 342 of the Criminal Code — Organization and preparation of actions that grossly violate public order',
  'Art. 361-1 of the Criminal Code — Creation of an extremist formation, or participation in it',
  'Art. 130 of the Criminal Code — Incitement to hatred',
  'Art. 368 of the Criminal Code — Insulting the President of the Republic of Belarus',
  'Art. 369 of the Criminal Code — Insulting a government official',
  'Art. 411 — Malicious disobedience to the demands of administration of the correctional institution',
  'Art. 339 of the Criminal Code — Hooliganism',
];
const DECISIONS = ['1 year', '2 years', '2 1/2 years', '3 years', '4 1/2', '6 years', '8 1/2 years, fine of 8,700 rubles', '15 months', '2 years and 8 months'];
const PENALTIES = ['imprisonment in a general-security penal colony', 'imprisonment in a medium-security penal colony', 'imprisonment in a high security prison', 'restricted freedom in an open penal facility ("khimiya")'];

export interface BenchData {
  /** The JSON text of the export. */
  text: string;
  records: number;
  /** Names of the generated people, for building search queries. */
  names: BuiltNames[];
}

/** `count` Viasna-shape records with the fixture's keys, in its key order. */
export function buildViasnaExport(count: number, seed = 20260101): BenchData {
  const rng = createRng(seed);
  const facilities = buildFacilities(rng);
  const names: BuiltNames[] = [];
  const records = Array.from({ length: count }, (_, i) => {
    const n = buildNames(rng, 'BY');
    names.push(n);
    const cyrillic = n.nameBe !== null && i % 3 === 0;
    const active = rng() < 0.7;
    const r = rng();
    const birthday = r < 0.08 ? '' : r < 0.13 ? String(1950 + Math.floor(rng() * 55)) : date(rng, 1950, 55);
    const arrested = date(rng, 2020, 5);
    const articleCount = rng() < 0.02 ? 13 : 1 + Math.floor(rng() * 3);
    const slots: Record<string, string> = {};
    for (let a = 0; a < 13; a++) slots[`articles/${a}`] = a < articleCount ? pick(rng, ARTICLES) : '';
    const f = rng();
    const facility = f < 0.03 ? { title: 'House arrest', address: 'FALSE' } : f < 0.1 ? null : pick(rng, facilities);
    const started = rng() < 0.3 ? arrested : '';
    const record = {
      id: 100000 + i,
      url: `https://example.org/viasna/person/${100000 + i}`,
      name: cyrillic ? n.nameBe! : n.nameLatin,
      status: active ? 'active' : 'former',
      gender: rng() < 0.02 ? '' : n.gender,
      description: rng() < 0.1 ? '' : cyrillic ? 'Выдуманы ўдзельнік тэсту' : `Invented benchmark person ${i}`,
      birthday,
      arrested,
      ...Object.fromEntries(Object.entries(slots).slice(0, 4)),
      'prison/title': facility?.title ?? '',
      'prison/address': facility?.address ?? '',
      decision: rng() < 0.1 ? '' : pick(rng, DECISIONS),
      penalty: pick(rng, PENALTIES),
      penalty_start_date: started,
      release_date: active ? (rng() < 0.5 ? date(rng, 2026, 6) : '') : date(rng, 2021, 5),
      verdict_date: rng() < 0.1 ? '' : date(rng, 2020, 5),
      appeal_date: rng() < 0.6 ? '' : date(rng, 2021, 4),
      articles: articleCount === 13 ? 'FALSE' : '',
      prison: facility ? '' : 'FALSE',
      ...Object.fromEntries(Object.entries(slots).slice(4)),
    };
    return record;
  });
  return { text: JSON.stringify(records, null, 1), records: count, names };
}

/**
 * ~50 queries, each as a visitor might type it: the passport Latin name, Cyrillic, the surname alone,
 * surname first, informal spellings ("ya" for "ia", "h" for "kh") and one letter dropped.
 */
export function searchQueries(names: BuiltNames[], count = 50): string[] {
  const rng = createRng(7);
  const out = new Set<string>();
  const variants: ((n: BuiltNames) => string | null)[] = [
    (n) => n.nameLatin,
    (n) => n.nameBe ?? n.nameRu,
    (n) => n.nameRu.split(' ').slice(0, 2).join(' '),
    (n) => n.nameLatin.split(' ').at(-1)!,
    (n) => n.nameLatin.split(' ').reverse().join(' '),
    (n) => (/ia|kh|ts/i.test(n.nameLatin) ? n.nameLatin.replace(/ia/g, 'ya').replace(/kh/gi, 'h').replace(/ts/g, 'c') : null),
    (n) => {
      const surname = n.nameLatin.split(' ').at(-1)!;
      if (surname.length < 5) return null;
      const at = 1 + Math.floor(rng() * (surname.length - 2));
      return `${n.nameLatin.split(' ')[0]} ${surname.slice(0, at)}${surname.slice(at + 1)}`;
    },
  ];
  for (let i = 0; out.size < count && i < count * 20; i++) {
    const q = variants[i % variants.length](pick(rng, names));
    if (q) out.add(q);
  }
  return [...out];
}
