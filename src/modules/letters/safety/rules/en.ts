import type { LanguageRules } from './rules.model.ts';

export const en: LanguageRules = {
  lists: {
    politics: [
      'freedom*', 'liberty', 'liberties', 'liberat*', 'free again', 'be free', 'set free', 'set you free', 'walk free', 'are free', 'all free',
      'fight*', 'struggl*', 'resistance', 'regime', 'regimes', "regime's", 'dictator*', 'tyran*', 'autocra*', 'authoritarian*', 'totalitarian*',
      'revolution', 'revolutionary', 'revolutionaries', 'uprising*', 'protest*', 'rally', 'rallies', 'demonstration*', 'demonstrator*', 'march for', 'election*', 'elector*',
      'vote', 'votes', 'voting', 'voted', 'ballot*', 'rigged', 'opposition*', 'dissident*', 'activis*', 'politic*', 'prisoner of conscience',
      'prisoners of conscience', 'repress*', 'persecut*', 'oppress*', 'democra*', 'human rights', 'sanction*', 'extremis*', 'propaganda',
      'independence', 'long live', 'zhyve*', 'slava ukraini', 'glory to ukraine', 'white-red-white', 'white red white', 'pahonia', 'pahonya',
      'kgb', 'fsb', 'gubopik', 'omon', 'secret police', 'solidarity', 'junta', 'coup', 'overthrow*', 'injustice*', 'unjust*',
      'government*', 'authorities', 'president*', 'parliament*', 'minister*', 'kremlin', 'free belarus', 'free russia', 'nato',
      'truth will win', 'we will win', 'justice will', 'censor*', 'dictatorship*', 'state security', 'regime change', 'rebel*',
    ],
    case: [
      'trial', 'trials', 'court', 'courts', 'courtroom*', 'judge', 'the judge', 'judicia*', 'verdict*', 'sentenced', 'your sentence', 'his sentence', 'her sentence', 'their sentence', 'prison sentence*', 'the sentence', 'sentence was', 'sentence is', 'appeal*',
      'cassation', 'criminal code', 'lawyer*', 'attorney*', 'advocate', 'advocates', 'defence lawyer*', 'defense lawyer*', 'investigat*',
      'prosecut*', 'arrest*', 'detain*', 'detention', 'custody', 'interrogat*', 'raid', 'raided', 'searched', 'search of', 'another search', 'a search of', 'did a search', 'do a search', 'in a cell', 'in your cell', 'cell with', 'punishment cell*', 'parcels', 'no parcel*', 'allowed a parcel', 'witness*',
      'testimon*', 'charged', 'charges', 'accus*', 'indict*', 'convict*', 'criminal case', 'your case', 'his case', 'her case', 'case file',
      'guilty', 'acquit*', 'parole', 'pardon', 'pardoned', 'amnesty', 'penal colon*', 'the colony', 'your colony', 'labour colony', 'labor colony', 'corrective colony', 'penal', 'penitentiar*', 'prison', 'prisons',
      'imprison*', 'jail*', 'pre-trial', 'punishment cell', 'solitary confinement', 'shizo', 'guards', 'prison guard*', 'warden', 'wardens',
      'convoy', 'hunger strike', 'tortur*', 'beaten', 'beating*', 'mistreat*', 'cellmate*', 'cell mate*', 'police*', 'policem*', 'officer*',
      'the hearing', 'court hearing*', 'appeal hearing*', 'preliminary hearing*', 'hearings', 'early release', 'extradit*', 'deport*', 'behind bars', 'locked up', 'innocent',
    ],
    insult: [
      'cops', 'cop', 'fascist*', 'nazi*', 'executioner*', 'thug*', 'bastard*', 'scum*', 'murderer*', 'killers', 'criminals',
      'gangster*', 'bandit*', 'mafia', 'occupier*', 'rat', 'rats', 'goon*', 'henchm*', 'puppet*', 'clown*', 'idiot*', 'moron*', 'lunatic*',
      'butcher*', 'monster*', 'tyrant*', 'cockroach*', 'mustachioed', 'cowards', 'coward', 'liars', 'thieves', 'crooks', 'crook', 'psychopath*',
    ],
    war: [
      'war', 'wars', 'wartime', 'warfare', 'warplane*', 'warship*', 'warzone*', 'army', 'armies', 'front line*', 'frontline*', 'at the front',
      'to the front', 'soldier*', 'military', 'militar*', 'mobilis*', 'mobiliz*', 'conscript*', 'drafted', 'bombing*', 'bombed', 'bomb', 'bombs',
      'shelling*', 'shelled', 'missile*', 'rocket attack*', 'drone attack*', 'drones', 'tanks', 'invasion', 'invade*', 'occupation', 'occupied',
      'special operation', 'special military', 'troops', 'trenches', 'weapon*', 'guns', 'artillery', 'casualt*', 'ukraine', 'ukrainian*',
      'donbas*', 'kyiv', 'kiev', 'bucha', 'mariupol', 'kharkiv', 'air raid*', 'air-raid*', 'sirens', 'refugee*', 'combat*', 'battle*',
      'battlefield*', 'ceasefire', 'peace talks', 'nuclear', 'genocide', 'airstrike*', 'air strike*',
    ],
    cipher: [
      'our code', 'the code', 'secret code*', 'coded', 'code word*', 'codeword*', 'cipher*', 'cypher*', 'encrypt*', 'decrypt*', 'decod*', 'secret message*',
      'hidden message*', 'hidden meaning', 'first letters', 'first letter of each', 'first letter of every', 'page line word', 'line word', 'in the alphabet', 'our old key', 'you know who', 'we agreed on', 'between the lines', 'password*', 'our signal', 'our sign',
      'backwards', 'read every', 'every first', 'secret word*',
    ],
    obscenity: [
      'fuck*', 'motherfuck*', 'shit', 'shits', 'shitty', 'shitting', 'bullshit', 'bitch*', 'asshole*', 'arsehole*', 'cunt*', 'dick', 'dicks',
      'dickhead*', 'piss', 'pissed', 'pissing', 'damn', 'damned', 'goddamn*', 'crap', 'crappy', 'wank*', 'twat*', 'prick', 'pricks',
      'bollocks', 'bugger*', 'cock', 'cocks', 'slut*', 'whore*', 'screw you', 'son of a bitch', 'sod off', 'bloody hell',
    ],
  },
  allow: ['struggling', 'protestant*', 'tennis court*', 'basketball court*', 'badminton court*', 'squash court*', 'food court*'],
};
