import { describe, expect, it } from 'vitest';
import { textOps } from '../../../../tests/support/pdf-text.ts';
import { birthdaysCsv, birthdaysIcal, type BirthdayGroup, type BirthdayLabels } from './birthdays.formats.ts';
import { birthdaysPdf } from './birthdays.pdf.ts';

const labels: BirthdayLabels = {
  title: 'Дни рождения',
  turns: (n) => `исполняется ${n}`,
  noAddress: 'Адрес неизвестен',
  generatedFor: '5 декабря 2026 – 3 февраля 2027',
};

const ADDRESS_LINES = ['ФКУ ИК-2 УФСИН России по Республике Мордовия', 'ул. Лесная, д. 1', 'пос. Явас, Зубово-Полянский р-н', '431120', 'RUSSIA'];

function person(date: string, i: number, extra: Partial<BirthdayGroup['entries'][number]> = {}): BirthdayGroup['entries'][number] {
  return {
    date, slug: `p${i}`, name: `Колесникова Мария ${i}`, age: 30 + (i % 40), url: `https://example.org/ru/p/p${i}`,
    address: { recipient: `Колесниковой Марии Александровне ${i}`, lines: ADDRESS_LINES, verified: true },
    lettersNote: i % 4 === 0 ? 'Письма от незнакомых людей могут не дойти' : null,
    ...extra,
  };
}

function manyGroups(days: number, perDay: number): BirthdayGroup[] {
  return Array.from({ length: days }, (_, d) => {
    const date = new Date(Date.UTC(2026, 11, 5 + d)).toISOString().slice(0, 10);
    return { date, label: `День ${d + 1}`, entries: Array.from({ length: perDay }, (_, k) => person(date, d * perDay + k)) };
  });
}

describe('birthdaysPdf', () => {
  it('embeds DejaVu Sans and prints the Cyrillic address block exactly, line by line', async () => {
    const date = '2026-12-05';
    const pdf = await birthdaysPdf([{ date, label: 'Суббота, 5 декабря', entries: [person(date, 4)] }], labels, 'ru');
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF')).toBe(true);
    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\n/);
    expect(raw).toContain('/Lang (ru)');
    const texts = textOps(pdf).map((o) => o.text);
    expect(texts).toEqual(expect.arrayContaining(['Дни рождения', 'Суббота, 5 декабря', 'Колесникова Мария 4', '  исполняется 34', 'Письма от незнакомых людей могут не дойти', '1 / 1']));
    const i = texts.indexOf('Колесниковой Марии Александровне 4');
    expect(texts.slice(i, i + 1 + ADDRESS_LINES.length)).toEqual(['Колесниковой Марии Александровне 4', ...ADDRESS_LINES]);
  });

  it('shrinks an over-long address line instead of wrapping it, and handles missing data', async () => {
    const date = '2026-12-06';
    const long = 'Республика Беларусь, Минская область, Пуховичский район, посёлок Дзержинского, улица Центральная, дом 1';
    const pdf = await birthdaysPdf([{ date, label: 'd', entries: [
      person(date, 1, { address: { recipient: 'Иванову', lines: [long, 'BELARUS'], verified: true } }),
      person(date, 2, { address: null, age: null }),
    ] }], labels, 'ru');
    const ops = textOps(pdf);
    const line = ops.filter((o) => o.text === long);
    expect(line).toHaveLength(1);
    expect(line[0].size).toBeLessThan(10.5);
    expect(ops.map((o) => o.text)).toContain('Адрес неизвестен');
    // Unknown birth year: no "turns N" after the name.
    const texts = ops.map((o) => o.text);
    expect(texts[texts.indexOf('Колесникова Мария 2') + 1]).toBe('Адрес неизвестен');
  });

  it('renders 60 days × ~150 Cyrillic blocks on many pages, never splitting a block', async () => {
    const groups = manyGroups(60, 3).map((g, d) => (d % 3 === 0 ? { ...g, entries: g.entries.slice(0, 1) } : g)); // 140 people
    const pdf = await birthdaysPdf(groups, labels, 'ru'); // its speed is measured by `npm run bench`, not here
    const pageCount = (pdf.toString('latin1').match(/\/Type \/Page\n/g) ?? []).length;
    expect(pageCount).toBeGreaterThan(1);

    const ops = textOps(pdf);
    for (let page = 1; page <= pageCount; page++) {
      const onPage = ops.filter((o) => o.page === page);
      // Footer "n / total" on every page.
      expect(onPage.map((o) => o.text)).toContain(`${page} / ${pageCount}`);
      // Each page after the first opens with a day heading (13pt) or a name (11pt bold), never mid-block.
      if (page > 1) expect([11, 13]).toContain(onPage[0].size);
      // Body text stays above the bottom margin (60pt); the footer (8pt) sits inside it.
      for (const o of onPage.filter((o) => o.size !== 8)) expect(o.y).toBeGreaterThan(60);
      // A day heading is never the last thing on a page.
      expect(onPage.at(-2)!.size).not.toBe(13);
    }
    // Every address line of every person made it into the document.
    expect(ops.filter((o) => o.text === ADDRESS_LINES[0])).toHaveLength(140);
  });
});

describe('birthdaysCsv', () => {
  it('writes one row per person with the address block in one quoted cell', () => {
    const date = '2026-12-05';
    const groups: BirthdayGroup[] = [{ date, label: 'x', entries: [person(date, 1), person(date, 2, { address: null, age: null })] }];
    const csv = birthdaysCsv(groups, { date: 'Дата', name: 'Имя', age: 'Возраст', address: 'Адрес', url: 'Ссылка' });
    expect(csv.startsWith('\uFEFFДата,Имя,Возраст,Адрес,Ссылка\r\n')).toBe(true);
    const address = ['Колесниковой Марии Александровне 1', ...ADDRESS_LINES].join('\n');
    expect(csv).toContain(`\r\n2026-12-05,Колесникова Мария 1,31,"${address}",https://example.org/ru/p/p1\r\n`);
    expect(csv.endsWith('2026-12-05,Колесникова Мария 2,,,https://example.org/ru/p/p2\r\n')).toBe(true);
    // Three records: header + two people (newlines inside quotes do not count).
    expect(csv.split('\r\n')).toHaveLength(4);
  });
});

describe('birthdaysIcal', () => {
  const base = { summary: 'День рождения: Колесникова Мария Александровна, Минск', description: 'Адрес:\nФКУ ИК-2; RUSSIA', url: 'https://example.org/ru/p/a' };
  const ics = birthdaysIcal(
    [
      { uid: 'a@solidarity.example', month: 12, day: 5, nextDate: '2026-12-05', ...base },
      { uid: 'b@solidarity.example', month: 2, day: 29, nextDate: '2027-03-01', ...base },
    ],
    { prodId: '-//Solidarity Post//Birthdays//RU', name: 'Дни рождения политзаключённых' },
  );
  const unfolded = ics.replace(/\r\n /g, '');

  it('writes one yearly all-day VEVENT per entry with its UID', () => {
    expect(unfolded.match(/BEGIN:VEVENT\r\n/g)).toHaveLength(2);
    expect(unfolded).toContain('UID:a@solidarity.example');
    expect(unfolded).toContain('UID:b@solidarity.example');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20261205\r\nDTEND;VALUE=DATE:20261206\r\nRRULE:FREQ=YEARLY\r\n');
    expect(unfolded).toContain('SUMMARY:День рождения: Колесникова Мария Александровна\\, Минск');
    expect(unfolded).toContain('DESCRIPTION:Адрес:\\nФКУ ИК-2\\; RUSSIA');
    expect(unfolded).toContain('X-WR-CALNAME:Дни рождения политзаключённых');
  });

  it('puts a 29 February birthday on the last day of February every year', () => {
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20270228\r\nDTEND;VALUE=DATE:20270301\r\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1\r\n');
  });

  it('folds long Cyrillic lines to 75 octets', () => {
    const physical = ics.split('\r\n');
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    for (const l of physical) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
  });
});
