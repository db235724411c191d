// Closed-class words and cue words the rules rely on, French and English. These are grammar,
// not names: nothing here is specific to any article. The lists are matched on the lowercased,
// accent-folded form (see `fold`), so "État" and "etat" are one entry; LOCATIVE_PREPOSITIONS,
// COORDINATORS, CLOCK_INTRODUCERS and DURATION_PREPOSITIONS are matched as written ("à" and "a"
// fold alike). Elided words are cut with their apostrophe ("l'", "qu'"), so no entry is a bare
// elision stem.

import type { Lexeme } from './tokenize';
import * as gazetteer from './gazetteer';
import { replaceLigatures } from './gazetteer/fold';
import { memoised } from './gazetteer/memo';

const memoisedFold = memoised((word: string) =>
  replaceLigatures(word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’ʼ`´]/g, "'").toLowerCase()),
);

/**
 * Lowercase, strip accents, unify apostrophes: the form every lexicon lookup uses. It runs on
 * every token several times, so plain lowercase ASCII returns at once and the rest is memoised
 * (words repeat; the cache is emptied when it grows past 50,000 entries).
 */
export function fold(word: string): string {
  return isPlainLowercase(word) ? word : memoisedFold(word);
}

function isPlainLowercase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 39 || c === 45)) return false;
  }
  return true;
}

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/).map(fold));

/**
 * Function words and frequent sentence openers. A capitalised word of this list is a sentence
 * start or a heading word, never a name by itself ("Dans", "Selon", "However").
 */
export const FUNCTION_WORDS = set(`
  a à afin ainsi alors après au aucun aucune auprès aussi autre autres aux avant avec ayant
  bien c ça car ce ceci cela celle celles celui cependant certains certaines ces cet cette ceux
  chaque chez comme comment d dans de depuis des dès désormais donc dont du durant elle elles
  en encore enfin entre est et été être eux hier il ils j je jusqu' l la le les leur leurs lors
  lorsque lui m ma mais malgré me même mes moi mon n ne ni non nos notre nous on or ou où par
  parce parmi pas pendant peu plus plusieurs pour pourquoi pourtant puis qu' quand que quel
  quelle quelles quels qui quoi s sa sans se selon ses si sinon soit son sous sur t ta tandis
  te tel telle tes ton tous tout toute toutes très tu un une vers via voici voilà vos votre
  vous y outre également notamment ensuite surtout toutefois néanmoins désormais aujourd'hui
  ailleurs puisque quoique lorsqu' puisqu' quoiqu' presque voire déjà toujours jamais
  ici là personne rien chacun chacune ceux-ci celle-ci celui-ci oui beaucoup autant quelqu'un
  about above after again against all also although am among an and another any are as at be
  because been before being below between both but by can could did do does doing down during
  each either even every few for from further had has have having he her here hers herself him
  himself his how however i if in into is it its itself just last least less let like many may
  me meanwhile might more moreover most much must my neither never next no nor not now of off
  often on once only or other others otherwise our ours out over own perhaps rather same she
  should since so some still such than that the their theirs them then there these they this
  those though through thus to too under unless until up upon us very was we were what whatever
  when where whether which while who whom whose why will with within without would yet you your
  somebody someone anybody anyone
  yes instead indeed already later earlier today yesterday tomorrow here there it that
  état république nation people nothing everyone everybody nobody something
  what we're they're i'm i've we've don't doesn't didn't can't won't isn't wasn't
  i'll i'd you'll you'd you're you've he'll he'd she'll she'd it'll it'd
  we'll we'd they'll they'd they've
`);

/** Dashes that close a dateline, "PARIS — ", "LAGOS – ": entities.ts reads the town, speakers.ts steps over it. */
export const DATELINE_DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);

/** Words before a house number, "at 1900 Yonge St.", "au 12 rue Gambetta" (folded): dates.ts takes no year there, entities.ts takes the number into the address. */
export const ADDRESS_LEADS: ReadonlySet<string> = new Set(['at', 'to', 'from', 'on', 'near', 'au', 'du', 'le']);

/**
 * English titles that are titles only before a given name ("Chief Ernest Bakke", "Sister Mary
 * Bernard", "Private John Whitlock"); otherwise they open names ("Chief Whip", "Twisted Sister",
 * "Sister Act", "Private Eye"). The gazetteer's titles have no such condition, so entities.ts and
 * speakers.ts both read this list. The British press puts a railwayman's, a nurse's or a
 * lifeboatman's calling before the name the same way ("Driver Albert Tate and Fireman Bob Law",
 * "Signalman Jack Rowe", "Nurse Edith Lane", "Coxswain Harry Penrose"); those words are family
 * names too ("Minnie Driver", "Cole Porter"), so only a given name after them makes them titles.
 */
export const TITLES_BEFORE_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'chief', 'sister', 'private', 'driver', 'signalman', 'guard', 'porter', 'shunter', 'stoker', 'nurse', 'matron', 'coxswain', 'motorman', 'brakeman',
]);

/**
 * English street types, written out or shortened, that close a street's name: "1900 Yonge St.",
 * "Dunmore Road" (folded). dates.ts reads them to tell a house number from a year.
 */
export const ENGLISH_STREET_TYPES: ReadonlySet<string> = new Set([
  ...'street st road rd avenue ave boulevard blvd lane drive highway hwy parkway pkwy terrace crescent'.split(' '),
]);

/** Prepositions after which a capitalised name is a complement, not the subject of the clause. */
export const PREPOSITIONS = set(`
  à au aux avec chez contre dans de des du d' en entre envers jusqu' malgré pour sans sous sur
  vers auprès après avant depuis devant derrière face outre parmi pendant près lors
  about above across after against along among around at before behind below beside between
  beyond despite during for from in inside into near of off on onto over past since through
  throughout to toward towards under until upon with within without outside opposite beneath amid amidst alongside via
`);

/** Prepositions of a noun's complement: "la mère de X", "du cycliste", "the widow of X" (folded). */
export const OF_PREPOSITIONS = set(`de du des d' of`);

/** Nouns of family relations (folded), singular and plural: "his daughter Niamh", "la mère de Yannick". */
export const KINSHIP_NOUNS: ReadonlySet<string> = new Set([
  ...'daughter son wife husband father mother brother sister widow widower grandson granddaughter nephew niece cousin uncle aunt partner daughters sons brothers sisters'.split(' '),
  ...'fille fils femme epouse mari pere mere frere soeur veuve veuf petit-fils petite-fille neveu niece cousine oncle tante compagne compagnon filles freres soeurs parents'.split(' '),
]);

/**
 * Agentive prepositions: "selon X", "according to X", "par X": X is the source of the words
 * ("d'après", two tokens, is read in speakers.ts introducerEnd).
 */
export const SOURCE_INTRODUCERS = set(`selon par according by`);

/** Articles: the press names people without one ("the Harbour Crisis", "a Green Paper"). */
export const ARTICLES = set(`le la les l' un une the a an`);
/** Definite articles of both languages: "the Fed said", "a indiqué le Kremlin", "the Harbour Board of X". */
export const DEFINITE_ARTICLES = set(`le la les l' the`);
/** Possessive determiners: "his daughter Niamh", "sa fille". */
export const POSSESSIVE_DETERMINERS = set(`son sa ses leur leurs notre mon ma his her their its our my`);
/** Articles and determiners that may precede a role noun ("le président", "the minister"). */
export const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS]);

/** Personal subject pronouns, singular: resolved to the last salient person. */
export const SINGULAR_PRONOUNS = set(`il elle he she`);
/** Plural or impersonal pronouns: never resolved to one speaker. */
export const OTHER_PRONOUNS = set(`ils elles on nous we they it i je you vous`);

/** Auxiliaries and light words that may sit between a subject and its speech verb. */
export const VERB_FILLERS = set(`
  a ont avait avaient aura auront aurait auraient est sont était étaient sera serait s' se
  lui leur leur y en ne n' pas plus aussi également encore ensuite alors déjà
  notamment toutefois cependant pourtant lui-même elle-même enfin
  has have had is was were will would also then later again further once repeatedly has not
  did does do just still fait
`);

// Speech and stance verbs. French regular verbs are listed by stem and matched with their
// endings; irregular forms are listed whole. A quote's speaker is the subject of such a verb.
const FRENCH_ER_STEMS = `
  déclar affirm ajout expliqu estim soulign assur indiqu précis lanc insist rappel martel
  confi comment annonc déplor qualifi jug dénonc confirm regrett racont résum not observ
  répét tweet plaid fustig exclam interrog demand ironis exhort rapport protest félicit
  relev avanc clam proclam mentionn évoqu consider considér espér menac accus critiqu
  dément avou certifi jur prédi signal pronostiqu tranch poursuiv résum réclam salu
  justifi argument nuanc tempér mett alert prôn estim conclu sout déplor insist
  assur promett reprend inquiét réjou fulmin tonn lâch glissé gliss souffl murmur
  cri hurl concéd concéd constat rétorqu répliqu objet ajout précis témoign
  amus soupir plaisant détaill analys confess raill étonn indign insurg désol jubil enchaîn
  interpell tempêt râl grogn bougonn agac remarqu assén claironn grommel bredouill balbuti
  chuchot object corrig rectifi persifl grinc grinç temporis relativis
`;
const FRENCH_ER_ENDINGS = ['e', 'es', 'ent', 'é', 'ée', 'és', 'ées', 'er', 'ait', 'aient', 'a', 'ant', 'era', 'eront', 'erait', 'ons', 'ez', 'èrent', 'at'];
const FRENCH_IRREGULAR = set(`
  dit dis disait disaient dira dirait dire disent déclare écrit écrivait écrira écrire écrivent
  répond répondu répondait répondent répondre reconnu reconnaît reconnaissait admis admet
  promis promet prévenu prévient avertit averti averti soutenu soutient soutenait conclu conclut
  poursuivi poursuit poursuivait réagi réagit réagissait ajoute interrogé décrit décrivait
  décrivent résolu appelé appelle appellent estime assuré convenu convient convenait
  reconnaissent soutiennent préviennent souligne indique explique rappelle précise lance
  confie confié affirme insiste martèle déplore juge dénonce qualifie savoir souvient souvenait
  souviennent souvenu sourit souri sourient souriait renchérit renchéri renchérissait
  admettait prévenait avertissait avertissent
`);
const ENGLISH_SPEECH = set(`
  said say says saying told tell tells added adds wrote writes write asked asks explained
  explains noted notes argued argues insisted insists warned warns declared declares stated
  states claimed claims announced announces replied replies responded responds acknowledged
  acknowledges conceded concedes recalled recalls continued continues tweeted tweets posted
  posts described describes urged urges suggested suggests admitted admits confirmed confirms
  denied denies complained complains predicted predicts cautioned cautions quipped quips
  shouted shouts remarked remarks observed observes emphasised emphasized emphasises
  emphasizes stressed stresses maintained maintains called calls testified testifies vowed
  vows promised promises pledged pledges boasted boasts joked jokes mused muses recounted
  recounts reported reports lamented laments conceded cried exclaimed whispered
  welcomed criticised criticized blasted slammed hailed dubbed labelled labeled accused accuses
  smiled smiles laughed laughs sighed sighs grinned grins chuckled chuckles snapped snaps
  countered counters reflected reflects reckoned reckons shrugged shrugs ventured ventures
  fumed fumes grumbled grumbles retorted retorts protested protests pleaded pleads scoffed scoffs
  beamed beams marvelled marveled marvels sobbed sobs groaned groans muttered mutters
`);

const FRENCH_ER_STEM_SET = new Set(FRENCH_ER_STEMS.trim().split(/\s+/).map(fold));
const FOLDED_ER_ENDINGS = FRENCH_ER_ENDINGS.map(fold);

/** True when the word is a form of a verb of saying, stating or judging (fr or en). */
export function isSpeechVerb(word: string): boolean {
  const w = fold(word);
  if (FRENCH_IRREGULAR.has(w) || ENGLISH_SPEECH.has(w)) return true;
  for (const ending of FOLDED_ER_ENDINGS) {
    if (w.length > ending.length + 2 && w.endsWith(ending) && FRENCH_ER_STEM_SET.has(w.slice(0, w.length - ending.length))) {
      return true;
    }
  }
  return false;
}

/** French inverted-subject forms "a-t-il", "ajoute-t-elle", "dit-il": verb + pronoun in one token. */
export const INVERTED_PRONOUN = /^(.+?)(?:-t)?-(il|elle|ils|elles|on)$/i;

export const FRENCH_WEEKDAYS: readonly string[] = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const ENGLISH_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Month name (folded) -> month number, French and English, with common abbreviations. */
const FRENCH_MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Months written in full (folded), not abbreviated: only these stand alone as a date. */
export const FULL_MONTH_NAMES: ReadonlySet<string> = new Set([...FRENCH_MONTHS, ...ENGLISH_MONTHS]);

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...FRENCH_MONTHS.map((m, i) => [m, i + 1] as const),
  ...ENGLISH_MONTHS.map((m, i) => [m, i + 1] as const),
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'].map((m) => [m, ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(m.slice(0, 3)) + 1] as const),
  // French abbreviations ("3 janv. 2020", "12 févr."), folded.
  ['janv', 1], ['fevr', 2], ['avr', 4], ['juil', 7],
]);

/**
 * Words before a month, weekday or season that make it a relative date, part of its span:
 * "last November", "next Tuesday", "this summer" (French "ce mercredi" tags "mercredi" only).
 */
export const DATE_QUALIFIERS_BEFORE: ReadonlySet<string> = new Set(['last', 'next', 'this']);
/** Words that put a count approximately, capitalised only when they open a sentence: "Nearly 200 farmers", "Environ 300 personnes". */
export const COUNT_APPROXIMATORS: ReadonlySet<string> = new Set([
  'nearly', 'about', 'almost', 'around', 'some', 'roughly', 'approximately', 'over', 'under', 'only', 'just', 'barely', 'exactly',
  'environ', 'presque', 'pres', 'quelque', 'seulement', 'plus', 'moins', 'pas',
]);
/** Words after a month or season: "novembre dernier", "l'été prochain". */
export const DATE_QUALIFIERS_AFTER: ReadonlySet<string> = new Set(['dernier', 'derniere', 'prochain', 'prochaine']);

export const WEEKDAYS: ReadonlySet<string> = new Set([...FRENCH_WEEKDAYS, ...ENGLISH_WEEKDAYS]);
/**
 * English weekdays shortened, as web pages stamp them ("Fri 16 Sep 2022"): a weekday only before a
 * calendar date (dates.ts), since "Sun", "Sat" and "Wed" are words and names too.
 */
export const WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
export const SEASONS: ReadonlySet<string> = new Set(['printemps', 'ete', 'automne', 'hiver', 'spring', 'summer', 'autumn', 'fall', 'winter']);
export const DECADE_WORDS: ReadonlySet<string> = new Set(['annees', 'decennie']);
/** Ordinals that name a quarter: "premier trimestre 2015", "third quarter", "Q3" is one token. */
export const QUARTER_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['premier', 1], ['1er', 1], ['deuxieme', 2], ['second', 2], ['2e', 2], ['troisieme', 3], ['3e', 3], ['quatrieme', 4], ['4e', 4], ['dernier', 4],
  ['first', 1], ['third', 3], ['fourth', 4], ['final', 4],
]);

// Relative expressions as sequences of folded words. Longest first wins at a position.
export const RELATIVE_PHRASES: string[][] = [
  "aujourd'hui", 'hier', 'demain', 'avant-hier', 'apres-demain', 'hier soir', 'hier matin',
  'demain matin', 'demain soir', 'ce matin', 'ce soir', 'cet apres-midi', 'hier apres-midi',
  'demain apres-midi', 'avant-hier soir', 'lendemain matin', 'lendemain soir', 'veille au soir',
  'semaine prochaine', 'semaine derniere', 'mois prochain', 'mois dernier', 'annee prochaine',
  'annee derniere', 'an prochain', 'an dernier', 'week-end prochain', 'week-end dernier',
  'jours a venir', 'semaines a venir', 'mois a venir', 'annees a venir', 'heures a venir',
  'derniers jours', 'dernieres semaines', 'derniers mois', 'dernieres annees', 'dernieres heures',
  'prochains jours', 'prochaines semaines', 'prochains mois', 'prochaines annees', 'prochaines heures',
  'semaine passee', 'semaine ecoulee', 'annee passee', 'annee ecoulee', 'mois passe', 'mois ecoule',
  'today', 'yesterday', 'tomorrow', 'tonight', 'to-day', 'to-morrow', 'to-night',
  'last week', 'next week', 'this week', 'last month', 'next month', 'this month', 'last year',
  'next year', 'this year', 'last weekend', 'next weekend', 'coming days', 'coming weeks',
  'coming months', 'coming years', 'recent days', 'recent weeks', 'recent months', 'past week',
  'past weeks', 'past month', 'past months', 'past year', 'last night', 'tomorrow night',
  'this morning', 'this afternoon', 'this evening', 'yesterday morning', 'yesterday afternoon',
  'yesterday evening', 'tomorrow morning', 'tomorrow afternoon', 'tomorrow evening',
  'to-morrow morning', 'to-morrow afternoon', 'to-morrow evening', 'to-morrow night', 'earlier this week', 'earlier this month',
  'earlier this year', 'later this week', 'later this month', 'later this year',
  'later in the year', 'earlier in the year', 'later in the week', 'earlier in the week', 'later in the month', 'earlier in the month',
  'lendemain', 'cette semaine', 'cette annee', 'cette nuit', 'nuit derniere', 'ce week-end', 'fin du mois',
  'fin de la semaine', "fin de l'annee", "fin de l'annee prochaine", "fin de l'annee derniere",
  "debut de l'annee prochaine", "debut de l'annee derniere", 'debut du mois', 'debut de la semaine', "debut de l'annee",
  'this weekend', 'coming week', 'coming month', 'coming year', 'end of the week', 'end of the month',
  'end of the year',
  // "la veille": only after "la" (dates.ts), not "en veille".
  'veille',
  // A day named by the story told: "Ce soir-là, il neigeait", "ce jour-là".
  'ce soir-la', 'ce jour-la', 'ce matin-la', 'cette nuit-la', 'cet apres-midi-la', 'cette annee-la',
  'cette semaine-la', 'ce mois-la', 'ce week-end-la', ...FRENCH_WEEKDAYS.map((day) => `ce ${day}-la`),
  // The day after the next, the year after, the week before; Quebec's weekend.
  'surlendemain', 'annee suivante', 'semaine suivante', 'mois suivant', "semaine d'avant", 'fin de semaine',
  // "la rentrée": only after "la" (dates.ts), not "sa rentrée politique".
  'rentree',
  'last season', 'this season', 'next season', 'last term', 'this term', 'next term',
  // Old press writes "last evening" for yesterday evening ("stated last evening").
  'last evening',
  // A farming, fishing or sports year is a season: "la saison passée", "cette saison", "la saison des pluies".
  'saison prochaine', 'saison passee', 'saison derniere', 'cette saison', 'saison des pluies', 'saison seche',
  'jours qui viennent', 'semaines qui viennent', 'mois qui viennent', 'annees qui viennent', 'decennie qui vient',
  // "since the weekend", "over the weekend": only after "the" and such a preposition (dates.ts).
  'weekend',
  // "en fin de journée", "en début d'après-midi": the part of the day the story is on; with its
  // article too for the afternoon, the morning and the decade ("dès la fin de l'après-midi",
  // "depuis le début de l'après-midi", "la fin de la décennie": the dev gold tags six of seven),
  // not the evening ("jusqu'à la fin de la soirée", which the gold leaves to its words).
  'fin de journee', "fin d'apres-midi", "debut d'apres-midi", 'fin de matinee', 'debut de matinee', 'fin de soiree', 'debut de soiree',
  "fin de l'apres-midi", "debut de l'apres-midi", "milieu de l'apres-midi", 'fin de la matinee', 'debut de la matinee',
  'fin de la decennie', 'debut de la decennie',
  // "by mid-morning", "in mid-afternoon".
  'mid-morning', 'mid-afternoon', 'midmorning', 'midafternoon',
  // "by late afternoon", "since early morning", "by lunchtime": only after a preposition of time (dates.ts).
  'late afternoon', 'early afternoon', 'late morning', 'early morning', 'late evening', 'early evening', 'lunchtime', 'lunch-time',
  // "in the afternoon", "dans l'après-midi": only after the article and a preposition of time (dates.ts).
  'afternoon', 'apres-midi',
].map((p) => p.split(' '));

/**
 * Holidays with a fixed day (id xxxx-MM-DD, or the year's date when a year follows: "St
 * Patrick's Day 1931") or a movable one (a slug). Folded words, possessive marks as tokens.
 */
export const HOLIDAYS: ReadonlyMap<string, string> = new Map([
  ['christmas', '12-25'], ['christmas day', '12-25'], ['christmas eve', '12-24'], ['boxing day', '12-26'],
  ["new year 's day", '01-01'], ["new year 's eve", '12-31'], ["st patrick 's day", '03-17'],
  ["saint patrick 's day", '03-17'], ['bastille day', '07-14'], ['halloween', '10-31'],
  ['noel', '12-25'], ['saint-sylvestre', '12-31'], ['toussaint', '11-01'], ["jour de l'an", '01-01'],
  ['easter', 'easter'], ['easter sunday', 'easter'], ['easter monday', 'easter-monday'], ['thanksgiving', 'thanksgiving'],
  ['paques', 'paques'], ['pentecote', 'pentecote'], ['mardi gras', 'mardi-gras'], ['mercredi des cendres', 'mercredi-des-cendres'],
  ['vendredi saint', 'vendredi-saint'], ['lundi de paques', 'lundi-de-paques'], ['shrove tuesday', 'mardi-gras'],
  ['ash wednesday', 'mercredi-des-cendres'], ['good friday', 'vendredi-saint'],
  // Feasts of the lunar and other calendars, whose day moves: their slug is their id.
  ['chinese new year', 'chinese-new-year'], ['lunar new year', 'chinese-new-year'], ['nouvel an chinois', 'chinese-new-year'],
  ['diwali', 'diwali'], ['deepavali', 'diwali'], ['hanukkah', 'hanukkah'], ['passover', 'passover'], ['yom kippur', 'yom-kippur'],
  ['rosh hashanah', 'rosh-hashanah'], ['tabaski', 'tabaski'],
  ['ramadan', 'ramadan'], ['eid', 'eid'], ['eid al-fitr', 'eid-al-fitr'], ['eid al-adha', 'eid-al-adha'], ['aid el-kebir', 'tabaski'],
  ['aid el-fitr', 'eid-al-fitr'], ['korite', 'eid-al-fitr'], ['purim', 'purim'], ['sukkot', 'sukkot'], ['vesak', 'vesak'], ['onam', 'onam'],
  ['pongal', 'pongal'], ['makar sankranti', 'makar-sankranti'], ['navratri', 'navratri'], ['thaipusam', 'thaipusam'], ['songkran', 'songkran'],
  // The Christian year's other feasts, as the English and French press write them.
  ['whitsun', 'whitsun'], ['whitsunday', 'whitsun'], ['whit monday', 'whit-monday'], ['palm sunday', 'palm-sunday'],
  ['ascension day', 'ascension-day'], ['michaelmas', 'michaelmas'], ['candlemas', 'chandeleur'], ['ascension', 'ascension'],
  ['assomption', 'assomption'], ['chandeleur', 'chandeleur'], ['epiphanie', 'epiphanie'], ['fete-dieu', 'fete-dieu'], ['mi-careme', 'mi-careme'],
  // Civic days, by the name the country gives them.
  ['new year', 'new-year'], ['nouvel an', 'nouvel-an'], ['hogmanay', '12-31'], ['labor day', 'labor-day'], ['labour day', 'labour-day'],
  ['memorial day', 'memorial-day'], ['veterans day', 'veterans-day'], ['independence day', 'independence-day'], ['republic day', 'republic-day'],
  ['australia day', 'australia-day'], ['anzac day', 'anzac-day'], ['empire day', 'empire-day'], ['dominion day', 'dominion-day'],
  ['canada day', 'canada-day'], ['remembrance day', 'remembrance-day'], ['remembrance sunday', 'remembrance-sunday'], ['armistice day', 'armistice-day'],
  ['martin luther king day', 'martin-luther-king-jr-day'], ['martin luther king jr . day', 'martin-luther-king-jr-day'],
  ['bank holiday', 'bank-holiday'], ['august bank holiday', 'august-bank-holiday'], ['easter bank holiday', 'easter-bank-holiday'],
]);

/** Holidays French writes in lower case too ("pendant le ramadan"): no other word is spelt so. */
export const HOLIDAYS_IN_LOWERCASE: ReadonlySet<string> = new Set(['ramadan']);

/** Number words that count periods: "il y a cinq ans", "five years ago", "quinze prochains jours". */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...'un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante cent quelques plusieurs'.split(' '),
  ...'a one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty forty fifty sixty hundred few several'.split(' '),
]);

/** Units of a counted period: "ans", "mois", "years", "weeks". */
export const PERIOD_UNITS: ReadonlySet<string> = new Set(['ans', 'annees', 'mois', 'semaines', 'jours', 'siecles', 'decennies', 'years', 'months', 'weeks', 'days', 'decades', 'centuries', 'year', 'month', 'week', 'day']);

/**
 * The hour a word names on a clock: "vers deux heures du matin", "at seven o'clock". English
 * stops at twelve; French also spells the 24-hour clock ("à dix-neuf heures").
 */
export const HOUR_WORDS: ReadonlyMap<string, number> = new Map([
  ...'une deux trois quatre cinq six sept huit neuf dix onze douze'.split(' ').map((w, n) => [w, n + 1] as const),
  ...'treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt vingt-et-une vingt-deux vingt-trois'.split(' ').map((w, n) => [w, n + 13] as const),
  ...'one two three four five six seven eight nine ten eleven twelve'.split(' ').map((w, n) => [w, n + 1] as const),
]);

/** Midday and midnight by name, as hours: "à midi", "vers minuit", "by noon", "at midnight". */
export const NAMED_HOURS: ReadonlyMap<string, number> = new Map([['midi', 12], ['minuit', 0], ['noon', 12], ['midnight', 0], ['midday', 12], ['mid-day', 12]]);

/**
 * Words written (lower-cased, not folded: "a" is not "à") before an hour that make it a time of
 * day rather than a duration: "vers 4 heures" is a time, "pendant 4 heures" and "il a 4 heures
 * de retard" are not.
 */
export const CLOCK_INTRODUCERS: ReadonlySet<string> = new Set([
  'à', 'vers', 'dès', 'avant', 'après', 'passé', 'at', 'around', 'about', 'by', 'before', 'after', 'until', 'till', 'from',
]);

/**
 * Time-zone abbreviations as written after a clock time ("6:42 p.m. CDT", "14 h GMT", "à 9 h HNE"):
 * the zone belongs to no name, where alone in capitals it read as a body's acronym. Folded: the
 * zone must also be written in capitals ("at 8 p.m. Et puis" is no zone).
 */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'gmt', 'utc', 'ut', 'tu', 'bst', 'ist', 'wet', 'cet', 'cest', 'eet', 'eest', 'msk', 'hec', 'haec',
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'akst', 'akdt', 'hst', 'ast', 'adt', 'nst', 'ndt', 'et', 'ct', 'mt', 'pt',
  'hne', 'hae', 'hnc', 'hac', 'hnr', 'har', 'hnp', 'hap', 'hna', 'haa', 'hnt', 'hat',
  'aest', 'aedt', 'acst', 'acdt', 'awst', 'nzst', 'nzdt', 'sast', 'wat', 'cat', 'eat', 'jst', 'kst', 'hkt', 'sgt',
]);

/** Words before a glued "18h" that make it a duration: "en 2h30", "pendant 3 h". */
export const DURATION_PREPOSITIONS: ReadonlySet<string> = new Set(['en', 'pendant', 'depuis', 'dans', 'durant', 'sous', 'for', 'in', 'within']);

/** English decades written as words after "the": "the Sixties" -> 1960s. */
export const DECADE_NAMES: ReadonlyMap<string, string> = new Map(
  ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].map((w, n) => [w, `19${n + 2}0s`]),
);

/** Folded words a word-led date can start with (dates.ts): every other word is skipped at once. */
const DATE_START_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...WEEKDAY_ABBREVIATIONS,
  ...MONTHS.keys(),
  ...RELATIVE_PHRASES.map((phrase) => phrase[0]),
  ...DECADE_WORDS,
  ...SEASONS,
  ...DATE_QUALIFIERS_BEFORE,
  ...QUARTER_ORDINALS.keys(),
  ...[...HOLIDAYS.keys()].map((holiday) => holiday.split(' ')[0]),
  ...NUMBER_WORDS,
  ...DECADE_NAMES.keys(),
  ...HOUR_WORDS.keys(),
  ...NAMED_HOURS.keys(),
  // "il y a cinq ans", "Q3", "mid-March", "mi-mars", "la nuit de mardi à mercredi", "dans trois semaines",
  // "a quarter to eleven", "half-past four".
  'il', 'q1', 'q2', 'q3', 'q4', 'nuit', 'fin', 'debut', 'dans', 'quarter', 'half', 'half-past',
  ...[...FULL_MONTH_NAMES].flatMap((month) => [`mid-${month}`, `mi-${month}`]),
]);

/** Words that, written before a capitalised name, say it is an organisation ("l'agence Tass"). */
export const ORG_CUE_NOUNS = set(`
  agence journal quotidien hebdomadaire magazine chaîne radio télévision site réseau
  groupe société entreprise firme compagnie constructeur banque parti syndicat club équipe
  association ong fondation institut laboratoire label marque plateforme application
  agency newspaper daily weekly magazine channel network broadcaster website site platform
  group company firm carrier maker bank party union club team charity foundation institute
  lab brand app outlet tabloid broadsheet band chez holding assureur opérateur insurer operator
  retailer lender
  fabricant équipementier sidérurgiste cimentier avionneur motoriste distributeur transporteur
  voyagiste fournisseur sous-traitant start-up startup conglomérat
  chipmaker carmaker automaker start-up conglomerate manufacturer supplier distributor exporter
  airline subsidiary supermarket supermarché supermarchés hypermarché hypermarchés éditions éditeur
  scierie papeterie brasserie fonderie laiterie distillerie imprimerie verrerie sucrerie conserverie
`);

/** Words after which a capitalised name is a place ("la ville de X", "the city of X"). */
export const PLACE_CUE_NOUNS = set(`
  ville village commune région province département pays île capitale quartier état oblast côte
  usine port aéroport gare stade mine banlieue faubourg environs
  city town village region province county state country island capital district
  plant factory mill airport station stadium suburb suburbs outskirts
`);

/**
 * Locative prepositions: "à Munich", "in Lagos", weak evidence that the next name is a place.
 * Matched as written in lower case, not folded: folding makes "à" the English article "a".
 */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['à', 'en', 'au', 'aux', 'in', 'at', 'from', 'near']);

/**
 * Capitalised words that name a ministry's remit after a title: "le ministre de l'Intérieur",
 * "secrétaire américain à la Défense", "Secretary of State". They belong to the title, not to
 * an entity.
 */
export const PORTFOLIO_WORDS = set(`
  défense intérieur justice affaires économie finances budget santé éducation culture travail
  agriculture environnement écologie armées transports logement industrie commerce énergie
  outre-mer sports recherche enseignement numérique solidarités transition république
  state treasury defense defence health energy interior education labor labour transportation
  commerce housing homeland security veterans foreign home environment
`);

/**
 * Acronyms that are common nouns, not organisations: "les ONG", "le PDG", "GDP". A capitalised
 * acronym not in this list, and not written in lowercase elsewhere, is read as an organisation.
 */
export const COMMON_ACRONYMS = set(`
  ong ngo pdg ceo cfo coo pib gdp tva vat sms tv pc ok hlm rer tgv sdf cdi cdd rtt ivg ogm gmo
  adn dna vih hiv sida aids covid pme sme smic rsa qg hq aka usb gps faq pdf ia ai it rh hr
  pr vip mp dj suv atm id cctv irm mri sras sars mers cv reer rrsp cfa
`);

/** Common acronyms that, written with one capital, are family names (Chinese and Vietnamese "Ong"). */
const ACRONYMS_ALSO_FAMILY_NAMES: ReadonlySet<string> = new Set(['Ong']);

/**
 * Lowercase heads of institutions that French writes before a capitalised complement: "le
 * ministère de la Culture", "la préfecture du Rhône", "le tribunal de Nanterre".
 */
export const INSTITUTION_HEADS = set(`
  ministère préfecture mairie tribunal cour conseil ambassade consulat secrétariat musée université
  parquet gendarmerie commissariat rectorat académie chambre bourse cégep lycée collège institut
  barreau école faculté conservatoire comice office communauté comité brigade sous-secrétariat
`);

/** Words before a storm's given name ("Hurricane Lorna", "le cyclone Josette"): the storm is an event, not a person. */
export const STORM_WORDS = set(`hurricane typhoon cyclone storm ouragan typhon tempête`);

/**
 * English lowercase nouns of a calamity or an outrage, which follow a place's name in a past
 * event's name: "the Latur earthquake of 1993", "the Houndsditch murders of 1910".
 */
export const CALAMITY_NOUNS_EN = set(`
  earthquake explosion disaster hurricane cyclone typhoon tornado tornadoes flood floods fire
  storm gale blizzard eruption landslide tsunami famine epidemic riot riots massacre murders
  mutiny strike bombing derailment wreck
`);

/**
 * French lowercase nouns of a calamity, which come before where it struck in a past event's
 * name: "la catastrophe de Flaujac", "le séisme d'Orléansville" (see findFrenchCalamityNames).
 * Not "naufrage" (a ship's name follows it, no place), "crise" (a party's, a currency's: "la
 * crise de l'UMP") nor "crue" ("la crue de la Sirba" is the river rising, named as a river).
 */
export const CALAMITY_NOUNS_FR = set(`catastrophe inondation inondations fusillade incendie séisme`);

/** Words that join the items of a list or two heads of one complement, matched as written ("où" folds like "ou"). */
const COORDINATORS: ReadonlySet<string> = new Set(['et', 'and', 'ou', 'or']);

/** A lowercase coordinator as written: "et", "and", "ou", "or", not "où". */
export function isCoordinator(tok: { readonly text: string; readonly kind: string } | undefined): boolean {
  return !!tok && tok.kind === 'word' && COORDINATORS.has(tok.text);
}

/** Last words that make a capitalised phrase an event: "Pan American Games", "Coupe du monde". */
export const EVENT_HEAD_WORDS = set(`
  games cup championship championships olympics festival summit war revolution expo shield stakes
  exhibition tournament open marathon prix biennale conference forum carnival regatta jubilee
  jeux coupe championnat festival sommet guerre révolution mondial tournoi salon exposition fête
  biennale conférence forum marathon carnaval jubilé
  crisis disaster explosion massacre uprising rebellion revolt riots famine earthquake
  floralies bataille journée catastrophe foire fêtes crusade fair show series eisteddfod airshow
  battle siege
`);

/**
 * English plural nouns for people, which open a sentence with a capital and name nobody:
 * "Friends said he had gone", "Forecasters said the winds would ease" (folded).
 */
export const PEOPLE_PLURALS = set(`
  friends neighbours neighbors relatives parents residents villagers witnesses officials authorities
  forecasters pharmacists doctors nurses teachers students pupils workers farmers miners fishermen
  critics supporters opponents analysts economists experts scientists researchers investigators
  prosecutors lawyers organisers organizers protesters demonstrators strikers passengers survivors
  rescuers firefighters volunteers spectators voters shoppers traders merchants investors
  employers employees colleagues engineers settlers tourists visitors diggers delegates members
  mourners onlookers bystanders commuters motorists drivers patients locals veterans
  officers policemen soldiers troops sailors firemen brokers bankers dockers guards marchers
  pilgrims refugees evacuees islanders parishioners
`);

/** Last words that make a capitalised phrase a company or body: "Lehman Brothers", "Stock Exchange". */
export const ORG_NAME_ENDINGS = set(`
  brothers bros exchange cellular telecom telecoms circuit airlines lines airways motors systems holdings
  partners associates capital securities records studios pictures press times post news herald
  journal tribune gazette banken bank bancorp group industries international enterprises
  orchestra choir ensemble fc rovers athletic participations investissements
  advertiser courier chronicle observer telegraph sentinel inquirer dispatch mercury bulletin
  monitor argus clarion mail enquirer gleaner intelligencer ledger
  tools mills foundry textiles chemicals plastics electronics cement petroleum energy
  schools construction transit electric insurance mining shipping utilities coalition caucus
  tribunal bureau directorate inspectorate brewery distillery foods steelworkers teamsters
  united rangers wanderers dynamos sporting freres defence defense transport
`);

/**
 * A firm's trade, closing its name after a founder's or a town's: "Mayfield Consumer Products",
 * "Harlan Aviation", "Ferguson Marine Engineering" (folded). Unlike ORG_NAME_ENDINGS they take
 * no complement: "Pacifica Metals of Torrance" is a firm based in a town.
 */
export const FIRM_TRADE_ENDINGS = set(`
  products aviation aerospace automotive logistics solutions software pharmaceuticals resources
  minerals metals manufacturing engineering communications networks supplies trading packaging
`);

/**
 * Capitalised English words for a people, a creed or a party member: adjectives and common
 * nouns, not entities ("a Republican candidate", "a Democrat", "the Catholic church").
 */
export const GROUP_WORDS = set(`
  democrat democrats republican republicans conservative conservatives socialist socialists tory tories
  communist communists liberal liberals labourite catholic catholics protestant protestants
  muslim muslims christian christians jewish jew jews hindu hindus buddhist sikh islamist
  islamists nordic western eastern northern southern arab arabs latino latina hispanic
  european europeans african africans asian asians democratic soviet
`);

/** English nationality adjectives by their endings ("German", "Russian", "Chinese", "Swedish", "French", "Dutch", "Czech"; not any "-ch": "Lahinch", "Greenwich"). */
export function looksLikeDemonym(word: string): boolean {
  // Every ending closes on n, e, h, c, i or s: the last letter rules out most words before the
  // Unicode expression runs.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 110 && last !== 101 && last !== 104 && last !== 99 && last !== 105 && last !== 115) return false;
  return /^\p{Lu}\p{Ll}+(?:an|ian|ean|ese|ish|ic|i|ench|utch|ech|ss)$/u.test(word);
}

/**
 * Lowercase heads of French place names written before a capitalised complement: "la tour
 * Eiffel", "place de la Concorde", "rue de Rivoli", "le lac Léman".
 */
export const PLACE_HEADS = set(`
  tour place rue avenue boulevard pont gare quai lac île cap golfe baie canal parc jardin mont col
  stade aéroport palais château cathédrale basilique abbaye église chapelle rivière fleuve
  cimetière hôtel théâtre square plage forêt vallée mosquée synagogue salle
  îles marché hôpital refuge massif delta val vallon camp bois plateau côte cité
  étang marais plaine pic glacier allée impasse promenade esplanade port
  mer océan plaines monts détroit lagune chaussée porte héliport faubourg
  barrage viaduc tunnel cloître café restaurant auberge brasserie cinéma
  colline collines montée défilé pointe anse gorges butte montagne grotte
  autoroute fort ossuaire estuaire dune tranchée pays
`);

/**
 * Other words, as written, that fold like a head of PLACE_HEADS: the verbs "marche" and "cite"
 * ("il marche de la Place Bellecour au quai"), "côté" ("du côté de Carleton"), "cote", "foret".
 */
export const PLACE_HEAD_LOOKALIKES: ReadonlySet<string> = new Set(['marche', 'cite', 'côté', 'coté', 'cote', 'foret']);

/** Abbreviated honorifics that stand right before a name (folded): "M. Roux", "Mr Roe", "Dr. Lee", "Sir John". */
export const HONORIFICS = set(`m mme mlle mm mmes mr mrs ms dr me pr sir lord lady`);

/**
 * Name particles that join capitalised words into one name ("de Gaulle", "von der Leyen"), the
 * Maori and Polynesian article of family names ("Wiremu Te Kapua", "Mrs. Te Rangi") and the Welsh
 * "son of" ("Gwilym ap Dafydd").
 */
export const PARTICLES = set(`von van der den da di del della dos das bin ibn al el ben le la de du des d' of y zu te af ap`);

/**
 * The lists above and the gazetteer's one-word tests that rules ask of every token, as bits of
 * Lexeme.classes: computed once per distinct word (a few thousand in a megabyte of text),
 * instead of one look-up per token and rule.
 */
export const enum WordClass {
  Computed = 1,
  Function = 1 << 1,
  Determiner = 1 << 2,
  Particle = 1 << 3,
  InstitutionHead = 1 << 4,
  LowercasePlaceHead = 1 << 5,
  CommonAcronym = 1 << 6,
  // Gazetteer properties of the word itself (see gazetteer/index.ts for each):
  /** A known name (place, organisation, event) can start with this word. */
  NameStart = 1 << 7,
  FirstName = 1 << 8,
  /** A title or role by itself ("président", "M", "Senator"). */
  TitleWord = 1 << 9,
  TitleStart = 1 << 10,
  TitleEnd = 1 << 11,
  OrgHeadWord = 1 << 12,
  PlaceHeadWord = 1 << 13,
  // What the speaker rules ask (speakers.ts):
  Preposition = 1 << 14,
  SingularPronoun = 1 << 15,
  OtherPronoun = 1 << 16,
  VerbFiller = 1 << 17,
  /** "selon", "according", "by": a source follows. */
  SourceIntroducer = 1 << 18,
  /** isSpeechVerb of the whole token. */
  SpeechVerb = 1 << 19,
  /** A French inverted form ("a-t-il", "dit-elle"). */
  Inverted = 1 << 20,
  /** An inverted form whose verb part is a speech verb ("ajoute-t-elle"). */
  InvertedSpeechVerb = 1 << 21,
  /** An adverb of manner or time ("notamment", "later", "ensuite"). */
  Adverb = 1 << 22,
  /** A lowercase word that may qualify a title ("le président américain"). */
  Adjective = 1 << 23,
  // The token's form, so that a pass over all tokens reads one typed array (TokenColumns):
  /** A word (not a number or punctuation). */
  Word = 1 << 24,
  /** A word whose first character is an uppercase letter (Lexeme.capitalised). */
  Capitalised = 1 << 25,
  /** A word whose first character is a lowercase letter (Lexeme.lowercase). */
  Lowercase = 1 << 26,
  /** A number. */
  Number = 1 << 27,
  // What the date grammar asks (dates.ts):
  /** A word a date expression can start with: weekday, month, season, "hier", "last"… */
  DateStart = 1 << 28,
  /** "siècle": a century written in Roman numerals ends with it. */
  Century = 1 << 29,
  /** A capital right after a lowercase letter inside the word ("iPhone", "YouTube", "McDonald"). */
  InnerCapital = 1 << 30,
  // Bit 30 is the last one: the bits must stay a positive 32-bit integer (TokenColumns.classes).
}

const GAZETTEER_TESTS: [WordClass, (word: string) => boolean][] = [
  [WordClass.NameStart, gazetteer.mayStartName],
  [WordClass.FirstName, gazetteer.isFirstName],
  [WordClass.TitleWord, gazetteer.isTitleWord],
  [WordClass.TitleStart, gazetteer.mayStartTitle],
  [WordClass.TitleEnd, gazetteer.mayEndTitle],
  [WordClass.OrgHeadWord, gazetteer.isOrgHeadWord],
  [WordClass.PlaceHeadWord, gazetteer.isPlaceHeadWord],
];

const CLASS_LISTS: [WordClass, ReadonlySet<string>][] = [
  [WordClass.Function, FUNCTION_WORDS],
  [WordClass.Determiner, DETERMINERS],
  [WordClass.Particle, PARTICLES],
  [WordClass.InstitutionHead, INSTITUTION_HEADS],
  [WordClass.LowercasePlaceHead, PLACE_HEADS],
  [WordClass.CommonAcronym, COMMON_ACRONYMS],
  [WordClass.Preposition, PREPOSITIONS],
  [WordClass.SingularPronoun, SINGULAR_PRONOUNS],
  [WordClass.OtherPronoun, OTHER_PRONOUNS],
  [WordClass.VerbFiller, VERB_FILLERS],
  [WordClass.SourceIntroducer, SOURCE_INTRODUCERS],
  [WordClass.DateStart, DATE_START_WORDS],
  [WordClass.Century, new Set(['siecle'])],
];

const TIME_ADVERBS = set(`ensuite encore aussi also later then tard tôt`);

/** French and English adverbs of manner and time end in -ment / -ly: "notamment", "later". */
function isAdverb(word: string): boolean {
  return /^\p{Ll}+(ment|ly)$/u.test(word) || TIME_ADVERBS.has(fold(word));
}

function isAdjective(word: string): boolean {
  const w = fold(word);
  return /^\p{Ll}/u.test(word) && !PREPOSITIONS.has(w) && !VERB_FILLERS.has(w) && !DETERMINERS.has(w) && !isSpeechVerb(word);
}

/** The speaker rules' tests of a word's form. */
function verbClassesOf(word: string): number {
  const inverted = INVERTED_PRONOUN.exec(word);
  return (
    (isSpeechVerb(word) ? WordClass.SpeechVerb : 0) |
    (inverted ? WordClass.Inverted : 0) |
    (inverted && isSpeechVerb(inverted[1]) ? WordClass.InvertedSpeechVerb : 0) |
    (isAdverb(word) ? WordClass.Adverb : 0) |
    (isAdjective(word) ? WordClass.Adjective : 0)
  );
}

/** Is the token's folded form in the list `cls` stands for? (undefined: past the last token) */
export function isWordOf(token: { readonly lexeme: Lexeme } | undefined, cls: WordClass): boolean {
  return token !== undefined && (lexemeClasses(token.lexeme) & cls) !== 0;
}

/**
 * A lowercase word that is neither a function word nor a preposition: most often a noun that
 * the word before it qualifies ("the A4 paper", "quelque 2000 résidents", "the afternoon match").
 */
export function isLowercaseContentWord(token: { readonly kind: string; readonly lowercase: boolean; readonly lexeme: Lexeme } | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.lowercase && !isWordOf(token, WordClass.Function | WordClass.Preposition);
}

/** All the WordClass bits of a lexeme, computed on first need. */
export function lexemeClasses(lexeme: Lexeme): number {
  if (lexeme.classes === 0) lexeme.classes = classesOf(lexeme);
  return lexeme.classes;
}

function classesOf(lexeme: Lexeme): number {
  let classes: number = WordClass.Computed;
  if (lexeme.kind === 'word') classes |= WordClass.Word;
  if (lexeme.kind === 'number') classes |= WordClass.Number;
  if (lexeme.capitalised) classes |= WordClass.Capitalised;
  if (lexeme.lowercase) classes |= WordClass.Lowercase;
  if (/\p{Ll}\p{Lu}/u.test(lexeme.text)) classes |= WordClass.InnerCapital;
  for (const [cls, list] of CLASS_LISTS) if (list.has(lexeme.folded)) classes |= cls;
  // ("Mr. Ong Beng Huat": written so, a family name, not the French "ONG"; "Covid", "Sras" stay acronyms.)
  if (classes & WordClass.CommonAcronym && ACRONYMS_ALSO_FAMILY_NAMES.has(lexeme.text)) classes &= ~WordClass.CommonAcronym;
  classes |= verbClassesOf(lexeme.text);
  if (lexeme.kind !== 'word') return classes;
  for (const [cls, test] of GAZETTEER_TESTS) if (test(lexeme.text)) classes |= cls;
  return classes;
}
