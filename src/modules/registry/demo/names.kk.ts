// Kazakh given names, surnames and patronymics as written in Russian Cyrillic in Kazakh
// documents, for INVENTED demo and test people. Builders combine them at random.

type Pair = { male: string; female: string };
type Given = { ru: string; gender: 'male' | 'female' };

/** A surname in -ов/-ев/-ин: the female form adds -а. */
const ov = (male: string): Pair => ({ male, female: `${male}а` });
/** A surname without gender forms (a father's name used as a surname). */
const same = (name: string): Pair => ({ male: name, female: name });

const MALE = [
  'Нурлан', 'Ерлан', 'Жанболат', 'Асхат', 'Серик', 'Бауыржан', 'Даурен', 'Ержан',
  'Арман', 'Мурат', 'Канат', 'Алмас', 'Айдос', 'Данияр', 'Берик', 'Кайрат',
  'Мадияр', 'Азамат', 'Ермек', 'Болат', 'Санжар', 'Темирлан',
];
const FEMALE = [
  'Айгерим', 'Асель', 'Динара', 'Гульнара', 'Жанар', 'Айжан', 'Мадина', 'Сауле',
  'Алия', 'Камила', 'Гульмира', 'Жансая', 'Айгуль', 'Назерке', 'Дана', 'Салтанат',
  'Аружан', 'Жулдыз', 'Меруерт', 'Гаухар', 'Ботагоз',
];

export const KAZAKH_GIVEN: Given[] = [
  ...MALE.map((ru): Given => ({ ru, gender: 'male' })),
  ...FEMALE.map((ru): Given => ({ ru, gender: 'female' })),
];

export const KAZAKH_SURNAMES: Pair[] = [
  ...[
    'Нурланов', 'Жаксыбеков', 'Абдрахманов', 'Ахметов', 'Сулейменов', 'Искаков', 'Жумабаев',
    'Касымов', 'Омаров', 'Бекмухамбетов', 'Тулеуов', 'Сарсенбаев', 'Кенжебеков', 'Ермеков',
    'Смагулов', 'Байжанов', 'Мукашев', 'Рахимов', 'Есенов', 'Оспанов', 'Туребаев',
    'Нургалиев', 'Калиев', 'Бекетов', 'Шаймерденов', 'Мусин', 'Утепов', 'Ибраев', 'Садыков',
    'Алимжанов', 'Жакупов', 'Тохтаров', 'Дуйсенбаев', 'Кожахметов', 'Молдабеков', 'Есимов',
    'Мамыров', 'Абенов',
  ].map(ov),
  ...['Сейткали', 'Тлеуберди'].map(same),
];

export const KAZAKH_PATRONYMICS: Pair[] = [
  { male: 'Серикович', female: 'Сериковна' },
  { male: 'Нурланович', female: 'Нурлановна' },
  { male: 'Ерланович', female: 'Ерлановна' },
  { male: 'Болатович', female: 'Болатовна' },
  { male: 'Канатович', female: 'Канатовна' },
  { male: 'Муратович', female: 'Муратовна' },
  { male: 'Кайратович', female: 'Кайратовна' },
  { male: 'Бауыржанович', female: 'Бауыржановна' },
  { male: 'Маратович', female: 'Маратовна' },
  { male: 'Асхатович', female: 'Асхатовна' },
  { male: 'Берикович', female: 'Бериковна' },
  { male: 'Ермекович', female: 'Ермековна' },
  { male: 'Жанболатович', female: 'Жанболатовна' },
  // "son of" / "daughter of": not declinable like Russian patronymics
  { male: 'Серик улы', female: 'Серик кызы' },
  { male: 'Нурлан улы', female: 'Нурлан кызы' },
  { male: 'Болат улы', female: 'Болат кызы' },
];
