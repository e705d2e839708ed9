import { describe, expect, it } from 'vitest';
import { parseArticle } from './articles.ts';

describe('criminal-code article references', () => {
  it('reads part, article and title of an English Viasna text', () => {
    expect(parseArticle('Part 2 of Art. 293 of the Criminal Code — Participation in riots', 'BY', 'en')).toEqual({
      code: 'BY',
      part: '2',
      article: '293',
      title: { en: 'Participation in riots' },
    });
    expect(parseArticle('Art. 341 of the Criminal Code — Desecration of structures and damage to property', 'BY', 'en')).toEqual({
      code: 'BY',
      article: '341',
      title: { en: 'Desecration of structures and damage to property' },
    });
  });

  it('accepts the variants found in the published list: no code, lower case, hyphen or colon separators', () => {
    expect(parseArticle('Art. 411 — Malicious disobedience to the demands of administration', 'BY', 'en')).toMatchObject({
      article: '411',
      title: { en: 'Malicious disobedience to the demands of administration' },
    });
    expect(parseArticle('art. 369 of the Criminal Code — Defamation', 'BY', 'en')).toMatchObject({ article: '369', title: { en: 'Defamation' } });
    expect(parseArticle('Part 3 of Art. 130 of the Criminal Code - Creation of a criminal organization', 'BY', 'en')).toMatchObject({
      part: '3',
      article: '130',
      title: { en: 'Creation of a criminal organization' },
    });
    expect(parseArticle('Art. 424 of the Criminal Code: Abuse of power or authority', 'BY', 'en')).toMatchObject({
      article: '424',
      title: { en: 'Abuse of power or authority' },
    });
  });

  it('takes the offence from a preparation/attempt reference and keeps the full reference in the title', () => {
    const a = parseArticle('Part 1 of Article 13 and Article 293 of the Criminal Code — Preparation for mass riots', 'BY', 'en');
    expect(a).toEqual({
      code: 'BY',
      article: '293',
      title: { en: 'Preparation for mass riots (Part 1 of Article 13 and Article 293 of the Criminal Code)' },
    });
    const b = parseArticle('Part 1 of Article 14 and Part 1 of Article 342 of the Criminal Code — Preparation for group actions', 'BY', 'en');
    expect(b).toMatchObject({ article: '342', part: '1' });
    expect(b?.title.en).toContain('Part 1 of Article 14');
    const c = parseArticle('p. 5 of Part 2 of Art. 147 of the Criminal Code — Serious bodily injury', 'BY', 'en');
    expect(c).toMatchObject({ article: '147', part: '2', title: { en: 'Serious bodily injury (p. 5 of Part 2 of Art. 147 of the Criminal Code)' } });
  });

  it('reads Russian and Belarusian references, including hyphenated and dotted article numbers', () => {
    expect(parseArticle('ч. 2 ст. 293 УК — Участие в массовых беспорядках', 'BY', 'ru')).toEqual({
      code: 'BY',
      part: '2',
      article: '293',
      title: { ru: 'Участие в массовых беспорядках' },
    });
    expect(parseArticle('ст. 361-1 КК', 'BY', 'be')).toEqual({ code: 'BY', article: '361-1', title: {} });
    expect(parseArticle('ч. 2 арт. 293 КК — Удзел у масавых беспарадках', 'BY', 'be')).toMatchObject({
      part: '2',
      article: '293',
      title: { be: 'Удзел у масавых беспарадках' },
    });
    expect(parseArticle('Статья 207.3 ч. 2 УК РФ', 'RU', 'ru')).toEqual({ code: 'RU', part: '2', article: '207.3', title: {} });
    expect(parseArticle('ч. 1 ст. 280.3 УК РФ', 'RU', 'ru')).toMatchObject({ part: '1', article: '280.3' });
  });

  it('keeps unrecognised text as the title rather than lose it, and returns null only for empty text', () => {
    expect(parseArticle('Hooliganism (no article given)', 'BY', 'en')).toEqual({
      code: 'BY',
      article: '',
      title: { en: 'Hooliganism (no article given)' },
    });
    expect(parseArticle('', 'BY', 'en')).toBeNull();
    expect(parseArticle('   ', 'BY', 'en')).toBeNull();
  });
});
