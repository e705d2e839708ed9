import { describe, it, expect } from 'vitest';
import { fold, isCyrillic, latinRenderings, normalise, personSearchKeys, queryKeys, skeleton } from './search-keys.ts';
import { BE_SYSTEMS, transliterateBe } from './transliterate.be.ts';
import { RU_SYSTEMS, transliterateRu } from './transliterate.ru.ts';

type Names = Parameters<typeof personSearchKeys>[0];

/** What the SQL ranks above trigrams: a stored key equal to, or starting with, a query key. */
const matches = (q: string, stored: string[]): boolean =>
  queryKeys(q).some((k) => stored.includes(k) || stored.some((s) => s.startsWith(k)));

describe('normalise, fold, skeleton, isCyrillic', () => {
  it('normalises case, ё, apostrophes and separators but keeps diacritics', () => {
    expect(normalise("  Дар’я  ЁЛКІНА-Сідорава ")).toBe('даря елкіна сідорава');
    expect(normalise('Aleś  Bialacki')).toBe('aleś bialacki');
    expect(normalise('Yurʹyev-Polʹskiy')).toBe('yuryev polskiy');
  });

  it('folds Latin diacritics only', () => {
    expect(fold('Łukašenka Cichanoŭskaja Ŝëlkovo Ûliâ Èlektrostal Homieĺ Dźmitry')).toBe(
      'lukasenka cichanouskaja selkovo ulia elektrostal homiel dzmitry',
    );
    expect(fold('Андрэй Йосель Ўла')).toBe('андрэй йосель ўла');
  });

  it('gives one skeleton to spellings that differ only in consonants and iotation', () => {
    const same = (...spellings: string[]) => expect(new Set(spellings.map(skeleton)).size, spellings.join(' / ')).toBe(1);
    same('Yegor', 'Egor', 'Jegor');
    same('Dmitriy', 'Dmitrii', 'Dmitry', 'Dmitrij');
    same('Aleksandr', 'Alexander', 'Alexandr');
    same('Yuliya', 'Julija', 'Iuliia', 'Ûliâ', 'Yulia');
    same('Khalip', 'Halip', 'Chalip');
    same('Tsikhanouskaya', 'Cichanoŭskaja', 'Cichanouskaja', 'Tsikhanowskaya');
    same('Ivanov', 'Iwanow', 'Ivanou', 'Ivanow');
    same('Fyodor', 'Fedor', 'Fiodor');
    same('Khodorkovskiy', 'Chodorkowski', 'Khodorkovsky');
    same('Shchukin', 'Ščukin', 'Szczukin', 'Ŝukin');
    same('Zhukovskiy', 'Žukovskij', 'Zhukowski');
    expect(skeleton('Kolesnikova')).not.toBe(skeleton('Kalesnikava'));
  });

  it('tells Cyrillic from Latin', () => {
    expect(isCyrillic('Яна Арабейка')).toBe(true);
    expect(isCyrillic('Yana Arabeika')).toBe(false);
    expect(isCyrillic('123')).toBe(false);
  });
});

describe('latinRenderings', () => {
  it('uses the Belarusian tables when і, ў or an apostrophe is present', () => {
    const r = latinRenderings('Ціханоўская', 'auto');
    expect(r).toEqual(expect.arrayContaining(['cichanouskaja', 'tsikhanouskaya', 'tsikhanowskaya']));
    expect(r).not.toContain('tsikhanouskaia');
  });

  it('uses the Russian tables when и, щ or ъ is present', () => {
    expect(latinRenderings('Юлия', 'auto').sort()).toEqual(['iuliia', 'ulia', 'yuliya']);
  });

  it('renders both families when the text could be either', () => {
    expect(latinRenderings('Яна Арабейка', 'auto')).toEqual(
      expect.arrayContaining(['jana arabiejka', 'yana arabeika', 'yana arabeyka', 'iana arabeika', 'ana arabejka']),
    );
  });
});

describe('personSearchKeys and queryKeys', () => {
  const arabeika: Names = { be: 'Арабейка Яна Сяргееўна', ru: 'Оробейко Яна Сергеевна', latin: 'Yana Arabeika' };

  it('stores Cyrillic, folded renderings and skeletons in both word orders, within ~40 keys', () => {
    const keys = personSearchKeys(arabeika);
    expect(keys.length).toBeLessThanOrEqual(40);
    expect(keys).toEqual(
      expect.arrayContaining(['арабейка яна сяргееўна', 'яна арабейка', 'оробейко яна сергеевна', 'yana arabeika', 'arabeika yana', 'jana arabiejka']),
    );
    for (const k of keys) expect(k).toBe(k.trim().replace(/\s+/g, ' '));
  });

  it('builds at most 12 query keys', () => {
    expect(queryKeys('Арабейка Яна Сяргееўна').length).toBeLessThanOrEqual(12);
    expect(queryKeys('Оробейко Яна')).toContain('оробейко яна');
    expect(queryKeys('Aleś Bialacki')).toEqual(['aleś bialacki', 'ales bialacki', skeleton('ales bialacki')]);
    expect(queryKeys('  ')).toEqual([]);
  });

  it('finds the well-known names from the spellings people use', () => {
    const cases: [Names, string[]][] = [
      [
        { be: 'Ціханоўская Святлана Георгіеўна', ru: 'Тихановская Светлана Георгиевна' },
        ['Sviatlana Tsikhanouskaya', 'Sviatłana Cichanoŭskaja', 'Svetlana Tikhanovskaya', 'Tsikhanouskaya', 'Cichanouskaja', 'Tikhanovskaya Svetlana'],
      ],
      [
        { be: 'Калеснікава Марыя Аляксандраўна', ru: 'Колесникова Мария Александровна' },
        ['Maryia Kalesnikava', 'Maria Kolesnikova', 'Mariya Kolesnikova', 'Mariia Kolesnikova', 'Kalesnikava', 'Kolesnikova Maria'],
      ],
      [{ be: 'Бяляцкі Алесь Віктаравіч', ru: 'Беляцкий Алесь Викторович' }, ['Ales Bialiatski', 'Aleś Bialacki', 'Ales Byalyatski', 'Bialiatski']],
      [
        { be: 'Арабейка Яна Сяргееўна', ru: 'Оробейко Яна Сергеевна' },
        ['Yana Arabeika', 'Jana Arabiejka', 'Arabejka', 'Yana Orobeyko', 'Iana Orobeiko', 'Orobeyko Yana Sergeyevna'],
      ],
      [{ be: 'Халіп Ірына Уладзіміраўна', ru: 'Халип Ирина Владимировна' }, ['Iryna Khalip', 'Iryna Halip', 'Iryna Chalip', 'Irina Khalip', 'Chalip']],
      [{ ru: 'Лебедев Егор Сергеевич' }, ['Yegor Lebedev', 'Egor Lebedev', 'Jegor Lebedew', 'Lebedev Yegor Sergeyevich']],
      [{ ru: 'Иванов Дмитрий Петрович' }, ['Dmitriy Ivanov', 'Dmitry Ivanov', 'Dmitrij Iwanow', 'Dmitrii Ivanov', 'Iwanow']],
      [{ ru: 'Петров Александр' }, ['Alexander Petrov', 'Aleksandr Petrov', 'Alexandr Petrow']],
      [{ ru: 'Навальная Юлия Борисовна' }, ['Yuliya Navalnaya', 'Julija Naval’naja', 'Iuliia Navalnaia', 'Yulia Navalnaya', 'Julia Nawalnaja']],
      [{ ru: 'Ходорковский Михаил Борисович' }, ['Mikhail Khodorkovsky', 'Michail Chodorkowski', 'Mikhail Khodorkovskiy']],
      [{ ru: 'Федоров Федор' }, ['Fyodor Fyodorov', 'Fedor Fedorov', 'Fiodor Fiodorov']],
    ];
    for (const [names, queries] of cases) {
      const stored = personSearchKeys(names);
      for (const q of queries) expect(matches(q, stored), `${q} → ${names.be ?? names.ru}`).toBe(true);
    }
  });

  it('does not match a different person', () => {
    const stored = personSearchKeys({ be: 'Калеснікава Марыя Аляксандраўна', ru: 'Колесникова Мария Александровна' });
    for (const q of ['Sviatlana Tsikhanouskaya', 'Ales Bialiatski', 'Iryna Khalip']) expect(matches(q, stored), q).toBe(false);
  });

  it('lets a Cyrillic query find a person stored only with a Latin name', () => {
    const stored = personSearchKeys({ latin: 'Andrei Chapiuk' });
    for (const q of ['Андрэй Чапюк', 'Андрей Чапюк', 'Чапюк Андрэй', 'Чапюк']) expect(matches(q, stored), q).toBe(true);
  });

  it('lets a query in one Cyrillic alphabet find a person stored in the other', () => {
    expect(matches('Андрэй Чапюк', personSearchKeys({ ru: 'Чапюк Андрей Николаевич' }))).toBe(true);
    expect(matches('Ирина Халип', personSearchKeys({ be: 'Халіп Ірына Уладзіміраўна' }))).toBe(true);
    expect(matches('Халип', personSearchKeys({ be: 'Халіп Ірына Уладзіміраўна' }))).toBe(true);
  });

  it('keeps a double surname together and reads other spellings in any order', () => {
    const stored = personSearchKeys({ be: 'Купрэвіч-Шэмет Ганна Пятроўна', others: ['Anna Kuprewitsch-Schemet', 'Шэмет Ганна'] });
    for (const q of ['Hanna Kuprevich-Shemet', 'Kuprevič-Šemiet Hanna', 'Anna Kuprewitsch Schemet', 'Schemet', 'Ганна Шэмет', 'Hanna Shemet'])
      expect(matches(q, stored), q).toBe(true);
  });

  // Игорь and Ігар are different names, not spellings: no key can be equal. The SQL's trigram similarity
  // still ranks the person, because the skeleton of the surname is equal and the given names are close.
  it('keeps a different-vowel Cyrillic query close to a Latin-only record (trigram similarity)', () => {
    const stored = personSearchKeys({ latin: 'Ihar Losik' });
    expect(matches('Игорь Лосик', stored)).toBe(false);
    const best = Math.max(...queryKeys('Игорь Лосик').flatMap((q) => stored.map((s) => trigramSimilarity(q, s))));
    expect(best).toBeGreaterThan(0.3); // pg_trgm's default similarity threshold
    expect(matches('Лосик', stored)).toBe(true);
  });
});

/** pg_trgm's similarity(): shared trigrams of the words padded with two spaces in front and one behind. */
function trigramSimilarity(a: string, b: string): number {
  const grams = (s: string) => {
    const set = new Set<string>();
    for (const w of s.split(' ').filter(Boolean)) {
      const padded = `  ${w} `;
      for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
    }
    return set;
  };
  const ga = grams(a);
  const gb = grams(b);
  const shared = [...ga].filter((g) => gb.has(g)).length;
  return shared / (ga.size + gb.size - shared);
}

// Invented people, Belarusian and Russian forms, surname first with patronymic.
const PEOPLE: [string, string][] = [
  ['Арабейка Яна Сяргееўна', 'Оробейко Яна Сергеевна'],
  ['Ціханоўская Святлана Георгіеўна', 'Тихановская Светлана Георгиевна'],
  ['Калеснікава Марыя Аляксандраўна', 'Колесникова Мария Александровна'],
  ['Бяляцкі Алесь Віктаравіч', 'Беляцкий Алесь Викторович'],
  ['Чапюк Андрэй Мікалаевіч', 'Чапюк Андрей Николаевич'],
  ['Халіп Ірына Уладзіміраўна', 'Халип Ирина Владимировна'],
  ['Лосік Ігар Аляксеевіч', 'Лосик Игорь Алексеевич'],
  ['Шчэрбін Яўген Пятровіч', 'Щербин Евгений Петрович'],
  ['Жукоўская Юлія Дзмітрыеўна', 'Жуковская Юлия Дмитриевна'],
  ['Мароз Дзмітрый Сяргеевіч', 'Мороз Дмитрий Сергеевич'],
  ['Хадасевіч Ёсіф Ільіч', 'Ходасевич Иосиф Ильич'],
  ['Цвяткоў Васіль Фёдаравіч', 'Цветков Василий Фёдорович'],
  ["Ярмоленка Кацярына Юр'еўна", 'Ярмоленко Екатерина Юрьевна'],
  ['Ёлкін Павел Андрэевіч', 'Ёлкин Павел Андреевич'],
  ['Гурская Наталля Вячаславаўна', 'Гурская Наталья Вячеславовна'],
  ['Пятрова Людміла Рыгораўна', 'Петрова Людмила Григорьевна'],
  ['Еўдакімаў Раман Ігаравіч', 'Евдокимов Роман Игоревич'],
  ['Шапавалаў Максім Лявонавіч', 'Шаповалов Максим Леонидович'],
  ["Лук'яненка Ала Іванаўна", 'Лукьяненко Алла Ивановна'],
  ['Кавалёў Уладзімір Пятровіч', 'Ковалёв Владимир Петрович'],
  ['Саланевіч Зміцер Міхайлавіч', 'Солоневич Дмитрий Михайлович'],
  ['Вярбіцкая Ганна Эдуардаўна', 'Вербицкая Анна Эдуардовна'],
  ['Дзюба Вольга Сцяпанаўна', 'Дзюба Ольга Степановна'],
  ["Чарнышоў Аляксей Юр'евіч", 'Чернышёв Алексей Юрьевич'],
  ['Шчукін Арцём Віталевіч', 'Щукин Артём Витальевич'],
  ['Хмяльніцкі Яраслаў Антонавіч', 'Хмельницкий Ярослав Антонович'],
  ['Зайцава Любоў Ільінічна', 'Зайцева Любовь Ильинична'],
  ['Бабарыка Віктар Дзмітрыевіч', 'Бабарико Виктор Дмитриевич'],
  ['Сцепанянка Таццяна Васілеўна', 'Степаненко Татьяна Васильевна'],
  ['Гайдукевіч Сяргей Генадзевіч', 'Гайдукевич Сергей Геннадьевич'],
  ['Мядзведзеў Юрый Аляксандравіч', 'Медведев Юрий Александрович'],
  ['Ясюкевіч Ксенія Паўлаўна', 'Ясюкевич Ксения Павловна'],
  ['Навумчык Кірыл Ігаравіч', 'Наумчик Кирилл Игоревич'],
  ['Пашкевіч Алена Леанідаўна', 'Пашкевич Елена Леонидовна'],
  ["Жылінская Дар'я Віктараўна", 'Жилинская Дарья Викторовна'],
  ['Цярэшчанка Міхаіл Уладзіслававіч', 'Терещенко Михаил Владиславович'],
  ['Ляшчэня Вольга Міхайлаўна', 'Лещеня Ольга Михайловна'],
  ['Шышкін Ілля Сямёнавіч', 'Шишкин Илья Семёнович'],
  ['Анісімава Ульяна Рыгораўна', 'Анисимова Ульяна Григорьевна'],
  ['Кузьміч Фёдар Эмануілавіч', 'Кузьмич Фёдор Эммануилович'],
  ['Грыб Уладзімір Ягоравіч', 'Гриб Владимир Егорович'],
  ['Селіванаў Аляксандр Іосіфавіч', 'Селиванов Александр Иосифович'],
];

/** Every word order a person might type, built from a surname-first [S, G, P] name. */
const typedOrders = ([s, g, p]: string[]): string[] => [`${g} ${s}`, `${s} ${g}`, `${g} ${p} ${s}`, `${s} ${g} ${p}`, s];

describe('property: every standard rendering finds the person', () => {
  const renderings = (cyr: string, family: 'be' | 'ru'): string[][] => {
    const words = cyr.split(' ');
    const systems = family === 'be' ? BE_SYSTEMS.map((s) => (w: string) => transliterateBe(w, s)) : RU_SYSTEMS.map((s) => (w: string) => transliterateRu(w, s));
    return systems.flatMap((tr) => {
      const rendered = words.map(tr);
      return [rendered, rendered.map(fold)];
    });
  };

  it.each(PEOPLE)('%s / %s', (beName, ruName) => {
    const stored = personSearchKeys({ be: beName, ru: ruName });
    expect(stored.length).toBeLessThanOrEqual(40);
    const misses: string[] = [];
    for (const [cyr, family] of [[beName, 'be'], [ruName, 'ru']] as const) {
      for (const q of typedOrders(cyr.split(' '))) if (!matches(q, stored)) misses.push(q);
      for (const r of renderings(cyr, family)) for (const q of typedOrders(r)) if (!matches(q, stored)) misses.push(q);
    }
    expect(misses).toEqual([]);
  });

  it.each(PEOPLE.slice(0, 10))('with only one language stored: %s / %s', (beName, ruName) => {
    for (const [cyr, family] of [[beName, 'be'], [ruName, 'ru']] as const) {
      const stored = personSearchKeys(family === 'be' ? { be: cyr } : { ru: cyr });
      const misses = renderings(cyr, family).flatMap(typedOrders).filter((q) => !matches(q, stored));
      expect(misses).toEqual([]);
    }
  });
});
