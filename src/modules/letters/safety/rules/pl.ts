import type { LanguageRules } from './rules.model.ts';

/**
 * Polish. Stems cover the seven cases and the verb forms (`wojn*`: wojna, wojny, wojnie, wojnę,
 * wojną). Many writers type without diacritics, so the words that matter most are also listed
 * in plain letters (więzienie / wiezienie) where that spelling is not an everyday word (sąd / sad
 * is: sad, "orchard", is left out). Words that are common in another sense are listed by their
 * forms only: sąd, sądu... but not sądzę ("I think"); czołg, czołgi... but not czołga się
 * ("crawls"); niech żyje only with a name, since it is also the birthday song "sto lat".
 */
export const pl: LanguageRules = {
  lists: {
    politics: [
      // freedom as a political hope
      'wolnoś*', 'wolnosc*', 'uwolni*', 'woln* białoru*', 'woln* bialoru*', 'wolna rosja', 'wolna ukraina', 'wolne wybory',
      // struggle, regime, dictatorship
      'walk*', 'walcz*', 'walce',
      'reżim*', 'reżym*', 'rezim*', 'dyktator*', 'dyktatur*', 'tyran*', 'despot*', 'autokra*', 'autorytar*', 'totalitar*',
      'oligarch*', 'uzurpator*', 'nielegitym*',
      // revolution, protest, elections, opposition
      'rewolucj*', 'rewolucyj*', 'przewrót', 'przewrotu', 'zamach stanu', 'zamieszki', 'zamieszek', 'zamieszkach',
      'protest*', 'demonstracj*', 'demonstrant*', 'manifestacj*', 'manifestant*', 'wiecu', 'wiecach', 'wiec poparcia',
      'na wiec', 'strajk*', 'bojkot*', 'pikiet*',
      'wybory', 'wyborów', 'wyborow', 'wyborach', 'wyborami', 'wyborom', 'wyborc*', 'fałszer*', 'falszer*',
      'sfałszow*', 'sfalszow*',
      'opozycj*', 'opozycyj*', 'dysyden*', 'aktywi*', 'solidarnoś*', 'solidarnosc*',
      // political prisoners, repression, rights
      'więzie* polityczn*', 'więźn* polityczn*', 'wiezie* polityczn*', 'wiezn* polityczn*', 'polityczn* więź*',
      'polityczn* wiez*', 'więzie* sumienia', 'więźn* sumienia', 'wiezn* sumienia',
      'prześladow*', 'przesladow*', 'represj*', 'represyj*', 'cenzur*',
      'demokra*', 'praw* człowieka', 'praw* czlowieka',
      'sankcj*', 'ekstremi*', 'terroryz*', 'terroryst*', 'propagand*',
      // occupation, resistance, independence
      'okupacj*', 'okupacyj*', 'okupowan*', 'ruch* oporu', 'niepodleg*',
      // slogans and symbols
      // `*yj*` is żyje, zyje, żyją: niech żyje alone is also the birthday song
      'niech *yj* bia*', 'niech *yj* ukrain*', 'niech *yj* woln*', 'żywie bie*', 'żywie bia*', 'zywie bie*',
      'zhyve belarus', 'chwała ukrain*', 'chwala ukrain*', 'sława ukrain*', 'slawa ukrain*', 'slava ukrain*',
      'bohaterom chwa*', 'chwała bohaterom', 'chwala bohaterom',
      'biał* czerwon* biał*', 'bial* czerwon* bial*', 'pahoni*', 'euromajdan*', 'samizdat*',
      // security services
      'kgb', 'fsb', 'służb* bezpieczeństwa', 'sluzb* bezpieczenstwa', 'służb* specjaln*', 'sluzb* specjaln*',
      'tajn* policj*', 'bezpiek*', 'czekist*',
    ],
    case: [
      // court, judge, trial, verdict, sentence
      'sąd', 'sądu', 'sądem', 'sądzie', 'sądy', 'sądów', 'sądach', 'sądami', 'sądom', 'sądow*',
      'sędzi*', 'sedzi*', 'sędzin*', 'sedzin*', 'rozpraw*', 'proces karny', 'procesie karnym', 'trybunał*', 'trybunal*',
      'wyrok*', 'skazan*', 'skazał*', 'skazal*', 'skazuj*', 'wymiar* kary', 'odsiad*', 'odsiedz*',
      // appeal, cassation, article of the code
      'apelacj*', 'apelacyj*', 'kasacj*', 'kasacyj*', 'artykuł*', 'artykul*',
      'kodeks* karn*', 'spraw* karn*', 'postępowani* karn*', 'postepowani* karn*', 'odpowiedzialnoś* karn*',
      // lawyer, investigator, prosecutor
      'adwokat*', 'prawnik*', 'obrońc*', 'obronc*', 'mecenas*',
      'śledcz*', 'sledcz*', 'śledztw*', 'sledztw*', 'prokurat*',
      // arrest, detention, interrogation, search
      'areszt*', 'areszcie', 'zatrzyman* przez policj*', 'kajdank*',
      'przesłuch*', 'przesluch*', 'przeszukani*', 'rewizj*',
      // witness, charge
      'świadek', 'świadk*', 'swiadek', 'swiadk*', 'zeznani*', 'zeznaw*', 'zeznał*', 'zeznal*',
      'zarzut*', 'oskarż*', 'oskarz*',
      // colony, prison, cell
      'koloni* karn*', 'zakład* karn*', 'zaklad* karn*', 'zakład* poprawcz*', 'poprawczak*', 'łagr*', 'łagier*',
      'gułag*', 'gulag*',
      'więzien*', 'wiezien*', 'więzień', 'więźn*', 'wiezn*', 'uwięz*', 'uwiez*', 'współwięź*', 'wspolwiez*',
      'zek', 'zeki', 'zeków', 'sizo',
      'cela', 'celi', 'celę', 'celą', 'karcer*', 'izolatk*',
      // guards, convoy, hunger strike, torture
      'strażnik*', 'straznik*', 'strażnicy', 'straznicy', 'funkcjonariusz*', 'konwój', 'konwoj*',
      'głodówk*', 'glodowk*', 'strajk* głodow*', 'tortur*', 'znęca*', 'zneca*',
      'amnesti*', 'ułaskawi*', 'ulaskawi*', 'uniewinni*', 'zwolnieni* warunkow*', 'warunkow* zwolnieni*',
    ],
    insult: [
      'psiarni*', 'gliniarz*', 'menda', 'mendy', 'psy reżimu', 'pies* reżimu', 'policyjn* psy',
      'świni*', 'swini*',
      '*faszy*', 'nazist*', 'hitlerowc*', 'raszyst*',
      'kat', 'kaci', 'katów', 'katami', 'oprawc*', 'bandyt*', 'bandzior*', 'zbir*', 'junt*',
      'drań', 'dranie', 'szumowin*', 'łajdak*', 'łajdac*', 'gnid*', 'ścierw*',
      'kanalia', 'kanalie', 'kanalii', 'hołot*', 'bydlak*',
      'morderc*', 'zbrodniarz*', 'ludobójc*', 'okupant*', 'najeźdźc*', 'orków', 'orkami', 'szczur', 'szczury',
      'chwdp', 'ubek*', 'ubecj*', 'zomowc*', 'gestap*', 'sługus*', 'slugus*', 'pachołek', 'pachołk*',
      'konfident*', 'kapuś', 'kapusie', 'zdrajc*',
    ],
    war: [
      'wojn*', 'wojen', 'wojenn*', 'wojsk*', 'armi*', 'militar*',
      'na front', 'na froncie', 'lini* frontu',
      'żołnier*', 'zolnier*', 'żołdak*', 'najemnik*', 'poległ*', 'dezert*',
      'mobilizacj*', 'zmobilizow*', 'poborow*',
      'bombard*', 'bomba', 'bomby', 'bombę', 'bombami', 'bombowc*', 'bombowiec',
      'ostrzał*', 'ostrzal*', 'ostrzel*', 'artyler*', 'rakietow*', 'pocisk*', 'dron*',
      'czołg', 'czołgu', 'czołgi', 'czołgów', 'czołgami', 'czołgist*', 'czolgi',
      'inwazj*', 'specjaln* operacj*', 'operacj* specjaln*',
      'ofiar* cywiln*', 'masakr*', 'ludobójstw*', 'okop*',
      'bro* paln*', 'bro* jądrow*', 'uzbroj*', 'zbroj*', 'amunicj*', 'karabin*',
      '*asznikow*', 'granatnik*', 'min* przeciwpiechotn*',
      'nato', 'batalion*', 'pułk*', 'przeciwlotnicz*',
    ],
    cipher: [
      'szyfr*', 'zaszyfr*', 'deszyfr*', 'krypt*', 'zakodow*', 'tajn* kod*', 'sekretn* kod*',
      'tajn* wiadomoś*', 'tajn* wiadomos*', 'sekretn* wiadomoś*', 'sekretn* wiadomos*', 'ukryt* wiadomoś*',
      'ukryt* wiadomos*', 'ukryt* znaczeni*', 'ukryt* sens*', 'ukryt* przesłani*', 'ukryt* przeslani*', 'ukryt* tekst*',
      'pierwsz* liter* każd*', 'pierwsz* liter* kazd*', 'pierwsz* liter* słów', 'pierwsz* liter* slow',
      'pierwsz* liter* wyraz*', 'pierwsz* liter* zda*', 'pierwsz* liter* wiersz*',
      'między wierszami', 'miedzy wierszami', 'hasł*', 'hasl*', 'haseł',
      'akrostych*', 'steganograf*', 'niewidzialn* atrament*', 'sympatyczn* atrament*',
      'umówion* znak*', 'umowion* znak*', 'umówion* sygnał*', 'umowion* sygnal*', 'umówion* słow*',
    ],
    obscenity: [
      '*kurw*', '*jeb*', '*chuj*', 'huj*', '*pierdol*', '*pierdal*', 'pierdzi*', '*pizd*',
      'cipa', 'cipy', 'cipę', 'cipie', 'cipka', 'cipki', 'cipkę', 'dup*', 'suka', 'suki', 'suko', 'sukę', 'suką',
      'kutas*', 'fiut*', 'cwel*', 'gówn*', 'gowno', 'gowna', 'gownian*',
      'srać', 'sram', 'srasz', 'srał*', 'sraj*', 'srani*', 'zasran*', 'posran*',
      'dziwk*', 'ruchać', 'ruchał*', 'ruchani*', 'ciota', 'cioty',
    ],
  },
  allow: [
    'protestan*', // protest*: protestant, protestancki
    'tyranozaur*', // tyran*
    'walkman*', 'walkower*', // walk*
    'cenzurk*', // cenzur*: cenzurka, the school report
    'rozprawk*', // rozpraw*: rozprawka, the school essay
    'sędziw*', 'sedziw*', // sędzi*: sędziwy, aged
    'mordercz*', // morderc*: morderczy trening
    'dupl*', // dup*: duplikat, dupleks
  ],
};
