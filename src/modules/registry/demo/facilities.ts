// Real, public detention facilities used by the demo data and the test builders.
// Addresses are written as on an envelope, in Russian Cyrillic (Belarusian facilities accept
// that too). For Russian facilities nameRu is the institution line that precedes the street.
// Entries marked "address unverified" were written from memory: check before relying on them.
import type { FacilityInput } from '../registry.model.ts';

type DemoFacility = FacilityInput & { slug: string };

const BY_NOTES = {
  en: 'Letters in Russian or Belarusian only; no enclosures. Letters are censored and may take weeks.',
  ru: 'Письма только на русском или белорусском языке, без вложений. Письма проходят цензуру и могут идти неделями.',
};
const BY_PRETRIAL_NOTES = {
  en: 'Letters in Russian or Belarusian only; do not discuss the case. Postcards and photos often do not arrive.',
  ru: 'Письма только на русском или белорусском языке; не пишите о деле. Открытки и фото часто не доходят.',
};
const RU_NOTES = {
  en: 'Letters in Russian only; can also be sent through the FSIN-Pismo service. Do not discuss the case.',
  ru: 'Письма только на русском языке; можно отправить через сервис «ФСИН-письмо». Не пишите о деле.',
};
const KZ_NOTES = {
  en: 'Letters in Russian or Kazakh; include the full name and year of birth on the envelope.',
  ru: 'Письма на русском или казахском языке; на конверте укажите ФИО и год рождения.',
};

export const DEMO_FACILITIES: DemoFacility[] = [
  // ---- Belarus ----
  {
    slug: 'sizo-1-minsk',
    nameBe: 'СІЗА-1', nameRu: 'СИЗО-1', nameEn: 'Pre-trial detention centre No. 1, Minsk',
    kind: 'pretrial', country: 'BY', postalCode: '220030', region: null, city: 'г. Минск',
    street: 'ул. Володарского, 2', addressPublished: null, notes: BY_PRETRIAL_NOTES,
  },
  {
    slug: 'turma-8-zhodzina',
    nameBe: 'Турма №8 (СІЗА-8)', nameRu: 'Тюрьма №8 (СИЗО-8)', nameEn: 'Prison No. 8 (pre-trial detention), Zhodzina',
    kind: 'pretrial', country: 'BY', postalCode: '222163', region: 'Минская обл.', city: 'г. Жодино',
    street: 'ул. Советская, 22а', addressPublished: null, notes: BY_PRETRIAL_NOTES,
  },
  {
    // address unverified: postal code and house number from memory
    slug: 'sizo-3-homiel',
    nameBe: 'СІЗА-3', nameRu: 'СИЗО-3', nameEn: 'Pre-trial detention centre No. 3, Homiel',
    kind: 'pretrial', country: 'BY', postalCode: '246023', region: null, city: 'г. Гомель',
    street: 'ул. Книжная, 1а', addressPublished: null, notes: BY_PRETRIAL_NOTES,
  },
  {
    // address unverified: postal code from memory
    slug: 'sizo-2-viciebsk',
    nameBe: 'СІЗА-2', nameRu: 'СИЗО-2', nameEn: 'Pre-trial detention centre No. 2, Viciebsk',
    kind: 'pretrial', country: 'BY', postalCode: '210602', region: null, city: 'г. Витебск',
    street: 'ул. Гагарина, 2', addressPublished: null, notes: BY_PRETRIAL_NOTES,
  },
  {
    // address unverified: postal code and house number from memory (the street is right)
    slug: 'turma-1-hrodna',
    nameBe: 'Турма №1', nameRu: 'Тюрьма №1', nameEn: 'Prison No. 1, Hrodna',
    kind: 'prison', country: 'BY', postalCode: '230023', region: null, city: 'г. Гродно',
    street: 'ул. Кирова, 1', addressPublished: null, notes: BY_NOTES,
  },
  {
    slug: 'turma-4-mahiliou',
    nameBe: 'Турма №4', nameRu: 'Тюрьма №4', nameEn: 'Prison No. 4, Mahiliou',
    kind: 'prison', country: 'BY', postalCode: '212011', region: null, city: 'г. Могилев',
    street: 'ул. Крупской, 99а', addressPublished: null, notes: BY_NOTES,
  },
  {
    slug: 'ik-17-shklou',
    nameBe: 'ПК-17', nameRu: 'ИК-17', nameEn: 'Penal colony No. 17, Shklou',
    kind: 'colony', country: 'BY', postalCode: '213004', region: 'Могилевская обл.', city: 'г. Шклов',
    street: 'ул. 1-я Заводская, 8', addressPublished: null, notes: BY_NOTES,
  },
  {
    slug: 'ik-15-vejna',
    nameBe: 'ПК-15', nameRu: 'ИК-15', nameEn: 'Penal colony No. 15, Vejna (Mahiliou district)',
    kind: 'colony', country: 'BY', postalCode: '213105', region: 'Могилевская обл.', city: 'Могилевский р-н, пос. Вейно',
    street: 'Славгородское шоссе, 183', addressPublished: null, notes: BY_NOTES,
  },
  {
    // address unverified: house number from memory
    slug: 'ik-4-homiel',
    nameBe: 'ПК-4', nameRu: 'ИК-4', nameEn: 'Penal colony No. 4 (women), Homiel',
    kind: 'colony', country: 'BY', postalCode: '246035', region: null, city: 'г. Гомель',
    street: 'ул. Антошкина, 3', addressPublished: null, notes: BY_NOTES,
  },
  {
    // address unverified: street and number from memory
    slug: 'ik-2-babruisk',
    nameBe: 'ПК-2', nameRu: 'ИК-2', nameEn: 'Penal colony No. 2, Babruisk',
    kind: 'colony', country: 'BY', postalCode: '213800', region: 'Могилевская обл.', city: 'г. Бобруйск',
    street: 'ул. Сикорского, 1', addressPublished: null, notes: BY_NOTES,
  },
  {
    // address unverified: street and number from memory
    slug: 'ik-1-navapolack',
    nameBe: 'ПК-1', nameRu: 'ИК-1', nameEn: 'Penal colony No. 1, Navapolack',
    kind: 'colony', country: 'BY', postalCode: '211440', region: 'Витебская обл.', city: 'г. Новополоцк',
    street: 'ул. Техническая, 8', addressPublished: null, notes: BY_NOTES,
  },
  // ---- Russia ----
  {
    slug: 'sizo-1-moskva',
    nameBe: 'СІЗА-1, Масква', nameRu: 'ФКУ СИЗО-1 УФСИН России по г. Москве',
    nameEn: 'Pre-trial detention centre No. 1 (Matrosskaya Tishina), Moscow',
    kind: 'pretrial', country: 'RU', postalCode: '107076', region: null, city: 'г. Москва',
    street: 'ул. Матросская Тишина, 18', addressPublished: null, notes: RU_NOTES,
  },
  {
    slug: 'sizo-2-lefortovo',
    nameBe: 'СІЗА-2 «Лефортава», Масква', nameRu: 'ФКУ СИЗО-2 ФСИН России',
    nameEn: 'Pre-trial detention centre No. 2 (Lefortovo), Moscow',
    kind: 'pretrial', country: 'RU', postalCode: '111020', region: null, city: 'г. Москва',
    street: 'ул. Лефортовский Вал, 5, корп. 2', addressPublished: null,
    notes: {
      en: 'Letters in Russian only. Censorship here is slow: replies can take a month or more.',
      ru: 'Письма только на русском языке. Цензура здесь медленная: ответ может идти месяц и дольше.',
    },
  },
  {
    // address unverified: postal code from memory (the street is right)
    slug: 'sizo-6-moskva',
    nameBe: 'СІЗА-6, Масква', nameRu: 'ФКУ СИЗО-6 УФСИН России по г. Москве',
    nameEn: 'Pre-trial detention centre No. 6 (women), Moscow',
    kind: 'pretrial', country: 'RU', postalCode: '109383', region: null, city: 'г. Москва',
    street: 'ул. Шоссейная, 92', addressPublished: null, notes: RU_NOTES,
  },
  {
    // address unverified: house number and postal code from memory (the street is right)
    slug: 'ik-2-pokrov',
    nameBe: 'ПК-2, Пакроў', nameRu: 'ФКУ ИК-2 УФСИН России по Владимирской области',
    nameEn: 'Penal colony No. 2, Pokrov (Vladimir region)',
    kind: 'colony', country: 'RU', postalCode: '601120', region: 'Владимирская обл.', city: 'Петушинский р-н, г. Покров',
    street: 'ул. Франца Штольверка, 1', addressPublished: null, notes: RU_NOTES,
  },
  {
    slug: 'sizo-5-sankt-peterburg',
    nameBe: 'СІЗА-5, Санкт-Пецярбург', nameRu: 'ФКУ СИЗО-5 УФСИН России по г. Санкт-Петербургу и Ленинградской области',
    nameEn: 'Pre-trial detention centre No. 5 (women), Saint Petersburg',
    kind: 'pretrial', country: 'RU', postalCode: '195009', region: null, city: 'г. Санкт-Петербург',
    street: 'ул. Арсенальная, 9', addressPublished: null, notes: RU_NOTES,
  },
  {
    // address unverified: postal code from memory
    slug: 'sizo-1-ekaterinburg',
    nameBe: 'СІЗА-1, Екацярынбург', nameRu: 'ФКУ СИЗО-1 ГУФСИН России по Свердловской области',
    nameEn: 'Pre-trial detention centre No. 1, Yekaterinburg',
    kind: 'pretrial', country: 'RU', postalCode: '620028', region: 'Свердловская обл.', city: 'г. Екатеринбург',
    street: 'ул. Репина, 4а', addressPublished: null, notes: RU_NOTES,
  },
  // ---- Kazakhstan ----
  {
    // address unverified: postal code is the city's general one
    slug: 'la-155-18-almaty',
    nameBe: 'СІЗА ЛА-155/18, Алматы', nameRu: 'Учреждение ЛА-155/18',
    nameEn: 'Pre-trial detention centre LA-155/18, Almaty',
    kind: 'pretrial', country: 'KZ', postalCode: '050000', region: null, city: 'г. Алматы',
    street: 'ул. Красногорская, 73', addressPublished: null, notes: KZ_NOTES,
  },
  {
    // address unverified: postal code is the city's general one
    slug: 'sizo-kostanay',
    nameBe: 'Следчы ізалятар, Кастанай', nameRu: 'Следственный изолятор ДУИС по Костанайской области',
    nameEn: 'Pre-trial detention centre, Kostanay',
    kind: 'pretrial', country: 'KZ', postalCode: '110000', region: 'Костанайская обл.', city: 'г. Костанай',
    street: 'ул. Жангельдина, 9', addressPublished: null, notes: KZ_NOTES,
  },
];
