// Russian Cyrillic → Latin in the four systems a Russian name is likely to appear in.
//
// bgn — BGN/PCGN 1947 (as in CLDR's Russian-Latin-BGN transform): е/ё are ye/yë at the start of a word and
//   after a vowel, й, ъ or ь; й→y, х→kh, ц→ts, щ→shch, ъ→ʺ, ь→ʹ. Optional interpuncts (t·s, sh·ch) left out.
// iso9 — ISO 9:1995 = GOST 7.79-2000 System A: one Latin letter per Cyrillic letter (ж→ž, х→h, ц→c, щ→ŝ,
//   э→è, ю→û, я→â, ё→ë, й→j).
// passport — Russian passports since 2013 (FMS order No. 320 of 2012, which adopted ICAO Doc 9303 part 3): ё→e, й→i,
//   ъ→ie, ь dropped, ю→iu, я→ia (Юлия = Iuliia, Дмитрий = Dmitrii, Сергей = Sergei).
// passport_old — the older MVD table of travel passports (in use until 2010): й→y, ю→yu, я→ya, е/ё→e, ъ/ь dropped
//   (Юлия = Yuliya, Егор = Egor). The press form "Yegor" is left to the informal skeleton.
//
// Letters of other Cyrillic alphabets that turn up in names from Russia and Kazakhstan (і, ў, є, ї, ґ and
// the Kazakh ә ғ қ ң ө ұ ү һ) get their plain Latin letter in every system, so no Cyrillic leaks into keys.
import { transliterateWith, type LetterRule } from './translit-common.ts';

export const RU_SYSTEMS = ['bgn', 'iso9', 'passport', 'passport_old'] as const;
export type RuSystem = (typeof RU_SYSTEMS)[number];

const VOWELS = 'аеёиоуыэюяі';

const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ы: 'y',
  і: 'i', ї: 'i', ґ: 'g', ў: 'u', ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h',
};

const TABLES: Record<RuSystem, Record<string, string>> = {
  bgn: {
    ...COMMON, ж: 'zh', й: 'y', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ʺ', ь: 'ʹ', э: 'e', ю: 'yu', я: 'ya', є: 'ye',
  },
  iso9: {
    ...COMMON, е: 'e', ё: 'ë', ж: 'ž', й: 'j', х: 'h', ц: 'c', ч: 'č', ш: 'š', щ: 'ŝ', ъ: 'ʺ', ь: 'ʹ', э: 'è', ю: 'û', я: 'â', є: 'ê',
  },
  passport: {
    ...COMMON, е: 'e', ё: 'e', ж: 'zh', й: 'i', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ь: '', э: 'e', ю: 'iu', я: 'ia', є: 'ie',
  },
  passport_old: {
    ...COMMON, е: 'e', ё: 'e', ж: 'zh', й: 'y', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ь: '', э: 'e', ю: 'yu', я: 'ya', є: 'ye',
  },
};

// BGN/PCGN rules 1 and 2: ye/yë where е/ё begin a syllable, plain e/ë after a consonant.
const bgnYe = (prev: string): boolean => prev === '' || (VOWELS + 'йъь').includes(prev);

function rule(system: RuSystem): LetterRule {
  const table = TABLES[system];
  if (system !== 'bgn') return (c) => table[c];
  return (c, { prev }) => {
    if (c === 'е') return bgnYe(prev) ? 'ye' : 'e';
    if (c === 'ё') return bgnYe(prev) ? 'yë' : 'ë';
    return table[c];
  };
}

const RULES = Object.fromEntries(RU_SYSTEMS.map((s) => [s, rule(s)])) as Record<RuSystem, LetterRule>;

/** Russian Cyrillic text in one Latin system; anything that is not Cyrillic is copied. */
export function transliterateRu(text: string, system: RuSystem): string {
  return transliterateWith(text, RULES[system]);
}
