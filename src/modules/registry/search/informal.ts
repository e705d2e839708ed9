// The informal layer: one lossy "skeleton" for every way people spell the same Cyrillic name in Latin.
//
// The standard systems already disagree on consonants in ways that chain together once diacritics are
// dropped: "c" is ц (national, ISO 9) or ч (folded č); "ch" is ч (BGN, passports, English) or х (national,
// Łacinka, Polish, German); "h" is х (ISO 9, informal) or Belarusian г. So ц, ч, х and Belarusian г share
// one class ("c"), ш/щ/шч share "s", ж/з share "z". Iotation (ya/ja/ia/â, ye/je/ie, yu/ju/iu/û) is dropped,
// y/i/j merge (Dmitriy = Dmitrii = Dmitry = Dmitrij), ё after a consonant but l reads as е (Fyodor = Fedor), ў in
// all its spellings and a v-like u after a vowel become "v" (Ivanou = Ivanow = Iwanow = Ivanov), x = ks,
// -ander = -andr (Alexander = Aleksandr), and doubled letters count once. Other vowels are left alone:
// Kolesnikova and Kalesnikava stay different; fuzzy (trigram) search covers that.
import { fold } from './normalise.ts';

const CONSONANTS: Record<string, string> = {
  shch: 's', szcz: 's', sch: 's', tsch: 'c', tch: 'c', zh: 'z', sh: 's', sz: 's',
  kh: 'c', ch: 'c', cz: 'c', ts: 'c', tz: 'c', c: 'c', h: 'c', ph: 'f', x: 'ks', q: 'k',
};
const CONSONANT_RE = /shch|szcz|tsch|sch|tch|zh|sh|sz|kh|ch|cz|ts|tz|ph|c|h|x|q/g;

function skeletonWord(word: string): string {
  return (
    word
      .replace(CONSONANT_RE, (m) => CONSONANTS[m] ?? m)
      // Belarusian BGN writes ў as w (also before an iotated vowel: Salawyova); German and Polish write в as w.
      .replace(/w(?=[aeiou])/g, 'v')
      .replace(/w/g, 'u')
      // шч and с+х/ц/ч: "šč" folds to "sc", "shch" to "s"; one class after s keeps them together.
      .replace(/sc+/g, 's')
      .replace(/[yj]/g, 'i')
      .replace(/ander$/, 'andr')
      .replace(/i+/g, 'i')
      // ё after a consonant: io/yo/jo (Belarusian, press) against e/ë (Russian passports, ISO 9). Not after l:
      // Łacinka writes лё as "lo" (Mahiloŭ), and Łacinka is a standard system while "Alyona" is only press.
      .replace(/(?<=[bcdfgkmnprstvz])io/g, 'e')
      // What is left of iotation before a vowel: Yana = Iana = Jana = Âna, Kalyesnikava = Kaliesnikava.
      .replace(/i(?=[aeou])/g, '')
      .replace(/(?<=[aeio])u(?![aeiou])/g, 'v')
      .replace(/([a-z])\1+/g, '$1')
  );
}

/** Lossy canonical form of any Latin spelling (folded first); words stay separate so prefixes still work. */
export function skeleton(latin: string): string {
  return fold(latin)
    .split(' ')
    .map((w) => (/[a-z]/.test(w) ? skeletonWord(w) : w))
    .join(' ');
}
