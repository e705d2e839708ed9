/**
 * Names a censor reads as politics in any language: opposition figures, organisations, media
 * and rulers, in Latin and Cyrillic spellings. Cyrillic stems cover the cases (Навальному).
 */
export const POLITICAL_NAMES: readonly string[] = [
  // People
  'tsikhanousk*', 'tsikhanovsk*', 'tikhanovsk*', 'tichanowsk*', 'cichanousk*', 'cichanowsk*', 'тихановск*', 'zichanouskaj*', 'zichanowskaj*', 'tichanowskaj*', 'lukaschenk*', 'nawalny*', 'schywe belarus', 'žyvie biełaruś', 'zhyvie belarus', 'ціханоўск*', 'тіхановськ*',
  'navaln*', 'nawaln*', 'навальн*', 'навальны*', 'babaryk*', 'babarik*', 'бабарык*', 'бабарик*', 'kalesnikav*', 'kolesnikov*', 'kalesnikow*',
  'калеснікав*', 'колесников*', 'bialiatsk*', 'byalyatsk*', 'bialiacki*', 'бяляцк*', 'бяляцкі*', 'latushk*', 'латушк*', 'tsepkal*', 'цепкал*',
  'protasevich*', 'пратасевіч*', 'протасевич*', 'kara-murza', 'кара-мурз*', 'yashin', 'яшин*', 'khodorkovsk*', 'ходорковск*', 'kasparov*',
  'каспаров*', 'nemtsov*', 'немцов*', 'politkovsk*', 'политковск*', 'losik', 'лосик*', 'statkevich*', 'статкевич*', 'статкевіч*',
  'lukashenk*', 'лукашенк*', 'лукашэнк*', 'лукашенко', 'putin*', 'путин*', 'пуцін*', 'путін*', 'zelensk*', 'зеленск*', 'зяленск*', 'зеленськ*',
  // Organisations, media, movements
  'viasna', 'vyasna', 'вясна', 'вясны', 'вясне', 'вясну', 'memorial human rights', 'memorial society', 'memorial centre', 'memorial center', 'мемориал*', 'bypol', 'байпол*', 'cyber partisans', 'cyberpartisans',
  'киберпартизан*', 'кіберпартызан*', 'fbk', 'фбк', 'nexta', 'нехта', 'некста', 'tut.by', 'zerkalo', 'зеркало io', 'belsat', 'белсат*',
  'белсат', 'radio svaboda', 'радыё свабода', 'радио свобода', 'euroradio', 'еврорадио', 'хартия', 'хартыя', 'kalinouski regiment',
  'полк* калиновского', 'полк* каліноўскага', 'azov regiment', 'полк* азов', 'black book of belarus', 'чорная кніга', 'черная книга беларуси', 'gubopik',
  'amnesty international', 'human rights watch', 'ovd-info', 'овд-инфо', 'dissidentby', 'politzek*',
];
