// Belarusian Cyrillic → Latin in the four systems people actually meet.
//
// national — Instruction on transliteration of Belarusian geographical names with letters of Latin script,
//   State Property Committee resolution No. 38 of 11 June 2007 (pravo.by 2007-159), adopted by UNGEGN
//   (WGRS report v3.0, 2008; recommended as the international system in 2013). The 2023 instruction
//   (resolution No. 19, 24 March 2023) replaced č š ž ŭ h by ch sh zh w g for signposts; people's names are
//   still published in the 2007 form, so that is the one implemented.
// lacinka — classical Belarusian Łacinka applied letter by letter to the official Cyrillic spelling (no
//   assimilative softness is invented where the Cyrillic does not write ь).
// bgn — BGN/PCGN 1979 system for Belarusian, as in CLDR's Belarusian-Latin-BGN transform: е is "ye"
//   everywhere (Віцебск = Vitsyebsk, Гомель = Homyelʹ), ў is "w" (Крапіўна = Krapiwna, Магілёў = Mahilyow),
//   ь is ʹ and the apostrophe ʺ. The optional interpuncts (z·h, t·s) are left out: nobody types them.
// passport — what Belarusian passports print (MVD resolutions No. 288 of 2008 and No. 200 of 2010, ICAO
//   Doc 9303 letters): г→h, х→kh, ц→ts, ч→ch, ш→sh, ж→zh, ў→u, й→i, ь dropped; iotated vowels are y- at
//   the start of a word and after a vowel (Yauhen, Tsikhanouskaya), i- after consonants and after ы
//   (Aliaksandr, Maryia); е after a consonant is plain e (Kalesnikava); final -ый/-ій loses й (Dzmitry).
import { APOSTROPHES, transliterateWith, type LetterContext, type LetterRule } from './translit-common.ts';

export const BE_SYSTEMS = ['national', 'lacinka', 'bgn', 'passport'] as const;
export type BeSystem = (typeof BE_SYSTEMS)[number];

const VOWELS = 'аеёіоуыэюяи';
/** е ё ю я and the vowel they carry once the iotation (j/i/y) is written separately. */
const IOTATED: Record<string, string> = { е: 'e', ё: 'o', ю: 'u', я: 'a' };
/** Consonants whose softness (a following ь) the national system and Łacinka write as an acute. */
const SOFTENABLE = 'злнсц';
const ACUTE = '\u0301';
/** `set.includes(c)` that is false for '' (no neighbour). */
const within = (set: string, c: string): boolean => c !== '' && set.includes(c);

/** Iotated vowels sound "j" + vowel: at the start of a word and after a vowel, ў, ь or apostrophe. */
const jotted = (prev: string): boolean => prev === '' || within(VOWELS + 'ўьй' + APOSTROPHES, prev);

const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', ґ: 'g', д: 'd', з: 'z', і: 'i', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ы: 'y', э: 'e', ъ: '',
};

const NATIONAL: Record<string, string> = { ...COMMON, г: 'h', ж: 'ž', й: 'j', ў: 'ŭ', х: 'ch', ц: 'c', ч: 'č', ш: 'š', щ: 'šč' };

const national: LetterRule = (c, { prev }) => {
  const v = IOTATED[c];
  if (v) return (jotted(prev) ? 'j' : 'i') + v;
  if (c === 'ь') return within(SOFTENABLE, prev) ? ACUTE : '';
  if (within(APOSTROPHES, c)) return '';
  return NATIONAL[c];
};

// Łacinka: л is ł unless a soft vowel or ь follows; after the soft l the vowel needs no i (ля = la, ле = le).
const lacinka: LetterRule = (c, ctx) => {
  if (c === 'л') return within('еёіюяь', ctx.next) ? 'l' : 'ł';
  const v = IOTATED[c];
  if (v && ctx.prev === 'л') return v;
  if (c === 'ь' && ctx.prev === 'л') return '';
  return national(c, ctx);
};

const BGN: Record<string, string> = {
  ...COMMON, г: 'h', е: 'ye', ё: 'yo', ж: 'zh', й: 'y', ў: 'w', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ь: 'ʹ', ю: 'yu', я: 'ya',
};

const bgn: LetterRule = (c) => (within(APOSTROPHES, c) ? 'ʺ' : BGN[c]);

const PASSPORT: Record<string, string> = {
  ...COMMON, г: 'h', ж: 'zh', й: 'i', ў: 'u', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '',
};

const passport: LetterRule = (c, { prev, next }: LetterContext) => {
  const v = IOTATED[c];
  if (v) {
    if (jotted(prev) && prev !== 'ы') return 'y' + v;
    return c === 'е' ? 'e' : 'i' + v;
  }
  if (c === 'й' && next === '' && within('ыі', prev)) return '';
  if (within(APOSTROPHES, c)) return '';
  return PASSPORT[c];
};

const RULES: Record<BeSystem, LetterRule> = { national, lacinka, bgn, passport };

/** Belarusian Cyrillic text in one Latin system; anything that is not Belarusian Cyrillic is copied. */
export function transliterateBe(text: string, system: BeSystem): string {
  return transliterateWith(text, RULES[system]);
}
