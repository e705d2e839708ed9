import type { Db } from '../../../db/client.ts';
import type { Keys } from '../../../lib/crypto.ts';
import { postcodeConstituencies, targets, type TargetRow } from './targets.tables.ts';
import { todayIso } from '../../registry/registry.present.ts';

/** A target, as tests and the demo seed need it (public office holders; demo addresses end in .invalid). */
export async function buildTarget(db: Db, o: Partial<typeof targets.$inferInsert> & { ref: string; name: string; country: string }): Promise<TargetRow> {
  const today = todayIso();
  const [row] = await db.insert(targets).values({ kind: 'parliament_member', createdOn: today, updatedOn: today, ...o }).returning();
  return row;
}

export async function buildPostcodes(db: Db, country: string, rows: { postcode: string; constituency: string }[]): Promise<void> {
  if (rows.length) await db.insert(postcodeConstituencies).values(rows.map((r) => ({ country, ...r })));
}

/**
 * The demo's invented parliament: constituencies named "(demo)", members with made-up names, .invalid e-mail
 * addresses. Stable refs (`demo-de-mp-01`, `demo-embassy-by-de`, …) so other features' demo data can find them.
 * DE 10117 straddles two constituencies.
 */
export const DEMO_POSTCODES: Record<string, { postcode: string; constituency: string }[]> = {
  DE: [
    { postcode: '10115', constituency: 'Spreeufer-Nord (demo)' },
    { postcode: '10117', constituency: 'Spreeufer-Nord (demo)' },
    { postcode: '10117', constituency: 'Spreeufer-Süd (demo)' },
    { postcode: '20095', constituency: 'Elbhafen-Mitte (demo)' },
    { postcode: '80331', constituency: 'Isartor-Altstadt (demo)' },
  ],
  PL: [
    { postcode: '00950', constituency: 'Okręg Nadwiślański (demo)' },
    { postcode: '30001', constituency: 'Okręg Podwawelski (demo)' },
  ],
};

const DE_SAL = (name: string, female: boolean) => ({
  de: female ? `Sehr geehrte Frau Abgeordnete ${name}` : `Sehr geehrter Herr Abgeordneter ${name}`,
  en: female ? `Dear Ms ${name}` : `Dear Mr ${name}`,
  ru: female ? `Уважаемая госпожа депутат ${name}` : `Уважаемый господин депутат ${name}`,
});
const PL_SAL = (name: string, female: boolean) => ({
  pl: female ? `Szanowna Pani Posłanko` : `Szanowny Panie Pośle`,
  en: female ? `Dear Ms ${name}` : `Dear Mr ${name}`,
  be: female ? `Шаноўная спадарыня дэпутатка` : `Шаноўны спадар дэпутат`,
});

/** [surname, first name, female, party, constituency] of the invented members. */
const DE_MEMBERS: [string, string, boolean, string, string][] = [
  ['Beispielhaft', 'Greta', true, 'Partei der Demo-Grünen', 'Spreeufer-Nord (demo)'],
  ['Platzhalter', 'Lukas', false, 'Beispielunion', 'Spreeufer-Nord (demo)'],
  ['Mustergültig', 'Frieda', true, 'Fiktive Sozialdemokraten', 'Spreeufer-Süd (demo)'],
  ['Erfunden', 'Jonas', false, 'Partei der Demo-Grünen', 'Elbhafen-Mitte (demo)'],
  ['Probelauf', 'Hanna', true, 'Beispielunion', 'Elbhafen-Mitte (demo)'],
  ['Testhausen', 'Moritz', false, 'Fiktive Sozialdemokraten', 'Isartor-Altstadt (demo)'],
  ['Scheinberg', 'Ida', true, 'Liste Erfundener Liberaler', 'Isartor-Altstadt (demo)'],
  ['Vorlagner', 'Emil', false, 'Liste Erfundener Liberaler', 'Spreeufer-Süd (demo)'],
];
const PL_MEMBERS: [string, string, boolean, string, string][] = [
  ['Fikcyjna', 'Zofia', true, 'Przykładowa Lewica', 'Okręg Nadwiślański (demo)'],
  ['Zmyślony', 'Tomasz', false, 'Koalicja Wzorcowa', 'Okręg Nadwiślański (demo)'],
  ['Próbna', 'Alicja', true, 'Koalicja Wzorcowa', 'Okręg Podwawelski (demo)'],
  ['Szablonowy', 'Marek', false, 'Przykładowa Lewica', 'Okręg Podwawelski (demo)'],
];

function slug(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** Demo data for targets (synthetic; .invalid addresses). */
export async function seedTargetsDemo(db: Db, _keys: Keys): Promise<void> {
  await buildTarget(db, {
    ref: 'demo-embassy-by-de',
    kind: 'embassy',
    name: 'Embassy of the Republic of Belarus in Germany (demo entry)',
    role: 'Embassy',
    country: 'DE',
    email: 'embassy-by-berlin@demo.invalid',
    postalAddress: 'Botschaft der Republik Belarus (demo)\nBeispielstraße 1\n10115 Berlin\nDeutschland',
    salutations: { de: 'Sehr geehrte Damen und Herren', en: 'Dear Sir or Madam', ru: 'Уважаемые дамы и господа', be: 'Шаноўныя спадарыні і спадары' },
  });
  await buildTarget(db, {
    ref: 'demo-embassy-by-pl',
    kind: 'embassy',
    name: 'Embassy of the Republic of Belarus in Poland (demo entry)',
    role: 'Embassy',
    country: 'PL',
    email: 'embassy-by-warsaw@demo.invalid',
    postalAddress: 'Ambasada Republiki Białoruś (demo)\nul. Przykładowa 1\n00-950 Warszawa\nPolska',
    salutations: { pl: 'Szanowni Państwo', en: 'Dear Sir or Madam', ru: 'Уважаемые дамы и господа', be: 'Шаноўныя спадарыні і спадары' },
  });
  await buildTarget(db, {
    ref: 'demo-ministry-de-foreign',
    kind: 'ministry',
    name: 'Federal Ministry of Invented Foreign Affairs (demo)',
    role: 'Human rights desk',
    country: 'DE',
    email: 'human-rights-desk@ministry.demo.invalid',
    postalAddress: 'Ministerium für erfundene Auswärtige Angelegenheiten (demo)\nReferat Menschenrechte\nMusterplatz 2\n10117 Berlin',
    salutations: { de: 'Sehr geehrte Damen und Herren', en: 'Dear Sir or Madam' },
  });
  for (const [country, members, parliament, sal] of [
    ['DE', DE_MEMBERS, 'Member of the Demo Federal Assembly', DE_SAL],
    ['PL', PL_MEMBERS, 'Member of the Demo Sejm', PL_SAL],
  ] as const) {
    let n = 0;
    for (const [surname, first, female, party, constituency] of members) {
      n++;
      const name = `${first} ${surname}`;
      await buildTarget(db, {
        ref: `demo-${country.toLowerCase()}-mp-${String(n).padStart(2, '0')}`,
        kind: 'parliament_member',
        name,
        role: parliament,
        country,
        party,
        constituency,
        email: `${slug(first)}.${slug(surname)}@parliament.demo.invalid`,
        postalAddress: `${name}\n${country === 'DE' ? 'Demo-Bundesversammlung\nPlatz der Beispiele 1\n11011 Berlin' : 'Sejm Demo\nul. Wzorcowa 4/6/8\n00-902 Warszawa'}`,
        salutations: sal(surname, female),
      });
    }
  }
  for (const [country, rows] of Object.entries(DEMO_POSTCODES)) await buildPostcodes(db, country, rows);
}
