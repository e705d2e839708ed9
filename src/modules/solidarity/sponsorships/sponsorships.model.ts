// The vocabulary of sponsorships beyond the states in solidarity.model.ts: countries, statements per
// language, invitation lifetimes. Pure functions, shared by schemas, services and views.
import { LANGUAGES, type Lang } from '../../../app/i18n.ts';

/** ISO 3166-1 alpha-2: a public figure's country. Names come from Intl.DisplayNames in the reader's language. */
export const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO ' +
  'CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN ' +
  'HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML ' +
  'MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA ' +
  'SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN ' +
  'VU WF WS YE YT ZA ZM ZW'
).split(' ');
const COUNTRY_SET = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): boolean {
  return COUNTRY_SET.has(value);
}

const regionNames = new Map<string, Intl.DisplayNames>();
/** "Deutschland", "Германия", "Germany": the country as the reader's language names it. */
export function countryName(code: string, lang: string): string {
  let names = regionNames.get(lang);
  if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' })));
  return names.of(code) ?? code;
}

/** Every country, as [code, name] sorted by name the way the reader's language sorts. */
export function countryOptions(lang: string): [string, string][] {
  const collator = new Intl.Collator(lang);
  return COUNTRY_CODES.map((c): [string, string] => [c, countryName(c, lang)]).sort((a, b) => collator.compare(a[1], b[1]));
}

const languageNames = new Map<string, Intl.DisplayNames>();
/** "German", "немецкий": a language named in the reader's language (for "written in …" notes). */
export function languageName(code: string, lang: string): string {
  let names = languageNames.get(lang);
  if (!names) languageNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' })));
  return names.of(code) ?? code;
}

export interface ShownStatement {
  text: string;
  /** The language it is written in; differs from the reader's when no version in theirs exists. */
  lang: string;
}

/** A statement in the reader's language, else English, else any language it exists in; null when there is none. */
export function statementIn(statements: Record<string, string> | null | undefined, lang: string): ShownStatement | null {
  if (!statements) return null;
  const order = [lang, 'en', ...LANGUAGES, ...Object.keys(statements)];
  for (const l of order) if (statements[l]?.trim()) return { text: statements[l], lang: l };
  return null;
}

/** What a sponsorship shows: its own statement about this person first, else the figure's general one. */
export function sponsorshipStatement(
  s: { statement: string | null; statementLocale: string | null },
  figureStatements: Record<string, string>,
  lang: string,
): ShownStatement | null {
  if (s.statement?.trim()) {
    // The figure's own words about this person win over their general statement, even in another language.
    return { text: s.statement, lang: s.statementLocale ?? lang };
  }
  return statementIn(figureStatements, lang);
}

/** How long an invitation link stays open unless a coordinator chooses otherwise. */
export const INVITATION_DEFAULT_DAYS = 60;
export const INVITATION_MAX_DAYS = 365;

/** Slugs that are pages of their own under /sponsorships/figures/. */
export const RESERVED_FIGURE_SLUGS = new Set(['new']);

export const STATEMENT_LANGS: readonly Lang[] = LANGUAGES;

/** People per page of the "no sponsor yet" list. */
export const UNSPONSORED_PAGE_SIZE = 50;
