import { describe, expect, it } from 'vitest';
import { checkLetter, POSTCARD_MAX_CHARS } from './safety-check.ts';
import { CORPUS_LANGUAGES, loadCorpus, scoreCorpus } from './corpus/evaluate.ts';

const codes = (text: string, opts?: Parameters<typeof checkLetter>[1]) => checkLetter(text, opts).findings.map((f) => f.code);

describe('the letter safety check', () => {
  it('tells the language, and Russian from Belarusian and Ukrainian', () => {
    expect(checkLetter('Привет! Как ты? У нас выпал снег, и мы гуляли в парке.').language).toBe('ru');
    expect(checkLetter('Прывітанне! Як ты? У нас выпаў снег, і мы гулялі ў парку.').language).toBe('be');
    expect(checkLetter('Привіт! Як ти? У нас випав сніг, і ми гуляли в парку.').language).toBe('uk');
    expect(checkLetter('Hello! How are you? We had snow and walked in the park.').language).toBe('en');
    expect(checkLetter('Hallo! Wie geht es dir? Bei uns hat es geschneit und wir sind im Park spazieren gegangen.').language).toBe('de');
    expect(checkLetter('Bonjour ! Comment vas-tu ? Il a neigé et nous nous sommes promenés dans le parc.').language).toBe('fr');
    expect(checkLetter('Cześć! Jak się masz? U nas spadł śnieg i spacerowaliśmy po parku.').language).toBe('pl');
    expect(checkLetter('¡Hola! ¿Cómo estás? Nevó y paseamos por el parque con mi perro.').language).toBe('es');
  });

  it('asks for a translation unless the letter is in Russian or Belarusian', () => {
    expect(checkLetter('Привет! Как ты?').needsTranslation).toBe(false);
    expect(checkLetter('Прывітанне! Як ты?').needsTranslation).toBe(false);
    expect(checkLetter('Hello! How are you?').needsTranslation).toBe(true);
    expect(checkLetter('Привіт! Як ти? Ми всі чекаємо на тебе.').needsTranslation).toBe(true);
  });

  it('finds risky words in their inflected forms and compounds', () => {
    expect(codes('Скоро ты выйдешь на свободу!')).toContain('politics');
    expect(codes('Жадаю табе хутчэй свабоды.')).toContain('politics');
    expect(codes('Der Freiheitskämpfer ist ein Vorbild.')).toContain('politics');
    expect(codes('Ich lese über Kriegsverbrechen, und es ist schrecklich.')).toContain('war');
    expect(codes('Адвокат сказал, что апелляцию рассмотрят в мае.')).toContain('case');
    expect(codes('Your lawyer says the appeal is next month.')).toContain('case');
    expect(codes('Эти менты совсем обнаглели.')).toContain('insult');
    expect(codes('Я читала про Навального.')).toContain('politics');
  });

  it('leaves everyday words that only look alike', () => {
    expect(codes('Как дела? Такая у меня судьба: весь день читаю. Поймали судака.')).toEqual([]);
    expect(codes('It was a warm day; we walked toward the courtyard and got an award.')).toEqual([]);
    expect(codes('Ich habe ein tolles Buch gekriegt, und zum Abendessen gab es ein Nudelgericht.')).toEqual([]);
    expect(codes('В свободное время я вяжу. Сегодня 12.03.2024, в 10:30 пришла почта, счёт 2:1.')).toEqual([]);
  });

  it('finds links, handles, phone numbers, codes and article numbers', () => {
    expect(codes('Посмотри на сайте example.org, там всё есть.')).toEqual(['link']);
    expect(codes('Write to me at anna@example.org or @anna_writes.')).toEqual(['link', 'link']);
    expect(codes('Мой номер +375 29 123-45-67, звони маме.')).toEqual(['phone']);
    expect(codes('Remember our numbers 4-17-22-5.')).toContain('cipher');
    expect(codes('Прочитай 48213 и x7k2.')).toEqual(['cipher', 'cipher']);
    expect(codes('Тебя судят по ст. 342 УК.')).toContain('case');
    expect(codes('Тебя обвиняют по 342-й статье.')).toContain('case');
  });

  it('marks Latin words in a Russian or Belarusian letter as foreign, but not Roman numerals', () => {
    const result = checkLetter('Привет! Happy birthday, дорогая! Это XXI век.');
    expect(result.findings.map((f) => [f.code, f.excerpt])).toEqual([['foreign', 'Happy birthday']]);
    expect(codes('Hello, dear friend! Happy birthday!')).toEqual([]);
  });

  it('reports where each finding is, so the page can highlight it', () => {
    const text = 'Дорогой Антон! Мы все ждём, когда закончится война. Обнимаю.';
    for (const f of checkLetter(text).findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(checkLetter(text).findings[0]).toMatchObject({ code: 'war', excerpt: 'война' });
  });

  it('warns when a postcard is too long to hand-write', () => {
    const long = 'Привет! У нас тепло. '.repeat(30);
    expect(long.length).toBeGreaterThan(POSTCARD_MAX_CHARS);
    expect(codes(long, { kind: 'postcard' })).toEqual(['too_long']);
    expect(codes(long, { kind: 'letter' })).toEqual([]);
  });

  it.each(CORPUS_LANGUAGES)('reaches precision and recall of at least 0.9 on the %s corpus', (lang) => {
    const corpus = loadCorpus(lang);
    expect(corpus.harmless.length).toBeGreaterThanOrEqual(100);
    expect(corpus.risky.length).toBeGreaterThanOrEqual(100);
    const score = scoreCorpus(corpus);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});
