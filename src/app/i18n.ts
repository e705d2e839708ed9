import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';

export const LANGUAGES = ['en', 'ru', 'be', 'uk', 'pl', 'de', 'fr', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Each language named in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  ru: 'Русский',
  be: 'Беларуская',
  uk: 'Українська',
  pl: 'Polski',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

export const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../locales');

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Reads every locales/<lang>/*.json file into one flat key → message map per language. */
export function loadMessages(dir = localesDir): Record<Lang, Record<string, string>> {
  const out = {} as Record<Lang, Record<string, string>>;
  for (const lang of LANGUAGES) {
    out[lang] = {};
    const folder = path.join(dir, lang);
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
      Object.assign(out[lang], JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')));
    }
  }
  return out;
}

export type Values = Record<string, string | number | Date>;
export type Translate = (key: string, values?: Values) => string;

export interface I18n {
  t(lang: Lang, key: string, values?: Values): string;
  translator(lang: Lang): Translate;
  formatDate(lang: Lang, date: Date): string;
}

export function createI18n(messages = loadMessages()): I18n {
  const cache = new Map<string, IntlMessageFormat>();
  const dateFormats = new Map(LANGUAGES.map((l) => [l, new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' })]));
  function t(lang: Lang, key: string, values?: Values): string {
    const id = `${lang}\u0000${key}`;
    let format = cache.get(id);
    if (!format) {
      // A missing key falls back to English, then to the key; a test keeps every locale complete.
      const source = messages[lang][key] ?? messages[DEFAULT_LANG][key];
      if (source === undefined) return key;
      format = new IntlMessageFormat(source, lang);
      cache.set(id, format);
    }
    return String(format.format(values));
  }
  return {
    t,
    translator: (lang) => (key, values) => t(lang, key, values),
    formatDate: (lang, date) => dateFormats.get(lang)!.format(date),
  };
}

/** Picks the best supported language from an Accept-Language header; English when nothing matches. */
export function negotiateLanguage(header: string | undefined): Lang {
  if (!header) return DEFAULT_LANG;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0];
    if (isLang(base)) return base;
  }
  return DEFAULT_LANG;
}
