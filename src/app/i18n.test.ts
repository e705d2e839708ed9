import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { createI18n, LANGUAGES, loadMessages, negotiateLanguage } from './i18n.ts';
import { ROLES } from './roles.ts';

const messages = loadMessages();

// Message keys travel as values only in these namespaces (form errors, error codes, notices).
const KEY_VALUE_NAMESPACES = /^(form|errors|notice|checkEmail)\./;

/** Every key the source uses: the literals inside t(...) calls and key-valued literals of the namespaces above. */
function keysUsedInCode(): Set<string> {
  const used = new Set<string>();
  const literal = /['"]([a-zA-Z0-9]+(?:\.[A-Za-z0-9_]+)+)['"]/g;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) {
        const source = fs.readFileSync(file, 'utf8');
        for (const call of source.matchAll(/\bt\(\s*([^,)]*)/g)) for (const m of call[1].matchAll(literal)) used.add(m[1]);
        for (const m of source.matchAll(literal)) if (KEY_VALUE_NAMESPACES.test(m[1])) used.add(m[1]);
        for (const m of source.matchAll(/messageKey="([^"]+)"/g)) used.add(m[1]);
      }
    }
  };
  walk('src');
  for (const role of ROLES) used.add(`role.${role}`); // built as `role.${r}`
  return used;
}

describe('translations', () => {
  it('have every key the code uses, in every language', () => {
    const used = keysUsedInCode();
    expect(used.size).toBeGreaterThan(100);
    for (const lang of LANGUAGES) {
      const missing = [...used].filter((k) => !(k in messages[lang]));
      expect(missing, `missing in ${lang}`).toEqual([]);
    }
  });

  // Every placeholder the messages use, so formatting a message proves its placeholders are known ones.
  const SAMPLE_VALUES = { title: 'T', hours: 48, targets: 2, count: 2, email: 'a@b.c', name: 'N', date: 'D', page: 2, age: 30, article: '293', part: '2', contact: 'c', max: 500, address: 'A', language: 'de', pages: 2, n: 1, days: 30 };

  it('have the same keys in every language as in English, each a valid ICU message', () => {
    for (const lang of LANGUAGES) {
      expect(Object.keys(messages[lang]).sort(), lang).toEqual(Object.keys(messages.en).sort());
      for (const [key, source] of Object.entries(messages[lang])) {
        expect(() => new IntlMessageFormat(source, lang).format(SAMPLE_VALUES), `${lang} ${key}`).not.toThrow();
      }
    }
  });

  it('are not left in English', () => {
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      expect(messages[lang]['home.lead'], lang).not.toBe(messages.en['home.lead']);
      expect(messages[lang]['errors.not_found'], lang).not.toBe(messages.en['errors.not_found']);
    }
  });

  it('use Belarusian, Russian and Ukrainian plural forms', () => {
    const i18n = createI18n();
    const forms = (lang: 'be' | 'ru' | 'uk') => [1, 2, 5, 21, 22, 25].map((n) => i18n.t(lang, 'admin.users.caption', { count: n }).split(' ')[1]);
    for (const lang of ['be', 'ru', 'uk'] as const) {
      const [one, few, many, one21, few22, many25] = forms(lang);
      expect(new Set([one, few, many]).size, lang).toBe(3);
      expect([one21, few22, many25]).toEqual([one, few, many]);
    }
  });

  it('format dates in the language', () => {
    const i18n = createI18n();
    const d = new Date(Date.UTC(2026, 2, 8));
    expect(i18n.formatDate('be', d)).toMatch(/сакавіка/);
    expect(i18n.formatDate('ru', d)).toMatch(/марта/);
    expect(i18n.formatDate('de', d)).toBe('8. März 2026');
  });

  it('negotiate the language from Accept-Language', () => {
    expect(negotiateLanguage('de-CH,de;q=0.9,en;q=0.8')).toBe('de');
    expect(negotiateLanguage('ja;q=1, uk;q=0.5')).toBe('uk');
    expect(negotiateLanguage('en;q=0, be;q=0.1')).toBe('be');
    expect(negotiateLanguage('x-klingon')).toBe('en');
    expect(negotiateLanguage(undefined)).toBe('en');
  });
});
