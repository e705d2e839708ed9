import { describe, expect, it } from 'vitest';
import { FACILITY_KINDS } from '../registry.model.ts';
import { DEMO_FACILITIES } from './facilities.ts';
import {
  BELARUSIAN_GIVEN,
  BELARUSIAN_SURNAMES,
  DESCRIPTIONS,
  INTERESTS,
  KAZAKH_GIVEN,
  KAZAKH_PATRONYMICS,
  KAZAKH_SURNAMES,
  NAME_PAIRS_TO_AVOID,
  PATRONYMICS,
  RUSSIAN_GIVEN,
  RUSSIAN_PATRONYMICS,
  RUSSIAN_SURNAMES,
} from './names.ts';

// Cyrillic letters plus space, hyphen, dot, comma, digits and №; Belarusian may use an apostrophe.
const CYRILLIC = /^[\u0400-\u04FF0-9 .,№-]+$/u;
const BELARUSIAN = /^[\u0400-\u04FF0-9 .,№’'-]+$/u;
// Facility lines may also carry quotes, parentheses and a slash (ЛА-155/18).
const FACILITY_LINE = /^[\u0400-\u04FF0-9 .,№’«»()/-]+$/u;

function between(n: number, min: number, max: number) {
  expect(n).toBeGreaterThanOrEqual(min);
  expect(n).toBeLessThanOrEqual(max);
}
function expectUnique(values: string[]) {
  const seen = new Set<string>();
  const dupes = values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
  expect(dupes).toEqual([]);
}
function expectAll(values: string[], pattern: RegExp) {
  expect(values.filter((v) => !pattern.test(v) || v !== v.trim() || v.includes('  '))).toEqual([]);
}
const byGender = <T extends { gender: string }>(list: T[], g: string) => list.filter((x) => x.gender === g);

// Russian grammar gives these endings a separate female form; the other listed endings never change.
const RU_DECLINED = /(ов|ев|ёв|ин|ын|ский|цкий|ской)$/u;
const RU_INVARIABLE = /(ич|ко|ок|ук|ик|ых|их|ня|ец|ь|з|к|б|и)$/u;
const BE_DECLINED = /(аў|оў|еў|ёў|ін|ын|скі|цкі)$/u;

describe('demo names', () => {
  it('have the promised sizes', () => {
    between(byGender(BELARUSIAN_GIVEN, 'male').length, 30, 45);
    between(byGender(BELARUSIAN_GIVEN, 'female').length, 30, 45);
    between(BELARUSIAN_SURNAMES.length, 75, 95);
    between(PATRONYMICS.length, 25, 40);
    between(byGender(RUSSIAN_GIVEN, 'male').length, 25, 40);
    between(byGender(RUSSIAN_GIVEN, 'female').length, 25, 40);
    between(RUSSIAN_SURNAMES.length, 55, 75);
    between(RUSSIAN_PATRONYMICS.length, 20, 35);
    between(byGender(KAZAKH_GIVEN, 'male').length, 18, 30);
    between(byGender(KAZAKH_GIVEN, 'female').length, 18, 30);
    between(KAZAKH_SURNAMES.length, 35, 50);
    between(KAZAKH_PATRONYMICS.length, 13, 20);
    expect(KAZAKH_PATRONYMICS.filter((p) => p.male.endsWith(' улы') && p.female.endsWith(' кызы'))).toHaveLength(3);
    between(INTERESTS.length, 22, 35);
    between(DESCRIPTIONS.length, 18, 30);
  });

  it('are written in Cyrillic only', () => {
    const ru = [
      ...BELARUSIAN_GIVEN.map((g) => g.ru),
      ...BELARUSIAN_SURNAMES.flatMap((s) => [s.ru.male, s.ru.female]),
      ...PATRONYMICS.flatMap((p) => [p.ru.male, p.ru.female]),
      ...RUSSIAN_GIVEN.map((g) => g.ru),
      ...RUSSIAN_SURNAMES.flatMap((s) => [s.male, s.female]),
      ...RUSSIAN_PATRONYMICS.flatMap((p) => [p.male, p.female]),
      ...KAZAKH_GIVEN.map((g) => g.ru),
      ...KAZAKH_SURNAMES.flatMap((s) => [s.male, s.female]),
      ...KAZAKH_PATRONYMICS.flatMap((p) => [p.male, p.female]),
      ...INTERESTS.map((i) => i.ru),
      ...DESCRIPTIONS.map((d) => d.ru),
    ];
    expectAll(ru, CYRILLIC);
    // Russian strings never use the Belarusian-only letters і and ў.
    expect(ru.filter((v) => /[іў]/iu.test(v))).toEqual([]);
    const be = [
      ...BELARUSIAN_GIVEN.flatMap((g) => (g.be ? [g.be] : [])),
      ...BELARUSIAN_SURNAMES.flatMap((s) => (s.be ? [s.be.male, s.be.female] : [])),
      ...PATRONYMICS.flatMap((p) => (p.be ? [p.be.male, p.be.female] : [])),
      ...INTERESTS.map((i) => i.be),
      ...DESCRIPTIONS.map((d) => d.be),
    ];
    expectAll(be, BELARUSIAN);
    // Belarusian has no и, щ or ъ.
    expect(be.filter((v) => /[ищъ]/iu.test(v))).toEqual([]);
    expect([...INTERESTS, ...DESCRIPTIONS].filter((t) => !/^[\p{Script=Latin} ,.’'-]+$/u.test(t.en))).toEqual([]);
  });

  it('have no duplicates', () => {
    for (const g of ['male', 'female']) {
      expectUnique(byGender(BELARUSIAN_GIVEN, g).map((x) => x.ru));
      expectUnique(byGender(BELARUSIAN_GIVEN, g).map((x) => x.be ?? ''));
    }
    expectUnique(BELARUSIAN_SURNAMES.map((s) => s.ru.male));
    expectUnique(BELARUSIAN_SURNAMES.map((s) => s.be?.male ?? ''));
    expectUnique(PATRONYMICS.map((p) => p.ru.male));
    expectUnique(RUSSIAN_GIVEN.map((g) => g.ru));
    expectUnique(RUSSIAN_SURNAMES.map((s) => s.male));
    expectUnique(RUSSIAN_PATRONYMICS.map((p) => p.male));
    expectUnique(KAZAKH_GIVEN.map((g) => g.ru));
    expectUnique(KAZAKH_SURNAMES.map((s) => s.male));
    expectUnique(KAZAKH_PATRONYMICS.map((p) => p.male));
    expectUnique(INTERESTS.map((i) => i.en));
    expectUnique(INTERESTS.map((i) => i.ru));
    expectUnique(DESCRIPTIONS.map((d) => d.en));
  });

  it('give surnames a female form where grammar requires one', () => {
    const ru = [...BELARUSIAN_SURNAMES.map((s) => s.ru), ...RUSSIAN_SURNAMES, ...KAZAKH_SURNAMES];
    for (const s of ru) {
      if (RU_DECLINED.test(s.male)) {
        expect(s.female, s.male).not.toBe(s.male);
        expect(s.female, s.male).toMatch(/(а|ая)$/u);
      } else {
        expect(RU_INVARIABLE.test(s.male), `unexpected ending: ${s.male}`).toBe(true);
        expect(s.female, s.male).toBe(s.male);
      }
    }
    for (const s of BELARUSIAN_SURNAMES) {
      if (!s.be) continue;
      expect(BE_DECLINED.test(s.be.male), s.be.male).toBe(RU_DECLINED.test(s.ru.male));
      if (BE_DECLINED.test(s.be.male)) expect(s.be.female, s.be.male).toMatch(/(а|ая)$/u);
      else expect(s.be.female, s.be.male).toBe(s.be.male);
    }
  });

  it('differ realistically between Belarusian and Russian', () => {
    const differ = BELARUSIAN_SURNAMES.filter((s) => s.be && s.be.male !== s.ru.male).length;
    expect(differ / BELARUSIAN_SURNAMES.length).toBeGreaterThan(0.8);
    const given = BELARUSIAN_GIVEN.filter((g) => g.be && g.be !== g.ru).length;
    expect(given / BELARUSIAN_GIVEN.length).toBeGreaterThan(0.7);
    expect(BELARUSIAN_SURNAMES).toContainEqual({
      be: { male: 'Арабейка', female: 'Арабейка' },
      ru: { male: 'Оробейко', female: 'Оробейко' },
    });
  });

  it('give patronymics gendered endings', () => {
    const all = [...PATRONYMICS.flatMap((p) => (p.be ? [p.be, p.ru] : [p.ru])), ...RUSSIAN_PATRONYMICS, ...KAZAKH_PATRONYMICS];
    for (const p of all) {
      expect(p.male).toMatch(/(ич|іч| улы)$/u);
      expect(p.female).toMatch(/(на| кызы)$/u);
    }
  });

  it('list the pairs to avoid in forms the lists can produce', () => {
    const given = new Set([...BELARUSIAN_GIVEN, ...RUSSIAN_GIVEN, ...KAZAKH_GIVEN].map((g) => g.ru));
    const surnames = new Set([...BELARUSIAN_SURNAMES.flatMap((s) => [s.ru.male, s.ru.female]), ...RUSSIAN_SURNAMES.flatMap((s) => [s.male, s.female])]);
    for (const p of NAME_PAIRS_TO_AVOID) {
      expect(given.has(p.given), p.given).toBe(true);
      expect(surnames.has(p.surname), p.surname).toBe(true);
    }
  });
});

describe('demo facilities', () => {
  it('have the promised size and spread', () => {
    between(DEMO_FACILITIES.length, 18, 24);
    between(DEMO_FACILITIES.filter((f) => f.country === 'BY').length, 11, 15);
    between(DEMO_FACILITIES.filter((f) => f.country === 'RU').length, 4, 7);
    between(DEMO_FACILITIES.filter((f) => f.country === 'KZ').length, 2, 3);
    for (const kind of ['pretrial', 'colony', 'prison'] as const) {
      expect(DEMO_FACILITIES.some((f) => f.kind === kind), kind).toBe(true);
    }
  });

  it('are complete and written for an envelope', () => {
    for (const f of DEMO_FACILITIES) {
      expect(f.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(FACILITY_KINDS).toContain(f.kind);
      expect(f.postalCode, f.slug).toMatch(/^\d{6}$/);
      expect(f.street, f.slug).toBeTruthy();
      expect(f.city, f.slug).toBeTruthy();
      expect(f.nameRu && f.nameBe && f.nameEn, f.slug).toBeTruthy();
      expect(f.notes?.en && f.notes?.ru, f.slug).toBeTruthy();
      expect(f.addressPublished).toBeNull();
      const lines = [f.nameRu, f.nameBe, f.region, f.city, f.street].filter((v): v is string => !!v);
      expectAll(lines, FACILITY_LINE);
      expect(f.nameEn).toMatch(/^[A-Za-z0-9 .,()/-]+$/);
      if (f.region === null) expect(f.city, f.slug).toMatch(/^г\. /u);
      if (f.country === 'RU') expect(f.nameRu, f.slug).toMatch(/^ФКУ /u);
    }
  });

  it('have unique slugs and addresses', () => {
    expectUnique(DEMO_FACILITIES.map((f) => f.slug));
    expectUnique(DEMO_FACILITIES.map((f) => `${f.postalCode} ${f.street}`));
  });
});
