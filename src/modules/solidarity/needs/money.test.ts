import { describe, expect, it } from 'vitest';
import { findMoneyAmount } from './money.ts';

describe('amounts of money in needs and promises', () => {
  const amounts: [string, string][] = [
    ['I will send 50 € for the lawyer', '50 €'],
    ['€50 towards the parcel', '€50'],
    ['$ 20 every month', '$ 20'],
    ['100$ to the family', '100$'],
    ['30 zł na książki', '30 zł'],
    ['Przeleję 200 złotych', '200 złotych'],
    ['Wyślę 15 zl', '15 zl'],
    ['Переведу 1 000 рублей', '1 000 рублей'],
    ['500 руб. на посылку', '500 руб.'],
    ['300 р. в месяц', '300 р.'],
    ['Дам 2 тыс. руб.', '2 тыс. руб.'],
    ['Пералічу 40 рублёў сям’і', '40 рублёў'],
    ['100 бел. руб. на адваката', '100 бел. руб.'],
    ['Каля 50 Br', '50 Br'],
    ['20 BYN for stamps', '20 BYN'],
    ['EUR 100 for the family', 'EUR 100'],
    ['usd50', 'usd50'],
    ['1,5k€ for legal help', '1,5k€'],
    ['200 euro for a lawyer', '200 euro'],
    ['Ich spende 30 Euro', '30 Euro'],
    ['Je donne 40 euros', '40 euros'],
    ['Enviaré 25 dólares', '25 dólares'],
    ['I can give 10 dollars', '10 dollars'],
    ['Надішлю 300 гривень', '300 гривень'],
    ['150 грн на передачу', '150 грн'],
    ['10 000 тенге', '10 000 тенге'],
    ['5 долларов', '5 долларов'],
    ['£15 a month', '£15'],
    ['50 CHF', '50 CHF'],
    ['200 Rubel für die Familie', '200 Rubel'],
    ['3 PLN', '3 PLN'],
    ['40 ₽', '40 ₽'],
  ];
  for (const [text, amount] of amounts) {
    it(`finds "${amount}" in "${text}"`, () => {
      expect(findMoneyAmount(text)).toBe(amount);
    });
  }

  const harmless = [
    'A parcel of books in March',
    'Warm clothes: 2 sweaters, size 48, and 3 pairs of socks',
    'Тёплые вещи: 2 рубашки и 3 пары носков, размер 52',
    'Рубахі 2 штукі, памер 50',
    '5 livres de poche en russe',
    '3 pounds of coffee',
    'Legal help with the appeal of 12 May',
    '10 europäische Briefmarken',
    'Książki: 4 tomy i 2 długopisy',
    'Ein Paket mit 5 Büchern bis Dezember 2026',
    'Un paquete en marzo de 2026',
    'Книги Быкова, 3 тома',
    'Support for the family of 4 (two children aged 6 and 9)',
    'Room 101, block 3',
    '',
  ];
  for (const text of harmless) {
    it(`finds nothing in "${text}"`, () => {
      expect(findMoneyAmount(text)).toBeNull();
    });
  }
});
