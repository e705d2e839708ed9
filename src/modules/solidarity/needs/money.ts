// Finds amounts of money in a need's description or a pledge's promise. The database must never tie a
// person to an amount of money (donors to "extremist" organisations have been prosecuted), so text that
// names one is refused before anything is stored. An amount is digits next to a currency: a sign (€ $ zł),
// a code (EUR, BYN) or a word in any of our languages (euro, рублей, złotych, гривень, Dollar, dólares).
//
// Words that also mean something else next to a number are left out on purpose: "livres" (books),
// "pounds" (weight), "рубашки" (shirts, which begins like "руб."), "European". Signs and codes catch those currencies.

/** Currency words as whole words (`\p{L}*` where every ending of the word is still the currency). */
const WORDS = [
  // euro
  'euros?', 'евро', 'еўра', 'эўра', 'євро',
  // dollar
  'dollars?', 'dólar(?:es)?', 'dolar(?:y|ów|a|ami|ach|om)?', 'доллар\\p{L}*', 'долар\\p{L}*', 'даляр\\p{L}*', 'бакс\\p{L}*', 'bucks?',
  // rouble (Russian, Belarusian), and their short forms
  'roubles?', 'rubl\\p{L}*', 'rubel\\p{L}*', 'рубл\\p{L}*', 'рубел\\p{L}*', 'руб\\.?', 'р\\.?', 'бел\\.?\\s*руб\\.?', 'br', 'бр\\.?',
  // złoty
  'złot(?:y|ych|e|ego|ym|ymi)', 'zlot(?:y|ys|ych|e)', 'zł', 'zl', 'злот\\p{L}*',
  // hryvnia, tenge, franc
  'hryvn\\p{L}*', 'hrywn\\p{L}*', 'гривн\\p{L}*', 'гривен\\p{L}*', 'гривень', 'грн\\.?', 'тенге', 'tenge', 'francs?', 'franken', 'франк\\p{L}*',
];
const CODES = ['eur', 'usd', 'pln', 'rub', 'byn', 'byr', 'uah', 'gbp', 'chf', 'kzt'];
const SIGNS = '[€$£₽₴₸¥₣₾₺]';

const NOT_LETTER_AFTER = '(?!\\p{L})';
const CURRENCY = `(?:${SIGNS}|(?:${[...WORDS, ...CODES].join('|')})${NOT_LETTER_AFTER})`;
// "1 000", "1,5", "100.000", then an optional multiplier: "5k", "2 тыс.", "3 thousand".
const NUMBER = `\\d(?:[\\d\\s.,'’]*\\d)?`;
const MULTIPLIER = `(?:\\s*(?:k|m|тыс\\.|тыс\\p{L}*|млн\\.?|mln|mio\\.?|thousand|tausend|mille|mil|tys\\.?|tysi\\p{L}*)${NOT_LETTER_AFTER})?`;

// "50 €", "1 000 рублей", "20 BYN", "5k€"; and "€50", "$ 20", "EUR 100", "zł 30".
const AFTER = new RegExp(`(?<![\\p{L}\\d])${NUMBER}${MULTIPLIER}\\s*-?\\s*${CURRENCY}`, 'iu');
const BEFORE = new RegExp(`(?:${SIGNS}|(?<!\\p{L})(?:${[...CODES, 'euro', 'zł'].join('|')})${NOT_LETTER_AFTER})\\s*${NUMBER}`, 'iu');

/** The first amount of money the text names ("50 €", "$20", "1 000 рублей"), or null. */
export function findMoneyAmount(text: string): string | null {
  const found = AFTER.exec(text) ?? BEFORE.exec(text);
  return found ? found[0].trim() : null;
}

export function mentionsMoneyAmount(text: string): boolean {
  return findMoneyAmount(text) !== null;
}
