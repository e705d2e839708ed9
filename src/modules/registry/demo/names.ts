// Name parts and short texts for INVENTED demo and test people. Pure data: the builders
// combine given names, surnames and patronymics at random.

/** Belarusian and Russian Cyrillic forms of the same given name. */
export interface GivenName {
  be: string | null;
  ru: string;
  gender: 'male' | 'female';
}
/** Belarusian and Russian forms of one surname, each with its male and female form. */
export interface Surname {
  be: { male: string; female: string } | null;
  ru: { male: string; female: string };
}
/** A patronymic derived from one father's name, in both languages and both genders. */
export interface Patronymic {
  be: { male: string; female: string } | null;
  ru: { male: string; female: string };
}

export { BELARUSIAN_GIVEN, BELARUSIAN_SURNAMES, PATRONYMICS } from './names.be.ts';
export { RUSSIAN_GIVEN, RUSSIAN_SURNAMES, RUSSIAN_PATRONYMICS } from './names.ru.ts';
export { KAZAKH_GIVEN, KAZAKH_SURNAMES, KAZAKH_PATRONYMICS } from './names.kk.ts';

/**
 * Random combinations that would rebuild the name of a well-known political prisoner
 * (Russian forms, surname in the matching gender). Builders should skip these pairs.
 */
export const NAME_PAIRS_TO_AVOID: { given: string; surname: string }[] = [
  { given: 'Мария', surname: 'Колесникова' },
  { given: 'Александр', surname: 'Беляцкий' },
];

/** Things letter writers can write about. */
export const INTERESTS: { en: string; ru: string; be: string }[] = [
  { en: 'books', ru: 'книги', be: 'кнігі' },
  { en: 'chess', ru: 'шахматы', be: 'шахматы' },
  { en: 'cats', ru: 'кошки', be: 'кошкі' },
  { en: 'dogs', ru: 'собаки', be: 'сабакі' },
  { en: 'cycling', ru: 'велосипед', be: 'ровар' },
  { en: 'history of Minsk', ru: 'история Минска', be: 'гісторыя Мінска' },
  { en: 'history of Belarus', ru: 'история Беларуси', be: 'гісторыя Беларусі' },
  { en: 'jazz', ru: 'джаз', be: 'джаз' },
  { en: 'rock music', ru: 'рок-музыка', be: 'рок-музыка' },
  { en: 'classical music', ru: 'классическая музыка', be: 'класічная музыка' },
  { en: 'gardening', ru: 'садоводство', be: 'садоўніцтва' },
  { en: 'football', ru: 'футбол', be: 'футбол' },
  { en: 'poetry', ru: 'поэзия', be: 'паэзія' },
  { en: 'painting', ru: 'живопись', be: 'жывапіс' },
  { en: 'photography', ru: 'фотография', be: 'фатаграфія' },
  { en: 'hiking', ru: 'походы', be: 'паходы' },
  { en: 'fishing', ru: 'рыбалка', be: 'рыбалка' },
  { en: 'cooking', ru: 'кулинария', be: 'кулінарыя' },
  { en: 'astronomy', ru: 'астрономия', be: 'астраномія' },
  { en: 'foreign languages', ru: 'иностранные языки', be: 'замежныя мовы' },
  { en: 'philosophy', ru: 'философия', be: 'філасофія' },
  { en: 'cinema', ru: 'кино', be: 'кіно' },
  { en: 'theatre', ru: 'театр', be: 'тэатр' },
  { en: 'science fiction', ru: 'научная фантастика', be: 'навуковая фантастыка' },
  { en: 'birdwatching', ru: 'наблюдение за птицами', be: 'назіранне за птушкамі' },
  { en: 'mushroom picking', ru: 'сбор грибов', be: 'збор грыбоў' },
  { en: 'knitting', ru: 'вязание', be: 'вязанне' },
  { en: 'running', ru: 'бег', be: 'бег' },
  { en: 'carpentry', ru: 'столярное дело', be: 'сталярная справа' },
  { en: 'travel', ru: 'путешествия', be: 'падарожжы' },
  { en: 'mathematics', ru: 'математика', be: 'матэматыка' },
];

/**
 * Invented one-line descriptions of who a person is. `gender` is set where the Russian or
 * Belarusian wording only fits a man or a woman; entries without it fit anyone.
 */
export const DESCRIPTIONS: { en: string; ru: string; be: string; gender?: 'male' | 'female' }[] = [
  { en: 'teacher from Hrodna, father of two', ru: 'учитель из Гродно, отец двоих детей', be: 'настаўнік з Гродна, бацька дваіх дзяцей', gender: 'male' },
  { en: 'programmer, volunteer at an animal shelter', ru: 'программист, волонтёр в приюте для животных', be: 'праграміст, валанцёр у прытулку для жывёл' },
  { en: 'retired engineer', ru: 'инженер на пенсии', be: 'інжынер на пенсіі' },
  { en: 'nurse from Homiel, mother of a teenage son', ru: 'медсестра из Гомеля, мать сына-подростка', be: 'медсястра з Гомеля, маці сына-падлетка', gender: 'female' },
  { en: 'history student from Minsk', ru: 'студент исторического факультета из Минска', be: 'студэнт гістарычнага факультэта з Мінска', gender: 'male' },
  { en: 'accountant from Brest, loves long walks', ru: 'бухгалтер из Бреста, любит долгие прогулки', be: 'бухгалтар з Брэста, любіць доўгія шпацыры' },
  { en: 'lorry driver from Mahilioŭ', ru: 'водитель грузовика из Могилёва', be: 'вадзіцель грузавіка з Магілёва', gender: 'male' },
  { en: 'doctor at a district hospital', ru: 'врач районной больницы', be: 'доктар раённай бальніцы' },
  { en: 'musician, plays guitar in a local band', ru: 'музыкант, играет на гитаре в местной группе', be: 'музыка, грае на гітары ў мясцовым гурце' },
  { en: 'pensioner from Viciebsk, grandmother of three', ru: 'пенсионерка из Витебска, бабушка троих внуков', be: 'пенсіянерка з Віцебска, бабуля траіх унукаў', gender: 'female' },
  { en: 'factory worker, keen fisherman', ru: 'рабочий завода, заядлый рыбак', be: 'рабочы завода, заўзяты рыбак', gender: 'male' },
  { en: 'journalist at a regional newspaper', ru: 'журналист региональной газеты', be: 'журналіст рэгіянальнай газеты', gender: 'male' },
  { en: 'librarian from a small town near Minsk', ru: 'библиотекарь из городка под Минском', be: 'бібліятэкар з мястэчка пад Мінскам' },
  { en: 'kindergarten teacher, mother of three', ru: 'воспитательница детского сада, мама троих детей', be: 'выхавальніца дзіцячага садка, маці траіх дзяцей', gender: 'female' },
  { en: 'computer specialist, amateur photographer', ru: 'специалист по компьютерным сетям, фотограф-любитель', be: 'спецыяліст па камп’ютарных сетках, фатограф-аматар' },
  { en: 'electrician, father of a young daughter', ru: 'электрик, отец маленькой дочери', be: 'электрык, бацька маленькай дачкі', gender: 'male' },
  { en: 'illustrator of children’s books', ru: 'иллюстратор детских книг', be: 'ілюстратар дзіцячых кніг' },
  { en: 'runs a small bakery', ru: 'держит небольшую пекарню', be: 'трымае невялікую пякарню' },
  { en: 'economist, volunteer at a local church', ru: 'экономист, волонтёр при местной церкви', be: 'эканаміст, валанцёр пры мясцовай царкве' },
  { en: 'philosophy lecturer, fond of chess', ru: 'преподаватель философии, любит шахматы', be: 'выкладчык філасофіі, любіць шахматы', gender: 'male' },
  { en: 'sales manager, mother of twins', ru: 'менеджер по продажам, мама близнецов', be: 'менеджар па продажах, маці блізнят', gender: 'female' },
  { en: 'retired schoolteacher from Pinsk', ru: 'учительница на пенсии из Пинска', be: 'настаўніца на пенсіі з Пінска', gender: 'female' },
];
