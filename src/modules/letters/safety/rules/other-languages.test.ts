import { describe, expect, it } from 'vitest';
import { Matcher, tokenize } from '../patterns.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { pl } from './pl.ts';
import { WORD_CODES, type LanguageRules, type WordCode } from './rules.model.ts';
import { uk } from './uk.ts';

interface Samples {
  rules: LanguageRules;
  /** Sentences a censor would stop, with the code the check must give at least once. */
  risky: [string, WordCode][];
  /** Everyday letter sentences, several with words that share letters with a stem. */
  harmless: string[];
}

const LANGUAGES: Record<'fr' | 'pl' | 'es' | 'uk', Samples> = {
  fr: {
    rules: fr,
    risky: [
      ['Le régime de Loukachenko est une dictature.', 'politics'],
      ['Vive la Biélorussie libre !', 'politics'],
      ["J'espère que tu seras bientôt libre, la liberté gagnera.", 'politics'],
      ['Les manifestations contre les élections truquées continuent.', 'politics'],
      ["L'opposition parle de tous les prisonniers politiques.", 'politics'],
      ["Ton avocat va faire appel du jugement.", 'case'],
      ['Le juge a prononcé un verdict injuste.', 'case'],
      ["Après la perquisition, ils l'ont placé en garde à vue.", 'case'],
      ['Il a entamé une grève de la faim dans sa cellule.', 'case'],
      ['Ces flics sont des fascistes et des bourreaux.', 'insult'],
      ['La guerre, les soldats et les drones partout.', 'war'],
      ["L'armée a bombardé la ville avec des missiles.", 'war'],
      ["Lis entre les lignes, c'est un message codé.", 'cipher'],
      ['Prends les premières lettres de chaque ligne.', 'cipher'],
      ['Putain, quelle merde !', 'obscenity'],
    ],
    harmless: [
      'Je t’envoie de gros baisers et plein de tendresse.',
      "Il y a une nouvelle armoire dans la chambre des enfants.",
      "Les enfants jouent dans la cour de l'école.",
      "Ce n'est pas la peine de t'inquiéter, à peine une semaine.",
      'Maman fait un régime sans sucre depuis janvier.',
      "J'ai appelé ta sœur hier soir, elle va bien : fais appel à elle si besoin.",
      'Les occupations des enfants : la danse et le piano.',
      'Un bisou sur le front de ma part.',
      'Je ne te juge pas, prends ton temps.',
      'Le tyrannosaure est son dinosaure préféré, il porte une salopette bleue.',
      "J'ai gardé tes premières lettres dans une boîte.",
      'Le code postal a changé, voici la nouvelle adresse.',
      'Les protestants du village organisent un concert.',
      'Le chat a convoité le dernier morceau de gâteau.',
      'La colonie de vacances était formidable, j’ai du temps libre.',
    ],
  },
  pl: {
    rules: pl,
    risky: [
      ['Niech żyje Białoruś!', 'politics'],
      ['Walczymy o wolność dla wszystkich.', 'politics'],
      ['Reżim Łukaszenki to dyktatura.', 'politics'],
      ['Biało-czerwono-biała flaga i Pahonia.', 'politics'],
      ['Wybory zostały sfałszowane.', 'politics'],
      ['Sąd skazał go na pięć lat.', 'case'],
      ['Adwokat złożył apelację.', 'case'],
      ['Po przeszukaniu mieszkania był przesłuchiwany.', 'case'],
      ['Prokurator przedstawił mu zarzuty.', 'case'],
      ['Trzymał głodówkę w karcerze.', 'case'],
      ['Te psy reżimu, faszyści i kaci.', 'insult'],
      ['Wojna, żołnierze i czołgi na froncie.', 'war'],
      ['Rosyjska armia ostrzeliwała miasto.', 'war'],
      ['Czytaj między wierszami, to zaszyfrowana wiadomość.', 'cipher'],
      ['Kurwa, co za chuj.', 'obscenity'],
    ],
    harmless: [
      'Sądzę, że pogoda jutro będzie ładna.',
      'Mama kupiła nową sukienkę i odniosła sukces.',
      'Sto lat, sto lat, niech żyje, żyje nam!',
      'Mały czołga się już po dywanie.',
      'Szpital wojewódzki jest niedaleko naszego domu.',
      'Dzieci pojechały na kolonie letnie nad morze.',
      'Bombki na choinkę są piękne w tym roku.',
      'Mój wybór to herbata z cytryną.',
      'Dziadek jest sędziwy, ale zdrowy.',
      'Czy masz więcej czasu wieczorem? Pakujemy cały majdan.',
      'To był morderczy trening na siłowni.',
      'Kupiłem duplikat klucza do piwnicy.',
      'Mam czas wolny w sobotę i niedzielę.',
      'Dostał świadectwo z czerwonym paskiem.',
      'Dzieci lepią figurki z gliny i piszą rozprawkę.',
    ],
  },
  es: {
    rules: es,
    risky: [
      ['¡Viva Belarús libre!', 'politics'],
      ['La dictadura y la represión contra la oposición.', 'politics'],
      ['Los presos políticos merecen la libertad.', 'politics'],
      ['Gloria a Ucrania, gloria a los héroes.', 'politics'],
      ['Hubo fraude en las elecciones.', 'politics'],
      ['El juez dictó sentencia y el abogado va a recurrir.', 'case'],
      ['Lo llevaron a prisión preventiva tras el arresto.', 'case'],
      ['El fiscal presentó la acusación en el juicio.', 'case'],
      ['El interrogatorio duró horas en la celda.', 'case'],
      ['Está en huelga de hambre en la cárcel.', 'case'],
      ['Esos policías son unos fascistas y verdugos.', 'insult'],
      ['La guerra, los soldados y los tanques rusos.', 'war'],
      ['Los bombardeos y misiles destruyeron la ciudad.', 'war'],
      ['Lee entre líneas, hay un mensaje secreto.', 'cipher'],
      ['¡Joder, qué mierda!', 'obscenity'],
    ],
    harmless: [
      'Leí tu carta detenidamente y me alegré mucho.',
      'Hoy comimos bombones y una tarta de manzana.',
      'El armario nuevo está en el pasillo.',
      'Estoy muy ocupado con el trabajo esta semana.',
      'Vivimos frente al parque, justo enfrente de la escuela.',
      'Tengo prisa: estoy preparando las oposiciones.',
      'La computadora nueva funciona muy bien.',
      'Hubo una disputa entre los vecinos por el ruido.',
      'Mi hermana tiene una tortuga y un gato.',
      'El municipio arregló la calle principal.',
      'El penalti en el partido fue increíble.',
      'Maricarmen te manda muchos saludos.',
      'En clave de humor, te cuento mi semana.',
      'A mi juicio, el libro es muy bueno.',
      'Mi esposa te manda un abrazo y una bombilla nueva para la lámpara.',
    ],
  },
  uk: {
    rules: uk,
    risky: [
      ['Слава Україні! Героям слава!', 'politics'],
      ['Жыве Беларусь!', 'politics'],
      ['Диктатор і його режим бояться свободи.', 'politics'],
      ['Політв’язні мають право на справедливість.', 'politics'],
      ['Це був злочинний режим і фальсифікація виборів.', 'politics'],
      ['Суд виніс вирок.', 'case'],
      ['Адвокат подав апеляцію.', 'case'],
      ['Після обшуку його затримали і допитували.', 'case'],
      ['Він у СІЗО, потім колонія.', 'case'],
      ['Він оголосив голодування у карцері.', 'case'],
      ['Ці менти — фашисти і кати.', 'insult'],
      ['Війна, обстріли, ракети і дрони.', 'war'],
      ['Російська армія на фронті.', 'war'],
      ['Читай між рядками, тут таємне послання.', 'cipher'],
      ['Блять, яка хуйня.', 'obscenity'],
    ],
    harmless: [
      'Судячи з усього, погода буде гарна.',
      'Ми бачили велике судно в порту.',
      'На вечерю був судак з картоплею.',
      'Мій режим дня: підйом о сьомій.',
      'Вона купила нову сукню.',
      'Вчора ходили на концерт, оркестр грав чудово.',
      'У мене була судома в нозі.',
      'Дитина дуже допитлива і весела.',
      'Катуся і пан Москаленко передають тобі привіт.',
      'Він працює фронтенд-розробником.',
      'Зроби фото на камеру телефону.',
      'Мир і спокій вашому дому.',
      'Ми граємо в теніс, у мене нова ракетка.',
      'Вона зробила педикюр і пішла в кіно.',
      'До того моменту ми вже з’їли борщ.',
    ],
  },
};

for (const [lang, { rules, risky, harmless }] of Object.entries(LANGUAGES)) {
  describe(`${lang} safety rules`, () => {
    const matcher = new Matcher(rules.lists, rules.allow);
    const found = (text: string) => matcher.match(tokenize(text)).map((m) => `${m.code}: ${text.slice(m.start, m.end)}`);

    it('has every list', () => {
      for (const code of WORD_CODES) expect(rules.lists[code].length, code).toBeGreaterThanOrEqual(20);
    });

    it.each(risky)('flags %j as %s', (text, code) => {
      expect(matcher.match(tokenize(text)).map((m) => m.code)).toContain(code);
    });

    it.each(harmless)('leaves %j alone', (text) => {
      expect(found(text)).toEqual([]);
    });
  });
}
