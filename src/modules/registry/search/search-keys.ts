// Search keys for the registry: what is stored per person and what is looked up per query. The SQL ranks
// a stored key equal to a query key first, then a stored key that starts with a query key, then trigrams.
//
// Matching rests on two layers. Every standard rendering is stored folded, and every query is folded, so a
// rendering typed as published matches exactly. Underneath, the skeleton (informal.ts) gives all systems of
// one language (and the usual informal spellings) the same form, so one skeleton key per word order covers
// them all; that is what keeps the key count near 40 while still matching any order of any system.
import { fold, normalise } from './normalise.ts';
import { skeleton } from './informal.ts';
import { BE_SYSTEMS, transliterateBe } from './transliterate.be.ts';
import { RU_SYSTEMS, transliterateRu } from './transliterate.ru.ts';

export { fold, normalise, skeleton };

const MAX_PERSON_KEYS = 40;
const MAX_QUERY_KEYS = 12;

type Family = 'be' | 'ru';

const unique = (keys: string[]): string[] => [...new Set(keys.filter((k) => k !== ''))];

/** True when the text is mostly Cyrillic letters. */
export function isCyrillic(s: string): boolean {
  const cyrillic = s.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = s.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return cyrillic > 0 && cyrillic >= latin;
}

// і, ў and the apostrophe exist only in Belarusian; и, щ, ъ only in Russian. A name with neither (Яна Арабейка,
// Андрей Чапюк) could be either, so both families are rendered.
function families(text: string, lang: 'be' | 'ru' | 'auto'): Family[] {
  if (lang !== 'auto') return [lang];
  const be = /[іўʼ'’]/u.test(text);
  const ru = /[иъщ]/u.test(text);
  if (be !== ru) return be ? ['be'] : ['ru'];
  return ['be', 'ru'];
}

/** One function per system of the family. */
const translators = (family: Family): ((text: string) => string)[] =>
  family === 'be'
    ? BE_SYSTEMS.map((s) => (text: string) => transliterateBe(text, s))
    : RU_SYSTEMS.map((s) => (text: string) => transliterateRu(text, s));

/** Every Latin rendering of a Cyrillic string in every system of the family (or both, for 'auto'), folded. */
export function latinRenderings(cyrillic: string, lang: 'be' | 'ru' | 'auto'): string[] {
  const text = cyrillic.normalize('NFC').toLowerCase();
  return unique(families(text, lang).flatMap(translators).map((tr) => fold(tr(text))));
}

/** The rendering in the family's first (national or passport) system, folded: what a Latin sort uses. */
export function primaryLatin(cyrillic: string, family: Family): string {
  return fold(translators(family)[0](cyrillic.normalize('NFC').toLowerCase()));
}

/** Keys collected by priority (0 = essential); the cap drops the least useful first. */
class Keys {
  private readonly tiers: string[][] = [[], [], [], []];
  add(tier: number, parts: string[], order: number[]): void {
    this.tiers[tier].push(order.map((i) => parts[i]).filter((p) => p !== '').join(' '));
  }
  list(): string[] {
    return unique(this.tiers.flat()).slice(0, MAX_PERSON_KEYS);
  }
}

interface Order {
  order: number[];
  /** Tiers for the normalised Cyrillic, the skeletons and the folded renderings in this order. */
  cyr: number;
  skel: number;
  latin: number;
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

// Surname first, given, patronymic (and anything after it). Surname-first with the patronymic also serves,
// as a prefix, "surname" and "surname given"; given-first serves "given" and "given patronymic".
function surnameFirstOrders(n: number, shift = 0): Order[] {
  const t = (x: number) => Math.min(3, x + shift);
  if (n <= 1) return [{ order: [0], cyr: t(0), skel: t(0), latin: t(1) }];
  const rest = range(2, n);
  const orders: Order[] = [
    { order: [0, 1, ...rest], cyr: t(0), skel: t(0), latin: t(1) },
    { order: [1, 0], cyr: t(0), skel: t(0), latin: t(1) },
  ];
  if (n > 2) {
    orders.push({ order: [1, ...rest, 0], cyr: t(0), skel: t(0), latin: t(2) });
    orders.push({ order: [0, 1], cyr: t(3), skel: t(3), latin: t(3) });
  }
  return orders;
}

/** Given name(s) first, surname last; also stored surname-first. */
function givenFirstOrders(n: number, shift = 0): Order[] {
  const t = (x: number) => Math.min(3, x + shift);
  if (n <= 1) return [{ order: [0], cyr: t(0), skel: t(0), latin: t(0) }];
  const orders: Order[] = [
    { order: range(0, n), cyr: t(0), skel: t(0), latin: t(0) },
    { order: [n - 1, ...range(0, n - 1)], cyr: t(0), skel: t(0), latin: t(0) },
  ];
  if (n > 2) orders.push({ order: [0, n - 1], cyr: t(2), skel: t(2), latin: t(2) });
  return orders;
}

const parts = (s: string): string[] => s.trim().split(/\s+/).filter((p) => normalise(p) !== '');

function addCyrillic(keys: Keys, name: string, fams: Family[], orders: Order[]): void {
  const words = parts(name);
  // Word by word, so every rendering lines up with the Cyrillic words and can be put in any order.
  const renderings = fams.flatMap(translators).map((tr) => words.map((w) => fold(tr(w.toLowerCase()))));
  const cyr = words.map(normalise);
  const skeletons = unique(renderings.map((r) => r.map(skeleton).join('\u0000'))).map((s) => s.split('\u0000'));
  for (const o of orders) {
    keys.add(o.cyr, cyr, o.order);
    for (const s of skeletons) keys.add(o.skel, s, o.order);
  }
  for (const o of orders) for (const r of renderings) keys.add(o.latin, r, o.order);
}

function addLatin(keys: Keys, name: string, orders: Order[]): void {
  const folded = parts(name).map(fold);
  const skel = folded.map(skeleton);
  for (const o of orders) {
    keys.add(o.latin, folded, o.order);
    keys.add(o.skel, skel, o.order);
  }
}

const PATRONYMIC = /(ич|іч|вна|ўна|чна|улы|ұлы|кызы|қызы|оглы)$/u;

/**
 * The search keys stored for one person. be and ru are Cyrillic, surname first ("Арабейка Яна Сяргееўна");
 * latin is given name first ("Yana Arabeika"); others are any script and order.
 */
export function personSearchKeys(names: { be?: string | null; ru?: string | null; latin?: string | null; others?: string[] }): string[] {
  const keys = new Keys();
  if (names.be) addCyrillic(keys, names.be, ['be'], surnameFirstOrders(parts(names.be).length));
  if (names.ru) addCyrillic(keys, names.ru, ['ru'], surnameFirstOrders(parts(names.ru).length));
  if (names.latin) addLatin(keys, names.latin, givenFirstOrders(parts(names.latin).length));
  for (const other of names.others ?? []) {
    const words = parts(other);
    if (!isCyrillic(other)) {
      addLatin(keys, other, givenFirstOrders(words.length, 1));
      continue;
    }
    const surnameFirst = words.length >= 3 && PATRONYMIC.test(normalise(words[2]));
    const orders = surnameFirst ? surnameFirstOrders(words.length, 1) : givenFirstOrders(words.length, 1);
    addCyrillic(keys, other, families(other.toLowerCase(), 'auto'), orders);
  }
  return keys.list();
}

/** The keys to look up for what someone typed: the text itself, folded, its skeleton; Latin renderings of Cyrillic. */
export function queryKeys(q: string): string[] {
  const n = normalise(q);
  if (n === '') return [];
  if (!isCyrillic(n)) return unique([n, fold(q), skeleton(q)]).slice(0, MAX_QUERY_KEYS);
  const renderings = latinRenderings(q, 'auto');
  return unique([n, ...renderings.map(skeleton), ...renderings]).slice(0, MAX_QUERY_KEYS);
}
