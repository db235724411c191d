// Named entities: PER, ORG, LOC, EVENT (DATE comes from dates.ts).
//
// How it works, in three passes over the tokens:
//   1. chunking: runs of capitalised words, joined by name particles ("Charles de Gaulle",
//      "Ursula von der Leyen") and extended by gazetteer names that contain lowercase words
//      ("Seconde Guerre mondiale", "Assemblée nationale");
//   2. evidence: each chunk gets a type from the strongest cue: a gazetteer entry, a first
//      name, a title before it ("le président", "M.", "Senator"), an apposition ("le
//      porte-parole du ministère, Anne Lefort"), an organisation word inside or before it
//      ("Ministère", "l'agence Tass"), a place cue ("la ville de", "à"), its shape (acronym,
//      CamelCase), a speech verb after it;
//   3. document propagation: once "Angela Merkel" is a person, a lone "Merkel" is too, with the
//      same id; a surface keeps one type in the whole article; a sentence-initial capital
//      with no other evidence is dropped (it is just the start of a sentence).

import {
  ORG_CUE_NOUNS,
  PLACE_CUE_NOUNS,
  ARTICLES,
  LOCATIVE_PREPOSITIONS,
  POSSESSIVE_DETERMINERS,
  DETERMINERS,
  OF_PREPOSITIONS,
  VERB_FILLERS,
  PORTFOLIO_WORDS,
  PREPOSITIONS,
  EVENT_HEAD_WORDS,
  FIRM_TRADE_ENDINGS,
  STORM_WORDS,
  CALAMITY_NOUNS_EN,
  CALAMITY_NOUNS_FR,
  isLowercaseContentWord,
  NUMBER_WORDS,
  isCoordinator,
  KINSHIP_NOUNS,
  ORG_NAME_ENDINGS,
  GROUP_WORDS,
  HONORIFICS,
  looksLikeDemonym,
  isWordOf,
  WordClass,
  COMMON_ACRONYMS,
  HOLIDAYS,
  DATE_QUALIFIERS_BEFORE,
  ENGLISH_STREET_TYPES,
  TITLES_BEFORE_GIVEN_NAMES,
  ADDRESS_LEADS,
  DATELINE_DASHES,
  COUNT_APPROXIMATORS,
  PEOPLE_PLURALS,
  DEFINITE_ARTICLES,
  PLACE_HEAD_LOOKALIKES,
  PLACE_HEADS,
  fold,
} from './lexicon';
import { distinctLexemes, isAllCaps, isPossessiveMark, LexemeMemo, lexemeIdOf, lexemeMask, onlySpacesBetween, PLACE_COMPOUND_WORDS, tokenColumns, TokenFlag, WordShape, type Token, type TokenColumns } from './tokenize';
import { dateInPlaceNameEnd } from './dates';
import { nameWordKey, sameFamilyName, typoGuardKey, withNameWordKey } from './names';
import * as gazetteer from './gazetteer';
import type { EntityMention, EntityType, Lang } from './types';
import { tokenAt } from './bounds';

/** A chunk of tokens [first, last) that may name an entity, with the evidence found for it. */
export interface Chunk {
  first: number;
  last: number;
  type?: EntityType;
  /** 3: gazetteer, first name, title; 2: cue words and shape; 1: a default guess. */
  strength: number;
  id?: string;
  /** The chunk starts a sentence: its capital letter proves nothing. */
  weakStart: boolean;
  /** Cached words of the chunk (see chunkWords) and their folded surface (see surfaceKey). */
  words?: string[];
  surfaceKey?: string;
  /** The type comes from the chunk's shape alone, with no cue in the text. */
  guessed: boolean;
}

/** A chunk with no cached words: every chunk is made here, so that all share one shape. */
function newChunk(first: number, last: number, weakStart: boolean, strength: number, type?: EntityType, id?: string, surfaceKey?: string): Chunk {
  return { first, last, type, strength, id, weakStart, words: undefined, surfaceKey, guessed: false };
}

/** Words an acronym skips: "Office of Disaster Preparedness (ODP)", "Comité d'action viticole (CAV)". */
const SPELLS_NO_INITIAL = WordClass.Function | WordClass.Determiner | WordClass.Preposition;

/** Punctuation that may stand inside a known name: "Saint-Denis", "AT&T", "Côte d'Ivoire", "U.S.". */
const NAME_JOINING_MARKS: ReadonlySet<string> = new Set(['-', '&', "'", '’', '.']);

/** English forms of address that stand for a person without naming them ("his Lordship"); not "Grace" nor "Honour", given names too. */
const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set(['lordship', 'ladyship', 'lordships', 'majesty', 'highness', 'excellency', 'worship', 'eminence', 'holiness']);

/** Abbreviated titles that are family names too, read as titles only where no name comes before them (see familyNameBeforePeriod). */
const TITLES_ALSO_FAMILY_NAMES: ReadonlySet<string> = new Set(['Kum']);
/** Titles that are also given names when capitalised before a full name, in French (see titleAlsoGivenName). */
const TITLES_ALSO_GIVEN_NAMES: ReadonlySet<string> = new Set(['Cheikh']);

/** Ranks that French writes in lowercase before a name with a particle: "le général de Gaulle". */
const RANKS_BEFORE_PARTICLE = new Set(['general', 'marechal', 'colonel', 'capitaine', 'amiral', 'commandant', 'lieutenant', 'abbe', 'chanoine', 'cardinal', 'docteur']);

/**
 * Words a company adds after its name and drops when it is named again ("Vodafone Group Plc",
 * "Skarvik Telecom AB", "Coastline Cellular Inc"). Not newspaper words ("Times", "Post"): "New
 * York Times" is not "New York".
 */
const COMPANY_SECTOR_WORDS: ReadonlySet<string> = new Set([
  'group', 'groupe', 'holding', 'holdings', 'telecom', 'telecoms', 'cellular', 'airlines', 'airways', 'motors',
  'systems', 'industries', 'international', 'enterprises', 'bancorp', 'corporation', 'company', 'technologies',
  'pharmaceuticals', 'communications', 'energy', 'ventures', 'mobile', 'networks', 'software', 'electronics',
]);

/** Nouns "Air" compounds with that name no airline: "Air Show", "Air Raid", "Air Marshal" (folded). */
const AIR_COMPOUND_NOUNS: ReadonlySet<string> = new Set('show shows raid raids strike strikes crash display race races quality pollution traffic mail ambulance cadets marshal commodore vice-marshal date max miles'.split(' '));

/** The word before a union branch's number: "Local 113", "Lodge 751" (as written). */
const UNION_BRANCH_WORDS: ReadonlySet<string> = new Set(['Local', 'Lodge']);

/** Sports clubs' first words, an organisation only with an adjective after them ("Stade rennais", "Aviron bayonnais"). */
const CLUB_HEAD_WORDS: ReadonlySet<string> = new Set(['stade', 'aviron', 'olympique', 'racing', 'sporting', 'entente', 'etoile', 'jeunesse', 'avenir']);

/** How far after a headline's name its story is searched for that name again (UTF-16 code units; a long feature). */
const STORY_SEARCH_LENGTH = 50_000;

/** The nations of the United Kingdom, countries for their bodies' branches ("NHS England", "BBC Scotland"), regions to the lists. */
const UK_NATIONS: ReadonlySet<string> = new Set(['england', 'scotland', 'wales', 'northern-ireland']);

/** Forms of English "be" before a passive participle. */
const ENGLISH_BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been']);

/** Verbs of speech whose passive subject is what is said, not a speaker: "Help is promised", "A strike was announced". */
const PASSIVE_OF_THINGS: ReadonlySet<string> = new Set(['promised', 'announced', 'reported', 'declared', 'stated', 'proposed', 'confirmed', 'denied', 'predicted', 'forecast']);

/** Function words that a place's name may end with once capitalised: "place de la République", "rue de la Nation". */
const NAMEABLE_NOUNS: ReadonlySet<string> = new Set(['republique', 'nation', 'etat', 'est']);

/**
 * What children call their parents and grandparents ("Dad says he'll manage", "Maman n'a rien
 * dit"): capitalised like a name, yet nobody's name unless one follows ("Papa Wemba", "Ma Rainey").
 */
const FAMILY_ADDRESS_WORDS: ReadonlySet<string> = new Set([
  ...'dad daddy mum mummy mom mommy ma pa grandma grandpa granny gran grandad granddad nana'.split(' '),
  ...'papa maman mamie papi papy pepe meme tonton tata'.split(' '),
]);

/** A secretariat of State's heads (folded): "le secrétariat d'État aux Sports". */
const STATE_SECRETARIAT_HEADS: ReadonlySet<string> = new Set(['secretariat', 'sous-secretariat']);

/** French heads whose remit follows "à" (folded): "Commissariat à l'énergie atomique", "Délégation à l'aménagement du territoire". */
const REMIT_WITH_A_HEADS: ReadonlySet<string> = new Set(['commissariat', 'haut-commissariat', 'secretariat', 'delegation']);

/** Sports a French club's name may end on (folded): "Rodez Aveyron Football", "Limoges Handball". */
const CLUB_SPORTS_FR: ReadonlySet<string> = new Set(['football', 'rugby', 'handball', 'basket', 'volley', 'hockey', 'volley-ball', 'basket-ball']);

/** Sports clubs' abbreviated forms before a town: "FC Nantes", "AS Monaco", "ES Troyes", "OGC Nice" (not initials of a person). */
const CLUB_PREFIXES: ReadonlySet<string> = new Set(['FC', 'AS', 'RC', 'ES', 'US', 'SC', 'AC', 'OGC', 'AJ', 'SCO', 'CS', 'SM', 'ASM', 'USM', 'CA', 'SO', 'AFC', 'CF']);

/** Country adjectives that qualify a body without naming it: "le Congrès américain", "le Parlement britannique". */
const COUNTRY_ADJECTIVES: ReadonlySet<string> = new Set([
  'francais', 'francaise', 'americain', 'americaine', 'britannique', 'anglais', 'anglaise', 'italien', 'italienne',
  'espagnol', 'espagnole', 'chinois', 'chinoise', 'japonais', 'japonaise', 'ukrainien', 'ukrainienne', 'israelien',
  'israelienne', 'iranien', 'iranienne', 'allemand', 'allemande', 'russe', 'belge', 'suisse', 'canadien', 'canadienne',
  'bresilien', 'bresilienne', 'indien', 'indienne', 'turc', 'turque', 'grec', 'grecque', 'polonais', 'polonaise',
  'algerien', 'algerienne', 'marocain', 'marocaine', 'tunisien', 'tunisienne', 'egyptien', 'egyptienne', 'syrien',
  'syrienne', 'libanais', 'libanaise', 'irakien', 'irakienne', 'mexicain', 'mexicaine', 'africain', 'africaine',
  'suedois', 'suedoise', 'neerlandais', 'neerlandaise', 'danois', 'danoise', 'norvegien', 'norvegienne', 'finlandais',
  'finlandaise', 'autrichien', 'autrichienne', 'portugais', 'portugaise', 'australien', 'australienne', 'coreen',
  'coreenne', 'sud-coreen', 'sud-coreenne', 'taiwanais', 'taiwanaise', 'luxembourgeois', 'luxembourgeoise', 'irlandais',
  'irlandaise', 'ecossais', 'ecossaise', 'senegalais', 'senegalaise', 'ivoirien', 'ivoirienne',
  'nigerian', 'nigeriane', 'sud-africain', 'sud-africaine', 'hongrois', 'hongroise', 'tcheque', 'roumain', 'roumaine',
]);

/** Endings of French adjectives that close an institution's or a club's name ("correctionnel", "générale", "rennais"). */
const FRENCH_ADJECTIVE_ENDING = /(?:phile|philes|el|elle|els|elles|al|ale|aux|ales|if|ive|ifs|ives|ique|iques|aire|aires|ais|aise|aises|ois|oise|oises|ain|aine|ains|aines|anne|annes|ien|ienne|iens|iennes|éen|éenne|éens|éennes|é|ée|és|ées|eur|eure|ier|ière|iers|ières|iste|istes|ent|ente|ents|entes|ic|ics|iote|iotes|ime|imes|als)$/;

/** The movements whose national societies the press names by an adjective: "Croix-Rouge suisse" (folded). */
const NATIONAL_SOCIETY_MOVEMENTS: ReadonlySet<string> = new Set(['croix-rouge', 'croissant-rouge']);
/** French nationality adjectives by their endings: "ivoirienne", "congolaise", "malien", "monégasque". */
const NATIONALITY_ENDING = /(?:ien|ienne|ais|aise|ois|oise|ain|aine|éen|éenne|asque)$/;
/** Words with a nationality's ending that are none: adverbs, "prochain", "humaine", "européenne" (a continent's). */
const NOT_NATIONALITIES: ReadonlySet<string> = new Set([
  'parfois', 'autrefois', 'quelquefois', 'toutefois', 'demain', 'soudain', 'prochain', 'prochaine', 'certain', 'certaine', 'humain',
  'humaine', 'lointain', 'lointaine', 'ancien', 'ancienne', 'bien', 'europeen', 'europeenne', 'africain', 'africaine',
  'asiatique', 'mondial', 'local', 'locale', 'internationale', 'international',
]);

/** French nationality adjectives that neither COUNTRY_ADJECTIVES nor an ending shows (folded): "burkinabè", "malgache". */
const INVARIABLE_NATIONALITIES: ReadonlySet<string> = new Set(['burkinabe', 'malgache', 'khmer', 'khmere']);

/**
 * French adjectives of a region or a people in -on that close a body's name ("la Région wallonne",
 * "la Société bretonne de pêche"); not by their ending: "donne", "personne", "maison" end so too.
 */
const ADJECTIVES_IN_ON: ReadonlySet<string> = new Set(['wallon', 'breton', 'gascon', 'saxon', 'letton', 'nippon', 'frison', 'teuton', 'bourguignon', 'berrichon', 'beauceron', 'lapon', 'huron']
  .flatMap((w) => [w, `${w}s`, `${w}ne`, `${w}nes`]));

/**
 * French adjectives of a faith that close a body's name ("l'Institut musulman", "la Fédération
 * protestante de France", "le Consistoire israélite"); not by their ending: "-ant" and "-ite"
 * end participles and nouns too ("restant", "limite").
 */
const ADJECTIVES_OF_FAITH: ReadonlySet<string> = new Set(['musulman', 'protestant', 'anglican', 'mahometan']
  .flatMap((w) => [w, `${w}s`, `${w}e`, `${w}es`]).concat(['juif', 'juive', 'juifs', 'juives', 'israelite', 'israelites', 'orthodoxe', 'orthodoxes', 'copte', 'coptes', 'hindou', 'hindoue', 'hindous', 'hindoues']));

/** French adjectives in -in that close a body's name ("Club alpin", "Conservatoire marin"); not by their ending: "moins", "voisin", "matin" end so too. */
const ADJECTIVES_IN_IN: ReadonlySet<string> = new Set(['alpin', 'alpine', 'alpins', 'alpines', 'marin', 'marine', 'marins', 'marines', 'latin', 'latine', 'latins', 'latines', 'andin', 'andine']);

/**
 * French adjectives of a trade or a sex that no adjective's ending shows (folded), as
 * bodies' names carry them: "Syndicat textile de Roubaix", "Association vaudoise pour le
 * suffrage féminin", "Crédit agricole", "Union maritime".
 */
const ADJECTIVES_WITHOUT_ENDING: ReadonlySet<string> = new Set(['textile', 'agricole', 'viticole', 'vinicole', 'horticole', 'automobile', 'maritime', 'feminin', 'feminine', 'masculin', 'masculine', 'independant', 'independante', 'libre', 'moderne']
  .flatMap((w) => [w, `${w}s`]));

/** A name and a point of the compass after a hyphen: "Jura-Sud", "Lyon-Nord", "Belfast-East". */
const COMPASS_PART = /^(\p{Lu}[\p{L}'’-]*?)-(?:Nord|Sud|Est|Ouest|Centre|North|South|East|West|Central)$/u;

/** "à l'arrêt X", "près de l'arrêt X", "en face de l'arrêt X": places of a stop, not a ruling. */
const STOP_PREPOSITIONS: ReadonlySet<string> = new Set(['a', 'devant', 'vers', 'depuis', "jusqu'", 'dessert']);
/** "près de l'arrêt X", "à côté de", "en face de": nouns of nearness before "de" and a stop ("la portée de l'arrêt Bosman" is a ruling's). */
const NEAR_WORDS: ReadonlySet<string> = new Set(['pres', 'cote', 'face', 'proximite', 'hauteur', 'niveau']);
/** Words of transport near "l'arrêt X" that make it a stop (folded). */
const TRANSPORT_WORDS: ReadonlySet<string> = new Set([
  'tram', 'tramway', 'bus', 'autobus', 'metro', 'ligne', 'terminus', 'station', 'dessert', 'desservi', 'voyageurs', 'chauffeur', 'rame', 'trolleybus', 'navette',
]);
/** "le Tour", "du Tour", "au Tour": the articles of a masculine name. */
const MASCULINE_ARTICLES: ReadonlySet<string> = new Set(['le', 'du', 'au']);
/** "le dernier Tour", "le prochain Tour": words between an article and a race ("le premier Tour" is as often a cup's first round). */
const RACE_ORDINALS: ReadonlySet<string> = new Set(['dernier', 'prochain']);

/** "la guerre de Corée", "d'Algérie", "du Golfe", "des Six Jours": the words between a war and its name. */
const WAR_NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['de', "d'", 'du', 'des']);
/** English ordinals in words, as written in lowercase before a counted thing ("the third Test"). */
const ORDINAL_WORDS_EN: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** An ordinal written in figures, French or English: "118e", "1er", "2ème", "1st", "23rd". */
const ORDINAL_NUMBER = /^\d{1,3}(?:e|er|re|ème|eme|st|nd|rd|th)$/;
/**
 * An army's unit's ordinal in words: English "Twenty-first", "Second" (capitalised, folded here)
 * and the French Roman numeral "IVe", "XIe" ("la IVe armée").
 */
const ENGLISH_ORDINAL_WORD = /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$|^(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)$/;
// (Not "Le", the article, which the letters L and e spell too.)
const FRENCH_ROMAN_ORDINAL = /^(?!Le$)[IVXL]+e$/;
/** The kinds of an army's units (folded), named with an ordinal: see findNumberedUnits. */
const MILITARY_UNITS_EN: ReadonlySet<string> = new Set(['division', 'battalion', 'regiment', 'brigade', 'corps', 'army', 'fleet', 'squadron', 'infantry', 'cavalry', 'hussars', 'lancers', 'dragoons', 'fusiliers', 'rifles', 'commando', 'flotilla', 'precinct']);
// (Not "division" in French: "la 2e division" is most often a league's.)
const MILITARY_UNITS_FR: ReadonlySet<string> = new Set(['regiment', 'bataillon', 'brigade', 'demi-brigade', 'corps', 'escadron', 'escadrille', 'armee', 'legion', 'flottille']);
/**
 * French heads of events' names, capitalised before their lowercase words ("la Fête du peuple
 * jurassien", "le Festival international de Colmar"), folded. Not "Exposition": the word names the grounds and
 * the body that runs them as often as the show, and its names run on ("universelle et
 * internationale de 1913"); not "Salon" (a palace's room: "le Salon doré"), "Journées",
 * "Rencontres" (plurals before a verb in -ent: "Les Journées du patrimoine attirent").
 */
const FRENCH_EVENT_HEADS: ReadonlySet<string> = new Set('fete fetes festival foire floralies biennale carnaval jubile coupe championnat tournoi trophee concours rallye exposition marathon journee'.split(' '));

/** French event heads named by a lowercase noun after "de", besides FRENCH_EVENT_HEADS (folded): "le Salon de l'automobile", "les Jeux d'hiver". */
const FRENCH_EVENT_HEADS_OF_COMMON_NOUNS: ReadonlySet<string> = new Set(['salon', 'jeux', 'journees', 'congres']);

/** French articles contracted with "de" and "à", and the article of a town's name they hold (folded). */
const CONTRACTED_ARTICLES_FR: ReadonlyMap<string, string> = new Map([['du', 'Le'], ['au', 'Le'], ['des', 'Les'], ['aux', 'Les']]);

/** French adjectives of a region in -and that close a body's name ("la Radio suisse romande"); not by their ending: "demande", "grand" end so too. */
const ADJECTIVES_IN_AND: ReadonlySet<string> = new Set(['romand', 'romande', 'romands', 'romandes', 'normand', 'normande', 'normands', 'normandes', 'flamand', 'flamande', 'flamands', 'flamandes']);

/** The articles before a company's nationality noun: "le finlandais X", "l'allemand X", "du suédois X", "au japonais X" (folded). */
const COMPANY_NATIONALITY_ARTICLES: ReadonlySet<string> = new Set(['le', "l'", 'du', 'au']);

/** French participles that give a name its other name: "l'Union des coopératives, dite Ucopa" ("dit" alone is a verb of speech). */
const ALIAS_PARTICIPLES_FR: ReadonlySet<string> = new Set(['dite', 'dites', 'surnommé', 'surnommée', 'surnommés', 'surnommées']);

/** Sectors a public agency is named by before its country: "Environment Canada", "Santé Canada", "Tourism Ireland" (folded). */
const AGENCY_SECTORS: ReadonlySet<string> = new Set([
  ...'environment health transport statistics parks tourism sport heritage fisheries immigration revenue employment veterans infrastructure'.split(' '),
  ...'environnement sante transports parcs statistique tourisme peches emploi patrimoine revenu'.split(' '),
]);

/** French "de" and its contracted and elided forms before a name (folded): "de Vincennes", "du Loir", "d'Ougrée". */
const DE_FORMS_FR: ReadonlySet<string> = new Set(['de', 'du', "d'"]);

/** What joins an organisation's head to its complement ("Bureau for X"), and the definite article that may follow. */
/** Legal forms a comma may set off from a firm's name: "Western Holdings, Limited", "Six Companies, Inc.". */
const COMMA_LEGAL_FORMS: ReadonlySet<string> = new Set(['Limited', 'Ltd', 'Inc', 'Incorporated', 'LLC', 'Ltée', 'Limitée']);
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set([...OF_PREPOSITIONS, 'for']);
/** French nouns of nationality or origin: "Breton", "Espagnol", "Norvégienne", "Lillois", "Allemande". */
const FRENCH_DEMONYM_ENDING = /(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|ol|ole|on|onne|and|ande)$/u;
/** English peoples' names that no demonym ending tells (see namesAPeople). */
const IRREGULAR_DEMONYMS_EN: ReadonlySet<string> = new Set(['Welsh', 'Scots', 'Greek', 'Greeks', 'Thai', 'Thais', 'Basques', 'Kurds', 'Arabs', 'Turks', 'Poles', 'Czechs', 'Swedes', 'Danes', 'Finns', 'Britons']);
/** French nouns of nationality with no telling ending: "le Belge Jef Verhaegen", "la Russe Olga Petrova". */
const FRENCH_PLAIN_DEMONYMS: ReadonlySet<string> = new Set([
  ...'belge suisse russe grec grecque turc turque tcheque slovaque basque kurde serbe croate arabe malgache khmer thai perse slovene bulgare'.split(' '),
]);
/**
 * More endings of French nouns of nationality, read only before a first name, where a person is
 * described: "Kényan", "Britannique", "Uruguayen", "Yéménite", "Chypriote", "Argentin", "Guatémaltèque".
 */
const FRENCH_DESCRIPTOR_DEMONYM_ENDING = /(?:an|ane|ique|en|enne|ite|ote|asque|èque|in|ine|ave)$/u;
/** Nouns with those endings that name a place or a thing named after someone: "la Piscine Marcel Cerdan", "la Médiathèque Jean Moulin" (folded). */
const NOT_DESCRIPTOR_NOUNS = /(?:theque|piscine|cantine|usine|magasin|bassin|jardin|moulin|chemin|musique|technique|boutique|clinique|basilique|fabrique|republique|ocean|caiman)$/;
/** English nouns of nationality with no telling ending, before a first name: "Briton Tom Hale", "the Scot Ian Gow" (folded). */
const ENGLISH_PLAIN_DEMONYMS: ReadonlySet<string> = new Set(
  'briton scot dane swede pole czech greek turk finn thai welshman scotsman englishman irishman frenchman dutchman'.split(' '),
);
/** North, South, Eastern, Western…: group words that open place names ("Northern Virginia"). */
const COMPASS_WORDS = /^(?:north|south|east|west)/;

/** Two capitalised family names joined by a hyphen ("MacPherson-Grant", "O'Brien-Hale"); see isDoubleBarrelled. */
const DOUBLE_BARRELLED = /^((?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+)-((?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+)$/u;

/** A quarter named by the compass alone, folded: "north", "south-west", "northeast". */
const COMPASS_QUARTER = /^(?:north|south|east|west)(?:-?(?:east|west))?$/;

/** English nouns that make a compass word a district or a region: "the North Side", "the West Country" (folded). */
const QUARTER_NOUNS_EN: ReadonlySet<string> = new Set(['side', 'end', 'country', 'ward', 'division', 'shore', 'coast', 'riding', 'midlands']);

/** English bodies named after what they deliberate on ("Committee on Foreign Affairs"). */
const BODIES_WITH_A_REMIT: ReadonlySet<string> = new Set(['commission', 'committee', 'council', 'board', 'panel', 'conference', 'subcommittee']);

/** French singular articles, as written, bare and contracted ("les Martin" is a family: left out). */
const FRENCH_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', "l'", 'l’', 'du', 'au']);
/** The singular determiners French puts before a body's name: its articles, demonstratives and possessives ("cette Municipalité"). */
const FRENCH_DETERMINERS_BEFORE_BODY: ReadonlySet<string> = new Set([...FRENCH_ARTICLES, 'ce', 'cet', 'cette', 'notre', 'votre', 'leur', 'son', 'sa']);

/** English words before a name that only a place follows: "via X", "around X", "the slopes above X" ("visit" and "toward" also take people). */
const ROUTE_PREPOSITIONS: ReadonlySet<string> = new Set(['via', 'around', 'across', 'throughout', 'outside', 'above', 'below', 'beneath', 'beyond']);
/** English words of travel before "to" and a place: "the boat to X", "flew to X" ("went to", "moved to" also take a recipient or a club). */
const TRAVEL_WORDS: ReadonlySet<string> = new Set([
  'trip', 'trips', 'journey', 'boat', 'ferry', 'bus', 'buses', 'train', 'trains', 'flight', 'flights', 'road', 'route', 'drive', 'walk',
  'travel', 'travelled', 'traveled', 'flew', 'fly', 'drove', 'fled', 'sailed',
  // Verbs of going somewhere only a place receives: "emigrated to X", "marched to X". (Not
  // "went", "moved", "came", "returned", "walked", "headed": "the award went to X", "the
  // midfielder moved to X", "the news came to X", "her thoughts returned to X", "the referee
  // walked to X", "the coach headed to Chelsea".)
  'marched', 'emigrated', 'travelling', 'traveling',
]);

/**
 * English words before "for" and a destination: "bound for X", "sailed for X", "the first boat
 * for X". (Not "walk", "drive" or "trip": "a walk for X" raises money for someone; nor "left":
 * "left for X" is as often a thing left to someone.)
 */
const BOUND_FOR_WORDS: ReadonlySet<string> = new Set([
  'bound', 'sailed', 'sail', 'sails', 'sailing', 'departed', 'departs', 'departing', 'embarked',
  'leave', 'leaves', 'leaving', 'headed', 'heading',
  'boat', 'boats', 'ferry', 'ferries', 'steamer', 'steamers', 'ship', 'train', 'trains', 'flight', 'flights', 'bus', 'buses', 'plane',
]);

/** English words of a creed, before "Church" in a denomination's name. */
const CREED_WORDS: ReadonlySet<string> = new Set([
  'catholic', 'roman', 'anglican', 'methodist', 'presbyterian', 'baptist', 'lutheran', 'orthodox', 'reformed', 'episcopal',
  'evangelical', 'pentecostal', 'coptic', 'apostolic', 'moravian', 'unification', 'united', 'free', 'uniting', 'adventist', 'mormon',
  // Nations whose adjective has no demonym's ending.
  'dutch', 'greek', 'french', 'swiss',
]);

/** English nouns a person's name qualifies: "the Martin Church case", "the Jack Hall report". */
const NOUNS_NAMED_AFTER_PEOPLE: ReadonlySet<string> = new Set(['case', 'cases', 'report', 'affair', 'inquiry', 'inquest', 'trial', 'verdict', 'era', 'years', 'saga', 'scandal', 'story', 'family', 'show', 'murder', 'killing', 'administration', 'government', 'presidency', 'campaign', 'household']);

/** English verbs of telling, whose object is a person or, after a capitalised "The", a paper. */
const TELL_VERBS: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling']);

/**
 * Past participles before "by" whose agent is a person far more often than a body: "chaired by",
 * "announced by", "written by". (Not "run by", "owned by", "organised by", nor "led by" and "won
 * by": consortia are led and contracts and races won by firms and teams, "won by Balfour Beatty".)
 */
const PERSON_DEED_PARTICIPLES: ReadonlySet<string> = new Set([
  'headed', 'chaired', 'captained', 'coached', 'skippered', 'presented', 'written', 'directed', 'composed',
  'painted', 'sung', 'signed', 'announced', 'introduced', 'unveiled', 'seconded', 'conducted',
]);

/** English plurals without "s", whose possessive opens bodies' names ("People's", "Women's"). */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'women', 'men', 'children']);

/** Colours that describe people ("a 30-year-old Black woman"), not their town. */
const COLOUR_WORDS: ReadonlySet<string> = new Set(['black', 'white', 'brown']);

/** Nouns for the residents of a town: "a Lindale resident", "a 40-year-old Lindale man". */
const RESIDENT_NOUNS: ReadonlySet<string> = new Set(['resident', 'native']);
/** English adjectives of the compass that open bodies' and places' names ("Northern Rock", "Southern Shore"), never a person's. */
const COMPASS_ADJECTIVES_EN: ReadonlySet<string> = new Set(['Northern', 'Southern', 'Eastern', 'Western', 'Central']);

/** English adjectives of nations and empires that open bodies' names, never a person's: "British Rail", "Irish Ferries". */
const NATIONAL_ADJECTIVES_EN: ReadonlySet<string> = new Set(`
  British English Scottish Welsh Irish American Canadian Australian French German Dutch Belgian Italian Spanish
  Swiss Swedish Norwegian Danish Finnish Russian Soviet Japanese Chinese Indian Pakistani Mexican Brazilian Greek
  Turkish Polish Austrian Hungarian Czech Egyptian Nigerian Kenyan Israeli Iranian Korean Portuguese Imperial
`.trim().split(/\s+/));
/** English prepositions that put no one at someone: a name after them, before ", who", is a place (see placeOfPersonBeforeWho). */
const PLACES_OF_PEOPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from']);
const PEOPLE_OF_A_TOWN: ReadonlySet<string> = new Set([...RESIDENT_NOUNS, 'man', 'woman', 'boy', 'girl', 'teenager', 'mother', 'father']);

/** English landforms that are family names too (folded), so no place head word: "Porlock Hill" but "Damon Hill". */
const LANDFORMS_ALSO_FAMILY_NAMES: ReadonlySet<string> = new Set(['hill', 'heath', 'edge', 'ridge', 'beacon', 'fell', 'tor', 'pike', 'knoll', 'marsh', 'weir']);

/** English nouns for the people of a body, after its common noun (folded): "Museum staff", "Bank officers", "Gallery owner". */
const STAFF_NOUNS: ReadonlySet<string> = new Set(['staff', 'officers', 'officer', 'owner', 'owners', 'chiefs', 'bosses', 'sources', 'spokesman', 'spokeswoman', 'spokesperson']);

/** French heads that, capitalised before "de" and a place, name its administration (folded; see capitalisedAdministrationEnd). */
const CAPITALISED_ADMINISTRATIONS: ReadonlySet<string> = new Set(['ville', 'region', 'collectivite', 'gouvernement']);
/** French nouns for a place's council when capitalised after their article (folded): "la Région", "la Ville". */
const FRENCH_ADMINISTRATION_NOUNS: ReadonlySet<string> = new Set(['ville', 'region', 'commune', 'departement', 'province', 'canton']);

/** English nouns of public life and of eras that the press capitalises after "the" (folded): "the Government", "the Depression". */
const ENGLISH_BODY_AND_ERA_NOUNS: ReadonlySet<string> = new Set([
  'government', 'opposition', 'crown', 'legislature', 'administration', 'establishment', 'depression', 'blitz', 'reformation',
  'restoration', 'renaissance', 'enlightenment', 'war', 'emergency', 'troubles', 'famine', 'gold', 'rush', 'treasury', 'exchequer',
  'admiralty', 'commons', 'lords', 'constitution', 'convention',
  // The bodies of the sky ("the first steps on the Moon", "to the Moon and back") are no places of the map.
  'moon', 'sun', 'earth', 'world',
]);

/**
 * Capitalised French place heads that open other names before a town: "Tour de France" (a race),
 * "Hôtel de Ville" (a town hall, a body), "Palais de Justice", "Port de Marseille" (a port authority).
 */
const CAPITALISED_HEADS_OF_OTHER_NAMES: ReadonlySet<string> = new Set(['tour', 'hotel', 'palais', 'port']);

/** French nouns of a river's course, folded: "la crue de la Sirba", "le long de la Vesdre" (see placeAfterItsNoun). */
const RIVER_COURSE_NOUNS_FR: ReadonlySet<string> = new Set([
  ...'crue crues decrue rive rives berge berges lit debit embouchure confluent confluence long bord bords source sources meandres vallees'.split(' '),
]);

/**
 * French nouns of what a district, a valley or a coast holds and who lives there, folded: "les
 * cafés de la Brianza", "les tisseurs de la Croix-Rousse", "les villages de la Chartreuse" (see
 * placeAfterItsNoun). Not its officers ("les élus de la Nupes", "le maire du Raincy"), whose
 * complement is as often a party or a body, nor its workers ("les ouvriers de Lip").
 */
const PLACE_DWELLER_NOUNS_FR: ReadonlySet<string> = new Set([
  ...'habitants villages cafes rues ecoles eglises quartiers hoteliers vignerons paysans pecheurs fermes hameaux sommets pentes lacets rochers routes chemins forets bourgs clochers commercants cultivateurs eleveurs tisseurs pelerins montagnards coteaux vignobles plages'.split(' '),
]);

/** Prepositions of place before an article and a name (folded): "jusqu'à la", "sur les", "dans l'", "on the". */
const ARTICLE_PLACE_PREPOSITIONS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(['a', 'sur', 'dans', 'vers']),
  // "on the Clyde", "from the Karoo", "across the Rand", "at the Oval", "to the Camp", "outside the
  // Dome", "up the Medway" (the bodies of "at the Treasury" and "to the Convention" are left out by
  // bodyOrEraWord; not "by" nor "of": "by the Herald", "of the Society").
  en: new Set(['on', 'in', 'from', 'across', 'into', 'along', 'near', 'upon', 'at', 'to', 'outside', 'inside', 'past', 'behind', 'beside', 'opposite', 'toward', 'towards', 'through', 'around', 'round', 'over', 'under', 'beyond', 'below', 'off', 'within', 'onto', 'up', 'down']),
};

/** English words for a saint that open a place's or a church's name: "St. John's", "Saint Paul". */
const SAINT_WORDS = new Set(['St', 'Ste', 'Saint']);

/** The articles before a French institution's remit or a head's place: "de l'Agriculture", "du Logement", "des Sports", "de la Nouvelle-Calédonie". */
const REMIT_ARTICLES: ReadonlySet<string> = new Set(['de', 'du', 'des', "d'", 'la', "l'", 'le', 'les']);

/** Plurals that close the names of regions, events and papers, not of teams: "the Home Counties", "the World Series". */
const PLURAL_OF_NO_TEAM_WORDS = 'counties valleys dales broads keys lakes borders countries territories isles midlands hebrides series awards trials riots papers scrolls marbles globes';
const PLURALS_OF_NO_TEAM: ReadonlySet<string> = new Set(PLURAL_OF_NO_TEAM_WORDS.split(' '));

/** English prepositions that put what follows on the map: "on the Grand Banks", "to the Boston States". */
const PLACING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'to', 'into', 'at', 'from', 'across', 'near', 'off', 'over', 'through']);

/** English nouns of the land a place's name qualifies: "the Killarney road", "the Kurnalpi field". */
const LAND_NOUNS: ReadonlySet<string> = new Set([
  ...'road side field fields goldfield goldfields coalfield district area region coast valley border suburbs'.split(' '),
  ...'hills saleyards township countryside shore waterfront highlands lowlands plains delta basin'.split(' '),
  ...'river county peninsula creek'.split(' '),
]);

/**
 * The land nouns that are the place's own head, written in lowercase ("the Mithi river", "the
 * Rooks county attorney", "the Llŷn peninsula"): the name takes them in. The others ("the
 * Killarney road", "the Karoo town") only say where the name is.
 */
const OWN_HEAD_LAND_NOUNS: ReadonlySet<string> = new Set(['river', 'county', 'peninsula', 'creek']);

/** English street heads that no family name ends on: "Spencer Street", "George Road". */
const STREET_HEADS_AFTER_NAMES: ReadonlySet<string> = new Set(['street', 'road', 'avenue', 'boulevard', 'terrace', 'crescent', 'gardens', 'square', 'drive', 'highway', 'parkway']);

/** The capitalised words that name a French paper after its article ("le Courrier", "la Tribune"), folded. */
const FRENCH_PAPER_WORDS: ReadonlySet<string> = new Set([
  ...'courrier progres echo gazette tribune nouvelliste quotidien moniteur depeche reveil messager'.split(' '),
  ...'impartial republicain patriote devoir'.split(' '),
]);

/**
 * The capitalised words that name an English paper after "the" ("told the Argus", "The Herald,
 * in an editorial"), folded. Not the words a paper shares with a title or a road ("the Leader of
 * the Opposition", "the Western Express Highway"), nor "Post", "Star", "Sun", "News", nor those that
 * name a planet, a craft, a coroner or an office as often ("Mercury", "Sentinel", "Examiner",
 * "Courier", "Tribune", "Ledger", "Bulletin").
 */
const ENGLISH_PAPER_WORDS: ReadonlySet<string> = new Set([
  ...'herald argus clarion gazette chronicle advertiser observer dispatch despatch intelligencer picayune inquirer'.split(' '),
  ...'enquirer telegraph times journal gleaner statesman courant mirror'.split(' '),
]);

/** Languages whose names end in "i", like towns of South Asia and Africa ("in Hindi with subtitles"), folded. */
const LANGUAGES_ENDING_IN_I: ReadonlySet<string> = new Set([
  ...'hindi bengali swahili kiswahili farsi punjabi gujarati marathi nepali somali sindhi maori thai dari maithili bhojpuri'.split(' '),
  ...'oriya odia konkani malawi shqipi'.split(' '),
]);

/** Verbs before "in" + a language ("spoke in Swahili", "sang in Hindi"), folded. */
const LANGUAGE_VERBS: ReadonlySet<string> = new Set(['spoke', 'speak', 'speaks', 'speaking', 'spoken', 'sang', 'sung', 'sing', 'wrote', 'written', 'write', 'translated', 'broadcast', 'taught', 'preached', 'prayed', 'answered', 'replied', 'shouted', 'whispered', 'said', 'says']);

/** French verbs whose object is a place reached or crossed ("atteindra Dong-Dang", folded). */
const REACHING_VERBS_FR: ReadonlySet<string> = new Set('regagner regagne regagnera regagnait'.split(' '));

/** French words before "pour" + a destination: "parti pour Kelvane", "en route pour", "embarqués pour" (folded). */
const DEPARTURE_WORDS_FR: ReadonlySet<string> = new Set([
  ...'partir part partent parti partie partis parties partira partiront partait partaient route embarque embarquee embarques embarquees appareille'.split(' '),
]);

/** French nouns of an office held for a place, or of a dweller, before "de" + the place (folded). */
const SEAT_NOUNS_FR: ReadonlySet<string> = new Set([
  ...'depute deputee senateur senatrice maire cure pasteur eveque archeveque prefet prefete sous-prefet siege circonscription'.split(' '),
  ...'bourgmestre syndic habitant habitante habitants habitantes natif native originaire horticulteur agriculteur viticulteur'.split(' '),
  ...'cultivateur cultivateurs vigneron vignerons pecheur pecheurs paroisse diocese'.split(' '),
]);

/** English nouns before "for" + a constituency: "the candidate for X", "an MP for X" (folded). */
const SEAT_NOUNS_FOR_EN: ReadonlySet<string> = new Set(['mp', 'mps', 'member', 'candidate', 'senator', 'congressman', 'congresswoman', 'td', 'mla', 'mpp', 'seat']);

/** English nouns before "of" + a see, a parish or a town: "the Bishop of X", "the Provost of X", "the Mayor of X", "the Vicar of X" (folded). */
const SEE_NOUNS_EN: ReadonlySet<string> = new Set(['bishop', 'archbishop', 'provost', 'reeve', 'dean', 'burgomaster', 'mayor', 'mayoress', 'vicar', 'rector']);

/** Words that open a byline or a photo credit (folded): "By X", "Par X", "Photos X". */
const CREDIT_OPENERS: ReadonlySet<string> = new Set(['by', 'par', 'photo', 'photos', 'photographs', 'pictures']);

/** A photo credit's opening word, capitalised at the start of its line: "Photos Marc Aribaud". */
const PHOTO_CREDITS: ReadonlySet<string> = new Set(['photo', 'photos']);

/** Words that open a newsroom's job or a desk, not a reporter's name, in a credit (folded). */
const CREDIT_NON_NAMES: ReadonlySet<string> = new Set(['our', 'notre', 'nos', 'staff', 'special', 'getty', 'archives']);

/** Words that join two names of one credit: "By X and Y", "Par X et Y", "X, Y". */
const CREDIT_JOINERS: ReadonlySet<string> = new Set(['and', 'et', ',', '&']);

/** French words before a nickname, after a comma (folded): "X, dit Tintin", "X, surnommée Mama". */
const NICKNAME_CUES_FR: ReadonlySet<string> = new Set(['dit', 'dite', 'surnomme', 'surnommee', 'alias']);

/** Definite articles before a noun of kin set off by a comma: "le père, Hùng," (folded). */
const SINGULAR_DEFINITE_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'the']);
/** A capitalised head joined by a hyphen to its complement's preposition or article: "Pays-d'Enhaut", "Val-de-Marne" (see hyphenatedPlaceName). */
const HYPHENATED_PLACE_NAME = /^(\p{Lu}\p{Ll}+)-(?:de|d['’]|du|des|la|le|les|sur|sous|en|lès|aux?)(?:-|(?<=['’]))\p{L}/u;
/** "une Mercedes", "a Morris": a make or a model, not the town of that name (see mayNameTownAlone). */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['un', 'une', 'a', 'an']);
/** "under Obama", "sous Chirac", "vote pour Dupont": a reign or a cause, a person's name after them (see mayNameTownAlone). */
const TOWNLESS_PREPOSITIONS: ReadonlySet<string> = new Set(['under', 'sous', 'pour', 'for']);
/** "Dupont, un élu", "Mulvane, the teacher": an apposition that describes a person (see townAloneRuledOutAfter). */
const SINGULAR_APPOSITION_ARTICLES: ReadonlySet<string> = new Set(['un', 'une', 'le', 'la', "l'", 'the', 'a', 'an']);

/** Periods of a country's history, capitalised after "la"/"l'" (folded): "la Libération", "l'Occupation". */
const HISTORIC_PERIODS_FR: ReadonlySet<string> = new Set(['liberation', 'occupation', 'revolution', 'deportation', 'reconstruction', 'restauration', 'epuration', 'decolonisation', 'independance']);

/**
 * Capitalised nouns of bodies, eras and charters that a place's preposition and article take
 * as often as a place (folded; see bodyOrEraWord): English "the Treasury", "the Depression";
 * French, after "à la", "fidèle à la Constitution", "entré à la Résistance", "à la Libération".
 */
const BODY_AND_ERA_NOUNS: Record<Lang, ReadonlySet<string>> = {
  en: ENGLISH_BODY_AND_ERA_NOUNS,
  fr: new Set([...HISTORIC_PERIODS_FR, 'constitution', 'resistance', 'republique', 'nation', 'couronne', 'charte', 'loi', 'patrie', 'collaboration', 'monarchie', 'terreur']),
};

/** Periods of a country's history after a preposition of time (folded): "since Confederation", "before Partition". */
const HISTORIC_PERIODS_EN: ReadonlySet<string> = new Set(['confederation', 'independence', 'partition', 'federation', 'emancipation', 'reconstruction', 'liberation', 'unification']);

/** English prepositions of time before a period of history (folded). */
const TIME_PREPOSITIONS_EN: ReadonlySet<string> = new Set(['since', 'before', 'after', 'until', 'till', 'during', 'at']);

/** The words of the lists above, by lexeme: the passes that look for them read a byte per token. */
const IS_HISTORIC_PERIOD: Readonly<Record<Lang, LexemeMemo<boolean>>> = {
  fr: new LexemeMemo((lexeme) => HISTORIC_PERIODS_FR.has(lexeme.folded)),
  en: new LexemeMemo((lexeme) => HISTORIC_PERIODS_EN.has(lexeme.folded)),
};
const IS_FRENCH_PAPER_WORD = new LexemeMemo((lexeme) => FRENCH_PAPER_WORDS.has(lexeme.folded));
/** Each word's key as a name (nameWordKey), asked of every word of every person's name. */
const NAME_WORD_KEY = new LexemeMemo((lexeme) => nameWordKey(lexeme.text));
/** A one-word chunk's id, unless a person's (see idOf). */
const SLUG = new LexemeMemo((lexeme) => gazetteer.slugify(lexeme.text));
/** A word the lists know as a given name, or whose sex they know (see joinGivenNames). */
const IS_GIVEN_NAME = new LexemeMemo((lexeme) => gazetteer.isFirstName(lexeme.text) || gazetteer.firstNameGender(lexeme.text) !== undefined);

/** English street words written in lowercase after the name, as older papers did ("Crawford street"). */
const LOWERCASE_STREET_HEADS: ReadonlySet<string> = new Set(['street', 'avenue', 'road', 'boulevard']);

/** Event heads that name the event alone after "the", "le", "la" (folded); see loneEventHead. */
const LONE_EVENT_HEADS: ReadonlySet<string> = new Set([
  ...[...EVENT_HEAD_WORDS].filter((word) => !['summit', 'sommet', 'forum', 'open', 'salon'].includes(word)),
  'coronation', 'investiture', 'centennial', 'centenary', 'centenaire',
]);

/** Heads of a hospital's name, which English names after its founder with a possessive ("Guy's Hospital"). */
const HOSPITAL_HEADS: ReadonlySet<string> = new Set(['hospital', 'infirmary']);

/** What closes a firm's list of partners after "&" or "and" (folded): "Hallam, Reid & Co.". */
const FIRM_CLOSERS: ReadonlySet<string> = new Set(['co', 'company', 'sons', 'brothers', 'bros']);

/** English place heads in the plural, written once after the names they share ("Bourke and Swanston streets"). */
const PLURAL_PLACE_HEADS: ReadonlySet<string> = new Set(['streets', 'roads', 'avenues', 'lanes', 'boulevards', 'rivers', 'counties', 'creeks']);

/** French plural articles before a people's or a town's inhabitants (folded). */
const PLURAL_ARTICLES_FR: ReadonlySet<string> = new Set(['les', 'des', 'aux']);

/** French days and months (folded), which open dates, never a body's complement. */
const DAY_OR_MONTH_FR = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)$/;

/** French adjectives (folded) that place a date: "lundi dernier", "la semaine prochaine". */
const DATE_ADJECTIVES_FR: ReadonlySet<string> = new Set(['dernier', 'derniere', 'prochain', 'prochaine', 'suivant', 'suivante', 'precedent', 'precedente', 'passe', 'passee']);

/**
 * French nouns of a count before "de" and a plural (folded): "des milliers de Béninois"; and
 * two whose "de" takes a people too: "deux générations de Franco-Ontariens", "de mémoire de Quimpérois".
 */
const COUNT_NOUNS_FR: ReadonlySet<string> = new Set(['milliers', 'centaines', 'dizaines', 'millions', 'foule', 'nombre', 'majorite', 'plupart', 'beaucoup', 'peu', 'moins', 'plus', 'generations', 'memoire']);

/**
 * The plural endings of French demonyms: "Anglais", "Bastiaises", "Lyonnais", "Vaudois",
 * "Italiens", "Bretonnes", "Britanniques", and compounds ("Franco-Ontariens").
 */
const PLURAL_DEMONYM_FR = /^(?:\p{Lu}\p{Ll}+-)?\p{Lu}\p{Ll}+(?:iques|ais|aises|ois|oises|ains|aines|iens|iennes|éens|éennes|ols|oles|ons|onnes|ands|andes)$/u;

/** A street's first word in French: "rue de la République", "avenue Foch". */
const FRENCH_STREET_WORDS: ReadonlySet<string> = new Set(['rue', 'avenue', 'boulevard', 'bd', 'allee', 'impasse', 'chemin', 'quai', 'route', 'cours', 'place']);

/** Compass points written after an address: "2150 Sheppard Ave. W.". */
const COMPASS_POINTS: ReadonlySet<string> = new Set(['N', 'S', 'E', 'W', 'NE', 'NW', 'SE', 'SW']);

/** The words that open a dispatch's byline after its town (folded): "envoyé spécial", "notre correspondant", "our correspondent". */
const DISPATCH_OPENERS: ReadonlySet<string> = new Set(['envoye', 'envoyee', 'notre', 'nos', 'correspondant', 'correspondante', 'our']);

/** "le Code pénal", "le Code du travail": the word that opens a French law's name (see namesLaw). */
function isFrenchLawHead(tok: Token): boolean {
  return tok.text === 'Code';
}

/** "l'", "d’", "qu'": an elided French word, which ends no name. */
function isElision(tok: Token): boolean {
  return isElidedText(tok.folded);
}

/**
 * Nouns that close a place's name only after a possessive (folded): "Nelson's Column", "Hadrian's
 * Wall", "Copp's Hill", "Mrs Macquarie's Chair", "Du Toit's Pan" (see possessiveInPlaceName; a
 * possessor the lists know as a town, "Offa's Dyke", stays the town's).
 */
const POSSESSIVE_PLACE_NOUNS: ReadonlySet<string> = new Set([
  ...'column pillar wall dyke chair needle pan hill leap rock head end folly cross well wells mill mills landing reward arm gully cairn tor knob'.split(' '),
]);

/** French adjectives of a land's part, after its name (folded): "Suisse alémanique", "Afrique centrale", "Rhin supérieur". */
const PART_ADJECTIVES_FR: ReadonlySet<string> = new Set([
  ...'centrale central alemanique romande orientale oriental occidentale occidental meridionale meridional septentrionale septentrional'.split(' '),
  ...'superieur superieure inferieur inferieure federale equatoriale'.split(' '),
]);

/** English adjectives a sentence may open on before a given name (folded): "Young Alexander Gillis". */
const ADJECTIVES_BEFORE_GIVEN_NAMES: ReadonlySet<string> = new Set(['young', 'poor', 'brave', 'dear']);

/** A French road by its class letter and number, one word: "D785", "A7", "N7" (see findNumberedRoads). */
const ROAD_CODE_FR = /^[ADN]\d{1,4}$/;
/** The words before it, as written: "la D785", "l'A7", "sur la N7", "l'autoroute A62". */
const ROAD_ARTICLES_FR: readonly string[] = ['la', 'La', "l'", "L'", 'l’', 'L’', 'autoroute', 'Autoroute', 'route', 'Route'];

/** The styles of a state before "de" and its name: "République de Guinée", "principauté de Monaco". */
const STATE_STYLES_FR: readonly string[] = ['République', 'république', 'Principauté', 'principauté', 'Royaume', 'royaume', 'Grand-Duché', 'grand-duché', 'Sultanat', 'sultanat', 'Émirat', 'émirat'];

/** "Parti", "Partie", "Partis", "Parties": the participle of "partir", as a sentence opens on it. */
const DEPARTED_FORMS_FR: ReadonlySet<string> = new Set(['Parti', 'Partie', 'Partis', 'Parties']);

/** Currencies written in letters before a sum, as South Asian and East African papers do: "Rs. 500", "Sh. 20". */
const CURRENCY_ABBREVIATIONS: ReadonlySet<string> = new Set(['Rs', 'Re', 'Sh', 'Shs', 'Kshs', 'Tk']);

/**
 * English verbs a headline puts after its subject, in the third person (folded): "Hails",
 * "Opens", "Dedicates" (see headlineVerbAt). Not those that are family names or places' words too
 * ("Burns", "Gates", "Falls", "Springs", "Lands").
 */
const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  ...'opens hails runs touches crosses starts presses declares dedicates asks signs says sees visits leads takes names wins urges warns vows quits dies meets greets'.split(' '),
  ...'orders approves rejects accepts launches unveils lays calls tells backs plans seeks faces ends begins returns arrives leaves flies sails reaches breaks gives makes holds shows'.split(' '),
]);

/** French cheers written before the name they cheer, folded: "Vive Doumergue !", "Vivent les Bleus". */
const FRENCH_CHEERS: ReadonlySet<string> = new Set(['vive', 'vivent', 'vivat']);

/** English nouns of things that have an age, after "a 90-year-old" (folded): no person's apposition. */
const AGED_THING_NOUNS: ReadonlySet<string> = new Set([
  ...'firm company business building church school club institution paper newspaper bridge mill shop store house hotel pub'.split(' '),
  ...'tradition festival charity brand band team ship vessel tree record law rule dispute feud'.split(' '),
]);

/** The words English opens a town's council's name with: "the City of Cape Town" (see findCityCorporations). */
const CITY_CORPORATION_HEADS: readonly string[] = ['City', 'Town', 'Borough', 'Township', 'Municipality'];

/** A paper's name in its masthead (findMasthead): a short line of a few words, then a date line. */
const MASTHEAD_MAX_LENGTH = 50;
const MASTHEAD_MAX_WORDS = 6;
const MASTHEAD_DATE_LINE_MAX_LENGTH = 80;
/** The nouns that describe a paper under its name ("QUOTIDIEN RÉPUBLICAIN DE LA HAUTE-SAVOIE"), folded. */
const MASTHEAD_DESCRIPTIONS: ReadonlySet<string> = new Set(['quotidien', 'hebdomadaire', 'organe', 'daily', 'weekly', 'edition', 'supplement']);

/** The cue nouns of a political party, which "de"/"of" after them makes no cue (cueBefore). */
const PARTY_NOUNS: ReadonlySet<string> = new Set(['parti', 'party']);

/** Nouns of a body besides ORG_CUE_NOUNS, read in an apposition: "organe socialiste", "the schools inspectorate". */
const APPOSITION_BODY_NOUNS: ReadonlySet<string> = new Set([
  ...'organe inspectorate startup start-up regulator watchdog ministry agency broadcaster insurer'.split(' '),
  // "Comhairle nan Eilean Siar, the islands council,", "Beliris, le fonds de coopération": folded.
  ...'council board authority commission committee society association federation league cooperative co-operative'.split(' '),
  // (Not "conseil": a lawyer too, "Kerboriou, le conseil de la famille"; "confrère" only after a
  // name with its article, "Le Picayune, notre confrère", see nounInApposition.)
  ...'organisation organization orchestra choir comite fonds ligue mutuelle orchestre confrere'.split(' '),
]);
/** Lowercase words after which a capitalised name is an event's: "le festival X", "the tournament X". */
const EVENT_CUE_NOUNS: ReadonlySet<string> = new Set(['festival', 'tournoi', 'conference']);
/** "après le festival", "pendant le tournoi": a time phrase, after which a name is no event's. */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['apres', 'pendant', 'avant', 'durant', 'depuis', 'lors']);

/** Nouns of a place besides PLACE_CUE_NOUNS, read in an apposition: "a hamlet", "un bourg". */
const APPOSITION_PLACE_NOUNS: ReadonlySet<string> = new Set(['hamlet', 'township', 'parish', 'municipality', 'bourg', 'hameau', 'localite', 'bourgade']);
/** Words that place a place: "a village in the Karoo", "un village près de Sion". */
const PLACING_WORDS: ReadonlySet<string> = new Set(['in', 'near', 'on', 'outside', 'north', 'south', 'east', 'west', 'de', 'du', 'pres', 'dans', 'en', 'au', 'a']);

/** Words that open a relative clause after a body's noun: "a startup that …", "une société qui …" (not "who": "the regulator who resigned" is a person). */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'qui', 'dont']);

/** The officer's word that closes an English office named by its remit: "Native Minister", "State Commissioner". */
const OFFICER_WORDS: ReadonlySet<string> = new Set(['Minister', 'Secretary', 'Commissioner', 'Governor', 'Mayor', 'Ambassador', 'Councillor']);

/** Words after "et de" that start no second remit of a body: "et de ses alliés", "et de nombreux bénévoles". */
const NOT_A_REMIT: ReadonlySet<string> = new Set(['ses', 'sa', 'son', 'leur', 'leurs', 'nos', 'vos', 'nombreux', 'nombreuses', 'plusieurs', 'certains', 'certaines', 'tous', 'toutes']);

/** Words before "May" that make it the month: "last May", "early May", "since May", "every May". */
const MONTH_QUALIFIERS: ReadonlySet<string> = new Set([...DATE_QUALIFIERS_BEFORE, 'early', 'late', 'mid', 'each', 'every', 'since', 'until', 'till', 'by']);

/** Words before a modal verb: "anyone who May Wish", "whether he May Resign". */
const MODAL_CONTEXTS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whether', 'it', 'he', 'she', 'they', 'we', 'you', 'i']);

/** Words after "May" that make it the verb or a blessing, not a given name: "May God bless you". */
const NOT_FAMILY_NAMES_AFTER_MAY: ReadonlySet<string> = new Set(['god', 'lord', 'heaven', 'allah']);

/** Titles after which the capitalised name before them is a place governed: "Kareeberg mayor", "Ohio governor". */
const JURISDICTION_TITLES: ReadonlySet<string> = new Set(['mayor', 'governor', 'premier', 'maire', 'gouverneur']);

/** Lowercase heads (folded) of schools, which French names after a person or a saint with no "de": "l'école Carnot", "l'université Paris-Saclay". */
const SCHOOL_HEADS: ReadonlySet<string> = new Set(['ecole', 'lycee', 'college', 'universite', 'institut', 'cegep']);

/**
 * The Paris termini named for a town or a region their lines serve (folded, after "gare de"):
 * "la gare de Lyon" is in Paris, Lyon's own stations have names of their own (Part-Dieu,
 * Perrache). ("gare du Nord" and "gare de l'Est" are names by their article.)
 */
const PARIS_TERMINUS_NAMES: ReadonlySet<string> = new Set(['lyon', 'austerlitz', 'bercy']);

/** English prepositions before "the" and a past calamity that a story measures by (folded): "since the Piper Alpha disaster". */
const PAST_REFERENCE_PREPOSITIONS: ReadonlySet<string> = new Set(['since', 'after', 'before']);

/** The classes of French roads after "route", by their number: "la route nationale 7" (folded). */
const ROAD_CLASSES_FR: ReadonlySet<string> = new Set(['nationale', 'departementale']);

/** The adjectives of a French council named after its region or département with no "de" (folded). */
const COUNCIL_ADJECTIVES_FR: ReadonlySet<string> = new Set(['regional', 'departemental', 'general']);

/** French lowercase heads of a place that a town has (its bay, beach, market, church, camp, station). */
const TOWN_AMENITY_HEADS: ReadonlySet<string> = new Set(['baie', 'plage', 'marche', 'eglise', 'camp', 'gare', 'port', 'hopital', 'cafe', 'hotel', 'restaurant']);

/** French lowercase heads of a body every town has one of (its town hall, its gendarmes, its school): see namesTownOfHead. */
const TOWN_UNIT_HEADS: ReadonlySet<string> = new Set(['mairie', 'gendarmerie', 'ecole']);

/** French firefighters, whose unit is named after them: "le régiment de sapeurs-pompiers de Paris" (folded). */
const FIREFIGHTERS: ReadonlySet<string> = new Set(['sapeurs-pompiers', 'marins-pompiers']);

/** The units firefighters serve in (folded). */
const FIREFIGHTER_UNITS: ReadonlySet<string> = new Set(['regiment', 'brigade', 'bataillon', 'compagnie', 'corps', 'groupement']);

/** French nouns of a unit that a town's gendarmerie is part of, named in full: "la brigade de gendarmerie de Besse". */
const GENDARMERIE_UNITS: ReadonlySet<string> = new Set(['brigade', 'groupement', 'compagnie', 'escadron', 'peloton']);

/** English event heads that close a name and never open one ("the Motor Show", "the World Series"; "Show Boat", "Series A" are none). */
const LAST_ONLY_EVENT_HEADS: ReadonlySet<string> = new Set(['carnival', 'regatta', 'jubilee', 'crisis', 'disaster', 'explosion', 'massacre', 'uprising', 'rebellion', 'revolt', 'riots', 'famine', 'earthquake', 'fair', 'show', 'series', 'eisteddfod', 'airshow']);

/** Dotted short forms that are common nouns, eras or honours, not bodies: "44 B.C.", "the A.G.M.", "an O.B.E.". */
const COMMON_DOTTED_FORMS: ReadonlySet<string> = new Set('bc ad am pm obe mbe cbe kbe vc gc agm ba ma bsc msc phd md da qc kc gp jp mp pp rsvp ps nb ie eg'.split(' '));

/** Prepositions of travel: where one goes (see placeOrTravelBefore). */
const TRAVEL_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'to', 'into', 'towards', 'toward', 'via', 'vers', 'pour']);

/** A monarch's or a pope's title before their one name (see afterMonarchsTitle). */
const MONARCHS_TITLES: ReadonlySet<string> = new Set([
  ...'king queen prince princess emperor empress tsar czar tsarina kaiser sultan shah emir maharaja maharajah pharaoh pope'.split(' '),
  ...'roi reine princesse empereur imperatrice tsarine pape'.split(' '),
]);

/** Prefixes of a ship's name ("MV Lord of the Isles", "HMS Belfast"). */
const SHIP_PREFIXES: ReadonlySet<string> = new Set(['MV', 'MS', 'SS', 'HMS', 'RMS', 'USS', 'HMAS', 'HMCS', 'HMNZS']);

/** A flight's number: the airline's two- or three-letter code, then digits ("MH370", "BA002", "AF447"). */
const FLIGHT_NUMBER = /^[A-Z][A-Z0-9][A-Z]?\d{1,4}[A-Z]?$/;
/** Words for a flight before its number (folded): "le vol MH370", "Flight BA002". */
const FLIGHT_NOUNS: ReadonlySet<string> = new Set(['vol', 'flight']);
/** Nouns for a ship, right before its name ("the steamer Kilchurn Castle", "le porte-avions Carl Vinson"). */
const SHIP_NOUNS: ReadonlySet<string> = new Set([
  ...'ship steamer steamship liner ferry vessel freighter tanker trawler frigate destroyer cruiser yacht schooner'.split(' '),
  ...'tug barque brig clipper submarine troopship warship gunboat battleship lifeboat dredger lightship sloop corvette icebreaker whaler minesweeper ketch'.split(' '),
  ...'navire paquebot porte-avions cargo chalutier fregate croiseur voilier ferry petrolier vapeur remorqueur goelette sous-marin bateau'.split(' '),
  ...'cuirasse aviso canonniere baleinier brise-glace peniche thonier torpilleur caboteur dragueur'.split(' '),
  // Craft of the air and of space, named as ships are: "the probe Giotto", "la fusée Diamant", "the airship Hindenburg".
  ...'probe spacecraft rocket shuttle satellite lander airship zeppelin'.split(' '),
  ...'sonde fusee navette vaisseau dirigeable'.split(' '),
]);
/** After a ship's noun, words that make it a person or a part ("a freighter who hauled goods", "the ship's master"). */
const NOT_A_SHIP_AFTER: ReadonlySet<string> = new Set(["'s", 'who', 'whom', 'qui']);

/**
 * "British-appointed", "Irish-born", "Chinese-made": a nationality's adjective and a lowercase
 * participle make one adjective, which names nobody ("the island's British-appointed governor").
 */
function isDemonymCompound(word: string): boolean {
  const hyphen = word.indexOf('-');
  return hyphen > 0 && looksLikeDemonym(word.slice(0, hyphen)) && /^-\p{Ll}{3,}$/u.test(word.slice(hyphen));
}

/**
 * The openings of Welsh, Scottish and Irish place names, one word long: "Llan-" (a church's
 * parish: Llanelli, Llandeilo), "Aber-" and "Inver-" (a river mouth: Aberaeron, Inverness),
 * "Bally-" (a town: Ballydehob), "Ponty-" (a bridge: Pontypridd), "Caer-" (a fort: Caernarfon),
 * in capitals too. Few family names open so ("Abernethy" is a town as well).
 */
const CELTIC_PLACE_PREFIX = /^(?:Llan|Aber|Inver|Bally|Ponty|Caer)[a-zâêîôûŵŷ]{3,}$|^(?:LLAN|ABER|INVER|BALLY|PONTY|CAER)[A-ZÂÊÎÔÛŴŶ]{3,}$/;

/** Public services named after the place they serve (folded): "Queensland Health", "Ontario Hydro", "Thames Water", "Marseille Habitat". */
const PUBLIC_SERVICE_WORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['health', 'hydro', 'water', 'rail', 'power', 'gas', 'ambulance', 'housing', 'tourism', 'parks']),
  fr: new Set(['habitat', 'metropole', 'energie', 'tourisme', 'amenagement']),
};

/** A French president's office, before "du Conseil" (folded): "le président du Conseil", "la présidence du Conseil". */
const PRESIDENT_WORDS_FR: ReadonlySet<string> = new Set(['president', 'presidente', 'vice-president', 'vice-presidente', 'presidence', 'vice-presidence']);

/** Buildings with a courtyard that no list of heads holds (folded): "la cour de la ferme", "la cour de la caserne". */
const COURTYARD_BUILDINGS: ReadonlySet<string> = new Set(['ferme', 'maison', 'caserne', 'prison', 'usine', 'immeuble', 'hotel', 'presbytere', 'chateau', 'palais', 'ecole', 'lycee', 'college']);

/** `text` with its first letter in capitals: "pays de Galles" → "Pays de Galles". */
function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "the", "The", "THE": the folded English article, by lexeme (see commonNounsWithThe). */
const IS_THE = new LexemeMemo((lexeme) => lexeme.folded === 'the');
/** SHIP_NOUNS by lexeme (see namesShip). */
const IS_SHIP_NOUN = new LexemeMemo((lexeme) => SHIP_NOUNS.has(lexeme.folded));
/** A French event's head capitalised, by lexeme (see findFrenchEventsOfCommonNouns). */
const IS_CAPITALISED_EVENT_HEAD_FR = new LexemeMemo((lexeme) => lexeme.kind === 'word' && lexeme.capitalised && (FRENCH_EVENT_HEADS.has(lexeme.folded) || FRENCH_EVENT_HEADS_OF_COMMON_NOUNS.has(lexeme.folded)));
/** CALAMITY_NOUNS_FR by lexeme, words only (see findFrenchCalamityNames). */
const IS_CALAMITY_NOUN_FR = new LexemeMemo((lexeme) => lexeme.kind === 'word' && CALAMITY_NOUNS_FR.has(lexeme.folded));

/** The last words of a newsroom's job in a byline: "Our Sports Correspondent", "Staff Reporter". */
const NEWSROOM_JOBS: ReadonlySet<string> = new Set(['reporter', 'correspondent', 'writer', 'columnist', 'photographer', 'editor', 'correspondant', 'correspondante']);

/** Words that name a part or the surroundings of the place after them: "Northern California", "Grand Abidjan". */
/** The points of the compass that open English towns' names (folded): "East Palestine", "West Bromwich". */
const COMPASS_WORDS_EN: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west']);
const PLACE_QUALIFIERS: ReadonlySet<string> = new Set([
  ...'north south east west northern southern eastern western central upper lower greater inner outer metro metropolitan mid co county'.split(' '),
  ...'grand haut haute bas basse nord sud est ouest'.split(' '),
]);

/** Words a broadcaster's, a police force's or an airline's name opens on, before the place it serves ("Radio Moscow", "Télé Liban", "Police Scotland", "Air Afrique"). */
const SERVICE_NAME_OPENERS: ReadonlySet<string> = new Set(['Radio', 'Télé', 'Tele', 'TV', 'Police', 'Air']);

/** A public service's word hyphenated before a place's name: "Météo-France", "Radio-Canada", "Hydro-Québec". */
const ORG_PREFIXED_PLACE = /^(?:Radio|Télé|Tele|Météo|Meteo|Hydro|Loto)-\p{Lu}/u;

/**
 * A firm's name coined on "-com" after a vowel (telecoms): "Safaricom", "Vodacom", "Digicom";
 * not the family names "Balcom", "Holcom" nor "Sitcom", "Intercom", "Dotcom".
 */
const COINED_COM_NAME = /^\p{Lu}\p{Ll}+[aeiouy]com$/u;

/** A town's main street or square written as one word: "la Grand-Rue", "la Grande-Rue", "la Grand-Place" (French towns by the thousand have one). */
const GRAND_STREET = /^Grande?-(?:Rue|Place)$/u;

/** The participle "left" as a French sentence opens on it ("Parti de Gap à 10 h 30, …"); capitalised, "Parti" is also a party's head word. */
const LEAVING_PARTICIPLES: ReadonlySet<string> = new Set(['Parti', 'Partie', 'Partis', 'Parties']);

/** A French paper named by a place or a word and the time or kind of its edition: "Nice-Matin", "France-Soir", "Centre-Presse". */
const PAPER_SUFFIXED_NAME = /^(?!Saint|Sainte)\p{Lu}[\p{L}']*-(?:Matin|Soir|Presse|Éclair|Eclair|Hebdo|Dimanche)$/u;

/** Verbs whose forms end as BODY_ADJECTIVE_ENDING's adjectives do (folded): "appelle", "renouvelle", "dois", "avais". */
const VERBS_WITH_ADJECTIVE_ENDINGS: ReadonlySet<string> = new Set([
  'appelle', 'rappelle', 'interpelle', 'renouvelle', 'chancelle', 'epelle', 'ruisselle', 'amoncelle', 'morcelle', 'ensorcelle',
  'dois', 'vois', 'crois', 'bois', 'sais', 'fais', 'vais', 'avais', 'etais', 'pouvais', 'voulais', 'devais', 'disais', 'faisais',
]);

/** Endings only adjectives have (no participle, no verb): "civile", "nationale", "publique", "fédéral". */
const BODY_ADJECTIVE_ENDING = /(?:al|ale|aux|ales|el|elle|els|elles|ique|iques|aire|aires|ile|iles|ien|ienne|iens|iennes|ais|aise|ois|oise|if|ive|ifs|ives)$/;

/**
 * Particles that are also given names: "Ben" (Benjamin). Not "Al": "Al Ahly", "Al Shabaab" are
 * bodies far more often than "Al Gore" is a person.
 */
const GIVEN_NAME_PARTICLES = new Set(['ben']);
/** Arabic, Hebrew and Welsh particles for "son of", "daughter of" inside a person's name (folded): "Gwilym ap Dafydd". */
const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['ben', 'bin', 'ibn', 'ould', 'bint', 'ap']);

/** Irish particles of a woman's family name, as written (daughter of, wife of): "Ní Fhloinn", "Uí Bhriain". */
const IRISH_FEMININE_PARTICLES = new Set(['Ní', 'Uí']);

/** The head words of an inn's name, which may join two signs with "and" (folded): "the Rose and Crown Inn". */
const INN_HEADS = new Set(['inn', 'hotel', 'tavern']);

/** Heads of places numbered in their name (folded): "Route 230", "State Highway 5", "Terminal 2", "Ward 6". */
const NUMBERED_PLACE_HEADS = new Set(['route', 'highway', 'interstate', 'terminal', 'pier', 'gate', 'platform', 'berth', 'ward', 'exit', 'hangar', 'rd']);
/**
 * A road's code in one word: a French route nationale or départementale ("RN21", "RD934") or a
 * US interstate ("I-94"). (Not a single letter before digits, "A380", "M23", "N95": planes,
 * rebel groups and masks are written so too.)
 */
const ROAD_CODE = /^(?:RN|RD|I-)\d{1,4}[A-Z]?$/;
/** A British road by its class letter and number: "M1", "A27", "B4560"; a French autoroute: "A75" ("le M23" is a movement). */
const LETTERED_ROAD: Readonly<Record<Lang, RegExp>> = { en: /^[MAB]\d{1,4}$/, fr: /^A\d{1,3}$/ };
/** Parts of a thing numbered in their name, no entity (folded): "Unit 2", "Room 101", "Chapter 11". */
const NUMBERED_PARTS = new Set(['unit', 'room', 'chapter', 'article', 'section', 'page', 'item', 'figure', 'table', 'level', 'phase', 'step', 'reactor', 'block', 'lot']);

/** The names of one who made the pilgrimage to Mecca, after "El" (folded): "El Hadji", "El Hadj", "El Hadja". */
const PILGRIM_NAMES = new Set(['hadji', 'hadj', 'hadja', 'hadjia', 'hadjiya', 'haj', 'hajj']);

/** English words (lowercased) for a kind of government, not its name: "Local Government", "a Minority Government". */
const KINDS_OF_GOVERNMENT: ReadonlySet<string> = new Set(['local', 'minority', 'majority', 'smaller', 'small', 'bigger', 'big', 'limited', 'good', 'open', 'strong', 'central', 'representative', 'responsible', 'self', 'world']);

/** Particles that open a firm's name in English, as written: "De Beers Mining Company", "La Trobe University" (see capitalParticleOfEnglishName). */
const ENGLISH_NAME_PARTICLES: ReadonlySet<string> = new Set(['De', 'Du', 'Da', 'Di', 'Del', 'Della', 'Van', 'Von', 'Le', 'La']);

/** Particles that are also ordinary prepositions: they join only after a first name or an organisation word. */
const PREPOSITION_PARTICLES = new Set(['de', 'du', 'des', "d'", 'of', 'la', 'le', 'y']);

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function isWordTok(tok: Token | undefined): tok is Token {
  return !!tok && tok.kind === 'word';
}

/** English titles written after the remit they hold: "Health Minister", "Home Secretary". */
const MINISTER_TITLES = new Set(['minister', 'secretary']);

/** Nouns whose complement is a firm, not a place: "les salariés de X", "shareholders of X" (folded). */
const FIRM_NOUNS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set([
    'administration', 'direction', 'salaries', 'employes', 'actionnaires', 'patron', 'patronne', 'dirigeants', 'pdg', 'clients', 'filiale', 'rachat', 'actions',
    'directeur', 'directrice', 'dirigeant', 'dirigeante', 'porte-parole', 'faillite', 'liquidation', 'comptes', 'cadres',
  ]),
  en: new Set([
    'employees', 'workers', 'shareholders', 'shares', 'customers', 'subsidiary', 'takeover', 'board',
    'chairman', 'chairwoman', 'executives', 'staff', 'bankruptcy', 'owners', 'stake', 'acquisition', 'merger', 'directors', 'spokesman', 'spokeswoman', 'spokesperson',
  ]),
};

/** French nouns of a body's people and words, beside FIRM_NOUNS (folded): "l'entraîneur du Raja", "un communiqué de la Sonatrach". */
const BODY_PEOPLE_NOUNS_FR: ReadonlySet<string> = new Set([
  'entraineur', 'entraineurs', 'gardien', 'supporter', 'supporters', 'retraite', 'retraites', 'communique', 'ingenieur', 'ingenieurs',
  'agent', 'agents', 'grevistes', 'sponsor', 'adherents', 'militants', 'joueurs', 'societaires',
]);

/** French adjectives after a body's noun ("la direction régionale de la Sonatrach", folded). */
const BODY_NOUN_ADJECTIVES_FR: ReadonlySet<string> = new Set(['general', 'generale', 'regional', 'regionale', 'technique', 'commercial', 'commerciale', 'financier', 'financiere']);

/** Nouns whose complement is a person or an event, not a place: "le procès de X", "the death of X" (folded). */
const PERSON_EVENT_NOUNS = new Set([
  'proces', 'avocat', 'avocate', 'mort', 'deces', 'demission', 'arrestation', 'meurtre', 'assassinat', 'election', 'victoire',
  'defaite', 'roman', 'livre', 'film', 'fils', 'fille', 'femme', 'mari', 'veuve', 'frere', 'soeur', 'famille', 'proches', 'partisans',
  'trial', 'death', 'lawyer', 'resignation', 'arrest', 'murder', 'election', 'victory', 'defeat', 'novel', 'book', 'son', 'daughter',
  'wife', 'husband', 'widow', 'brother', 'sister', 'family', 'supporters', 'friends', 'actions',
]);

/** English titles that streets and squares are named after ("King Street", "Bishop Road"). */
const STREET_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'bishop', 'earl', 'regent', 'lady', 'dame', 'father', 'tun', 'datuk', 'dato']);

/** Adjectives that open bodies' and events' names (folded), no name alone: "in International pool play". */
const LONE_NAME_ADJECTIVES = new Set(['international', 'national', 'federal', 'imperial', 'continental', 'regional', 'municipal', 'provincial', 'intercontinental']);

/** Capitalised French heads of landmarks named with lowercase words (folded): "Palais des papes", "Jardin des plantes". */
const LANDMARK_HEADS_FR = new Set(['palais', 'jardin']);

/** Event heads the press shortens an event it named to (folded): "the Games", "les Jeux", "the Cup", "the Festival". */
const SHORTENED_EVENT_HEADS = new Set(['games', 'jeux', 'cup', 'coupe', 'festival', 'olympics', 'championships', 'championnat', 'regatta', 'exhibition', 'exposition', 'tournament', 'tournoi', 'biennale', 'salon', 'council', 'concile', 'congress', 'congres']);

/** A French plural noun's ending. */
const PLURAL_ENDING_FR = /[sx]$/;

/** Bodies of which a country has one (folded): "Parliament staff were told" is that body's. */
const ONE_OF_A_KIND_BODIES = new Set(['parliament', 'congress', 'senate', 'cabinet', 'treasury', 'admiralty', 'army', 'navy']);

/**
 * Nouns for a worker by their ending (folded): "ingénieure", "directeur", "curator", "chemist".
 * (Not speakers.ts's person-noun endings: those leave "-eure" out for "heure", and take in
 * "-er", "-ant", "-ais", which would read "later", "passant", "Lyonnais" here as workers.)
 */
const WORKER_NOUN_ENDING = /(?:eur|euse|eure|rice|ier|iere|iste|ien|ienne|or|ist|ian)$/;

/** Heads of buildings that are bodies too (folded): "au Théâtre municipal", "at Scotstoun Stadium". */
const VENUE_HEADS = new Set(['theatre', 'theater', 'musee', 'museum', 'centre', 'center', 'stadium', 'stade', 'hall', 'arena', 'opera']);
const VENUE_PREPOSITIONS_EN = new Set(['at', 'in', 'to', 'into', 'inside', 'outside']);

/** English nouns for a person by their ending (folded): "watchman", "old-timer", "guitarist", "Australian". */
const PERSON_NOUN_ENDING_EN = /(?:man|men|woman|women|timer|timers|ist|ists|ian|ians)$/;

/** An air arm's initials opening the name of one of its stations: "RAF Chivenor", "R.A.F. Gatow", "RNAS Culdrose". */
const AIR_STATION_PREFIX = /^(?:RAF|R\.A\.F\.|RNAS|RCAF|RAAF|RNZAF) [A-Z]/;

/** Plural endings of trades that no family name has (folded): "seismologists", "electricians", "engineers". */
const TRADE_PLURAL_ENDING = /(?:ists|icians|eers)$/;

/**
 * English place heads that are common family names too (folded): "Jack Hall", "Barry Park",
 * "Edward Heath", "Charlotte Church". With RARE_FAMILY_NAME_HEADS below and the gazetteer's heads
 * that are never family names ("Lake", "Bay"), the third tier of how far a place head after a
 * given name says "place".
 */
const COMMON_FAMILY_NAME_HEADS = new Set(['hall', 'park', 'hill', 'hills', 'green', 'heath', 'church', 'lane', 'court']);

/**
 * English place heads that name a place only when they close its name: "Clarence House", "the
 * Mansion House", "the Sydney Opera House" are buildings, but "House Republicans", "the House
 * Speaker" belong to a chamber; "Armada Way" is a road, "Way Out West" none (folded).
 */
const CLOSING_ONLY_PLACE_HEADS: ReadonlySet<string> = new Set(['house', 'way']);

/** English place heads that are family names, but rarely (folded): "Queen Victoria Street" is a street, "Lady Susan Hall" a person. */
const RARE_FAMILY_NAME_HEADS = new Set(['street', 'terrace', 'crescent', 'gardens', 'docks', 'pier', 'wharf', 'quay', 'embankment', 'bridge']);

/** French courts, named after the town they sit in whatever their kind ("tribunal d'instance de …"). */
const COURT_HEADS = new Set(['tribunal', 'cour', 'parquet']);

/**
 * English nouns for people, before "from" and where they come from: "one woman from Iochdar",
 * besides PEOPLE_OF_A_TOWN's and those PERSON_NOUN_ENDING_EN reads ("men", "fishermen").
 */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set([...PEOPLE_OF_A_TOWN, ...`
  people person residents campaigner campaigners farmer farmers family families parent parents couple
  pupil pupils student students worker workers voter voters delegate delegates teacher teachers
  boys girls protesters demonstrators volunteers villagers neighbours neighbors visitors pilgrims supporters fans
  miners crofters settlers refugees migrants pensioner pensioners widow widows veteran veterans survivor survivors
  evacuee evacuees natives immigrant immigrants emigrant emigrants passenger passengers traveller travellers
  traveler travelers tourist tourists trader traders labourer labourers laborer laborers housewife housewives
  mothers fathers child children lad lads youth youths villager neighbour neighbor
`.trim().split(/\s+/)]);

/** Marks that may stand between a first name and the rest of the name: "(Angela) Merkel". */
const BRACKETS_AND_QUOTES = new Set(['(', ')', '[', ']', '«', '»', '“', '”', '"', '‘', '’', "'"]);

/** Punctuation that closes a noun phrase: "with the Exchequer.", "the Admiralty, which". */
const PHRASE_END_PUNCTUATION = new Set([',', '.', ';', ':', ')', '!', '?']);

/** A capitalised word that can be part of a name (not a lone function word like "Le", "The"). */
function isNameWord(tok: Token | undefined): boolean {
  return isWordTok(tok) && tok.capitalised;
}

/**
 * "al-Assad", "el-Khoury", "ben-Gourion", "ould-Abdallah": an Arabic or Hebrew article or filiation
 * glued by its hyphen to a family name, written in lowercase inside a person's name.
 */
function isGluedParticleName(tok: Token | undefined): boolean {
  return isWordTok(tok) && /^(?:al|el|ad|ar|as|ash|at|az|ben|bin|ibn|abu|abou|ould)-\p{Lu}/u.test(tok.text);
}

/** A French nationality's adjective, in lowercase: "suisse", "malgache", "burkinabè" (not "parfois", "critiquée"). */
function isNationalityAdjective(tok: Token): boolean {
  if (NOT_NATIONALITIES.has(tok.folded)) return false;
  return COUNTRY_ADJECTIVES.has(tok.folded) || INVARIABLE_NATIONALITIES.has(tok.folded) || NATIONALITY_ENDING.test(tok.text);
}

/** "Le", "La" with their capital: the article of a French family name ("Le Pen") or a paper ("Le Monde"). */
function isCapitalArticle(tok: Token): boolean {
  return tok.capitalised && (tok.folded === 'le' || tok.folded === 'la');
}

/** 1 at the lexeme id of every token of `columns`: one pass over the ids column, no token object read. */
function idsPresent({ ids, idCount }: TokenColumns): Uint8Array {
  const mask = new Uint8Array(idCount);
  for (let i = 0; i < ids.length; i++) mask[ids[i]] = 1;
  return mask;
}

/** Is `id` (-1 for none) set in `mask`, a mask of lexeme ids (see idsPresent)? */
function isSpelling(mask: Uint8Array, id: number): boolean {
  return id >= 0 && id < mask.length && mask[id] === 1;
}

/** "J." or "J.-P." initials: one capital letter glued to a period. */
function isInitial(tokens: Token[], i: number): boolean {
  const tok = tokens[i];
  const dot = tokens[i + 1];
  // The glued period first: it rules out nearly every word before the Unicode expression runs.
  return isWordTok(tok) && !!dot && dot.text === '.' && dot.start === tok.end && tok.text.length <= 2 && /^\p{Lu}$/u.test(tok.text);
}

/** Positions of the tokens with any of the WordClass bits of `mask`, in reading order. */
function positionsOf(classes: Int32Array, mask: number): Int32Array {
  const positions = new Int32Array(classes.length);
  let count = 0;
  // Every position written, the count moved on only for a match: no branch to mispredict.
  for (let i = 0; i < classes.length; i++) {
    positions[count] = i;
    count += (classes[i] & mask) === 0 ? 0 : 1;
  }
  return positions.subarray(0, count);
}

export class EntityRecogniser {
  /**
   * A chunk with a half point, made at load and kept for good. A vote adds half a point to a
   * strength (see bestEvidenceBySurface); V8 stores the field as small integers until it meets a
   * fraction, then changes the shape of every chunk and throws away the compiled code of every
   * rule that reads chunks: an index worker did so some 150 articles into its scan, and compiled
   * them all again. With this chunk alive, the field holds fractions from the start (a chunk
   * made and dropped at load was not enough: the shape went with it).
   */
  static readonly halfPointChunk: Chunk = newChunk(0, 0, false, 0.5);

  private readonly chunks: Chunk[] = [];
  private readonly claimed: Uint8Array;
  /** Lexeme ids of words written after a first name or a title (givenAPersonsNameElsewhere), gathered at first need. */
  private personNameLexemes: Set<number> | undefined = undefined;
  /** Lowercase words of the article: a capitalised word also written in lowercase is common. */
  private readonly lowercaseWords = new Set<string>();
  /** 1 at the lexeme id of every token of the text, built on first need (see writtenInTitleCase). */
  private spellings: Uint8Array | undefined;
  /** See articlesOfFullNames (computed on first use). */
  private articleNames: Set<string> | undefined;
  /** See commonNounsWithThe, lastWordsOfNames and firstWordsOfNames (built on first use). */
  private nounsWithThe: Set<string> | undefined;
  private nameEnds: Set<string> | undefined;
  private nameStarts: Set<string> | undefined;
  /** The token texts and gazetteer keys, as the gazetteer's walks take them. */
  private readonly words: readonly string[];
  private readonly keys: readonly string[];
  /** Each token's WordClass bits and TokenFlag bits, for the passes over every token (see TokenColumns). */
  private readonly classes: Int32Array;
  private readonly flags: Uint8Array;
  /** Each token's lexeme id, and the id of "." (-1 if no token has it): see isInitialAt. */
  private readonly ids: Int32Array;
  /** The tokens' WordShape bits (TokenColumns.shapes). */
  private readonly shapes: Uint8Array;
  private readonly periodId: number;
  private readonly commaId: number;

  private readonly dateTokens: Uint8Array;
  /**
   * The gazetteer pass's chunks, in reading order, are chunks[gazetteerFrom, gazetteerEnd):
   * the passes before it (defined acronyms, historic periods, towns after "du") come first, in
   * their own order.
   */
  private gazetteerFrom = 0;
  private gazetteerEnd = 0;
  private readonly nearFamilies = new Map<string, FamilyMember[]>();
  /** The article's family keys grouped for typo matches (see typoNeighbours). */
  private familiesByTypoGuard: { of: Map<string, FamilyMember[]>; groups: Map<string, string[]> } | undefined;
  /** Tokens on a Title Case line (an English headline): their capitals prove nothing. */
  private readonly onHeading: Uint8Array;
  private ships: Set<string> | undefined;
  private namedMidSentenceKeys: Set<string> | undefined;
  private loneWords: Set<string> | undefined;
  /** Tokens on a line written in capitals (see markHeadlines). */
  private readonly onCapitalsLine: Uint8Array;
  /**
   * Positions of the capitalised words, in reading order, and of those and the name particles
   * ("de", "von"): the passes that start a name on one walk these, where each went through
   * every token (a fifth of them capitalised) to test its class bits.
   */
  private readonly capitalisedWords: Int32Array;
  private readonly capitalisedWordsAndParticles: Int32Array;
  /** See nameWordKeyAt. */
  private readonly nameWordKeys: LexemeMemo<string>;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    dateTokens: Uint8Array,
    private readonly lang: Lang,
    /** Tokens another pass set aside (a party tag's state, see party-tags.ts; a time zone after a clock time): no chunk may take them. */
    reservedTokens: readonly number[] = [],
  ) {
    this.claimed = dateTokens.slice();
    for (const k of reservedTokens) this.claimed[k] = 1;
    this.dateTokens = dateTokens;
    const columns = tokenColumns(tokens);
    this.words = columns.texts;
    this.keys = columns.nameKeys;
    this.classes = columns.classes;
    this.flags = columns.flags;
    this.ids = columns.ids;
    this.shapes = columns.shapes;
    this.periodId = lexemeIdOf('.', 'punct');
    this.commaId = lexemeIdOf(',', 'punct');
    const headlines = markHeadlines(columns);
    this.onHeading = headlines.titleCase;
    this.onCapitalsLine = headlines.capitals;
    this.capitalisedWords = positionsOf(columns.classes, WordClass.Capitalised);
    this.capitalisedWordsAndParticles = positionsOf(columns.classes, WordClass.Capitalised | WordClass.Particle);
    this.nameWordKeys = NAME_WORD_KEY.prepare();
    for (const lexeme of distinctLexemes(tokens, WordClass.Lowercase)) this.lowercaseWords.add(lexeme.folded);
  }

  recognise(): Chunk[] {
    this.findMasthead();
    this.findDefinedAcronyms();
    this.findHistoricPeriods();
    this.findCitiesAfterContractedArticles();
    this.findLowercaseEventNames();
    this.findNumberedRoads();
    this.findCityCorporations();
    this.findGazetteerNames();
    this.findRepublicsByAdjective();
    this.findPostalAbbreviations();
    this.findLowercaseHeadedNames();
    this.findFrenchWarNames();
    this.findFrenchCalamityNames();
    this.findNumberedUnits();
    this.findFrenchStageRaces();
    this.findFrenchEventsOfCommonNouns();
    this.findFrenchCaseNames();
    this.findFrenchPaperNames();
    this.findCapitalHeadedFrenchNames();
    this.findFirmsAfterMessrs();
    this.findCapitalisedChunks();
    this.chunks.sort((a, b) => a.first - b.first);
    this.gatherAllEvidence();
    this.typeDistrictsByName();
    this.takeInHouseNumbers();
    this.typePlacesBetween();
    this.shareTypeAlongLists();
    this.typeAliases();
    this.joinOrganisationComplements();
    this.joinPlacesOpeningBodyNames();
    this.nameDatedCalamities();
    this.propagate();
    return this.chunks.filter((c) => c.type && this.keep(c));
  }

  /**
   * gatherEvidence for every chunk without a type. A method of its own, not a loop in
   * recognise(): V8 compiled recognise() on entry to that loop (on-stack replacement) before the
   * passes after it had ever run, and that compiled code then failed on reaching them in every
   * later analysis, leaving the rest of recognise() to the interpreter.
   */
  private gatherAllEvidence(): void {
    const { chunks } = this;
    for (let n = 0; n < chunks.length; n++) if (!chunks[n].type) this.gatherEvidence(chunks[n]);
  }

  /**
   * isInitial, with the glued period's lexeme id read first: asked of every capitalised word the
   * chunker meets, it ruled most out only after following two token objects to their lexemes.
   */
  private isInitialAt(i: number): boolean {
    return i + 1 < this.ids.length && this.ids[i + 1] === this.periodId && isInitial(this.tokens, i);
  }

  // --- pass 1: chunks -------------------------------------------------------------------

  /**
   * "GAZETTE DU VALAIS" over "Sion, samedi 22 août 1896", "THE JERSEY JOURNAL" over "JERSEY
   * CITY, N. J., MONDAY, NOVEMBER 14, 1927.": an article copied from a paper often opens on the
   * paper's name in capitals, with its date line (and town) under it. That first line, short and
   * without a year of its own, names the paper, whatever its words ("SHROPSHIRE STAR" is no
   * county); English leaves "THE" and the closing period out, French keeps its article ("LE
   * RÉPUBLICAIN LORRAIN", "L'IMPARTIAL"). Not a headline of an event ("LES JEUX DE GRENOBLE").
   */
  private findMasthead(): void {
    const { text, tokens } = this;
    const lineStart = text.search(/\S/);
    if (lineStart < 0) return;
    const lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) return;
    const line = text.slice(lineStart, lineEnd).trimEnd();
    if (line.length > MASTHEAD_MAX_LENGTH || line !== line.toUpperCase() || !/\p{Lu}/u.test(line) || /\d/.test(line)) return;
    const nextLine = /^\s*(\S[^\n]*)/.exec(text.slice(lineEnd))?.[1] ?? '';
    if (nextLine.length > MASTHEAD_DATE_LINE_MAX_LENGTH || !/\b(?:1[6-9]|20)\d\d\b/.test(nextLine) || /[«»“”"]/.test(nextLine)) return;
    let first = 0;
    while (first < tokens.length && tokens[first].end <= lineStart) first++;
    let last = first;
    while (last < tokens.length && tokens[last].end <= lineStart + line.length) last++;
    // ("BALLAARAT." over its date: one word and a period is the dispatch's town. "QUOTIDIEN
    // RÉPUBLICAIN DE LA HAUTE-SAVOIE": what kind of paper it is, under its name.)
    if ((last - first === 2 && tokens[last - 1].text === '.') || MASTHEAD_DESCRIPTIONS.has(tokens[first]?.folded ?? '')) return;
    if (this.lang === 'en' && tokens[first]?.folded === 'the') first++;
    if (tokens[last - 1]?.text === '.') last--;
    const words = last - first;
    if (words < 1 || words > MASTHEAD_MAX_WORDS || tokens[first].kind !== 'word' || tokens[last - 1].kind !== 'word') return;
    for (let k = first; k < last; k++) if (EVENT_HEAD_WORDS.has(tokens[k].folded)) return;
    this.claim(first, last, false, 3, 'ORG', gazetteer.slugify(text.slice(tokens[first].start, tokens[last - 1].end)));
  }

  /**
   * "le Groupement des exportateurs de vanille de Madagascar (GEVM)", "the Office of Disaster
   * Preparedness (ODP)": a name followed by its acronym in brackets is one body, lowercase words
   * and places included. The acronym spells the initials of the name's words, which says where
   * the name starts (Schwartz and Hearst's abbreviation definitions, held to initials). The
   * acronym and every other mention of the name share its id. First of all passes, so that no
   * shorter name inside ("Madagascar") is claimed before.
   */
  private findDefinedAcronyms(): void {
    const { tokens } = this;
    const defined = new Map<string, Chunk>();
    // By lexeme id: most tokens are ruled out by comparing two integers of the ids column,
    // without reading a token object or its text.
    const { ids } = tokenColumns(tokens);
    const openId = lexemeIdOf('(', 'punct');
    const closeId = lexemeIdOf(')', 'punct');
    for (let open = 1; open + 2 < tokens.length; open++) {
      if (ids[open] !== openId || ids[open + 2] !== closeId) continue;
      const acronym = tokens[open + 1];
      if (acronym.kind !== 'word' || acronym.text.length < 2 || this.claimed[open + 1]) continue;
      // "la taxe sur la valeur ajoutée (TVA)", "Chief Executive Officer (CEO)": a thing, not a body.
      if (isWordOf(acronym, WordClass.CommonAcronym)) continue;
      const wordLike = isWordLikeAcronym(acronym.text) && !this.knownAsWord(acronym);
      // (Up to nine capitals: a syllable short form runs longer than initials, "SYNADOT".)
      if (!wordLike && !(isAllCaps(acronym.text) && acronym.text.length <= 9)) continue;
      const first = wordLike ? this.wordLikeAcronymDefinitionStart(open, acronym.folded) : this.capitalsAcronymDefinitionStart(open, acronym.folded);
      if (first < 0 || !this.namesABody(first, open)) continue;
      const name = this.text.slice(tokens[first].start, tokens[open - 1].end);
      // The long name's own entry only: "Parti socialiste sénégalais (PS)" is not the French PS.
      const known = gazetteer.lookupName(name);
      const type = known?.type ?? this.definedNameType(first, open);
      const id = known?.id ?? gazetteer.slugify(name);
      this.claim(first, open, tokens[first].sentenceStart, 3, type, id);
      if (!defined.has(name)) defined.set(name, this.chunks[this.chunks.length - 1]);
      this.claim(open + 1, open + 2, false, 3, type, id);
      // "Namfrel said": a short form written like a word is not recognisable by its shape, as
      // capitals are; its later mentions are found as the long name's are.
      if (wordLike && !defined.has(acronym.text)) defined.set(acronym.text, this.chunks[this.chunks.length - 1]);
    }
    if (defined.size > 0) this.claimOtherMentions(defined);
  }

  /**
   * A defined name is a body, unless English closes it on a place's head word ("the Royal Albert
   * Hall (RAH)") and no head before an "of" says otherwise: "Friends of the Lake District (FLD)"
   * and "Save the Trees of Armada Way (STRAW)" are bodies. French heads are first and ambiguous
   * ("Département du territoire (DT)" is an administration): a body.
   */
  private definedNameType(first: number, end: number): EntityType {
    const head = this.tokens[end - 1];
    if (this.lang !== 'en' || !isWordOf(head, WordClass.PlaceHeadWord) || isWordOf(head, WordClass.OrgHeadWord)) return 'ORG';
    for (let k = first + 1; k < end - 1; k++) {
      if (this.tokens[k].folded === 'of' && this.tokens[k].lowercase) return isWordOf(this.tokens[k - 1], WordClass.PlaceHeadWord) ? 'LOC' : 'ORG';
    }
    return 'LOC';
  }

  /**
   * Where the name a short form in capitals stands for starts: its words' initials
   * ("CGT"), else, for a longer form, their first syllables, as the word-like short forms
   * are matched ("Syndicat national des dockers du Togo (SYNADOT)", "Société nationale
   * d'électricité (SONEL)").
   */
  private capitalsAcronymDefinitionStart(open: number, letters: string): number {
    const first = this.acronymDefinitionStart(open, letters);
    if (first >= 0 || letters.length < 4) return first;
    let start = this.wordLikeAcronymDefinitionStart(open, letters);
    // "the Ghana Cocoa Board (COCOBOD)": the syllables may leave out a capitalised word before
    // them, which is still the name's (two at most).
    for (let n = 0; start > 0 && n < 2; n++) {
      const before = this.tokens[start - 1];
      if (!isNameWord(before) || before.sentenceStart || this.claimed[start - 1] || isWordOf(before, WordClass.Function | WordClass.Determiner) || !onlySpacesBetween(this.text, before, this.tokens[start])) break;
      start--;
    }
    return start;
  }

  /**
   * The first token of the name whose words' initials spell `letters` (folded), the name ending
   * right before the bracket at `open`; -1 if none. Read backwards, as the letters are matched
   * from the last. Function words ("de", "l'", "of", "the") spell no letter and are stepped
   * over ("Department of Energy (DOE)" is not found: "of" spells nothing); one other word may
   * spell nothing at the end of the name, a complement after the spelled words ("Comité
   * d'action viticole de l'Hérault (CAV)"), never between them.
   */
  private acronymDefinitionStart(open: number, letters: string): number {
    let letter = letters.length - 1;
    let unspelled = 0;
    for (const k of this.spellingWordsBefore(open, letters.length + 8)) {
      const tok = this.tokens[k];
      if (tok.folded[0] === letters[letter]) {
        if (--letter < 0) return tok.capitalised ? k : -1;
      } else if (letter < letters.length - 1 || ++unspelled > 1) return -1;
    }
    return -1;
  }

  /**
   * The words that may spell a short form's letters, read backwards from the bracket at `open`
   * within `reach` tokens: unclaimed words, hyphens and apostrophes stepped over, function words
   * left out (they spell nothing). A sentence's end or a comma is a punctuation token: the name
   * cannot reach past it.
   */
  private spellingWordsBefore(open: number, reach: number): number[] {
    const words: number[] = [];
    for (let k = open - 1; k >= 0 && open - k <= reach; k--) {
      const tok = this.tokens[k];
      if (tok.kind === 'punct' && (tok.text === '-' || tok.text === "'" || tok.text === '’')) continue;
      if (tok.kind !== 'word' || this.claimed[k]) break;
      if (!isWordOf(tok, SPELLS_NO_INITIAL)) words.push(k);
    }
    return words;
  }

  /**
   * A word a short form cannot be, since it would take every later mention: a known name ("(Nice)",
   * "(Paris)"), a first name ("(Mary)"), or a word the article also writes in lowercase ("(Care)").
   */
  private knownAsWord(tok: Token): boolean {
    return isWordOf(tok, WordClass.FirstName) || this.lowercaseWords.has(tok.folded) || !!gazetteer.lookupName(tok.text) || !!gazetteer.lookupTown(tok.text);
  }

  /**
   * The first token of the name that a short form written like a word spells, the name ending
   * right before the bracket at `open`; -1 if none. "Mission des Nations unies pour la
   * stabilisation en Haïti (Minustah)", "National Movement for Free Elections (Namfrel)",
   * "Cellule interrégionale d'épidémiologie (Cire)": each content word spells its first letter
   * and may spell more of its letters in order (Schwartz and Hearst's matching, held to word
   * starts); function words spell nothing; one complement may close the name unspelled.
   */
  private wordLikeAcronymDefinitionStart(open: number, letters: string): number {
    const words = this.spellingWordsBefore(open, 2 * letters.length + 8);
    // words[] runs backwards from the bracket; the name may leave its last word unspelled.
    for (const skip of [0, 1]) {
      const first = this.spellBackwards(words, skip, letters, letters.length);
      if (first >= 0 && this.tokens[first].capitalised) return first;
    }
    return -1;
  }

  /**
   * Can words[w], words[w+1], … (read backwards) spell letters[0, end) from their last letter,
   * each word spelling at least its first letter? Returns the token of the word that spells
   * letters[0], or -1. Backtracks over how many letters each word spells (a few at most).
   */
  private spellBackwards(words: readonly number[], w: number, letters: string, end: number): number {
    if (w >= words.length) return -1;
    const word = this.tokens[words[w]].folded;
    // This word spells letters[start, end): letters[start] is its initial, the rest in order after it.
    for (let start = end - 1; start >= 0; start--) {
      if (letters[start] !== word[0] || !spellsInOrder(word, 1, letters, start + 1, end)) continue;
      if (start === 0) return words[w];
      const first = this.spellBackwards(words, w + 1, letters, start);
      if (first >= 0) return first;
    }
    return -1;
  }

  /**
   * Words [first, end) name a body, not a person whose initials an acronym happens to spell
   * ("Paul Simon (PS)", "Crown Prince Mohammed bin Salman (MBS)"): the name holds a lowercase
   * content word (not a particle: "bin", "von"), a body's head word, or three content words; a
   * first name opening it, or a title before it, needs a head word; a sentence's first word only
   * counts with a head word or another capital.
   */
  private namesABody(first: number, end: number): boolean {
    const { tokens } = this;
    let capitals = 0;
    let words = 0;
    let lowercase = false;
    let head = false;
    for (let k = first; k < end; k++) {
      if (tokens[k].kind !== 'word' || isWordOf(tokens[k], SPELLS_NO_INITIAL | WordClass.Particle)) continue;
      words++;
      if (tokens[k].capitalised) capitals++;
      else lowercase = true;
      if (isWordOf(tokens[k], WordClass.OrgHeadWord | WordClass.InstitutionHead)) head = true;
    }
    if (tokens[first].sentenceStart && !head && capitals < 2) return false;
    if ((isWordOf(tokens[first], WordClass.FirstName) || this.titleBefore(first)) && !head) return false;
    return lowercase || head || words >= 3;
  }

  /**
   * The defined names written again elsewhere, without their acronym: the same body, the same id.
   * One pass over the tokens, the names looked up by their first word; not inside a longer name
   * ("the Social Democratic Party" after "the Democratic Party (DP)").
   */
  private claimOtherMentions(defined: ReadonlyMap<string, Chunk>): void {
    const { tokens } = this;
    const byFirstWord = new Map<string, Chunk[]>();
    for (const chunk of defined.values()) {
      const word = tokens[chunk.first].text;
      const list = byFirstWord.get(word);
      if (list) list.push(chunk);
      else byFirstWord.set(word, [chunk]);
    }
    // By lexeme id first: most tokens are ruled out without touching a token object or hashing a string.
    const columns = tokenColumns(tokens);
    const firstWords = lexemeMask(columns, [...defined.values()].map((chunk) => tokens[chunk.first]));
    for (let i = 0; i < tokens.length; i++) {
      if (firstWords[columns.ids[i]] === 0) continue;
      const candidates = this.claimed[i] ? undefined : byFirstWord.get(tokens[i].text);
      const match = candidates && this.nameWrittenAt(candidates, i);
      if (!match) continue;
      const last = i + match.last - match.first;
      this.claim(i, last, tokens[i].sentenceStart, 3, match.type, match.id);
      i = last - 1;
    }
  }

  /**
   * The first of `candidates` that the tokens from i spell (see writesNameAt). A loop, not
   * find(): a closure over the loop's i made the pass allocate a context per token (8 MB a run).
   */
  private nameWrittenAt(candidates: readonly Chunk[], i: number): Chunk | undefined {
    for (const chunk of candidates) if (this.writesNameAt(chunk, i)) return chunk;
    return undefined;
  }

  /** A legal form right after the known firm's name at i…j ("Corp", "Inc"), and no name word before it. */
  private legalFormAfterKnownFirm(i: number, j: number): boolean {
    const form = this.tokens[j];
    return !!form && gazetteer.isLegalForm(form.text) && !this.claimed[j] && onlySpacesBetween(this.text, this.tokens[j - 1], form) && !this.isNameWordAt(i - 1, i);
  }

  /** Do the tokens from i spell the defined name `chunk`, unclaimed, and not as part of a longer name? */
  private writesNameAt(chunk: Chunk, i: number): boolean {
    const { tokens } = this;
    const length = chunk.last - chunk.first;
    for (let n = 0; n < length; n++) {
      const k = i + n;
      if (k >= tokens.length || this.claimed[k] || tokens[k].text !== tokens[chunk.first + n].text) return false;
      if (n > 0 && tokens[k].start !== tokens[k - 1].end && !onlySpacesBetween(this.text, tokens[k - 1], tokens[k])) return false;
    }
    return !this.isNameWordAt(i - 1, i) && !this.isNameWordAt(i + length, i + length - 1);
  }

  /**
   * "depuis la Libération", "sous l'Occupation", "since Confederation in 1949", "after
   * Independence": a period of a country's history, capitalised after its article (French) or a
   * preposition of time (English), is an event, not the paper "Libération" nor the town of
   * Independence, Missouri.
   */
  private findHistoricPeriods(): void {
    const { tokens, ids, capitalisedWords } = this;
    const isPeriod = IS_HISTORIC_PERIOD[this.lang].prepare();
    for (let n = 0; n < capitalisedWords.length; n++) {
      const i = capitalisedWords[n];
      if (i < 1 || this.claimed[i] || !isPeriod.of(ids[i], tokens[i]) || tokens[i].sentenceStart) continue;
      const before = tokens[i - 1];
      const introduced = this.lang === 'fr' ? before.folded === 'la' || before.folded === "l'" : TIME_PREPOSITIONS_EN.has(before.folded);
      if (introduced && (before.lowercase || before.sentenceStart) && !this.periodInLongerName(i)) this.claim(i, i + 1, false, 3, 'EVENT');
    }
  }

  /**
   * "la Révolution française", "la Révolution d'Octobre", "Independence Hall", "Federation
   * Square", "la Place de la Révolution", "le Musée de la Libération": the word opens or ends a
   * longer name, which the other passes find whole.
   */
  private periodInLongerName(i: number): boolean {
    const next = this.tokens[i + 1];
    const after = this.tokens[i + 2];
    if (isWordTok(next) && next.capitalised) return true;
    if (this.lang === 'en') return false;
    if (this.isFrenchAdjective(i + 1)) return true;
    if (isWordTok(next) && OF_PREPOSITIONS.has(next.folded) && isWordTok(after) && after.capitalised) return true;
    return this.tokens[i - 2]?.folded === 'de';
  }

  /**
   * "parti du Caire", "au Havre", "aux Mureaux": French contracts the article of "Le Caire", "Le
   * Havre", "Les Mureaux" with "de" and "à", so the lists' name is found by putting it back.
   */
  private findCitiesAfterContractedArticles(): void {
    if (this.lang !== 'fr') return;
    const { tokens, capitalisedWords } = this;
    for (let n = 0; n < capitalisedWords.length; n++) {
      const i = capitalisedWords[n];
      const before = tokens[i - 1];
      if (!isWordTok(before) || this.claimed[i] || !(before.lowercase || before.sentenceStart)) continue;
      const article = CONTRACTED_ARTICLES_FR.get(before.folded);
      // (Not before a word that makes it a name of its own, "du Port autonome", nor inside an
      // event's, "aux 24 Heures du Mans".)
      const next = tokens[i + 1];
      const inEvent = tokens[i - 2]?.capitalised && (EVENT_HEAD_WORDS.has(tokens[i - 2].folded) || hasDigit(tokens[i - 3]?.text ?? ''));
      if (!article || (isWordTok(next) && (next.capitalised || (next.lowercase && this.isFrenchAdjective(i + 1)))) || inEvent) continue;
      const entry = gazetteer.lookupName(`${article} ${tokens[i].text}`);
      if (entry?.type === 'LOC') this.claim(i, i + 1, false, 3, 'LOC', entry.id);
    }
  }

  /** Longest gazetteer names first, so "Seconde Guerre mondiale" wins over "Guerre". */
  private findGazetteerNames(): void {
    const { tokens, classes, capitalisedWords } = this;
    // Past the last name found: the pass reads no token before.
    let resume = 0;
    this.gazetteerFrom = this.chunks.length;
    for (let n = 0; n < capitalisedWords.length; n++) {
      const i = capitalisedWords[n];
      if (i < resume || this.claimed[i] || !(classes[i] & WordClass.NameStart)) continue;
      const tok = tokens[i];
      const match = this.gazetteerNameAt(i);
      if (!match) continue;
      const j = i + match.words;
      // "General Dynamics Corp.": a firm the lists know, then its legal form, is that firm by its
      // full style (the chunker would read "General" as a rank before a name).
      if (match.entry.type === 'ORG' && this.legalFormAfterKnownFirm(i, j)) {
        this.claim(i, j + 1, tok.sentenceStart, 3, 'ORG', gazetteer.slugify(this.text.slice(tok.start, tokens[j].end)));
        resume = j + 1;
        continue;
      }
      // "Michael Jackson", "Marco Rubio": a place name glued to other name words is part of
      // a longer name; the chunker sees the whole name and looks it up again.
      // (Not a body's acronym before a person's full name: "a expliqué à l'AFP Abdoulaye Cissé-Maïga".)
      const gluedAfter = this.isNameWordAt(j, j - 1) && !this.personAfterAcronym(i, j, match.entry.type);
      if (this.isNameWordAt(i - 1, i) || gluedAfter || (i > 1 && this.commonPossessorInBodyName(i - 1))) continue;
      // ("Devon and Cornwall Police", "Avon and Somerset Constabulary": the place opens a body
      // that "and" goes on naming, and the chunker reads it whole; not a place that closes a
      // name or a list, "the University of Toronto and York University", "London, Midland and …".)
      const opensName = tok.sentenceStart || (tokens[i - 1]?.lowercase && tokens[i - 1].folded !== 'of');
      if (opensName && tokens[j]?.folded === 'and' && onlySpacesBetween(this.text, tokens[j - 1], tokens[j]) && this.andJoinsBodyName(j, i)) continue;
      // "l'US Orléans", "l'AS Cannes": after a French club's prefix the town is the club's name.
      // (After an article or a preposition: "les bombardiers US Reims" are the United States' planes.)
      if (this.lang === 'fr' && i > 1 && CLUB_PREFIXES.has(tokens[i - 1].text) && isWordOf(tokens[i - 2], WordClass.Determiner | WordClass.Preposition) && onlySpacesBetween(this.text, tokens[i - 1], tok)) continue;
      if (this.honouredKnownName(i, match.words, match.entry.type) || this.familyNameAfterParticle(i, match.entry.type) || this.placeNamedAfterHonorificParticles(i, match.entry.type)) continue;
      // ("HMS Belfast", "U.S.S. Maine": a ship named after a place, read whole by the chunker.)
      if (this.shipPrefixBefore(i)) continue;
      // ("le Congrès des électriciens", "le Congrès eucharistique national": a congress the French
      // name passes read whole, with its complement or its adjectives (an event after "de" and a
      // noun, rule 595), not the body the lists know by that one word.)
      if (match.words === 1 && this.lang === 'fr' && this.frenchEventHeadWithComplement(i)) continue;
      // "the U.S.", "the C.D.C.": a dotted short form keeps its last period; one that goes on
      // is another name ("the P.S.A." is not the "P.S.").
      const dotted = this.dottedShortFormEnd(i);
      if (dotted > j + 1) continue;
      // ("la S.I.C.A.", "la S.A.L.E.M.": no name starts inside a dotted short form, and a town's
      // name is not spelt out in initials; "L.A." is a town's short form, "U.K." a country.)
      if (this.isInitialAt(i - 2) && tokens[i - 1].end === tok.start && tokens[i - 2].end === tokens[i - 1].start) continue;
      if (dotted > i && match.entry.type === 'LOC' && match.entry.kind === 'city' && match.entry.id === this.text.slice(tok.start, tokens[dotted - 1].end).replace(/\./g, '').toLowerCase()) continue;
      // ("Constable R. T. Hammersley": spaced initials before a family name are a person's, not
      // the short form "RT" of the lists.)
      if (this.lang === 'en' && this.spacedInitialsBeforeName(i, j)) continue;
      const end = dotted === j + 1 ? j + 1 : j;
      // "la Croix-Rouge suisse", "la Croix-Rouge de Belgique": the national society, a body of its own.
      const society = this.nationalSocietyAt(i, end) ? end + 1 : this.nationalSocietyOfCountryEnd(i, end);
      if (society > end) {
        this.claim(i, society, tok.sentenceStart, 3, 'ORG', gazetteer.slugify(this.text.slice(tok.start, tokens[society - 1].end)));
        resume = society;
        continue;
      }
      // "la Suisse alémanique", "l'Afrique centrale", "le Rhin supérieur": a French place and the
      // adjective of its part is that part, a place of its own.
      if (this.lang === 'fr' && match.entry.type === 'LOC' && this.partAdjectiveAt(end)) {
        this.claim(i, end + 1, tok.sentenceStart, 3, 'LOC', gazetteer.slugify(this.text.slice(tok.start, tokens[end].end)));
        resume = end + 1;
        continue;
      }
      this.claim(i, end, tok.sentenceStart, 3, match.entry.type, match.entry.id);
      resume = end;
      // "a shoe manufacturer of Lynn, Massachusetts, has": the town before a state spelled out,
      // as before its postal abbreviation (findPostalAbbreviations).
      if (this.lang === 'en' && match.entry.kind === 'us-state' && tokens[i - 1]?.text === ',' && isNameWord(tokens[i - 2]) && !(tokens[end]?.kind === 'word' && !tokens[end].sentenceStart)) this.claimTownBefore(i - 1);
    }
    this.gazetteerEnd = this.chunks.length;
  }

  /**
   * A body's acronym the lists know, alone at token i, then a given name and another name word
   * from token j: "a déclaré à l'AFP Abdoulaye Cissé-Maïga", "told the BBC John Wren": the body
   * spoken to, then the speaker.
   */
  private personAfterAcronym(i: number, j: number, type: gazetteer.GazetteerType): boolean {
    const { tokens } = this;
    const family = tokens[j + 1];
    return type === 'ORG' && j === i + 1 && isAcronym(tokens[i].text) && isWordOf(tokens[j], WordClass.FirstName) && isNameWord(family) && family.capitalised && onlySpacesBetween(this.text, tokens[j], family);
  }

  /**
   * "Mr. Charles de Lima", "Jan van Dijk": a place's name after a first name and a particle is
   * the family name (in French only after an honorific: "Jean de Florence" may be where he is from).
   */
  private familyNameAfterParticle(i: number, type: gazetteer.GazetteerType): boolean {
    const { tokens } = this;
    const particle = tokens[i - 1];
    const given = tokens[i - 2];
    if (type !== 'LOC' || !isWordTok(particle) || !particle.lowercase || !FAMILY_NAME_PARTICLES.has(particle.text)) return false;
    if (!given?.capitalised || !isWordOf(given, WordClass.FirstName) || !onlySpacesBetween(this.text, given, particle) || !onlySpacesBetween(this.text, particle, tokens[i])) return false;
    return this.lang === 'en' || this.afterHonorific(i - 2);
  }

  /**
   * "M. de la Fontaine", "Mme de Valence": a place's name after the particles of a name that an
   * honorific opens is the family name. (Not after a rank, lowercase: "le docteur de Lyon" is the
   * doctor from Lyon.)
   */
  private placeNamedAfterHonorificParticles(i: number, type: gazetteer.GazetteerType): boolean {
    const { tokens } = this;
    if (type !== 'LOC' || this.lang !== 'fr') return false;
    let k = i;
    while (k > i - 3 && isWordTok(tokens[k - 1]) && tokens[k - 1].lowercase && isWordOf(tokens[k - 1], WordClass.Particle) && onlySpacesBetween(this.text, tokens[k - 1], tokens[k])) k--;
    if (k === i) return false;
    const h = tokens[k - 1]?.text === '.' ? k - 2 : k - 1;
    return h >= 0 && tokens[h].capitalised && HONORIFICS.has(tokens[h].folded);
  }

  /**
   * "Alderton, Calif.", "GARVEY, Ind. (AP)", "Kettleby, N.B.,": wire copy's state and province
   * abbreviations. Alone, "Miss." or "Ind." are other words, so they are read only after a town
   * and its comma; the town is a place too. (A party tag's "D-Ind." is one token: see party-tags.ts.)
   */
  private findPostalAbbreviations(): void {
    if (this.lang !== 'en') return;
    const { tokens } = this;
    const { ids } = tokenColumns(tokens);
    const commaId = lexemeIdOf(',', 'punct');
    const { capitalisedWords } = this;
    let resume = 2;
    for (let n = 0; n < capitalisedWords.length; n++) {
      const i = capitalisedWords[n];
      // The comma first, by lexeme id: it rules out nearly every word before any spelling is built.
      if (i < resume || ids[i - 1] !== commaId || this.claimed[i] || !isNameWord(tokens[i - 2])) continue;
      const match = this.postalAbbreviationAt(i);
      if (!match) continue;
      // "Thank you, Miss. Abbott": an honorific before a name, not a state.
      const next = tokens[match.end];
      if (next?.kind === 'word' && !next.sentenceStart) continue;
      this.claim(i, match.end, false, 3, 'LOC', match.id);
      this.claimTownBefore(i - 1);
      resume = match.end;
    }
  }

  /** Does a blank line (or more) separate tokens a and b? A hard-wrapped line ("Port⏎Hawkesbury") does not. */
  private paragraphBetween(a: number, b: number): boolean {
    const gap = this.text.slice(this.tokens[a].end, this.tokens[b].start);
    return gap.indexOf('\n') !== gap.lastIndexOf('\n') || gap.includes('\r\r');
  }

  /** The abbreviation spelled by the glued tokens from i ("W" "." "Va" "."), the longest one. */
  private postalAbbreviationAt(i: number): { end: number; id: string } | undefined {
    let spelled = '';
    let found: { end: number; id: string } | undefined;
    for (let k = i; k < Math.min(this.tokens.length, i + 6); k++) {
      if (k > i && this.tokens[k].start !== this.tokens[k - 1].end) break;
      spelled += this.tokens[k].text;
      const id = spelled.endsWith('.') ? gazetteer.postalAbbreviationId(spelled) : undefined;
      if (id) found = { end: k + 1, id };
    }
    return found;
  }

  /**
   * "la guerre froide", "les attentats du 11 septembre", "la crise de 1929": the events the
   * curated list names in lowercase, as French typography writes them. findGazetteerNames reads
   * capitalised words only; here only the words that open such a name are looked up.
   */
  private findLowercaseEventNames(): void {
    const { tokens, ids } = this;
    // By lexeme id, as written: most articles hold none of these words, and no token object is read.
    const wanted = new Set(gazetteer.lowercaseEventFirstWords().map((word) => lexemeIdOf(word, 'word')).filter((id) => id >= 0));
    if (wanted.size === 0) return;
    for (let i = 0; i < tokens.length; i++) {
      if (!wanted.has(ids[i]) || this.claimed[i]) continue;
      // ("une guerre froide entre voisins": after an indefinite article, the words in general.)
      const article = tokens[i - 1]?.folded;
      if (article === 'un' || article === 'une') continue;
      const match = this.gazetteerNameAt(i);
      // (Not "la guerre en Ukraine": the place it holds is the entity there, as the annotation
      // guidelines tag it; the capitalised pass reads that place.)
      if (match?.entry.type !== 'EVENT' || this.capitalisedWithin(i, i + match.words)) continue;
      this.claim(i, i + match.words, false, 3, 'EVENT', match.entry.id);
      i += match.words - 1;
    }
  }

  /** Is one of tokens[first..end) capitalised? */
  private capitalisedWithin(first: number, end: number): boolean {
    for (let k = first; k < end; k++) if (this.tokens[k].capitalised) return true;
    return false;
  }

  /** The capitalised words before the comma at `comma` ("Green Cove, N.S."), unless already named. */
  private claimTownBefore(comma: number): void {
    let first = comma;
    // (Not past the start of its line: "Associated Press Writer" above "MUNCIE, Ind." is a byline.)
    while (first > 0 && comma - first < 4 && isNameWord(this.tokens[first - 1]) && !this.claimed[first - 1] && !this.paragraphBetween(first - 1, first)) first--;
    // Nothing to name, or the end of a longer name already found ("Winston-Salem" cut at its hyphen).
    if (first === comma || (this.claimed[first - 1] && this.tokens[first - 1].end === this.tokens[first].start)) return;
    this.claim(first, comma, this.tokens[first].sentenceStart, 3, 'LOC', gazetteer.slugify(this.text.slice(this.tokens[first].start, this.tokens[comma - 1].end)));
  }

  /**
   * The longest known name starting at token i that lies on one line of running text. The
   * token-walk lookup answers in one step for most tokens; only a name that crosses a line
   * break or a claimed token makes us try the shorter spans.
   */
  private gazetteerNameAt(i: number): gazetteer.NameMatch | undefined {
    const longest = gazetteer.longestNameAt(this.words, i, this.keys);
    if (!longest) return undefined;
    // "Le soir, …" opens a sentence; "Le Soir" is a newspaper: a name led by an article needs
    // its next word capitalised too.
    if (longest.words > 1 && isWordOf(this.tokens[i], WordClass.Determiner) && this.tokens[i + 1]?.lowercase) return undefined;
    // "Ni l’un ni l’autre" folds to "nil", the Nile in French: no name ends on an elided article.
    if (isElision(this.tokens[i + longest.words - 1])) return undefined;
    // "Par la bouche de …" folds to "parla", a Spanish town: no name ends on an article or a
    // function word written apart ("Rio de Janeiro" ends capitalised, "Aix-en-Provence" is glued
    // by hyphens; "Assemblée nationale" ends on an adjective).
    if (longest.words > 1 && this.endsOnLowercaseWordApart(i, i + longest.words)) return undefined;
    if (this.joinable(i, i + longest.words)) return longest;
    for (let j = i + longest.words - 1; j > i; j--) {
      if (!this.joinable(i, j) || this.tokens[j - 1].kind === 'punct') continue;
      const entry = gazetteer.lookupName(this.text.slice(this.tokens[i].start, this.tokens[j - 1].end));
      if (entry) return { words: j - i, entry };
    }
    return undefined;
  }

  /** Is token j-1 a lowercase article or function word with a space before it ("Par la")? */
  private endsOnLowercaseWordApart(i: number, j: number): boolean {
    const last = this.tokens[j - 1];
    const before = this.tokens[j - 2];
    return j - i >= 2 && last.kind === 'word' && last.lowercase && before.end < last.start && isWordOf(last, WordClass.Function | WordClass.Determiner);
  }

  /** Tokens i..j-1 lie on one line, unclaimed, joined only by spaces, hyphens or apostrophes. */
  private joinable(i: number, j: number): boolean {
    for (let k = i; k < j; k++) {
      if (this.claimed[k]) return false;
      // Touching tokens ("d'" + "État") count as adjacent: onlySpacesBetween accepts them.
      if (k > i && !onlySpacesBetween(this.text, this.tokens[k - 1], this.tokens[k]) && this.tokens[k].text !== "'") return false;
      if (this.tokens[k].kind === 'punct' && !NAME_JOINING_MARKS.has(this.tokens[k].text)) return false;
    }
    return true;
  }

  /** Token k is a capitalised name word adjacent to token `neighbour` (same line, spaces only). */
  private isNameWordAt(k: number, neighbour: number): boolean {
    const tok = this.tokens[k];
    if (!tok || this.claimed[k] || !isNameWord(tok) || isWordOf(tok, WordClass.Function)) return false;
    if (k > neighbour && this.titleIntroducesName(k)) return false;
    const a = k < neighbour ? tok : this.tokens[neighbour];
    const b = k < neighbour ? this.tokens[neighbour] : tok;
    if (!onlySpacesBetween(this.text, a, b)) return false;
    // A sentence-initial word before the name proves nothing ("Lisbonne ..." starts sentences),
    // but a station's, a force's or an agency's sector word does: "Radio Moscow said", "Police
    // Scotland said", "Health Canada said" (the chunker then reads the whole name, a body).
    return !(k < neighbour && tok.sentenceStart && !isWordOf(tok, WordClass.FirstName) && !SERVICE_NAME_OPENERS.has(tok.text) && !AGENCY_SECTORS.has(tok.folded) && !this.townQualifierOpening(k, neighbour));
  }

  /**
   * "EAST PALESTINE, Ohio —", "NEW WESTMINSTER, TUESDAY": a point of the compass, or "New"
   * before a town and its comma, opens a town's name at a line's or a sentence's start (not
   * "New Paris fashion week").
   */
  private townQualifierOpening(k: number, neighbour: number): boolean {
    const word = this.tokens[k].folded;
    if (this.lang !== 'en' || neighbour !== k + 1) return false;
    return COMPASS_WORDS_EN.has(word) || (word === 'new' && this.tokens[neighbour + 1]?.text === ',');
  }


  private claim(first: number, last: number, weakStart: boolean, strength: number, type?: EntityType, id?: string): void {
    // Every field set, in one order: all chunks share one shape, so the rules' reads stay fast.
    // A one-token chunk's surface key is its token's folded form, read now while the token is
    // at hand (read later, through the token and its lexeme, it was a chain of cache misses).
    const surfaceKey = last - first === 1 ? this.tokens[first].folded : undefined;
    this.chunks.push(newChunk(first, last, weakStart, strength, type, id, surfaceKey));
    this.claimed.fill(1, first, last);
  }

  /**
   * "le ministère de la Culture", "la préfecture du Rhône" (organisations), "la tour Eiffel",
   * "place de la Concorde", "rue de Rivoli" (places): French writes the head word in lowercase;
   * the whole phrase names one entity.
   */
  private findLowercaseHeadedNames(): void {
    if (this.lang !== 'fr') return;
    const { tokens, classes } = this;
    for (let i = 0; i + 1 < tokens.length; i++) {
      // "le CHU de Rennes", "au SDIS de la Loire": an acronym's body placed in a town the gazetteer knows.
      const placedAcronym = this.isPlacedAcronym(i);
      const type = classes[i] & WordClass.InstitutionHead || placedAcronym || this.firefightersUnitAt(i) ? 'ORG' : classes[i] & WordClass.LowercasePlaceHead ? 'LOC' : undefined;
      // "la Porte de Vincennes", "Rue de Chartres": capitalised, the head names the place with the
      // town the gazetteer found after it (lowercase, "la gare de Jemeppe" is the town's station).
      const namedWithTown = type === 'LOC' && !!(classes[i] & WordClass.Capitalised) && this.capitalisedHeadBeforeTown(i);
      if (!type || this.claimed[i] || (classes[i] & WordClass.Capitalised && !placedAcronym && !namedWithTown)) continue;
      // (Nor another word folded like one: "il marche de la Place Bellecour", "du côté de Carleton".)
      if (type === 'LOC' && PLACE_HEAD_LOOKALIKES.has(tokens[i].text)) continue;
      // ("la cour de l'école catholique de Wum", "la cour de la ferme": a building's courtyard, no court.)
      if (tokens[i].folded === 'cour' && this.courtyardOfBuilding(i)) continue;
      // "tribunal correctionnel de …", "cour d'appel de …": adjectives and lowercase complements
      // of an institution come before the name that places it.
      const afterHead = type === 'ORG' ? this.skipLowercaseComplements(i + 1) : i + 1;
      let j = afterHead;
      while (j < afterHead + 2 && tokens[j] && REMIT_ARTICLES.has(tokens[j].folded)) j++;
      const namedAfterDate = type === 'LOC' ? dateInPlaceNameEnd(tokens, classes, j) : 0;
      if (namedAfterDate) {
        this.claim(i, namedAfterDate, false, 2, 'LOC');
        i = namedAfterDate - 1;
        continue;
      }
      // Institutions always take a complement ("ministère de …"); places may not ("tour Eiffel"),
      // nor schools, named after a person or a saint ("l'école Carnot", "le lycée Henri-IV").
      const schoolByName = type === 'ORG' && j === i + 1 && SCHOOL_HEADS.has(tokens[i].folded);
      // "la préfecture de police": Paris's police headquarters, named by its lowercase words alone.
      if (type === 'ORG' && j === afterHead && this.isPolicePrefecture(i, afterHead)) {
        this.claim(i, afterHead, false, 2, 'ORG');
        i = afterHead - 1;
        continue;
      }
      // "le conseil régional Provence-Alpes-Côte d'Azur": a council's adjective, then its region
      // with no "de", as the regions' own councils style themselves.
      const regionalCouncil = type === 'ORG' && j === afterHead && this.councilOfRegionAt(i, afterHead);
      if ((type === 'ORG' && j === afterHead && !schoolByName && !regionalCouncil) || !tokens[j] || !isNameWord(tokens[j])) continue;
      // "À l'école Marie a appris à lire": a lone first name before a verb is the sentence's subject.
      if (schoolByName && isWordOf(tokens[j], WordClass.FirstName) && tokens[j + 1]?.kind === 'word' && tokens[j + 1].lowercase) continue;
      // "place de la République": a few nouns are function words alone, names once capitalised.
      if (isWordOf(tokens[j], WordClass.Function) && !NAMEABLE_NOUNS.has(tokens[j].folded)) continue;
      if (!onlySpacesBetween(this.text, tokens[j - 1], tokens[j]) || this.paragraphBreakBetween(i, j)) continue;
      // "le restaurant de Paul Bocuse", "la salle de Marie Dupuis": a person's full name after a
      // bare "de" is whose the place is, not its name.
      if (type === 'LOC' && this.ownerAfterOf(j)) continue;
      if (placedAcronym && !this.claimed[j]) continue;
      // "le marché Nasdaq" is the exchange, "le camp Macron" his side: a market takes in no body
      // the lists know, a camp only a place after "de" ("le camp du Grand-Arénas").
      if (tokens[i].folded === 'marche' && this.claimed[j] && gazetteer.lookupName(tokens[j].text)?.type === 'ORG') continue;
      if (tokens[i].folded === 'camp' && j === afterHead) continue;
      // ("le comité de l'Exposition", "le comité local de la Dante Alighieri": a committee of an
      // event or of a body with its article is that event's or body's; "le comité d'Argeliers",
      // "le comité de Lagrasse" are a town's.)
      if (tokens[i].folded === 'comite' && (DEFINITE_ARTICLES.has(tokens[j - 1]?.folded ?? '') || EVENT_HEAD_WORDS.has(tokens[j].folded))) continue;
      // ("les pays d'Europe", "les pays du Sahel": a land the lists know is named alone; "le pays de Caux" is a region's name.)
      if (tokens[i].folded === 'pays' && this.claimed[j]) continue;
      // ("l'autoroute A10": the road's number names it alone; "l'autoroute du Nord" keeps its head.)
      if (tokens[i].folded === 'autoroute' && j === afterHead && (ROAD_CODE.test(tokens[j].text) || LETTERED_ROAD.fr.test(tokens[j].text))) continue;
      // "la baie de Papeete", "la gare de Jemeppe", "l'église d'Evolène", "la gendarmerie de
      // Tarascon": the town's bay, station, church or gendarmes; the town alone is named.
      if (!namedWithTown && this.namesTownOfHead(i, j)) continue;
      // "le front de mer de Mahébourg", "au bord de mer de Deauville": "mer" as a noun's complement
      // is the sea in general, not the head of a sea's name ("en mer d'Iroise" is one).
      if (tokens[i].folded === 'mer' && tokens[i - 1]?.folded === 'de') continue;
      // The gazetteer found the place first ("tribunal de Brest"): the institution takes it in.
      // ("la préfecture de La Réunion": the place's name opens on its capitalised article.)
      const known = this.claimed[j] ? (this.unclaimGazetteerChunkAt(j) ?? (isCapitalArticle(tokens[j - 1]) ? this.unclaimGazetteerChunkAt(j - 1) : undefined)) : undefined;
      if (this.claimed[j]) continue;
      // After lowercase complements only a known place completes the name: "cour d'appel de
      // Rennes", but the company of "conseil d'administration de Technoval" is a name of its own.
      // Adjectives alone say where the body sits, as "tribunal" and "cour" always do: "conseil
      // général de Kervéan", "tribunal d'instance de Kervéan".
      // (A town of the long list is known too: "la faculté des sciences d'Orsay".)
      if (afterHead > i + 1 && !known && !this.placesItsBody(i, afterHead) && gazetteer.lookupTown(tokens[j].text) === undefined) continue;
      let end = known ? known.last : j + 1;
      while (end < tokens.length && !this.claimed[end] && isNameWord(tokens[end]) && onlySpacesBetween(this.text, tokens[end - 1], tokens[end])) end++;
      // A lowercase adjective may close an institution's name: "ministère des Affaires étrangères";
      // not after a town only placesItsBody took in ("le conseil général de Kervéan adopte", a verb).
      const unknownTown = afterHead > i + 1 && !known;
      // (Not after a school's name: "l'école Carnot accueille 300 élèves", a verb; nor after a
      // place: "le conservatoire de Limoges organise", "l'université de Caen forme".)
      const placeCloses = known?.type === 'LOC' || isPlaceName(tokens[end - 1].text);
      if (type === 'ORG' && !unknownTown && !schoolByName && !placeCloses && this.isNameClosingAdjective(end)) end++;
      if (type === 'ORG') end = this.coordinatedRemitsEnd(this.stateSecretariatRemitEnd(i, end));
      // ("le pays de Galles": the lists' "Pays de Galles", Wales, by its id.)
      const listed = type === 'LOC' ? gazetteer.lookupName(capitaliseFirst(this.text.slice(tokens[i].start, tokens[end - 1].end))) : undefined;
      this.claim(this.unitNameStart(i), end, false, 2, type, listed?.type === 'LOC' ? listed.id : undefined);
      i = end - 1;
    }
  }

  /** "cour" at i, then "de", "du" or "de la" and a building's noun: "la cour de l'école", "la cour du lycée", "la cour de la ferme". */
  private courtyardOfBuilding(i: number): boolean {
    const { tokens } = this;
    let k = i + 1;
    if (!OF_PREPOSITIONS.has(tokens[k]?.folded ?? '')) return false;
    k++;
    if (tokens[k] && (tokens[k].folded === 'la' || tokens[k].folded === "l'")) k++;
    const building = tokens[k];
    return isWordTok(building) && building.lowercase && (COURTYARD_BUILDINGS.has(building.folded) || (isWordOf(building, WordClass.LowercasePlaceHead | WordClass.InstitutionHead) && building.folded !== 'cour'));
  }

  /**
   * "conseil régional", "conseil départemental", "conseil général" at i (ending before `end`),
   * then a region or a département the gazetteer found, with no "de": the council of that region.
   */
  private councilOfRegionAt(i: number, end: number): boolean {
    const { tokens } = this;
    if (tokens[i].folded !== 'conseil' || end !== i + 2 || !COUNCIL_ADJECTIVES_FR.has(tokens[i + 1].folded) || !this.claimed[end]) return false;
    const at = this.gazetteerChunkIndexAt(end);
    return at >= 0 && this.chunks[at].type === 'LOC' && onlySpacesBetween(this.text, tokens[end - 1], tokens[end]);
  }

  /**
   * A person's full name at j, after a bare "de" or "d'": a given name, then a capitalised word,
   * the two no place the lists know ("de Paul Bocuse", not "de Saint Malo" nor "de Port Louis").
   */
  private ownerAfterOf(j: number): boolean {
    const { tokens } = this;
    const of = tokens[j - 1].folded;
    const family = tokens[j + 1];
    if ((of !== 'de' && of !== "d'") || !isWordOf(tokens[j], WordClass.FirstName) || !isNameWord(family) || !family.capitalised) return false;
    return onlySpacesBetween(this.text, tokens[j], family) && !isPlaceName(this.text.slice(tokens[j].start, family.end));
  }

  /**
   * "la brigade de gendarmerie de Besse", "le groupement de gendarmerie de la Dordogne", "le
   * régiment de sapeurs-pompiers de Paris": the unit's noun opens the name of the gendarmerie or
   * the firefighters at i.
   */
  private unitNameStart(i: number): number {
    return (this.gendarmerieUnitNamed(i) || this.firefightersUnitAt(i)) && !this.claimed[i - 2] ? i - 2 : i;
  }

  /** "brigade de gendarmerie", "groupement de gendarmerie": "gendarmerie" at i after a unit's noun and "de". */
  private gendarmerieUnitNamed(i: number): boolean {
    const { tokens } = this;
    return tokens[i].folded === 'gendarmerie' && tokens[i - 1]?.folded === 'de' && GENDARMERIE_UNITS.has(tokens[i - 2]?.folded ?? '');
  }

  /**
   * "le régiment de sapeurs-pompiers de Paris", "la brigade des sapeurs-pompiers de Paris", "le
   * bataillon de marins-pompiers de Marseille": a unit of firefighters, named in full, is a body
   * (firefighters alone, "les sapeurs-pompiers de Marseille", are people of the town).
   */
  private firefightersUnitAt(i: number): boolean {
    const { tokens } = this;
    return FIREFIGHTERS.has(tokens[i].folded) && (tokens[i - 1]?.folded === 'de' || tokens[i - 1]?.folded === 'des') && FIREFIGHTER_UNITS.has(tokens[i - 2]?.folded ?? '');
  }

  /** "la préfecture de police" from its head at i to `end`, after its article (not "une préfecture de police"). */
  private isPolicePrefecture(i: number, end: number): boolean {
    const { tokens } = this;
    return end === i + 3 && tokens[i].text === 'préfecture' && tokens[i + 1].text === 'de' && tokens[i + 2].text === 'police' && (tokens[i - 1]?.folded === 'la' || tokens[i - 1]?.folded === "l'");
  }

  /** A capitalised French place head before "de", "du" or "d'" and a place the gazetteer found: "la Porte de Vincennes". */
  private capitalisedHeadBeforeTown(i: number): boolean {
    const { tokens } = this;
    if (this.lang !== 'fr' || CAPITALISED_HEADS_OF_OTHER_NAMES.has(tokens[i].folded)) return false;
    const of = tokens[i + 1];
    if (!isWordTok(of) || !DE_FORMS_FR.has(of.folded)) return false;
    const at = this.gazetteerChunkIndexAt(i + 2);
    return at >= 0 && this.chunks[at].type === 'LOC';
  }

  /**
   * Is tokens[j] a town, after a head that a town has one of ("baie", "église", "hôpital", or the
   * body of "la mairie", "la gendarmerie", "l'école de Tarascon") and a bare "de" (no article:
   * "la baie de la Moselle", "l'hôpital de la Charité" are names)? The town alone is named. ("la
   * gare de Lyon, à Paris": another town holds it, so it is the station's name.)
   */
  private namesTownOfHead(head: number, j: number): boolean {
    const { tokens } = this;
    const headFolded = tokens[head].folded;
    // ("des brigades de gendarmerie de la Corrèze": a unit of a département the lists know, its article between.)
    if (j === head + 3 && TOWN_UNIT_HEADS.has(headFolded) && tokens[head + 1].folded === 'de' && DEFINITE_ARTICLES.has(tokens[head + 2].folded) && isPlaceName(tokens[j].text)) return !this.gendarmerieUnitNamed(head);
    if (j !== head + 2 || !(TOWN_AMENITY_HEADS.has(headFolded) || TOWN_UNIT_HEADS.has(headFolded)) || !(tokens[head + 1].folded === 'de' || tokens[head + 1].folded === "d'")) return false;
    // "la brigade de gendarmerie de Besse": the unit's full name is a body's.
    if (this.gendarmerieUnitNamed(head)) return false;
    // Not where another town is said to hold it: "la gare d'Orléans, à Paris" is a station's name
    // ("en gare de Brest à huit heures" is a time).
    const after = tokens[j + 1]?.text === ',' ? j + 2 : j + 1;
    // Nor a Paris terminus, named for where its trains go: "la gare de Lyon", "la gare d'Austerlitz".
    if (headFolded === 'gare' && PARIS_TERMINUS_NAMES.has(tokens[j].folded)) return false;
    if (tokens[after]?.text === 'à' && tokens[after + 1]?.capitalised) return false;
    // A town the lists know, or one capitalised word that is no given name and ends the name
    // ("le marché de Kilua", "l'hôpital de Tulle"): "la plage de Marie" is no town's beach.
    if (isPlaceName(tokens[j].text)) return true;
    const next = tokens[j + 1];
    return !isWordOf(tokens[j], WordClass.FirstName) && !tokens[j].sentenceStart && !isAllCaps(tokens[j].text) && !(isWordTok(next) && next.capitalised);
  }

  /**
   * "le sous-secrétariat d'État aux Beaux-Arts", "le secrétariat d'État à la Recherche
   * scientifique", "… aux Sports et aux Loisirs": a secretariat of State names its remits after
   * "à", past "d'État" (each remit's words, then an adjective that closes them).
   */
  private stateSecretariatRemitEnd(head: number, end: number): number {
    if (!STATE_SECRETARIAT_HEADS.has(this.tokens[head].folded) || this.tokens[end - 1]?.folded !== 'etat') return end;
    let remitEnd = this.remitAfterA(end);
    if (remitEnd === end) return end;
    while (this.tokens[remitEnd]?.text === 'et' && this.remitAfterA(remitEnd + 1) > remitEnd + 1) remitEnd = this.remitAfterA(remitEnd + 1);
    return remitEnd;
  }

  /** The index after "à la Recherche scientifique", "aux Sports" starting at `k`; `k` when none starts there. */
  private remitAfterA(k: number): number {
    const { tokens } = this;
    if (!(tokens[k]?.text === 'à' || tokens[k]?.text === 'aux')) return k;
    let n = k + 1;
    if (tokens[k].text === 'à' && (tokens[n]?.folded === 'la' || tokens[n]?.folded === "l'")) n++;
    if (!isNameWord(tokens[n]) || !tokens[n].capitalised || this.claimed[n] || isWordOf(tokens[n], WordClass.Function)) return k;
    while (tokens[n] && !this.claimed[n] && isNameWord(tokens[n]) && tokens[n].capitalised && onlySpacesBetween(this.text, tokens[n - 1], tokens[n])) n++;
    return this.isNameClosingAdjective(n) ? n + 1 : n;
  }

  /**
   * Where an institution's coordinated remits end, from `end`, the end of its first: "ministère
   * de l'Agriculture et de l'Alimentation", "de la Construction, du Logement et de l'Urbanisme",
   * "des Eaux et Forêts". A remit after "et" takes its article, or is a plural after a plural
   * ("des Ponts et Chaussées", "des Prisonniers, Déportés et Réfugiés"), so "le ministère des
   * Armées et Thales" stays two names; a list after a comma counts only once an "et" closes it.
   */
  private coordinatedRemitsEnd(end: number): number {
    const { tokens } = this;
    // ("des Prisonniers, Déportés et Réfugiés": plurals after "des" list on without articles.)
    const pluralRemits = tokens[end - 2]?.folded === 'des' && /[sx]$/.test(tokens[end - 1]?.text ?? '');
    let k = end;
    while (tokens[k] && (tokens[k].folded === 'et' || tokens[k].text === ',')) {
      const separator = tokens[k];
      let n = k + 1;
      while (n < k + 3 && tokens[n] && REMIT_ARTICLES.has(tokens[n].folded) && onlySpacesBetween(this.text, tokens[n - 1], tokens[n])) n++;
      const remit = tokens[n];
      if (!isNameWord(remit) || this.claimed[n] || isWordOf(remit, WordClass.Function) || !onlySpacesBetween(this.text, tokens[n - 1], remit)) break;
      const pluralPair = n === k + 1 && pluralRemits && /[sx]$/.test(remit.text) && !(separator.text === ',' && gazetteer.lookupName(remit.text));
      if (n === k + 1 && !pluralPair) break;
      k = n + 1;
      while (tokens[k] && !this.claimed[k] && isNameWord(tokens[k]) && !isWordOf(tokens[k], WordClass.Function) && onlySpacesBetween(this.text, tokens[k - 1], tokens[k])) k++;
      if (separator.folded === 'et') return k;
    }
    return end;
  }

  /**
   * "la Caisse des dépôts", "l'Autorité des marchés financiers", "la Fédération française de
   * football", "le Stade rennais", "l'Entente sportive de Plouvenez": French capitalises only the
   * first word of a body's name, so its lowercase adjectives and complements belong to it. A
   * lone country adjective does not ("le Congrès américain" is the Congress).
   */
  private findCapitalHeadedFrenchNames(): void {
    if (this.lang !== 'fr') return;
    const { tokens, classes, flags, capitalisedWords } = this;
    let resume = 0;
    for (let n = 0; n < capitalisedWords.length; n++) {
      const i = capitalisedWords[n];
      if (i + 1 >= tokens.length) break;
      if (i < resume || this.claimed[i] || flags[i] & TokenFlag.SentenceStart) continue;
      const administration = this.capitalisedAdministrationEnd(i);
      if (administration) {
        this.claim(i, administration, false, 2, 'ORG');
        resume = administration;
        continue;
      }
      const isClubHead = CLUB_HEAD_WORDS.has(tokens[i].folded);
      // "la Fête du peuple jurassien", "du Festival de théâtre des Amériques": an event's head.
      const isEventHead = FRENCH_EVENT_HEADS.has(tokens[i].folded) && !isClubHead;
      // "le Palais des papes", "le Palais national", "au Jardin des plantes": a landmark's head.
      const isLandmarkHead = LANDMARK_HEADS_FR.has(tokens[i].folded);
      const bodyNoun = !(classes[i] & WordClass.OrgHeadWord) && !isClubHead && !isEventHead && !isLandmarkHead && this.capitalisedNounOfBody(i);
      if (!(classes[i] & WordClass.OrgHeadWord) && !isClubHead && !bodyNoun && !isEventHead && !isLandmarkHead) continue;
      let end = Math.max(this.skipLowercaseComplements(i + 1), bodyNoun ? i + 2 : 0);
      // "Groupe hospitalier Sud-Réunion", "Caisse populaire Desjardins": a name right after the
      // body's lowercase words closes its name (a title or a first name starts someone else).
      const place = tokens[end];
      if (end > i + 1 && isNameWord(place) && !this.claimed[end] && !isWordOf(place, WordClass.FirstName | WordClass.TitleWord | WordClass.Function) && onlySpacesBetween(this.text, tokens[end - 1], place)) end++;
      if (end === i + 1 || (end === i + 2 && COUNTRY_ADJECTIVES.has(tokens[i + 1].folded))) continue;
      // A club head needs its adjective ("Stade rennais"); "stade Paul-Lemaire" is a place.
      if (isClubHead && !this.isFrenchAdjective(i + 1)) continue;
      this.claim(i, end, false, 2, isEventHead ? 'EVENT' : isLandmarkHead ? 'LOC' : 'ORG');
      resume = end;
    }
  }

  /**
   * "La Ville de Marseille assure", "le Gouvernement de la Nouvelle-Calédonie", "la Région de
   * Lombardie": capitalised, the head names the administration of the place the gazetteer found
   * after it (in lowercase, "la ville de Gand" is the town). The end of the name, or 0.
   */
  private capitalisedAdministrationEnd(i: number): number {
    const { tokens } = this;
    if (!CAPITALISED_ADMINISTRATIONS.has(tokens[i].folded)) return 0;
    let j = i + 1;
    while (j < i + 3 && tokens[j] && REMIT_ARTICLES.has(tokens[j].folded)) j++;
    if (j === i + 1 || !this.claimed[j]) return 0;
    const at = this.gazetteerChunkIndexAt(j);
    if (at < 0 || this.chunks[at].type !== 'LOC') return 0;
    return this.unclaimGazetteerChunkAt(j)?.last ?? 0;
  }

  /**
   * "la République malgache", "la République française": a state named by "République" and
   * its nationality's adjective, in lowercase, is that country (those the lists know, "la
   * République tchèque", were found before).
   */
  private findRepublicsByAdjective(): void {
    if (this.lang !== 'fr') return;
    const republic = lexemeIdOf('République', 'word');
    const styles = STATE_STYLES_FR.map((word) => lexemeIdOf(word, 'word'));
    const { tokens, ids } = this;
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (styles.includes(ids[i]) && !this.claimed[i] && !this.claimed[i + 1]) {
        const state = this.stateOfItsStyle(i);
        if (state) {
          this.unclaimGazetteerChunkAt(i + 2);
          this.claim(i, state.last, false, 3, 'LOC', state.id);
          i = state.last - 1;
          continue;
        }
      }
      if (ids[i] !== republic) continue;
      const [head, adjective] = [tokens[i], tokens[i + 1]];
      if (this.claimed[i] || this.claimed[i + 1] || !isWordTok(adjective) || !adjective.lowercase) continue;
      if (!isNationalityAdjective(adjective) || !onlySpacesBetween(this.text, head, adjective)) continue;
      // (Not inside a body's name: "le Gouvernement provisoire de la République française".)
      if (this.bodyHeadShortlyBefore(i)) continue;
      this.claim(i, i + 2, false, 3, 'LOC');
      i++;
    }
  }

  /** Tokens [i, end) spell spaced initials ("R. T"), and after the last one's period comes a capitalised name word. */
  private spacedInitialsBeforeName(i: number, end: number): boolean {
    const { tokens } = this;
    // (A space between them: "U.S. Treasury" is the country's.)
    for (let k = i; k < end; k += 2) if (!this.isInitialAt(k) || (k > i && (tokens[k].start === tokens[k - 1].end || !onlySpacesBetween(this.text, tokens[k - 1], tokens[k])))) return false;
    const name = tokens[end + 1];
    return end - i >= 3 && tokens[end]?.text === '.' && isNameWord(name) && name.capitalised && !this.isInitialAt(end + 1) && onlySpacesBetween(this.text, tokens[end], name);
  }

  /** A French adjective of a land's part at token k, right after its name: "alémanique", "centrale". */
  private partAdjectiveAt(k: number): boolean {
    const adjective = this.tokens[k];
    return isWordTok(adjective) && adjective.lowercase && PART_ADJECTIVES_FR.has(adjective.folded) && onlySpacesBetween(this.text, this.tokens[k - 1], adjective);
  }

  /**
   * "la République de Guinée", "la principauté de Monaco", "le royaume du Maroc": a state by its
   * style, "de" and its short name, a place the lists read there, is that place, whole: where
   * the name ends (exclusive) and its id. (Not inside a body's name: "la Banque nationale de la
   * République d'Haïti".)
   */
  private stateOfItsStyle(i: number): { last: number; id: string } | undefined {
    const { tokens } = this;
    const of = tokens[i + 1];
    if (!of || !DE_FORMS_FR.has(of.folded) || this.bodyHeadShortlyBefore(i)) return undefined;
    // The lists' name right after "de", read by the gazetteer pass before this one.
    const at = this.gazetteerChunkIndexAt(i + 2);
    const place = at >= 0 ? this.chunks[at] : undefined;
    if (!place || place.type !== 'LOC' || !place.id || (isNameWord(tokens[place.last]) && tokens[place.last].capitalised)) return undefined;
    return { last: place.last, id: place.id };
  }

  /** A capitalised body's head word among the four tokens before i ("Gouvernement provisoire de la …"). */
  private bodyHeadShortlyBefore(i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const tok = this.tokens[k];
      if (tok.capitalised && (isWordOf(tok, WordClass.OrgHeadWord | WordClass.InstitutionHead) || tok.folded === 'gouvernement')) return true;
    }
    return false;
  }

  /**
   * "la RN 113", "la RD 30", "la route nationale 7", "la route départementale 12": French roads
   * by their number, places (before the lists read "RN" as the party).
   */
  private findNumberedRoads(): void {
    if (this.lang !== 'fr') return;
    const { tokens, ids } = this;
    // By lexeme id: no token object is read but at these words.
    const [rn, rd, route] = [lexemeIdOf('RN', 'word'), lexemeIdOf('RD', 'word'), lexemeIdOf('route', 'word')];
    const roadArticles = ROAD_ARTICLES_FR.map((word) => lexemeIdOf(word, 'word'));
    for (let i = 0; i + 1 < tokens.length; i++) {
      const id = ids[i];
      // "la D785", "l'A7", "la N7": a road's class letter glued to its number, after the article.
      if (roadArticles.includes(id) && this.roadCodeAt(i + 1)) this.claim(i + 1, i + 2, false, 3, 'LOC');
      if (id !== rn && id !== rd && id !== route) continue;
      const roadWords = id !== route ? 1 : ROAD_CLASSES_FR.has(tokens[i + 1]?.folded ?? '') ? 2 : 0;
      const number = tokens[i + roadWords];
      if (roadWords === 0 || this.claimed[i] || number?.kind !== 'number' || !/^\d{1,4}$/.test(number.text) || !onlySpacesBetween(this.text, tokens[i + roadWords - 1], number)) continue;
      this.claim(i, i + roadWords + 1, false, 3, 'LOC');
      i += roadWords;
    }
  }

  /** A road's class letter glued to its number at token k, not yet read: "D785", "A7". */
  private roadCodeAt(k: number): boolean {
    const road = this.tokens[k];
    return !this.claimed[k] && road.kind === 'word' && ROAD_CODE_FR.test(road.text);
  }

  /**
   * "owned by the City of Johannesburg", "The City of Abbotsford said in a statement": English
   * names a town's council as "the City of" (or "the Town of", "the Borough of") and the town;
   * after "the", the phrase is the body, not the place (before another capitalised word it opens
   * a longer name, "the City of Manchester Stadium", left to the other rules; "the City of
   * London" is the district the lists know).
   */
  private findCityCorporations(): void {
    if (this.lang !== 'en') return;
    const { tokens, ids } = this;
    const heads = CITY_CORPORATION_HEADS.map((word) => lexemeIdOf(word, 'word'));
    for (let i = 1; i + 2 < tokens.length; i++) {
      if (!heads.includes(ids[i]) || tokens[i - 1].folded !== 'the' || tokens[i + 1].text !== 'of' || this.claimed[i]) continue;
      let end = i + 2;
      while (end < i + 5 && isNameWord(tokens[end]) && tokens[end].capitalised && !this.claimed[end] && onlySpacesBetween(this.text, tokens[end - 1], tokens[end])) end++;
      const after = tokens[end];
      // (A place the lists know by the whole phrase, "the City of London", stays that place.)
      if (end === i + 2 || (isNameWord(after) && after.capitalised) || gazetteer.lookupName(this.text.slice(tokens[i].start, tokens[end - 1].end))?.type === 'LOC') continue;
      // ("the City of Manchester Stadium": a place's or a body's head word closes a longer name,
      // unless the words name a town the lists know, "the City of Niagara Falls".)
      if (isWordOf(tokens[end - 1], WordClass.PlaceHeadWord | WordClass.OrgHeadWord) && end - i > 3 && !isPlaceName(this.text.slice(tokens[i + 2].start, tokens[end - 1].end))) continue;
      this.claim(i, end, false, 3, 'ORG');
      i = end - 1;
    }
  }

  /**
   * "the 1st Division", "the 6th South African Armoured Division", "le 118e régiment
   * d'infanterie", "le 11e corps d'armée": an army's unit is named by its ordinal and its kind,
   * in capitals in English, in lowercase in French (with the arm after "de": "d'infanterie",
   * "de chasseurs alpins"). The ordinal says which one: the phrase is a body's name.
   */
  private findNumberedUnits(): void {
    const { tokens } = this;
    // French units named so far, by ordinal, with their ids: "le 145e de ligne … les compagnies du 145e".
    const named = new Map<string, string>();
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (this.claimed[i] || !this.unitOrdinalAt(i)) continue;
      const end = this.unitNameEnd(i);
      if (end > i + 1) {
        this.claim(i, end, false, 2, 'ORG');
        if (this.lang === 'fr') named.set(tokens[i].text, this.idOf(this.chunks[this.chunks.length - 1]));
        i = end - 1;
        continue;
      }
      const earlier = named.get(tokens[i].text);
      if (earlier !== undefined && this.unitAlone(i)) this.claim(i, i + 1, false, 2, 'ORG', earlier);
    }
  }

  /** Token i is a unit's ordinal: "118e", "1st", English "Twenty-first" or French "IVe" (see unitNameEnd for the unit after it). */
  private unitOrdinalAt(i: number): boolean {
    const tok = this.tokens[i];
    // (The class column says "number" without reading the token object, as the dates pass does.)
    if (this.classes[i] & WordClass.Number) return ORDINAL_NUMBER.test(tok.text);
    if (!(this.classes[i] & WordClass.Capitalised)) return false;
    return this.lang === 'fr' ? FRENCH_ROMAN_ORDINAL.test(tok.text) : ENGLISH_ORDINAL_WORD.test(tok.folded);
  }

  /** The end (exclusive) of the unit's name whose ordinal is at i ("118e régiment d'infanterie", "145e de ligne", "1st Division"), or i when none follows. */
  private unitNameEnd(i: number): number {
    const { tokens } = this;
    const units = this.lang === 'fr' ? MILITARY_UNITS_FR : MILITARY_UNITS_EN;
    let end = i + 1;
    // (English may put the unit's nation and arm between: "6th South African Armoured Division".)
    if (this.lang === 'en') while (end < i + 4 && tokens[end]?.capitalised && !units.has(tokens[end].folded) && onlySpacesBetween(this.text, tokens[end - 1], tokens[end])) end++;
    const ofTheLine = this.lang === 'fr' ? this.infantryOfTheLineEnd(end) : 0;
    if (ofTheLine) return ofTheLine;
    const unit = tokens[end];
    if (!isWordTok(unit) || this.claimed[end] || !units.has(unit.folded) || !(this.lang === 'fr' ? unit.lowercase : unit.capitalised)) return i;
    return this.lang === 'fr' ? this.unitArmEnd(end + 1) : end + 1;
  }

  /** "du 145e de ligne": the infantry of the line after a French ordinal, its end (exclusive) from k, or 0. */
  private infantryOfTheLineEnd(k: number): number {
    const [of, line] = [this.tokens[k], this.tokens[k + 1]];
    return of?.text === 'de' && line?.text === 'ligne' && !this.claimed[k + 1] ? k + 2 : 0;
  }

  /** "les compagnies du 145e.", "le 145e a tiré": a unit's ordinal alone after its article, as the story goes on. */
  private unitAlone(i: number): boolean {
    const [before, after] = [this.tokens[i - 1], this.tokens[i + 1]];
    return isWordTok(before) && (before.folded === 'du' || before.folded === 'le' || before.folded === 'au') && !(isWordTok(after) && after.lowercase && !isWordOf(after, WordClass.Function));
  }

  /** After a French unit's kind ending before k: its arm, "d'infanterie", "de chasseurs alpins", "de Légion étrangère". */
  private unitArmEnd(k: number): number {
    const of = this.tokens[k];
    const arm = this.tokens[k + 1];
    if (!isWordTok(of) || !WAR_NAME_PREPOSITIONS.has(of.folded) || of.folded === 'des' || !isWordTok(arm) || this.claimed[k + 1] || isWordOf(arm, WordClass.Function)) return k;
    // (Not a verb in "-ent" after it: "le 118e régiment d'infanterie défilent".)
    return this.isFrenchAdjective(k + 2) && !this.tokens[k + 2].text.endsWith('ent') ? k + 3 : k + 2;
  }

  /**
   * "la guerre d'Algérie", "la guerre du Golfe", "la guerre des Six Jours": French names a war
   * with a lowercase "guerre" after "la", then "de" and the capitalised name of where or what it
   * was; the whole phrase is the event, the place inside it no entity of its own. A person
   * there makes it their war ("la guerre de Poutine"), no name.
   */
  private findFrenchWarNames(): void {
    if (this.lang !== 'fr') return;
    const { tokens, ids } = this;
    const war = lexemeIdOf('guerre', 'word');
    // ("la bataille de Verdun", "la bataille de la Marne": a battle by where it was fought, alike.)
    const battle = lexemeIdOf('bataille', 'word');
    for (let i = 1; i + 2 < tokens.length; i++) {
      if ((ids[i] !== war && ids[i] !== battle) || tokens[i - 1].folded !== 'la' || !WAR_NAME_PREPOSITIONS.has(tokens[i + 1].folded)) continue;
      const end = this.eventComplementEnd(i + 1, false);
      // ("la guerre de Moscou en Ukraine", "la guerre de Lyon contre Saint-Étienne": who wages it
      // against whom or where, not a war's name; "la guerre de Cent Ans contre les Anglais", "la
      // guerre du Golfe contre l'Irak" stay the wars'.)
      if (end < 0 || (ids[i] === war && this.againstOrWhere(end) && this.belligerentName(i + 2, end))) continue;
      // ("la bataille du Carnaval": the battle of flowers of an event, which is the name.)
      if (ids[i] === battle && EVENT_HEAD_WORDS.has(tokens[end - 1].folded)) continue;
      this.claim(i, end, false, 2, 'EVENT');
      i = end - 1;
    }
  }

  /**
   * "la catastrophe de Flaujac", "le séisme d'Orléansville", "LA FUSILLADE DE FOURMIES":
   * French names a calamity by a lowercase noun, after its article, and
   * where it struck; the whole phrase is the event, as the war's is (findFrenchWarNames). On a
   * headline in capitals the noun may open the line with no article ("CRISE DU VERGLAS" is not
   * among the nouns: a crisis is as often a body's or a currency's).
   */
  private findFrenchCalamityNames(): void {
    if (this.lang !== 'fr') return;
    const { tokens, ids } = this;
    // By lexeme: a token object is read only at the few calamity nouns.
    const isCalamityNoun = IS_CALAMITY_NOUN_FR.prepare();
    for (let i = 0; i + 2 < tokens.length; i++) {
      if (!isCalamityNoun.of(ids[i], tokens[i]) || this.claimed[i]) continue;
      if (!this.calamityNounPlaced(i) || !WAR_NAME_PREPOSITIONS.has(tokens[i + 1].folded)) continue;
      const end = this.eventComplementEnd(i + 1, true);
      // ("l'incendie du Bazar de la Charité": a name going on past "de la" is not taken cut short.)
      if (end < 0 || this.nameGoesOnAfter(end)) continue;
      this.claim(i, end, false, 2, 'EVENT');
      i = end - 1;
    }
  }

  /** Does "de", "du", "d'" or "de la" and a capitalised word follow at k, the rest of a longer name? */
  private nameGoesOnAfter(k: number): boolean {
    const { tokens } = this;
    if (!isWordTok(tokens[k]) || !WAR_NAME_PREPOSITIONS.has(tokens[k].folded) || !tokens[k].lowercase) return false;
    const article = tokens[k + 1]?.folded === 'la' || tokens[k + 1]?.folded === "l'" ? 1 : 0;
    const name = tokens[k + 1 + article];
    return isNameWord(name) && name.capitalised && onlySpacesBetween(this.text, tokens[k], tokens[k + 1]);
  }

  /** Is the calamity's noun at i lowercase after its article ("la catastrophe"), or in capitals after one or opening its line ("L'INCENDIE", "FUSILLADE")? */
  private calamityNounPlaced(i: number): boolean {
    const noun = this.tokens[i];
    const before = this.tokens[i - 1];
    const article = isWordTok(before) && (before.folded === 'la' || before.folded === 'le' || before.folded === "l'") && onlySpacesBetween(this.text, before, noun);
    if (noun.lowercase) return article;
    return !!this.onCapitalsLine[i] && isAllCaps(noun.text) && (article || !!(this.flags[i] & TokenFlag.LineStart));
  }

  /**
   * The name from `from` to `end` may wage a war: one word ("Lyon", "Kadhafi", "Free"), not a
   * place's head word ("le Golfe") nor a name of several ("Cent Ans").
   */
  private belligerentName(from: number, end: number): boolean {
    return end === from + 1 && !isWordOf(this.tokens[from], WordClass.PlaceHeadWord);
  }

  /**
   * "contre Saint-Étienne", "en Ukraine" at k, after "la guerre de Moscou": against whom or where
   * a belligerent wages it ("la guerre de Tchétchénie en décembre" is the war's name).
   */
  private againstOrWhere(k: number): boolean {
    const word = this.tokens[k];
    if (!isWordTok(word)) return false;
    return word.folded === 'contre' || ((word.folded === 'en' || word.folded === 'au') && !!this.tokens[k + 1]?.capitalised && !isWordOf(this.tokens[k + 1], WordClass.DateStart));
  }

  /**
   * "le Tour d'Italie", "au Tour de l'Avenir", "le Tour" alone: a masculine "Tour" capitalised
   * is a stage race ("la Tour de Pise" is a tower, "le tour" a turn). Its complement is part of
   * the name.
   */
  private findFrenchStageRaces(): void {
    if (this.lang !== 'fr') return;
    const { tokens, ids } = this;
    const tour = lexemeIdOf('Tour', 'word');
    for (let i = 1; i + 1 < tokens.length; i++) {
      if (ids[i] !== tour || this.claimed[i] || !this.masculineArticleBefore(i)) continue;
      const of = WAR_NAME_PREPOSITIONS.has(tokens[i + 1].folded);
      // ("Le Tour du monde en quatre-vingts jours": a lowercase complement makes a journey, a book.)
      if (of && isWordTok(tokens[i + 2]) && tokens[i + 2].lowercase && tokens[i + 2].folded !== "l'" && tokens[i + 2].folded !== 'la') continue;
      const complement = of ? this.eventComplementEnd(i + 1, true) : -1;
      const end = complement > 0 ? complement : i + 1;
      this.claim(i, end, false, 2, 'EVENT');
      i = end - 1;
    }
  }

  /**
   * "le Salon de l'automobile", "les Jeux d'hiver", "le Salon des arts ménagers", "les Journées du
   * patrimoine": a French event's capitalised head, mid-sentence, named by a lowercase noun after
   * "de" (and an adjective after that noun, if any); the whole phrase is the event.
   */
  private findFrenchEventsOfCommonNouns(): void {
    if (this.lang !== 'fr') return;
    const { tokens, ids } = this;
    // By lexeme: a token object is read only at the few capitalised heads.
    const isHead = IS_CAPITALISED_EVENT_HEAD_FR.prepare();
    for (let i = 1; i + 2 < tokens.length; i++) {
      if (!isHead.of(ids[i], tokens[i]) || this.claimed[i] || tokens[i].sentenceStart || tokens[i].lineStart) continue;
      const end = this.commonNounComplementEnd(i + 1);
      if (end < 0) continue;
      this.claim(i, end, false, 2, 'EVENT');
      i = end - 1;
    }
  }

  /** After "de", "du", "des" or "d'" at `of` (and "l'" or "la"), a lowercase noun and an adjective if one follows: the end (exclusive), or -1. */
  private commonNounComplementEnd(of: number): number {
    const { tokens } = this;
    if (!isWordTok(tokens[of]) || !tokens[of].lowercase || !WAR_NAME_PREPOSITIONS.has(tokens[of].folded)) return -1;
    let j = of + 1;
    if (tokens[j]?.folded === "l'" || tokens[j]?.folded === 'la') j++;
    const noun = tokens[j];
    if (!isLowercaseContentWord(noun) || this.claimed[j] || !onlySpacesBetween(this.text, tokens[j - 1], noun) || !onlySpacesBetween(this.text, tokens[of - 1], tokens[of])) return -1;
    // (Not a verb's plural in "-ent": "les Journées du patrimoine attirent".)
    return this.isFrenchAdjective(j + 1) && !tokens[j + 1].text.endsWith('ent') ? j + 2 : j + 1;
  }

  /**
   * "l'affaire Dreyfus", "l'arrêt Bosman": French names a case or a ruling by a lowercase noun
   * after "l'" and the capitalised name of whom it concerned; the whole phrase is the event. A
   * tram or bus stop is named the same way ("l'arrêt Jean-Jaurès"): see namesAStop.
   */
  private findFrenchCaseNames(): void {
    if (this.lang !== 'fr') return;
    const { tokens, ids } = this;
    const affair = lexemeIdOf('affaire', 'word');
    const ruling = lexemeIdOf('arrêt', 'word');
    for (let i = 1; i + 1 < tokens.length; i++) {
      if ((ids[i] !== affair && ids[i] !== ruling) || !isElision(tokens[i - 1]) || tokens[i - 1].folded !== "l'") continue;
      const name = tokens[i + 1];
      if (!isNameWord(name) || !name.capitalised || isWordOf(name, WordClass.Function | WordClass.TitleWord) || !onlySpacesBetween(this.text, tokens[i], name)) continue;
      if (ids[i] === ruling && this.namesAStop(i)) continue;
      const end = this.eventNameEnd(i + 1, false);
      if (end < 0) continue;
      this.claim(i, end, false, 2, 'EVENT');
      i = end - 1;
    }
  }

  /**
   * "l'arrêt" at i names a stop, not a ruling: after a preposition of place ("devant l'arrêt X",
   * "près de l'arrêt X"; not any "de": "la portée de l'arrêt Bosman"),
   * before a place's or a body's head word or a known place ("l'arrêt Gare Centrale", "l'arrêt
   * Mairie de Montreuil", "l'arrêt Bastille"), or with a word of transport in the sentence.
   */
  private namesAStop(i: number): boolean {
    const { tokens } = this;
    const before = tokens[i - 2]?.folded ?? '';
    if (STOP_PREPOSITIONS.has(before) || ((before === 'de' || before === "d'") && NEAR_WORDS.has(tokens[i - 3]?.folded ?? ''))) return true;
    const name = tokens[i + 1];
    if (isWordOf(name, WordClass.OrgHeadWord | WordClass.PlaceHeadWord) || (this.claimed[i + 1] && this.gazetteerChunkIndexAt(i + 1) >= 0)) return true;
    // The words of its sentence, back to its start and on to the next one's.
    let k = i;
    while (k > 0 && i - k < 40 && !tokens[k].sentenceStart) k--;
    for (; k < tokens.length && k - i < 40 && (k <= i || !tokens[k].sentenceStart); k++) if (TRANSPORT_WORDS.has(tokens[k].folded)) return true;
    return false;
  }

  /** "le", "du", "au" right before i, or before "dernier" or "prochain" ("du dernier Tour"). */
  private masculineArticleBefore(i: number): boolean {
    const prev = this.tokens[i - 1];
    if (RACE_ORDINALS.has(prev.folded)) return MASCULINE_ARTICLES.has(this.tokens[i - 2]?.folded ?? '');
    return MASCULINE_ARTICLES.has(prev.folded);
  }

  /**
   * Where an event's complement ends, the preposition at `of` ("guerre d'Algérie", "Tour de
   * l'Avenir"), or -1 when no name follows it: a place the lists know (taken in) or capitalised
   * words none has claimed. A person there ("la guerre de Poutine") makes it no name. `article`:
   * "l'" or "la" may come between ("Tour de la Provence").
   */
  private eventComplementEnd(of: number, article: boolean): number {
    const { tokens } = this;
    let j = of + 1;
    if (article && (tokens[j]?.folded === "l'" || tokens[j]?.folded === 'la')) j++;
    const name = tokens[j];
    if (!isNameWord(name) || !name.capitalised || isWordOf(name, WordClass.FirstName | WordClass.Function | WordClass.TitleWord)) return -1;
    if (!onlySpacesBetween(this.text, tokens[of - 1], tokens[of]) || !onlySpacesBetween(this.text, tokens[j - 1], name)) return -1;
    if (this.givenAPersonsNameElsewhere(j)) return -1;
    return this.eventNameEnd(j, true);
  }

  /**
   * Where the name that starts at j ends, after a war's or a race's "de" or a case's noun, or -1.
   * A name the gazetteer found there is taken in: with `onlyPlace`, only a place, whole ("la
   * guerre d'Algérie"; not "la guerre du PS"); otherwise any, with the capitalised words none has
   * claimed after it ("l'affaire Elf Aquitaine"), as they are after a name no list knows.
   */
  private eventNameEnd(j: number, onlyPlace: boolean): number {
    const { tokens } = this;
    let end = j + 1;
    if (this.claimed[j]) {
      const at = this.gazetteerChunkIndexAt(j);
      if (at < 0 || (onlyPlace && this.chunks[at].type !== 'LOC')) return -1;
      end = this.unclaimGazetteerChunkAt(j)!.last;
      if (onlyPlace) return end;
    }
    while (end < tokens.length && !this.claimed[end] && isNameWord(tokens[end]) && tokens[end].capitalised && onlySpacesBetween(this.text, tokens[end - 1], tokens[end])) end++;
    return end;
  }

  /**
   * Does the word at j follow a first name or a title anywhere in the text ("Vladimir Poutine",
   * "M. Poutine")? Then it is someone's name. The words that do are gathered once per article, at
   * the first war or race met: a scan of the text for each would be quadratic on a long one.
   */
  private givenAPersonsNameElsewhere(j: number): boolean {
    if (!this.personNameLexemes) {
      const { ids, tokens } = this;
      this.personNameLexemes = new Set();
      for (let k = 1; k < ids.length; k++) {
        const before = ids[k - 1] === this.periodId && k >= 2 ? tokens[k - 2] : tokens[k - 1];
        if (isWordOf(before, WordClass.FirstName | WordClass.TitleWord)) this.personNameLexemes.add(ids[k]);
      }
    }
    return this.personNameLexemes.has(this.ids[j]);
  }

  /**
   * "Le Courrier d'Haïphong", "la Tribune de Genève", "le Nouvelliste", "au Quotidien": French
   * papers are named by a capitalised paper's word after the article, and often the town they
   * serve, which is part of the name.
   */
  private findFrenchPaperNames(): void {
    if (this.lang !== 'fr') return;
    const { tokens, ids, capitalisedWords } = this;
    const isPaperWord = IS_FRENCH_PAPER_WORD.prepare();
    let resume = 1;
    for (let n = 0; n < capitalisedWords.length; n++) {
      const i = capitalisedWords[n];
      if (i + 1 >= tokens.length) break;
      if (i < resume || this.claimed[i] || !isPaperWord.of(ids[i], tokens[i])) continue;
      if (!this.paperArticleBefore(i)) continue;
      // ("Le Républicain Jean Dubreuil": a name after the word makes it a party member's.)
      if (isNameWord(tokens[i + 1]) && tokens[i + 1].capitalised) continue;
      let end = i + 1;
      // "Le Courrier picard", "Le Républicain lorrain": the region's adjective is the name's.
      if (this.isFrenchAdjective(end)) end++;
      const of = tokens[end];
      const town = tokens[end + 1];
      const townOf = of && DE_FORMS_FR.has(of.folded);
      if (end === i + 1 && townOf && isNameWord(town) && town.capitalised && !isWordOf(town, WordClass.FirstName | WordClass.Function) && onlySpacesBetween(this.text, of, town)) {
        const place = this.unclaimGazetteerChunkAt(end + 1);
        end = place ? place.last : end + 2;
      }
      this.claim(i, end, false, 3, 'ORG');
      resume = end;
    }
  }

  /** "le", "la", "l'", "au", "du": a paper's name comes after its article ("joint par Le Quotidien" keeps its capital). */
  private paperArticleBefore(i: number): boolean {
    const prev = this.tokens[i - 1];
    return isWordTok(prev) && FRENCH_ARTICLES.has(prev.folded);
  }

  /**
   * "la Sécurité civile", "la Sûreté nationale", "Santé publique France": French capitalises a
   * common noun mid-sentence only as the first word of a name, so after the article, with an
   * adjective after it, it opens a body's name ("la France entière" is a country the lists know;
   * a given name or a word the article also writes in lowercase is no such noun).
   */
  private capitalisedNounOfBody(i: number): boolean {
    const tok = this.tokens[i];
    const adjective = this.tokens[i + 1];
    // ("le Code pénal" is a law: see namesLaw.)
    // (Nor a place's head, "l'Hôtel judiciaire"; a word that opens a known name may open an
    // unknown one: "le Crédit communal" beside "le Crédit agricole".)
    if (!(this.singularArticleBefore(i) || this.pluralBodyArticleBefore(i)) || isWordOf(tok, WordClass.FirstName | WordClass.Function | WordClass.LowercasePlaceHead) || isFrenchLawHead(tok)) return false;
    if (!/^\p{Lu}\p{Ll}+$/u.test(tok.text) || this.lowercaseWords.has(tok.folded)) return false;
    // An adjective's own ending, not a verb's ("étaient", "participent", "hospitalisés").
    if (!isWordTok(adjective) || !adjective.lowercase || !BODY_ADJECTIVE_ENDING.test(adjective.text) || !onlySpacesBetween(this.text, tok, adjective)) return false;
    // ("L'Istiqlal appelle au calme": a verb in "-elle" or "-ais" is the body's, not its adjective.)
    if (isWordOf(adjective, WordClass.SpeechVerb | WordClass.Function) || VERBS_WITH_ADJECTIVE_ENDINGS.has(adjective.folded)) return false;
    return !COUNTRY_ADJECTIVES.has(adjective.folded);
  }

  /** Removes the gazetteer's chunk that starts at token j (to be taken into a longer name), if any. */
  private unclaimGazetteerChunkAt(j: number): Chunk | undefined {
    const lo = this.gazetteerChunkIndexAt(j);
    if (lo < 0) return undefined;
    const [chunk] = this.chunks.splice(lo, 1);
    this.gazetteerEnd--;
    this.claimed.fill(0, chunk.first, chunk.last);
    return chunk;
  }

  /** Where in the chunks the gazetteer's chunk starting at token j is, or -1. */
  private gazetteerChunkIndexAt(j: number): number {
    const at = this.firstGazetteerChunkFrom(j);
    return at === this.gazetteerEnd || this.chunks[at].first !== j ? -1 : at;
  }

  /** The gazetteer's chunk that ends right before token j ("U.S." before "Geological Survey"), if any. */
  private gazetteerChunkEndingAt(j: number): Chunk | undefined {
    const at = this.firstGazetteerChunkFrom(j) - 1;
    const before = at >= this.gazetteerFrom ? this.chunks[at] : undefined;
    return before && before.last === j ? before : undefined;
  }

  /**
   * The index of the first gazetteer chunk starting at token j or after. The gazetteer's chunks
   * are in reading order (later passes append theirs): a binary search over them, not a scan of
   * every chunk for every institution. (Over them only: an article with a defined acronym,
   * "(CGT)", has its chunks before, and "le tribunal correctionnel de Quimper" then found no
   * "Quimper" to take in.)
   */
  private firstGazetteerChunkFrom(j: number): number {
    let lo = this.gazetteerFrom;
    let hi = this.gazetteerEnd;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.chunks[mid].first < j) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * An acronym of a body after an article or a preposition ("le CHU de", "au SDIS de"; not "le
   * maire FRV de", a party label), then "de"/"du": its name goes on to the place it serves. Not
   * "PDG", not a headline word.
   */
  private isPlacedAcronym(i: number): boolean {
    // Asked of every token: the word classes of it and the next rule out nearly all before any
    // token object is read, the acronym's shape last. (No array destructured here: that was
    // 8 MB of garbage per megabyte of text.)
    const { classes, flags } = this;
    if (!(classes[i] & WordClass.Capitalised) || !(classes[i + 1] & WordClass.Lowercase)) return false;
    // The word before, from the columns too: a determiner or a preposition, lowercase or opening
    // the sentence. Then the set look-up of the next word ("de", "du", "of").
    const before = classes[i - 1];
    if (!(before & WordClass.Word) || !(before & WordClass.Lowercase || flags[i - 1] & TokenFlag.SentenceStart) || !(before & (WordClass.Determiner | WordClass.Preposition))) return false;
    if (!OF_PREPOSITIONS.has(this.tokens[i + 1].folded)) return false;
    const tok = this.tokens[i];
    return isAcronym(tok.text) && !isWordOf(tok, WordClass.CommonAcronym) && !this.isShouting(i);
  }

  /**
   * Does the institution at `head`, with lowercase words up to `end`, end on the place it serves?
   * An institution with adjectives only ("conseil général de"), a court of any kind ("tribunal
   * d'instance de", "cour d'appel de"; a bare "cour" may be a courtyard).
   */
  private placesItsBody(head: number, end: number): boolean {
    const word = this.tokens[head].folded;
    if (COURT_HEADS.has(word)) return word !== 'cour' || OF_PREPOSITIONS.has(this.tokens[head + 1]?.folded ?? '');
    // A room is no body: "la chambre nuptiale de Kerbrat".
    if (word === 'chambre') return false;
    for (let k = head + 1; k < end; k++) if (!this.isFrenchAdjective(k)) return false;
    return true;
  }

  /**
   * The index after the lowercase words that may follow a French institution's head word:
   * adjectives ("correctionnel", "générale", "financiers"; at most two in a row) and "de" + noun
   * complements ("de commerce", "des marchés", "d'appel"; at most three).
   */
  private skipLowercaseComplements(j: number): number {
    const { tokens } = this;
    let k = j;
    for (let complements = 0; complements < 3; complements++) {
      let adjectives = 0;
      while (adjectives < 2 && this.isFrenchAdjective(k)) {
        k++;
        adjectives++;
        // "Société des sciences physiques et naturelles", "Société industrielle et commerciale": two
        // adjectives joined by "et" (not a participle, a verb's as often: "l'Assemblée législative et chassé du pouvoir").
        if (tokens[k]?.text === 'et' && this.isFrenchAdjective(k + 1) && !/(?:é|ée|és|ées)$/.test(tokens[k + 1].text)) k++;
      }
      // "Société royale d'agriculture et de botanique", "… de la neige et des avalanches": a
      // second complement joined by "et" after a first.
      // (Not "et de ses alliés", "et de nombreux bénévoles": a possessive or a count starts
      // something else.)
      const joined = complements > 0 && tokens[k]?.text === 'et' && OF_PREPOSITIONS.has(tokens[k + 1]?.folded ?? '') && !NOT_A_REMIT.has(tokens[k + 2]?.folded ?? '') ? 1 : 0;
      const preposition = tokens[k + joined];
      // "Fonds mondial pour la nature", "Institut fédéral pour l'étude de la neige": "pour" too;
      // "Commissariat à l'énergie atomique", "Délégation aux droits des femmes": "à" after a few heads.
      const remitAfterA = complements === 0 && (preposition?.text === 'à' || preposition?.text === 'aux') && REMIT_WITH_A_HEADS.has(tokens[j - 1]?.folded ?? '');
      if (!preposition || !(OF_PREPOSITIONS.has(preposition.folded) || preposition.text === 'pour' || remitAfterA) || !preposition.lowercase) return k;
      // "de la recherche scientifique", "de l'homme": an article may stand before the noun.
      const at = k + joined;
      // ("Association libanaise pour des élections démocratiques": any article after "pour", in
      // the cause a league or a fund is named after; a council's or a court's "pour" is the
      // sentence's: "une subvention du Conseil général pour les travaux de voirie".)
      const afterPour = preposition.text === 'pour' && complements === 0 && CAUSE_NAMED_HEADS.has(tokens[j - 1]?.folded ?? '') && ['le', 'les', 'des', 'un', 'une'].includes(tokens[at + 1]?.folded ?? '');
      const article = tokens[at + 1]?.folded === 'la' || tokens[at + 1]?.folded === "l'" || afterPour ? 1 : 0;
      // ("pour une meilleure gouvernance": an adjective French puts before its noun.)
      // ("tribunal de grande instance", "tribunal de première instance": an adjective before the
      // remit's noun, straight after "de".)
      const preNounAllowed = afterPour || (article === 0 && preposition.text === 'de');
      const preNoun = preNounAllowed && PRE_NOUN_ADJECTIVES_FR.has(tokens[at + 1 + article]?.folded ?? '') && this.isLowercaseNoun(at + 2 + article) ? 1 : 0;
      const noun = tokens[at + 1 + article + preNoun];
      if (!this.isLowercaseNoun(at + 1 + article + preNoun) || !onlySpacesBetween(this.text, tokens[at + article + preNoun], noun)) return k;
      // "le Renouveau municipal de l'avocat Antoine Tohmé": a title before a name is whose the body is, not its name.
      if (isWordOf(noun, WordClass.TitleWord) && isNameWord(tokens[at + 2 + article + preNoun])) return k;
      k = at + 2 + article + preNoun;
      // "des producteurs et distributeurs d'énergie", "des artisans et commerçants": a second
      // plural noun joined by "et" under the same "des".
      if (tokens[k]?.text === 'et' && PLURAL_ENDING_FR.test(noun.folded) && this.isLowercaseNoun(k + 1) && PLURAL_ENDING_FR.test(tokens[k + 1].folded) && !this.pluralVerbAfterPlural(k + 1)) k += 2;
    }
    return k;
  }

  /** A blank line between tokens `i` and `j`: "au tribunal" ends a headline, "LA CHAUX-DE-FONDS" opens the dateline below. */
  private paragraphBreakBetween(i: number, j: number): boolean {
    return /\n[^\S\n]*\n/.test(this.text.slice(this.tokens[i].end, this.tokens[j].start));
  }

  /** A lowercase word with an adjective's ending: "correctionnel", "sportive", "financiers", "rennais". */
  private isFrenchAdjective(k: number): boolean {
    const tok = this.tokens[k];
    return !!tok && tok.kind === 'word' && tok.lowercase && !this.claimed[k] && (FRENCH_ADJECTIVE_ENDING.test(tok.text) || COUNTRY_ADJECTIVES.has(tok.folded) || ADJECTIVES_OF_FAITH.has(tok.folded) || ADJECTIVES_IN_IN.has(tok.folded) || ADJECTIVES_WITHOUT_ENDING.has(tok.folded) || ADJECTIVES_IN_AND.has(tok.folded) || ADJECTIVES_IN_ON.has(tok.folded)) &&
      !this.pluralVerbAfterPlural(k) &&
      !isWordOf(tok, WordClass.Function | WordClass.SpeechVerb) && !PREPOSITIONS.has(tok.folded) &&
      onlySpacesBetween(this.text, this.tokens[k - 1], tok);
  }

  /**
   * "le Centre national d'études spatiales travaillent": after a plural word, a word in "-ent"
   * is a verb's plural; an adjective there would agree ("-ents", "-entes").
   */
  private pluralVerbAfterPlural(k: number): boolean {
    return this.tokens[k].text.endsWith('ent') && PLURAL_ENDING_FR.test(this.tokens[k - 1]?.text ?? '');
  }

  /** A lowercase content word after "de": "commerce", "marchés", "appel", "football". */
  private isLowercaseNoun(k: number): boolean {
    const tok = this.tokens[k];
    if (!tok || tok.kind !== 'word' || !tok.lowercase || this.claimed[k] || tok.text.length < 3 || PREPOSITIONS.has(tok.folded)) return false;
    if (isWordOf(tok, WordClass.Function | WordClass.Determiner | WordClass.SpeechVerb)) return false;
    // A word that may open a date is a noun here only with an adjective after it, and no day's
    // or month's name: "Institut de veille sanitaire" (not "le comité de lundi dernier").
    return !isWordOf(tok, WordClass.DateStart) || (this.isFrenchAdjective(k + 1) && !DAY_OR_MONTH_FR.test(tok.folded) && !DATE_ADJECTIVES_FR.has(this.tokens[k + 1].folded));
  }

  private isNameClosingAdjective(k: number): boolean {
    const tok = this.tokens[k];
    return (
      !!tok &&
      /^\p{Ll}+$/u.test(tok.text) &&
      !PREPOSITIONS.has(tok.folded) &&
      !isWordOf(tok, WordClass.Function) &&
      /(?:e|es|s|al|aux|ale|ales|ère|ères|ier|iers|ique|iques)$/.test(tok.text) &&
      !isWordOf(tok, WordClass.SpeechVerb)
    );
  }

  private findCapitalisedChunks(): void {
    // canStartChunk needs a capitalised word or a particle: only those are visited.
    const { tokens, capitalisedWordsAndParticles: candidates } = this;
    let resume = 0;
    for (let n = 0; n < candidates.length; n++) {
      const i = candidates[n];
      if (i < resume || this.claimed[i]) continue;
      const portfolioEnd = this.portfolioAfterFor(i);
      if (portfolioEnd > i) {
        resume = portfolioEnd;
        continue;
      }
      // "The I.F.A. announced", "the N.U.M.": letters and periods, a body's short form (not
      // initials: a name follows those, "J. R. Tolkien").
      const dotted = this.dottedShortFormEnd(i);
      // "S.M. Mohammed V", "H.R.H. Prince Philip": a style of address is a title, no name's start.
      if (dotted > i && this.dottedTitle(i, dotted)) {
        resume = dotted;
        continue;
      }
      if (dotted > i && !isNameWord(tokens[dotted]) && !this.particlesBeforeName(dotted)) {
        if (this.dottedBody(i, dotted)) this.claim(i, dotted, tokens[i].sentenceStart, 2, 'ORG');
        resume = dotted;
        continue;
      }
      if (!this.canStartChunk(i)) continue;
      let j = i + 1;
      // "de La Fayolle" after "M.": the particles and the name words that follow are one name.
      if (isWordOf(tokens[i], WordClass.Particle)) {
        while (tokens[j] && !this.claimed[j] && (isWordOf(tokens[j], WordClass.Particle) || isNameWord(tokens[j])) && onlySpacesBetween(this.text, tokens[j - 1], tokens[j])) j++;
        // "le général de Gaulle y annonçait": a particle ends no name.
        while (j > i + 1 && isWordOf(tokens[j - 1], WordClass.Particle) && !isNameWord(tokens[j - 1])) j--;
      }
      for (;;) {
        if (this.isInitialAt(j - 1) && j < tokens.length) {
          j++; // the initial's period
          if (tokenAt(tokens, j)?.text === '-' && this.isInitialAt(j + 1)) j++; // "A.-M."
          if (this.isInitialAt(j)) {
            j++;
            continue;
          }
        }
        const next = this.nextNameToken(j, i);
        if (next < 0) break;
        j = next + 1;
      }
      this.claim(i, j, tokens[i].sentenceStart, 0);
      resume = j;
    }
  }

  /** "W. A. van Rijckevorsel", "J. de la Cruz": particles other than "of" at k, then a capitalised name word (initials go on to a family name). */
  private particlesBeforeName(k: number): boolean {
    const { tokens } = this;
    // (Not a lowercase article: "S. M. le Roi" is Sa Majesté the King.)
    if (tokens[k]?.lowercase && ['le', 'la', 'les'].includes(tokens[k].folded)) return false;
    let n = k;
    while (n < k + 3 && isWordOf(tokens[n], WordClass.Particle) && tokens[n].folded !== 'of') n++;
    return n > k && isNameWord(tokens[n]) && tokens[n].capitalised;
  }

  /** A word of the chunk is an acronym of two to four letters, not a roman numeral ("FM", "SUD"; not "II", "XIV"). */
  private hasAcronymWord(chunk: Chunk): boolean {
    for (let k = chunk.first; k < chunk.last; k++) {
      const word = this.tokens[k].text;
      if (word.length >= 2 && word.length <= 4 && isAcronym(word) && !/^[IVXLC]+$/.test(word) && !this.isInitialAt(k)) return true;
    }
    return false;
  }

  /** A son's or daughter's particle between the chunk's first and last words: "Ben", "bin", "Ibn", "Ould", "bint". */
  private hasPatronymicInside(chunk: Chunk): boolean {
    for (let k = chunk.first + 1; k < chunk.last - 1; k++) if (PATRONYMIC_PARTICLES.has(this.tokens[k].folded)) return true;
    return false;
  }

  private hasAmpersand(chunk: Chunk): boolean {
    for (let k = chunk.first + 1; k < chunk.last - 1; k++) if (this.tokens[k].text === '&') return true;
    return false;
  }

  private canStartChunk(i: number): boolean {
    const tok = this.tokens[i];
    // ("M. van den Hecke": particles may come two in a row before the name.)
    // (A name the gazetteer has claimed is no name after the particle: "le docteur de Lyon".)
    const nameAt = (k: number) => isNameWord(this.tokens[k]) && !this.claimed[k];
    const nameAfter = nameAt(i + 1) || (isWordOf(this.tokens[i + 1], WordClass.Particle) && nameAt(i + 2));
    // ("le docteur des Bleus": after a rank, "des" is the plural's, not a name's.)
    const rankBefore = this.tokens[i - 1]?.lowercase === true;
    // ("S.M. le Roi Hassan II": after a style of address, the article of a title, not of a name.)
    const titleAfter = isWordOf(this.tokens[i + 1], WordClass.TitleWord);
    if (isWordOf(tok, WordClass.Particle) && this.afterHonorific(i) && nameAfter && !titleAfter && !(rankBefore && tok.folded === 'des')) return true;
    // ("Vive de Gaulle !": after a cheer, a particle opens the family name it cheers.)
    if (tok.folded === 'de' && tok.lowercase && this.cheerBefore(i) && nameAt(i + 1)) return true;
    // ("Ms Ní Bhriain": an Irish woman's particle after an honorific opens her family name.)
    if (IRISH_FEMININE_PARTICLES.has(tok.text) && this.afterHonorific(i) && nameAfter) return true;
    if (!isNameWord(tok)) return false;
    if (this.headlineVerbAt(i)) return false;
    // "« Vive Doumergue ! »", "Vive de Gaulle": the cheer is no part of the name it cheers (see cheerBefore).
    if (this.lang === 'fr' && FRENCH_CHEERS.has(tok.folded) && !tok.lowercase && nameAfter) return false;
    // "J. K. Rowling", "H.G. Wells": initials start a name (in French "M." is Monsieur).
    if (this.isInitialAt(i)) return !(this.lang === 'fr' && (tok.text === 'M' || this.reverendFatherAt(i))) && !this.monsieurInEnglish(i) && this.initialsLeadToName(i);
    // "Le", "Dans", "However": a function word with a capital is a sentence start, unless it is
    // written mid-sentence before another name word ("Marine Le Pen" is handled as a particle).
    // ("People" is one of those, but "People's National Party" opens a name: commonPossessorInBodyName.)
    // "le critique de The Gazette", "selon The Economist": French keeps an English title's article.
    if (this.lang === 'fr' && tok.text === 'The' && !tok.sentenceStart && this.tokens[i + 1]?.capitalised && isNameWord(this.tokens[i + 1])) return true;
    if (this.opensMaoriName(i) || this.givenNameOfFunctionWord(i) || this.capitalParticleOfEnglishName(i) || this.opensPilgrimName(i) || this.allOpensName(i)) return true;
    if (isWordOf(tok, WordClass.Function) && !isAllCaps(tok.text) && !this.isCapitalArticleOfName(i) && !this.commonPossessorInBodyName(i + 1) && !this.compassOrStateAfterArticle(i)) return false;
    if (isWordOf(tok, WordClass.Determiner | WordClass.Particle) && !this.givenNameParticle(i) && !this.isCapitalArticleOfName(i)) return false;
    // "Outside Union Station, …", "Near Harrow Road, …": a preposition opening the sentence before
    // a name of two words ("Beyond Meat" keeps its first word).
    if (this.lang === 'en' && tok.sentenceStart && isWordOf(tok, WordClass.Preposition) && !isAllCaps(tok.text) && this.twoNameWordsAfter(i)) return false;
    if (FAMILY_ADDRESS_WORDS.has(tok.folded) && !isNameWord(this.tokens[i + 1])) return false;
    if (this.describesNameAfter(i)) return false;
    // "Chief Ernest Bakke", "Chief Obafemi Adeyemi": a chief's title before a first name (not a
    // title on its own: "Chief Whip", "Chief Operating Officer"). speakers.ts steps over it too.
    // ("Sister Mary Bernard" likewise; "Twisted Sister", "Sister Act", "Sister Cities" are names.)
    if (this.lang === 'en' && tok.capitalised && TITLES_BEFORE_GIVEN_NAMES.has(tok.folded) && isWordOf(this.tokens[i + 1], WordClass.FirstName) && this.tokens[i + 1].capitalised) return false;
    // "Young Alexander J. Gillis, aged thirteen, was…", "Poor Mary Hale never knew": an adjective
    // opening the sentence before a given name ("Young said", alone, is Mr Young).
    if (this.lang === 'en' && tok.sentenceStart && ADJECTIVES_BEFORE_GIVEN_NAMES.has(tok.folded) && isWordOf(this.tokens[i + 1], WordClass.FirstName) && this.tokens[i + 1].capitalised) return false;
    // "Four Moderates voted", "Trois Lillois", "One doctor said": a count opening the sentence
    // before a plural or a common noun names nobody ("Three Mile Island" does; "sept" is also the
    // English "Sept." of September).
    if (tok.sentenceStart && NUMBER_WORDS.has(tok.folded) && tok.folded !== 'a' && tok.folded !== 'sept' && this.countedNounAfter(i)) return false;
    // "secrétaire à la Défense", "Prime Minister": the capital belongs to the title.
    // ("Justice Department", "State Department": a title word before an organisation's head names it.)
    // ("the Ambassador Hotel", "the President Building": a place's head that is nobody's family name.)
    const next = this.tokens[i + 1];
    // ("Father Christmas": a holiday's name after a title is no person's either.)
    // ("said Father Point": a title that speaks is a person's, whatever place head follows it.)
    const placeHeadNamed = isWordOf(next, WordClass.PlaceHeadWord) && gazetteer.isHeadWordNeverFamilyName(next.text) && !this.spokenOf(i, i + 2);
    const namesBody = next?.capitalised === true && (isWordOf(next, WordClass.OrgHeadWord) || placeHeadNamed || HOLIDAYS.has(next.folded));
    // "King Street", "Queen Square", "Bishop Road": a royal or church title names a street
    // ("President Park", "Inspector Lake" are people).
    // ("said Father Point", "Father Point said": a priest named Point.)
    const streetTitle = STREET_TITLES.has(tok.folded) || gazetteer.isCallingTitle(tok.folded);
    if (this.lang === 'en' && streetTitle && (this.placeHeadAfter(i) || this.namedAfterRoyalty(i)) && !this.spokenOf(i, i + 2)) return true;
    // "along Provost Street", "Chancellor Road", "Sheriff Lane": any other title before a street's
    // word (not "Hall" or "Park", family names too) names the street.
    if (this.lang === 'en' && isWordOf(tok, WordClass.TitleWord) && next?.capitalised && ENGLISH_STREET_TYPES.has(next.folded) && next.folded !== 'lane' && this.placeHeadAfter(i) && !this.spokenOf(i, i + 2)) return true;
    if (this.titleAlsoGivenName(i)) return true;
    // "Police Chief Dana Ruiz": a title that opens on a body's word, then a first name.
    if (!namesBody && (this.titleEndingAt(i) > 1 || isWordOf(tok, WordClass.TitleWord) || this.titleIntroducesName(i)) && !this.commonPossessorInBodyName(i + 1)) return false;
    // "Orchardist Dion Te Awa-Whitfield stood at his gate": a sentence may open on the person's
    // trade, capitalised only as the first word, before a first name and a family name.
    if (this.lang === 'en' && tok.sentenceStart && this.tradeBeforeFullName(i)) return false;
    // "District Inspector Farrelly", "District Attorney Bream": a title that opens on a place's
    // word, before a name, starts no name of a place.
    if (this.lang === 'en' && isWordOf(tok, WordClass.PlaceHeadWord) && this.titleBeforeNameFrom(i)) return false;
    if (this.isPortfolio(i)) return false;
    if (isWordOf(tok, WordClass.CommonAcronym)) return false;
    // "Rs. 2,000 crore", "Rs 500", "Sh. 20": a currency's sign written in letters before the sum.
    if (CURRENCY_ABBREVIATIONS.has(tok.text) && this.sumAfter(i)) return false;
    return true;
  }

  /** A number right after token i, or after its glued period: "Rs. 10,000", "Rs 500". */
  private sumAfter(i: number): boolean {
    const { tokens } = this;
    const k = tokens[i + 1]?.text === '.' && tokens[i + 1].start === tokens[i].end ? i + 2 : i + 1;
    return tokens[k]?.kind === 'number';
  }

  /**
   * Token i, a word that is no name the lists know (a trade: "Orchardist", "Beekeeper"), then a
   * first name and another name word. A person's name never opens on a word that is neither.
   */
  private tradeBeforeFullName(i: number): boolean {
    const { tokens } = this;
    const trade = tokens[i];
    const first = tokens[i + 1];
    if (isAllCaps(trade.text) || NUMBER_WORDS.has(trade.folded) || isWordOf(trade, WordClass.FirstName | WordClass.Particle | WordClass.Function | WordClass.OrgHeadWord | WordClass.PlaceHeadWord)) return false;
    // A trade's shape: an agent's ending, or a word the article writes in lowercase ("Ngaire Ann
    // Hemi": a given name the lists lack is no trade).
    if (!TRADE_ENDING.test(trade.folded) && !this.lowercaseWords.has(trade.folded)) return false;
    if (!isWordOf(first, WordClass.FirstName) || !first.capitalised || !onlySpacesBetween(this.text, trade, first)) return false;
    // ("Three Mile Island": a head word closes a name of its own; not one that is a family name
    // too: "Singer Lottie Church", "Pastor Ruth Hall".)
    const family = tokens[i + 2];
    const headWord = isWordOf(family, WordClass.OrgHeadWord) || (isWordOf(family, WordClass.PlaceHeadWord) && gazetteer.isHeadWordNeverFamilyName(family.text));
    if (!isNameWord(family) || headWord || !onlySpacesBetween(this.text, first, family)) return false;
    return gazetteer.lookupName(trade.text) === undefined && gazetteer.lookupTown(trade.text) === undefined && gazetteer.lookupName(`${trade.text} ${first.text}`) === undefined;
  }

  /** A title of two or three words starts at token i and a name word follows it. */
  private titleBeforeNameFrom(i: number): boolean {
    for (let words = 2; words <= 3; words++) {
      const end = i + words - 1;
      if (this.titleEndingAt(end) === words) return isNameWord(this.tokens[end + 1]) && !isWordOf(this.tokens[end + 1], WordClass.OrgHeadWord | WordClass.PlaceHeadWord);
    }
    return false;
  }

  /**
   * "The Port Captain", "the Fort Commander", "the County Sheriff": a place's head word before an
   * office names the post, not a place (unlike a title places are named after, "Cape Prince",
   * "Port Regent").
   */
  private postNamedByPlaceHead(chunk: Chunk): boolean {
    const last = this.lastWordToken(chunk);
    return this.lang === 'en' && this.wordCount(chunk) === 2 && gazetteer.isTitleWord(last.text) && !STREET_TITLES.has(last.folded);
  }

  /** Tokens i and i + 1, before k, are a monarch's title and a given name: "Queen Victoria", "King George". */
  private monarchsGivenNameAt(i: number, k: number): boolean {
    return k === i + 2 && MONARCHS_TITLES.has(this.tokens[i].folded) && isWordOf(this.tokens[i + 1], WordClass.FirstName);
  }

  /**
   * "Queen Mary Hospital", "Lady Dufferin Hospital", "King Edward Road", "Queen’s Park", "King's
   * College": a place or a body named after a royal (or a lady) keeps the title, when a head word
   * closes the name or the title is possessive ("Queen Mary" alone is a person).
   */
  private namedAfterRoyalty(i: number): boolean {
    const { tokens } = this;
    const next = tokens[i + 1];
    if (isPossessiveMark(next)) return isNameWord(tokens[i + 2]) && tokens[i + 2].capitalised && !isWordOf(tokens[i + 2], WordClass.Function);
    for (let k = i + 1; k <= i + 3; k++) {
      const tok = tokens[k];
      if (!isNameWord(tok) || !tok.capitalised || !onlySpacesBetween(this.text, tokens[k - 1], tok)) return false;
      // (Not "Lady Susan Hall", "Prince Edward Park": a head that is also a common family name;
      // "Queen Victoria Street", "Prince Albert Terrace": a rare one.)
      // ("Queen Victoria Park", "King George Dock": a monarch bears a given name and no family
      // name, so any head after the two names the place.)
      if (k > i + 1 && isWordOf(tok, WordClass.OrgHeadWord | WordClass.PlaceHeadWord)) return gazetteer.isHeadWordNeverFamilyName(tok.text) || RARE_FAMILY_NAME_HEADS.has(tok.folded) || this.monarchsGivenNameAt(i, k);
    }
    return false;
  }

  /**
   * A street's house number is part of the address: "41, rue de la République", "au 12 rue
   * Gambetta", "1900 Yonge St.", "2150 Sheppard Ave. W." (with the compass point after it).
   */
  private takeInHouseNumbers(): void {
    for (const chunk of this.chunks) {
      if (chunk.type !== 'LOC' || !this.namesStreet(chunk)) continue;
      const number = this.houseNumberBefore(chunk.first);
      if (number < 0) continue;
      // (The abbreviation's period may lie outside the chunk: the mention takes it in.)
      const end = this.tokens[chunk.last]?.text === '.' ? chunk.last + 1 : chunk.last;
      const compassPoint = this.lang === 'en' && this.tokens[end - 1].text === '.' && COMPASS_POINTS.has(this.tokens[end]?.text ?? '') && this.tokens[end + 1]?.text === '.';
      this.resizeChunk(chunk, number, compassPoint ? end + 2 : chunk.last);
    }
  }

  /** "rue de la République" (French puts the street's word first), "Yonge St.", "Dunmore Road". */
  private namesStreet(chunk: Chunk): boolean {
    if (this.lang === 'fr') return FRENCH_STREET_WORDS.has(this.tokens[chunk.first].folded);
    const last = this.lastWordToken(chunk);
    return ENGLISH_STREET_TYPES.has(last.folded);
  }

  /**
   * The house number's token before a street starting at `first` ("41, " or "41 "), or -1. Only
   * after a word that leads to an address ("at 1900 Yonge St.", "au 12 rue Gambetta") or with the
   * French comma ("41, rue"): "the 1998 Harrow Road fire", "some 2000 Main Street shoppers" and
   * "en 1789 place de la Concorde" count years and people.
   */
  private houseNumberBefore(first: number): number {
    let k = first - 1;
    const comma = this.lang === 'fr' && this.tokens[k]?.text === ',';
    if (comma) k--;
    if (this.lang === 'fr' && (this.tokens[k]?.folded === 'bis' || this.tokens[k]?.folded === 'ter')) k--;
    const tok = this.tokens[k];
    if (!tok || tok.kind !== 'number' || !/^\d{1,5}$/.test(tok.text) || this.claimed[k]) return -1;
    return comma || ADDRESS_LEADS.has(this.tokens[k - 1]?.folded ?? '') ? k : -1;
  }

  /** A plural ("Four Moderates") or a common noun ("One doctor") after the count at i. */
  private countedNounAfter(i: number): boolean {
    const next = this.tokens[i + 1];
    return !!next && (next.lowercase || /[sx]$/.test(next.text));
  }

  /**
   * "Queensland Health", "New Zealand Cricket", "Ontario Hydro": a known place, then words the
   * article also writes in lowercase, names the place's service or body, not a person called so
   * (a place's head word keeps the place: "Queensland Coast"; a given name opens a person's name).
   */
  private placeThenCommonNouns(chunk: Chunk): boolean {
    const { tokens } = this;
    const first = tokens[chunk.first];
    if (isWordOf(first, WordClass.FirstName) || this.titleBefore(chunk.first) || this.onHeading[chunk.first] || this.onCapitalsLine[chunk.first]) return false;
    // ("The Woodstock Music and Art Fair": the name goes on past "and".)
    const and = tokens[chunk.last];
    if (and?.folded === 'and' && tokens[chunk.last + 1]?.capitalised) return false;
    for (let k = chunk.first + 1; k < chunk.last; k++) {
      if (isPlaceName(this.text.slice(first.start, tokens[k - 1].end))) return this.commonNounsFrom(k, chunk.last);
    }
    return false;
  }

  /** Tokens from..to-1 are capitalised words the article also writes in lowercase, none a place's head, a point of the compass or a verb's past ("Bushwick Burned"). */
  private commonNounsFrom(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const tok = this.tokens[k];
      if (!isWordTok(tok) || !tok.capitalised || !this.lowercaseWords.has(tok.folded) || isWordOf(tok, WordClass.PlaceHeadWord) || COMPASS_WORDS.test(tok.folded) || tok.folded.endsWith('ed')) return false;
    }
    return true;
  }

  /** Is the next token a capitalised place head word, after spaces only ("King Street")? */
  private placeHeadAfter(i: number): boolean {
    const next = this.tokens[i + 1];
    return isWordOf(next, WordClass.PlaceHeadWord) && next.capitalised && onlySpacesBetween(this.text, this.tokens[i], next);
  }

  /** Tokens k and k+1 are capitalised name words, neither claimed nor a first name, a head word or a title. */
  private twoUnknownNameWordsAt(k: number): boolean {
    return this.unknownNameWordAt(k) && this.unknownNameWordAt(k + 1);
  }

  /** (Asked at capitalised words as chunks start: no array built per call.) */
  private unknownNameWordAt(n: number): boolean {
    const tok = this.tokens[n];
    const known = WordClass.FirstName | WordClass.OrgHeadWord | WordClass.PlaceHeadWord | WordClass.TitleWord | WordClass.Function;
    return isNameWord(tok) && !this.claimed[n] && !isWordOf(tok, known) && onlySpacesBetween(this.text, this.tokens[n - 1], tok);
  }

  /**
   * "la Norvégienne Ingrid Solbakk", "l'Autrichien Markus Pilzer", "Australian Simon Garrick": a
   * nationality before a first name describes the person and is no part of the name. A first
   * name itself is never the descriptor ("Christian Lund", "Norman Reed").
   */
  private describesNameAfter(i: number): boolean {
    const tok = this.tokens[i];
    const next = this.tokens[i + 1];
    if (isWordOf(tok, WordClass.FirstName) || !onlySpacesBetween(this.text, tok, next)) return false;
    // Before a first name; or, in French, before two name words the lists do not know ("l'Éthiopien Abebe Tola").
    if (!isWordOf(next, WordClass.FirstName) && !(this.lang === 'fr' && this.twoUnknownNameWordsAt(i + 1))) return false;
    // French nationalities that no ending shows, some of them also a country ("le Suisse Paul Dubois").
    if (this.lang === 'fr' && FRENCH_PLAIN_DEMONYMS.has(tok.folded)) return this.definiteArticleBefore(i);
    if (isWordOf(tok, WordClass.OrgHeadWord | WordClass.PlaceHeadWord | WordClass.TitleWord | WordClass.NameStart)) return false;
    // English: a word shaped like a nationality ("Australian", "Swedish") that no one is named
    // (not a compass word: "Northern Virginia").
    // ("Kenyan Paul Kiprop", "Pakistani Imran Aziz", "the young Scot Alastair Gow", "Briton Tom Hale".)
    if (this.lang === 'en') {
      if (ENGLISH_PLAIN_DEMONYMS.has(tok.folded)) return true;
      // (A word that is also a given name only where it is a country's name and "n": "Kenyan", "Bolivian".)
      const shaped = /(?:an|ese|ish)$/.test(tok.text) && looksLikeDemonym(tok.text);
      return (GROUP_WORDS.has(tok.folded) && !COMPASS_WORDS.test(tok.folded)) || (shaped && (!gazetteer.firstNameGender(tok.text) || isPlaceName(tok.text.slice(0, -1))));
    }
    // French: a noun of nationality or origin after an article ("le Lycée Paul Bert" is a school;
    // "le Kényan Paul Kiprop", "la Britannique Helen Ross", "l'Argentin Diego Paz").
    return this.definiteArticleBefore(i) && !tok.sentenceStart && (FRENCH_DEMONYM_ENDING.test(tok.text) || (FRENCH_DESCRIPTOR_DEMONYM_ENDING.test(tok.text) && !NOT_DESCRIPTOR_NOUNS.test(tok.folded)));
  }

  /**
   * "le R. P. Anselme Martin": the French Catholic press's "R. P." (révérend père), its "R" or
   * its "P" at i, a title before a given name, no initials of the name.
   */
  private reverendFatherAt(i: number): boolean {
    const { tokens } = this;
    const r = tokens[i].text === 'P' ? i - 2 : i;
    return tokens[r]?.text === 'R' && tokens[r + 2]?.text === 'P' && this.isInitialAt(r) && this.isInitialAt(r + 2) && isWordOf(tokens[r + 4], WordClass.FirstName) && tokens[r + 4].capitalised;
  }

  /**
   * A capitalised title followed by a first name starts a new name: "Ohio Gov. John Kasich",
   * "EPA Administrator Scott Pruitt", "Microsoft President Brad Smith" are a place or a body,
   * then a person.
   */
  private titleIntroducesName(k: number): boolean {
    if (!isWordOf(this.tokens[k], WordClass.TitleStart)) return false;
    const length = this.titleAt(k);
    if (length === 0) return false;
    const next = tokenAt(this.tokens, k + length);
    // "District Justice P. T. Varley": a first name or initials after the title.
    if (isWordOf(next, WordClass.FirstName) || this.isInitialAt(k + length)) return true;
    if (!isNameWord(next) || isWordOf(next, WordClass.Function | WordClass.OrgHeadWord)) return false;
    // "Senior Superintendent Odile Marsh": a ranked office names no body, whatever name follows.
    if (length >= 2 && gazetteer.isTitleRank(this.tokens[k].text)) return true;
    // English writes an office before its holder with capitals: "Prime Minister Adaeze Orji",
    // "Health Minister Adaeze Orji": the title starts a person, not the end of a body's name
    // (unless a gazetteer name or a place's head word follows: "King Street").
    // (Not on a Title Case headline: "Prime Minister Visits Flood Zone".)
    return this.lang === 'en' && this.tokens[k].capitalised && !this.onHeading[k] && !this.claimed[k + length] && !isWordOf(next, WordClass.PlaceHeadWord) && isNameWord(this.tokens[k + length + 1]);
  }

  /**
   * "Ben Haskins", "Ben Ali": "Ben" is a given name as well as the particle of "Zine el-Abidine
   * Ben Ali" (see GIVEN_NAME_PARTICLES for "Al"). Capitalised before a name word, it opens a
   * person's name, where a particle alone could not: "Ben Ali dégage" opening a sentence or a
   * quotation kept only "Ali" while the next word, a given name too, was refused here.
   */
  private givenNameParticle(i: number): boolean {
    const tok = this.tokens[i];
    const next = this.tokens[i + 1];
    if (!GIVEN_NAME_PARTICLES.has(tok.folded) || !tok.capitalised || isAllCaps(tok.text)) return false;
    return isNameWord(next) && !isWordOf(next, WordClass.Function | WordClass.Particle) && onlySpacesBetween(this.text, tok, next);
  }

  /** "El Hadji Assane Mbengue", "El Hadj Omar Tall": the pilgrim's name keeps its article, a name's first words in West Africa. */
  private opensPilgrimName(i: number): boolean {
    const tok = this.tokens[i];
    const next = this.tokens[i + 1];
    return tok.text === 'El' && !!next && PILGRIM_NAMES.has(next.folded) && next.capitalised && onlySpacesBetween(this.text, tok, next) && isNameWord(this.tokens[i + 2]);
  }

  /**
   * "said May Lim", "her neighbour May Gordon": mid-sentence, "May" (a modal verb and a month
   * too) opens a name before a capitalised family name (not after a preposition: "in May
   * Parliament voted"). "Will" was tried and dropped: "the committee Will Meet" in prose.
   */
  private givenNameOfFunctionWord(i: number): boolean {
    const before = this.tokens[i - 1];
    const tok = this.tokens[i];
    const next = this.tokens[i + 1];
    if (this.lang !== 'en' || tok.sentenceStart || tok.text !== 'May') return false;
    // (Nor after a capitalised word, "Council May Review Plan" in a title-case headline, nor after
    // "who", "whether", "that": "anyone who May Wish to attend".)
    const capitalisedBefore = before?.kind === 'word' && !before.lowercase && !isWordOf(before, WordClass.TitleWord) && !this.afterHonorific(i);
    if (!before || capitalisedBefore || isWordOf(before, WordClass.Preposition) || MONTH_QUALIFIERS.has(before.folded) || MODAL_CONTEXTS.has(before.folded)) return false;
    if (!isNameWord(next) || !next.capitalised || NOT_FAMILY_NAMES_AFTER_MAY.has(next.folded)) return false;
    return !isWordOf(next, WordClass.Function | WordClass.DateStart) && onlySpacesBetween(this.text, tok, next);
  }

  /** "Te Wairoa", "Te Kapua": in English, the Maori and Polynesian article opens the name it stands in. */
  private opensMaoriName(i: number): boolean {
    const tok = this.tokens[i];
    const next = this.tokens[i + 1];
    return this.lang === 'en' && tok.text === 'Te' && isNameWord(next) && next.capitalised && !isWordOf(next, WordClass.Function) && onlySpacesBetween(this.text, tok, next);
  }

  /** English "the" + one name + a lowercase noun of the land ("the Killarney road"), no given name. */
  private placesNounAfter(chunk: Chunk): boolean {
    const name = this.tokens[chunk.first];
    const noun = this.tokens[chunk.last];
    // (A name closing the text has no noun after it.)
    if (!isWordTok(noun) || this.lang !== 'en' || !this.singularArticleBefore(chunk.first) || isWordOf(name, WordClass.FirstName) || isAcronym(name.text)) return false;
    if (GROUP_WORDS.has(name.folded) || looksLikeDemonym(name.text)) return false;
    // ("the Trump county chairman", "the Toyota river crossing": a person or a body the lists know.)
    const known = OWN_HEAD_LAND_NOUNS.has(noun.folded) ? gazetteer.lookupName(name.text) : undefined;
    if (known && known.type !== 'LOC') return false;
    return noun.lowercase && LAND_NOUNS.has(noun.folded) && onlySpacesBetween(this.text, name, noun);
  }

  /**
   * "la Croix-Rouge suisse", "la Croix-Rouge américaine", "la Croix-Rouge burkinabè": the
   * movement's national society is named by the country's adjective after it, a body of its own
   * (the Red Crescent too, where the lists know it).
   */
  private nationalSocietyAt(i: number, end: number): boolean {
    const adjective = this.tokens[end];
    if (end - i !== 1 || !NATIONAL_SOCIETY_MOVEMENTS.has(this.tokens[i].folded)) return false;
    if (!isWordTok(adjective) || !adjective.lowercase || !onlySpacesBetween(this.text, this.tokens[i], adjective) || isWordOf(adjective, WordClass.Function)) return false;
    // (Not "la Croix-Rouge demain partira", "parfois critiquée": an adverb or a date after it.)
    return !this.claimed[end] && !this.dateTokens[end] && isNationalityAdjective(adjective);
  }

  /**
   * "la Croix-Rouge de Belgique", "la Croix-Rouge du Canada": a movement's name (tokens i to
   * end), then "de" or "du" and a country the lists know, is that country's society; where it
   * ends, else `end`.
   */
  private nationalSocietyOfCountryEnd(i: number, end: number): number {
    const of = this.tokens[end];
    if (end - i !== 1 || !NATIONAL_SOCIETY_MOVEMENTS.has(this.tokens[i].folded) || !isWordTok(of) || (of.text !== 'de' && of.text !== 'du')) return end;
    const country = gazetteer.longestNameAt(this.words, end + 1, this.keys);
    if (!country || country.entry.kind !== 'country' || !onlySpacesBetween(this.text, this.tokens[i], of)) return end;
    return end + 1 + country.words;
  }

  /** "Kearney county", "Mithi river" with no article before them (English; not a person's or a people's name). */
  private namesCountyWithoutArticle(chunk: Chunk): boolean {
    const [name, noun] = [this.tokens[chunk.first], this.tokens[chunk.last]];
    if (this.lang !== 'en' || !isWordTok(noun) || !noun.lowercase || !OWN_HEAD_LAND_NOUNS.has(noun.folded) || !onlySpacesBetween(this.text, name, noun)) return false;
    if (isWordOf(name, WordClass.FirstName) || isAcronym(name.text) || GROUP_WORDS.has(name.folded) || looksLikeDemonym(name.text)) return false;
    // (Not "Alderman Pryce county coroner", "Viking river cruises": a title before, a noun after.)
    const after = this.tokens[chunk.last + 1];
    if (this.titleBefore(chunk.first) || isLowercaseContentWord(after)) return false;
    const known = gazetteer.lookupName(name.text);
    return !known || known.type === 'LOC';
  }

  /**
   * The end (exclusive, past its last period) of a short form written with periods from token i:
   * two capital letters or more, each glued to its period ("I.F.A.", "U.S."); i when none.
   */
  /**
   * Is the dotted short form tokens[i, end), no name after it, a body's? Not a person's letters after the name ("Canon Jeremiah Lucey, P.P., said"), not a common one or a
   * title ("B.C.", "A.G.M.", "O.B.E.", "the M.P.", "a G.P.").
   */
  private dottedBody(i: number, end: number): boolean {
    const { tokens } = this;
    if (tokens[i - 1]?.text === ',' && isNameWord(tokens[i - 2]) && tokens[end]?.text === ',') return false;
    const letters = this.dottedLetters(i, end);
    const folded = letters.toLowerCase();
    return !COMMON_DOTTED_FORMS.has(folded) && !COMMON_ACRONYMS.has(folded) && !gazetteer.isTitleWord(letters);
  }

  /** The letters of the dotted short form tokens[i, end), periods left out: "S.A.R." -> "SAR". */
  private dottedLetters(i: number, end: number): string {
    let letters = '';
    for (let k = i; k < end; k += 2) letters += this.tokens[k].text;
    return letters;
  }

  /** Is the dotted short form tokens[i, end) a title the lists know ("S.M.", "H.R.H."), of two letters or more? */
  private dottedTitle(i: number, end: number): boolean {
    return end - i >= 4 && gazetteer.isTitleWord(this.dottedLetters(i, end));
  }

  private dottedShortFormEnd(i: number): number {
    const { tokens } = this;
    let k = i;
    while (this.isInitialAt(k) && (k === i || tokens[k].start === tokens[k - 1].end)) k += 2;
    return k - i >= 4 ? k : i;
  }

  /**
   * Where a ship's prefix at i ends: "HMS", "MV", or the same in dotted initials ("H.M.S.",
   * "R.M.S."); i when none stands there.
   */
  private shipPrefixEnd(i: number): number {
    if (this.shapes[i] & WordShape.AllCaps && SHIP_PREFIXES.has(this.tokens[i].text)) return i + 1;
    const end = this.dottedShortFormEnd(i);
    if (end === i) return i;
    let letters = '';
    for (let k = i; k < end; k += 2) letters += this.tokens[k].text;
    return SHIP_PREFIXES.has(letters) ? end : i;
  }

  /** A French event's head at i ("Congrès", "Salon"), then a lowercase adjective or "de" and a lowercase noun (see commonNounComplementEnd). */
  private frenchEventHeadWithComplement(i: number): boolean {
    const head = this.tokens[i].folded;
    if (!FRENCH_EVENT_HEADS.has(head) && !FRENCH_EVENT_HEADS_OF_COMMON_NOUNS.has(head)) return false;
    return this.isFrenchAdjective(i + 1) || this.commonNounComplementEnd(i + 1) >= 0;
  }

  /** A ship's prefix ends right before i, on the same line: "HMS Belfast", "U.S.S. Maine". */
  private shipPrefixBefore(i: number): boolean {
    for (let start = i - 1; start >= Math.max(0, i - 8); start--) {
      if (this.shipPrefixEnd(start) === i) return onlySpacesBetween(this.text, this.tokens[i - 1], this.tokens[i]);
    }
    return false;
  }

  /**
   * "le président du Conseil", "vice-président du Conseil": the head of a French government
   * (the Third and Fourth Republics'), an office; "Conseil" alone there names no body.
   */
  private presidentOfTheCouncilAt(i: number): boolean {
    const du = this.tokens[i - 1];
    const office = this.tokens[i - 2];
    return isWordTok(du) && du.text === 'du' && isWordTok(office) && office.lowercase && PRESIDENT_WORDS_FR.has(office.folded);
  }

  /** "a Union Jack hat", "waved Union flags": the British flag, no union. */
  private namesUnionFlag(chunk: Chunk, count: number): boolean {
    const after = this.tokens[chunk.last];
    if (count === 1) return isWordTok(after) && after.lowercase && (after.folded === 'flag' || after.folded === 'flags');
    return count === 2 && (this.tokens[chunk.last - 1].text === 'Jack' || this.tokens[chunk.last - 1].text === 'Jacks');
  }

  /** A ship's name: after a ship's prefix ("MV", "HMS") or a noun for a ship ("the steamer", "le paquebot"). */
  private namesShip(chunk: Chunk): boolean {
    // Asked of every chunk (gatherEvidence, shipNames): the columns rule most out before a token
    // object, its lexeme or its string is read. The prefixes are all in capitals; a ship's noun
    // is a lowercase word, asked by lexeme id.
    const { first } = chunk;
    if (this.shipPrefixEnd(first) > first) return true;
    if (this.ids[chunk.last] === this.commaId && this.shipInApposition(chunk.last + 1)) return true;
    const before = first - 1;
    if (before < 0 || (this.classes[before] & (WordClass.Word | WordClass.Lowercase)) !== (WordClass.Word | WordClass.Lowercase)) return false;
    if (!onlySpacesBetween(this.text, this.tokens[before], this.tokens[first])) return false;
    const isShipNoun = IS_SHIP_NOUN.prepare();
    // ("le capitaine de corvette Yves Roux", "capitaine de frégate": a naval rank, then a person.)
    if (isShipNoun.of(this.ids[before], this.tokens[before])) return this.tokens[before - 1]?.folded !== 'de';
    // ("la sonde européenne Giotto", "le paquebot mixte Kairouan": French puts an adjective between.)
    const noun = before - 1;
    return this.lang === 'fr' && noun >= 0 && (this.classes[noun] & WordClass.Lowercase) !== 0 && isShipNoun.of(this.ids[noun], this.tokens[noun])
      && this.isFrenchAdjective(before) && onlySpacesBetween(this.text, this.tokens[noun], this.tokens[before]);
  }

  /**
   * "Le Rainbow Warrior, le bateau amiral de Greenpeace", "the Kittiwake, a British trawler":
   * after the name's comma, an article at `k`, then a ship's noun, perhaps after one adjective
   * ("un ancien chalutier", "a British trawler"). Not a person so described ("a freighter who
   * …", "the ship's master"), nor a clause after a source and its comma.
   */
  private shipInApposition(k: number): boolean {
    const article = this.tokens[k];
    if (!article || !article.lowercase || !ARTICLES.has(article.folded)) return false;
    // ("Selon la Compagnie générale transatlantique, le navire sera …": the comma closes the source.)
    for (let j = Math.max(0, k - 8); j < k - 1; j++) if (isWordOf(this.tokens[j], WordClass.SourceIntroducer)) return false;
    const isShipNoun = (j: number) =>
      this.tokens[j] !== undefined && (this.classes[j] & WordClass.Lowercase) !== 0 && IS_SHIP_NOUN.prepare().of(this.ids[j], this.tokens[j]) && !NOT_A_SHIP_AFTER.has(this.tokens[j + 1]?.folded ?? '');
    return isShipNoun(k + 1) || (isWordTok(this.tokens[k + 1]) && isShipNoun(k + 2));
  }

  /** Are the two tokens after `i` capitalised name words ("Outside Union Station")? */
  private twoNameWordsAfter(i: number): boolean {
    const a = this.tokens[i + 1];
    const b = this.tokens[i + 2];
    return isNameWord(a) && a.capitalised && isNameWord(b) && b.capitalised;
  }

  /**
   * "De Beers Mining Company", "Van Tarrow Holdings": English writes no French, Dutch or German
   * preposition with a capital but as the opening of a name, so before the capitalised words of
   * a body it starts that name (in French "De Paris à Lyon" opens a sentence).
   */
  private capitalParticleOfEnglishName(i: number): boolean {
    const tok = this.tokens[i];
    if (this.lang !== 'en' || !ENGLISH_NAME_PARTICLES.has(tok.text)) return false;
    const next = tokenAt(this.tokens, i + 1);
    if (!next || !isNameWord(next) || !next.capitalised || isAllCaps(next.text) || isWordOf(next, WordClass.Function) || !onlySpacesBetween(this.text, tok, next)) return false;
    // Only where a body's word closes the name ("De Beers Botswana Mining Company", "Van Tarrow
    // Holdings"): a person's ("Di Stefano", "De Valera", "Du Bois") keeps the chunker's old cut,
    // which the cues after it type.
    for (let k = i + 1; k <= i + 5; k++) {
      const word = tokenAt(this.tokens, k);
      if (!word || !isNameWord(word) || !word.capitalised) return false;
      if (isWordOf(word, WordClass.OrgHeadWord) || ORG_NAME_ENDINGS.has(word.folded)) return true;
    }
    return false;
  }

  /**
   * "the All India Radio commentator", "the All Blacks", "All Saints Church": mid-sentence, a
   * capitalised "All" before a capitalised name word opens the name (at a sentence's start it is
   * the quantifier: "All Britons…").
   */
  private allOpensName(i: number): boolean {
    const tok = this.tokens[i];
    const next = this.tokens[i + 1];
    return this.lang === 'en' && tok.text === 'All' && !tok.sentenceStart && !tok.lineStart && isNameWord(next) && next.capitalised && !isWordOf(next, WordClass.Function) && onlySpacesBetween(this.text, tok, next);
  }

  /**
   * "M. Lucien Darricarrère, Commissioner-General": English press writes a Frenchman's "Monsieur"
   * as the French do, before his given name and family name; an initial "M." comes among other
   * initials ("J. M. Keynes", "Mr. H. M. Peiris") or before a family name alone ("M. Wambui").
   */
  private monsieurInEnglish(i: number): boolean {
    const { tokens } = this;
    // (After another initial, "A. M. Tremblay", it is one too; a period that closes the sentence
    // before, "… in the grounds. M. Lucien Darricarrère", says nothing.)
    if (this.lang !== 'en' || tokens[i].text !== 'M' || (i > 1 && this.isInitialAt(i - 2)) || isWordOf(tokens[i - 1], WordClass.TitleWord)) return false;
    const given = tokens[i + 2];
    const family = tokens[i + 3];
    return isWordOf(given, WordClass.FirstName) && given.capitalised && !this.isInitialAt(i + 2) && isNameWord(family) && family.capitalised;
  }

  /**
   * "dans l'Est", "la Compagnie des chemins de fer de l'Est": French "Est" after its elided
   * article, mid-sentence, is the east (not the verb "est"); "l'État" only closes a body's name
   * left open on lowercase words ("l'Administration des chemins de fer de l'État"), the State
   * alone being a common noun.
   */
  private compassOrStateAfterArticle(i: number): boolean {
    const tok = this.tokens[i];
    if (this.lang !== 'fr' || tok.sentenceStart || this.tokens[i - 1]?.folded !== "l'") return false;
    return tok.text === 'Est' || ((tok.text === 'État' || tok.text === 'Etat') && this.bodyLeftOpenBefore(i - 2));
  }

  /** "de" at k closes lowercase words that follow a body's capitalised head word ("Chemins de fer de", "Compagnie des mines de"). */
  private bodyLeftOpenBefore(k: number): boolean {
    const { tokens } = this;
    if (tokens[k]?.folded !== 'de') return false;
    for (let m = k - 1; m >= Math.max(0, k - 8); m--) {
      const tok = tokens[m];
      if (tok.kind !== 'word') return false;
      if (tok.capitalised) return isWordOf(tok, WordClass.OrgHeadWord) && m < k - 1;
    }
    return false;
  }

  /** "Le Bihan, 31 ans": a capitalised "Le"/"La" mid-sentence, glued to a name word, starts a name. */
  private isCapitalArticleOfName(i: number): boolean {
    const tok = this.tokens[i];
    if (!isCapitalArticle(tok) || this.lang !== 'fr') return false;
    const next = this.tokens[i + 1];
    if (!isNameWord(next) || isWordOf(next, WordClass.Function) || this.claimed[i + 1] || !onlySpacesBetween(this.text, tok, next)) return false;
    // Mid-sentence before another name word ("Marine Le Pen" is handled as a particle), or alone
    // ("Pour Le Pen, …", "Le Goff, 31 ans, …") where the article wrote it after a first name:
    // "La Valse", "Le Quotidien", "La Baie" are titles, papers and places.
    const before = this.tokens[i - 1];
    if (!tok.sentenceStart && isNameWord(before) && !isWordOf(before, WordClass.Function) && onlySpacesBetween(this.text, before, tok)) return true;
    // "l'hebdomadaire Le Clairon", "où se trouvait Le Tréport", "Moutier et La Neuveville": mid-sentence,
    // a capital article is the first word of a paper's, a work's or a town's name (not "Le CERN").
    if (!tok.sentenceStart && !tok.lineStart && next.capitalised && !isAllCaps(next.text) && !isWordOf(next, WordClass.TitleWord)) return true;
    return this.articlesOfFullNames().has(`${tok.folded} ${next.folded}`) || this.townNamedWithArticle(tok, next);
  }

  /**
   * "Le Croisic sous le fioul", "Le Tréport, 10 août.": opening a sentence or a line too, a capital
   * article starts the name of a town the lists hold with it. Not where the word after it is a
   * name of its own ("La Croix-Rouge" is the body, also a hamlet's name) or a body's or a
   * place's head ("« La Chambre ne délibère pas »": the house, not the Savoy town).
   */
  private townNamedWithArticle(article: Token, next: Token): boolean {
    const surface = this.text.slice(article.start, next.end);
    const known = gazetteer.lookupName(surface);
    if (known) return known.type === 'LOC';
    if (isWordOf(next, WordClass.OrgHeadWord | WordClass.PlaceHeadWord)) return false;
    return gazetteer.lookupTown(surface) !== undefined && gazetteer.lookupName(next.text) === undefined;
  }

  /** "le goff" for "Yvon Le Goff": a capitalised article and the word after it, inside longer names. */
  private articlesOfFullNames(): Set<string> {
    if (this.articleNames) return this.articleNames;
    const found = new Set<string>();
    const { tokens, flags } = this;
    // The ids column first ("Le", "La" as written): two integer compares per token, where the
    // text column compared two strings.
    const { ids } = tokenColumns(tokens);
    const leId = lexemeIdOf('Le', 'word');
    const laId = lexemeIdOf('La', 'word');
    for (let k = 1; k + 1 < tokens.length; k++) {
      if ((ids[k] !== leId && ids[k] !== laId) || flags[k] & TokenFlag.SentenceStart) continue;
      const tok = tokens[k];
      const given = tokens[k - 1];
      if (isNameWord(given) && !isWordOf(given, WordClass.Function) && onlySpacesBetween(this.text, given, tok) && isNameWord(tokens[k + 1])) found.add(`${tok.folded} ${tokens[k + 1].folded}`);
    }
    return (this.articleNames = found);
  }

  /** "M. de La Roche-Vernay", "Mme von Ahlefeldt": an honorific before a name's particle. */
  private afterHonorific(i: number): boolean {
    const k = this.tokens[i - 1]?.text === '.' ? i - 2 : i - 1;
    if (k < 0) return false;
    const word = this.tokens[k];
    // The case first: one look-up per word, not two.
    return (word.capitalised && HONORIFICS.has(word.folded)) || (word.lowercase && RANKS_BEFORE_PARTICLE.has(word.folded) && !this.adjectiveAfterNoun(k));
  }

  /** "le conseil général de …", "Conseiller général de …": the rank word is an adjective of the noun before it, not a rank. */
  private adjectiveAfterNoun(k: number): boolean {
    const before = this.tokens[k - 1];
    return isWordTok(before) && !isWordOf(before, WordClass.Function | WordClass.Determiner) && onlySpacesBetween(this.text, before, this.tokens[k]);
  }

  /** Initials ("J.", "A.-M.", "S.G.") followed by a capitalised name word. */
  private initialsLeadToName(i: number): boolean {
    let k = i;
    while (this.isInitialAt(k)) {
      k += 2;
      if (this.tokens[k]?.text === '-' && this.isInitialAt(k + 1)) k++;
    }
    const next = this.tokens[k];
    // ("W. A. van Rijckevorsel", "J. de la Cruz": particles before the family name.)
    if (next && next.start - this.tokens[k - 1].end <= 1 && this.particlesBeforeName(k)) return true;
    if (!isNameWord(next) || next.start - this.tokens[k - 1].end > 1) return false;
    // "J.-P. Le Guennec": a capitalised article glued to the family name belongs to it.
    const nameArticle = (next.folded === 'le' || next.folded === 'la') && isNameWord(this.tokens[k + 1]) && !isWordOf(this.tokens[k + 1], WordClass.Function);
    return !isWordOf(next, WordClass.Function) || nameArticle;
  }

  /**
   * "The Minister for Rural Renewal, Mr X", "Commissioner for Information", "the Minister of
   * Water Affairs": the capitalised words after an English title and "for" (a minister's "of")
   * name its remit, whatever they are. Returns
   * the end of that run, or `i` when there is none.
   */
  private portfolioAfterFor(i: number): number {
    // Asked of every capitalised token: the language first, and no array destructured (it was
    // built on each call, 1 MB of garbage per megabyte of text).
    if (this.lang !== 'en') return i;
    const forWord = this.tokens[i - 1];
    const title = this.tokens[i - 2];
    // ("The Minister of Mineral Resources and Water Affairs, Mr X": a minister's "of" too; not a
    // governor's or a mayor's, which leads to a place, "Governor of Lagos State".)
    const remitWord = forWord?.text === 'for' || (forWord?.text === 'of' && MINISTER_TITLES.has(title?.folded ?? ''));
    if (!remitWord || !title?.capitalised || this.titleEndingAt(i - 2) === 0 || this.constituencyMemberBefore(i)) return i;
    let j = i;
    // A first name after the remit starts the minister's name: "Minister for Trade John Hale".
    while (isNameWord(this.tokens[j]) && !this.claimed[j] && onlySpacesBetween(this.text, this.tokens[j - 1], this.tokens[j]) && !(j > i && isWordOf(this.tokens[j], WordClass.FirstName))) {
      j++;
      // "Minister for Trade and Industry": "and" between two capitalised words of the remit.
      if (this.tokens[j]?.text === 'and' && isNameWord(this.tokens[j + 1])) j++;
    }
    return j;
  }

  /** "ministre de l'Intérieur", "secrétaire américain à la Défense", "Secretary of State". */
  private isPortfolio(i: number): boolean {
    if (!PORTFOLIO_WORDS.has(this.tokens[i].folded)) return false;
    for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
      const tok = this.tokens[k];
      if (tok.kind !== 'word') return false;
      if (isWordOf(tok, WordClass.TitleWord)) return true;
    }
    return false;
  }

  /**
   * Index of the token that continues the name ending before `j`, or -1. A capitalised word
   * continues it; a particle continues it when a capitalised word follows.
   */
  private nextNameToken(j: number, chunkStart: number): number {
    const { tokens, text } = this;
    const prev = tokens[j - 1];
    const tok = tokens[j];
    if (!tok || this.claimed[j] || !onlySpacesBetween(text, prev, tok)) return -1;
    // "St. John's", "St Mary's Hospital": a saint's abbreviation, then the saint's possessive.
    if (this.saintNameGoesOn(j, chunkStart)) return j;
    const afterInitial = prev.text === '.' && this.isInitialAt(j - 2);
    if (tok.sentenceStart && !afterInitial) return -1;
    if (this.titleIntroducesName(j)) return -1;
    if (this.headlineVerbAt(j)) return -1;
    if ((isNameWord(tok) && !isWordOf(tok, WordClass.Function)) || isGluedParticleName(tok)) return j;
    // "Bernadette Ní Fhloinn", "Máire Uí Bhriain": the Irish particles of a woman's name (the
    // accent tells "Ní" from French "ni") between a name and its capitalised family name.
    if (IRISH_FEMININE_PARTICLES.has(tok.text) && j > chunkStart && isNameWord(tokens[j + 1]) && tokens[j + 1].capitalised && onlySpacesBetween(text, tok, tokens[j + 1])) return j + 1;
    // "Vireval SA", "Harlow & Vane Theatres plc": a legal form closes the name, though "SA" is
    // also the French "sa" and "plc" is in lowercase (not in a line of capitals: "ET SA FEMME").
    if (j > chunkStart && gazetteer.isLegalForm(tok.text) && !this.onCapitalsLine[j] && !this.southAustraliaAfterTown(j, chunkStart)) return j;
    // "Jules Moens et Cie", "Dodd and Co.": the partners a firm's name leaves unnamed.
    if (isCoordinator(tok) && (tokens[j + 1]?.text === 'Cie' || tokens[j + 1]?.text === 'Co') && onlySpacesBetween(text, tok, tokens[j + 1])) return j + 1;
    // "Norma J. Kettering": a middle initial, though "j", "a", "m" are elided function words too.
    if (this.isInitialAt(j) && !(this.lang === 'fr' && tok.text === 'M')) return j;
    const folded = tok.folded;
    if (folded === 'and' && ((this.andJoinsBodyName(j, chunkStart) && !this.closesEnumeration(chunkStart)) || this.andJoinsRemit(j, chunkStart))) return j + 1;
    // "Western Holdings, Limited", "Six Companies, Inc.": older firms set their legal form off
    // with a comma (not after a first name, a person's: "Ann Reed, Inc. magazine's editor").
    if (tok.text === ',' && COMMA_LEGAL_FORMS.has(tokens[j + 1]?.text ?? '') && onlySpacesBetween(text, tok, tokens[j + 1]) && !isWordOf(tokens[chunkStart], WordClass.FirstName)) return j + 1;
    if (tok.text === ',') return this.remitListLast(j, chunkStart);
    // "Whitlock & Farrow", "Kestrel Wire & Cable Co.": the ampersand of a firm's name.
    if (tok.text === '&' && isNameWord(tokens[j + 1]) && !this.claimed[j + 1] && onlySpacesBetween(text, tok, tokens[j + 1])) return j + 1;
    if (this.pluralPossessiveInBodyName(j) || this.commonPossessorInBodyName(j) || this.possessiveInPlaceName(j)) return j + 1;
    if (!isWordOf(tok, WordClass.Particle) && !(isNameWord(tok) && ['le', 'la', 'les', 'the'].includes(folded))) return -1;
    // A particle must be followed by a name word ("de Gaulle", "von der Leyen").
    let k = j + 1;
    while (tokens[k] && isWordOf(tokens[k], WordClass.Particle) && k < j + 3) k++;
    const after = tokens[k];
    // ("Conseil de la République", "Conseil de la Nation": a few nouns are function words alone, names once capitalised.)
    if (!isNameWord(after) || this.claimed[k] || (isWordOf(after, WordClass.Function) && !NAMEABLE_NOUNS.has(after.folded))) return -1;
    // "Yann Le Bihan", "Marine Le Pen": a capitalised article inside a name is part of it.
    const capitalArticle = tok.capitalised && (folded === 'le' || folded === 'la');
    // (In English only "of" is a preposition: "said Martijn de Vries", "Maritza Ochoa de Berrío".)
    const foreignParticle = this.lang === 'en' && folded !== 'of';
    if (PREPOSITION_PARTICLES.has(folded) && !capitalArticle && !foreignParticle && !this.prepositionJoins(j) && !this.afterHonorific(chunkStart)) return -1;
    // "Professor Edwin Church of Bristol University", "Alan Hall of Truro": a first name and a
    // place's head word are a person's name, and "of" says where they come from.
    if (folded === 'of' && j - chunkStart === 2 && isWordOf(tokens[chunkStart], WordClass.FirstName) && !isWordOf(prev, WordClass.OrgHeadWord | WordClass.FirstName)) return -1;
    return k;
  }

  /** "Port Augusta SA", "Mount Gambier SA": in English, "SA" after a town is South Australia, no legal form. */
  private southAustraliaAfterTown(j: number, chunkStart: number): boolean {
    const { tokens } = this;
    return this.lang === 'en' && tokens[j].text === 'SA' && (isWordOf(tokens[chunkStart], WordClass.PlaceHeadWord) || gazetteer.lookupTown(tokens[j - 1].text) !== undefined);
  }

  /**
   * Inside "St. John's" and "St Mary's Hospital", whose chunk opens at `chunkStart`: the period of
   * the saint's abbreviation, and the possessive after the saint's name (English names a parish, a
   * town or a hospital after the saint's church), which a possessor's name would end.
   */
  private saintNameGoesOn(j: number, chunkStart: number): boolean {
    const { tokens } = this;
    const saint = tokens[chunkStart];
    if (this.lang !== 'en') return false;
    // "Mount St. Helens", "Fort St. John", "Lake St. Clair": the saint's period inside a place
    // named after its head word (not a street's "Main St." before the next sentence).
    if (j >= chunkStart + 2 && tokens[j].text === '.' && this.saintAfterPlaceHead(j - 1)) return true;
    if (!SAINT_WORDS.has(saint.text)) return false;
    if (j === chunkStart + 1) return tokens[j].text === '.' && saint.text !== 'Saint' && isNameWord(tokenAt(tokens, j + 1));
    const nameAt = tokens[chunkStart + 1].text === '.' ? chunkStart + 2 : chunkStart + 1;
    return j === nameAt + 1 && isPossessiveMark(tokens[j]) && tokens[j].start === tokens[nameAt].end;
  }

  /** "St" or "Ste" at i, after a place's head word ("Mount", "Fort") and before the saint's name, its period between. */
  private saintAfterPlaceHead(i: number): boolean {
    const { tokens } = this;
    const saint = tokens[i];
    return (saint.text === 'St' || saint.text === 'Ste') && tokens[i + 1].start === saint.end && isWordOf(tokens[i - 1], WordClass.PlaceHeadWord)
      && isNameWord(tokenAt(tokens, i + 2)) && tokens[i + 2].capitalised;
  }

  /**
   * "Teachers' Union", "Glenmore Growers’ Association", "British Workers’ Sports Federation",
   * "Merchants’ National Bank": the apostrophe of a plural possessive inside an English body's
   * name, glued to the plural and followed by capitalised words (three at most) that end on the
   * body's head word.
   */
  private pluralPossessiveInBodyName(j: number): boolean {
    const { tokens } = this;
    const mark = tokens[j];
    const plural = tokens[j - 1];
    if (this.lang !== 'en' || (mark.text !== "'" && mark.text !== '’') || mark.start !== plural.end || !plural.text.endsWith('s')) return false;
    for (let k = j + 1; k <= j + 3; k++) {
      const word = tokens[k];
      if (!isNameWord(word) || !word.capitalised || this.claimed[k] || !onlySpacesBetween(this.text, tokens[k - 1], word)) return false;
      if (isWordOf(word, WordClass.OrgHeadWord)) return true;
    }
    return false;
  }

  /**
   * "People's National Party", "Women's Institute", "Children's Hospital", "King's College",
   * "the Warden's Court", "Queen's Park": the possessive of a capitalised plural without "s" or of
   * a title joins the name of a body or a place that ends on its head word ("the Men's Final",
   * "Women's Rights activists" are no bodies; a person's possessive is no part of a body's name:
   * "Trump's Justice Department").
   */
  private commonPossessorInBodyName(j: number): boolean {
    const { tokens } = this;
    const mark = tokens[j];
    const possessor = tokens[j - 1];
    if (this.lang !== 'en' || !isPossessiveMark(mark) || !possessor?.capitalised || mark.start !== possessor.end) return false;
    const title = isWordOf(possessor, WordClass.TitleWord);
    if (!title && !IRREGULAR_PLURALS.has(possessor.folded)) return false;
    // The name words after it end on a body's head word, and hold no title ("Children's Commissioner X").
    let k = j + 1;
    while (k < j + 5 && isNameWord(tokens[k]) && tokens[k].capitalised && !this.claimed[k] && !isWordOf(tokens[k], WordClass.TitleWord) && onlySpacesBetween(this.text, tokens[k - 1], tokens[k])) k++;
    return k > j + 1 && isWordOf(tokens[k - 1], title ? WordClass.OrgHeadWord | WordClass.PlaceHeadWord : WordClass.OrgHeadWord);
  }


  /**
   * "Hawke's Bay", "Martha's Vineyard Island", "Smith's Creek": English names a bay, a point or a
   * creek after someone, with a possessive, when the head word follows it; not after a place the
   * lists know ("Britain's Lake District" is the district) nor in a line of capitals.
   */
  private possessiveInPlaceName(j: number): boolean {
    const { tokens } = this;
    const mark = tokens[j];
    const possessor = tokens[j - 1];
    const head = tokens[j + 1];
    // ("St James’ Park", "St Thomas’ Hospital": a name in "s" may take the apostrophe alone.)
    const bareApostrophe = (mark?.text === "'" || mark?.text === '’') && /s$/.test(possessor?.text ?? '');
    if (this.lang !== 'en' || !(isPossessiveMark(mark) || bareApostrophe) || !possessor?.capitalised || mark.start !== possessor.end || this.onCapitalsLine[j]) return false;
    // ("Grey's Hospital", "Guy's Infirmary": a hospital too is named after its founder.)
    // ("Nelson's Column", "Hadrian's Wall", "Copp's Hill", "Land's End": a monument, a work or a
    // rise named after someone takes words no place's name ends on otherwise.)
    const headWord = isWordOf(head, WordClass.PlaceHeadWord) || HOSPITAL_HEADS.has(head?.folded ?? '') || POSSESSIVE_PLACE_NOUNS.has(head?.folded ?? '');
    if (!head?.capitalised || !headWord || !onlySpacesBetween(this.text, mark, head) || this.claimed[j + 1]) return false;
    if (gazetteer.lookupName(possessor.text) !== undefined || gazetteer.lookupTown(possessor.text) !== undefined) return false;
    const after = tokens[j + 2];
    // (Review: a person's possessive before a place named on its own: "Croft's Lake Tahoe home",
    // "Mike's Hall of Fame induction", "Pruitt's Bay Area campaign". A given name that opens none
    // of the article's names, before a head that ends the name, is a founder's: "Guy's Hospital",
    // "Anderson's Quay".)
    const founder = !(isNameWord(after) && after.capitalised) && !this.firstWordsOfNames().has(possessor.folded);
    if ((isWordOf(possessor, WordClass.FirstName) && !founder) || this.lastWordsOfNames().has(possessor.folded)) return false;
    return !(isNameWord(after) && gazetteer.lookupName(`${head.text} ${after.text}`) !== undefined) && !OF_PREPOSITIONS.has(after?.folded ?? '');
  }

  /**
   * "Hewlett-Packard Co, Dell and Apple Inc.": a name after a comma that closes a firm's or a
   * body's name is one more item of a list of them, and its "and" brings the last ("Marks and
   * Spencer" has no comma; "In London, Marks and Spencer" no body before it).
   */
  private closesEnumeration(chunkStart: number): boolean {
    if (this.tokens[chunkStart - 1]?.text !== ',') return false;
    const last = this.tokens[chunkStart - 2]?.text === '.' ? this.tokens[chunkStart - 3] : this.tokens[chunkStart - 2];
    return !!last && last.capitalised && (gazetteer.isLegalForm(last.text) || isWordOf(last, WordClass.OrgHeadWord));
  }

  /**
   * "Competition and Markets Authority", "House Energy and Commerce Committee", "Food and Drug
   * Administration": "and" inside an English body's name, known because the capitalised words
   * after it end with an organisation's head word.
   */
  private andJoinsBodyName(j: number, chunkStart: number): boolean {
    const { tokens } = this;
    if (this.lang !== 'en' || !tokens[j].lowercase) return false;
    // "Siemens AG and Boeing Co.": a legal form closed the first firm's name; a firm the lists
    // know opens the second.
    const before = tokens[j - 1]?.text === '.' ? tokens[j - 2] : tokens[j - 1];
    if ((before && gazetteer.isLegalForm(before.text)) || gazetteer.lookupName(tokens[j + 1]?.text ?? '')?.type === 'ORG') return false;
    let k = j + 1;
    for (;;) {
      if (k < j + 5 && isNameWord(tokens[k]) && !this.claimed[k] && onlySpacesBetween(this.text, tokens[k - 1], tokens[k]) && !isWordOf(tokens[k], WordClass.Function)) k++;
      else if (k > j + 1 && tokens[k] && this.pluralPossessiveInBodyName(k)) k++; // "General Workers’ Union"
      else break;
    }
    // ("Marks and Spencer plc": a legal form in lowercase closes the name too, after one word
    // only: "Johnson Matthey and Anglo American plc" are two firms.)
    // ("the Rose and Crown Inn", "the Crown and Anchor Hotel": an inn's name joins two signs.)
    if (k === j + 1 || this.twoBodiesAroundAnd(j, k, chunkStart)) return false;
    return (isWordOf(tokens[k - 1], WordClass.OrgHeadWord) || INN_HEADS.has(tokens[k - 1].folded) || (j - chunkStart === 1 && gazetteer.isLegalForm(tokens[k]?.text ?? '')));
  }

  /**
   * The names on either side of "and" (at j; the second ends before k) are each whole: "Central
   * State University and Wilberforce University" (one head word closes both; a name does not
   * repeat its own), "CTV and Pyne Gould Corporation" (an acronym alone is a whole name, and
   * the second has its own head).
   */
  private twoBodiesAroundAnd(j: number, k: number, chunkStart: number): boolean {
    const { tokens } = this;
    const head = tokens[k - 1];
    if (isWordOf(tokens[j - 1], WordClass.OrgHeadWord) && tokens[j - 1].folded === head.folded) return true;
    return j - chunkStart === 1 && isAcronym(tokens[chunkStart].text) && k - j > 2 && isWordOf(head, WordClass.OrgHeadWord);
  }

  /**
   * "Department of Science and Technology", "Association of Cities and Towns": after an
   * organisation's head and "of", "and" joins a second remit of one or two plain capitalised
   * words (no first name, title or listed place: "Ministry of Defence and Britain's allies" is
   * two things) that end the name.
   */
  private andJoinsRemit(j: number, chunkStart: number): boolean {
    const { tokens } = this;
    if (this.lang !== 'en' || !tokens[j].lowercase || !this.hasRemitBefore(chunkStart, j)) return false;
    let k = j + 1;
    while (k < j + 3 && isNameWord(tokens[k]) && tokens[k].capitalised && !this.claimed[k] && onlySpacesBetween(this.text, tokens[k - 1], tokens[k])) {
      if (!this.isPlainRemitWord(k)) return false;
      k++;
    }
    const after = tokens[k];
    return k > j + 1 && !(isNameWord(after) && after.capitalised) && !isPossessiveMark(after);
  }

  /** Between `from` and `to`: an organisation's head word followed by "of" ("Department of"), or by "for" if `orFor`. */
  private hasRemitBefore(from: number, to: number, orFor = false): boolean {
    for (let k = from; k + 1 < to; k++) {
      const preposition = this.tokens[k + 1].folded;
      if (isWordOf(this.tokens[k], WordClass.OrgHeadWord) && (preposition === 'of' || (orFor && preposition === 'for'))) return true;
    }
    return false;
  }

  /**
   * "Ministry of Agriculture, Fisheries and Food", "Department for Digital, Culture, Media and
   * Sport": after an English body's head and "of" or "for", the comma at j opens a list of
   * one-word remits that "and" closes, and the whole list is the body's name. Index of the
   * list's last word, or -1. Every remit is a plain capitalised word, no first name, title,
   * acronym or name the lists know ("the Ministry of Defence, Rolls-Royce and BAE Systems" are
   * three bodies), and no name goes on after the last ("and Food Standards Agency" is another).
   */
  private remitListLast(j: number, chunkStart: number): number {
    const { tokens, text } = this;
    // ("Department for Digital": the chunk that "for" leaves open joins its head later.)
    if (this.lang !== 'en' || !this.hasRemitBefore(Math.max(0, chunkStart - 2), j, true)) return -1;
    for (let k = j; k < j + 10; k += 2) {
      const separator = tokens[k];
      if (!this.isPlainRemitWord(k + 1) || !onlySpacesBetween(text, separator, tokens[k + 1])) return -1;
      if (separator.folded === 'and') return isNameWord(tokens[k + 2]) && onlySpacesBetween(text, tokens[k + 1], tokens[k + 2]) ? -1 : k + 1;
      const next = tokens[k + 2];
      if (!next || (next.text !== ',' && next.folded !== 'and') || !onlySpacesBetween(text, tokens[k + 1], next)) return -1;
    }
    return -1;
  }

  /** Token k is a capitalised word that can name a remit: "Fisheries", "Sport" (not "Rolls-Royce", "BAE", "John"; see andJoinsRemit and remitListLast). */
  private isPlainRemitWord(k: number): boolean {
    const tok = this.tokens[k];
    if (!isNameWord(tok) || !tok.capitalised || this.claimed[k] || isAcronym(tok.text)) return false;
    return !isWordOf(tok, WordClass.FirstName | WordClass.Function | WordClass.TitleWord) && !gazetteer.lookupName(tok.text);
  }

  /**
   * "Air" opening a chunk of two or three capitalised words, the last no head word of a body, a
   * place or an event ("Air Ministry", "Air Base", "Air Show" are left to their head word).
   */
  private namesAirline(chunk: Chunk, count: number): boolean {
    if (count < 2 || count > 3 || this.tokens[chunk.first].text !== 'Air' || this.onHeading[chunk.first]) return false;
    const second = this.tokens[chunk.first + 1];
    const last = this.lastWordToken(chunk);
    if (AIR_COMPOUND_NOUNS.has(second.folded) || isWordOf(second, WordClass.TitleWord)) return false;
    return !isWordOf(last, WordClass.OrgHeadWord | WordClass.PlaceHeadWord) && !EVENT_HEAD_WORDS.has(last.folded) && !LAST_ONLY_EVENT_HEADS.has(last.folded);
  }

  /**
   * "de"/"of" joins two names only inside a person's name after a first name ("Charles de
   * Gaulle") or an organisation name ("Banque de France", "Bank of England"); otherwise it is a
   * preposition between two entities ("Lula du Brésil").
   */
  private prepositionJoins(particleIndex: number): boolean {
    const before = this.tokens[particleIndex - 1];
    // "Nathalie Van de Velde", "Ana Da de Souza": after a capitalised particle too.
    return (
      isWordOf(before, WordClass.FirstName | WordClass.OrgHeadWord | WordClass.PlaceHeadWord) ||
      EVENT_HEAD_WORDS.has(before.folded) || (before.capitalised && isWordOf(before, WordClass.Particle))
    );
  }

  // --- pass 2: evidence -----------------------------------------------------------------

  /**
   * A sentence-opening chunk whose first word is a common word of the article (written in
   * lowercase elsewhere, no given name, title or head word) before a name the article writes
   * mid-sentence or the lists know: the chunk is cut to that name.
   */
  private commonWordOpensName(chunk: Chunk): boolean {
    const first = this.tokens[chunk.first];
    if (!chunk.weakStart || !this.lowercaseWords.has(first.folded) || isWordOf(first, WordClass.FirstName | WordClass.TitleWord | WordClass.OrgHeadWord | WordClass.PlaceHeadWord | WordClass.NameStart)) return false;
    // (Not a storm's or an event's word, "Tempête Alex", "Cyclone Pam"; nor a place's qualifier,
    // "Sport England", "Greater London": places take words before them as names.)
    if (STORM_WORDS.has(first.folded) || EVENT_HEAD_WORDS.has(first.folded)) return false;
    const rest = this.text.slice(this.tokens[chunk.first + 1].start, this.tokens[chunk.last - 1].end);
    const known = gazetteer.lookupName(rest);
    if (known?.type === 'LOC' || gazetteer.lookupTown(rest) !== undefined) return false;
    if (!known && !this.writtenMidSentence(rest, this.tokens[chunk.last - 1].end)) return false;
    this.resizeChunk(chunk, chunk.first + 1, chunk.last);
    return true;
  }

  /**
   * `name` is written again after offset `from`, after a lowercase word ("from CrowdStrike"),
   * within a story's length: a long text of many stories is not searched to its end for each.
   */
  private writtenMidSentence(name: string, from: number): boolean {
    const until = from + STORY_SEARCH_LENGTH;
    for (let at = this.text.indexOf(name, from); at >= 0 && at < until; at = this.text.indexOf(name, at + 1)) {
      const before = /(\p{Ll}+)\s+$/u.exec(this.text.slice(Math.max(0, at - 30), at));
      if (before) return true;
    }
    return false;
  }

  private gatherEvidence(chunk: Chunk): void {
    const { tokens } = this;
    const count = this.wordCount(chunk);
    const first = tokens[chunk.first];
    // "Faulty CrowdStrike update grounds flights": a sentence's first word that the article
    // writes in lowercase ("a faulty update") is no part of the name after it.
    if (count >= 2 && this.commonWordOpensName(chunk)) return this.gatherEvidence(chunk);
    // A known name starts with a word a known name can start with: most chunks stop there.
    const entry = isWordOf(first, WordClass.NameStart) ? gazetteer.lookupName(this.surface(chunk)) : undefined;
    if (entry && this.honouredKnownName(chunk.first, chunk.last - chunk.first, entry.type)) return settle(chunk, 'PER', 3);
    // "Mphatso Banda, a 34-year-old car guard": an age in apposition says a person, whatever
    // town or firm the words also name.
    // (Not a place or a body by its head word: "Ennis Hospital, a 90-year-old building".)
    if (count >= 2 && count <= 3 && this.lang === 'en' && this.ageInApposition(chunk.last) && !isWordOf(this.lastWordToken(chunk), WordClass.OrgHeadWord | WordClass.PlaceHeadWord)) return settle(chunk, 'PER', 3);
    if (count === 1 && !entry && isDemonymCompound(first.text)) return;
    if (this.lang === 'en' && first.text === 'Union' && this.namesUnionFlag(chunk, count)) return;
    if (count === 1 && this.lang === 'fr' && first.text === 'Conseil' && this.presidentOfTheCouncilAt(chunk.first)) return;
    // "Parti de la capitale jeudi, le train …": the past participle of "partir" opening a
    // sentence, before where from, is no party.
    if (count === 1 && this.lang === 'fr' && first.sentenceStart && DEPARTED_FORMS_FR.has(first.text) && PREPOSITIONS.has(tokens[chunk.last]?.folded ?? '')) return;
    if (entry) {
      chunk.id = entry.id;
      return settle(chunk, entry.type, 3);
    }
    // "à l'Hôtel de ville": the town hall, its capital on the building's word only.
    if (count === 1 && this.lang === 'fr' && this.townHallInLowercase(chunk)) {
      this.resizeChunk(chunk, chunk.first, chunk.last + 2);
      return settle(chunk, 'LOC', 2);
    }
    if (this.weakHeadOutsideItsFrame(chunk)) return;
    if (chunk.last - chunk.first >= 2 && this.qualifiedKnownBody(chunk)) return settle(chunk, 'ORG', 2);
    // "The Port Captain said": a post named by a place's head word is nobody's name either.
    if (isWordOf(first, WordClass.PlaceHeadWord) && this.postNamedByPlaceHead(chunk)) return;
    // "his Lordship said", "Her Majesty", "Your Excellency": a form of address stands for someone, names nobody.
    if (count === 1 && this.lang === 'en' && FORMS_OF_ADDRESS.has(first.folded)) return;
    if (this.namesStorm(chunk)) {
      // "la tempête Klaus", "l'ouragan Irma": French names the storm with its lowercase word.
      // (A one-word chunk is the name after that word: see namesStorm.)
      if (this.lang === 'fr' && chunk.last - chunk.first === 1) this.resizeChunk(chunk, chunk.first - 1, chunk.last);
      return settle(chunk, 'EVENT', 3);
    }
    // "the Kincade Fire", "last year's Camp Fire": a wildfire named after where it started.
    if (this.namesWildfire(chunk)) return settle(chunk, 'EVENT', 2);
    if (count === 1 && this.loneEventHead(chunk)) return settle(chunk, 'EVENT', 2);
    if (this.paperUnderByline(chunk)) return settle(chunk, 'ORG', 2);
    if (count === 1 && this.namesEnglishPaper(chunk)) return settle(chunk, 'ORG', 2);
    if (count <= 3 && this.toldTitledName(chunk)) return settle(chunk, 'ORG', 2);
    if (count >= 2 && count <= 4 && this.namedInCredit(chunk)) return settle(chunk, 'PER', 2);
    // "By Our Staff Reporter", "Highlands and Islands Correspondent": a newsroom's job, nobody's name.
    if (count >= 2 && NEWSROOM_JOBS.has(this.lastWordToken(chunk).folded) && !isWordOf(first, WordClass.FirstName)) return;
    // "the steamer Kilchurn Castle", "le porte-avions Carl Vinson", "the MV Isle of Lewis": a ship.
    if (this.namesShip(chunk)) return;
    // "the Public Dance Halls Act", "le Code pénal": a law is a text, no entity.
    if (this.namesLaw(chunk)) return;
    // "Météo-France", "Radio-Lausanne", "Hydro-Québec": a service's word glued to the place it
    // serves; "Nice-Matin", "France-Soir": a paper's edition glued to its place or word.
    // "Safaricom", "Vodacom", "Orascom": a firm's coined name on "-com" (not a fair's, "Telecom
    // 91", nor a given name, "Malcom").
    const coinedCom = COINED_COM_NAME.test(first.text) && this.tokens[chunk.last]?.kind !== 'number' && !isWordOf(first, WordClass.FirstName) && !this.titleBefore(chunk.first);
    if (count === 1 && (ORG_PREFIXED_PLACE.test(first.text) || PAPER_SUFFIXED_NAME.test(first.text) || coinedCom)) return settle(chunk, 'ORG', 3);
    // "Air Austral", "Air Niugini", "Air Tahiti Nui": an airline is "Air" and its name.
    if (this.namesAirline(chunk, count)) return settle(chunk, 'ORG', 3);
    // "le Jura-Sud", "Marseille-Nord", "Leeds North-East": a known place and a point of the compass.
    // (Not after a body's noun: "la société Rhône-Centre", "le centre hospitalier Lyon-Sud".)
    if (count === 1 && this.compassPartOfPlace(first.text) && this.afterArticleOrPreposition(chunk.first)) return settle(chunk, 'LOC', 2);
    // "the North Side", "the West Country", "the North-East": a quarter named by the compass.
    if (count <= 3 && this.lang === 'en' && this.namesCompassQuarter(chunk)) return settle(chunk, 'LOC', 2);
    if (count === 1 && this.lang === 'fr' && GRAND_STREET.test(first.text)) return settle(chunk, 'LOC', 2);
    if (count === 1 && this.lang === 'fr' && this.leavesTown(chunk.first)) return;
    if (count === 1 && this.isGroupWord(chunk)) return;
    // "le bras financier de la Région", "le directeur général de la Ville": French capitalises
    // these nouns, after their article, for the council that runs the place.
    // (Not before an adjective, "la Région parisienne", "la Province orientale": a place.)
    if (count === 1 && this.lang === 'fr' && FRENCH_ADMINISTRATION_NOUNS.has(first.folded) && !first.sentenceStart && this.frenchDefiniteArticleBefore(chunk.first) && !this.isFrenchAdjective(chunk.last)) return settle(chunk, 'ORG', 3);
    // "Neighbors have complained", "Forecasters said": a plural noun for people opening a sentence.
    if (count === 1 && this.opensOnPluralNoun(chunk)) return;
    // "les Anglais", "des Bastiais", "aux Marseillais": a people or a town's inhabitants, in the
    // plural after the article, are no entity.
    if (count === 1 && this.lang === 'fr' && this.pluralInhabitants(chunk.first)) return;
    // "she told them in Tagalog", "through the medium of Welsh": a language, no place.
    if (count === 1 && this.namesLanguage(chunk)) return;
    // "the Killarney road", "the Dubbo saleyards": a name that places the noun after it (not one
    // shaped like a nationality: "the Iranian border").
    if (count === 1 && this.placesNounAfter(chunk)) {
      if (OWN_HEAD_LAND_NOUNS.has(tokens[chunk.last].folded)) this.takeInNextWord(chunk);
      return settle(chunk, 'LOC', 2);
    }
    // "swept Kearney county in 1874", "came to Rooks county": with no article too, a lowercase
    // county's or river's noun after one name is that place's own.
    if (count === 1 && this.namesCountyWithoutArticle(chunk)) {
      this.takeInNextWord(chunk);
      return settle(chunk, 'LOC', 2);
    }
    // "POLICE FIRE ON CROWD", "CITY SHOPS LOOTED", "LES ENTREPÔTS SE VIDENT": on a line in
    // capitals the chunker runs words together that name nothing, and a head word among them
    // proves nothing. Only a dateline and a first name still count; the names the story writes
    // below are found there afterwards (findArticleNamesOnCapitalLines).
    if (this.onCapitalsLine[chunk.first] && this.isShoutedChunk(chunk)) return this.shoutedEvidence(chunk, count);
    if (this.numberedName(chunk)) return;
    // "Rowan & Baird (Limited)": a legal form alone is the tail of a name, no entity.
    if (count === 1 && gazetteer.isLegalForm(first.text)) return;
    // "the pride of South African science": a compass word and a nationality before a noun.
    if (count === 2 && this.lang === 'en' && COMPASS_WORDS.test(first.folded) && looksLikeDemonym(this.lastWordToken(chunk).text) && this.tokens[chunk.last]?.lowercase) return;
    // "Belmullet, Co Mayo": an Irish county before its name (the legal form closes a name, never
    // opens one).
    if (this.lang === 'en' && count >= 2 && first.text === 'Co' && this.tokens[chunk.first + 1]?.folded !== 'op') return settle(chunk, 'LOC', 2);
    // An ampersand joins the partners of a firm ("Procter & Gamble"), whoever they were.
    if (count >= 2 && this.hasAmpersand(chunk)) return settle(chunk, 'ORG', 2);
    if (count <= 4 && this.affiliationInBrackets(chunk, count)) {
      if (this.namesTown(chunk, 2)) return;
      // One plain word there is as often a nickname ("Eddie Walsh (Spike)"), a subject or a small
      // town no list holds ("Mary Dunphy (Ballyragget)"); a constituency ends on a point of the
      // compass ("Carmarthen East"). A hyphenated word or a name of two words is a team's or a
      // party's.
      const plain = count === 1 ? !first.text.includes('-') : COMPASS_WORDS.test(this.lastWordToken(chunk).folded);
      if (!plain) return settle(chunk, 'ORG', 2);
    }
    const last = this.lastWordToken(chunk);
    // "London Stock Exchange", "Paul Smith Ltd": an organisation's closing word outweighs a
    // first name ("London" is one too), unless the name is only a first name and that word
    // ("Margaret Court").
    // ("the Commons Chamber", "the Burial Chamber": a chamber with no "of" after it is a room,
    // not the "Chamber of Commerce".)
    const room = last.folded === 'chamber' && tokens[chunk.last]?.folded !== 'of';
    // ("Rodez Aveyron Football", "Limoges Handball": a French club's name ends on its sport.)
    const clubSport = this.lang === 'fr' && CLUB_SPORTS_FR.has(last.folded);
    // "Queensland Health", "Ontario Hydro", "Thames Water": a place the lists know, then the
    // public service it runs or is run for, is that service's body, no person.
    // ("Marseille Habitat", "Nantes Métropole": French names its towns' public bodies so too.)
    if (count === 2 && PUBLIC_SERVICE_WORDS[this.lang].has(last.folded) && gazetteer.lookupName(first.text)?.type === 'LOC') return settle(chunk, 'ORG', 2);
    // ("the Palace of Engineering", "the Hall of Industries": a place's head and "of" open an
    // exhibition's hall, whatever trade closes its name.)
    const hallOfTrade = isWordOf(first, WordClass.PlaceHeadWord) && tokens[chunk.first + 1]?.folded === 'of';
    const closesBody = (isWordOf(last, WordClass.OrgHeadWord) && !room) || ((ORG_NAME_ENDINGS.has(last.folded) || FIRM_TRADE_ENDINGS.has(last.folded)) && !hallOfTrade) || clubSport || this.namesDenomination(chunk);
    // ("Edison Co.", "Harvey Ltd": a legal form closes a firm's name whatever first name opens it.)
    const legalForm = gazetteer.isLegalForm(last.text);
    const neverFamilyName = count === 2 && this.lang === 'en' && gazetteer.isHeadWordNeverFamilyName(last.text);
    // ("RAF Regiment": a first name in capitals, "Raf", is an air arm's initials.)
    const givenName = isWordOf(first, WordClass.FirstName) && !isAcronym(first.text);
    if (count >= 2 && (closesBody || legalForm) && (count >= 3 || !givenName || neverFamilyName || legalForm)) return settle(chunk, 'ORG', 2);
    // "RAF Chivenor", "R.A.F. Gatow", "RNAS Culdrose": an air arm's initials before a place name
    // an air station (not "the RAF Regiment", which closes on a body's head).
    if (count >= 2 && this.lang === 'en' && AIR_STATION_PREFIX.test(this.surface(chunk)) && !isWordOf(last, WordClass.OrgHeadWord)) return settle(chunk, 'LOC', 2);
    if (count >= 2 && count <= 3 && this.lang === 'en' && this.placeThenCommonNouns(chunk)) return settle(chunk, 'ORG', 2);
    // "The Kwara State Government", "the Scottish Government": a government by its name is a
    // body ("the Government" alone is the common noun; see namedGovernment).
    if (count >= 2 && this.lang === 'en' && last.folded === 'government' && this.namedGovernment(chunk)) return settle(chunk, 'ORG', 2);
    // "St. John's", "St Mary's": a saint's possessive names a parish, a town, a church.
    if (this.lang === 'en' && SAINT_WORDS.has(first.text) && isPossessiveMark(tokens[chunk.last - 1])) return settle(chunk, 'LOC', 2);
    // "le Pays-d'Enhaut", "du Pays-de-Gex", "Val-d'Isère": a place's head, capitalised, and its
    // complement joined by hyphens is one place's name (not "Jean-de-Dieu": a given name opens it).
    if (count === 1 && this.lang === 'fr' && this.hyphenatedPlaceName(first)) return settle(chunk, 'LOC', 2);
    // "beside Hadrian's Wall", "Nelson's Column": a possessive and a monument's noun (see possessiveInPlaceName).
    if (this.lang === 'en' && chunk.last - chunk.first >= 3 && isPossessiveMark(tokens[chunk.last - 2]) && POSSESSIVE_PLACE_NOUNS.has(last.folded)) return settle(chunk, 'LOC', 2);
    // "Lorne County", "Victoria River": a place head that is nobody's family name.
    if (neverFamilyName && isWordOf(last, WordClass.PlaceHeadWord)) return settle(chunk, 'LOC', 2);
    // "at Moses Gate", "across Washington Place": a given name before a place's head word that is
    // seldom a family name names the place where a preposition of place puts it on the map; a head
    // that is rarely one, after a town's name that is also a given name, takes any preposition a
    // town takes ("to London Bridge", "towards Craig Pier"). "shouted at Barry Park", "from Jack
    // Hall", "Mr. Austin Hall" stay people; after "the", see below.
    if (count === 2 && this.lang === 'en' && isWordOf(last, WordClass.PlaceHeadWord) && !COMMON_FAMILY_NAME_HEADS.has(last.folded) && isWordOf(first, WordClass.FirstName) &&
      (this.placedByPreposition(chunk.first) || (RARE_FAMILY_NAME_HEADS.has(last.folded) && this.townPrepositionBefore(chunk.first) && isPlaceName(first.text)))) return settle(chunk, 'LOC', 2);
    // "a guard at the Elza Gate", "the Grace Church": English puts no article before a person's
    // name, so a first name and a place's head word after "the" name the place ("Charlotte
    // Church" without one stays a person; "the Martin Church case" is his). (Not after "at" or
    // "in" alone: "shouted at Barry Park", "faith in Roger Hall" are people.)
    if (count === 2 && this.lang === 'en' && isWordOf(last, WordClass.PlaceHeadWord) && this.definiteArticleBefore(chunk.first) && !this.attributiveNounAfter(chunk)) return settle(chunk, 'LOC', 2);
    // "the Doug Walters Stand": a place named after a person ends with its head word, which
    // outweighs a body's word inside ("the Vehicle Assembly Building").
    if (count >= 3 && this.lang === 'en' && isWordOf(last, WordClass.PlaceHeadWord)) return settle(chunk, 'LOC', 2);
    // "Trinity College Dublin": an organisation's head inside a longer name, after a word that
    // is also a first name.
    if (count >= 3 && this.hasWordOf(chunk, WordClass.OrgHeadWord, 1)) return settle(chunk, 'ORG', 2);
    // "Prime Minister", "Chief Whip": a capitalised title alone names nobody.
    if (count >= 2 && this.titleEndingAt(chunk.last - 1) >= chunk.last - chunk.first) return;
    // "the Native Minister", "Oyo State Commissioner", "the Parliamentary Secretary": English names
    // an office by its remit and the officer's word last; with no name after it, it is nobody.
    // ("Tane Governor said", without the article, is a man.)
    // A remit that is a place ("the Oyo State Commissioner", "the Ulster County Sheriff") is that place.
    if (count >= 2 && this.lang === 'en' && OFFICER_WORDS.has(last.text) && !isWordOf(first, WordClass.FirstName) && this.definiteArticleBefore(chunk.first)) return this.placeBeforeOfficer(chunk);
    // "Coastal Renewal Minister Jane Roe": the words before a minister's title and its holder
    // are the remit, whatever they look like (a body keeps its name: "Tolvane President X",
    // "EPA Administrator Y", "Treasury Secretary Z").
    if (this.remitBeforeMinister(chunk)) return;
    // "The Grace Fellowship, which runs …": a name with "the" before it and "which" after it is a
    // body, whatever its first word looks like.
    if (this.lang === 'en' && this.definiteArticleBefore(chunk.first) && this.relativeAfter(chunk.last) === 'which') return settle(chunk, 'ORG', 2);
    if (this.namesTownOfPerson(chunk)) return settle(chunk, 'LOC', 3);
    // "the Austin-based startup", "Redmond, Washington-based Microsoft": where a firm is based.
    if (count <= 3 && this.lang === 'en' && this.placeOfCompound(chunk)) return settle(chunk, 'LOC', 2);
    // "Port Augusta"; "to Newton Abbot": a town's whole name outweighs the first name it opens on
    // only where a preposition of place puts it on the map ("Her husband, Newton Abbot," is a man).
    if (count >= 2 && count <= 3 && (!isWordOf(first, WordClass.FirstName) || this.townPrepositionBefore(chunk.first)) && this.namesTown(chunk, 2)) return;
    // "the Gold Coasters", "the Starlight Serenaders": a plural name after "the" is a team, a
    // band or a club, whatever its first word looks like.
    if (this.pluralNameAfterThe(chunk, count)) return settle(chunk, 'ORG', 2);
    // "Spencer Street", "Elizabeth Street", "George Road": English streets are named after people
    // (nobody's family name is "Street"; an honorific before it still makes a person).
    // (Not "la circonscription de François Ruffin", "a representative for Taylor Swift": people.)
    if (count <= 3 && !(count >= 2 && isWordOf(first, WordClass.FirstName)) && this.seatOrHomeNounBefore(chunk.first) && !this.possessiveAfter(chunk)) return settle(chunk, 'LOC', 2);
    // ("Lawrence Ave.": a street type shortened with its period, "Ave" being a given name too.)
    const streetAbbreviation = STREET_ABBREVIATIONS.includes(last.text) && tokens[chunk.last]?.text === '.';
    if (count >= 2 && this.lang === 'en' && (STREET_HEADS_AFTER_NAMES.has(last.folded) || streetAbbreviation) && !this.titleBefore(chunk.first) && !this.actsAsPerson(chunk)) return settle(chunk, 'LOC', 2);
    // "BATU GAJAH, June 14.": a dateline in capitals outweighs the first name it opens on, and
    // as strongly as a list would: "REGINA, July 24 -" makes a place of the headline's "Regina".
    // (Only a given name: a family name in capitals, "JONES, March 3, peacefully, Mary Jones", opens a death notice.)
    if (isAllCaps(first.text) && this.isDateline(chunk)) return settle(chunk, 'LOC', isWordOf(first, WordClass.FirstName) ? 3 : 2);
    // (A headline's line in capitals was read by shoutedEvidence above: "PIT INQUIRY TOLD".)
    // "At Wayne, where the mine has closed", "à Youri, où": a name after a preposition of place
    // and before ", where" is the place, whatever first name it shares.
    if (count <= 3 && this.whereAfter(chunk.last) && this.townPrepositionBefore(chunk.first) && !this.hasWordOf(chunk, WordClass.OrgHeadWord)) return settle(chunk, 'LOC', 2);
    // ("the Rose Deer mine", "The Stella Maris will pay": the press writes no person's name after
    // "the", save before what is named after one: "the Martin Church case".)
    if (count >= 2 && isWordOf(first, WordClass.FirstName) && (!this.definiteArticleBefore(chunk.first) || this.attributiveNounAfter(chunk))) return settle(chunk, 'PER', 3);
    // "le Raja", "à l'Olympia", "la Sava", "du Berry", "the Clyde": the press names no person
    // with an article.
    // "arrived from Lawrence", "the train to Jackson": a given name that is also a town of the
    // long list, where a verb or a noun of travel leads to it, is the town ("a letter from
    // Lawrence", "faith in Lawrence", "a parlé à Florence" are people).
    if (count === 1 && isWordOf(first, WordClass.FirstName) && this.travelBefore(chunk.first) && !this.possessiveAfter(chunk) && this.namesTown(chunk, 2)) return;
    // "pèlerins à Lourdes", "the Legislative Building in Regina": after "in", "near", "à" (not
    // after a verb that gives or tells: "a parlé à Florence"), or where a person comes from ("a
    // woman from Leland", homeOfPersonBefore), a given name that is a town of the long list and
    // opens none of the article's full names is the town.
    if (count === 1 && isWordOf(first, WordClass.FirstName) && (this.townAfterPlacePreposition(chunk) || this.homeOfPersonBefore(chunk.first))) {
      if (this.namesTown(chunk, 2)) return;
      // English puts no one "in" or "near" someone, and no one comes "from" someone: "the
      // Legislative Building in Regina" (but "faith in Mary", "interest in Paul": what one feels
      // in someone).
      if (this.lang === 'en' && !FEELINGS_IN_SOMEONE.has(this.tokens[chunk.first - 2]?.folded ?? '')) return settle(chunk, 'LOC', 2);
    }
    // "on Crawford street", "Washington street, which …": a lowercase street after a name is its head.
    if (count <= 2 && this.lang === 'en' && LOWERCASE_STREET_HEADS.has(tokens[chunk.last]?.text ?? '') && !this.actsAsPerson(chunk)) {
      this.takeInNextWord(chunk);
      return settle(chunk, 'LOC', 2);
    }
    if (count <= 2 && this.lang === 'en' && this.sharesPluralPlaceHead(chunk)) return settle(chunk, 'LOC', 2);
    // "la collaboration ATLAS", "Data from ALICE": a first name in capitals, in a line that is
    // not, is an acronym unless a person's context says otherwise (see acronymContext).
    if (count === 1 && isWordOf(first, WordClass.FirstName) && first.text.length >= 3 && isAcronym(first.text) && !this.isShouting(chunk.first) && this.acronymContext(chunk.first)) return settle(chunk, 'ORG', 2);
    // "a digger from the county of Clare", "the suburbs of Milton": a given name right after a
    // place's noun and "of" or "de" is that place's name.
    if (count === 1 && isWordOf(first, WordClass.FirstName) && this.placeNounOfBefore(chunk.first)) return settle(chunk, 'LOC', 2);
    if (count === 1 && isWordOf(first, WordClass.FirstName) && !chunk.weakStart && !this.singularArticleBefore(chunk.first)) return settle(chunk, 'PER', 2);
    // ("the General Strike": one word after a title that the article also writes in lowercase,
    // "the strike began", is a common noun in a name, no one's name.)
    if (count === 1 && this.titleBefore(chunk.first) && this.lowercaseWords.has(first.folded) && !isWordOf(first, WordClass.FirstName)) return;
    if (this.titleBefore(chunk.first) || this.appositionAfterRole(chunk.first)) return settle(chunk, 'PER', 3);
    // "Vive Doumergue !": a cheer before a name with no article cheers a person (a land takes
    // its article, "Vive la France", or is known to the lists).
    if (count <= 3 && this.cheerBefore(chunk.first)) return settle(chunk, 'PER', 2);
    // "The minister said Okonkwo had resigned": most often a person, but a firm too ("a
    // spokesman said Nestwell had filed"), so below the firm's own name (see addShortNames).
    if (count <= 3 && isWordOf(this.tokens[chunk.first - 1], WordClass.SpeechVerb) && this.titleEndingAt(chunk.first - 2) > 0) return settle(chunk, 'PER', 2);
    if (count <= 2 && this.nicknameBefore(chunk.first)) {
      const bearer = this.nicknameBearer(chunk.first);
      if (bearer) chunk.id = this.personKeyOf(bearer);
      return settle(chunk, 'PER', 2);
    }
    if (this.kinshipBefore(chunk.first)) return settle(chunk, 'PER', 2);
    // French sports copy only: in English "CS Lewis", "AJ Ayer" are initials.
    if (count >= 2 && this.lang === 'fr' && CLUB_PREFIXES.has(first.text)) return settle(chunk, 'ORG', 2);
    if (count >= 2 && isInitialised(this.chunkWords(chunk))) return settle(chunk, 'PER', 3);
    if (count >= 2 && this.hasEventHead(chunk)) return settle(chunk, 'EVENT', 2);
    // (A name ending with an organisation's word was settled above, "closesBody".)
    if (count === 1 && this.commonNounOpeningSentence(chunk)) return;
    // "the third Test", "the fourth Test, which starts …": a lowercase ordinal before one
    // capitalised word counts the instances of a thing (a match, a reading) and names none.
    if (count === 1 && this.lang === 'en' && ORDINAL_WORDS_EN.has(tokens[chunk.first - 1]?.text ?? '')) return;
    if (this.hasWordOf(chunk, WordClass.OrgHeadWord) && !room) return settle(chunk, 'ORG', 2);
    // "Greenpeace France", "Radio Canada": a name that ends with a country or city is a body
    // ("Northern California", "Greater Manchester", "Metro Manila", "Co Mayo" are parts of it).
    // ("Fort Yukon", "Lake Victoria", "Port Sudan": a place's head word before a place names a place.)
    const placeOfPlace = PLACE_QUALIFIERS.has(first.folded) || isWordOf(first, WordClass.PlaceHeadWord);
    if (count >= 2 && !isWordOf(first, WordClass.FirstName) && this.endsWithPlace(chunk)) return settle(chunk, placeOfPlace ? 'LOC' : 'ORG', 2);
    if (count >= 2 && isWordOf(first, WordClass.PlaceHeadWord) && !CLOSING_ONLY_PLACE_HEADS.has(first.folded)) return settle(chunk, 'LOC', 2);
    // English puts a place's head last: "Ohio River", "Eccles New Road", "Descartes Highlands".
    if (count >= 2 && this.lang === 'en' && isWordOf(last, WordClass.PlaceHeadWord)) return settle(chunk, 'LOC', 2);
    // "Porlock Hill", "Dunkery Beacon", "Wenlock Edge": a landform's word that is a family name
    // too ("Damon Hill", "Edward Heath") heads a place after a word that is no given name.
    // (Not a person the sentence shows: "Taraji Hill said", "Siobhan Heath, a nurse,".)
    if (count === 2 && this.lang === 'en' && LANDFORMS_ALSO_FAMILY_NAMES.has(last.folded) && !isWordOf(first, WordClass.FirstName) && !this.personCueAround(chunk) && !this.speechVerbAfter(chunk.last)) return settle(chunk, 'LOC', 2);
    // "le Grand Palais", "le Vieux Port", "le Petit Théâtre": French puts an adjective of size or
    // age before a place's head.
    if (count === 2 && this.lang === 'fr' && SIZE_AND_AGE_ADJECTIVES_FR.has(first.folded) && isWordOf(last, WordClass.LowercasePlaceHead)) return settle(chunk, 'LOC', 2);
    // "Harlan St.", "Dunmore Ave.": a street type shortened with its period closes a street's name
    // ("St" opening one is a saint, "Ave Maria" a prayer).
    if (count >= 2 && this.lang === 'en' && STREET_ABBREVIATIONS.includes(last.text) && this.tokens[chunk.last]?.text === '.') return settle(chunk, 'LOC', 2);
    if (this.isDateline(chunk) || (count <= 3 && this.constituencyMemberBefore(chunk.first))) return settle(chunk, 'LOC', 2);
    if ((this.cueBefore(chunk.first, ORG_CUE_NOUNS) && !this.placeOrTravelBefore(chunk.first) && !this.siteOfPlaceBefore(chunk.first)) || this.employerCueBefore(chunk.first) || this.sharesOf(chunk.first)) return settle(chunk, 'ORG', 2);
    if (this.companyNationalityBefore(chunk) || this.firmAfterMaison(chunk.first) || this.firmOfFactory(chunk)) return settle(chunk, 'ORG', 2);
    if (this.regionInBracketsAfter(chunk)) return settle(chunk, 'LOC', 2);
    // "le festival Rumba na Mboka", "the tournament X": the name of an event, right after the
    // noun ("le festival de Cannes" is in a town).
    // (French only: English writes "the Glastonbury festival", and "After the festival Smith went
    // home"; nor after a time's preposition: "Après le festival Dupont est rentré".)
    const eventCue = this.tokens[chunk.first - 1];
    const inTimePhrase = TIME_PREPOSITIONS.has(this.tokens[chunk.first - 3]?.folded ?? '');
    // ("la conférence Macron": a press conference is given by someone the article names.)
    const speakerOfConference = eventCue?.folded === 'conference' && (isWordOf(first, WordClass.FirstName) || this.lastWordsOfNames().has(first.folded));
    if (this.lang === 'fr' && isWordTok(eventCue) && eventCue.lowercase && EVENT_CUE_NOUNS.has(eventCue.folded) && !inTimePhrase && !speakerOfConference) return settle(chunk, 'EVENT', 2);
    if (this.lang === 'fr' && this.eventNamedAfterContractedArticle(chunk)) return settle(chunk, 'EVENT', 2);
    if (this.cueBefore(chunk.first, PLACE_CUE_NOUNS) || this.openingPlace(chunk)) return settle(chunk, 'LOC', 2);
    // "Kareeberg mayor X", "the Texas governor": a mayor's or a governor's name before the
    // title is the place they govern; any other title's, the body they serve.
    if (this.roleAfter(chunk.last)) {
      const title = isPossessiveMark(this.tokens[chunk.last]) ? chunk.last + 1 : chunk.last;
      return settle(chunk, JURISDICTION_TITLES.has(this.tokens[title]?.folded ?? '') ? 'LOC' : 'ORG', 2);
    }
    // "Estyn, the schools inspectorate,", "Nestwell, a startup that …", "Selon Beliris, organe
    // socialiste, …": a body described in apposition by the noun of a body.
    // (Not after a preposition of place: "à Tamines, le conseil d'administration a reconnu" opens
    // the sentence's subject after where it met.)
    if (!isWordOf(first, WordClass.FirstName) && !this.locativeBefore(chunk.first) && this.nounInApposition(chunk.last, 'ORG', chunk.first)) return settle(chunk, 'ORG', 2);
    // "Vanwyksvlei, a village in the Karoo", "Lutry, une commune vaudoise": a place.
    if (!isWordOf(first, WordClass.FirstName) && this.nounInApposition(chunk.last, 'LOC')) return settle(chunk, 'LOC', 2);
    // "COP26", "la COP15": a climate conference by its number. (Not "the ANC conference": the
    // acronym before an event's noun is most often the body that holds it.)
    if (count === 1 && /^COP\d{1,2}$/.test(first.text)) return settle(chunk, 'EVENT', 2);
    // "la RN21", "la RD934", "on I-94": a road's code, letters and number written as one word.
    if (count === 1 && ROAD_CODE.test(first.text)) return settle(chunk, 'LOC', 2);
    if (count === 1 && this.namesLetteredRoad(chunk)) return settle(chunk, 'LOC', 2);
    if (count === 1 && isAcronym(first.text) && !this.isShouting(chunk.first)) return settle(chunk, 'ORG', 2);
    if (count === 1 && isWordOf(first, WordClass.InnerCapital)) return settle(chunk, 'ORG', 2);
    if (first.folded === 'the' && count >= 2) return settle(chunk, 'ORG', 2);
    // "QUARRY INQUIRY HEARS": a headline in capitals gives its words no cue for a person.
    if (this.isShoutedChunk(chunk)) return;
    // "R4,500", "B52": a sum in a currency's letter or a model number is nobody.
    if (count === 1 && hasDigit(first.text)) return;
    if (count <= 3 && this.homeOfPersonBefore(chunk.first) && !this.bodyAfterHome(chunk)) return settle(chunk, 'LOC', 2);
    // "M. Walter Sprunger, de Tavannes,": French gives where one lives the same way, and a town
    // of the long list there is that town (a firm, "Jean Roux, de Michelin", is in no town list).
    if (count <= 3 && this.lang === 'fr' && this.frenchHomeOfPersonBefore(chunk.first) && this.namesTown(chunk, 2)) return;
    if (count <= 2 && this.interviewedBy(chunk.first)) return settle(chunk, 'ORG', 2);
    const relative = this.lang === 'en' ? this.relativeAfter(chunk.last) : undefined;
    // "A spokeswoman for Caledonian MacBrayne said", "un porte-parole de Romande Energie": a
    // spokesman speaks for a body, or for a person (see spokesmanSpeaksForBody).
    if (count <= 4 && relative !== 'who' && this.spokesmanBefore(chunk.first) && this.spokesmanSpeaksForBody(chunk)) return settle(chunk, 'ORG', 2);
    // ("Alyeska, for its part, is asking…": a thing's part is a body's.)
    // (Not "which" after a preposition of place or route: "chickens from Guangdong, which
    // supplies…", "the slopes above Kerumbara, which residents blame…" are places.)
    const bodyWhich = relative === 'which' && !this.locativeBefore(chunk.first) && !this.routeBefore(chunk);
    if (this.lang === 'en' && (this.speaksOfItself(chunk.last) || bodyWhich || this.forItsPart(chunk.last))) return settle(chunk, 'ORG', 2);
    // "un agriculteur de Castelbrac a dit": after "de", the name completes the noun that speaks.
    // "The Treasury said": the press names no person with "the" before one capitalised word.
    // ("Lifeguards said", "Officials say": a plural noun opening an English sentence was ruled out above.)
    const bodyWithArticle = count === 1 && (this.definiteArticleBefore(chunk.first) || this.commonNounsWithThe().has(first.folded));
    // "La Sonatrach a annoncé", "selon la Sogepa": French writes a body's name with its article,
    // a person's without; a lone name that speaks after "la", "le", "l'" is a body.
    // (Not "les Chamoniards appellent": the plural names a town's people.)
    const singularArticle = ['la', 'le', "l'"].includes(tokens[chunk.first - 1]?.folded ?? '');
    if (this.lang === 'fr' && bodyWithArticle && singularArticle && !first.sentenceStart && this.mayNameBody(chunk) && (this.firmVerbAfter(chunk.last) || (!isWordOf(first, WordClass.FirstName) && (this.speechVerbAfter(chunk.last) || this.accordingToBefore(chunk.first - 1))))) return settle(chunk, 'ORG', 2);
    // A name led by its capital article ("Le Petit Matin", "La Baie") is a paper's, a work's or a
    // place's, never a person's: a paper speaks, the rest waits for a list or a cue of place.
    const articleLed = this.lang === 'fr' && isCapitalArticle(first);
    if (articleLed && this.speechVerbAfter(chunk.last)) return settle(chunk, 'ORG', 1);
    // (A person named by a family name led by its article, "remis à Le Drian", is named in full
    // first, and the full name's evidence outweighs this weak cue of place, see spreadEvidence.)
    if (articleLed && count >= 2 && !this.placePrepositionBefore(chunk)) return;
    // "According to British Rail", "British Steel said", "Irish Ferries and …": no one's name opens
    // on a nation's adjective; a name that does and that no list or head word placed is a body's.
    // (Not a title, "the German Emperor", "The Dutch Consul-General", nor a headline's words.)
    const nationalName = count >= 2 && this.lang === 'en' && NATIONAL_ADJECTIVES_EN.has(first.text) && !this.onHeading[chunk.first];
    if (nationalName && !isWordOf(this.lastWordToken(chunk), WordClass.TitleWord)) return settle(chunk, 'ORG', 2);
    // "The San Antonio Water System warned", "The Brooklyn Eagle last evening called": English
    // names no person with "the" before the name, so a name after it that speaks is a body's.
    if (this.lang === 'en' && count >= 2 && this.definiteArticleBefore(chunk.first) && this.speechVerbAfter(chunk.last)) return settle(chunk, 'ORG', 2);
    // "Southern Water said", "Northern Rock branches": no given name is a compass adjective, so a
    // name that opens on one, which no cue of place or list typed, is a body's.
    const compassName = count >= 2 && this.lang === 'en' && COMPASS_ADJECTIVES_EN.has(first.text) && !this.onHeading[chunk.first];
    if (compassName && this.speechVerbAfter(chunk.last)) return settle(chunk, 'ORG', 2);
    if ((this.speechVerbAfter(chunk.last) && !this.complementOfNoun(chunk.first) && !this.townOfName(chunk.first) && !this.placeOfSpeakers(chunk.first) && !bodyWithArticle) || this.personDescribedAfter(chunk.last)) return settle(chunk, 'PER', 2);
    // "an aged correspondent in Germantown, who asks", "an old farmer from near Petersburg, who":
    // English puts no one "in", "at" or "from" someone, so "who" is the person before the
    // preposition and the name is where they are.
    if (relative === 'who' && this.placeOfPersonBeforeWho(chunk.first)) return settle(chunk, 'LOC', 2);
    if (relative === 'who' && !bodyWithArticle) return settle(chunk, 'PER', 2);
    // No cue: two or three name words are most often a person whose first name we do not
    // know ("Barack Obama"); longer runs are names of bodies or works; a lone word stays
    // unknown unless a preposition of place stands before it. Not after "in"/"à" (a place:
    // "in Dún Laoghaire") nor after an article ("the Harbour Crisis", "a Green Paper"): the press
    // names people without one.
    if (count === 1 && this.townPrepositionBefore(chunk.first) && this.namesTown(chunk, 1)) return;
    if (count === 1 && this.townQualifiesNoun(chunk) && this.namesTown(chunk, 1)) return;
    if (count >= 2 && count <= 3 && this.placePrepositionBefore(chunk)) return settle(chunk, 'LOC', 1);
    // "to Te Kuiti", "from Te Anau": a Maori name after a preposition of place or route is a place.
    if (first.text === 'Te' && this.townPrepositionBefore(chunk.first)) return settle(chunk, 'LOC', 1);
    if (count >= 2 && count <= 3 && (this.articleBefore(chunk.first) || this.definiteArticleBefore(chunk.first))) return;
    // "Sud FM", "SUD Santé": an acronym among the words names a body, not a person.
    if (count >= 2 && count <= 3 && this.hasAcronymWord(chunk)) return guess(chunk, 'ORG');
    if (count >= 2 && count <= 3) return guess(chunk, compassName ? 'ORG' : 'PER');
    // "Zine el-Abidine Ben Ali", "Mohammed bin Rashid Al Maktoum": a son-of particle inside the
    // run makes it one person's name, however long (a body opens on its head word, read above).
    if (count >= 4 && this.hasPatronymicInside(chunk)) return guess(chunk, 'PER');
    if (count >= 4) return guess(chunk, 'ORG');
    // "une rétrospective consacrée à Picasso", "un hommage à Brassens": what is given over to
    // someone, after "à"; a town there the lists know was taken above.
    if (count === 1 && this.dedicatedTo(chunk.first)) return settle(chunk, 'PER', 1);
    // "in International pool play", "the National final": an adjective that opens bodies' names
    // names nothing alone, wherever it stands.
    if (count === 1 && LONE_NAME_ADJECTIVES.has(first.folded)) return;
    // ("au Festival d'Aurillac", "à la Foire de Paris": an event's head before its complement is
    // where one goes, but the event's, joined to it later; see eventTakesComplement.)
    if (count === 1 && this.eventHeadBeforeComplement(chunk)) return;
    if (count === 1 && this.bodyAfterItsPeople(chunk)) return settle(chunk, 'ORG', 2);
    if (this.locativeBefore(chunk.first) || this.placedWithArticle(chunk) || this.routeBefore(chunk)) return settle(chunk, 'LOC', 1);
    if (count === 1 && this.placeAfterItsNoun(chunk)) return settle(chunk, 'LOC', 1);
    // "Llanelly has passed through…", "the singers of Aberaeron": a Welsh, Scottish or Irish
    // town's prefix (church, river mouth, town) makes a place of a name no list holds.
    if (count === 1 && CELTIC_PLACE_PREFIX.test(first.text) && !isWordOf(first, WordClass.FirstName)) return settle(chunk, 'LOC', 1);
    const completed = count === 1 ? this.kindOfNounComplement(chunk) : undefined;
    if (completed) return settle(chunk, completed, 1);
    if (count === 1 && this.mayNameTownAlone(chunk) && this.namesTown(chunk, 1)) return;
  }

  /**
   * "le festival des Vieilles Charrues", "le festival du Bout du Monde": an event's noun, "des" or
   * "du", then its name, where no list makes the name a place ("le festival du Périgord" is held
   * there, "le festival de Cannes" in a town).
   */
  private eventNamedAfterContractedArticle(chunk: Chunk): boolean {
    const article = this.tokens[chunk.first - 1];
    const noun = this.tokens[chunk.first - 2];
    if (!isWordTok(article) || (article.text !== 'des' && article.text !== 'du') || !isWordTok(noun) || !noun.lowercase || !EVENT_CUE_NOUNS.has(noun.folded)) return false;
    const surface = this.surface(chunk);
    return gazetteer.lookupName(surface) === undefined && gazetteer.lookupTown(surface) === undefined;
  }

  /** "Pays-d'Enhaut", "Pays-de-Gex", "Val-d'Isère", "Bois-le-Roi": a place head, a hyphen, then "de", "d'", "du", "le", "sur"… */
  private hyphenatedPlaceName(word: Token): boolean {
    const match = HYPHENATED_PLACE_NAME.exec(word.text);
    return match !== null && PLACE_HEADS.has(fold(match[1])) && !isWordOf(word, WordClass.FirstName);
  }

  /**
   * "Plus au sud, Montargis, dans le Loiret", "the floods that hit Carlisle": a lone name that no
   * cue typed may still be a town of the long list, the weakest reading of all (a person of the
   * article with that family name takes it back, see spreadEvidence). The list also holds family
   * names ("Dupont", "Jones", "Obama"), so not where the words around name a person or a thing:
   * see townAloneRuledOutBefore and townAloneRuledOutAfter.
   */
  private mayNameTownAlone(chunk: Chunk): boolean {
    const name = this.tokens[chunk.first];
    if (isWordOf(name, WordClass.FirstName) || this.townAloneRuledOutAfter(chunk)) return false;
    const before = this.tokens[chunk.first - 1];
    return !isWordTok(before) || !this.townAloneRuledOutBefore(chunk, before);
  }

  /**
   * The words around a lone name make it no town: an English determiner before and a noun after
   * ("the Jones family"), a head it names ("le cratère Dolomieu", "les casernes Dessalines"), an
   * indefinite article ("une Mercedes": a make), a saint's feast ("la Saint-Jean"), a reign or a
   * cause ("under Obama", "vote pour Dupont"), a coordinator before a verb ("from Quorrabin and
   * Dubois met him": a new clause's subject).
   */
  private townAloneRuledOutBefore(chunk: Chunk, before: Token): boolean {
    const name = this.tokens[chunk.first];
    const next = this.tokens[chunk.last];
    // ("The Obama administration", "the Jones family": a name between a determiner and a noun qualifies it.)
    if (this.lang === 'en' && DETERMINERS.has(before.folded) && isWordTok(next) && next.lowercase && !isWordOf(next, WordClass.Function)) return true;
    if (!before.lowercase) return false;
    if (isWordOf(before, WordClass.LowercasePlaceHead | WordClass.InstitutionHead) || INDEFINITE_ARTICLES.has(before.folded) || TOWNLESS_PREPOSITIONS.has(before.folded)) return true;
    if (before.folded === 'la' && /^Sainte?-/.test(name.text)) return true;
    if (isCoordinator(before) && isWordTok(next) && next.lowercase && !PREPOSITIONS.has(next.folded) && !isWordOf(next, WordClass.Function)) return true;
    // ("du cratère Dolomieu", "les casernes Dessalines": a noun after its article, then the name it bears.)
    const article = this.tokens[chunk.first - 2];
    return !isWordOf(before, WordClass.Function) && isWordTok(article) && (ARTICLES.has(article.folded) || CONTRACTED_ARTICLES_FR.has(article.folded));
  }

  /**
   * What follows a lone name makes it no town: a possessive ("Dickinson's Landing"), a singular
   * apposition ("Dupont, un élu du bourg,", "Mulvane, the teacher,"; not "Bertrange, les
   * caissières avaient…" nor French "Lunery, a été…", a verb).
   */
  private townAloneRuledOutAfter(chunk: Chunk): boolean {
    const article = this.tokens[chunk.last + 1];
    const apposition = this.tokens[chunk.last]?.text === ',' && isWordTok(article) && article.lowercase && SINGULAR_APPOSITION_ARTICLES.has(article.folded) && (this.lang === 'en' || article.folded !== 'a');
    return apposition || this.possessiveAfter(chunk);
  }

  /**
   * A town of the long list (see gazetteer.lookupTown), asked only when no cue and no stronger
   * list typed the name: settles the chunk as that place, below a gazetteer's strength, so that a
   * person of the article with that family name still takes it (see spreadEvidence).
   */
  private namesTown(chunk: Chunk, strength: number): boolean {
    const town = gazetteer.lookupTown(this.surface(chunk));
    if (!town) return false;
    chunk.id = town;
    settle(chunk, 'LOC', strength);
    return true;
  }

  /**
   * "the Coronation", "the Explosion", "l'Exposition", "après le Festival": an event's head word
   * alone, capitalised after the definite article, is the article's event named short (the
   * full name, where the article gives it, is read as an alias too). Not before its complement
   * ("the Festival of Britain", see eventHeadBeforeComplement) or its edition ("l'Expo 58"), nor a
   * head that also names a place ("the Summit", "le Forum"), nor "Congress", as often a body.
   */
  private loneEventHead(chunk: Chunk): boolean {
    const head = this.tokens[chunk.first];
    const article = this.tokens[chunk.first - 1];
    // ("du Festival", "au Carnaval": French contracts "de le", "à le"; not the plural's "des", "aux"
    // of CONTRACTED_ARTICLES_FR: "l'échevin des Fêtes" is an office's remit.)
    const contracted = isWordTok(article) && article.lowercase && (article.folded === 'du' || article.folded === 'au');
    if (!LONE_EVENT_HEADS.has(head.folded) || isAllCaps(head.text) || !(this.definiteArticleBefore(chunk.first) || contracted)) return false;
    const next = this.tokens[chunk.last];
    // ("l'Expo 58", "the Games of 1956": an edition's number or year belongs to the name.)
    if (next?.kind === 'number' || (isWordTok(next) && OF_PREPOSITIONS.has(next.folded))) return false;
    // (French goes on in lowercase inside the name: "la Journée sans voiture".)
    return !(this.lang === 'fr' && isWordTok(next) && next.lowercase && isWordOf(next, WordClass.Preposition));
  }

  /**
   * "The American Red Cross", "the Kenya Red Cross", "Scottish Labour": a nation's or a place's
   * word before a body the lists know is that body's branch there, one body.
   */
  private qualifiedKnownBody(chunk: Chunk): boolean {
    const qualifier = this.tokens[chunk.first];
    const rest = this.tokens[chunk.first + 1];
    if (!isWordTok(rest) || !onlySpacesBetween(this.text, qualifier, rest)) return false;
    if (!looksLikeDemonym(qualifier.text) && gazetteer.lookupName(qualifier.text)?.type !== 'LOC') return false;
    return gazetteer.lookupName(this.text.slice(rest.start, this.tokens[chunk.last - 1].end))?.type === 'ORG';
  }

  /**
   * "Bourke and Swanston streets", "the Elkhorn and Platte rivers", "Menard and Logan counties":
   * English writes the head once, in the plural, after the names it shares; each name is a place,
   * the head left out of both (a given name too: "Washington and Ann streets").
   */
  private sharesPluralPlaceHead(chunk: Chunk): boolean {
    const { tokens } = this;
    let j = chunk.last;
    const coordinator = tokens[j];
    if (isWordTok(coordinator) && coordinator.lowercase && (coordinator.folded === 'and' || coordinator.folded === 'or')) {
      j++;
      const name = j;
      while (j - name < 2 && isNameWord(tokens[j]) && tokens[j].capitalised) j++;
      if (j === name) return false;
    }
    const head = tokens[j];
    return isWordTok(head) && head.lowercase && PLURAL_PLACE_HEADS.has(head.folded);
  }

  /**
   * "the Lowestoft boats", "a Kearsley firm", "its Uniontown cannery": English qualifies a local
   * thing by its town, the name between a determiner and the common noun. A person's name stands
   * there before what is named after people ("the Jones family", "the Obama administration"; see
   * NOUNS_NAMED_AFTER_PEOPLE), and a given name is left to the article's people. (Any name before
   * a noun of land, "the Killarney road", is placesNounAfter's; here any noun, after a listed town.)
   */
  private townQualifiesNoun(chunk: Chunk): boolean {
    const determiner = this.tokens[chunk.first - 1];
    const noun = this.tokens[chunk.last];
    return this.lang === 'en' && isWordTok(determiner) && (determiner.lowercase || determiner.sentenceStart) && DETERMINERS.has(determiner.folded)
      && !isWordOf(this.tokens[chunk.first], WordClass.FirstName)
      && isWordTok(noun) && noun.lowercase && !isWordOf(noun, SPELLS_NO_INITIAL) && !this.attributiveNounAfter(chunk);
  }

  /**
   * "at Moses Gate", "across Washington Place": a locative or a route preposition, which puts
   * what follows on the map (unlike "to" or "by", which take people as often).
   */
  private placedByPreposition(i: number): boolean {
    if (this.locativeBefore(i)) return true;
    const prev = this.tokens[i - 1];
    return isWordTok(prev) && (prev.lowercase || prev.sentenceStart) && ROUTE_PREPOSITIONS.has(prev.folded);
  }

  /**
   * "entre Huy", "from Oakville to Pickering", "vers Sisteron": a preposition that takes places
   * before a town of the long list, which is often a family name too ("la présidence X", "Under
   * X", "les années X", "the X family" name a person). A town listed after one such town takes
   * its type from the list (see shareTypeAlongLists).
   */
  private townPrepositionBefore(i: number): boolean {
    if (this.placedByPreposition(i)) return true;
    const prev = this.tokens[i - 1];
    return isWordTok(prev) && (prev.lowercase || prev.sentenceStart) && TOWN_PREPOSITIONS.has(prev.folded);
  }

  /**
   * "Mr Crawley", "M. Laval", "Mrs Jordan", "Mr. Forbes": after an honorific, one word a gazetteer
   * places (a city, a country, a region) or lists as a body (a magazine, a firm) is a person's
   * name. Asked by the gazetteer pass, which then leaves the word to the chunker, and by
   * gatherEvidence, which settles the person. (A monarch's title only before a place: "King
   * George"; "Queen Elizabeth" the ship is no body of the lists.)
   */
  private honouredKnownName(first: number, words: number, type: gazetteer.GazetteerType): boolean {
    if (words !== 1) return false;
    if (type === 'ORG') return this.afterHonorific(first);
    return type === 'LOC' && (this.afterHonorific(first) || this.afterMonarchsTitle(first));
  }

  /**
   * "Queen Victoria", "King George", "la reine Victoria", "l'empereur Maximilien": a monarch's
   * title right before one word, which is then the monarch's name, whatever a place shares it.
   * (A place named after the monarch is matched whole first: "Prince George", "Queen Charlotte".)
   */
  private afterMonarchsTitle(i: number): boolean {
    const title = this.tokens[i - 1];
    return isWordTok(title) && MONARCHS_TITLES.has(title.folded) && onlySpacesBetween(this.text, title, this.tokens[i]);
  }

  /**
   * "Hurricane Lorna", "Typhoon Haiyan", "le cyclone Josette": a storm's given name after the
   * word for a storm, inside the name when capitalised. The name alone, later, is the
   * same storm (see stormNames).
   */
  private namesStorm(chunk: Chunk): boolean {
    const { tokens } = this;
    const first = tokens[chunk.first];
    // (A French storm's lowercase word inside too, once the name has taken it in.)
    const inside = chunk.last - chunk.first >= 2 && STORM_WORDS.has(first.folded) && (first.capitalised || this.lang === 'fr');
    const before = tokens[chunk.first - 1];
    const outside = isWordTok(before) && before.lowercase && STORM_WORDS.has(before.folded) && chunk.last - chunk.first === 1;
    return inside || outside;
  }

  /** "the Tubbs Fire", "last year's Camp Fire": "Fire" closing an English name after "the" or a possessive ("Cal Fire" is the agency). */
  private namesWildfire(chunk: Chunk): boolean {
    if (this.lang !== 'en' || chunk.last - chunk.first < 2 || this.tokens[chunk.last - 1].text !== 'Fire') return false;
    return this.definiteArticleBefore(chunk.first) || isPossessiveMark(this.tokens[chunk.first - 1]);
  }

  /** Each storm's given name alone ("Lorna's toll") -> the storm's mention. */
  private stormNames(): Map<string, Chunk> {
    const names = new Map<string, Chunk>();
    for (const storm of this.chunks) {
      if (storm.type !== 'EVENT' || !this.namesStorm(storm)) continue;
      const name: Chunk = { ...storm, first: storm.last - 1, words: undefined, surfaceKey: undefined };
      storm.id ??= this.idOf(storm);
      name.id = storm.id;
      names.set(this.surfaceKey(name), name);
    }
    return names;
  }

  /**
   * A dateline opens a dispatch with the place it was filed from: "STOCKHOLM, March 3
   * (Reuters) -", "Lagos, 12 mai —", "PARIS (AFP) -".
   */
  private isDateline(chunk: Chunk): boolean {
    if (!this.tokens[chunk.first].lineStart) return false;
    const next = this.tokens[chunk.last];
    const after = this.tokens[chunk.last + 1];
    const shouted = isAllCaps(this.tokens[chunk.first].text);
    if (next?.text === '(') return shouted || this.dispatchAfterRegion(chunk.last);
    // "MUBENDE. Three days into …", "PARIS — Le gouvernement …": a town in capitals, then the
    // story on the same line. (A period also ends a heading, "ALERTE. Le …": there, one word that
    // the text never writes in lowercase.)
    // A section label ("UPDATE —", "ENTRETIEN —", "CORRECTION.") or a person's name in capitals
    // takes the same shape: the town must be one the story names again in ordinary case, and not
    // open on a first name.
    // ("ROISSY-EN-FRANCE. - Le premier avion …": a period, then the dash, then the story.)
    const periodThenDash = next?.text === '.' && DATELINE_DASHES.has(after?.text ?? '') && onlySpacesBetween(this.text, next, after);
    const story = periodThenDash ? this.tokens[chunk.last + 2] : after;
    const closesDateline = DATELINE_DASHES.has(next?.text ?? '') || periodThenDash || (next?.text === '.' && chunk.last - chunk.first === 1 && !this.lowercaseWords.has(this.tokens[chunk.first].folded));
    if (shouted && closesDateline && !!story && !story.lineStart) {
      return (story.kind === 'word' || story.kind === 'number') && !isWordOf(this.tokens[chunk.first], WordClass.FirstName) && this.writtenInTitleCase(chunk);
    }
    if (next?.text !== ',' || !after) return false;
    return this.dateTokens[chunk.last + 1] === 1 || this.opensDispatch(chunk.last + 1) || (shouted && this.regionOfDateline(chunk.last + 1));
  }

  /**
   * "CRESTON, Iowa — …", "TRURO, N.S., June 3": after a town in capitals and its comma, a state,
   * province or country the lists know, then the dateline's dash or its date.
   */
  private regionOfDateline(k: number): boolean {
    // ("LEOPOLDVILLE, The Congo, Jan. 12": a country named with its article.)
    const region = this.chunkStartingAt(this.tokens[k]?.text === 'The' ? k + 1 : k);
    if (region?.type !== 'LOC' || region.strength < 3) return false;
    const next = this.tokens[region.last];
    // (A results table's "KOWALSKI, Poland — 12.4 sec" has a number after its dash.)
    if (DATELINE_DASHES.has(next?.text ?? '')) return this.tokens[region.last + 1]?.kind === 'word';
    return next?.text === ',' && this.dateTokens[region.last + 1] === 1;
  }

  /** Is the chunk's first word written elsewhere in the text in title case ("MUBENDE" … "Mubende")? */
  private writtenInTitleCase(chunk: Chunk): boolean {
    const word = this.tokens[chunk.first].text;
    // By lexeme id, in a mask of the article's ids: a set of its 12,000 distinct texts cost 2 ms
    // a megabyte to build. A text is a lexeme of one kind or another: each kind is asked.
    const spellings = (this.spellings ??= idsPresent(tokenColumns(this.tokens)));
    const written = (titleCase: string): boolean =>
      isSpelling(spellings, lexemeIdOf(titleCase, 'word')) || isSpelling(spellings, lexemeIdOf(titleCase, 'number')) || isSpelling(spellings, lexemeIdOf(titleCase, 'punct'));
    if (written(word.charAt(0) + word.slice(1).toLowerCase())) return true;
    // "SAINT-MARTIN-VÉSUBIE" … "Saint-Martin-Vésubie", "LAC-MÉGANTIC", "SAINT-JEAN-SUR-RICHELIEU":
    // a compound town capitalises each part but its small words.
    return word.includes('-') && written(titleCaseCompound(word));
  }

  /** "de notre envoyé spécial", "envoyée spéciale", "from our correspondent": who filed it. */
  private opensDispatch(k: number): boolean {
    const first = this.tokens[k]?.folded ?? '';
    const second = this.tokens[k + 1]?.folded ?? '';
    if (DISPATCH_OPENERS.has(first)) return true;
    return (first === 'de' || first === 'from' || first === 'par') && DISPATCH_OPENERS.has(second);
  }

  /**
   * "By Jane Roe / Associated Press Writer", "By Jane Roe / The Evening Telegram": the line under
   * a byline names the reporter's paper or agency, alone on its line or before the job ("Staff
   * Writer", which the chunk gives back).
   */
  /** "told the Argus", "The Herald, reduced to a single sheet": a paper's one word after "the". */
  private namesEnglishPaper(chunk: Chunk): boolean {
    // (Not before a lowercase noun it qualifies: "the Mercury capsule", "the Times reporter".)
    // ("a representative of The Argus at 2 o'clock", "The Times reported": a preposition or a verb may follow.)
    const next = this.tokens[chunk.last];
    const qualifies = isWordTok(next) && next.lowercase && !isWordOf(next, WordClass.Preposition | WordClass.Function | WordClass.Determiner | WordClass.SpeechVerb) && !/(?:ed|s)$/.test(next.text);
    return this.lang === 'en' && ENGLISH_PAPER_WORDS.has(this.tokens[chunk.first].folded) && this.tokens[chunk.first - 1]?.folded === 'the' && !qualifies;
  }

  /**
   * "the Catholic Church", "the Dutch Reformed Church", "the Scottish Episcopal Church": a church
   * named by its creed or its nation alone, after "the", is a denomination, a body; one named by
   * a place or a saint ("Ballymacarrett Presbyterian Church") is a building, a place.
   */
  private namesDenomination(chunk: Chunk): boolean {
    // (With its article: a building is named without one, "at Tullyvarran Methodist Church".)
    if (this.lang !== 'en' || this.lastWordToken(chunk).folded !== 'church' || chunk.last - chunk.first < 2 || !this.definiteArticleBefore(chunk.first)) return false;
    for (let k = chunk.first; k < chunk.last - 1; k++) {
      const word = this.tokens[k];
      if (!CREED_WORDS.has(word.folded) && !looksLikeDemonym(word.text)) return false;
    }
    return true;
  }

  /**
   * "Mayor Runs First Train From City Hall", "President Hails Giant of Black Canyon": in an
   * English headline with every word capitalised, a verb of the news neither starts nor goes on a
   * name (in prose its lowercase says so already; a line of capitals names no one at all, see
   * onCapitalsLine).
   */
  private headlineVerbAt(k: number): boolean {
    return this.lang === 'en' && this.onHeading[k] === 1 && this.onCapitalsLine[k] !== 1 && HEADLINE_VERBS.has(this.tokens[k].folded);
  }

  /** "Vive", "Vivent" right before token i, in French. */
  private cheerBefore(i: number): boolean {
    const cheer = this.tokens[i - 1];
    return this.lang === 'fr' && isWordTok(cheer) && FRENCH_CHEERS.has(cheer.folded) && onlySpacesBetween(this.text, cheer, this.tokens[i]);
  }

  /** ", a 34-year-old car guard", ", an 80-year-old widow": a comma, an article and an age after the name, at j. */
  private ageInApposition(j: number): boolean {
    if (!this.appositionAfterName(j) || this.tokens[j + 1].folded === 'the') return false;
    const age = this.tokens[j + 2];
    // ("34-year-old" is three tokens, "eighty-year-old" one.)
    const after = age?.kind === 'number' && this.tokens[j + 3]?.text === '-' && this.tokens[j + 4]?.folded === 'year-old' ? j + 5
      : isWordTok(age) && age.folded.endsWith('-year-old') ? j + 3 : -1;
    // ("Kelvane Engineering, an eighty-year-old firm": a thing has an age too.)
    return after > 0 && !AGED_THING_NOUNS.has(this.tokens[after]?.folded ?? '');
  }

  /** ", the Leeds wholesaler", ", a minister": a comma and an article right after the name, at j. */
  private appositionAfterName(j: number): boolean {
    const article = this.tokens[j + 1];
    return this.tokens[j]?.text === ',' && isWordTok(article) && article.lowercase && (article.folded === 'the' || article.folded === 'a' || article.folded === 'an');
  }

  /** "the Martin Church case", "the Ruth Chapel inquiry": a person's name qualifying the noun after it. */
  private attributiveNounAfter(chunk: Chunk): boolean {
    const next = this.tokens[chunk.last];
    return isWordTok(next) && next.lowercase && NOUNS_NAMED_AFTER_PEOPLE.has(next.folded);
  }

  /**
   * "he told The Hindu", "she told The Land yesterday": mid-sentence, only a title keeps its
   * capitalised "The", and what one tells is a person or a paper; a paper, then.
   */
  private toldTitledName(chunk: Chunk): boolean {
    const the = this.tokens[chunk.first - 1];
    const verb = this.tokens[chunk.first - 2];
    return this.lang === 'en' && isWordTok(the) && the.text === 'The' && !the.sentenceStart && isWordTok(verb) && TELL_VERBS.has(verb.folded);
  }

  private paperUnderByline(chunk: Chunk): boolean {
    const { tokens } = this;
    const next = tokens[chunk.last];
    if (next && !next.lineStart) return false;
    let start = chunk.first;
    if (!tokens[start].lineStart && tokens[start - 1]?.folded === 'the') start--;
    if (!tokens[start].lineStart || !this.bylineEndsAt(start - 1)) return false;
    // A second author ("By Harold Penn / Mary Vance") opens on a first name.
    if (isWordOf(tokens[chunk.first], WordClass.FirstName)) return false;
    let end = chunk.last;
    while (end - 1 > chunk.first && (NEWSROOM_JOBS.has(tokens[end - 1].folded.replace(/s$/, '')) || tokens[end - 1].folded === 'staff')) end--;
    // A job says whose staff: "Gleaner Staff Reporters"; without "Staff", the words before it may
    // be a beat ("Local Democracy Reporter", "Sports Writer"), unless the lists know the body.
    const paperNamed = tokens[end]?.folded === 'staff' || !!gazetteer.lookupName(this.text.slice(tokens[chunk.first].start, tokens[end - 1].end));
    if (end < chunk.last && !paperNamed) return false;
    // Alone on its line, one word is a town or a desk ("Dunmore", "Politics") unless it is a
    // paper's word ("Herald") or glued like a masthead ("News-Miner").
    if (end === chunk.last && end - chunk.first === 1 && !ORG_NAME_ENDINGS.has(tokens[chunk.first].folded) && !tokens[chunk.first].text.includes('-')) return false;
    if (end < chunk.last) this.resizeChunk(chunk, chunk.first, end);
    return true;
  }

  /**
   * "By HYACINTH MOWATT and CLIVE ANDERSON-REID", "Par Adjoua Marie-Laure Kouakou", "Photos Marc
   * Aribaud / Gamma": the names a byline or a photo credit opens on are the reporters', even in
   * capitals (a newsroom's job is not: "By Our Staff Reporter").
   */
  private namedInCredit(chunk: Chunk): boolean {
    const { tokens } = this;
    // "Photos Marc Aribaud": the credit's capitalised word opened the chunk; the name is the rest.
    if (tokens[chunk.first].lineStart && PHOTO_CREDITS.has(tokens[chunk.first].folded) && chunk.last - chunk.first >= 3) {
      this.resizeChunk(chunk, chunk.first + 1, chunk.last);
      return true;
    }
    // A newsroom's job ("Staff Reporters", "Political Correspondent") or an agency ("By Press
    // Association", "By Bloomberg News", "Photos Getty Images") is no reporter.
    const last = this.lastWordToken(chunk);
    if (NEWSROOM_JOBS.has(last.folded.replace(/s$/, '')) || CREDIT_NON_NAMES.has(tokens[chunk.first].folded)) return false;
    if (this.hasWordOf(chunk, WordClass.OrgHeadWord) || ORG_NAME_ENDINGS.has(last.folded) || gazetteer.isLegalForm(last.text)) return false;
    const before = tokens[chunk.first - 1];
    if (!before || (before.kind !== 'word' && before.text !== ',')) return false;
    // The line's opener, reached back over the names and joiners listed before this one.
    const k = this.lineStartBefore(chunk.first - 1, 11);
    const opener = tokens[k];
    if (!opener.lineStart || !CREDIT_OPENERS.has(opener.folded)) return false;
    return k === chunk.first - 1 || CREDIT_JOINERS.has(before.kind === 'word' ? before.folded : before.text);
  }

  /**
   * "From Michael Thorne-Baxter in Dover", "By Ruth Ellery in Hull": the town a byline's reporter
   * files from closes the line after "in". The line's capitals (a Title Case line, see
   * onHeading) say nothing of the place, the byline's frame does.
   */
  private placeClosingByline(chunk: Chunk): boolean {
    const { tokens } = this;
    const next = tokens[chunk.last];
    if (chunk.type !== 'LOC' || tokens[chunk.first - 1]?.text !== 'in' || (next && !next.lineStart)) return false;
    const first = this.lineStartBefore(chunk.first - 1, 9);
    return (tokens[first].text === 'From' || tokens[first].text === 'By') && this.namedCreditOpens(first);
  }

  /** Token k ends a line that opens on "By" or "Par" and a capitalised name: a byline. */
  private bylineEndsAt(k: number): boolean {
    const first = this.lineStartBefore(k, 8);
    const by = this.tokens[first];
    return !!by && (by.folded === 'by' || by.folded === 'par') && this.namedCreditOpens(first);
  }

  /** The token opening the line of token k, looked for at most `reach` tokens back (else the last looked at). */
  private lineStartBefore(k: number, reach: number): number {
    let first = k;
    while (first > 0 && k - first < reach && !this.tokens[first].lineStart) first--;
    return first;
  }

  /** Token k opens its line, and a capitalised name word follows it: a credit's opener ("By Ann Roe"). */
  private namedCreditOpens(k: number): boolean {
    const name = this.tokens[k + 1];
    return this.tokens[k].lineStart && isNameWord(name) && name.capitalised;
  }

  /** "Longwy (Meurthe-et-Moselle), de notre envoyé": a region in brackets between town and byline. */
  private dispatchAfterRegion(open: number): boolean {
    let k = open + 1;
    while (k < open + 6 && this.tokens[k] && this.tokens[k].text !== ')') k++;
    return this.tokens[k]?.text === ')' && this.tokens[k + 1]?.text === ',' && this.opensDispatch(k + 2);
  }

  /**
   * "Apollo 15", "Euro 84", "Telecom 91": a name and a number are a mission, an edition or a
   * fair, named as one event (never a person: people are not numbered in the press), or a
   * union's branch ("Local 113"). A known
   * place before the number stays a place ("Paris 2024" is tagged by the gazetteer first).
   */
  private numberedName(chunk: Chunk): boolean {
    const number = this.tokens[chunk.last];
    if (!number || number.kind !== 'number' || !/^\d{1,4}$/.test(number.text) || !onlySpacesBetween(this.text, this.tokens[chunk.last - 1], number)) return false;
    if (this.dateTokens[chunk.last] || this.claimed[chunk.last]) return false;
    // "Nearly 200 farmers", "Environ 300 personnes": a count opening a sentence.
    if (chunk.last - chunk.first === 1 && COUNT_APPROXIMATORS.has(this.tokens[chunk.first].folded)) return false;
    const after = this.tokens[chunk.last + 1];
    if (after && after.kind === 'number') return false; // "Score 2 1", a table row
    const head = this.tokens[chunk.last - 1].folded;
    this.takeInNextWord(chunk);
    // "the plant's Unit 2 reactor", "Room 101": a numbered part of a thing is no entity at all.
    if (NUMBERED_PARTS.has(head)) return true;
    // "Route 230", "State Highway 5", "Pier 39", "Ward 6": a road's or a place's number is its name.
    if (NUMBERED_PLACE_HEADS.has(head)) {
      settle(chunk, 'LOC', 2);
      return true;
    }
    // "Local 113", "Teamsters Local 959": a union's branch is numbered, and it is a body.
    settle(chunk, UNION_BRANCH_WORDS.has(this.tokens[chunk.last - 2].text) ? 'ORG' : 'EVENT', 2);
    return true;
  }

  /**
   * "Messrs. Hallam, Reid & Co.", "Messrs. Van Houten, Kruseman & Co.": after "Messrs", partners'
   * names listed with commas up to "& Co." (or "& Sons", "and Brothers") are one firm, where the
   * comma would otherwise part a person from the rest. A list with no such ending is of people
   * ("Messrs. Hartley, Dwyer and Abrahams"), left to the chunker.
   */
  private findFirmsAfterMessrs(): void {
    const { tokens, capitalisedWords } = this;
    for (let n = 0; n < capitalisedWords.length; n++) {
      const m = capitalisedWords[n];
      if (tokens[m].text !== 'Messrs') continue;
      const first = tokens[m + 1]?.text === '.' ? m + 2 : m + 1;
      const end = this.partnersEndingOnFirm(first);
      if (end > first) this.claim(first, end, false, 3, 'ORG');
    }
  }

  /** The end of "Hallam, Reid & Co." opening at `first`, with at least one comma inside; `first` when there is none. */
  private partnersEndingOnFirm(first: number): number {
    const { tokens } = this;
    let k = first;
    let commas = 0;
    for (;;) {
      const start = k;
      while (k - start < 3 && isNameWord(tokens[k]) && tokens[k].capitalised && !this.claimed[k]) k++;
      if (k === start) return first;
      const joiner = tokens[k];
      if (joiner?.text === ',') {
        commas++;
        k++;
        continue;
      }
      if (!joiner || !(joiner.text === '&' || joiner.folded === 'and')) return first;
      const closer = tokens[k + 1];
      if (commas === 0 || !isWordTok(closer) || !FIRM_CLOSERS.has(closer.folded)) return first;
      // ("Co." keeps its period, as the firm writes it.)
      return tokens[k + 2]?.text === '.' && tokens[k + 2].start === closer.end ? k + 3 : k + 2;
    }
  }

  /** The token right after the chunk becomes its last ("Apollo 15", "the Mithi river"). */
  private takeInNextWord(chunk: Chunk): void {
    this.resizeChunk(chunk, chunk.first, chunk.last + 1);
  }

  /** Moves the chunk's bounds, claiming the tokens it takes in and freeing those it lets go; its cached words and surface go. */
  private resizeChunk(chunk: Chunk, first: number, last: number): void {
    if (first < chunk.first) this.claimed.fill(1, first, chunk.first);
    else this.claimed.fill(0, chunk.first, first);
    if (last > chunk.last) this.claimed.fill(1, chunk.last, last);
    else this.claimed.fill(0, last, chunk.last);
    chunk.first = first;
    chunk.last = last;
    chunk.surfaceKey = undefined;
    chunk.words = undefined;
  }

  /** "Acme chief executive X", "Boeing's founder": a name before a role is its employer. */
  private roleAfter(j: number): boolean {
    let k = j;
    if (isPossessiveMark(this.tokens[k])) k++;
    const tok = this.tokens[k];
    return isWordTok(tok) && tok.lowercase && this.titleAt(k) > 0;
  }

  /** "Dance Halls Act", "Clean Air Act", "Code pénal", "Code du travail": the name of a law. */
  private namesLaw(chunk: Chunk): boolean {
    const first = this.tokens[chunk.first];
    if (this.lang === 'fr') return isFrenchLawHead(first) && !!this.tokens[chunk.first + 1]?.lowercase;
    // ("Tom Act, a local farmer" is a man: no law's name opens on a first name.)
    return chunk.last - chunk.first >= 2 && !isWordOf(first, WordClass.FirstName) && this.lastWordToken(chunk).text === 'Act';
  }

  /**
   * After the comma at j, the noun of a body or a place (`nouns`, `moreNouns`: "organe",
   * "inspectorate", "startup", "hamlet") that ends the apposition: not "X, a union official"
   * (the noun qualifies another) nor "X, a group of traders" (a count).
   */
  private nounInApposition(j: number, kind: 'ORG' | 'LOC', nameAt = j): boolean {
    const nouns = kind === 'ORG' ? ORG_CUE_NOUNS : PLACE_CUE_NOUNS;
    const moreNouns = kind === 'ORG' ? APPOSITION_BODY_NOUNS : APPOSITION_PLACE_NOUNS;
    const { tokens } = this;
    if (tokens[j]?.text !== ',') return false;
    let k = j + 1;
    // An article, then up to two words before the noun ("the schools inspectorate"); or the
    // noun right after the comma ("organe socialiste"): not a verb's object (", congratulated
    // the firm").
    const article = isWordOf(tokens[k], WordClass.Determiner);
    if (article) k++;
    for (let n = 0; n < (article ? 3 : 1) && isWordTok(tokens[k]) && tokens[k].lowercase; n++, k++) {
      // ("Equity, the actors' union,": a plural's possessive mark between the words.)
      if (tokens[k + 1]?.text === "'" || tokens[k + 1]?.text === '’') k++;
      // Modifiers only: "un chef d'entreprise", "un élu du bourg" name a person's role.
      if (isWordOf(tokens[k], WordClass.Preposition | WordClass.Function) && !nouns.has(tokens[k].folded)) return false;
      if (!nouns.has(tokens[k].folded) && !moreNouns.has(tokens[k].folded)) continue;
      // "Vasseur, un confrère," is a colleague; "Le Picayune, notre confrère," a paper.
      if (tokens[k].folded === 'confrere' && !this.singularArticleBefore(nameAt)) return false;
      const after = tokens[k + 1];
      // (French puts an adjective after the noun: "organe socialiste", "commune vaudoise"; a
      // place is placed: "a village in the Karoo", "un village près de Sion".)
      const frenchAdjective = this.lang === 'fr' && isWordTok(after) && after.lowercase && (BODY_ADJECTIVE_ENDING.test(after.text) || /istes?$/.test(after.text));
      const placed = kind === 'LOC' && PLACING_WORDS.has(after?.folded ?? '');
      // (A body's noun may take its complement: "le fonds de coopération", "the board of trustees".)
      const complement = kind === 'ORG' && OF_PREPOSITIONS.has(after?.folded ?? '') && moreNouns.has(tokens[k].folded);
      return !after || after.kind === 'punct' || RELATIVE_WORDS.has(after.folded) || frenchAdjective || placed || complement;
    }
    return false;
  }

  /** "a Republican candidate", "the German group", "Nordic": a people or creed, not an entity. */
  private isGroupWord(chunk: Chunk): boolean {
    const tok = this.tokens[chunk.first];
    if (GROUP_WORDS.has(tok.folded)) return true;
    const prev = this.tokens[chunk.first - 1];
    const next = this.tokens[chunk.last];
    // ("The Australian manager agreed": a sentence's capitalised article is an article still.)
    const articleBefore = isWordTok(prev) && (prev.lowercase || (prev.sentenceStart && isWordOf(prev, WordClass.Determiner)));
    const adjectivePosition = articleBefore && isWordTok(next) && next.lowercase && !this.townEndingInI(chunk.first);
    return this.lang === 'en' && looksLikeDemonym(tok.text) && adjectivePosition;
  }

  /**
   * "in Sitamarhi with his mother", "near Vanwyksvlei since 1898", "roads in Ashanti and in the
   * North": a name ending in "i" like "Bengali" or "Pakistani", but before a function word, not
   * a noun, is no adjective; unless a verb of speech puts a language there ("spoke in Swahili to").
   */
  private townEndingInI(i: number): boolean {
    const tok = this.tokens[i];
    const next = this.tokens[i + 1];
    if (!tok.text.endsWith('i') || LANGUAGES_ENDING_IN_I.has(tok.folded) || !isWordOf(next, WordClass.Function | WordClass.Preposition | WordClass.Determiner)) return false;
    const verb = this.tokens[i - 2];
    return !isWordTok(verb) || !(isWordOf(verb, WordClass.SpeechVerb) || LANGUAGE_VERBS.has(verb.folded));
  }

  /** "les Anglais", "des Bastiais", "aux Marseillais", "des milliers d'Algériens": a plural demonym after a plural article or a count. */
  private pluralInhabitants(i: number): boolean {
    const article = this.tokens[i - 1];
    const word = this.tokens[i];
    // ("des milliers de Béninois", "d'Algériens": "de" after a count noun is a plural's article too.)
    const afterCount = (article?.folded === 'de' || article?.folded === "d'") && COUNT_NOUNS_FR.has(this.tokens[i - 2]?.folded ?? '');
    // ("un Acadien premier ministre", "une Lyonnaise": one of a people, after "un", "une".)
    const one = isWordTok(article) && (article.folded === 'un' || article.folded === 'une') && word.capitalised && FRENCH_DEMONYM_ENDING.test(word.text);
    // ("des Suisses", "les Grecs": a demonym with no telling ending, in the plural.)
    const plainPlural = word.folded.endsWith('s') && FRENCH_PLAIN_DEMONYMS.has(word.folded.slice(0, -1));
    return one || (isWordTok(article) && (PLURAL_ARTICLES_FR.has(article.folded) || afterCount) && (PLURAL_DEMONYM_FR.test(word.text) || plainPlural));
  }

  /** "Marie Curtis, secrétaire de …", "Paul Nadal, 52 ans", "X, 54, a lawyer". */
  private personDescribedAfter(j: number): boolean {
    if (this.tokens[j]?.text !== ',') return false;
    const next = this.tokens[j + 1];
    if (!next) return false;
    if (next.kind === 'number' && /^\d{1,3}$/.test(next.text)) return true;
    let k = j + 1;
    while (this.tokens[k] && isWordOf(this.tokens[k], WordClass.Determiner)) k++;
    const title = this.titleAt(k);
    // "the Exchequer, Mr Reginald Maudling": an honorific and a name start another person.
    return title > 0 && !this.tokens[k + title]?.capitalised && this.tokens[k + title]?.text !== '.';
  }

  /**
   * "député de Kent", "son siège de Carleton", "un pasteur de Maré", "the candidate for
   * Heretaunga", "an MP for Tanjong Pagar", "the Bishop of Wexley": a seat, a see or a home after
   * the noun of an office or of a dweller is a place, whatever given name it looks like. (Not
   * "l'avocat de Marie", "a lawyer for Sandra": those nouns serve people.)
   */
  private seatOrHomeNounBefore(i: number): boolean {
    const prep = this.tokens[i - 1];
    const noun = this.tokens[i - 2];
    if (!isWordTok(prep) || !isWordTok(noun)) return false;
    if (this.lang === 'fr') return (prep.folded === 'de' || prep.folded === "d'") && noun.lowercase && SEAT_NOUNS_FR.has(noun.folded);
    if (prep.folded === 'for') return SEAT_NOUNS_FOR_EN.has(noun.folded);
    return prep.folded === 'of' && SEE_NOUNS_EN.has(noun.folded);
  }

  /**
   * "Yvon Le Goff, dit Tintin", "Roger Nzita, dit Rogerio", "la chanteuse, surnommée Mama", "the
   * winger nicknamed Chooka": a nickname is the person's.
   */
  private nicknameBefore(i: number): boolean {
    const cue = this.tokens[i - 1];
    if (!isWordTok(cue) || !cue.lowercase) return false;
    const cued = cue.folded === 'nicknamed' || (this.lang === 'fr' && NICKNAME_CUES_FR.has(cue.folded));
    // The bearer is a person named right before, a comma between ("The storm nicknamed Ciarán",
    // "La tempête, surnommée Xynthia", "le quartier, dit Goutte-d'Or" name no one).
    return cued && this.tokens[i - 2]?.text === ',' && !!this.nicknameBearer(i);
  }

  /** The chunk of two words or more that ends at the comma before a nickname's cue at i - 1. */
  private nicknameBearer(i: number): Chunk | undefined {
    const bearer = this.chunkEndingAt(i - 2);
    return bearer && bearer.last - bearer.first >= 2 && bearer.type !== 'LOC' && bearer.type !== 'ORG' ? bearer : undefined;
  }

  /**
   * The chunk whose tokens end right before token `end`, if any. The chunks are in reading order
   * once the chunker has run (see recognise()): a binary search for the last one starting
   * before `end`, not a scan of every chunk for every question.
   */
  private chunkEndingAt(end: number): Chunk | undefined {
    const chunk = this.chunks[this.firstChunkFrom(end) - 1];
    return chunk && chunk.last === end ? chunk : undefined;
  }

  /** The chunk that starts at token `first`, if any (as chunkEndingAt, by binary search). */
  private chunkStartingAt(first: number): Chunk | undefined {
    const chunk = this.chunks[this.firstChunkFrom(first)];
    return chunk?.first === first ? chunk : undefined;
  }

  /** The index of the first chunk (in reading order) that starts at token `k` or after it. */
  private firstChunkFrom(k: number): number {
    const { chunks } = this;
    let lo = 0;
    let hi = chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (chunks[mid].first < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * "Tom Street, the club's captain,", "said Tom Street", "Harold Street, 42,", "Tom Street, who":
   * the words around a name that only a person takes.
   */
  private actsAsPerson(chunk: Chunk): boolean {
    const before = this.tokens[chunk.first - 1];
    if (isWordOf(before, WordClass.SpeechVerb) || this.speechVerbAfter(chunk.last) || this.personDescribedAfter(chunk.last)) return true;
    return this.relativeAfter(chunk.last) === 'who';
  }

  /** The chunk's text as written; a one-token chunk's is its token's (no new string). */
  private surface(chunk: Chunk): string {
    const { tokens } = this;
    return chunk.last - chunk.first === 1 ? tokens[chunk.first].text : this.text.slice(tokens[chunk.first].start, tokens[chunk.last - 1].end);
  }

  /** How many words the chunk has; a one-token chunk is one word (no word list made). */
  private wordCount(chunk: Chunk): number {
    return chunk.last - chunk.first === 1 ? 1 : this.chunkWords(chunk).length;
  }

  /**
   * "Le Pen", "Le Goff", "de Loës", "van der Berg" alone: a family name with its article or
   * particles, no given name.
   */
  private articleAndFamilyName(chunk: Chunk): boolean {
    if (chunk.last - chunk.first < 2 || chunk.last - chunk.first > 3) return false;
    const article = this.tokens[chunk.first];
    if (this.lang === 'fr' && chunk.last - chunk.first === 2 && isCapitalArticle(article)) return true;
    // Lowercase particles ("de", "van der"), then one name word.
    for (let k = chunk.first; k < chunk.last - 1; k++) if (!isWordOf(this.tokens[k], WordClass.Particle) || !this.tokens[k].lowercase) return false;
    return isNameWord(this.tokens[chunk.last - 1]);
  }

  /** The chunk's first word; a one-token chunk's is its token's text (no word list made). */
  private firstWord(chunk: Chunk): string {
    return chunk.last - chunk.first === 1 ? this.tokens[chunk.first].text : this.chunkWords(chunk)[0];
  }

  /** nameWordKey of token k's text, remembered by lexeme: a memo's Map look-up at each mention cost more. */
  private nameWordKeyAt(k: number): string {
    return this.nameWordKeys.of(this.ids[k], this.tokens[k]);
  }

  /** Position of the chunk's first word (see firstWord). */
  private firstWordAt(chunk: Chunk): number {
    if (chunk.last - chunk.first === 1) return chunk.first;
    let k = chunk.first;
    while (k < chunk.last && this.tokens[k].kind !== 'word') k++;
    return k;
  }

  /** nameWordKey of the chunk's n-th word (see chunkWords; n below their count), with no word list made. */
  private wordKeyOf(chunk: Chunk, n: number): string {
    if (chunk.last - chunk.first === 1) return this.nameWordKeyAt(chunk.first);
    for (let k = chunk.first, w = 0; k < chunk.last; k++) {
      if (this.tokens[k].kind !== 'word') continue;
      if (w === n) return this.nameWordKeyAt(k);
      w++;
    }
    return '';
  }

  /** nameWordKey of the chunk's first word (see firstWord). */
  private firstWordKey(chunk: Chunk): string {
    return this.wordKeyOf(chunk, 0);
  }

  /** personKey of the chunk's words (see chunkWords), built from their remembered keys. */
  private personKeyOf(chunk: Chunk): string {
    if (chunk.last - chunk.first === 1) return withNameWordKey('', this.nameWordKeyAt(chunk.first));
    let key = '';
    for (let k = chunk.first; k < chunk.last; k++) if (this.tokens[k].kind === 'word') key = withNameWordKey(key, this.nameWordKeyAt(k));
    return key;
  }

  /** The chunk's words (no punctuation), computed once per chunk. */
  private chunkWords(chunk: Chunk): string[] {
    if (!chunk.words && chunk.last - chunk.first === 1) chunk.words = [this.tokens[chunk.first].text];
    if (!chunk.words) {
      chunk.words = [];
      for (let k = chunk.first; k < chunk.last; k++) if (this.tokens[k].kind === 'word') chunk.words.push(this.tokens[k].text);
    }
    return chunk.words;
  }

  /** The chunk's last word is a known place ("Greenpeace France"). */
  private endsWithPlace(chunk: Chunk): boolean {
    const last = this.lastWordToken(chunk);
    return isWordOf(last, WordClass.NameStart) && gazetteer.lookupName(last.text)?.type === 'LOC';
  }

  /** The chunk's last word (a chunk may end with an initial's period). */
  private lastWordToken(chunk: Chunk): Token {
    let k = chunk.last - 1;
    while (this.tokens[k].kind !== 'word') k--;
    return this.tokens[k];
  }

  /**
   * fold() of the chunk's words joined by spaces, from the lexemes' folded forms: folding works
   * word by word (a space stops accents and case from reaching across).
   */
  private foldedWords(chunk: Chunk): string {
    let key = '';
    for (let k = chunk.first; k < chunk.last; k++) {
      const tok = this.tokens[k];
      if (tok.kind === 'word') key = key === '' ? tok.folded : `${key} ${tok.folded}`;
    }
    return key;
  }

  /** Has the chunk a word of class `cls`, from its `skip`-th token on? */
  private hasWordOf(chunk: Chunk, cls: WordClass, skip = 0): boolean {
    for (let k = chunk.first + skip; k < chunk.last; k++) if (this.tokens[k].kind === 'word' && isWordOf(this.tokens[k], cls)) return true;
    return false;
  }

  /** gazetteer.titleAt, after the per-word test that rules out most tokens. */
  private titleAt(k: number): number {
    if (!isWordOf(this.tokens[k], WordClass.TitleStart) || this.familyNameBeforePeriod(k)) return 0;
    return gazetteer.titleAt(this.words, k, this.keys);
  }

  /** gazetteer.titleEndingAt, after the per-word test (the period of "M." looks one word back). */
  private titleEndingAt(k: number): number {
    const tok = this.tokens[k];
    if (!tok || (tok.text !== '.' && !isWordOf(tok, WordClass.TitleEnd))) return 0;
    if (tok.text === '.' && this.familyNameBeforePeriod(k - 1)) return 0;
    return gazetteer.titleEndingAt(this.words, k, this.keys, this.mayStartTitleAt);
  }

  /**
   * "led by Jong Kum. Talks lasted…": the Indian "Kum." (Kumari) is a Korean family name too; after
   * a capitalised name, and a period after it, it closes the name and the sentence.
   */
  private familyNameBeforePeriod(k: number): boolean {
    const word = this.tokens[k];
    const before = this.tokens[k - 1];
    return TITLES_ALSO_FAMILY_NAMES.has(word?.text ?? '') && this.tokens[k + 1]?.text === '.' && isNameWord(before) && before.capitalised && !isWordOf(before, WordClass.TitleWord) && onlySpacesBetween(this.text, before, word);
  }

  /**
   * False at a word that starts no title (its TitleStart class bit): titleEndingAt then skips the
   * walk from there, where it walked the title index from each of the words before the end.
   * (Other tokens are walked: the bit is computed for words only.) Made once, not per call.
   */
  private readonly mayStartTitleAt = (k: number): boolean => (this.classes[k] & (WordClass.Word | WordClass.TitleStart)) !== WordClass.Word;

  /**
   * "les rues de Kervéan", "la foire de Saint-Oradour", "north of Carrowmore": a lone name
   * completing a common noun is most often where the noun is, and a firm after a firm's noun
   * ("le conseil d'administration de Technoval", "employees of Brightwell"); a stronger cue
   * elsewhere in the article still wins. Nothing for a remit ("ministres des Affaires
   * étrangères"), an acronym, a first name, a word the article writes in lowercase, the last word
   * of a longer name of the article ("the trial of Okafor" after "Chidi Okafor"), or after a noun
   * of persons and events ("le procès de Kerbrat", "the death of Hargreave").
   */
  private kindOfNounComplement(chunk: Chunk): 'LOC' | 'ORG' | undefined {
    const name = this.tokens[chunk.first];
    const noun = this.tokens[chunk.first - 2];
    if (!this.complementOfNoun(chunk.first) || isAcronym(name.text) || isWordOf(name, WordClass.FirstName)) return undefined;
    if (PORTFOLIO_WORDS.has(name.folded) || this.lowercaseWords.has(name.folded) || PERSON_EVENT_NOUNS.has(noun.folded)) return undefined;
    if (this.lastWordsOfNames().has(name.folded)) return undefined;
    // (Not when the name qualifies a noun after it: "the staff of Ennis hospital", "founder of Tamworth's paper".)
    const after = this.tokens[chunk.last];
    const qualifies = isPossessiveMark(after) || (isWordTok(after) && after.lowercase && TOWN_QUALIFIED_NOUNS.has(after.folded));
    return FIRM_NOUNS[this.lang].has(noun.folded) && !qualifies ? 'ORG' : 'LOC';
  }

  /** The words before an officer's word, where they name a place by its head ("Oyo State", "Ulster County"): the chunk becomes them. */
  private placeBeforeOfficer(chunk: Chunk): void {
    const head = this.tokens[chunk.last - 2];
    if (chunk.last - chunk.first < 3 || !isWordOf(head, WordClass.PlaceHeadWord)) return;
    this.resizeChunk(chunk, chunk.first, chunk.last - 1);
    settle(chunk, 'LOC', 2);
  }

  /** "Coastal Renewal" before "Minister Jane Roe": English words naming a minister's remit. */
  private remitBeforeMinister(chunk: Chunk): boolean {
    const title = this.tokens[chunk.last];
    const holder = this.tokens[chunk.last + 1];
    if (this.lang !== 'en' || !title?.capitalised || !MINISTER_TITLES.has(title.folded) || !isNameWord(holder)) return false;
    if (!onlySpacesBetween(this.text, this.tokens[chunk.last - 1], title) || !onlySpacesBetween(this.text, title, holder)) return false;
    return !this.hasWordOf(chunk, WordClass.OrgHeadWord) && !isAcronym(this.tokens[chunk.first].text);
  }

  /**
   * A title or role right before: "le président (américain) X", "M. X", "Senator X", "le
   * secrétaire à la Défense X", "Prime Minister X".
   */
  private titleBefore(i: number): boolean {
    let k = i - 1;
    // Skip one nationality adjective: "le président brésilien Lula da Silva" (not a
    // preposition: "an analyst at Barclays" names the employer; nor a verb of speech: "a
    // spokesman said Nestwell had filed" names what he speaks of).
    const skipped = this.tokens[k];
    if (skipped?.lowercase && !PREPOSITIONS.has(skipped.folded) && !isWordOf(skipped, WordClass.SpeechVerb) && this.titleEndingAt(k) === 0) k--;
    return k >= 0 && this.titleEndingAt(k) > 0;
  }

  /**
   * "his daughter Niamh", "her father, Con,", "sa fille Niamh", "la mère de Yannick": a relative
   * named after a possessive and a kinship noun, or after a kinship noun and "de"/"of".
   */
  private kinshipBefore(i: number): boolean {
    let k = i - 1;
    const comma = this.tokens[k]?.text === ',';
    if (comma) k--;
    // "Son frère cadet, Slim": French puts the adjective after the noun of kin.
    if (comma && this.lang === 'fr' && this.tokens[k]?.lowercase && KINSHIP_NOUNS.has(this.tokens[k - 1]?.folded ?? '')) k--;
    const noun = this.tokens[k];
    if (!isWordTok(noun) || !noun.lowercase) return false;
    if (KINSHIP_NOUNS.has(noun.folded)) {
      // "sa mère Rose", "le père, Hùng,": a possessive, or the article when a comma sets the name off.
      const determiner = this.tokens[k - 1];
      return isWordTok(determiner) && (POSSESSIVE_DETERMINERS.has(determiner.folded) || (comma && SINGULAR_DEFINITE_ARTICLES.has(determiner.folded)));
    }
    // ("une veuve de Belleville", "the widow of Paisley": a town the lists know says where she lives.)
    return OF_PREPOSITIONS.has(noun.folded) && k === i - 1 && isWordTok(this.tokens[k - 1]) && KINSHIP_NOUNS.has(this.tokens[k - 1].folded) && !isPlaceName(this.tokens[i].text);
  }

  /** "La porte-parole du ministère, Anne Lefort, ...": a role, a comma, then the name. */
  private appositionAfterRole(i: number): boolean {
    if (this.tokens[i - 1]?.text !== ',') return false;
    for (let k = i - 2; k >= Math.max(0, i - 6); k--) {
      const tok = this.tokens[k];
      if (tok.kind === 'punct') return false;
      if (isWordOf(tok, WordClass.TitleWord)) return true;
    }
    return false;
  }

  /** A cue noun within three words before: "l'agence Tass", "la région russe de Koursk". */
  /** A lowercase place noun and "of", "de" or "d'" right before token i: "the county of", "la ville de". */
  private placeNounOfBefore(i: number): boolean {
    const [noun, of] = [this.tokens[i - 2], this.tokens[i - 1]];
    return isWordTok(of) && isWordTok(noun) && noun.lowercase && (of.folded === 'of' || of.folded === 'de' || of.folded === "d'") && PLACE_CUE_NOUNS.has(noun.folded);
  }

  private cueBefore(i: number, cues: ReadonlySet<string>): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const tok = this.tokens[k];
      // (Not across another name: "un supermarché Cactus de Bertrange" cues Cactus, not the town.)
      // (An acronym may be the cue: "l'ONG Akwaba Habitat".)
      if (tok.kind !== 'word' || (tok.capitalised && !tok.sentenceStart && !isAcronym(tok.text))) return false;
      // ("un torpilleur parti de Messine", "le parti de Mélenchon", "the party of Lincoln": a
      // party "de"/"of" a name is the participle "left from" or a leader's party, never its name.)
      if (cues.has(tok.folded)) return !(PARTY_NOUNS.has(tok.folded) && OF_PREPOSITIONS.has(this.tokens[k + 1]?.folded ?? ''));
    }
    return false;
  }

  /**
   * "la maison Lumière, de Lyon", "les voitures de la maison Peugeot", "la maison Rothschild":
   * French names a business house by "maison" and the name right after it ("la maison de Marie"
   * is her home).
   */
  private firmAfterMaison(i: number): boolean {
    const noun = this.tokens[i - 1];
    return this.lang === 'fr' && isWordTok(noun) && noun.lowercase && noun.folded === 'maison' && onlySpacesBetween(this.text, noun, this.tokens[i]);
  }

  /**
   * "l'usine Sud-Aviation de Bouguenais", "les usines Lubrizol": French names a factory by its
   * firm, right after "usine" ("l'usine de Lacq" is in a town); a factory named after a person
   * opens on a given name ("l'usine André-Blondel").
   */
  private firmOfFactory(chunk: Chunk): boolean {
    const noun = this.tokens[chunk.first - 1];
    const name = this.tokens[chunk.first];
    if (this.lang !== 'fr' || !isWordTok(noun) || !noun.lowercase || (noun.folded !== 'usine' && noun.folded !== 'usines')) return false;
    return onlySpacesBetween(this.text, noun, name) && !gazetteer.isFirstName(name.text.split('-')[0]);
  }

  /**
   * "le finlandais Kymijoki", "l'allemand Holzner", "au japonais Takemura": French writes a
   * company's nationality in lower case as a noun before its name, a person's with a capital
   * ("le Finlandais Mika Virtanen"). Not a given name after it ("le français Jean Dupont" is a
   * typo's person).
   */
  private companyNationalityBefore(chunk: Chunk): boolean {
    const [article, adjective] = [this.tokens[chunk.first - 2], this.tokens[chunk.first - 1]];
    if (this.lang !== 'fr' || !isWordTok(adjective) || !adjective.lowercase || !COUNTRY_ADJECTIVES.has(adjective.folded)) return false;
    if (!isWordTok(article) || !COMPANY_NATIONALITY_ARTICLES.has(article.folded) || isWordOf(this.tokens[chunk.first], WordClass.FirstName)) return false;
    return onlySpacesBetween(this.text, adjective, this.tokens[chunk.first]);
  }

  /**
   * "le site de Raon-l'Étape", "le site d'Ougrée": a site "de" a name is a works or a place, where
   * "site" is an organisation's cue only for a website named right after it ("le site Mediapart").
   */
  private siteOfPlaceBefore(i: number): boolean {
    const preposition = this.tokens[i - 1];
    return this.lang === 'fr' && DE_FORMS_FR.has(preposition?.folded ?? '') && this.tokens[i - 2]?.folded === 'site';
  }

  /** "Shares of Lockheed Martin rose", "shares in Tolvane fell": what has shares is a company. */
  private sharesOf(i: number): boolean {
    const preposition = this.tokens[i - 1];
    return this.lang === 'en' && (preposition?.text === 'of' || preposition?.text === 'in') && this.tokens[i - 2]?.folded === 'shares';
  }

  /**
   * The chunk is cut from a place compound ("Austin" of "Austin-based", see tokenize.ts), or is
   * the town before one, after its comma ("Redmond, Washington-based").
   */
  private placeOfCompound(chunk: Chunk): boolean {
    const { tokens } = this;
    // Only a place the lists know: "Windows-based", "Java-based", "Turing-based" are no places.
    if (this.placeCompoundHyphenAt(chunk.last)) return isPlaceName(this.surface(chunk));
    return tokens[chunk.last]?.text === ',' && isNameWord(tokens[chunk.last + 1]) && this.placeCompoundHyphenAt(chunk.last + 2);
  }

  /** Token k is the hyphen tokenize.ts cut a place compound at ("Austin" "-" "based"). */
  private placeCompoundHyphenAt(k: number): boolean {
    const hyphen = this.tokens[k];
    return hyphen?.text === '-' && hyphen.start === this.tokens[k - 1].end && PLACE_COMPOUND_WORDS.has(this.tokens[k + 1]?.text ?? '');
  }

  /**
   * "À Vernoux, la syndique …", "In Kumasi, traders …": a sentence that opens on where it
   * happens. Not an acronym: "Au PLQ, on reconnaît …" opens on a party.
   */
  private openingPlace(chunk: Chunk): boolean {
    const prep = this.tokens[chunk.first - 1];
    return !!prep?.sentenceStart && !isAcronym(this.tokens[chunk.first].text) && prep.folded !== 'from' && this.locativeBefore(chunk.first) && this.tokens[chunk.last]?.text === ',';
  }

  /** "in", "at", "à", "au": before a name of unknown kind, where it is (not "from": people come and go). */
  private placePrepositionBefore(chunk: Chunk): boolean {
    return this.locativeBefore(chunk.first) && this.tokens[chunk.first - 1].folded !== 'from' && !this.possessiveAfter(chunk);
  }

  /** The chunk is a possessor: "Smith's", or a name ending in "s" with a bare apostrophe ("Hargreaves'"). */
  private possessiveAfter(chunk: Chunk): boolean {
    const mark = this.tokens[chunk.last];
    if (isPossessiveMark(mark)) return true;
    return (mark?.text === "'" || mark?.text === '’') && mark.start === this.tokens[chunk.last - 1].end && this.tokens[chunk.last - 1].text.endsWith('s');
  }

  /** A lowercase article right before: "the", "a", "le", "l'", "une". */
  private articleBefore(i: number): boolean {
    const prev = this.tokens[i - 1];
    return isWordTok(prev) && prev.lowercase && ARTICLES.has(prev.folded) && (this.lang === 'en' || prev.text !== 'a');
  }

  /**
   * A lone English word opening its sentence that reads as a plural ("Residents", "Analysts")
   * and that the article also writes in lowercase: a common noun, not a family name ("Jenkins").
   */
  private opensOnPluralNoun(chunk: Chunk): boolean {
    const tok = this.tokens[chunk.first];
    if (this.lang !== 'en' || !tok.sentenceStart || isWordOf(tok, WordClass.FirstName) || !/[^su'’]s$/.test(tok.text)) return false;
    // A common noun the article also writes in lowercase ("residents", "a resident", "a deputy"),
    // or one for people: listed, or by a trade's plural ending no family name has ("Seismologists").
    const folded = tok.folded;
    const inLowercase = this.lowercaseWords.has(folded) || this.lowercaseWords.has(folded.slice(0, -1)) || (folded.endsWith('ies') && this.lowercaseWords.has(`${folded.slice(0, -3)}y`));
    return inLowercase || PEOPLE_PLURALS.has(folded) || TRADE_PLURAL_ENDING.test(folded);
  }

  /**
   * Capitalised English words the article also writes as a whole noun phrase after "the" ("the
   * Exchequer.", "the Admiralty's"): common nouns of public life, which name no person even
   * where they open a sentence before "says" ("Exchequer says …").
   */
  private commonNounsWithThe(): ReadonlySet<string> {
    if (this.nounsWithThe) return this.nounsWithThe;
    const found = new Set<string>();
    const { tokens } = this;
    if (this.lang === 'en') {
      // The capital's class bit first: most tokens are ruled out without reading a token object
      // (reading three per token, and the array made of them, was 5 ms of an English megabyte).
      // Then "the" before it by lexeme id (IS_THE): most capitals follow another word, which is
      // ruled out without reading its token object and its string.
      const { classes, ids } = this;
      const isThe = IS_THE.prepare();
      for (let i = 1; i + 1 < tokens.length; i++) {
        if (!(classes[i] & WordClass.Capitalised) || !isThe.of(ids[i - 1], tokens[i - 1])) continue;
        const word = tokens[i];
        const next = tokens[i + 1];
        if (isAllCaps(word.text) || !this.definiteArticleBefore(i)) continue;
        const endsPhrase = isPossessiveMark(next) || (next.kind === 'punct' && PHRASE_END_PUNCTUATION.has(next.text));
        if (endsPhrase) found.add(word.folded);
      }
    }
    return (this.nounsWithThe = found);
  }

  /** The folded last words of the article's names of two or three words (see gatherEvidence). */
  private lastWordsOfNames(): ReadonlySet<string> {
    if (!this.nameEnds) this.gatherNameEdges();
    return this.nameEnds as Set<string>;
  }

  /** The folded first words of the article's names of two or three words. */
  private firstWordsOfNames(): ReadonlySet<string> {
    if (!this.nameStarts) this.gatherNameEdges();
    return this.nameStarts as Set<string>;
  }

  /** One pass over the chunks for lastWordsOfNames and firstWordsOfNames. */
  private gatherNameEdges(): void {
    const starts = new Set<string>();
    const ends = new Set<string>();
    for (const chunk of this.chunks) {
      const count = this.wordCount(chunk);
      if (count < 2 || count > 3) continue;
      starts.add(this.tokens[chunk.first].folded);
      ends.add(this.tokens[chunk.last - 1].folded);
    }
    this.nameStarts = starts;
    this.nameEnds = ends;
  }

  /** "the", "le", "la", "les", "l'" just before, capitalised at a sentence start too. */
  private definiteArticleBefore(i: number): boolean {
    const prev = this.tokens[i - 1];
    return isWordTok(prev) && (prev.lowercase || prev.sentenceStart) && DEFINITE_ARTICLES.has(prev.folded);
  }

  /**
   * English "the" before a name of two words or more whose last is a plural ("the Power Dynamos"),
   * not an event's ("the Commonwealth Games") nor where a preposition of place puts it ("on the
   * Grand Banks", "in the New Territories", "to the Boston States").
   */
  private pluralNameAfterThe(chunk: Chunk, count: number): boolean {
    if (this.lang !== 'en' || count < 2 || !this.singularArticleBefore(chunk.first) || this.eventHeadBeforeOf(chunk)) return false;
    const last = this.lastWordToken(chunk);
    // ("the Hela Wigmen", "the Kingsmen": a plural in -men too.)
    if (!/[^siu']s$|\p{Ll}men$/u.test(last.text) || last.text.length <= 3 || isAllCaps(last.text) || EVENT_HEAD_WORDS.has(last.folded)) return false;
    if (isWordOf(last, WordClass.FirstName | WordClass.PlaceHeadWord) || PLURALS_OF_NO_TEAM.has(last.folded)) return false;
    // "the Outer Hebrides", "the East Midlands": parts of a country.
    if (PLACE_QUALIFIERS.has(this.tokens[chunk.first].folded)) return false;
    // "the Durham Miners’ Gala": a plural possessor names what follows.
    const after = this.tokens[chunk.last];
    // ("the Columbia River Fishermen's Protective Union": a possessor in -men, with its "'s".)
    if (after && (after.text === "'" || after.text === '’' || isPossessiveMark(after)) && after.start === last.end) return false;
    return !PLACING_PREPOSITIONS.has(tokenAt(this.tokens, chunk.first - 2)?.folded ?? '');
  }

  /**
   * A singular article of the article's language right before, capitalised at a sentence's start
   * too: English "the" ("The Clyde has never asked"), French "le", "la", "l'", "du", "au".
   */
  /**
   * "les Chambres fédérales", "des Forces armées": a plural article before a capitalised plural
   * noun, when the noun is not a people's ("les Parisiens aisés").
   */
  private pluralBodyArticleBefore(i: number): boolean {
    const prev = this.tokens[i - 1];
    const noun = this.tokens[i].text;
    if (!isWordTok(prev) || !prev.lowercase || !['les', 'des', 'aux'].includes(prev.folded)) return false;
    return /[sx]$/.test(noun) && !FRENCH_DEMONYM_ENDING.test(noun.slice(0, -1)) && !looksLikeDemonym(noun.slice(0, -1));
  }

  private singularArticleBefore(i: number): boolean {
    const prev = this.tokens[i - 1];
    if (!isWordTok(prev) || !(prev.lowercase || prev.sentenceStart)) return false;
    return this.lang === 'en' ? prev.folded === 'the' : FRENCH_ARTICLES.has(prev.lowercase ? prev.text : prev.text.toLowerCase());
  }

  /**
   * A preposition of place or travel right before token i: a body's noun before it ("the group
   * leaves for Felixstowe", "the Coal Company workings at Rosedale") names who goes or works
   * there, not the name after it.
   */
  private placeOrTravelBefore(i: number): boolean {
    const prev = this.tokens[i - 1];
    return this.locativeBefore(i) || (isWordTok(prev) && prev.lowercase && TRAVEL_PREPOSITIONS.has(prev.folded));
  }

  private locativeBefore(i: number): boolean {
    const prev = this.tokens[i - 1];
    if (!isWordTok(prev)) return false;
    // "A Vercourt, …": French capitals often go without their accent; "A" opening a sentence is "À".
    return LOCATIVE_PREPOSITIONS.has(prev.lowercase ? prev.text : prev.text.toLowerCase()) || (this.lang === 'fr' && prev.text === 'A' && prev.sentenceStart);
  }

  /**
   * The town a person comes from, after their age or before "man" or "resident" (see below); a
   * body or a group word in that place is what they belong to or are ("Jane Roe, 34, of Kelham
   * University", "a 45-year-old Muslim man"). The town wins over a first name inside it.
   */
  private namesTownOfPerson(chunk: Chunk): boolean {
    const afterAge = this.residenceAfterAge(chunk);
    if (!afterAge && !this.residenceBeforePerson(chunk)) return false;
    const first = this.tokens[chunk.first];
    if (this.hasWordOf(chunk, WordClass.OrgHeadWord) || ORG_NAME_ENDINGS.has(this.lastWordToken(chunk).folded)) return false;
    // (A nationality only stands before the person: "a 45-year-old Pakistani man"; after the age,
    // "of Harriman" is a town whatever its ending.)
    return !GROUP_WORDS.has(first.folded) && !COLOUR_WORDS.has(first.folded) && (afterAge || !looksLikeDemonym(first.text));
  }

  /**
   * "Ann Roe, 62, of Oak Creek", "Tom Lee, 41, from Orlando East": English press gives a
   * person's age, then where they live.
   */
  private residenceAfterAge(chunk: Chunk): boolean {
    if (this.lang !== 'en') return false;
    const of = this.tokens[chunk.first - 1];
    const comma = this.tokens[chunk.first - 2];
    const age = this.tokens[chunk.first - 3];
    const before = this.tokens[chunk.first - 4];
    if (!of || (of.text !== 'of' && of.text !== 'from') || comma?.text !== ',' || before?.text !== ',') return false;
    return age?.kind === 'number' && age.text.length <= 3;
  }

  /** "a 27-year-old Oak Creek man", "a Lindale resident": a town used as the adjective of a person. */
  private residenceBeforePerson(chunk: Chunk): boolean {
    if (this.lang !== 'en') return false;
    const before = this.tokens[chunk.first - 1];
    const after = this.tokens[chunk.last];
    if (!isWordTok(before) || !isWordTok(after)) return false;
    if (before.folded.endsWith('year-old')) return PEOPLE_OF_A_TOWN.has(after.folded);
    return (before.folded === 'a' || before.folded === 'an') && RESIDENT_NOUNS.has(after.folded);
  }

  /**
   * "via Tarnby", "the roads around Kessock", "the boat to Arnsholm": English words of travel
   * and surroundings before a lone name that only places take ("to" only after a word of
   * travel: "said to Smith" names a person).
   */
  private routeBefore(chunk: Chunk): boolean {
    const prev = this.tokens[chunk.first - 1];
    const beforePrev = this.tokens[chunk.first - 2];
    if (this.lang === 'fr') return this.frenchRouteBefore(prev, beforePrev);
    if (!isWordTok(prev) || !prev.lowercase) return false;
    // "outside Smith's home", "the flight to Hargreaves' wedding": the place is the possessed noun.
    if (this.possessiveAfter(chunk)) return false;
    if (ROUTE_PREPOSITIONS.has(prev.folded)) return true;
    // (Not before an apposition that says who or what: "bound for Phillips, the Leeds wholesaler".)
    if (prev.folded === 'for') return isWordTok(beforePrev) && BOUND_FOR_WORDS.has(beforePrev.folded) && !this.appositionAfterName(chunk.last);
    return prev.folded === 'to' && isWordTok(beforePrev) && (TRAVEL_WORDS.has(beforePrev.folded) || this.fromNameBefore(chunk.first - 2));
  }


  /**
   * "Parti de Gap à 10 h 30, le peloton…": "Parti" opening a sentence before "de" and a town the
   * lists know is the participle (having left it), not a party ("Parti de Gap" names none).
   */
  private leavesTown(i: number): boolean {
    const [word, of, town] = [this.tokens[i], this.tokens[i + 1], this.tokens[i + 2]];
    if (!word.sentenceStart || !LEAVING_PARTICIPLES.has(word.text) || (of?.folded !== 'de' && of?.folded !== "d'")) return false;
    return isWordTok(town) && town.capitalised && (gazetteer.lookupName(town.text)?.kind === 'city' || gazetteer.lookupTown(town.text) !== undefined);
  }

  /** "l'Hôtel de ville" (the capital on "Hôtel" alone): one place, as "l'Hôtel de Ville" is. */
  private townHallInLowercase(chunk: Chunk): boolean {
    const [hotel, of, town] = [this.tokens[chunk.first], this.tokens[chunk.last], this.tokens[chunk.last + 1]];
    return hotel.text === 'Hôtel' && !hotel.sentenceStart && of?.text === 'de' && town?.text === 'ville' && onlySpacesBetween(this.text, hotel, of) && onlySpacesBetween(this.text, of, town);
  }

  /**
   * "the North Side", "the East End", "the West Country", "the North-East", "the North East":
   * after "the", a point of the compass, alone or with a district's noun, names a quarter of the
   * town or of the country. Alone, only before punctuation or a small word other than "of" ("the
   * West when it was not fashionable"): "the East wind", "the North face" are a wind and a wall.
   */
  private namesCompassQuarter(chunk: Chunk): boolean {
    if (this.tokens[chunk.first - 1]?.folded !== 'the') return false;
    const words: string[] = [];
    for (let k = chunk.first; k < chunk.last; k++) if (isWordTok(this.tokens[k])) words.push(this.tokens[k].folded);
    const noun = QUARTER_NOUNS_EN.has(words[words.length - 1]);
    const compass = noun ? words.slice(0, -1) : words;
    if (compass.length === 0 || compass.length > 2 || !COMPASS_QUARTER.test(compass.join('-'))) return false;
    if (noun) return true;
    const next = this.tokens[chunk.last];
    // ("the North of Scotland Steam Fishing Company": a body's name the chunker cut on "of".)
    if (next?.folded === 'of') return false;
    return !isLowercaseContentWord(next) || isWordOf(next, WordClass.Adverb);
  }

  /** "Jura-Sud", "Marseille-Nord": a place the lists know, a hyphen, a point of the compass. */
  private compassPartOfPlace(word: string): boolean {
    // Asked of every one-word chunk: most have no hyphen, which the expression needs.
    if (!word.includes('-')) return false;
    const match = COMPASS_PART.exec(word);
    return !!match && isPlaceName(match[1]);
  }

  /** Token i opens its sentence or follows an article or a preposition, not a noun it would name. */
  private afterArticleOrPreposition(i: number): boolean {
    const prev = this.tokens[i - 1];
    return !isWordTok(prev) || this.tokens[i].sentenceStart || isWordOf(prev, WordClass.Determiner | WordClass.Preposition);
  }

  /** ", where" or ", où" right after the name. */
  private whereAfter(j: number): boolean {
    return this.tokens[j]?.text === ',' && (this.tokens[j + 1]?.text === 'where' || this.tokens[j + 1]?.text === 'où');
  }

  private townAfterPlacePreposition(chunk: Chunk): boolean {
    const { tokens } = this;
    const prep = tokens[chunk.first - 1];
    if (!isWordTok(prep) || !prep.lowercase || this.possessiveAfter(chunk)) return false;
    // ("sa fiancée à Lourdes, sa mère": a kinship in apposition makes her a person.)
    if (tokens[chunk.last]?.text === ',' && POSSESSIVE_DETERMINERS.has(tokens[chunk.last + 1]?.folded ?? '')) return false;
    const english = this.lang === 'en' && (prep.text === 'in' || prep.text === 'near');
    const before = tokens[chunk.first - 2];
    const french = this.lang === 'fr' && prep.text === 'à' && !(isWordTok(before) && (isWordOf(before, WordClass.SpeechVerb) || FRENCH_DATIVE_VERBS.test(before.folded)));
    return (english || french) && !this.firstWordsOfNames().has(tokens[chunk.first].folded);
  }

  /**
   * "the MP for Bodmin", "M.P. for North Clare", "TD for Dublin North-Central": a member of a
   * parliament, then "for" and the constituency (a place, not a minister's remit).
   */
  private constituencyMemberBefore(i: number): boolean {
    const { tokens } = this;
    if (this.lang !== 'en' || tokens[i - 1]?.text !== 'for') return false;
    let letters = '';
    for (let k = i - 2; k >= Math.max(0, i - 8); k--) {
      const tok = tokens[k];
      if (tok.text === '.') continue;
      if (tok.kind !== 'word' || !/^\p{Lu}+$/u.test(tok.text) || tok.text.length > 3) break;
      letters = tok.text + letters;
      if (!(tokens[k - 1]?.text === '.' && tokens[k - 1].end === tok.start)) break;
    }
    return CONSTITUENCY_MEMBERS.has(letters);
  }

  /** A language's name after "in", "into", "of", "from" or a verb of speaking ("in Tagalog", "translated from Welsh"). */
  private namesLanguage(chunk: Chunk): boolean {
    const prev = this.tokens[chunk.first - 1];
    return this.lang === 'en' && isWordTok(prev) && prev.lowercase && LANGUAGE_CUES.has(prev.folded) && LANGUAGE_NAMES.has(this.tokens[chunk.first].folded);
  }

  /**
   * "de Landerneau (Finistère)", "from Quellby (Iowa)": after a preposition of place or origin, a
   * town, then the region or country it is in, in brackets. (Not in a results table: "1. Lemaire
   * (France) ; 2. Rossi (Italie)", nor a firm's country: "l'entreprise Vatel (Belgique)".)
   */
  private regionInBracketsAfter(chunk: Chunk): boolean {
    const { tokens } = this;
    if (tokens[chunk.last]?.text !== '(' || tokens[chunk.last + 2]?.text !== ')' || !onlySpacesBetween(this.text, tokens[chunk.last - 1], tokens[chunk.last])) return false;
    const prep = tokens[chunk.first - 1];
    if (!isWordTok(prep) || !prep.lowercase || !(OF_PREPOSITIONS.has(prep.folded) || LOCATIVE_PREPOSITIONS.has(prep.text))) return false;
    const region = tokens[chunk.last + 1];
    return isNameWord(region) && gazetteer.lookupName(region.text)?.type === 'LOC';
  }

  /**
   * "Yves Le Goff (Trevanol-Cycles)", "Ann Corrib (Quorvane Alliance)": a name alone in brackets
   * right after a person's, most often the party, the team or the firm they stand for. (A place
   * there is their constituency or their country, which the gazetteers type first, "Anne Morel
   * (Gironde)"; the caller asks the long town list and turns down one plain word; a full name
   * is a person's.)
   */
  private affiliationInBrackets(chunk: Chunk, count: number): boolean {
    const { tokens } = this;
    const open = tokenAt(tokens, chunk.first - 1);
    if (open?.text !== '(' || tokens[chunk.last]?.text !== ')') return false;
    if (count >= 2 && isWordOf(tokens[chunk.first], WordClass.FirstName)) return false;
    const person = this.chunkEndingAt(chunk.first - 1);
    if (!person || !onlySpacesBetween(this.text, tokens[person.last - 1], open)) return false;
    return person.type === 'PER' || (person.last - person.first >= 2 && isWordOf(tokens[person.first], WordClass.FirstName));
  }

  /**
   * "Kaduna State Government", "the Provisional Government": a government by its name, of three
   * words at most. Not one that may come ("a Labour Government"), nor a kind of government
   * ("Local Government", "the Minority Government"), nor a headline's verb before it
   * ("Opposition Attacks Government", "Protesters Demand Smaller Government").
   */
  private namedGovernment(chunk: Chunk): boolean {
    if (tokenAt(this.tokens, chunk.first - 1)?.folded === 'a') return false;
    const words = this.chunkWords(chunk);
    const before = words[words.length - 2];
    if (words.length > 3 || !before) return false;
    return !KINDS_OF_GOVERNMENT.has(before.toLowerCase()) && !/[^s]s$/.test(before);
  }

  /** "arrived from X", "flew to X", "the train for X": a word of travel, then "from", "to" or "for". */
  private travelBefore(i: number): boolean {
    const prep = this.tokens[i - 1];
    const travel = this.tokens[i - 2];
    // "restored by way of Savannah", "routed via Augusta": only a place is a way.
    if (prep?.folded === 'via' || (prep?.folded === 'of' && travel?.folded === 'way' && this.tokens[i - 3]?.folded === 'by')) return true;
    if (!isWordTok(prep) || !isWordTok(travel) || !(prep.folded === 'from' || prep.folded === 'to' || prep.folded === 'for')) return false;
    if (prep.folded === 'for' && BOUND_FOR_WORDS.has(travel.folded)) return true;
    return TRAVEL_WORDS.has(travel.folded) || travel.folded === 'arrived' || travel.folded === 'arriving';
  }

  /** "from Kamwala to Matero": the name ending at token k (three words at most) comes after "from". */
  private fromNameBefore(k: number): boolean {
    let first = k;
    while (first > k - 3 && isNameWord(this.tokens[first - 1]) && this.tokens[first - 1].capitalised) first--;
    if (!isNameWord(this.tokens[k]) || !this.tokens[k].capitalised || this.tokens[first - 1]?.folded !== 'from') return false;
    // Only a route between places: "from Blair to Brown", "from Amazon to Shopify" hand something
    // from a person or a body to another.
    const origin = this.chunkEndingAt(k + 1);
    return origin?.first === first && origin.type === 'LOC';
  }

  /**
   * "il a regagné Kelvane", "parti pour Kelvane": "regagner" takes a place as its object, and
   * "partir pour" a destination. (Not "atteindre", "traverser": "la balle a atteint Dupont", "le
   * doute traverse X"; nor "quitter", "rejoindre", "rallier": a firm, a party, a leader.)
   */
  private frenchRouteBefore(prev: Token | undefined, beforePrev: Token | undefined): boolean {
    if (!isWordTok(prev) || !prev.lowercase) return false;
    if (prev.folded === 'pour') return isWordTok(beforePrev) && DEPARTURE_WORDS_FR.has(beforePrev.folded);
    return REACHING_VERBS_FR.has(prev.folded);
  }

  /**
   * "jusqu'à la Canebière", "dans l'Izoard", "sur les Causses", "on the Clyde", "from the Karoo":
   * the press names a district, a mountain pass, a river or a range with its article, after a
   * preposition of place (English: not "at" or "to", which take bodies too; French: "à" only
   * in "jusqu'à"; not "par", which also names an agent). Not a word the article also writes in
   * lowercase, and not when the name goes on: "dans le Tour de l'Avenir", "sur la Corniche
   * ouest" (a lowercase word after it may belong to it). A newspaper without its capital article
   * ("dans le Figaro") is still read as a place.
   */
  private placedWithArticle(chunk: Chunk): boolean {
    if (!this.definiteArticleBefore(chunk.first)) return false;
    const preposition = this.tokens[chunk.first - 2];
    if (!isWordTok(preposition) || !(preposition.lowercase || preposition.sentenceStart) || !ARTICLE_PLACE_PREPOSITIONS[this.lang].has(preposition.folded)) return false;
    // English names bodies and eras as "the Treasury", "the Government", "the Depression", and
    // groups in the plural ("the Commissioners"): not those words.
    if (this.lang === 'en' && (this.bodyOrEraWord(this.tokens[chunk.first]) || this.shipNames().has(this.surfaceKey(chunk)))) return false;
    // "à" alone also follows verbs ("revenir à la Constitution", "penser à la Résistance"), whose
    // complements are bodies, eras and charters; before other names it is where one goes or is
    // ("adieux à l'Olympia", "mécanicien à la Guillotière", "portés à la Morgue").
    if (preposition.folded === 'a' && this.bodyOrEraWord(this.tokens[chunk.first])) return false;
    // "dans le Figaro", "sur les Réseaux": a common noun the article also writes in lowercase.
    if (this.lowercaseWords.has(this.tokens[chunk.first].folded)) return false;
    const next = this.tokens[chunk.last];
    const afterNext = this.tokens[chunk.last + 1];
    if (isWordTok(next) && next.lowercase && !isWordOf(next, WordClass.Function)) return false;
    return !(isWordTok(next) && OF_PREPOSITIONS.has(next.folded) && afterNext && (afterNext.capitalised || DEFINITE_ARTICLES.has(afterNext.folded)));
  }

  /**
   * "la crue de la Sirba", "le long de la Vesdre", "les berges du Loir": a French noun of a
   * river's course, "de" and the article before a lone name make it the river (the lists hold
   * few rivers, and the press names them with their article, never a person). So do a district's
   * dwellers and buildings: "les cafés de la Brianza", "les tisseurs de la Croix-Rousse".
   */
  private placeAfterItsNoun(chunk: Chunk): boolean {
    const { tokens } = this;
    const name = tokens[chunk.first];
    if (this.lang !== 'fr' || this.lowercaseWords.has(name.folded) || isWordOf(name, WordClass.FirstName | WordClass.TitleWord)) return false;
    // ("Crue du Loing : Nemours sous les eaux": a headline's first word keeps its capital.)
    const noun = this.nounBeforeArticledOf(chunk.first, true);
    return noun >= 0 && (RIVER_COURSE_NOUNS_FR.has(tokens[noun].folded) || PLACE_DWELLER_NOUNS_FR.has(tokens[noun].folded));
  }

  /**
   * The French noun whose complement, with its article, opens at i: "crue" in "la crue de la
   * Sirba", "entraîneur" in "l'entraîneur du Raja" ("du" holds its "de"; "de la", "de l'" write
   * it), or -1. The press names no person with that article. `orOpeningSentence`: the noun may
   * open its sentence with a capital.
   */
  private nounBeforeArticledOf(i: number, orOpeningSentence = false): number {
    const { tokens } = this;
    const article = tokens[i - 1];
    if (!isWordTok(article) || !article.lowercase) return -1;
    const articleWithOf = article.folded === 'du' ? 1 : (article.folded === 'la' || article.folded === "l'") && tokens[i - 2]?.folded === 'de' ? 2 : 0;
    const noun = i - 1 - articleWithOf;
    const written = isWordTok(tokens[noun]) && (tokens[noun].lowercase || (orOpeningSentence && tokens[noun].sentenceStart && !isAllCaps(tokens[noun].text)));
    return articleWithOf > 0 && written ? noun : -1;
  }

  /**
   * "le directeur général de la Maskoutaine", "l'entraîneur du Raja", "un communiqué de la
   * Sonatrach", "un retraité de la Nigelec": a French body's people or word, "de" and the article
   * before a lone unknown name make it the body (a place has no coach, no staff, no statement).
   */
  private bodyAfterItsPeople(chunk: Chunk): boolean {
    const name = this.tokens[chunk.first];
    if (this.lang !== 'fr' || this.lowercaseWords.has(name.folded) || isAcronym(name.text) || isWordOf(name, WordClass.FirstName | WordClass.TitleWord)) return false;
    let noun = this.nounBeforeArticledOf(chunk.first);
    if (noun < 0) return false;
    // ("la direction régionale de la Sonatrach": one adjective may follow the noun.)
    if (BODY_NOUN_ADJECTIVES_FR.has(this.tokens[noun].folded) && isWordTok(this.tokens[noun - 1]) && this.tokens[noun - 1].lowercase) noun--;
    const folded = this.tokens[noun].folded;
    return FIRM_NOUNS.fr.has(folded) || BODY_PEOPLE_NOUNS_FR.has(folded);
  }

  /**
   * French items of one list each keep their article: "L'Orbieu, la Berre, le Verdouble et
   * l'Aude", "de la Sirba et du Goroubi" ("du" and "des" hold theirs); the first may open the
   * sentence, the next ones are in lowercase.
   */
  private articlesOfList(first: Token, next: Token): boolean {
    if (this.lang !== 'fr' || !next.lowercase) return false;
    const articled = (tok: Token) => DEFINITE_ARTICLES.has(tok.folded) || tok.folded === 'du' || tok.folded === 'des';
    return articled(first) && articled(next);
  }

  /**
   * "The families of Dover stood … Dover has old ties with Zeebrugge": a word opening a sentence
   * is capitalised whatever it is, so a weak cue alone does not make it a name there; the same
   * word written as a name mid-sentence, typed alike, does. (Keys of type and surface.)
   */
  private namedMidSentence(): ReadonlySet<string> {
    this.namedMidSentenceKeys ??= new Set(this.chunks
      .filter((chunk) => chunk.type && !chunk.weakStart && chunk.strength >= 1 && !this.onHeading[chunk.first] && !this.onCapitalsLine[chunk.first])
      .map((chunk) => this.typedSurfaceKey(chunk)));
    return this.namedMidSentenceKeys;
  }

  private typedSurfaceKey(chunk: Chunk): string {
    return `${chunk.type ?? ''} ${this.surfaceKey(chunk)}`;
  }

  /**
   * The names the article gives a ship ("the liner Waratah" … "sailed in the Waratah") or a
   * flight ("le vol MH370" … "un lien avec le MH370"), made on first need.
   */
  private shipNames(): ReadonlySet<string> {
    this.ships ??= new Set(this.chunks.filter((chunk) => this.namesShip(chunk) || this.namesFlight(chunk)).map((chunk) => this.surfaceKey(chunk)));
    return this.ships;
  }

  /** "le vol MH370", "Flight BA002": an airline's code and a number after the word for a flight. */
  private namesFlight(chunk: Chunk): boolean {
    if (chunk.last - chunk.first !== 1 || !FLIGHT_NUMBER.test(this.tokens[chunk.first].text)) return false;
    const noun = this.tokens[chunk.first - 1];
    return isWordTok(noun) && FLIGHT_NOUNS.has(noun.folded) && onlySpacesBetween(this.text, noun, this.tokens[chunk.first]);
  }

  /**
   * A body's, an era's or a charter's word, or a head of one ("Treasury", "Commission",
   * "Résistance", "Constitution"); in English also a plural, a group ("the Commissioners").
   */
  private bodyOrEraWord(tok: Token): boolean {
    return isWordOf(tok, WordClass.OrgHeadWord) || ORG_NAME_ENDINGS.has(tok.folded) || EVENT_HEAD_WORDS.has(tok.folded) || BODY_AND_ERA_NOUNS[this.lang].has(tok.folded)
      || (this.lang === 'en' && /[^su]s$/.test(tok.folded));
  }

  /**
   * A body's name whose only head word is a weak one (WEAK_ORG_HEAD_WORDS) outside the frame of a
   * body's name. French wants a determiner before it ("la Municipalité", "cette Municipalité", "la
   * nouvelle Municipalité", "du Groupement pour…") or a name after it ("Municipalité de Bastia",
   * "Groupement Les Mousquetaires"), not "Groupement d'employeurs : …". English wants a name before
   * it: two words ("Hartwell Financial Services"), one after "the" ("the Ordnance Survey", "the
   * U.S. Geological Survey") or mid-sentence ("a spokesman for Serco Services"), or "of" and a name
   * after it ("the Geological Survey of India"); not "Emergency Services rushed", "Survey Finds
   * Half of Teenagers…", "The Survey team" nor "the Secret Services of three countries".
   */
  private weakHeadOutsideItsFrame(chunk: Chunk): boolean {
    const { tokens } = this;
    let firstHead = -1;
    let head = -1; // the last one: English puts its head last ("Fortescue Survey Services")
    for (let k = chunk.first; k < chunk.last; k++) {
      if (!isWordOf(tokens[k], WordClass.OrgHeadWord)) continue;
      if (!gazetteer.isWeakOrgHeadWord(tokens[k].text)) return false;
      if (firstHead < 0) firstHead = k;
      head = k;
    }
    if (head < 0) return false;
    if (this.lang === 'fr') return firstHead !== chunk.first || !(this.determinerBeforeFrenchBody(chunk.first) || this.nameAfterFrenchHead(firstHead));
    const of = tokens[head + 1]?.folded === 'of';
    const afterOf = tokens[head + 2]?.folded === 'the' ? tokens[head + 3] : tokens[head + 2];
    // (Not "A Survey of the Coal Industry": a survey made, no body.)
    if (of && afterOf?.capitalised === true) return tokens[chunk.first - 1]?.folded === 'a';
    if (of && tokens[head + 2]?.lowercase === true) return true;
    const wordsBefore = head - chunk.first;
    if (wordsBefore >= 2) return false;
    if (wordsBefore === 0) return true;
    // "the U.S. Geological Survey": "the" before a place the gazetteer found right before the name.
    const place = this.gazetteerChunkEndingAt(chunk.first);
    const start = place ? place.first : chunk.first;
    return !this.definiteArticleBefore(start) && (chunk.weakStart || this.onHeading[chunk.first] === 1);
  }

  /** "la Municipalité", "La Municipalité" opening a sentence, "du Groupement", "cette Municipalité", "la nouvelle Municipalité". */
  private determinerBeforeFrenchBody(i: number): boolean {
    let prev = this.tokens[i - 1];
    if (isWordTok(prev) && prev.lowercase && this.isFrenchAdjective(i - 1)) prev = this.tokens[i - 2];
    return isWordTok(prev) && (prev.lowercase || prev.sentenceStart) && FRENCH_DETERMINERS_BEFORE_BODY.has(prev.folded);
  }

  /** "Municipalité de Bastia", "Groupement Les Mousquetaires": a name right after the French head, or after its "de". */
  private nameAfterFrenchHead(head: number): boolean {
    const next = this.tokens[head + 1];
    const name = next?.folded === 'de' || next?.folded === "d'" ? this.tokens[head + 2] : next;
    return isNameWord(name) && name.capitalised;
  }

  /** "la", "le" or "l'" in lowercase right before token `i`. */
  private frenchDefiniteArticleBefore(i: number): boolean {
    const prev = this.tokens[i - 1];
    return isWordTok(prev) && prev.lowercase && (prev.folded === 'la' || prev.folded === 'le' || prev.folded === "l'");
  }

  /** "le maire de X", "the mayor of X": a name after a lowercase noun and "de"/"of". */
  private complementOfNoun(i: number): boolean {
    const of = this.tokens[i - 1];
    const noun = this.tokens[i - 2];
    return isWordTok(of) && OF_PREPOSITIONS.has(of.folded) && isWordTok(noun) && noun.lowercase && !isWordOf(noun, WordClass.Function);
  }

  /**
   * "Le Telegraph-Journal de Saint-Jean salue …": a town the lists know, after a name and "de",
   * places that name; the verb after it is the name's.
   */
  private townOfName(i: number): boolean {
    const of = this.tokens[i - 1];
    const name = this.tokens[i - 2];
    return isWordTok(of) && of.lowercase && OF_PREPOSITIONS.has(of.folded) && isWordTok(name) && name.capitalised && gazetteer.lookupTown(this.tokens[i].text) !== undefined;
  }

  /**
   * "Troops in Leopoldville welcomed", "Officials at Kolwezi said", "la foule à Kindu a
   * applaudi": a name after a noun and its preposition of place is where the speakers are, not
   * one of them. ("from" only after a plural, "Dispatches from Harrisburg say": "a letter from
   * Smith said" is his.)
   */
  private placeOfSpeakers(i: number): boolean {
    const preposition = this.tokens[i - 1];
    const noun = this.tokens[i - 2];
    if (!isWordTok(preposition) || !preposition.lowercase || !LOCATIVE_PREPOSITIONS.has(preposition.text)) return false;
    if (!isWordTok(noun) || isWordOf(noun, WordClass.Function | WordClass.Determiner | WordClass.SpeechVerb)) return false;
    return preposition.folded !== 'from' || ((noun.lowercase || noun.sentenceStart) && /[^s']s$/.test(noun.folded));
  }

  /** "consacrée à", "hommage à" right before token i (DEDICATED_TO_FR). */
  private dedicatedTo(i: number): boolean {
    return this.lang === 'fr' && this.tokens[i - 1]?.text === 'à' && DEDICATED_TO_FR.has(this.tokens[i - 2]?.folded ?? '');
  }

  private speechVerbAfter(j: number): boolean {
    for (let k = j; k < Math.min(this.tokens.length, j + 4); k++) {
      const tok = this.tokens[k];
      if (tok.kind !== 'word') return false;
      // ("Help is promised from every quarter": what is promised or announced is a thing, not who
      // speaks; "Jones is reported to have fled" is still someone.)
      if (isWordOf(tok, WordClass.SpeechVerb)) return !(this.lang === 'en' && ENGLISH_BE.has(this.tokens[k - 1]?.folded ?? '') && PASSIVE_OF_THINGS.has(tok.folded) && this.tokens[k + 1]?.folded !== 'to');
      if (!VERB_FILLERS.has(tok.folded)) return false;
    }
    return false;
  }

  /**
   * Where a person lives, as English reports give it: "Doherty, of Eccles, who …" (a name, a
   * comma, "of"), "one woman from Iochdar",
   * "campaigners from Tal-y-waen" (a noun for people, "from"). Before the relative and
   * speech-verb rules, which would give the person's "who" or "said" to the place.
   */
  private homeOfPersonBefore(i: number): boolean {
    if (this.lang !== 'en') return false;
    const prep = this.tokens[i - 1];
    const before = this.tokens[i - 2];
    if (!isWordTok(prep) || !before) return false;
    // (After an age, "Mr Tom Roe, 54, of Ashby," is residenceAfterAge's, with its guards.)
    if (prep.text === 'of') {
      const named = this.tokens[i - 3];
      return before.text === ',' && !!named && named.kind === 'word' && named.capitalised && !isWordOf(named, SPELLS_NO_INITIAL | WordClass.OrgHeadWord);
    }
    // ("A night watchman from Kibera", "one old-timer from Eldorado", "a police constable from
    // Tari": a trade or a title too; not "a letter from", "a transfer from".)
    return prep.text === 'from' && before.kind === 'word' && (before.lowercase || before.sentenceStart) && (PEOPLE_NOUNS.has(before.folded) || isWordOf(before, WordClass.TitleWord) || PERSON_NOUN_ENDING_EN.test(before.folded));
  }

  /** "in", "at", "near" or "from" right before token i, or "of" after a name, in English ("faith in Mary, who" is a feeling's). */
  private placeOfPersonBeforeWho(i: number): boolean {
    const prep = this.tokens[i - 1];
    if (this.lang !== 'en' || !isWordTok(prep) || !prep.lowercase) return false;
    // "Mrs. Harriet Quarles of Evanston, who had brought her daughters": "of" after a name is
    // where its bearer lives, and "who" is theirs ("the widow of Farrell, who" is a person's; "the
    // Bishop of Durham" a title's see).
    const named = this.tokens[i - 2];
    if (prep.text === 'of') return isNameWord(named) && named.capitalised && !isWordOf(named, WordClass.TitleWord | WordClass.Function) && onlySpacesBetween(this.text, named, prep);
    if (!PLACES_OF_PEOPLE_PREPOSITIONS.has(prep.text)) return false;
    return !(prep.text === 'in' && FEELINGS_IN_SOMEONE.has(this.tokens[i - 2]?.folded ?? ''));
  }

  /** ", de" or ", d'" after a capitalised word, right before token i: "M. Jules Bujard, de Lutry". */
  private frenchHomeOfPersonBefore(i: number): boolean {
    const prep = this.tokens[i - 1];
    const named = this.tokens[i - 3];
    return isWordTok(prep) && (prep.text === 'de' || prep.folded === "d'") && this.tokens[i - 2]?.text === ',' && isWordTok(named) && named.capitalised;
  }

  /** "Tom Reid, of Kellow, which makes parts," / "of Kellow and Sons": a body, not a home. */
  private bodyAfterHome(chunk: Chunk): boolean {
    const next = this.tokens[chunk.last];
    return this.relativeAfter(chunk.last) === 'which' || (!!next && (isCoordinator(next) || next.text === '&'));
  }

  /**
   * The paper a person spoke to: "told the Mirror", "told The Gleaner", "a déclaré au Progrès",
   * "a confié à la Gazette". People are told without an article; families and peoples end in "s"
   * ("told the Smiths", "the Germans"); a place the lists know, with its article or without ("au
   * Caire", "à la Rochelle"), is where the words were said. A place only "au" would have typed
   * ("a déclaré au Touquet") is read as a paper: the speech verb outweighs it.
   */
  private interviewedBy(i: number): boolean {
    const { tokens } = this;
    const article = tokens[i - 1];
    if (!isWordTok(article)) return false;
    // "told the Smiths", "told the Germans": a family or a people, not a paper.
    if (this.lang === 'en') return article.folded === 'the' && tokenAt(tokens, i - 2)?.text === 'told' && !tokens[i].text.endsWith('s') && !looksLikeDemonym(tokens[i].text);
    const verb = article.text === 'au' ? tokens[i - 2] : article.text === 'la' || article.text === "l'" || article.text === 'l’' ? (tokens[i - 2]?.text === 'à' ? tokens[i - 3] : undefined) : undefined;
    if (!verb || verb.kind !== 'word' || !isWordOf(verb, WordClass.SpeechVerb) || !/é$/.test(verb.text)) return false;
    // "a déclaré au Caire", "à la Rochelle", "au Touquet": a place, with its article or without, is where, not whom.
    const name = tokens[i].text;
    const withArticle = `${article.text === 'au' ? 'Le' : 'La'} ${name}`;
    return !isPlaceName(withArticle) && !isPlaceName(name);
  }

  /** "an analyst at Barclays", "Analysts at Standard Chartered", "économiste chez Natixis": a role, then its employer. */
  private employerCueBefore(i: number): boolean {
    const at = this.tokens[i - 1];
    if (!isWordTok(at) || (at.folded !== 'at' && at.folded !== 'chez')) return false;
    const role = this.tokens[i - 2];
    if (!isWordTok(role) || !(role.lowercase || role.sentenceStart)) return false;
    return this.titleEndingAt(i - 2) > 0 || (role.folded.endsWith('s') && gazetteer.isTitleWord(role.folded.slice(0, -1)));
  }

  /**
   * A lone French name after its article that may be a body's: not a word of the article's full
   * names, nor a people's or a town's ("le Danois a remporté", "le Breton", "le Kényan", "le
   * Slovène": an ending in -s is a demonym's far more often than a firm's). (A first name
   * only before a firm's or a club's verb: "le Raja a battu", not "la Marie a dit".)
   */
  private mayNameBody(chunk: Chunk): boolean {
    const tok = this.tokens[chunk.first];
    if (COUNTRY_ADJECTIVES.has(tok.folded) || FRENCH_DEMONYM_ENDING.test(tok.text) || /(?:s|x|an)$/.test(tok.folded) || DEMONYMS_IN_E.has(tok.folded)) return false;
    return !this.lastWordsOfNames().has(tok.folded) && !this.firstWordsOfNames().has(tok.folded);
  }

  /** "embauche", "a racheté", "a battu": from token j, past auxiliaries, a French verb only a firm or a club is the subject of. */
  private firmVerbAfter(j: number): boolean {
    let k = j;
    while (k < j + 3 && isWordTok(this.tokens[k]) && VERB_FILLERS.has(this.tokens[k].folded)) k++;
    const verb = this.tokens[k];
    return isWordTok(verb) && verb.lowercase && FRENCH_FIRM_VERBS.test(verb.folded);
  }

  /** "selon la", "d'après le": token k is the article after a French "according to". */
  private accordingToBefore(k: number): boolean {
    const prep = this.tokens[k - 1];
    if (!isWordTok(prep) || !prep.lowercase && !prep.sentenceStart) return false;
    return prep.folded === 'selon' || (prep.folded === 'apres' && this.tokens[k - 2]?.folded === "d'");
  }

  /**
   * "la collaboration ATLAS", "the ALICE experiment", "ATLAS et CMS" around token i: the context
   * that makes a first name in capitals an acronym: a determiner and a common noun, another
   * acronym beside it, or no person's context. Surnames in capitals are a convention of court
   * reports and communiqués ("M. MARTIN", "Senator GRACE", "la chanteuse ANGÈLE", "THOMAS, le
   * fils de la victime"): a title, a kinship, a verb before them or an apposition after them
   * says a person.
   */
  private acronymContext(i: number): boolean {
    const { tokens } = this;
    const noun = tokens[i - 1];
    const determiner = tokens[i - 2];
    // (French "a" is the verb: "le tribunal a entendu THOMAS".)
    const article = isWordOf(determiner, WordClass.Determiner) && !(this.lang === 'fr' && determiner.folded === 'a');
    const namedByNoun = isWordTok(noun) && noun.lowercase && article && !isWordOf(noun, WordClass.TitleWord | WordClass.Function | WordClass.SpeechVerb) && !KINSHIP_NOUNS.has(noun.folded) && this.titleEndingAt(i - 1) === 0;
    const acronymBeside = (k: number) => isWordTok(tokens[k]) && tokens[k].text.length >= 2 && isAcronym(tokens[k].text) && !isWordOf(tokens[k], WordClass.FirstName);
    const joined = (k: number) => CREDIT_JOINERS.has(tokens[k]?.folded ?? '');
    if (namedByNoun || (joined(i + 1) && acronymBeside(i + 2)) || (joined(i - 1) && acronymBeside(i - 2))) return true;
    // Otherwise an acronym too ("Data from ALICE", "les chercheurs d'ATLAS"), unless a person's
    // context: a title, a kinship, a verb of speech or a verb before it, an apposition after it.
    const after = tokens[i + 1];
    const apposition = after?.text === ',' && isWordOf(tokens[i + 2], WordClass.Determiner);
    const verbBefore = isWordTok(noun) && noun.lowercase && !isWordOf(noun, WordClass.Preposition | WordClass.Determiner);
    return !(this.titleBefore(i) || this.kinshipBefore(i) || apposition || verbBefore || isWordOf(noun, WordClass.SpeechVerb));
  }

  /** "a spokesman for", "un porte-parole de" right before token i. */
  private spokesmanBefore(i: number): boolean {
    const preposition = this.tokens[i - 1]?.folded ?? '';
    const noun = this.tokens[i - 2]?.folded ?? '';
    return this.lang === 'en' ? preposition === 'for' && SPOKESPEOPLE.has(noun) : OF_PREPOSITIONS.has(preposition) && noun === 'porte-parole';
  }

  /**
   * A spokesman speaks for a firm more often than for a minister ("a spokesman for Keir
   * Starmer"), and the lists know few of the world's given names: the article decides. One word
   * is a body unless it is a family name of the article's people ("a spokesman for Nestwell", not
   * "… for Sunak" after "Rishi Sunak"); a name opening on a people's adjective ("Caledonian
   * MacBrayne") or joined by "and", "of", "&" is a body; any other name of two words or more is
   * one unless the article gives its last word a title elsewhere.
   */
  private spokesmanSpeaksForBody(chunk: Chunk): boolean {
    const first = this.tokens[chunk.first];
    if (this.wordCount(chunk) === 1) return !this.lastWordsOfNames().has(first.folded);
    if (looksLikeDemonym(first.text)) return true;
    for (let k = chunk.first + 1; k < chunk.last - 1; k++) if (BODY_NAME_JOINERS.has(this.tokens[k].folded)) return true;
    // Two words or more: firms outnumber people there ("a spokeswoman for Thames Water"), unless
    // the article gives the last word a title elsewhere ("Mr Starmer", "le président Sall").
    return !this.titledElsewhere(this.tokens[chunk.last - 1].folded);
  }

  /**
   * "Gallery owner Tim Ross said", "Museum staff were told", "Police said they had arrested": an
   * organisation's word alone opening an English sentence, with no article, before the people it
   * qualifies, is the common noun (so is "Police" before any lowercase word; not "Parliament
   * must decide", "Parliament staff", "Congress passed": the one body of its kind).
   */
  private commonNounOpeningSentence(chunk: Chunk): boolean {
    const word = this.tokens[chunk.first];
    const next = this.tokens[chunk.last];
    if (this.lang !== 'en' || !word.sentenceStart || !next?.lowercase || !isWordOf(word, WordClass.OrgHeadWord) || ONE_OF_A_KIND_BODIES.has(word.folded)) return false;
    return word.folded === 'police' || PEOPLE_PLURALS.has(next.folded) || STAFF_NOUNS.has(next.folded) || isWordOf(next, WordClass.TitleWord);
  }

  /** A chunk of the article whose last word is `word`, after a title: "Mr Starmer", "Prime Minister Keir Starmer". */
  private titledElsewhere(word: string): boolean {
    for (const chunk of this.chunks) {
      if (this.tokens[chunk.last - 1].folded === word && this.titleBefore(chunk.first)) return true;
    }
    return false;
  }

  /** ", for its part," right after the name. */
  private forItsPart(j: number): boolean {
    const t = this.tokens;
    return t[j]?.text === ',' && t[j + 1]?.folded === 'for' && t[j + 2]?.folded === 'its' && t[j + 3]?.folded === 'part';
  }

  /**
   * "Barclays said it would not bid", "Vodafone said on Tuesday it had agreed": what speaks of
   * itself as "it" is a body, not a person.
   */
  private speaksOfItself(j: number): boolean {
    let k = j;
    while (k < j + 4 && isWordTok(this.tokens[k]) && VERB_FILLERS.has(this.tokens[k].folded)) k++;
    if (!isWordOf(this.tokens[k], WordClass.SpeechVerb)) return false;
    for (let m = k + 1; m < Math.min(this.tokens.length, k + 6); m++) {
      const tok = this.tokens[m];
      if (!isWordTok(tok)) return false;
      if (tok.folded === 'it') return true;
      if (!tok.lowercase && !this.dateTokens[m]) return false;
    }
    return false;
  }

  /**
   * "Commonwealth Games" (English puts the head last), "Festival de Cannes" (French first).
   * (English puts "carnival", "regatta", "jubilee" last: "Jubilee Gardens", "Carnival Cruise Lines" are none.)
   */
  private hasEventHead(chunk: Chunk): boolean {
    const first = this.tokens[chunk.first].folded;
    const eventHeadFirst = EVENT_HEAD_WORDS.has(first) && !(this.lang === 'en' && LAST_ONLY_EVENT_HEADS.has(first));
    return eventHeadFirst || EVENT_HEAD_WORDS.has(this.lastWordToken(chunk).folded) || this.eventHeadBeforeOf(chunk);
  }

  /** "Africa Cup of Nations", "Festival of Britain": the head closes the name's first part, before "of". */
  private eventHeadBeforeOf(chunk: Chunk): boolean {
    for (let k = chunk.first + 1; k < chunk.last - 1; k++) {
      if (this.tokens[k].folded === 'of') return EVENT_HEAD_WORDS.has(this.tokens[k - 1].folded);
    }
    return false;
  }

  /**
   * A dateline's town, an event by its head ("LES FLORALIES GANTOISES"), or a person by a first
   * name the article never writes in lowercase ("JEAN VALMONT DÉMISSIONNE"), or by any first name
   * alone on its line with the family name (a signature: "PIERRE DUVERNOIS.").
   */
  private shoutedEvidence(chunk: Chunk, count: number): void {
    if (this.isDateline(chunk)) return settle(chunk, 'LOC', 2);
    if (count >= 2 && this.hasEventHead(chunk)) return settle(chunk, 'EVENT', 2);
    // ("PIERRE DUVERNOIS." alone on its line signs the story, whatever "la pierre" below.)
    const firstName = isWordOf(this.tokens[chunk.first], WordClass.FirstName) && (!this.shoutedWord(chunk.first) || (count === 2 && this.aloneOnItsLine(chunk)));
    if (count >= 2 && count <= 3 && firstName) return settle(chunk, 'PER', 3);
  }

  /** Nothing but punctuation beside the chunk on its line. */
  private aloneOnItsLine(chunk: Chunk): boolean {
    if (!this.tokens[chunk.first].lineStart) return false;
    for (let k = chunk.last; k < this.tokens.length && !this.tokens[k].lineStart; k++) if (this.tokens[k].kind !== 'punct') return false;
    return true;
  }

  /** "Marlow, who …" or "Marlow, which …": English says which of a person or a thing it is. */
  private relativeAfter(j: number): 'who' | 'which' | undefined {
    if (this.tokens[j]?.text !== ',') return undefined;
    const word = this.tokens[j + 1]?.text;
    return word === 'who' || word === 'whose' ? 'who' : word === 'which' ? 'which' : undefined;
  }

  /** Every word of the chunk in capitals, on a line written in capitals (see isShouting). */
  private isShoutedChunk(chunk: Chunk): boolean {
    for (let k = chunk.first; k < chunk.last; k++) {
      const tok = this.tokens[k];
      if (isWordTok(tok) && !isElision(tok) && !(isAllCaps(tok.text) && this.isShouting(k))) return false;
    }
    return true;
  }

  /** A word on a line in capitals that the article also writes in lowercase ("PIT" over "the pit"). */
  private shoutedWord(i: number): boolean {
    return this.onCapitalsLine[i] === 1 && this.lowercaseWords.has(this.tokens[i].folded);
  }

  /** "PAIX" in "faire la PAIX": capitals for emphasis, since "paix" is written elsewhere. */
  private isShouting(i: number): boolean {
    if (this.onCapitalsLine[i]) return true;
    const tok = this.tokens[i];
    if (this.lowercaseWords.has(tok.folded)) return true;
    const neighbours = [tokenAt(this.tokens, i - 1), tokenAt(this.tokens, i + 1)].filter(isWordTok);
    return neighbours.some((n) => isAllCaps(n.text) && n.text.length > 1);
  }

  /**
   * "the M1 near Luton", "on the A27, one of the busiest roads", "l'A75": a lettered road after
   * the definite article, where no noun follows that the code would qualify ("the A4 paper",
   * "the M4 carbine" name a size and a model).
   */
  private namesLetteredRoad(chunk: Chunk): boolean {
    if (!LETTERED_ROAD[this.lang].test(this.tokens[chunk.first].text) || !this.definiteArticleBefore(chunk.first)) return false;
    return !isLowercaseContentWord(this.tokens[chunk.last]);
  }

  /**
   * "the Latur earthquake of 1993", "the Tay Bridge disaster of 1879": English names a past
   * calamity by its place and a lowercase noun, then its year; the name and the noun are the
   * event (the year stays a date of its own). Only with the year, or after "since the", "after
   * the" ("the worst since the Piper Alpha disaster"): otherwise "the Xenia storm" is the story's
   * own storm, told by where it struck.
   */
  private nameDatedCalamities(): void {
    if (this.lang !== 'en') return;
    const { tokens } = this;
    for (const chunk of this.chunks) {
      const noun = tokens[chunk.last];
      if (!isWordTok(noun) || !noun.lowercase || !CALAMITY_NOUNS_EN.has(noun.folded) || chunk.type === 'EVENT') continue;
      if (this.wordCount(chunk) > 3 || !this.definiteArticleBefore(chunk.first) || !(this.yearOfAfter(chunk.last + 1) || this.pastReferenceBefore(chunk.first))) continue;
      extendChunk(chunk, chunk.last + 1, 'EVENT', 3);
    }
  }

  /**
   * "since the", "after the", "before the" right before the name at i: the calamity is a past one
   * the story measures by ("the worst since the Piper Alpha disaster", "a year after the King's
   * Cross fire"), named as its year would name it.
   */
  private pastReferenceBefore(i: number): boolean {
    const preposition = this.tokens[i - 2];
    return isWordTok(preposition) && preposition.lowercase && PAST_REFERENCE_PREPOSITIONS.has(preposition.folded);
  }

  /**
   * "of 1913" at token k: the year a past event is named by. (Not a month: "the Seattle strike
   * of February" was still news to the paper that wrote it.)
   */
  private yearOfAfter(k: number): boolean {
    const of = this.tokens[k];
    const year = this.tokens[k + 1];
    return isWordTok(of) && of.text === 'of' && year?.kind === 'number' && /^(?:1[5-9]|20)\d\d$/.test(year.text);
  }

  /**
   * "University of Chicago", "Central Bank of Kenya", "Office for National Statistics",
   * "Université de Lyon": an organisation's head word takes a complement naming a place or a
   * field. The gazetteer claimed the place first (and the chunker stops at "for"), so the two
   * chunks are joined here, and again for a chain ("District Court for the Southern District of
   * Ohio"). A known person is never swallowed ("the Foundation of Bill Gates" stays two).
   */
  private joinOrganisationComplements(): void {
    // Kept chunks are written back in place (a spread of 100,000 chunks would overflow the stack).
    let kept = 0;
    let open: Chunk | undefined; // the last chunk, when it is an organisation that may take a complement
    for (const chunk of this.chunks) {
      const previous = kept > 0 ? this.chunks[kept - 1] : undefined;
      if (previous && this.nationalShortFormBefore(previous, chunk)) {
        extendChunk(previous, chunk.last, 'ORG', Math.max(chunk.strength, 2));
        open = this.takesComplement(previous) ? previous : undefined;
        continue;
      }
      if (previous && this.countryBranchAfter(previous, chunk)) {
        extendChunk(previous, chunk.last, 'ORG', previous.strength);
        open = undefined;
        continue;
      }
      if (open && this.isComplementOf(open, chunk)) {
        const type = open.type === 'EVENT' || this.eventTakesComplement(open) ? 'EVENT' : 'ORG';
        extendChunk(open, chunk.last, type, Math.max(open.strength, 2));
        continue;
      }
      this.chunks[kept++] = chunk;
      open = this.takesComplement(chunk) || this.eventTakesComplement(chunk) ? chunk : undefined;
    }
    this.chunks.length = kept;
  }

  /**
   * "the London and North Eastern Railway", "the London, Midland and Scottish Railway", "the
   * Bristol and Exeter Railway": English names a railway, a bank or a canal after the places it
   * joins, and a police force after the counties it serves ("Devon and Cornwall Police"), so
   * places after "the" or opening a sentence, listed up to an "and" that a body's name follows,
   * open that name. Not before a body the lists know on its own ("the US and World Health
   * Organization").
   */
  private joinPlacesOpeningBodyNames(): void {
    if (this.lang !== 'en') return;
    const { chunks } = this;
    let kept = 0;
    for (let n = 0; n < chunks.length; n++) {
      const body = chunks[n];
      const first = kept > 0 ? this.placesListedBefore(body, kept) : -1;
      if (first >= 0) {
        extendChunk(chunks[first], body.last, 'ORG', 2);
        kept = first + 1;
        continue;
      }
      chunks[kept++] = body;
    }
    chunks.length = kept;
  }

  /**
   * Index, among the kept chunks [0, kept), of the first place of a list "the A, B and" right
   * before `body`, a body's name the lists do not know whole; -1 when there is none.
   */
  private placesListedBefore(body: Chunk, kept: number): number {
    const { chunks, tokens } = this;
    if (body.type !== 'ORG' || body.strength >= 3 || !isWordOf(this.lastWordToken(body), WordClass.OrgHeadWord)) return -1;
    const and = tokens[body.first - 1];
    if (!isWordTok(and) || and.folded !== 'and' || !onlySpacesBetween(this.text, and, tokens[body.first])) return -1;
    let k = kept - 1;
    let joint = body.first - 1; // the separator the place before it must end on
    while (k >= 0 && chunks[k].type === 'LOC' && chunks[k].last === joint) {
      const before = tokens[chunks[k].first - 1];
      // ("Devon and Cornwall Police, which had cancelled leave": a sentence may open on the list,
      // or on its article: "The Manchester and District Ramblers' Federation said".)
      if ((isWordTok(before) && (before.lowercase || before.sentenceStart) && before.folded === 'the') || tokens[chunks[k].first].sentenceStart) return k;
      if (before?.text !== ',') return -1;
      joint = chunks[k].first - 1;
      k--;
    }
    return -1;
  }

  /**
   * "the U.S. Treasury", "the U.S. Department of Agriculture", "the UK Border Agency": English
   * writes a country's short form before its own institutions as part of their names.
   */
  private nationalShortFormBefore(country: Chunk, body: Chunk): boolean {
    if (this.lang !== 'en' || country.type !== 'LOC' || body.type !== 'ORG' || country.last > body.first) return false;
    if (country.id !== 'united-states' && country.id !== 'united-kingdom') return false;
    const { tokens } = this;
    const shortForm = this.text.slice(tokens[country.first].start, tokens[country.last - 1].end).replace(/\./g, '');
    if (shortForm !== 'US' && shortForm !== 'UK') return false;
    // Right before the body's name (a dotted form keeps its last period, or leaves it out of the
    // chunk), on its line and not across a sentence's end ("in the U.S. Apple rose").
    const before = country.last === body.first || (tokens[country.last]?.text === '.' && country.last + 1 === body.first);
    return before && onlySpacesBetween(this.text, tokens[body.first - 1], tokens[body.first]) && !tokens[body.first].lineStart && !tokens[body.first].sentenceStart;
  }

  /**
   * "Greenpeace France", "NHS England", "BBC Scotland": an organisation the lists know, then a
   * country right after it on its line, is the body's branch in that country, one name (not
   * before another capitalised name word, where the country may open a longer name).
   */
  private countryBranchAfter(body: Chunk, country: Chunk): boolean {
    if (body.type !== 'ORG' || body.strength < 3 || country.type !== 'LOC' || country.first !== body.last || country.last - country.first !== 1) return false;
    const { tokens } = this;
    if (!onlySpacesBetween(this.text, tokens[body.last - 1], tokens[country.first]) || tokens[country.first].lineStart) return false;
    const place = gazetteer.lookupName(tokens[country.first].text);
    if (place?.kind !== 'country' && !UK_NATIONS.has(place?.id ?? '')) return false;
    const next = tokens[country.last];
    return !(isNameWord(next) && next.capitalised && onlySpacesBetween(this.text, tokens[country.first], next));
  }

  /** An organisation's name whose head word (first in French, last in English) is an institution's. */
  private takesComplement(chunk: Chunk): boolean {
    if (chunk.type !== 'ORG' && chunk.type !== undefined) return false;
    if (chunk.type === undefined && this.weakHeadOutsideItsFrame(chunk)) return false;
    if (chunk.type === undefined && this.lang === 'fr' && chunk.last - chunk.first === 1 && this.leavesTown(chunk.first)) return false;
    const first = this.tokens[chunk.first];
    const last = this.lastWordToken(chunk);
    // ("the Stock Exchange of Melbourne", "the Times of Ceylon": a body's closing word too.)
    // ("le Crédit communal de Belgique": a French body's capitalised head before its adjective.)
    const frenchBody = this.lang === 'fr' && chunk.type === 'ORG' && first.capitalised && this.tokens[chunk.first + 1]?.lowercase === true && chunk.last - chunk.first >= 2;
    if (this.namesDenominationHead(chunk)) return true;
    // "la Ville de Niamey", "la Région de Bruxelles-Capitale": the council and its place, one body.
    if (this.lang === 'fr' && chunk.type === 'ORG' && chunk.last - chunk.first === 1 && FRENCH_ADMINISTRATION_NOUNS.has(first.folded)) return true;
    if (!isWordOf(last, WordClass.OrgHeadWord) && !isWordOf(first, WordClass.OrgHeadWord) && !CLUB_HEAD_WORDS.has(first.folded) && !(chunk.type === 'ORG' && ORG_NAME_ENDINGS.has(last.folded)) && !frenchBody) return false;
    // "Coastline Cellular Inc of Seattle": a legal form closes the name.
    return !gazetteer.isLegalForm(last.text);
  }

  /** An event's head word alone, a French "de", "du", "d'" after it: "au Festival d'Aurillac". */
  private eventHeadBeforeComplement(chunk: Chunk): boolean {
    const head = this.tokens[chunk.first];
    const of = this.tokens[chunk.last];
    return this.lang === 'fr' && FRENCH_EVENT_HEADS.has(head.folded) && !!of?.lowercase && OF_PREPOSITIONS.has(of.folded) && onlySpacesBetween(this.text, head, of);
  }

  /**
   * "Coupe de France", "Championnat d'Europe", "Tour de France", "Festival de théâtre des
   * Amériques": a French event's head word first.
   */
  private eventTakesComplement(chunk: Chunk): boolean {
    const first = this.tokens[chunk.first];
    if (!first.capitalised || !EVENT_HEAD_WORDS.has(first.folded)) return false;
    return (chunk.last - chunk.first === 1 && chunk.type === undefined) || chunk.type === 'EVENT';
  }

  /**
   * "the Church of Scotland", "the Free Wesleyan Church of Tonga", "the Methodist Church of Great
   * Britain": an English church of a country is a denomination, a body; the church of a saint or
   * of a parish is a building ("the Church of St Mary"), so the complement must be a place known
   * with the gazetteer's strength (see isComplementOf).
   */
  private namesDenominationHead(chunk: Chunk): boolean {
    const last = this.lastWordToken(chunk);
    return this.lang === 'en' && last.capitalised && last.folded === 'church' && (chunk.type === undefined || chunk.type === 'ORG' || chunk.type === 'LOC');
  }

  /** `next` follows `org` after "of", "for", "de", "du", "des", "d'" (and "the", "la", "l'") on the same line. */
  private isComplementOf(org: Chunk, next: Chunk): boolean {
    if (next.type === 'PER' && next.strength >= 3) return false;
    // An event after a body is where the body acts ("le Comité olympique lors des Jeux"), except
    // after a French body's name left open on a lowercase word: "l'Association de gestion du
    // Festival d'Avignon", "le Comité d'organisation des Jeux olympiques".
    if (next.type === 'EVENT' && !(this.lang === 'fr' && this.tokens[org.last - 1].lowercase)) return false;
    if (this.namesDenominationHead(org) && !(next.type === 'LOC' && next.strength >= 3)) return false;
    const { tokens } = this;
    let k = org.last;
    if (!tokens[k]?.lowercase || !(COMPLEMENT_PREPOSITIONS.has(tokens[k].folded) || this.remitAfterOn(org, next, k))) return false;
    k++;
    if (k < next.first && DEFINITE_ARTICLES.has(tokens[k].folded) && tokens[k].lowercase) k++;
    if (k !== next.first) return false;
    for (let m = org.last; m <= next.first; m++) {
      if (!onlySpacesBetween(this.text, tokens[m - 1], tokens[m])) return false;
    }
    return true;
  }

  /**
   * "Commission on Coastal Fisheries", "Council on Rural Affairs": an English deliberating body's
   * remit after "on", when it is not a day ("the Commission on Monday").
   */
  private remitAfterOn(org: Chunk, next: Chunk, on: number): boolean {
    if (this.lang !== 'en' || this.tokens[on].folded !== 'on' || !BODIES_WITH_A_REMIT.has(this.lastWordToken(org).folded)) return false;
    // A known body keeps its name ("the Security Council on Syria"), and a known place or a day
    // is where or when it met, not its remit.
    return org.strength < 3 && !(next.type && next.strength >= 3) && !isWordOf(this.tokens[next.first], WordClass.DateStart);
  }

  /**
   * "venus de Lyon, de Montbrac, de Sauveterre", "from Glenmore, Kirkby Lane and Dublin": the
   * items of a list are of one kind, so a place the text or the gazetteer knows makes places of
   * the names listed beside it that have no stronger evidence. Walked both ways, so the known
   * place may stand anywhere in the list.
   */
  /**
   * "every pit between Merthyr and Pontypridd", "services between Churchgate and Andheri",
   * "entre Lacq et Orthez": two names the text does not type otherwise, after "between" or
   * "entre" and joined by one coordinator, are the two ends of a stretch of land: the dev gold
   * types 39 of the 42 first names of such pairs as places. Not after a word of what passes
   * between parties ("the feud between Hartley and Crane", "le débat entre Dufresne et Morel"),
   * nor where either name is typed by more than a guess ("between the Giants and the Oakland
   * Athletics"), is a given name or a title ("between John and Mary", "between the Queen and the
   * Archbishop"), or is the family name of someone the article names in full ("Barack Obama …
   * talks between Obama and Putin").
   */
  private typePlacesBetween(): void {
    const { chunks, tokens } = this;
    for (let n = 1; n < chunks.length; n++) {
      const [a, b] = [chunks[n - 1], chunks[n]];
      const betweenAt = this.articleSkipped(a.first - 1);
      const between = tokens[betweenAt];
      if (!isWordTok(between) || !between.lowercase || !(between.folded === 'between' || between.folded === 'entre')) continue;
      const joiner = a.last;
      if (!isCoordinator(tokens[joiner]) || this.articleSkipped(b.first - 1) !== joiner) continue;
      if (!this.endOfStretch(a) || !this.endOfStretch(b) || this.betweenParties(betweenAt)) continue;
      if (a.type !== 'LOC') settle(a, 'LOC', 2);
      if (b.type !== 'LOC') settle(b, 'LOC', 2);
    }
  }

  /** A name that can end a stretch between two places: nothing types it more than a guess, and it opens on no given name. */
  private endOfStretch(chunk: Chunk): boolean {
    const opening = this.tokens[chunk.first];
    // ("between N617 and N640 per litre": sums in a currency's letter are no places.)
    if (chunk.last - chunk.first > 3 || isWordOf(opening, WordClass.FirstName | WordClass.TitleWord) || /\d/.test(opening.text)) return false;
    if (chunk.type !== undefined && chunk.type !== 'LOC' && (chunk.strength >= 2 || chunk.type === 'DATE')) return false;
    return chunk.last - chunk.first > 1 || !this.lastWordsOfNames().has(opening.folded);
  }

  /** Position i, or the one before it when i holds a definite article ("between the Battery", "entre l'Alma"). */
  private articleSkipped(i: number): number {
    const tok = this.tokens[i];
    return isWordTok(tok) && tok.lowercase && DEFINITE_ARTICLES.has(tok.folded) ? i - 1 : i;
  }

  /** A word of what passes between parties up to two words before "between" at i ("the feud between", "le débat entre", "a choice between"). */
  private betweenParties(i: number): boolean {
    for (let k = i - 1; k >= i - 2; k--) if (isWordTok(this.tokens[k]) && BETWEEN_PARTIES_WORDS.has(this.tokens[k].folded)) return true;
    return false;
  }

  private shareTypeAlongLists(): void {
    const { chunks } = this;
    for (let n = 1; n < chunks.length; n++) this.shareWithNeighbour(chunks[n - 1], chunks[n]);
    for (let n = chunks.length - 2; n >= 0; n--) this.shareWithNeighbour(chunks[n + 1], chunks[n]);
  }

  /**
   * "le faubourg Sainte-Blanche … une blanchisseuse de Sainte-Blanche": French names a district
   * with its head once, then by its name alone; the name alone is the same place, where nothing
   * stronger than a weak cue typed it.
   */
  private typeDistrictsByName(): void {
    if (this.lang !== 'fr') return;
    const { tokens, chunks } = this;
    const districts = new Map<string, string>();
    for (const chunk of chunks) {
      const head = tokens[chunk.first];
      if (chunk.type !== 'LOC' || head.folded !== 'faubourg' || !head.lowercase || chunk.last - chunk.first < 2 || !isNameWord(tokens[chunk.first + 1])) continue;
      districts.set(this.text.slice(tokens[chunk.first + 1].start, tokens[chunk.last - 1].end), chunk.id ?? this.idOf(chunk));
    }
    if (districts.size === 0) return;
    for (const chunk of chunks) {
      const id = chunk.strength < 2 ? districts.get(this.surface(chunk)) : undefined;
      if (id === undefined) continue;
      settle(chunk, 'LOC', 2);
      chunk.id = id;
    }
  }

  /**
   * "the Department of Forestry and Fire Protection, known as Cal Fire", "l'Union des
   * coopératives agricoles, dite Ucopa": the name after "known as" is another name of the same
   * body or place, and takes its type where it has none of its own but a guess or a weak cue.
   */
  private typeAliases(): void {
    const { chunks } = this;
    for (let n = 1; n < chunks.length; n++) {
      const [named, alias] = [chunks[n - 1], chunks[n]];
      if (!named.type || named.type === 'PER' || named.strength < 2 || alias.strength >= 2 || !this.aliasBetween(named.last, alias.first)) continue;
      settle(alias, named.type, 2);
    }
  }

  /** Tokens [from, to) say that a name is known by another: ", known as", ", also known as", ", dite", ", connue sous le nom de". */
  private aliasBetween(from: number, to: number): boolean {
    const { tokens } = this;
    // (French names run on in lower case past what the chunk holds: "coopératives agricoles, dite".)
    for (let n = 0; n < 4 && this.lang === 'fr' && isWordTok(tokens[from]) && tokens[from].lowercase; n++) from++;
    let k = tokens[from]?.text === ',' ? from + 1 : from;
    if (this.lang === 'en') {
      if (k + 1 < to && tokens[k].lowercase && /ly$/.test(tokens[k].text)) k++;
      return k + 2 === to && tokens[k].text === 'known' && tokens[k + 1].text === 'as';
    }
    if (k + 1 === to) return ALIAS_PARTICIPLES_FR.has(tokens[k].text);
    // "connu sous le nom de", "connue sous le nom d'".
    return k + 5 === to && /^connue?s?$/.test(tokens[k].text) && tokens[k + 1].text === 'sous' && tokens[k + 2].text === 'le' && tokens[k + 3].text === 'nom' && (tokens[k + 4].folded === 'de' || tokens[k + 4].folded === "d'");
  }

  /** Gives `chunk` the place type of `listed` when the two are adjacent items of one list. */
  private shareWithNeighbour(listed: Chunk, chunk: Chunk): void {
    // Any evidence of its own but a guess or a weak cue (strength 1) outweighs the list; a place
    // known only by a weak cue ("at Te Ariki") still types a name that has no type at all
    // ("at Te Ariki, Moura and Waingongoro").
    // ("Augusta, Atlanta and Savannah have opened subscriptions": a given name alone that is a
    // town of the long list, listed with a place, is the town too.)
    if (listed.type !== 'LOC' || (chunk.strength >= 2 && !this.givenNameThatIsTown(chunk))) return;
    // ("des Arabes descendus du Caire, des Maltais, des Marseillais": peoples listed after a place.)
    if (chunk.last - chunk.first === 1 && this.lang === 'fr' && this.pluralInhabitants(chunk.first)) return;
    const a = listed.first < chunk.first ? listed : chunk;
    const b = listed.first < chunk.first ? chunk : listed;
    // (The separator first: most neighbours are no list, and the tests below walk the tokens.)
    if (!this.listSeparatorBetween(a, b)) return;
    // (Not when a verb follows the list: "At Tawhiti, Hemi and Rawiri attended" are people.)
    // ("from Carnarvon and Williston are studying": a coordinator right after the first place
    // joins the second to it under one preposition, before a plural verb; not "from Ballybunion
    // and Hennessy met him", "at Listowel and Moran's pub".)
    const pluralVerbAfter = isCoordinator(this.tokens[a.last]) && a.last + 1 === b.first && (PLURAL_VERBS.has(this.tokens[b.last]?.text ?? '') || this.clauseCommaAfter(b.last) || this.routeBetween(a.first));
    // A town of the long list is a place of its own: listed with a place, it needs no more
    // where the list ends on punctuation or a preposition ("from Serowe, Francistown and
    // Letlhakane by lorry"), not before a verb or an apposition ("from Quorrabin and Dubois met
    // him", "and Mulvane, the teacher,").
    const listedTown = this.untypedName(chunk) && this.listEndsBeforeVerb(b.last) && !this.appositionAfter(chunk.last) && gazetteer.lookupTown(this.surface(chunk)) !== undefined;
    if (this.untypedName(chunk) && this.prepositionRepeatedBetween(a, b)) return settle(chunk, 'LOC', 2);
    if (listed.strength < 2 && !listedTown && !(this.untypedName(chunk) && this.townPrepositionBefore(a.first) && (this.listEndsOnPunctuation(b.last) || pluralVerbAfter))) return;
    if (!listedTown || !this.namesTown(chunk, 2)) settle(chunk, 'LOC', 2);
  }

  /** A one-word chunk read as a person by its given name alone ("Savannah"), that is a town of the long list. */
  private givenNameThatIsTown(chunk: Chunk): boolean {
    return chunk.type === 'PER' && chunk.strength === 2 && chunk.last - chunk.first === 1 && isWordOf(this.tokens[chunk.first], WordClass.FirstName) && gazetteer.lookupTown(this.surface(chunk)) !== undefined;
  }

  /** A comma at k before an article: an apposition follows ("and Mulvane, the teacher,"). */
  private appositionAfter(k: number): boolean {
    const next = this.tokens[k + 1];
    return this.tokens[k]?.text === ',' && isWordTok(next) && ARTICLES.has(next.folded);
  }

  /** The words [first, last) speak: a verb of speech right before or after them. */
  private spokenOf(first: number, last: number): boolean {
    return isWordOf(this.tokens[first - 1], WordClass.SpeechVerb) || this.speechVerbAfter(last);
  }

  /** A comma at k that closes an opening phrase ("At Bovina and Edwards, on the line"), not one before an apposition ("and Mulcahy, the teacher,"). */
  private clauseCommaAfter(k: number): boolean {
    return this.tokens[k]?.text === ',' && !this.appositionAfter(k);
  }

  /** "between" or "entre" right before token i, after a route's word ("services between"). */
  private routeBetween(i: number): boolean {
    const prev = this.tokens[i - 1];
    return isWordTok(prev) && (prev.folded === 'between' || prev.folded === 'entre') && (ROUTE_WORDS.has(this.tokens[i - 2]?.folded ?? '') || ROUTE_WORDS.has(this.tokens[i - 3]?.folded ?? ''));
  }

  /** From `k`, past the rest of a list of names ("and Waingongoro"), is there punctuation, not a verb? */
  private listEndsOnPunctuation(k: number): boolean {
    const { tokens } = this;
    while (tokens[k] && (tokens[k].text === ',' || isCoordinator(tokens[k]))) {
      k++;
      while (isNameWord(tokens[k]) && tokens[k].capitalised) k++;
    }
    return !tokens[k] || tokens[k].kind === 'punct';
  }

  /** From `k`, past the rest of a list of names, punctuation or a preposition ("by lorry"), no verb. */
  private listEndsBeforeVerb(k: number): boolean {
    if (this.listEndsOnPunctuation(k)) return true;
    while (this.tokens[k] && (this.tokens[k].text === ',' || isCoordinator(this.tokens[k]) || (isNameWord(this.tokens[k]) && this.tokens[k].capitalised))) k++;
    const next = this.tokens[k];
    if (!isWordTok(next) || !next.lowercase) return false;
    // ("in Cockermouth and Keswick and that schools…": a coordinator closed the list; a new clause follows.)
    if (isCoordinator(this.tokens[k - 1])) return true;
    // ("by lorry", "par le train": the means of travel, which PREPOSITIONS leaves out for "by X said".)
    return PREPOSITIONS.has(next.folded) || next.folded === 'by' || next.folded === 'par';
  }

  /** A chunk nothing typed, and no common noun the article also writes in lowercase ("des Eaux et Forêts"). */
  private untypedName(chunk: Chunk): boolean {
    return chunk.type === undefined && !(chunk.last - chunk.first === 1 && this.lowercaseWords.has(this.tokens[chunk.first].folded));
  }

  /** "de Weggis, de Brunnen", "de Lodève et de Bédarieux": the preposition before `a` stands again right before `b`. */
  private prepositionRepeatedBetween(a: Chunk, b: Chunk): boolean {
    const before = tokenAt(this.tokens, a.first - 1);
    const again = tokenAt(this.tokens, b.first - 1);
    // (Not a plural's "des" or "aux": "des Afars et des Issas" are peoples.)
    return isWordTok(before) && isWordTok(again) && before.lowercase && again.lowercase && b.first - 1 > a.last && sameFoldedPreposition(before.folded, again.folded)
      && before.folded !== 'des' && before.folded !== 'aux';
  }

  /**
   * Only a list's separator between two chunks: a comma or a coordinator ("et", "and", "ou",
   * "or"), then the preposition that stood before the first one, if any ("de A, de B et d'C").
   */
  private listSeparatorBetween(a: Chunk, b: Chunk): boolean {
    const { tokens } = this;
    let k = a.last;
    const comma = tokens[k]?.text === ',';
    if (comma) k++;
    const coordinated = isCoordinator(tokens[k]);
    if (coordinated) k++;
    if (!comma && !coordinated) return false;
    const before = tokenAt(tokens, a.first - 1);
    const repeated = k < b.first && isWordTok(before) && isWordTok(tokens[k]) && ((before.lowercase && sameFoldedPreposition(before.folded, tokens[k].folded)) || this.articlesOfList(before, tokens[k]));
    if (repeated) k++;
    if (k !== b.first || tokens[b.first].lineStart) return false;
    // A comma alone may set a name in apposition ("the Carrick Royal, Dublin"): it lists only
    // when the preposition repeats or the list goes on after the second name.
    return coordinated || repeated || tokens[b.last]?.text === ',' || isCoordinator(tokens[b.last]);
  }


  // --- pass 3: document-level propagation -----------------------------------------------

  // Each pass over the chunks is a method of its own: a loop inside propagate() had V8 compile
  // propagate() on entering it (on-stack replacement), code that then failed on the passes after
  // the loop in later analyses ('wrong map' on the company names, --trace-deopt), leaving them to
  // the interpreter. See also gatherAllEvidence.
  private propagate(): void {
    this.identifyFullNames();
    this.unifyFullNames();
    const familyNames = this.personFamilyNames();
    const bestBySurface = this.bestEvidenceBySurface();
    this.addShortNames(bestBySurface);
    this.spreadEvidence(familyNames, bestBySurface);
    this.joinGivenNames(familyNames);
    this.placeVenues();
    this.identifyTypedChunks();
    this.joinSplitNames();
    this.findArticleNamesOnCapitalLines();
    this.trimTitleCaseHeadlineNames();
  }

  /**
   * "Florence Digs Out From Under the Arno’s Mud", "Post Office Wall Stir Minden": on an English
   * headline in title case every word wears a capital, so the chunker's runs hold verbs and nouns
   * as well as names. Only the story's own spelling tells them apart: a run typed off the
   * headlines ("Florence", "Minden") is cut out of the headline's chunk with that mention's type
   * and id, the longest first; a chunk with none, whose words the story also writes in lowercase
   * ("Miles of Tents", "Street Cars"), is no name. A chunk the story names whole, the lists know,
   * or all in capitals (a dateline) stays; so does a person's full name.
   */
  private trimTitleCaseHeadlineNames(): void {
    // (Most articles have no such chunk: the story's names are gathered only for one that has.)
    if (this.lang !== 'en' || !this.chunks.some((chunk) => this.mayTrimOnHeadline(chunk))) return;
    const named = this.namedOffHeadlines();
    const kept: Chunk[] = [];
    for (const chunk of this.chunks) {
      const runs = this.mayTrimOnHeadline(chunk) ? this.headlineChunkRuns(chunk, named) : undefined;
      // Pushed one by one: a spread of 100,000 chunks would overflow the stack (a 10 MB article).
      if (runs) for (const run of runs) kept.push(run);
      else kept.push(chunk);
    }
    this.chunks.length = 0;
    for (const chunk of kept) this.chunks.push(chunk);
  }

  /**
   * A typed chunk on a title-case line (not a capitals one) that the lists did not type: one the
   * story's spelling may cut. (A first name makes a person's reading strong, but on a title-case
   * line "Florence Digs" may be the story's town.)
   */
  private mayTrimOnHeadline(chunk: Chunk): boolean {
    return !!chunk.type && this.onHeading[chunk.first] === 1 && !this.onCapitalsLine[chunk.first] && !(chunk.strength >= 3 && chunk.type !== 'PER');
  }

  /** What stands for a headline's chunk (see trimTitleCaseHeadlineNames): the story's names inside it, none, or undefined to keep it whole. */
  private headlineChunkRuns(chunk: Chunk, named: ReadonlyMap<string, Chunk>): Chunk[] | undefined {
    if (named.has(this.surfaceKey(chunk)) || this.listsKnow(chunk) || this.allInCapitals(chunk)) return undefined;
    const runs = this.namedRunsWithin(chunk, named);
    // ("By DANIELLE FORTUNATO-KIM and MARCUS LEHTINEN": a person's full name holds the family name the story uses alone.)
    if (chunk.type === 'PER' && runs.some((run) => run.type === 'PER')) return undefined;
    if (runs.length > 0) return runs;
    // ("Seven Miles of Tents" over "seven miles": a first name the story writes in lowercase proves nothing.)
    const strong = chunk.strength >= 3 && !(chunk.type === 'PER' && this.lowercaseWords.has(this.tokens[chunk.first].folded));
    return strong || !this.hasWordWrittenInLowercase(chunk) ? undefined : [];
  }

  /** Every word of the chunk in capitals: a dateline's place on a headline's line ("CANVEY ISLAND, Essex"), not title case. */
  private allInCapitals(chunk: Chunk): boolean {
    for (let k = chunk.first; k < chunk.last; k++) if (isWordTok(this.tokens[k]) && !isAllCaps(this.tokens[k].text)) return false;
    return true;
  }

  /** Does the gazetteer know the chunk's words as one name ("Associated Press" on a byline's line)? */
  private listsKnow(chunk: Chunk): boolean {
    return gazetteer.lookupName(this.text.slice(this.tokens[chunk.first].start, this.tokens[chunk.last - 1].end)) !== undefined;
  }

  /** The mentions off the headline lines (either style) typed on a cue at least, by surface, the strongest kept. */
  private namedOffHeadlines(): Map<string, Chunk> {
    return this.strongestMentionsBySurface((chunk) => chunk.strength >= 2 && !this.onHeading[chunk.first] && !this.onCapitalsLine[chunk.first]);
  }

  /** The runs of words inside `chunk` that `named` holds, left to right, each the longest from where it starts, as new chunks. */
  private namedRunsWithin(chunk: Chunk, named: ReadonlyMap<string, Chunk>): Chunk[] {
    const runs: Chunk[] = [];
    for (let k = chunk.first; k < chunk.last; k++) {
      if (!isWordTok(this.tokens[k])) continue;
      let key = '';
      let longest: { end: number; mention: Chunk } | undefined;
      for (let j = k; j < chunk.last; j++) {
        const tok = this.tokens[j];
        if (tok.kind !== 'word') {
          if (NAME_JOINING_MARKS.has(tok.text)) continue;
          break;
        }
        key = key === '' ? tok.folded : `${key} ${tok.folded}`;
        const mention = named.get(key);
        if (mention) longest = { end: j + 1, mention };
      }
      if (!longest) continue;
      const { type, strength, id } = longest.mention;
      // ("A Farewell in St Peter's Square" over "St Peter's": a place's head word after it is the headline's longer place.)
      const headWord = this.tokens[longest.end];
      const end = type === 'LOC' && longest.end < chunk.last && isWordTok(headWord) && isWordOf(headWord, WordClass.PlaceHeadWord) ? longest.end + 1 : longest.end;
      const run = newChunk(k, end, false, Math.max(strength, 2), type, end === longest.end ? id : undefined);
      // (The longer place's id from its own words: the ids were given before this pass, and a
      // mention without one broke the index cache's string table.)
      run.id ??= this.idOf(run);
      runs.push(run);
      k = end - 1;
    }
    return runs;
  }

  /** Does the article write one of the chunk's capitalised content words in lowercase elsewhere ("miles", "tents"; not "plc", lowercase here too)? */
  private hasWordWrittenInLowercase(chunk: Chunk): boolean {
    for (let k = chunk.first; k < chunk.last; k++) {
      const tok = this.tokens[k];
      if (isWordTok(tok) && tok.capitalised && !isWordOf(tok, WordClass.Function | WordClass.Preposition) && this.lowercaseWords.has(tok.folded)) return true;
    }
    return false;
  }

  /**
   * "CARS STONED AT MARADANA." over "… the crowd gathered at Maradana": a headline in capitals
   * names what its article names, and only the article's own spelling tells a name there from
   * the shouting around it. A run of words on a capitals line that is, folded, the surface of a
   * typed mention elsewhere takes that mention's type and id (the longest run first); failing
   * that, a place the lists know that the article writes capitalised (knownPlaceInCapitals).
   */
  private findArticleNamesOnCapitalLines(): void {
    // The words in capitals first: most articles have few, and only mentions opening on one of them count.
    const shouted = new Set<string>();
    for (let k = 0; k < this.tokens.length; k++) if (this.onCapitalsLine[k]) shouted.add(this.tokens[k].folded);
    if (shouted.size === 0) return;
    const named = this.namedOffCapitalLines(shouted);
    this.confirmShoutedMentions(named);
    const writtenAsNames = new Set<string>();
    for (let k = 0; k < this.tokens.length; k++) if (!this.onCapitalsLine[k] && this.tokens[k].capitalised && shouted.has(this.tokens[k].folded)) writtenAsNames.add(this.tokens[k].folded);
    const typed = new Uint8Array(this.tokens.length);
    for (const chunk of this.chunks) if (chunk.type) typed.fill(1, chunk.first, chunk.last);
    const found: Chunk[] = [];
    for (let k = 0; k < this.tokens.length; k++) {
      if (!this.onCapitalsLine[k] || typed[k] || !isWordTok(this.tokens[k])) continue;
      const match = named.size > 0 ? this.longestNamedRun(k, named, typed) : undefined;
      if (match) {
        // At least a cue's strength: the evidence is the mention below, not the headline's capitals (see keep).
        const { type, strength, id } = match.mention;
        found.push(newChunk(k, match.end, false, Math.max(strength, 2), type, id));
        k = match.end - 1;
        continue;
      }
      const place = this.knownPlaceInCapitals(k, typed, writtenAsNames);
      if (!place) continue;
      found.push(newChunk(k, place.end, false, 2, 'LOC', place.id));
      k = place.end - 1;
    }
    if (found.length === 0) return;
    this.chunks.push(...found);
    this.chunks.sort((a, b) => a.first - b.first);
  }

  /**
   * The typed mentions on capitals lines, set by the story's mentions (`named`): "A BYBLOS, LA
   * PIOCHE REND UN ROI" over "les fouilles de Byblos": a mention typed on a weak cue alone (the
   * headline's "A") is as sure as the same surface typed so in the story below; left weak, a
   * headline's capitals would drop it (see keep). A person's reading may give way to the story's
   * place first (placeOpeningShoutedPerson).
   */
  private confirmShoutedMentions(named: ReadonlyMap<string, Chunk>): void {
    if (named.size === 0) return;
    for (const chunk of this.chunks) {
      if (!chunk.type || !this.onCapitalsLine[chunk.first]) continue;
      if (chunk.type === 'PER') this.placeOpeningShoutedPerson(chunk, named);
      if (chunk.strength >= 2) continue;
      const mention = named.get(this.surfaceKey(chunk));
      if (mention?.type !== chunk.type) continue;
      chunk.strength = 2;
      chunk.id = mention.id;
    }
  }

  /**
   * "DARWIN LIES IN RUINS" over "Darwin is a city without roofs": two words in capitals read as a
   * person by a first name ("Darwin") are the story's place and a verb, when the story writes
   * that word as a place and never writes the pair.
   */
  private placeOpeningShoutedPerson(chunk: Chunk, named: ReadonlyMap<string, Chunk>): void {
    if (this.wordCount(chunk) !== 2 || named.has(this.surfaceKey(chunk))) return;
    const place = named.get(this.tokens[chunk.first].folded);
    if (place?.type !== 'LOC') return;
    this.resizeChunk(chunk, chunk.first, chunk.first + 1);
    settle(chunk, 'LOC', 2);
    chunk.id = place.id;
  }

  /** The typed mentions off the capitals lines that open on a word the capitals lines hold, by surface. */
  private namedOffCapitalLines(shouted: ReadonlySet<string>): Map<string, Chunk> {
    return this.strongestMentionsBySurface((chunk) => !this.onCapitalsLine[chunk.first] && shouted.has(this.tokens[chunk.first].folded));
  }

  /** The mentions with a type and an id, not guessed, that `accept` takes, by surface, the strongest of each surface kept. */
  private strongestMentionsBySurface(accept: (chunk: Chunk) => boolean): Map<string, Chunk> {
    const named = new Map<string, Chunk>();
    for (const chunk of this.chunks) {
      if (!chunk.type || !chunk.id || chunk.guessed || !accept(chunk)) continue;
      const held = named.get(this.surfaceKey(chunk));
      if (!held || chunk.strength > held.strength) named.set(this.surfaceKey(chunk), chunk);
    }
    return named;
  }

  /**
   * "HOW FARNWORTH WATCHED THE WORLD CUP WON", "QUEENSLAND FLOODS": a place the lists know, in a
   * headline whose article writes it capitalised but never typed it (only inside "Queensland
   * Health", or where no cue said what it is). Capitals alone say nothing: "TURKEY PRICES SOAR"
   * over a story that never writes "Turkey" is about birds. Not a first name ("ANNA KOWALEWICZ
   * WINS"), not a word the article writes in lowercase, nor the first part of a longer name
   * ("FAIRMOUNT PARK", "CHRISTCHURCH EARTHQUAKE").
   */
  private knownPlaceInCapitals(k: number, typed: Uint8Array, writtenAsNames: ReadonlySet<string>): { end: number; id: string } | undefined {
    const first = this.tokens[k];
    if (!writtenAsNames.has(first.folded) || this.lowercaseWords.has(first.folded) || isWordOf(first, WordClass.FirstName)) return undefined;
    let longest: { end: number; id: string } | undefined;
    let words = 0;
    for (let j = k; j < this.tokens.length && words < 3 && this.onCapitalsLine[j] && !typed[j]; j++) {
      const tok = this.tokens[j];
      if (j > k && (this.flags[j] & TokenFlag.LineStart || !onlySpacesBetween(this.text, this.tokens[j - 1], tok))) break;
      if (tok.kind !== 'word') {
        if (NAME_JOINING_MARKS.has(tok.text)) continue;
        break;
      }
      if (!isAllCaps(tok.text)) break;
      words++;
      const surface = this.text.slice(this.tokens[k].start, tok.end);
      // (A name the lists hold as a body is no town of the long list: "CONGRESS".)
      const entry = gazetteer.lookupName(surface);
      const id = entry ? (entry.type === 'LOC' ? entry.id : undefined) : gazetteer.lookupTown(surface);
      if (id !== undefined) longest = { end: j + 1, id };
    }
    return !longest || this.headsLongerNameInCapitals(longest.end) ? undefined : longest;
  }

  /** Does a head word follow the place on its capitals line, making it part of a longer name ("FAIRMOUNT PARK", "CHRISTCHURCH EARTHQUAKE")? */
  private headsLongerNameInCapitals(end: number): boolean {
    const after = this.tokens[end];
    if (!after || !this.onCapitalsLine[end] || this.flags[end] & TokenFlag.LineStart || !isWordTok(after)) return false;
    return isWordOf(after, WordClass.PlaceHeadWord | WordClass.OrgHeadWord) || EVENT_HEAD_WORDS.has(after.folded);
  }

  /** The longest run of up to six words from token `k`, on its line, that `named` holds. */
  private longestNamedRun(k: number, named: Map<string, Chunk>, typed: Uint8Array): { end: number; mention: Chunk } | undefined {
    let key = '';
    let words = 0;
    let longest: { end: number; mention: Chunk } | undefined;
    for (let j = k; j < this.tokens.length && words < 6 && this.onCapitalsLine[j] && !typed[j]; j++) {
      if (j > k && this.flags[j] & TokenFlag.LineStart) break;
      const tok = this.tokens[j];
      if (tok.kind !== 'word') {
        if (NAME_JOINING_MARKS.has(tok.text)) continue;
        break;
      }
      key = key === '' ? tok.folded : `${key} ${tok.folded}`;
      words++;
      const mention = named.get(key);
      // One word that the article also writes in lowercase is as likely the word ("UNION"), and a
      // person's one word as likely a word the article never writes so ("BROWN COAL" over "Brown
      // said"), unless a title stands before it ("LES LIBÉRAUX DE M. ROBICHAUD").
      if (mention && (words > 1 || (!this.lowercaseWords.has(key) && (mention.type !== 'PER' || this.titleBefore(k))))) longest = { end: j + 1, mention };
    }
    return longest;
  }

  /** Full names of people get their id first: the passes after match names by id. */
  private identifyFullNames(): void {
    for (const chunk of this.chunks) {
      if (chunk.type === 'PER' && !chunk.id && chunk.last - chunk.first > 1) chunk.id = this.idOf(chunk);
    }
  }

  /** Company short names and storm names, where no strong mention has the same surface. */
  private addShortNames(bestBySurface: Map<string, Chunk>): void {
    for (const [key, company] of [...this.companyShortNames(), ...this.stormNames()]) {
      const best = bestBySurface.get(key);
      if (!best || best.strength < 3) bestBySurface.set(key, company);
    }
  }

  /**
   * Every mention takes the type and id of its family's full name (a lone family name) or of
   * the strongest mention of its surface.
   */
  private spreadEvidence(familyNames: Map<string, FamilyMember[]>, bestBySurface: Map<string, Chunk>): void {
    for (const chunk of this.chunks) {
      const key = this.surfaceKey(chunk);
      const cityOfFamily = this.cityNamedLikeFamily(chunk, familyNames);
      const articleFamily = this.articleAndFamilyName(chunk);
      if ((this.wordCount(chunk) === 1 || articleFamily) && (chunk.strength < 3 || chunk.type === 'PER' || cityOfFamily)) {
        const family = cityOfFamily ?? this.matchFamilyName(articleFamily ? this.nameWordKeyAt(chunk.last - 1) : this.firstWordKey(chunk), familyNames, chunk.first);
        // "ES Plouvenez" guessed a person from its shape; "à Plouvenez" said a place: the cue wins.
        const ownCue = chunk.type !== undefined && chunk.type !== 'PER' && chunk.strength >= 1;
        // (Nor a French name after its article, "le gardien du Raja", whose "person" was only guessed: "Dima Raja".)
        const articleBefore = this.lang === 'fr' && ['le', 'la', "l'", 'du', 'au'].includes(this.tokens[chunk.first - 1]?.text ?? '');
        if (family && !(family.guessed && (ownCue || articleBefore))) {
          chunk.type = 'PER';
          chunk.strength = 3;
          chunk.id = family.id;
          continue;
        }
      }
      const best = bestBySurface.get(key);
      if (best && best.strength > chunk.strength) {
        chunk.type = best.type;
        chunk.strength = best.strength;
        chunk.id = best.id;
      }
    }
  }

  /**
   * "John Preston arrived … the board met Preston": a lone city's name that is, letter for
   * letter, the family name of a person the article names in full is that person, unless a
   * preposition puts it on the map ("in Preston", "the mayor of Preston", "bound for Preston";
   * not "with", "by", "avec", "par": people come after those as often).
   */
  private cityNamedLikeFamily(chunk: Chunk, familyNames: Map<string, FamilyMember[]>): FamilyMember | undefined {
    if (chunk.type !== 'LOC' || chunk.strength < 3 || chunk.last - chunk.first !== 1) return undefined;
    const prev = this.tokens[chunk.first - 1];
    if (isWordTok(prev) && isWordOf(prev, WordClass.Preposition) && !PERSON_PREPOSITIONS.has(prev.folded)) return undefined;
    const members = familyNames.get(this.nameWordKeyAt(chunk.first));
    if (!members || gazetteer.lookupName(this.tokens[chunk.first].text)?.kind !== 'city') return undefined;
    // "Preston's mayor", "Preston, Lancashire,", "Lancaster, Preston and Blackpool": the city.
    if (this.possessiveAfter(chunk) || this.listedWithPlace(chunk)) return undefined;
    // Only someone the article has already named in full: before that, the city is the city.
    let best: FamilyMember | undefined;
    for (const member of members) {
      if (!member.guessed && member.firstAt < chunk.first && (!best || member.count > best.count)) best = member;
    }
    return best;
  }

  /** A place next to `chunk` across a comma, "and"/"et" or "or": a list or "town, region". */
  private listedWithPlace(chunk: Chunk): boolean {
    const joins = (k: number) => this.tokens[k]?.text === ',' || isCoordinator(this.tokens[k]);
    const joinedBefore = joins(chunk.first - 1);
    const joinedAfter = joins(chunk.last);
    if (!joinedBefore && !joinedAfter) return false;
    // Asked only of a city named like someone of the article: a scan of the chunks is cheap enough.
    return this.chunks.some((other) => other.type === 'LOC' && other !== chunk &&
      ((joinedBefore && other.last === chunk.first - 1) || (joinedAfter && other.first === chunk.last + 1)));
  }

  /**
   * "au Théâtre municipal", "at Scotstoun Stadium", "to the National Museum": a building's body
   * where something happens is the place (the gold's reading); acting or employing, it stays a
   * body ("le Théâtre municipal a annulé", "a curator of the National Museum"). Not hospitals,
   * which the press reads both ways after "at".
   */
  private placeVenues(): void {
    for (const chunk of this.chunks) {
      if (chunk.type !== 'ORG') continue;
      const head = this.tokens[this.lang === 'fr' ? chunk.first : chunk.last - 1];
      if (!VENUE_HEADS.has(head.folded) || !this.venuePrepositionBefore(chunk.first) || this.workerBeforeVenue(chunk.first)) continue;
      chunk.type = 'LOC';
    }
  }

  /** "ingénieure au Centre régional …", "a curator at the Museum": someone's work there makes it the employer. */
  private workerBeforeVenue(i: number): boolean {
    let k = i - 1;
    while (k > 0 && DEFINITE_ARTICLES.has(this.tokens[k].folded)) k--;
    const worker = this.tokens[k - 1];
    return isWordTok(worker) && worker.lowercase && (isWordOf(worker, WordClass.TitleWord) || WORKER_NOUN_ENDING.test(worker.folded));
  }

  /** "at the", "in", "to the", "au", "à la", "à l'" right before token i. */
  private venuePrepositionBefore(i: number): boolean {
    const [before, beforeThat] = [this.tokens[i - 1], this.tokens[i - 2]];
    if (!isWordTok(before)) return false;
    if (this.lang === 'fr') return before.folded === 'au' || ((before.folded === 'la' || before.folded === "l'") && beforeThat?.folded === 'a');
    const preposition = before.folded === 'the' ? beforeThat : before;
    return isWordTok(preposition) && VENUE_PREPOSITIONS_EN.has(preposition.folded);
  }

  /** Every typed chunk still without an id gets one from its words. */
  private identifyTypedChunks(): void {
    for (const chunk of this.chunks) if (chunk.type && !chunk.id) chunk.id = this.idOf(chunk);
    this.identifyBodiesByHeadWord();
    this.identifyEventsByHeadWord();
  }

  /**
   * "the Commonwealth Games … road closures for the Games", "les Jeux olympiques … les Jeux":
   * an event's head word alone, capitalised, stands for the event the article names with it
   * (the last one before, else the first after) and takes its id. Only the heads the press
   * shortens an event to ("the Games", "the Cup", "the Council"), and only where the article
   * names an event with that head ("the Council" of a town stays a body).
   */
  private identifyEventsByHeadWord(): void {
    this.identifyByHeadWord('EVENT', (head) => SHORTENED_EVENT_HEADS.has(head.folded));
    // "le Palais de la Découverte … le Palais restera ouvert": a landmark by its head too.
    if (this.lang === 'fr') this.identifyByHeadWord('LOC', (head) => LANDMARK_HEADS_FR.has(head.folded));
    // "Baltimore-Washington Parkway … the Parkway was closed": after "the", an English place's head.
    else this.identifyByHeadWord('LOC', (head, at) => isWordOf(head, WordClass.PlaceHeadWord) && this.isDeterminerAt(at - 1) && !this.opensOfName(at));
  }

  /** "the Bridge of the Americas": the word at i opens a longer name on "of" (the chunker cut it). */
  private opensOfName(i: number): boolean {
    const { tokens } = this;
    if (tokens[i + 1]?.folded !== 'of') return false;
    const name = tokens[i + 2]?.folded === 'the' ? tokens[i + 3] : tokens[i + 2];
    return isWordTok(name) && name.capitalised;
  }

  /** A capitalised head word alone (one `isHead` accepts) takes the id of the name of `type` the article writes with it. */
  private identifyByHeadWord(type: EntityType, isHead: (head: Token, at: number) => boolean): void {
    const named = this.chunks.filter((chunk) => chunk.type === type && chunk.last - chunk.first > 1);
    if (named.length === 0) return;
    for (const chunk of this.chunks) {
      const head = this.tokens[chunk.first];
      if (chunk.last - chunk.first !== 1 || (chunk.type && chunk.strength >= 3) || !head.capitalised || !isHead(head, chunk.first)) continue;
      // (French puts the head first: "les Jeux olympiques", "la Coupe de France".)
      const withHead = named.filter((name) => this.tokens[this.lang === 'fr' ? name.first : name.last - 1].folded === head.folded);
      if (withHead.length === 0) continue;
      const before = withHead.filter((name) => name.last <= chunk.first);
      chunk.id = (before[before.length - 1] ?? withHead[0]).id;
      chunk.type = type;
      chunk.strength = 2;
    }
  }

  /**
   * "The Bureau said", "la Chambre a dit non", "This Court": after its determiner, a body's head
   * word alone stands for the body the article last named with it ("the Export Promotion Bureau",
   * "la Chambre de commerce de Lyon") and takes that body's id.
   */
  private identifyBodiesByHeadWord(): void {
    // (Untyped one-word chunks too: "told the Court", "a director of the Company" had no cue of
    // their own but the body named before.)
    const bodies = this.chunks.filter((chunk) => chunk.type === 'ORG' || (!chunk.type && chunk.last - chunk.first === 1)).sort((a, b) => a.first - b.first);
    const lastNamedWith = new Map<string, Chunk>();
    // English puts a body's head last, whatever the word: "the Royal Airship Works … the Works".
    const lastEndingWith = new Map<string, Chunk>();
    for (const chunk of bodies) {
      const head = this.tokens[chunk.first];
      if (chunk.last - chunk.first === 1) {
        const named = isWordOf(head, WordClass.OrgHeadWord) ? lastNamedWith.get(head.folded) : lastEndingWith.get(head.folded);
        if (named && head.capitalised && this.isDeterminerAt(chunk.first - 1)) {
          chunk.id = named.id;
          chunk.type = 'ORG';
          // Capitalised after its determiner, an English head is the body's name even where the
          // article writes the common noun too ("told the Court … laughter in court"; see keep).
          // (Not in French, which puts the head first: "la Société libre d'Émulation" is a longer
          // name the chunker cut.)
          chunk.strength = Math.max(chunk.strength, this.lang === 'en' ? 3 : 2);
        }
        continue;
      }
      for (let k = chunk.first; k < chunk.last; k++) if (this.tokens[k].capitalised && isWordOf(this.tokens[k], WordClass.OrgHeadWord)) lastNamedWith.set(this.tokens[k].folded, chunk);
      const last = this.lastWordToken(chunk);
      if (this.lang === 'en' && chunk.type === 'ORG' && last.capitalised) lastEndingWith.set(last.folded, chunk);
    }
  }

  /** A definite or demonstrative determiner at token k, in either case: "the", "The", "la", "L'", "This", "ce". */
  private isDeterminerAt(k: number): boolean {
    const tok = this.tokens[k];
    return isWordTok(tok) && (DEFINITE_ARTICLES.has(tok.folded) || ['this', 'ce', 'cet', 'cette'].includes(tok.folded));
  }

  /**
   * The mention whose type every mention of the same surface takes: the one with the strongest
   * evidence. Without a strong one (a gazetteer entry, a title, a first name), weak cues are
   * counted: a village the text puts "à Vernoux" three times stays a place although a
   * headline's "Vernoux dit non" read it once as a person who speaks.
   */
  private bestEvidenceBySurface(): Map<string, Chunk> {
    const best = new Map<string, Chunk>();
    // Per surface and type, the summed strength of its weak cues and its strongest mention.
    const votes = new Map<string, Map<EntityType, { score: number; chunk: Chunk }>>();
    for (const chunk of this.chunks) {
      if (!chunk.type) continue;
      const key = this.surfaceKey(chunk);
      const held = best.get(key);
      if (!held || chunk.strength > held.strength) best.set(key, chunk);
      if (chunk.strength >= 3 || chunk.guessed) continue;
      let byType = votes.get(key);
      if (!byType) votes.set(key, (byType = new Map()));
      const vote = byType.get(chunk.type);
      if (!vote) byType.set(chunk.type, { score: chunk.strength, chunk });
      else {
        vote.score += chunk.strength;
        if (chunk.strength > vote.chunk.strength) vote.chunk = chunk;
      }
    }
    for (const [key, byType] of votes) {
      const held = best.get(key)!;
      if (held.strength >= 3 || byType.size < 2) continue;
      let winner = byType.get(held.type!)!;
      for (const vote of byType.values()) if (vote.score > winner.score) winner = vote;
      // Half a point above any single weak cue: the count outweighs each mention read alone,
      // and still yields to strong evidence. On a tie the first strongest mention wins, so
      // that one name keeps one kind ("le groupe Castavel" … "Castavel précise").

      best.set(key, { ...winner.chunk, strength: held.strength + 0.5 });
    }
    return best;
  }

  /**
   * "Vodafone Group Plc" is then "Vodafone", "Skarvik Telecom AB" "Skarvik Telecom" and
   * "Skarvik": the article names a company in full once, then by its name without the legal
   * form and sector words. Each shorter name maps to the company, as strong evidence as a
   * gazetteer entry (the article itself says what it is); a name the gazetteer knows is not
   * overridden ("Washington" stays a place).
   */
  private companyShortNames(): Map<string, Chunk> {
    const short = new Map<string, Chunk>();
    for (const chunk of this.chunks) {
      if (chunk.type !== 'ORG' || chunk.last - chunk.first < 2) continue;
      const names: Chunk[] = [];
      // Drop the suffix words one by one, with the punctuation before them ("Acme, Inc."): each
      // name left ending on a word is a short name.
      for (let last = chunk.last - 1; last > chunk.first && this.isCompanySuffix(last); last--) {
        let end = last;
        while (end > chunk.first + 1 && this.tokens[end - 1].kind === 'punct') end--;
        if (this.tokens[end - 1].kind !== 'word') continue;
        // "British Airways" is not "British": a people's or a creed's word is no short name.
        if (end - chunk.first === 1 && (GROUP_WORDS.has(this.tokens[chunk.first].folded) || looksLikeDemonym(this.tokens[chunk.first].text))) continue;
        const name = newChunk(chunk.first, end, false, 3, 'ORG', undefined);
        // "Vodafone Group Plc … Vodafone": a short name the lists know gives the firm its id.
        const known = gazetteer.lookupName(this.surface(name));
        if (known?.type === 'ORG') chunk.id = known.id;
        names.push(name);
      }
      if (names.length === 0) continue;
      const id = chunk.id ?? this.idOf(chunk);
      for (const name of names) {
        name.id = id;
        const key = this.surfaceKey(name);
        if (!short.has(key)) short.set(key, name);
      }
    }
    return short;
  }

  /** A legal form ("Plc", "AB", "Inc.") or a sector word that companies add to their name ("Group", "Telecom"), or the period of one. */
  private isCompanySuffix(k: number): boolean {
    const tok = this.tokens[k];
    if (tok.kind === 'punct') return tok.text === '.';
    return gazetteer.isLegalForm(tok.text) || COMPANY_SECTOR_WORDS.has(tok.folded);
  }

  /** "(Angela) Merkel": a lone first name right before a person's name is that person. */
  private joinSplitNames(): void {
    for (let n = 0; n + 1 < this.chunks.length; n++) {
      const chunk = this.chunks[n];
      const next = this.chunks[n + 1];
      const isLoneFirstName = chunk.type === 'PER' && chunk.last - chunk.first === 1 && isWordOf(this.tokens[chunk.first], WordClass.FirstName);
      if (isLoneFirstName && next.type === 'PER' && next.first - chunk.last <= 2 && next.id && this.onlyBracketsBetween(chunk.last, next.first)) chunk.id = next.id;
    }
  }

  /** Only brackets or quote marks from token `from` to `to` ("(Angela) Merkel"), not "and" or a comma ("Atlas and Joe Roe"). */
  private onlyBracketsBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (!BRACKETS_AND_QUOTES.has(this.tokens[k].text)) return false;
    return true;
  }

  /** A one-token chunk's was set when it was claimed; a longer chunk's is made on first need. */
  private surfaceKey(chunk: Chunk): string {
    chunk.surfaceKey ??= this.foldedWords(chunk);
    return chunk.surfaceKey;
  }

  /** Family-name key -> the full names that end with it, with their mention counts. */
  private personFamilyNames(): Map<string, FamilyMember[]> {
    const byFamily = new Map<string, FamilyMember[]>();
    for (const chunk of this.chunks) {
      // Type and length first: most chunks are not full names, and need no word list here.
      if (chunk.type !== 'PER' || chunk.last - chunk.first < 2 || !chunk.id || this.articleAndFamilyName(chunk)) continue;
      const words = this.chunkWords(chunk);
      if (words.length < 2) continue;
      const id = chunk.id;
      const family = this.wordKeyOf(chunk, familyIndex(words));
      const list = byFamily.get(family) ?? [];
      const known = list.find((p) => p.id === id);
      if (known) {
        known.count++;
        known.guessed &&= chunk.strength < 2;
      } else list.push({ id, count: 1, firstAt: chunk.first, guessed: chunk.strength < 2 });
      byFamily.set(family, list);
    }
    return byFamily;
  }

  /**
   * "Maeve Ferrand … ‘Maeve trains at dawn’": a lone given name after a full name is that
   * person, when only one person of the article bears it and it is nobody's family name. A word
   * with a stronger kind of its own (a place the gazetteer knows, a body) keeps it.
   */
  private joinGivenNames(families: Map<string, FamilyMember[]>): void {
    const byGiven = new Map<string, { id: string; firstAt: number } | null>();
    for (const chunk of this.chunks) {
      if (chunk.type !== 'PER' || chunk.last - chunk.first < 2 || !chunk.id) continue;
      const words = this.chunkWords(chunk);
      // A given name we know ("Harbour Staff Reporters" was guessed a person from its shape).
      const given = this.firstWordAt(chunk);
      if (words.length < 2 || !IS_GIVEN_NAME.prepare().of(this.ids[given], this.tokens[given])) continue;
      const key = this.firstWordKey(chunk);
      const known = byGiven.get(key);
      if (known === undefined) byGiven.set(key, { id: chunk.id, firstAt: chunk.first });
      else if (known && known.id !== chunk.id) byGiven.set(key, null);
    }
    for (const chunk of this.chunks) {
      if (this.wordCount(chunk) !== 1 || (chunk.type !== undefined && chunk.type !== 'PER') || (chunk.type === 'PER' && chunk.strength >= 3)) continue;
      // "Frank talks followed", "La Marine a démenti": a capital a sentence or an article explains.
      if (this.definiteArticleBefore(chunk.first) || (this.tokens[chunk.first].sentenceStart && !this.afterOpeningQuote(chunk.first))) continue;
      const key = this.firstWordKey(chunk);
      const person = byGiven.get(key);
      if (!person || families.has(key) || chunk.first < person.firstAt) continue;
      chunk.type = 'PER';
      chunk.strength = 2;
      chunk.id = person.id;
    }
  }

  /** The word right after an opening quote mark: "‘Maeve trains at dawn’" names her. */
  private afterOpeningQuote(i: number): boolean {
    const prev = this.tokens[i - 1];
    return !!prev && prev.kind === 'punct' && '«“‘"\''.includes(prev.text);
  }

  /**
   * A lone family name joins the full name it belongs to: the most mentioned person of the
   * article with that family name (or a one-letter variant of it); ties go to the nearest one
   * mentioned before.
   */
  private matchFamilyName(
    /** nameWordKey of the lone word. */
    key: string,
    families: Map<string, FamilyMember[]>,
    at: number,
  ): FamilyMember | undefined {
    let candidates = families.get(key);
    if (!candidates) {
      // Families one typo away: computed once per distinct word, not once per mention.
      candidates = this.nearFamilies.get(key);
      if (!candidates) {
        candidates = [];
        const guard = typoGuardKey(key);
        const neighbours = guard === undefined ? undefined : this.typoNeighbours(families).get(guard);
        for (const family of neighbours ?? []) {
          if (sameFamilyName(key, family)) candidates.push(...families.get(family)!);
        }
        this.nearFamilies.set(key, candidates);
      }
    }
    if (!candidates || candidates.length === 0) return undefined;
    // The press names a person in full before it shortens the name: someone already introduced
    // ("Rosalind Roe … Roe died … her son, Daniel Roe"), or, before anyone is, whoever comes.
    const anyIntroduced = candidates.some((c) => c.firstAt < at);
    // The most mentioned; among equals, the one first mentioned nearest to this mention.
    let best: FamilyMember | undefined;
    for (const c of candidates) {
      if (anyIntroduced && c.firstAt >= at) continue;
      if (!best || c.count > best.count || (c.count === best.count && Math.abs(at - c.firstAt) < Math.abs(at - best.firstAt))) best = c;
    }
    return best;
  }

  /**
   * The family keys that may be a typo of one another, grouped by typoGuardKey, each group in
   * the order of `families`. Built once per article: comparing each unmatched word with every
   * family of the article (555 words x 421 families on the 1 MB text) was 7 % of its analysis.
   */
  private typoNeighbours(families: Map<string, FamilyMember[]>): Map<string, string[]> {
    if (this.familiesByTypoGuard?.of === families) return this.familiesByTypoGuard.groups;
    const groups = new Map<string, string[]>();
    for (const family of families.keys()) {
      const guard = typoGuardKey(family);
      if (guard === undefined) continue;
      const group = groups.get(guard);
      if (group) group.push(family);
      else groups.set(guard, [family]);
    }
    this.familiesByTypoGuard = { of: families, groups };
    return groups;
  }

  /**
   * "Angela Dorothea Merkel" and "Angela Merkel" are one person: full names with the same first
   * and last words get the id of the first one seen.
   */
  private unifyFullNames(): void {
    const byEnds = new Map<string, string>();
    for (const chunk of this.chunks) {
      if (chunk.type !== 'PER' || chunk.last - chunk.first < 2 || !chunk.id) continue;
      const words = this.chunkWords(chunk);
      if (words.length < 2) continue;
      const ends = `${this.firstWordKey(chunk)} ${this.wordKeyOf(chunk, familyIndex(words))}`;
      const id = byEnds.get(ends);
      if (id) chunk.id = id;
      else byEnds.set(ends, chunk.id);
    }
    this.unifyInitialledNames();
  }

  /**
   * "A.-M. Tremblay" in a results table is the "Ann-Marie Tremblay" of the story: initials that
   * spell a full name's given names, before its family name, take that person's id when only
   * one person of the article fits.
   */
  private unifyInitialledNames(): void {
    const byInitials = new Map<string, string | null>();
    const initialled: [Chunk, string][] = [];
    for (const chunk of this.chunks) {
      if (chunk.type !== 'PER' || chunk.last - chunk.first < 2 || !chunk.id) continue;
      const words = this.chunkWords(chunk);
      if (words.length < 2) continue;
      const family = familyWord(words);
      const given = words.slice(0, words.lastIndexOf(family));
      if (given.length === 0) continue;
      const key = this.wordKeyOf(chunk, familyIndex(words));
      if (given.every(isCapitalLetter)) {
        initialled.push([chunk, `${given.join('')} ${key}`.toLowerCase()]);
      } else if (!given.some(isCapitalLetter)) {
        const spelt = `${initialsOf(given)} ${key}`.toLowerCase();
        const known = byInitials.get(spelt);
        byInitials.set(spelt, known === undefined || known === chunk.id ? chunk.id : null);
      }
    }
    for (const [chunk, key] of initialled) {
      const id = byInitials.get(key);
      if (id) chunk.id = id;
    }
  }

  private idOf(chunk: Chunk): string {
    if (chunk.type === 'PER') return this.personKeyOf(chunk);
    // A one-word chunk's surface is its token's text: its slug is remembered with the word.
    if (chunk.last - chunk.first === 1) return SLUG.prepare().of(this.ids[chunk.first], this.tokens[chunk.first]);
    return gazetteer.slugify(this.surface(chunk));
  }

  /** Drop what has no real evidence: a sentence start, or a word also written in lowercase. */
  /**
   * "Cal Fire", "East Bengal", "Starlight Serenaders", "Galle Face": English names of two or three
   * words with no cue, no first name and no title were guessed people, and most were bodies,
   * places or feasts (in the dev batches, 13 of 47 were people). A person the press names so is
   * named again by the family name alone ("Radebe said"); without that, the guess is dropped.
   */
  private unfoundedPersonGuess(chunk: Chunk): boolean {
    if (!chunk.guessed || chunk.type !== 'PER' || this.lang !== 'en' || isWordOf(this.tokens[chunk.first], WordClass.FirstName)) return false;
    const [first, last] = [this.tokens[chunk.first], this.lastWordToken(chunk)];
    // Named again by one word (the family name, last or, in Chinese names, first), a generation
    // ("Kessler Sr."), or speaking in an incise ("said X Y", "X Y, a former official, said").
    if (this.standsAlone().has(last.folded) || this.standsAlone().has(first.folded) || GENERATIONAL_SUFFIXES.has(last.text)) return false;
    // "Ruaraidh MacPherson-Grant": a family name of two joined is a person's, not a body's or a place's.
    if (isDoubleBarrelled(last)) return false;
    // "Cal Fire Battalion Chief Ray Okafor": before a title, the name is the title's body.
    if (this.titleAt(chunk.last) > 0) {
      settle(chunk, 'ORG', 2);
      return false;
    }
    return !this.personCueAround(chunk);
  }

  /**
   * "admet Cheikh Tidiane Mbengue": French writes the title in lowercase after its article ("le
   * cheikh Yassine"); capitalised, with no determiner before it and just two name words after, the
   * word is the given name West Africa gives (TITLES_ALSO_GIVEN_NAMES).
   */
  private titleAlsoGivenName(i: number): boolean {
    const tok = this.tokens[i];
    if (this.lang !== 'fr' || !TITLES_ALSO_GIVEN_NAMES.has(tok.text) || isWordOf(this.tokens[i - 1], WordClass.Determiner)) return false;
    // Exactly two: longer names are the Gulf's titled rulers' ("Cheikh Hamad Ben Khalifa").
    const [next, after, third] = [this.tokens[i + 1], this.tokens[i + 2], this.tokens[i + 3]];
    return isNameWord(next) && next.capitalised && isNameWord(after) && after.capitalised && !isNameWord(third) && onlySpacesBetween(this.text, tok, next);
  }

  /**
   * What the press writes around a person it names: a speech verb or "according to" before, a
   * title before or opening the name ("Towkay Leong Ah Choy", "Father Christmas"), or after it
   * ", said", an apposition that describes ("Dost Mahomet, an Afghan camel-driver", "X, the
   * socialite,") or one that ends on a speech verb.
   */
  private personCueAround(chunk: Chunk): boolean {
    const [before, first] = [this.tokens[chunk.first - 1], this.tokens[chunk.first]];
    if (isWordOf(before, WordClass.SpeechVerb) || (before?.folded === 'to' && this.tokens[chunk.first - 2]?.folded === 'according') || this.titleBefore(chunk.first)) return true;
    // "announced by Sione Fifita", "chaired by Nanise Kuruyawa": the agent of a deed people do.
    if (before?.folded === 'by' && PERSON_DEED_PARTICIPLES.has(this.tokens[chunk.first - 2]?.folded ?? '')) return true;
    // "Father Christmas", "Papa Wemba": a title or a family word opens the name.
    if (isWordOf(first, WordClass.TitleWord) || FAMILY_ADDRESS_WORDS.has(first.folded)) return true;
    if (this.inciseRoleBefore(chunk.first)) return true;
    if (this.tokens[chunk.last]?.text !== ',') return false;
    const after = this.tokens[chunk.last + 1]?.folded;
    return this.speechVerbAfter(chunk.last + 1) || after === 'a' || after === 'an' || after === 'the' || this.speaksAfterApposition(chunk.last);
  }

  /** "said the Supervisor of Elections, Sione Fifita": a name in apposition to the role an incise's verb names. */
  private inciseRoleBefore(i: number): boolean {
    if (this.lang !== 'en' || this.tokens[i - 1]?.text !== ',') return false;
    for (let k = i - 2; k >= Math.max(1, i - 8); k--) {
      const tok = this.tokens[k];
      if (tok.kind !== 'word' || tok.sentenceStart) return false;
      if (tok.folded === 'the' && tok.lowercase) return isWordOf(this.tokens[k - 1], WordClass.SpeechVerb);
    }
    return false;
  }

  /** ", a former official, said": an apposition between commas, then a verb of speech. */
  private speaksAfterApposition(j: number): boolean {
    if (this.tokens[j]?.text !== ',') return false;
    let k = j + 1;
    while (k < j + 12 && this.tokens[k] && this.tokens[k].text !== ',' && !this.tokens[k].sentenceStart) k++;
    return this.tokens[k]?.text === ',' && this.speechVerbAfter(k + 1);
  }

  /** The folded words that the article writes as a one-word mention of their own, made on first need. */
  private standsAlone(): ReadonlySet<string> {
    this.loneWords ??= new Set(this.chunks.filter((c) => c.last - c.first === 1 && c.type).map((c) => this.tokens[c.first].folded));
    return this.loneWords;
  }

  /**
   * "Labour members greeted the figure", "a senior Labour organiser", "one former Fianna Fáil
   * minister": English writes a party before the noun of one of its people as a qualifier; its
   * members are no entity, and neither is the party named that way. Nor is a minister's remit
   * that a party's name spells ("the Minister of Labour").
   */
  private partyQualifiesMember(chunk: Chunk): boolean {
    if (this.lang !== 'en' || chunk.type !== 'ORG') return false;
    const next = this.tokens[chunk.last];
    const member = isWordTok(next) && PARTY_PEOPLE.has(next.text) && onlySpacesBetween(this.text, this.tokens[chunk.last - 1], next);
    if (!member && !this.ministersRemit(chunk.first)) return false;
    // ("The Conservative Party leader was booed": the party's full name names the party.)
    if (this.lastWordToken(chunk).folded === 'party') return false;
    return gazetteer.lookupName(this.text.slice(this.tokens[chunk.first].start, this.tokens[chunk.last - 1].end))?.kind === 'party';
  }

  /**
   * "the Minister of Labour", "the Secretary for Labour": a minister's remit at token i, named like
   * a party. (A party's own officer is no minister: "the General Secretary of Labour".)
   */
  private ministersRemit(i: number): boolean {
    const of = this.tokens[i - 1];
    const title = this.tokens[i - 2];
    if (this.tokens[i - 3]?.folded === 'general') return false;
    return isWordTok(of) && (of.folded === 'of' || of.folded === 'for') && isWordTok(title) && title.capitalised && MINISTER_TITLES.has(title.folded);
  }

  /**
   * "a knot of Americans", "the Welsh side": an English people's name is no place, whatever weak
   * cue of place stands before it. Told by its form: the name of a place the lists know with "n",
   * "ns", "ian" or "ians" for its ending ("America" → "Americans", "Canada" → "Canadian"; a town's
   * name may end like a people's: "Tollcross", "Dharavi"), or an irregular one ("Welsh"). French
   * peoples after their plural article ("des Suisses") are ruled out earlier, see pluralInhabitants.
   */
  private namesAPeople(chunk: Chunk): boolean {
    const word = this.tokens[chunk.first];
    if (this.lang !== 'en') return false;
    if (IRREGULAR_DEMONYMS_EN.has(word.text)) return true;
    const singular = word.text.endsWith('ns') ? word.text.slice(0, -1) : word.text;
    if (!singular.endsWith('n')) return false;
    const place = (name: string) => gazetteer.lookupName(name)?.type === 'LOC';
    return place(singular.slice(0, -1)) || (singular.endsWith('ian') && place(`${singular.slice(0, -3)}a`));
  }

  private keep(chunk: Chunk): boolean {
    // "le paquebot Kairouan … Le Kairouan repart ce soir", "the steamer Kilchurn Castle": a ship
    // is a machine, no entity, wherever the article names it, even after a town or country's name.
    const ships = this.shipNames();
    if (ships.size > 0 && ships.has(this.surfaceKey(chunk))) return false;
    if (this.partyQualifiesMember(chunk)) return false;
    if (chunk.strength >= 3) return true;
    if (this.unfoundedPersonGuess(chunk)) return false;
    const count = this.wordCount(chunk);
    if (count === 1 && chunk.type === 'LOC' && this.namesAPeople(chunk)) return false;
    if (count === 1 && this.lowercaseWords.has(this.tokens[chunk.first].folded) && !isAcronym(this.firstWord(chunk))) return false;
    // A sentence rarely starts with two capitalised words that are not a name, a headline does.
    const multiWord = count >= 2 && !this.onHeading[chunk.first];
    if (chunk.weakStart && chunk.strength < 2 && !multiWord && !this.namedMidSentence().has(this.typedSurfaceKey(chunk))) return false;
    if (this.onHeading[chunk.first] && chunk.strength < 2 && !this.placeClosingByline(chunk)) return false;
    return chunk.strength >= 1;
  }
}

/** English nouns of a party's people, after its name: "Labour members", "a Fianna Fáil minister", "the Labour TD". */
const PARTY_PEOPLE: ReadonlySet<string> = new Set([
  ...'member members leader leaders minister ministers organiser organisers organizer organizers candidate candidates'.split(' '),
  ...'councillor councillors senator senators backbencher backbenchers activist activists supporter supporters voter voters'.split(' '),
  ...'deputy deputies spokesman spokeswoman politician politicians delegate delegates colleague colleagues peer peers'.split(' '),
  ...'MP MPs TD TDs MLA MLAs MEP MEPs'.split(' '),
]);

/** Prepositions that take a person as readily as a place. */
const PERSON_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'by', 'avec', 'par']);

/** English endings of agents' nouns (folded): "orchardist", "beekeeper", "councillor", "fisherman", "librarian", "attendant"; and ages: "Nine-year-old". */
const TRADE_ENDING = /(?:er|ist|or|man|woman|ian|ant|ent|ess|eer|-old)$/;

/** English nouns a town's name qualifies, after it: "the staff of Ennis hospital", "the merger of Kilkenny diocese". */
const TOWN_QUALIFIED_NOUNS: ReadonlySet<string> = new Set('hospital parish council school church station hotel mill diocese dioceses newspaper paper club market court branch office works factory plant'.split(' '));

/** English nouns for who speaks for a body, before "for" (folded). */
/** French heads of bodies named after their cause, with "pour" and any article: "Ligue pour une Europe unie" (folded). */
const CAUSE_NAMED_HEADS: ReadonlySet<string> = new Set([
  ...'association comite ligue mouvement collectif coalition alliance fondation institut fonds front rassemblement'.split(' '),
  ...'union centre observatoire groupement federation organisation reseau campagne'.split(' '),
]);

/** French adjectives written before their noun (folded): "pour une meilleure gouvernance", "pour un nouveau contrat". */
const PRE_NOUN_ADJECTIVES_FR: ReadonlySet<string> = new Set([
  ...'meilleur meilleure meilleurs meilleures nouveau nouvel nouvelle nouveaux nouvelles grand grande grands grandes'.split(' '),
  ...'petit petite petits petites bon bonne bons bonnes vrai vraie vraies vrais juste justes autre autres seul seule'.split(' '),
  ...'premier premiere premiers premieres haut haute hauts hautes'.split(' '),
]);

/**
 * What French gives over to someone, before "à" and the name (folded): "consacrée à Picasso", "un
 * hommage à Brassens". (Not "dédié à", "attribué à": a place or a firm as often, "un film dédié à
 * Ouessant", "le marché attribué à Colas".)
 */
const DEDICATED_TO_FR: ReadonlySet<string> = new Set('consacre consacree consacres consacrees hommage hommages'.split(' '));

/** Adjectives French writes before a place's head word, capitalised in its name: "le Grand Palais", "le Vieux Port" (folded). */
const SIZE_AND_AGE_ADJECTIVES_FR: ReadonlySet<string> = new Set('grand grande petit petite vieux vieil vieille haut haute bas basse nouveau nouvel nouvelle'.split(' '));

/** Words inside a body's name that a person's lacks: "Friends of the Earth", "Marks and Spencer" (folded). */
const BODY_NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'and', '&', 'et', 'pour']);

const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople']);

/** English words before a language's name: "in Tagalog", "the medium of Welsh", "speaks Swahili". */
const LANGUAGE_CUES: ReadonlySet<string> = new Set(['in', 'into', 'of', 'from', 'speak', 'speaks', 'spoke', 'speaking', 'learn', 'learned', 'learnt', 'learning', 'taught', 'teach', 'fluent']);

/** Languages (folded) that English names like places or peoples; after LANGUAGE_CUES they are no entity. */
const LANGUAGE_NAMES: ReadonlySet<string> = new Set(
  ('tagalog filipino welsh gaelic irish scots cornish breton basque catalan galician swahili hindi urdu bengali tamil telugu marathi hindustani punjabi gujarati kannada malayalam sinhala sinhalese nepali ' +
    'malay indonesian maori afrikaans zulu xhosa sotho tswana yoruba igbo hausa amharic somali wolof lingala creole patois latin greek hebrew arabic persian farsi pashto dari turkish kurdish ' +
    'armenian georgian russian ukrainian polish czech slovak german dutch flemish french spanish portuguese italian romanian hungarian finnish swedish norwegian danish icelandic ' +
    'mandarin cantonese chinese japanese korean vietnamese thai khmer burmese tibetan inuktitut cree esperanto yiddish english').split(' '),
);

/** Plural verbs after a list of names that are its subject, as written: "from X and Y are studying". */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['are', 'were', 'have', 'sont', 'ont', 'étaient', 'avaient', 'seront']);

/** Words of a route before "between"/"entre" (folded): "services between X and Y", "la ligne entre X et Y". */
const ROUTE_WORDS: ReadonlySet<string> = new Set([
  ...'road roads route line lines railway rail train trains bus buses ferry ferries flight flights service services runs ran running sails sailed journey trip border distance miles kilometres kilometers highway'.split(' '),
  ...'ligne lignes liaison liaisons trajet navette navettes circule circulent route routes train trains frontiere distance kilometres autoroute bus vols'.split(' '),
]);

/** French names of peoples in -e (folded) that no ending tells: "le Slovène", "le Serbe", "le Basque". */
const DEMONYMS_IN_E: ReadonlySet<string> = new Set(['slovene', 'serbe', 'croate', 'tcheque', 'slovaque', 'bosniaque', 'monegasque', 'basque', 'corse', 'kurde', 'tibetaine', 'arabe', 'berbere', 'kabyle', 'sahraoui', 'peule']);

/** French verbs (folded) whose subject is a firm or a club: "la Sonatrach embauche", "le Raja a battu le Wydad". */
const FRENCH_FIRM_VERBS = /^(?:embauch|licenci|emploi|recrut|rachet|investi|fusionn|battu|bat$|battr|remport|affront|recevr|recoit|exploit|fabriqu|commercialis)/;

/** English words before "in" and a person ("faith in Mary"): what one feels or places in someone. */
const FEELINGS_IN_SOMEONE: ReadonlySet<string> = new Set(['faith', 'confidence', 'trust', 'belief', 'interest', 'interested', 'believe', 'believed', 'believes', 'hope', 'pride', 'disappointed', 'disappointment', 'confide', 'confided', 'confides', 'confiding']);

/** Members of parliaments, by their letters, who sit "for" a constituency: "MP for Bodmin", "T.D. for Cork". */
const CONSTITUENCY_MEMBERS: ReadonlySet<string> = new Set(['MP', 'MLA', 'MSP', 'MEP', 'TD', 'MHA', 'MHR', 'MNA', 'MPP', 'MS']);

/** Particles between a given name and a family name ("Charles de Lima", "Jan van Dijk", "Luís da Costa"). */
const FAMILY_NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'van', 'von', 'ter', 'ten']);

/** French verbs (folded) after which "à" leads to the one given or told, not a place: "a parlé à Florence", "écrit à Lourdes". */
const FRENCH_DATIVE_VERBS = /^(?:parl|ecri|dit|dis|demand|repond|confi|donn|offer|offr|envoy|promi|annonc|expliqu|racont|succed|rend|telephon|propos|adress|remi|remett|pens|lanc|sourit|souri|reproch|ecrivai|lisai|montr)/;

/**
 * Prepositions that put a town of the long list on the map, besides the locative and route ones
 * (folded; not "de"/"of", "sous"/"under": "la politique de X", "sous X" name a person).
 */
/** Nouns and verbs of what passes between parties, before "between" or "entre" and two names (folded). */
const BETWEEN_PARTIES_WORDS: ReadonlySet<string> = new Set([
  ...'feud feuds debate debates fight fights talks match matches dispute disputes duel rivalry contest race battle war agreement deal marriage meeting meetings conversation exchange exchanges split row clash clashes game final tie negotiations friendship partnership merger alliance divorce relations relationship choose choice chose decide difference differences contract bout'.split(' '),
  // (Words both languages write, "duel", "match", "alliance", "divorce", "relations", "differences", are listed once, above.)
  ...'differend debat debats rencontre accord conflit guerre dialogue negociations lutte combat rivalite querelle mariage entretien echange echanges course finale fusion choix choisir contrat bras entrevue'.split(' '),
]);

const TOWN_PREPOSITIONS: ReadonlySet<string> = new Set([
  'to', 'toward', 'towards', 'between', 'through', 'dans', 'vers', 'pres', 'entre', 'depuis', 'jusqu\'', 'sur',
]);

/** North American street types shortened with a period at the end of a street's name ("Harlan St."). */
const STREET_ABBREVIATIONS = ['St', 'Ave', 'Rd', 'Blvd', 'Hwy', 'Pkwy'];

/** Generational suffixes written after a family name ("Marcus Reed Jr.", "Henry Ford II"); the first two take a period. */
const GENERATIONAL_ABBREVIATIONS = ['Jr', 'Sr'];
const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set([...GENERATIONAL_ABBREVIATIONS, 'II', 'III', 'IV']);

/** The family name of a full name's words: the last one, or the one before "Jr."/"III". */
function familyWord(words: readonly string[]): string {
  return words[familyIndex(words)];
}

/** Where familyWord is in `words`. */
function familyIndex(words: readonly string[]): number {
  const last = words.length - 1;
  return words.length > 2 && GENERATIONAL_SUFFIXES.has(words[last]) ? last - 1 : last;
}

/** A person's full name as a lone family name may refer to it; `guessed` when only its shape said it was a person. */
interface FamilyMember {
  id: string;
  count: number;
  firstAt: number;
  guessed: boolean;
}

/** "de" and its elided "d'" (folded: ’ is ' already) are one preposition. */
function sameFoldedPreposition(a: string, b: string): boolean {
  const base = (w: string) => (w === "d'" ? 'de' : w);
  return base(a) === base(b);
}

/** A type read from the chunk's length alone, with no cue: the weakest evidence, and no vote (see bestEvidenceBySurface). */
function guess(chunk: Chunk, type: EntityType): void {
  settle(chunk, type, 1);
  chunk.guessed = true;
}

/** Gives the chunk its type and the strength of the evidence for it. */
function settle(chunk: Chunk, type: EntityType, strength: number): void {
  chunk.type = type;
  chunk.strength = strength;
  chunk.guessed = false;
}

/** The chunk now ends at `last`, one name of `type` whose id and words are made anew from its tokens. */
function extendChunk(chunk: Chunk, last: number, type: EntityType, strength: number): void {
  chunk.last = last;
  settle(chunk, type, strength);
  chunk.id = undefined;
  chunk.words = undefined;
  chunk.surfaceKey = undefined;
}

/** One capital letter ("A" of "A. Tremblay"); the length test spares the Unicode regex most words. */
function isCapitalLetter(word: string): boolean {
  return word.length <= 2 && /^\p{Lu}$/u.test(word);
}

const HYPHEN = 45;

/** The first letter of each given name and of each part of a compound: "Ann-Marie Claire" -> "AMC". */
function initialsOf(givenNames: readonly string[]): string {
  let initials = '';
  for (const name of givenNames) {
    for (let i = 0; i < name.length; i++) {
      if (name.charCodeAt(i) !== HYPHEN && (i === 0 || name.charCodeAt(i - 1) === HYPHEN)) initials += name[i];
    }
  }
  return initials;
}

function isAcronym(word: string): boolean {
  return isAllCaps(word) && word.length <= 6;
}

/**
 * "MacPherson-Grant", "Okafor-Reilly", "O'Brien-Hale": two family names joined by a hyphen, each
 * capitalised, neither a place the lists know ("Dalton-Kendal") nor a point of the compass
 * ("Dublin North-Central"), and the whole no title ("the Dutch Consul-General").
 */
function isDoubleBarrelled(tok: Token): boolean {
  const match = DOUBLE_BARRELLED.exec(tok.text);
  if (!match || isWordOf(tok, WordClass.TitleWord | WordClass.TitleEnd) || gazetteer.isHyphenatedTitle(tok.text)) return false;
  return match.slice(1).every((part) => !COMPASS_WORDS.test(part.toLowerCase()) && !isPlaceName(part) && !gazetteer.isTitleWord(part));
}

/** A name the place lists know: "Le Havre", "La Rochelle", "Touquet". */
function isPlaceName(name: string): boolean {
  return gazetteer.lookupName(name)?.type === 'LOC' || !!gazetteer.lookupTown(name);
}

/** A short form written like a word: a capital, then lowercase letters only ("Namfrel", "Cire", "Drass"). */
function isWordLikeAcronym(word: string): boolean {
  return word.length >= 3 && word.length <= 9 && /^\p{Lu}\p{Ll}+$/u.test(word);
}

/** Are letters[from, to) found in `word` from `at` on, in order? */
function spellsInOrder(word: string, at: number, letters: string, from: number, to: number): boolean {
  let k = at;
  for (let n = from; n < to; n++) {
    k = word.indexOf(letters[n], k);
    if (k < 0) return false;
    k++;
  }
  return true;
}

/** "J. K. Rowling", "JD Vance": initials before a family name. */
function isInitialised(words: string[]): boolean {
  // "J.-P. Le Guennec", "A. de La Tour": a family name may open with its article or particle.
  const initials = words.findIndex((w) => !/^\p{Lu}{1,2}$/u.test(w));
  if (initials < 1) return false;
  const rest = words.slice(initials, -1);
  return rest.every((w) => PREPOSITION_PARTICLES.has(w.toLowerCase())) && !isAllCaps(words[words.length - 1]);
}

/** Turns chunks into mentions with their exact surface. */
export function chunksToMentions(text: string, tokens: Token[], chunks: Chunk[]): EntityMention[] {
  return chunks.map((c) => {
    const start = tokens[c.first].start;
    const last = tokens[c.last - 1];
    // "Kestrel Inc.", "Paul Marlow Jr.": the period of an abbreviation that ends a name is
    // part of it (even when it also ends the sentence).
    const period = tokens[c.last];
    const end = period?.text === '.' && period.start === last.end && NAME_ENDING_ABBREVIATIONS.has(last.text) ? period.end : last.end;
    return { start, end, type: c.type as EntityType, text: text.slice(start, end), id: c.id as string };
  });
}

/** Abbreviations that end a name, written with a period: legal forms and generational suffixes. */
const NAME_ENDING_ABBREVIATIONS: ReadonlySet<string> = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Bros', ...GENERATIONAL_ABBREVIATIONS, ...STREET_ABBREVIATIONS]);

/** Small words a compound place name keeps in lowercase between its capitalised parts. */
const COMPOUND_NAME_SMALL_WORDS: ReadonlySet<string> = new Set('de du des la le les sur sous en et aux au lès lez on upon by the'.split(' '));

/** "SAINT-JEAN-SUR-RICHELIEU" as the text writes it: "Saint-Jean-sur-Richelieu". */
function titleCaseCompound(word: string): string {
  return word
    .toLowerCase()
    .split('-')
    .map((part, n) => (n > 0 && COMPOUND_NAME_SMALL_WORDS.has(part) ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('-');
}

/** The tokens on the lines of each headline style (see markHeadlines). */
interface HeadlineLines {
  titleCase: Uint8Array;
  capitals: Uint8Array;
}

/**
 * The tokens of the lines written as headlines, both styles in one pass over the token columns,
 * each word's vote read from its class and shape bits (a vote closure called at each of 200,000
 * words of a megabyte, twice, was 4% of the analysis):
 * - title case: most words of four letters or more capitalised ("Leaders Agree To Climate
 *   Talks"), English headline style, where a capital is no evidence of a name;
 * - capitals: "LE BARRAGE D'ASSOUAN", "CARS STONED AT MARADANA.", where capitals say nothing of
 *   a name either: at least two words of two letters or more, each in capitals (an elided "D'"
 *   or "L'" counts as neither, nor a possessive's "’S"), and a dozen at most (a story or a
 *   telegram written wholly in capitals has its own names).
 */
function markHeadlines(columns: TokenColumns): HeadlineLines {
  const { classes, flags, shapes, ids } = columns;
  const period = lexemeIdOf('.', 'punct');
  // ("RAMSGATE’S WELCOME FOR THE BOATMEN": the possessive's capital S is no word of its own.)
  const curlyPossessive = lexemeIdOf('’S', 'word');
  const straightPossessive = lexemeIdOf("'S", 'word');
  const dashes = [lexemeIdOf('-', 'punct'), lexemeIdOf('—', 'punct'), lexemeIdOf('–', 'punct')];
  const titleCase = new Uint8Array(classes.length);
  const capitals = new Uint8Array(classes.length);
  let lineStart = 0;
  let capitalised = 0;
  let notCapitalised = 0;
  let lowercaseContent = 0; // lowercase words of four letters or more that are not function words
  let shouted = 0;
  let notShouted = 0;
  let sentenceWords = 0; // words since the line's last period or dash
  let longestSentence = 0;
  for (let k = 0; k <= classes.length; k++) {
    if (k === classes.length || (k > 0 && flags[k] & TokenFlag.LineStart)) {
      // ("Chief Minister Pinarayi Vijayan is expected to visit Kavalappara on Sunday.": a sentence,
      // its lowercase words and its period say so, however many names it holds. Words a title-case
      // headline leaves in lowercase do not count: "Hungry Bears Raid Campsite near Jasper while
      // Tourists Sleep.")
      const sentence = lowercaseContent >= 1 && notCapitalised >= 2 && k > 0 && ids[k - 1] === period;
      if (capitalised + notCapitalised >= 3 && capitalised / (capitalised + notCapitalised) >= 0.75 && !sentence) titleCase.fill(1, lineStart, k);
      // ("SOLDIERS CALLED OUT.--HOUSE BURNED TO THE GROUND.--TWO BODIES FOUND IN THE RUINS.": an
      // old paper's decks run several short headlines on one line, each of a dozen words at most.)
      const headlineLength = shouted <= MAX_HEADLINE_WORDS || (longestSentence <= MAX_HEADLINE_WORDS && shouted <= 3 * MAX_HEADLINE_WORDS);
      if (shouted >= 2 && headlineLength && notShouted === 0) capitals.fill(1, lineStart, k);
      lineStart = k;
      capitalised = notCapitalised = lowercaseContent = shouted = notShouted = sentenceWords = longestSentence = 0;
    }
    // (A period ends a headline only where a sentence starts after it: "M. KERBAJ" goes on.)
    if (k < classes.length && (dashes.includes(ids[k]) || (ids[k] === period && flags[k + 1] & TokenFlag.SentenceStart))) sentenceWords = 0;
    if (k === classes.length || (classes[k] & WordClass.Word) === 0) continue;
    longestSentence = Math.max(longestSentence, ++sentenceWords);
    const shape = shapes[k];
    if (shape & WordShape.FourLetters) {
      if (classes[k] & WordClass.Capitalised) capitalised++;
      else notCapitalised++;
      if (!(classes[k] & (WordClass.Capitalised | WordClass.Function | WordClass.Preposition))) lowercaseContent++;
    }
    if (!(shape & (WordShape.OneLetter | WordShape.Elided)) && ids[k] !== curlyPossessive && ids[k] !== straightPossessive) {
      // A lowercase word is read from its class bit before its shape.
      if (!(classes[k] & WordClass.Lowercase) && shape & WordShape.AllCaps) shouted++;
      else notShouted++;
    }
  }
  return { titleCase, capitals };
}

const MAX_HEADLINE_WORDS = 12;

/** "D'", "qu’": an elided French word, read from its text or its folded form (isElision). */
function isElidedText(text: string): boolean {
  return text.length <= 3 && /['’]$/.test(text);
}
