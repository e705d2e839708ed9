import type { LanguageRules } from './rules.model.ts';

/**
 * Spanish. Writers often leave out accents, so stems stop before an accented letter where they
 * can (`represi*` is represión, represion, represiones, represivo); otherwise a word is listed in
 * both spellings (héroes / heroes) or by a part (`*gimen*`: régimen, regimen). Words that are
 * everyday in another sense are listed in phrases only: régimen (also a diet), frente (in front
 * of), juicio (opinion), ocupación (a job), oposición (in Spain also the civil-service exams).
 */
export const es: LanguageRules = {
  lists: {
    politics: [
      // freedom as a political hope
      'libertad*', 'liberen', 'liberaci*', 'bielorrusia libre', 'belarús libre', 'belarus libre', 'rusia libre',
      'ucrania libre', 'serás libre*', 'seras libre*',
      // struggle, regime (`*gimen*` is régimen and regimen; alone it is also a diet), dictatorship
      'luch*', 'este *gimen*', 'del *gimen*', 'contra el *gimen*', '*gimen* autoritari*', '*gimen* totalitari*',
      '*gimen* dictatorial*', '*gimen* criminal*',
      'dictador*', 'dictadur*', 'dictatorial*', 'tirano*', 'tiraní*', 'tirania*', 'déspot*', 'despót*', 'despot*',
      'autocr*', 'autócr*', 'autoritari*', 'totalitari*', 'oligarc*', 'usurpad*', 'ilegítim*', 'ilegitim*',
      // revolution, protest, elections, opposition (oposición alone is also the civil-service exam)
      '*revoluci*', 'insurrecci*', 'sublevaci*', 'golpe de estado', 'golpista*', 'disturbio*',
      'protest*', 'manifestaci*', 'manifestante*', 'mitin*', 'mítin*', 'huelga*', 'boicot*',
      'elecci*', 'electoral*', 'fraude*', 'amañ*', 'falsific*', 'pucherazo*',
      'oposici* polític*', 'oposici* politic*', 'oposici* bielorrus*', 'oposici* rus*', 'líder* de la oposici*',
      'contra la oposici*', 'opositor* polític*', 'opositor* politic*', 'disiden*', 'activista*', 'activismo',
      'militante*', 'solidaridad*',
      // political prisoners, repression, rights
      'preso* polític*', 'preso* politic*', 'presa* polític*', 'presa* politic*', 'preso* de conciencia',
      'perseguido* polític*', 'persecuci*', 'represi*', 'reprim*', 'censur*', 'democr*', 'demócr*', 'derecho* human*',
      'sanci*', 'extremis*', 'terroris*', 'propagand*',
      // occupation, resistance, independence (ocupación alone is also a job)
      'ocupaci* rusa', 'territorio* ocupado*', 'zona* ocupada*', 'fuerzas de ocupaci*', 'bajo ocupaci*',
      'resistencia*', 'independenc*',
      // slogans and symbols
      'viva bielorrusia', 'viva belar*', 'viva ucrania', 'gloria a ucrania', 'gloria a los héroes', 'gloria a los heroes',
      'zhyve belarus', 'jive belarus', 'slava ukraini', 'heroyam slava',
      'blanc* roj* blanc*', 'blanc* roj* y blanc*', 'pahoni*', 'pagoni*', 'pajoni*', '*maidan*', '*maidán*', 'samizdat*',
      // security services
      'kgb', 'fsb', 'servicio* secreto*', 'servicio* de seguridad', 'polic* secreta', 'polic* polític*',
      'polic* politic*',
    ],
    case: [
      // trial, court, judge, verdict, sentence
      'el juicio', 'del juicio', 'al juicio', 'un juicio', 'juicio* oral*', 'juicio* penal*', 'juicio* polític*',
      'juicio* politic*', 'juicios', 'enjuici*',
      'tribunal*', 'juzgado*', 'corte suprema', 'corte de apelaci*', 'audiencia* judicial*', 'audiencia* preliminar*',
      'juez', 'jueza*', 'jueces', 'veredicto*', 'sentenci*', 'condena*', 'condené', 'condenó', 'cadena perpetua',
      // appeal, cassation, article of the code
      'apelaci*', 'casaci*', 'artículo*', 'articulo*', 'código penal', 'codigo penal', 'penal*', 'criminal*',
      'delito*', 'delincuent*',
      // lawyer, investigator, prosecutor
      'abogad*', 'defensor* públic*', 'defensor* public*', 'fiscal', 'fiscales', 'fiscalía*', 'fiscalia*',
      'investigaci* criminal*', 'juez* instructor*', 'investigador* del caso', 'investigador* de la polic*',
      // arrest, detention, interrogation, search
      'arrest*', 'detenci*', 'detenid*', 'esposado', 'esposados', 'esposada', 'esposadas', 'comisaría*', 'comisaria*',
      'interrogatori*', 'interrogad*', 'interrogar*', 'allanamient*', 'allanaron', 'registraron su casa',
      'registraron la casa', 'registraron el piso', 'registraron su piso', 'registro* domiciliari*', 'cateo*', 'redada*',
      // witness, charge
      'testig*', 'prestar declaraci*', 'acusaci*', 'acusad*', 'imputad*', 'imputaci*', 'presentaron cargos',
      'formular cargos',
      // colony, prison, cell
      'colonia* penitenciari*', 'penitenciari*', 'cárcel*', 'carcel*', 'encarcel*', 'prisi*', 'presidio*', 'reclus*',
      'preso', 'presos', 'reo', 'reos', 'gulag*', 'campo* de trabajo*', 'sizo',
      'celda*', 'calabozo*', 'celda* de castigo',
      // guards, convoy, hunger strike, torture
      'convoy*', 'huelga de hambre', 'tortur*', 'malos tratos',
      'indult*', 'amnist*', 'absuel*', 'libertad condicional',
    ],
    insult: [
      'pasma', 'maderos', 'polizonte*', 'tombos', 'tombo', 'chota', 'esbirro*', 'sicario*', 'secuaz*', 'lacayo*',
      'esos cerdos', 'malditos cerdos', 'sucios cerdos', 'cerdos asquerosos', 'puerco*',
      '*fascis*', 'facha', 'fachas', 'fachista*', 'nazi*', 'rashist*', 'ruscist*',
      'verdugo*', 'matón', 'maton', 'matones', 'junta militar', 'junta golpista',
      'bastardo*', 'escoria*', 'canalla*', 'gentuza', 'chusma', 'malnacido*',
      'asesin*', 'genocida*', 'ocupantes', 'invasores', 'orcos',
      'rata', 'ratas', 'chivato*', 'soplón', 'soplon', 'soplones', 'traidor*', 'gestapo',
    ],
    war: [
      'guerr*', 'bélic*', 'belic*', 'ejército*', 'fuerzas armadas',
      'en el frente', 'línea del frente', 'linea del frente', 'líneas del frente', 'lineas del frente', 'frente de batalla',
      'soldado*', 'militar*', 'combat*', 'moviliz*', 'recluta*', 'conscrip*', 'desertor*', 'deserci*', 'mercenari*',
      'bomba*', 'ataque* aére*', 'ataque* aere*', 'artiller*', 'obús', 'obuses', 'proyectil*', 'misil*',
      'dron', 'drones', 'tanques rusos', 'blindad*',
      'invasi*', 'operación especial', 'operacion especial', 'operaciones especiales',
      'víctimas civiles', 'victimas civiles', 'masacre*', 'genocidi*', 'trinchera*',
      'arma', 'armas', 'armamento*', 'fusil*', 'kalashnikov*', 'metralleta*', 'ametrallad*', 'munició*', 'municion*',
      'granada* de mano', 'otan', 'batalla*', 'batallón*', 'batallon*', 'regimiento*', 'tropas', 'antiaére*', 'antiaere*',
    ],
    cipher: [
      'código secreto', 'codigo secreto', 'códigos secretos', 'codigos secretos', 'codificad*',
      'mensaje* en clave', 'escrit* en clave', 'nombre en clave', 'lenguaje en clave', 'habl* en clave',
      'clave secreta', 'lenguaje secreto', 'cifrad*', 'descifr* el mensaje', 'descifr* el código', 'descifr* el codigo',
      'encript*', 'desencript*', 'cripto*',
      'mensaje* secreto*', 'mensaje* ocult*', 'mensaje* escondido*', 'sentido oculto', 'significado oculto',
      'primer* letra* de cada', 'primer* letra* de las palabras', 'entre líneas', 'entre lineas',
      'contraseña*', 'contrasena*', 'acróstic*', 'acrostic*', 'esteganograf*', 'tinta invisible', 'tinta simpática',
      'tinta simpatica', 'señal convenida', 'senal convenida', 'palabra convenida',
    ],
    obscenity: [
      'puta*', 'puto*', 'hijoputa*', 'hijaputa*', '*mierd*', 'coño*', 'jod*', 'jód*', 'cabrón*', 'cabron*',
      'gilipoll*', 'pendej*', 'ching*', 'verga*', 'polla', 'pollas', 'cojón*', 'cojon*', 'culo', 'culos', 'culero*',
      'follar*', 'follad*', 'follando', 'mamón*', 'mamon*', 'maricón*', 'maricon*', 'marica*', 'carajo*',
      'pinche', 'pinches', 'boludo*', 'pelotud*', 'cagar*', 'cagad*', 'cagó', 'cago', 'zorra', 'zorras',
      'concha de tu madre', 'concha tu madre', 'chupapolla*', 'hdp', 'ctm',
    ],
  },
  allow: [
    'protestant*', // protest*
    'reprimend*', // reprim*
    'detenidamente', // detenid*: "leí tu carta detenidamente"
    'penalti*', 'penalty*', // penal*
    'puercoesp*', // puerco*: puercoespín
    'bombach*', 'bombay', // bomba*
    'putativ*', // puta*
    'vergara*', // verga*: a surname
    'maricarmen*', 'maricastaña*', // marica*
    'jodhpur*', // jod*
  ],
};
