import type { LanguageRules } from './rules.model.ts';

/**
 * Spanish. Writers often leave out accents, so stems stop before an accented letter where they
 * can (`represi*` is represión, represion, represiones, represivo) and a few words are listed in
 * both spellings (régimen / regimen). Words that are everyday in another sense are listed in
 * phrases only: régimen (also a diet), frente (in front of), juicio (opinion), ocupación (a job),
 * oposición (in Spain also the civil-service exams).
 */
export const es: LanguageRules = {
  lists: {
    politics: [
      // freedom as a political hope
      'libertad*', 'liberen', 'libérenlo*', 'liberenlo*', 'liberaci*', 'bielorrusia libre', 'belarús libre',
      'belarus libre', 'rusia libre', 'ucrania libre', 'serás libre*', 'seras libre*', 'será libre*', 'sera libre*',
      // struggle, regime, dictatorship
      'lucha*', 'luchen', 'luchemos', 'luchó', 'lucho',
      'este régimen', 'este regimen', 'ese régimen', 'ese regimen', 'del régimen', 'del regimen', 'contra el régimen',
      'contra el regimen', 'régimen autoritario', 'regimen autoritario', 'régimen* totalitari*', 'regimen* totalitari*',
      'régimen dictatorial', 'regimen dictatorial', 'régimen criminal', 'regimen criminal',
      'dictador*', 'dictadur*', 'dictatorial*', 'tirano*', 'tiranos', 'tiraní*', 'tirania*', 'tiránic*', 'tiranic*',
      'déspota*', 'despota*', 'despótic*', 'despotic*', 'despotismo', 'autocr*', 'autócr*', 'autoritari*',
      'totalitari*', 'oligarc*', 'usurpad*', 'ilegítim*', 'ilegitim*',
      // revolution, protest, elections, opposition
      '*revoluci*', 'insurrecci*', 'sublevaci*', 'levantamiento popular', 'golpe de estado', 'golpista*', 'disturbio*',
      'protest*', 'manifestaci*', 'manifestante*', 'mitin*', 'mítin*', 'huelga*', 'boicot*', 'piquete*',
      'elecci*', 'electoral*', 'fraude*', 'fraudulent*', 'amañ*', 'falsificaci*', 'falsificad*', 'pucherazo*',
      'oposici* polític*', 'oposici* politic*', 'oposici* bielorrus*', 'oposici* rus*', 'oposici* democr*',
      'líder* de la oposici*', 'lider* de la oposici*', 'contra la oposici*', 'opositor* polític*', 'opositor* politic*', 'opositores al régimen', 'disiden*', 'activista*',
      'activismo', 'militante*', 'solidaridad*',
      // political prisoners, repression, rights
      'preso* polític*', 'preso* politic*', 'presa* polític*', 'presa* politic*', 'prisioner* polític*',
      'prisioner* politic*', 'preso* de conciencia', 'perseguido* polític*', 'perseguido* politic*', 'persecuci*',
      'represi*', 'reprim*', 'censur*', 'democr*', 'demócr*', 'derechos humanos', 'derecho* human*',
      'sanci*', 'extremis*', 'terroris*', 'propagand*',
      // occupation, resistance, independence
      'ocupación rusa', 'ocupacion rusa', 'territorio* ocupado*', 'zona* ocupada*', 'fuerzas de ocupación',
      'fuerzas de ocupacion', 'bajo ocupación', 'bajo ocupacion', 'resistencia*', 'independenc*',
      // slogans and symbols
      'viva bielorrusia', 'viva belarús', 'viva belarus', 'viva ucrania', 'gloria a ucrania', 'gloria a los héroes',
      'gloria a los heroes', 'zhyve belarus', 'jive belarus', 'slava ukraini', 'heroyam slava',
      'blanc* roj* blanc*', 'blanc* roj* y blanc*', 'pahoni*', 'pagoni*', 'pajoni*',
      'maidán', 'maidan*', 'euromaidán', 'euromaidan*', 'samizdat*',
      // security services
      'kgb', 'fsb', 'servicio* secreto*', 'servicio* de seguridad', 'policía secreta', 'policia secreta',
      'policía política', 'policia politica', 'chekista*',
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
