import type { LanguageRules } from './rules.model.ts';

/**
 * German. `*stem*` catches compounds (Freiheitskämpfer, Kriegsverbrechen, Gerichtssaal); the
 * allow list keeps everyday words that happen to contain a stem (kriegen, Gerichte on a menu).
 */
export const de: LanguageRules = {
  lists: {
    politics: [
      '*freiheit*', 'befrei*', 'frei sein', 'bist du frei', 'du frei bist', 'du bist frei', 'frei kommst', 'frei kommen', 'freikomm*', 'freilass*', 'wieder frei', 'bald frei', 'freiheitskampf*', 'kampf für', 'kampf gegen', 'kämpf* für', 'kämpf* weiter', 'kämpfer*', '*freiheitskämpf*', 'widerstandskämpf*',
      '*regime*', 'diktator*', 'diktatur*', '*tyrann*', 'autokrat*', 'autoritär*', 'totalitär*', '*revolution*', 'aufstand*', 'aufständ*',
      '*protest*', 'kundgebung*', '*demonstration*', 'demonstrant*', '*wahlen', 'wahlfälsch*', '*wahlbetrug*',
      '*opposition*', 'dissident*', 'aktivist*', '*politi*', 'gewissensgefangen*', '*repression*', 'verfolgung*', 'repressiv*', 'unterdrück*',
      '*demokrat*', 'menschenrecht*', 'sanktion*', '*extremis*', '*propaganda*', 'unabhängigkeit*', 'es lebe', 'lang lebe', 'zhyve*',
      'slava ukraini', 'weiß-rot-weiß*', 'weiss-rot-weiss*', 'pahonja', 'pahonia', 'kgb', 'fsb', 'omon', 'geheimdienst*', 'geheimpolizei',
      '*solidarität*', 'junta', 'putsch*', 'umsturz*', '*ungerecht*', 'regierung*', 'machthaber*', 'präsident*',
      'parlament*', 'minister*', 'kreml*', 'wir werden siegen', 'die wahrheit siegt', 'gerechtigkeit*', 'zensur', 'zensiert*', 'widerstand*', 'rebell*',
      'staatsmacht', 'behörden', 'obrigkeit*', 'nato', 'europäische union', 'regimekritik*', 'staatsfeind*',
    ],
    case: [
      '*gericht', '*gerichts*', '*gerichte', '*gerichten', 'prozess', 'prozesses', 'prozess gegen', 'gerichtsprozess*', 'strafprozess*', 'schauprozess*', 'richter*', 'berufungsverfahren*', 'berufungsgericht*', 'in berufung', 'urteil*', '*verurteil*', 'haftstrafe*', '*strafe',
      '*strafen', 'revision', 'revisionsverfahren', 'paragraf*', 'paragraph*', 'strafgesetz*', 'anwalt*', 'anwält*', '*anwältin*',
      'rechtsanwalt*', 'verteidig*', '*ermittl*', 'staatsanwalt*', 'staatsanwält*', '*verhaft*', 'festnahme*', 'festgenommen', 'festgehalten',
      'verhör', 'verhöre', 'verhören', 'verhörs', 'verhandlung*', 'gerichtsverhandlung*', 'dein verteidiger', 'deine verteidigerin', 'deinem verteidiger', 'vernehm*', '*durchsuchung*', 'razzia*', 'zeuge', 'zeugen', 'zeugin*', 'zeugenaussage*', 'belastungszeug*', 'gefängniswärter*', 'wärter', 'wärterin*', 'wärtern', '*anklage*', 'angeklagt*', 'beschuldig*',
      'schuldig*', 'unschuld*', 'strafverfahren', 'freispruch*', 'freigesproch*', 'begnadig*', 'amnestie*',
      '*strafkolonie*', 'kolonie', 'kolonien', 'arbeitslager*', '*gefängnis*', 'knast*', 'haft', '*haftanstalt*', 'untersuchungshaft',
      'u-haft', 'inhaftier*', 'einzelhaft', 'isolationshaft', 'strafzelle*', 'zellengenoss*', 'aufseher*',
      'hungerstreik*', '*folter*', 'gefoltert', 'misshandl*', '*polizei*', 'polizist*',
      'sicherheitskräfte*', 'vorzeitig* entlass*', 'hinter gittern', 'eingesperrt', 'haftbedingungen', 'abschieb*', 'auslieferung*',
      'dein fall', 'deinen fall', 'deinem fall', 'dein verfahren', 'jahre haft', 'jahren haft', 'strafmaß', 'anhörung*',
    ],
    insult: [
      '*faschist*', 'nazi*', '*henker*', 'schläger*', 'die bullen', 'den bullen', 'bullenschwein*', 'bastard*', 'abschaum', 'mörder*', 'verbrecher*',
      'gangster*', 'banditen', 'mafia', 'besatzer*', 'handlanger*', 'marionette*', 'idiot*', 'schergen', 'scherge', 'lakai*', 'schlächter*',
      'tyrann', 'kakerlake*', 'feiglinge', 'feigling', 'lügner*', 'gauner*', 'psychopath*', 'unmenschen', 'bestie*', 'bluthund*',
      'drecksack*', 'dreckskerl*', 'verbrecherregime*', 'gestapo',
    ],
    war: [
      'krieg', 'kriege', 'kriegs*', '*krieg', '*kriege', '*kriegs*', 'armee*', 'militär*', 'frontlinie*', 'frontsoldat*', 'an der front', 'an die front', 'besatzungs*', 'besetzte* gebiet*', 'schlacht', 'schlachtfeld*', 'gefallene', 'gefallenen', 'soldat*', 'mobilmach*',
      'mobilisier*', 'einberuf*', 'wehrdienst*', 'wehrpflicht*', '*bombe', '*bomben*', 'bombardier*', 'beschuss', 'beschossen', '*rakete*',
      'drohne*', 'drohnenangriff*', 'panzer*', 'invasion', 'einmarsch*', 'spezialoperation*', 'militäroperation*',
      'truppe*', 'schützengr*', 'waffe', 'waffen*', 'gewehr*', 'artillerie*', 'getötet*', 'ukrain*', 'donbass', 'donbas', 'kyjiw',
      'kiew', 'butscha', 'mariupol', 'charkiw', 'luftalarm*', 'sirenen', 'flüchtling*', 'geflüchtet*', 'gefecht*', 'waffenstillstand*',
      'atom*', 'völkermord*', 'luftangriff*', 'explosion*', 'granate*', 'verwundet*',
    ],
    cipher: [
      'code', 'codes', '*codewort*', 'geheimcode*', 'kennwort*', 'passwort*', '*verschlüssel*', 'entschlüssel*', 'chiffre*', 'geheimschrift*',
      'geheime* nachricht*', 'geheimbotschaft*', 'versteckte* botschaft*', 'versteckte* bedeutung*', 'anfangsbuchstaben', 'erste* buchstabe*',
      'zwischen den zeilen', 'seite zeile wort', 'jeden dritten', 'jeden zweiten', 'jedes dritte', 'jedes zweite', 'du weißt was das bedeutet', 'dann weißt du bescheid', 'dann verstehst du mich', 'rückwärts', 'unser zeichen', 'unser signal', 'du weißt schon was ich meine', 'geheimwort*', 'verschlüsselt*',
    ],
    obscenity: [
      'scheiß*', 'beschissen*', 'scheiss*', '*scheiße*', '*scheisse*', 'arschloch*', 'arsch', 'fick*', 'gefickt', 'verfickt*', 'fotze*', 'hure*', 'hurensohn*',
      'wichser*', 'wichs*', 'schlampe*', 'verdammt*', 'verdammte*', 'kacke*', 'pisser*', 'mistkerl*', 'dreckssau', 'leck mich',
      'verpiss*', 'fresse', 'halt die fresse', 'depp', 'trottel*', 'vollidiot*', 'spast*', 'schwuchtel*',
    ],
  },
  allow: [
    'kriegen', 'kriegst', 'kriegt', 'gekriegt', 'kriegte', 'kriegten', 'gericht', 'gerichte', 'gerichten', 'hauptgericht*', 'lieblingsgericht*',
    'nudelgericht*', 'fischgericht*', 'gemüsegericht*', 'fleischgericht*', 'eintopfgericht*', 'reisgericht*', 'freiheitsstatue', 'atomuhr*',
    'atomium', 'strafe', 'kampfer', 'bombenstimmung', 'bombenwetter', 'bombenerfolg', 'verteidiger', 'protestant*',
  ],
};
