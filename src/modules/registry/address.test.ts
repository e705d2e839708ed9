import { describe, expect, it } from 'vitest';
import { addressBlock, addressKey, dativeRecipient } from './address.ts';

const colony = { country: 'BY', nameRu: 'ИК-17', nameBe: 'ПК-17', postalCode: '213004', region: 'Могилевская обл.', city: 'г. Шклов', street: 'ул. 1-я Заводская, 8', addressPublished: null };
const russian = { country: 'RU', nameRu: 'ФКУ ИК-2 УФСИН России по Республике Мордовия', nameBe: null, postalCode: '431120', region: 'Республика Мордовия', city: 'Зубово-Полянский район, п. Ширингуши', street: 'ул. Ленина, 1', addressPublished: null };

describe('the recipient line on Russian envelopes', () => {
  it('declines a full Russian name into the dative with the year of birth', () => {
    expect(dativeRecipient('Иванов Иван Иванович', 1980)).toBe('Иванову Ивану Ивановичу, 1980 г.р.');
    expect(dativeRecipient('Колесникова Мария Александровна', 1982)).toBe('Колесниковой Марии Александровне, 1982 г.р.');
    expect(dativeRecipient('Лосик Игорь Викторович', 1992)).toBe('Лосику Игорю Викторовичу, 1992 г.р.');
    expect(dativeRecipient('Лосик Дарья Викторовна', 1992)).toBe('Лосик Дарье Викторовне, 1992 г.р.');
  });

  it('keeps the nominative where the name cannot be declined safely', () => {
    expect(dativeRecipient('Сейткали Ерлан Серик улы', 1990)).toBe('Сейткали Ерлан Серик улы, 1990 г.р.');
    expect(dativeRecipient('Петров Пётр', null)).toBe('Петров Пётр');
  });
});

describe('the address block', () => {
  it('writes a Belarusian address line by line with the country in Latin capitals', () => {
    const block = addressBlock({ nameRu: 'Иванов Иван Иванович', nameBe: 'Іваноў Іван Іванавіч', nameLatin: 'Ivan Ivanou', birthYear: 1980 }, colony);
    expect(block).toEqual({
      recipient: 'Иванов Иван Иванович, 1980 г.р.',
      lines: ['ИК-17', 'ул. 1-я Заводская, 8', 'г. Шклов', 'Могилевская обл.', '213004', 'REPUBLIC OF BELARUS'],
      verified: true,
    });
  });

  it('uses the dative for facilities in Russia', () => {
    const block = addressBlock({ nameRu: 'Иванов Иван Иванович', nameBe: null, nameLatin: null, birthYear: 1980 }, russian);
    expect(block.recipient).toBe('Иванову Ивану Ивановичу, 1980 г.р.');
    expect(block.lines.at(-1)).toBe('RUSSIAN FEDERATION');
    expect(block.lines[0]).toBe('ФКУ ИК-2 УФСИН России по Республике Мордовия');
  });

  it('marks an address known only as a source published it', () => {
    const block = addressBlock({ nameRu: null, nameBe: null, nameLatin: 'Ivan Ivanou', birthYear: null }, { ...colony, street: null, addressPublished: '213004, Škloŭ, vulica 1-ja Zavodskaja 8' });
    expect(block.verified).toBe(false);
    expect(block.lines).toEqual(['ИК-17', '213004', 'Škloŭ', 'vulica 1-ja Zavodskaja 8', 'REPUBLIC OF BELARUS']);
  });
});

describe('recognising one facility across sources', () => {
  it('gives the Latin and the Cyrillic spelling of one address the same key', () => {
    const fromViasna = addressKey({ country: 'BY', addressPublished: '213004, Škloŭ, vulica 1-ja Zavodskaja 8' });
    const fromForm = addressKey({ country: 'BY', postalCode: '213004', street: 'ул. 1-я Заводская, 8' });
    expect(fromViasna).toBe(fromForm);
    expect(addressKey({ country: 'BY', postalCode: '212011', street: 'ул. Крупской, 99а' })).not.toBe(fromForm);
  });
});
