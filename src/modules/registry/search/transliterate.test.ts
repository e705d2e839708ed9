import { describe, it, expect } from 'vitest';
import { transliterateBe, type BeSystem } from './transliterate.be.ts';
import { transliterateRu, type RuSystem } from './transliterate.ru.ts';

const be = (system: BeSystem, cases: Record<string, string>) => {
  for (const [cyr, latin] of Object.entries(cases)) expect(transliterateBe(cyr, system), cyr).toBe(latin);
};
const ru = (system: RuSystem, cases: Record<string, string>) => {
  for (const [cyr, latin] of Object.entries(cases)) expect(transliterateRu(cyr, system), cyr).toBe(latin);
};

describe('Belarusian national system (2007 Instruction, UNGEGN)', () => {
  it('renders the examples of the 2007 instruction (pravo.by 2007-159)', () => {
    be('national', {
      Аршанскі: 'Aršanski',
      Бешанковічы: 'Biešankovičy',
      Віцебск: 'Viciebsk',
      Гомель: 'Homieĺ',
      Гаўя: 'Haŭja',
      Добруш: 'Dobruš',
      Ельск: 'Jeĺsk',
      Бабаедава: 'Babajedava',
      Венцавічы: 'Viencavičy',
      Ёды: 'Jody',
      "Вераб'ёвічы": 'Vierabjovičy',
      Мёры: 'Miory',
      Зэльва: 'Zeĺva',
      Іванава: 'Ivanava',
      Іўе: 'Iŭje',
      Лагойск: 'Lahojsk',
      Круглае: 'Kruhlaje',
      Лошыца: 'Lošyca',
      Любань: 'Liubań',
      Магілёў: 'Mahilioŭ',
      Нясвіж: 'Niasviž',
      Рагачоў: 'Rahačoŭ',
      Смаргонь: 'Smarhoń',
      Шаркаўшчына: 'Šarkaŭščyna',
      Фаніпаль: 'Fanipaĺ',
      Хоцімск: 'Chocimsk',
      'Цёмны Лес': 'Ciomny Lies',
      Чавусы: 'Čavusy',
      Чыгірынка: 'Čyhirynka',
      Чэрвень: 'Červień',
      Друць: 'Druć',
      Юхнаўка: 'Juchnaŭka',
      Гаюціна: 'Hajucina',
      Цюрлі: 'Ciurli',
      Ямнае: 'Jamnaje',
      Баяры: 'Bajary',
      "Валяр'яны": 'Valiarjany',
      Вязынка: 'Viazynka',
      Беларусь: 'Bielaruś',
    });
  });

  it('renders the place names of the brief and keeps capitals', () => {
    be('national', { Шклоў: 'Škloŭ', Жодзіна: 'Žodzina', Брэст: 'Brest', Гродна: 'Hrodna', Менск: 'Miensk', ШКЛОЎ: 'ŠKLOŬ' });
  });

  it('writes the soft sign as an acute on з л н с ц (and дз)', () => {
    be('national', { Васільева: 'Vasiĺjeva', Алесь: 'Alieś', Кузьміч: 'Kuźmič', Дзьмітры: 'Dźmitry' });
  });
});

describe('Belarusian Łacinka', () => {
  it('writes hard l as ł and soft l without i', () => {
    be('lacinka', {
      'Алесь Бяляцкі': 'Aleś Bialacki',
      Беларусь: 'Biełaruś',
      Лукашэнка: 'Łukašenka',
      Магілёў: 'Mahiloŭ',
      Менск: 'Miensk',
      Вільня: 'Vilnia',
      Любоў: 'Luboŭ',
      'Святлана Ціханоўская': 'Sviatłana Cichanoŭskaja',
      'Марыя Калеснікава': 'Maryja Kalesnikava',
    });
  });
});

describe('Belarusian BGN/PCGN 1979 (examples of the BGN table; CLDR Belarusian-Latin-BGN)', () => {
  it('renders the table examples', () => {
    be('bgn', {
      Антон: 'Anton',
      Вілейка: 'Vilyeyka',
      Брэст: 'Brest',
      Віцебск: 'Vitsyebsk',
      Асіповічы: 'Asipovichy',
      Гродна: 'Hrodna',
      Брагін: 'Brahin',
      Гомель: 'Homyelʹ',
      Беліца: 'Byelitsa',
      Ёдкавічы: 'Yodkavichy',
      Нёман: 'Nyoman',
      Жлобін: 'Zhlobin',
      Ружаны: 'Ruzhany',
      Зоя: 'Zoya',
      Ігнат: 'Ihnat',
      Йосель: 'Yosyelʹ',
      Койданава: 'Koydanava',
      Крапіўна: 'Krapiwna',
      Магілёў: 'Mahilyow',
      Навагрудак: 'Navahrudak',
      Лепель: 'Lyepyelʹ',
    });
  });
});

describe('Belarusian passport (MVD 2008/2010, ICAO letters)', () => {
  it('renders the MVD examples', () => {
    be('passport', {
      'Бабрыковіч Аляксандр': 'Babrykovich Aliaksandr',
      'Міховіч Марыя': 'Mikhovich Maryia',
      Максім: 'Maksim',
      Іван: 'Ivan',
      СВЯТЛАНА: 'SVIATLANA',
      Ігар: 'Ihar',
      МІХАІЛ: 'MIKHAIL',
      Мікалай: 'Mikalai',
      'Палто Алена': 'Palto Alena',
    });
  });

  it('renders the names as printed in passports and the press', () => {
    be('passport', {
      'Святлана Ціханоўская': 'Sviatlana Tsikhanouskaya',
      'Марыя Калеснікава': 'Maryia Kalesnikava',
      'Алесь Бяляцкі': 'Ales Bialiatski',
      Сяргей: 'Siarhei',
      Уладзімір: 'Uladzimir',
      Дзмітрый: 'Dzmitry',
      Яўген: 'Yauhen',
      Аляксандр: 'Aliaksandr',
      Паўлавец: 'Paulavets',
      'Яна Арабейка': 'Yana Arabeika',
    });
  });
});

describe('Russian BGN/PCGN 1947 (CLDR Russian-Latin-BGN)', () => {
  it('writes ye/yë at the start of a syllable and e/ë after consonants', () => {
    ru('bgn', {
      Екатеринбург: 'Yekaterinburg',
      Ессентуки: 'Yessentuki',
      Щёлково: 'Shchëlkovo',
      Подъячев: 'Podʺyachev',
      Чайковский: 'Chaykovskiy',
      'Юрьев-Польский': 'Yurʹyev-Polʹskiy',
      Хабаровск: 'Khabarovsk',
      Объединение: 'Obʺyedineniye',
      Егор: 'Yegor',
      'Мария Колесникова': 'Mariya Kolesnikova',
      'Яна Оробейко': 'Yana Orobeyko',
    });
  });
});

describe('Russian ISO 9:1995 / GOST 7.79 System A', () => {
  it('uses one letter per letter', () => {
    ru('iso9', {
      Щёлково: 'Ŝëlkovo',
      Юлия: 'Ûliâ',
      Электросталь: 'Èlektrostalʹ',
      Подъячев: 'Podʺâčev',
      Хабаровск: 'Habarovsk',
      Чайковский: 'Čajkovskij',
      Цимлянск: 'Cimlânsk',
      Жуковский: 'Žukovskij',
    });
  });
});

describe('Russian passport (ICAO Doc 9303, since 2013)', () => {
  it('renders the ICAO letters', () => {
    ru('passport', {
      Юлия: 'Iuliia',
      Сергей: 'Sergei',
      Дмитрий: 'Dmitrii',
      Андрей: 'Andrei',
      Наталья: 'Natalia',
      Артём: 'Artem',
      Подъячев: 'Podieiachev',
      Щукин: 'Shchukin',
      Цветаева: 'Tsvetaeva',
      'Мария Колесникова': 'Mariia Kolesnikova',
      'Яна Оробейко': 'Iana Orobeiko',
    });
  });

  it('renders the old passport table', () => {
    ru('passport_old', {
      Юлия: 'Yuliya',
      Дмитрий: 'Dmitriy',
      Сергей: 'Sergey',
      Егор: 'Egor',
      Наталья: 'Natalya',
      Артём: 'Artem',
      'Мария Колесникова': 'Mariya Kolesnikova',
      'Яна Оробейко': 'Yana Orobeyko',
    });
  });

  it('gives Kazakh letters a plain Latin letter rather than leaking Cyrillic', () => {
    expect(transliterateRu('Әлия Қасымова', 'passport')).toBe('Aliia Kasymova');
  });
});
