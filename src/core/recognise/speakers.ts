// Who speaks each quote. The attribution is looked for where journalists put it, in order:
//   1. an incise after the quote: "« … », a déclaré Lefort", "« … », a-t-il ajouté",
//      "“…,” he said", "“…,” Smith told reporters", "'…' ainsi que '…', a-t-il déclaré";
//   2. a source named in the sentence: "selon X", "d'après X", "according to X", "par X";
//   3. before the quote, the subject of the sentence: "Angela Merkel a qualifié … de « … »",
//      "Le Kremlin a rapporté « … »", "Il a déploré « … »", "le président américain a parlé
//      d'une « … »" (prepositional complements such as "devant le Congrès" are skipped);
//   4. a quote right after another one, standing alone or after "avant d'ajouter :", continues
//      that speaker.
// Pronouns (il, elle, he, she) and elided subjects ("…", a écrit sur son blog) go to
// the person who was last the subject of a sentence; role phrases ("le président ukrainien",
// "the senator") go to the person the article introduced with that role. When nothing
// attributes the quote, its speaker is null: a wrong speaker is worse than none.

import { countBelow } from '../text/sorted';
import { DATELINE_DASHES, DEFINITE_ARTICLES, fold, HONORIFICS, KINSHIP_NOUNS, POSSESSIVE_DETERMINERS, isCoordinator, isLowercaseContentWord, looksLikeDemonym, OF_PREPOSITIONS, SINGULAR_PRONOUNS, INVERTED_PRONOUN, TITLES_BEFORE_GIVEN_NAMES, WordClass } from './lexicon';
import * as gazetteer from './gazetteer';
import { isLetterOrDigitCode, isPossessiveMark, isSpaceCode, lexemeIdOf, onlySpacesBetween, tokenColumns, TokenFlag, type Lexeme, type Token, type TokenColumns } from './tokenize';
import type { EntityMention, Lang, Quotation, Speaker } from './types';
import { tokenAt } from './bounds';

interface MentionRef {
  mention: EntityMention;
  first: number;
  last: number;
}

/** A quote located on the tokens: its opening mark's token and one past its closing mark's. */
export interface QuoteRef {
  first: number;
  last: number;
  quote: Quotation;
}

/** A subject found in a run of tokens: who (null when it names nobody) and where it ends. */
interface Subject {
  speaker: Speaker | null;
  /** Index in the run just after the subject. */
  next: number;
}

/** Words that open a clause of its own inside a source phrase: "par un communiqué qu'il", "in a statement that it" (folded). */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['que', "qu'", 'that']);

/** French demonstrative determiners (folded): "ce", "cet", "cette". */
const FRENCH_DEMONSTRATIVES: ReadonlySet<string> = new Set(['ce', 'cet', 'cette']);

/** Endings of French nouns for people (folded): "institutrice", "retraite", "habitante", "Lyonnais", "pompier". */
const FRENCH_PERSON_NOUN_ENDING = /(?:eur|euse|rice|ien|ienne|iste|ant|ante|aire|ier|iere|ais|aise|ois|oise|ard|arde|ite|itee|ye|yee)$/;

/** Endings of English nouns for people (folded): "farmer", "auctioneer", "sailor", "chemist", "guardian". */
const ENGLISH_PERSON_NOUN_ENDING = /(?:er|eer|or|ist|ian)$/;

/** Nouns for people that no ending gives (folded). */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'homme', 'femme', 'mere', 'pere', 'fils', 'fille', 'frere', 'soeur', 'veuve', 'veuf', 'garcon', 'jeune', 'dame', 'enfant',
  'adolescent', 'adolescente', 'ancien', 'ancienne', 'elu', 'elue', 'medecin', 'cure', 'pretre', 'vieillard', 'grand-mere', 'grand-pere',
  'voisin', 'voisine', 'cousin', 'cousine', 'temoin', 'gendarme', 'camarade', 'collegue', 'proche',
  'man', 'woman', 'wife', 'husband', 'son', 'daughter', 'widow', 'friend', 'neighbour', 'neighbor', 'witness', 'boy', 'girl',
]);

/** The fewest characters of a quote whose echo attributeEchoes looks for: a few words, not "Non !". */
const MIN_ECHO_LENGTH = 12;

/**
 * The words (quotedWords) of the quotes that have a speaker, end to end in one string, each
 * after a line break, which quotedWords never leaves inside words: one indexOf over them all
 * finds where a headline's words recur, where asking each quote in turn made 70,000 searches
 * on a megabyte of text.
 */
class AttributedWords {
  private readonly all: string;
  /** Where each quote's words start in `all`, in the order of `quotes`. */
  private readonly starts: number[] = [];

  constructor(private readonly quotes: readonly Quotation[]) {
    const parts: string[] = [];
    let length = 0;
    for (const quote of quotes) {
      const words = quotedWords(quote.text);
      this.starts.push(length + 1);
      parts.push('\n', words);
      length += 1 + words.length;
    }
    this.all = parts.join('');
  }

  /**
   * The first quote, in order, that `accepts` and whose words say `words` as its own: at word
   * boundaries ("go back" is not in "go backwards"), and not inside a quote it quotes ("he said,
   * 'The war is over'" reports another's). `words` holds no line break (see quotedWords), so no
   * match spans two quotes.
   */
  find(words: string, accepts: (quote: Quotation) => boolean): Quotation | undefined {
    const { all, starts } = this;
    let n = 0;
    for (let at = all.indexOf(words); at >= 0; at = all.indexOf(words, at + 1)) {
      while (n + 1 < starts.length && starts[n + 1] <= at) n++;
      if (!accepts(this.quotes[n])) continue;
      // The line breaks around a quote's words are no letter, as the ends of its words were not.
      if (isLetterOrDigitCode(all.charCodeAt(at - 1)) || isLetterOrDigitCode(all.charCodeAt(at + words.length))) continue;
      if (QUOTE_MARK_BEFORE.test(all.slice(Math.max(starts[n], at - 3), at))) continue;
      return this.quotes[n];
    }
    return undefined;
  }
}

/** A quote mark, perhaps with a space, right before words: they open a quote inside the quote. */
const QUOTE_MARK_BEFORE = /["'‘“«]\s?$/;

/** Any white space but a single space: what quotedWords' last step would change. */
const IRREGULAR_SPACE = /\s\s|[^\S ]/;

/** A quote's words in lowercase, one apostrophe and single spaces, without its marks and closing punctuation: what an echo of it shares. */
function quotedWords(text: string): string {
  const lower = text.toLowerCase();
  let start = 0;
  let end = lower.length;
  while (start < end && !isLetterOrDigitCode(lower.charCodeAt(start))) start++;
  while (end > start && !isLetterOrDigitCode(lower.charCodeAt(end - 1))) end--;
  // Each replacement only where it changes something: most quotes need neither, and the two
  // made a new string each (twice the time of the whole function otherwise).
  let words = lower.slice(start, end);
  if (words.includes('’')) words = words.replaceAll('’', "'");
  return IRREGULAR_SPACE.test(words) ? words.replace(/\s+/g, ' ') : words;
}

const PRONOUN_GENDER = new Map<string, 'f' | 'm'>([['il', 'm'], ['he', 'm'], ['elle', 'f'], ['she', 'f']]);

/** French "the latter", with its gender (folded). */
const LATTER_PRONOUNS = new Map<string, 'f' | 'm'>([['celui-ci', 'm'], ['celle-ci', 'f']]);

/**
 * How many sentence ends may stand between a person and the demonstrative that points back at
 * them ("raconte cette couturière de 52 ans"): a portrait names its subject, describes the scene
 * for a sentence or two, then quotes them.
 */
const DEMONSTRATIVE_REACH = 2;
/**
 * Further back, up to this many sentence ends, only a person whose gender is known and is the
 * noun's: the scene a portrait sets before the first quote can run for three or four sentences
 * ("… du docteur Rose Roy, à X, est déjà pleine. Des hommes … Tous ont … « … », soupire la
 * généraliste").
 */
const GENDERED_REACH = 4;
/** Speech verbs that go on with the last speaker, whoever the narrative named since ("a-t-il ajouté"). */
const GOING_ON_VERBS = new Set([
  'ajoute', 'poursuit', 'poursuivi', 'continue', 'enchaine', 'rencherit', 'insiste', 'conclut', 'conclu',
  'added', 'adds', 'continued', 'continues', 'went', 'goes', 'insisted', 'concluded',
]);
/** French phrases that name a source before "de" like "selon" (folded): "Au dire de X", "De l'avis d'X", "Aux yeux de X". */
const SOURCE_PHRASES: readonly string[][] = [['au', 'dire'], ['de', "l'", 'avis'], ['aux', 'yeux']];
/** What may join a speech verb to the clause it reports: "said that she", "a dit qu'il". */
const THAT_WORDS = new Set(['that', 'que', "qu'"]);

/** Stressed and object forms after "selon", "according to", with the subject pronoun they resolve as. */
const STRESSED_PRONOUNS = new Map<string, string>([['lui', 'il'], ['elle', 'elle'], ['him', 'he'], ['her', 'she']]);

/**
 * French determiners, by kind, with the gender they show ("l'" shows none). Demonstratives and
 * definite articles point back at someone the article just spoke of ("raconte cette retraitée",
 * "a expliqué l'ancien coureur"); articles before a title show its holder's gender ("la ministre").
 */
const FRENCH_DETERMINERS = new Map<string, { kind: 'definite' | 'indefinite' | 'demonstrative'; gender?: 'f' | 'm' }>([
  ['le', { kind: 'definite', gender: 'm' }], ['la', { kind: 'definite', gender: 'f' }], ["l'", { kind: 'definite' }],
  ['un', { kind: 'indefinite', gender: 'm' }], ['une', { kind: 'indefinite', gender: 'f' }],
  ['ce', { kind: 'demonstrative', gender: 'm' }], ['cet', { kind: 'demonstrative', gender: 'm' }], ['cette', { kind: 'demonstrative', gender: 'f' }],
]);

/** Adjectives French puts before a person's noun: "l'ancien coureur", "la jeune femme". */
const PRENOMINAL_ADJECTIVES = new Set(['ancien', 'ancienne', 'jeune', 'vieux', 'vieil', 'vieille', 'nouveau', 'nouvel', 'nouvelle', 'ex']);

/** Endings of French nouns of agents and ages (folded): coureur, vendeuse, actrice, garagiste, mécanicien, ouvrière, sexagénaire. */
const AGENT_NOUN_ENDING = /(?:eur|euse|rice|iste|ien|ienne|ier|iere|aire)$/;

/** Documents a body issues, which speak for it (folded): "a message from X states", "indique un communiqué du ministère". */
const DOCUMENT_NOUNS = new Set(['statement', 'message', 'telegram', 'cable', 'letter', 'circular', 'communique', 'release', 'bulletin', 'dispatch', 'despatch', 'notice',
  'lettre', 'telegramme', 'depeche', 'circulaire', 'note']);
/** Participles of a document's issuing, before "by"/"par" (folded). */
const ISSUING_PARTICIPLES = new Set(['issued', 'signed', 'published', 'released', 'sent', 'publie', 'signe', 'diffuse', 'envoye', 'adresse']);

/** French nouns for an unnamed person after "un"/"une" that no agent ending shows (folded): "un suspect", "un remplaçant". */
const PERSON_NOUN_AFTER_INDEFINITE = new Set(['suspect', 'remplacant', 'passant', 'client', 'cliente', 'patient', 'patiente', 'habitant', 'habitante', 'inconnu', 'inconnue', 'temoin', 'voisin', 'voisine', 'complice']);

/** French nouns for a person by sex and age alone (folded): "le jeune homme", "la vieille dame", "le vieillard". */
const PERSON_NOUNS_FR = new Set(['homme', 'femme', 'dame', 'vieillard', 'garcon', 'adolescent', 'adolescente']);

/** Honorifics and feminine role nouns that show a person's gender (folded). */
const GENDERED_WORDS = new Map<string, 'f' | 'm'>([
  ...['mme', 'madame', 'mlle', 'mademoiselle', 'mrs', 'ms', 'miss', 'lady', 'dame', 'queen', 'reine', 'princess', 'princesse',
    'presidente', 'directrice', 'senatrice', 'deputee', 'avocate', 'chanceliere', 'ambassadrice', 'procureure',
    'spokeswoman', 'chairwoman', 'congresswoman', 'actrice', 'chanteuse', 'fondatrice', 'dirigeante', 'militante',
  ].map((w) => [w, 'f'] as const),
  ...['m', 'monsieur', 'mr', 'sir', 'lord', 'king', 'roi', 'prince', 'spokesman', 'chairman', 'congressman'].map((w) => [w, 'm'] as const),
]);
/**
 * Adjectives of a stance a person takes on the matter (folded): a sentence that gives one says
 * its subject will speak ("X is less hopeful. “…,” he said").
 */
const STANCE_WORDS = new Set([
  'hopeful', 'optimistic', 'pessimistic', 'confident', 'sceptical', 'skeptical', 'doubtful', 'adamant', 'unconvinced', 'unimpressed', 'defiant', 'gloomy', 'upbeat', 'cautious', 'emphatic',
  'optimiste', 'pessimiste', 'confiant', 'confiante', 'sceptique', 'dubitatif', 'dubitative', 'categorique', 'prudent', 'prudente', 'amer', 'amere', 'serein', 'sereine',
]);
/** How far after a role word ("le secrétaire américain à la Défense …") its holder's name may come. */
const ROLE_REACH = 8;

/** Word classes that, right after a name, say it opens no clause: "and Paul Reid especially", "et Paul Martin aussi", "et Anne à Paris". */
const NO_VERB = WordClass.Adverb | WordClass.Preposition | WordClass.Determiner;

/** French words that open no clause after a name, as written (the folded classes would take "a", has, for "à"). */
const NOT_A_VERB_FR = new Set(['de', 'du', 'des', "d'", 'd’', 'à', 'au', 'aux', 'en', 'et', 'ou', 'pour', 'par', 'sur', 'dans', 'avec', 'chez', 'lui-même', 'elle-même', 'hier', 'puis', 'ainsi', 'depuis', 'lors', 'non', 'sa', 'son', 'ses', 'leur']);

/** How many words into a sentence its subject may stand ("Dans un message publié sur …, X a"). */
const SUBJECT_REACH = 30;
/** Parts of the day, stepped over like adverbs after a speech verb ("a lancé ce soir X"). */
const DAY_PARTS = new Set(['soir', 'matin', 'midi']);

/**
 * The nouns that stand for an organisation's name on their own: its first word ("le ministère"
 * for "ministère de la Culture"), and in English, where names end on their head, its last word
 * too ("the board" for "Harbour Housing Board").
 */
function headNounsOf(name: string, lang: Lang): string[] {
  const first = fold(firstWord(name, APOSTROPHE));
  if (lang !== 'en') return [first];
  const words = name.split(' ');
  const last = words[words.length - 1];
  // Not a complement's word ("Ministry of Defence" is no "defence"): a head word closing the name.
  if (words.length < 2 || words.some((w) => OF_PREPOSITIONS.has(w) || w === 'for' || w === 'on') || !gazetteer.isOrgHeadWord(last)) return [first];
  return fold(last) === first ? [first] : [first, fold(last)];
}

/** What introduces the body that French "on" stands for: "indique-t-on chez Technoval", "au ministère". */
const BODY_PREPOSITIONS = new Set(['chez', 'a', 'au', 'aux', 'aupres']);
/** English prepositions before the body where "it was stated": "At the Treasury", "In Whitehall". */
const ENGLISH_BODY_PREPOSITIONS = new Set(['at', 'in']);
/** Tokens an aside between commas may hold after a place that opens a sentence ("dans le centre-ville"). */
const MAX_ASIDE_TOKENS = 8;
/** Nouns for where a body sits or who surrounds it ("au siège de", "au cabinet de"), folded. */
const BODY_SEAT_NOUNS = new Set(['siege', 'cabinet', 'entourage', 'bureau', 'bureaux', 'direction', 'services']);

/** Imperfect, past historic and future endings (folded): "attendait", "entrerent", "viendra". */
const FINITE_VERB_ENDING = /(?:ait|aient|erent|irent|ra|ront)$/;


/** Verbs after which French "il" is impersonal: "il fait nuit", "il faut", "il y a", "il s'agit". */
const IMPERSONAL_VERBS = new Set(['fait', 'faisait', 'faut', 'fallait', 'faudra', 'y', 'pleut', 'neige', 'reste', 'restait', 'semble', 'semblait', 'suffit', 'importe', 'parait']);

/** "put it", "puts it" in "as X put it". */
const PUT_IT: ReadonlySet<string> = new Set(['put', 'puts']);

/** Relative pronouns between a subject's apposition and its verb: "X, a former official, who said". */
const RELATIVE_PRONOUNS = new Set(['who', 'qui']);

/** Nouns of someone's kin or circle: "the wife of the mayor, X" is the mayor, not the wife. */
const RELATION_NOUNS: ReadonlySet<string> = new Set([
  ...KINSHIP_NOUNS,
  ...'family friend fiancee fiance grandmother grandfather famille ami amie proche'.split(' '),
]);

/** The people a story is about, who do not speak for a role: "the mother of the rescued boy, X". */
const PEOPLE_OF_A_STORY: ReadonlySet<string> = new Set(
  'victim victims girl boy woman man child baby hostage suspect accused late dead missing rescued murdered slain injured deceased patient victime victimes disparu disparue defunt defunte blesse blessee otage garcon fillette enfant'.split(' '),
);

/** Generic nouns for the company a business article is about (folded). */
const COMPANY_NOUNS = new Set(['company', 'firm', 'group', 'startup', 'groupe', 'societe', 'entreprise', 'firme']);

/** The subject of a sentence that keeps its source anonymous: pronouns after it name nobody. */
const ANONYMOUS: Speaker = { id: '', text: '' };

/** English nouns for a person, by what they do or where they live (folded): "resident", "farmer", "publican", "fisherman", "activist". */
const PERSON_NOUN_AFTER_PLACE = /^(?:resident|native|local|man|woman|(?:\w+(?:er|ist|man|woman|ian)))$/;

/** Articles that open a sentence on someone the article does not name: "A neighbor said", "Une voisine raconte". */
const UNNAMED_PERSON_ARTICLES = new Set(['a', 'an', 'one', 'another', 'un', 'une']);
/** Words that open a sentence whose subject follows its verb: "Among the spectators was a farmer" (folded). */
const AMONG_WORDS = new Set(['among', 'amongst']);
/** Verbs an "Among …" puts before the subject (folded). */
const INVERTED_BE_VERBS = new Set(['was', 'were', 'is', 'are', 'stood', 'sat']);
/** Verbs of being and having after a noun for a person, its subject, as written: "one old man was", "un vieil homme avait". */
const BEING_AND_HAVING_VERBS = new Set(['was', 'is', 'had', 'has', 'était', 'est', 'avait', 'a']);

/** Words by which a body passes on someone else's words: "citant le procureur", "quoting the minister" (folded). */
const RELAYING_WORDS = new Set(['citant', 'quoting', 'citing', 'selon', 'according']);

/** A spokesperson speaks for a body even when not named. */
const SPOKESPERSON_WORDS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'porte-parole']);
/** What joins a spokesperson to the body it speaks for: "a spokesman for Acme", "le porte-parole du ministère". */
const SPOKESPERSON_LINKS = new Set(['for', 'of', 'de', 'du', 'des', "d'"]);

/** Phrases that say a source is kept anonymous (folded words, in order). */
const ANONYMITY_CUES: readonly string[][] = [
  ['not', 'to', 'be', 'named'], ['not', 'to', 'be', 'identified'], ['declined', 'to', 'be', 'named'], ['requested', 'anonymity'],
  ['condition', 'of', 'anonymity'], ['couvert', "d'", 'anonymat'], ['requis', "l'", 'anonymat'], ['garder', "l'", 'anonymat'],
  ['pas', 'etre', 'nomme'], ['pas', 'etre', 'nommee'],
  ['not', 'authorized', 'to', 'speak'], ['not', 'authorised', 'to', 'speak'], ['not', 'give', 'her', 'name'], ['not', 'give', 'his', 'name'],
  ['pas', 'donner', 'son', 'nom'], ['pas', 'voulu', 'donner', 'son', 'nom'],
];
/** What the last word of a cue starts with, as written (lowercase): only such words are tried. */
const ANONYMITY_MARKERS = ['anonym', 'identified', 'speak', 'name', 'nom'];

/** The markers by the UTF-16 code of their first character (all below 128). */
const MARKERS_BY_INITIAL: (string[] | undefined)[] = new Array(128).fill(undefined);
for (const marker of ANONYMITY_MARKERS) (MARKERS_BY_INITIAL[marker.charCodeAt(0)] ??= []).push(marker);

/** "par", "by": they introduce an agent, which is not the subject of the sentence. */
const AGENT_PREPOSITIONS = new Set(['par', 'by']);

/** Verbs by which the reporter meets the person the next pronoun will stand for (see metByReporter). */
const MEETING_VERBS = new Set(['met', 'found', 'visited', 'interviewed', 'rencontre', 'croise', 'trouve', 'retrouve', 'interroge', 'rejoint']);
/** Words right before the name a sentence gives a speaker: "s'appelle X", "was X", "est X". */
const NAMING_WORDS = new Set(['appelle', 'nomme', 'est', 'etait', 'was', 'is', 'named', 'called']);

/** The reporter as a subject: "I met", "we found", "j'ai rencontré", "nous avons croisé" (see metByReporter). */
const REPORTER_PRONOUNS: Record<Lang, ReadonlySet<string>> = { en: new Set(['i', 'we']), fr: new Set(["j'", 'je', 'nous']) };

/** Words that introduce a translation of the quote before: "c'est-à-dire « … »", "meaning “…”". */
const TRANSLATION_MARKERS = new Set(['est-a-dire', 'meaning']);
/** The most words between a quote and its translation: "a-t-il lancé en anglais (". */
const MAX_TRANSLATION_GAP = 8;

// The words by which a sentence points back at whoever spoke the quote before it (see pointsBackAtSpeaker).
const DEFINITE_OPENERS = new Set(["l'", 'le', 'la', 'the', 'celui', 'celle']);
/** Sentences that open on the quote's words and go on to who spoke them (folded tokens; see nameAfterTheseWords). */
const THESE_WORDS_OPENERS: readonly string[][] = [
  ["c'", 'est', 'par', 'ces', 'mots', 'que'], ["c'", 'est', 'par', 'ces', 'mots', "qu'"], ["c'", 'est', 'en', 'ces', 'termes', 'que'],
  ["c'", 'est', 'en', 'ces', 'termes', "qu'"], ['par', 'ces', 'mots'], ['with', 'these', 'words'], ['with', 'those', 'words'],
];
const DEMONSTRATIVE_PRONOUNS = new Set(['celui', 'celle']);
const ENGLISH_AGE_ADJECTIVES = new Set(['old', 'young', 'elderly']);
const SPEAKER_NOUNS = new Set(['homme', 'femme', 'man', 'woman', 'speaker']);
const SPEAKING_WORDS = new Set(['parle', 'parlait', 'exprime', 'exprimait', 'temoigne', 'temoignait', 'speaking', 'asking', 'talking', 'spoke', 'speaks']);

/** French object pronouns before an incise's verb: "« … », nous a confié X", "m'a dit X", "lui répond-il". */
const OBJECT_CLITICS = new Set(['me', "m'", 'te', "t'", 'nous', 'vous', 'lui', 'leur']);

/** The words of a phrase that hands a second quote to the same speaker: "avant d'ajouter :", "before adding". */
const ADDING_WORDS = new Set([
  'avant', "d'", 'de', 'et', 'puis', 'ajouter', 'poursuivre', 'conclure', 'preciser', 'insister', 'lancer',
  'before', 'and', 'then', 'adding', 'added', 'continuing', 'concluding',
]);

/** Items in reading order with their token positions, for "the latest before" look-ups. */
class ReadingOrder<T> {
  readonly positions: number[] = [];
  readonly items: T[] = [];
  /** False once two items differ: a bare title held by two people names neither. */
  sameItemThroughout = true;

  add(at: number, item: T): void {
    if (this.items.length > 0 && item !== this.items[0]) this.sameItemThroughout = false;
    this.positions.push(at);
    this.items.push(item);
  }

  /** Index of the last item before token `at`, or -1. */
  lastBefore(at: number): number {
    return lastIndexBefore(this.positions, at);
  }
}

/** mayNamePerson's answers by lexeme id. */
const enum PersonCue {
  No = 1,
  Yes = 2,
}

export class SpeakerAttributor {
  private readonly mentionAt: Int32Array;
  private readonly refs: MentionRef[];
  /** The people named, in reading order. */
  private readonly people = new ReadingOrder<MentionRef>();
  private readonly inQuote: Uint8Array;
  /** People who were the subject of a sentence, at its first token: pronouns resolve to them. */
  private readonly subjects = new ReadingOrder<Speaker>();
  /** Roles the article gave to people (their ids), by role: "présidente brésilienne" -> Dilma Rousseff. */
  private readonly roles = new Map<string, ReadingOrder<string>>();
  /** The people the article gave a title or role to, by id. */
  private readonly titledIds = new Set<string>();
  /** Roles set off after a name ("X, seul comédien de la troupe,"): they name the person only after it. */
  private readonly appositionRoles = new Map<string, ReadingOrder<string>>();
  /**
   * Folded words through which a sentence's subject can be a person without naming one: the
   * singular pronouns and the titles of `roles` (see mayNamePerson).
   */
  private readonly personCues = new Set<string>([...SINGULAR_PRONOUNS, ...LATTER_PRONOUNS.keys()]);
  private readonly personIds = new Set<string>();
  private placeIds: Set<string> | undefined;
  /**
   * 1 for each mention (by index in refs) whose id is a person's: mayNamePerson asks it of every
   * token of a mention, a Set look-up of the id string each time.
   */
  private readonly namesPerson: Uint8Array;
  /** The lexeme id of ",", -1 if no token has it (see lexemeIdOf). */
  private readonly commaId = lexemeIdOf(',', 'punct');
  /** Where the narrative names each person, in reading order (first token of each mention). */
  private readonly personPositions = new Map<string, number[]>();
  /** By lexeme id (TokenColumns.ids), mayNamePerson's answer for the word: 0 not asked yet, PersonCue bits once asked. */
  private personCueById: Uint8Array | undefined;
  /** The speaker of the last attributed quote and the sentence it ended in. */
  private lastSpeaker: { speaker: Speaker; sentence: number } | undefined;
  /** The tokeniser's columns: word classes, flags, and texts and keys for the gazetteer's title walks. */
  private readonly columns: TokenColumns;
  /**
   * Gender of a person where the article shows it: by the words it puts before a name ("Mme",
   * "Mr", "la ministre") or the pronoun it gives a speaker ("X said she"), else by a first name.
   */
  private readonly genders = new Map<string, 'f' | 'm'>();
  /** Genders that only a first-name list gave: the article's own words overrule them (see settleGenders). */
  private readonly firstNameGenders = new Map<string, 'f' | 'm'>();
  /** Sentences (by number) that keep their source anonymous. */
  private readonly anonymousSentences: Set<number>;
  /** The organisation named most so far, at each organisation mention (see companyMeantBy). */
  private dominantOrganisations: ReadingOrder<EntityMention> | undefined;
  /** Organisations by the first word of their name ("ministère" -> its mentions). */
  private readonly organisationsByHead = new Map<string, ReadingOrder<EntityMention>>();

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    mentions: EntityMention[],
    private readonly quotes: QuoteRef[],
    private readonly lang: Lang,
  ) {
    this.columns = tokenColumns(tokens);
    this.refs = locateMentions(tokens, mentions);
    // No loop in the constructor itself: V8 compiled it on entering its first loop (on-stack
    // replacement), and that code failed on the statements after the loop in every later
    // analysis (--trace-deopt), leaving the rest of the constructor to the interpreter.
    this.mentionAt = mentionIndex(tokens.length, this.refs);
    this.inQuote = quoteMask(tokens.length, quotes);
    this.recordMentions();
    this.namesPerson = personMentionMask(this.refs, this.personIds);
    this.settleGenders();
    this.anonymousSentences = this.findAnonymousSentences();
    this.collectSentenceSubjects();
  }

  /** The people, their roles and genders, and the organisations by head noun, in reading order. */
  private recordMentions(): void {
    for (const ref of this.refs) {
      if (ref.mention.type === 'PER') {
        this.personIds.add(ref.mention.id);
        // Only the narrative's mentions: a name inside a quotation is whom the speaker speaks of.
        if (!this.inQuote[ref.first]) {
          const positions = this.personPositions.get(ref.mention.id);
          if (positions) positions.push(ref.first);
          else this.personPositions.set(ref.mention.id, [ref.first]);
        }
        this.people.add(ref.first, ref);
        this.recordRole(ref);
        this.recordGender(ref);
        this.recordOwnPronoun(ref);
      } else if (ref.mention.type === 'ORG') {
        for (const head of headNounsOf(ref.mention.text, this.lang)) {
          let organisations = this.organisationsByHead.get(head);
          if (!organisations) this.organisationsByHead.set(head, (organisations = new ReadingOrder()));
          organisations.add(ref.first, ref.mention);
        }
      }
    }
  }

  attributeAll(): void {
    let previous: QuoteRef | undefined;
    const rules: [NonNullable<Speaker['via']>, (q: QuoteRef) => Speaker | null][] = [
      ['continuation', (q) => this.fromTranslation(q, previous)],
      ['incise', (q) => this.fromIncise(q)],
      ['inner-incise', (q) => this.fromInnerIncise(q)],
      ['source', (q) => this.fromSource(q)],
      // The sentence after the quote says outright who spoke it: before any guess from the words before.
      ['subject', (q) => this.fromSpeakerNamedAfter(q)],
      ['subject', (q) => this.fromHead(q)],
      ['continuation', (q) => this.fromContinuation(q, previous)],
      ['subject', (q) => this.fromSentenceBefore(q, previous)],
    ];
    for (const q of this.quotes) {
      q.quote.speaker = null;
      if (this.resumesQuote(q, previous)) q.quote.kind = 'direct';
      // "One former minister, who asked not to be named, recalled that « … »": nobody to name
      // (an anonymous spokeswoman still speaks for her body: "A ministry spokeswoman … said").
      if (this.isAnonymousQuote(q)) {
        previous = q;
        continue;
      }
      for (const [via, rule] of rules) {
        const speaker = rule(q);
        if (speaker === ANONYMOUS) break;
        if (speaker) {
          // Spelled out rather than spread: an object spread is many times slower.
          q.quote.speaker = { id: speaker.id, text: speaker.text, via };
          this.lastSpeaker = { speaker, sentence: this.tokens[q.last - 1].sentence };
          break;
        }
      }
      previous = q;
    }
    this.attributeEchoes();
  }

  /**
   * "'We have been waiting forty years for this day'" over the story, where "'We have been
   * waiting forty years for this day. …,' said Mr K. R. Shenoy": a quote in the heading ("victim's
   * son: 'We still can't believe it'", "'We can't cope' — commuters groan"), or a pull quote alone
   * on its line, that the article quotes again, alone or within a longer quote, is spoken by that
   * quote's speaker. Its own attribution yields only where it is no more than a guess: none, or a
   * place as the subject of the line or of the sentence before.
   */
  private attributeEchoes(): void {
    let attributed: AttributedWords | undefined;
    let headingEnd: number | undefined;
    for (const q of this.quotes) {
      if (!this.isGuessedSpeaker(q.quote.speaker)) continue;
      // The heading is found only for an article with a quote to place in it.
      headingEnd ??= this.headingEnd();
      if (q.quote.start >= headingEnd && !(this.opensItsLine(q.quote) && this.closesItsLine(q.quote))) continue;
      const words = quotedWords(q.quote.text);
      if (words.length < MIN_ECHO_LENGTH) continue;
      // Made once, and only for an article with a quote to look for.
      attributed ??= new AttributedWords(this.quotes.filter((r) => r.quote.speaker).map((r) => r.quote));
      const source = attributed.find(words, (r) => r !== q.quote && r.speaker?.via !== 'echo')?.speaker;
      if (source) q.quote.speaker = { id: source.id, text: source.text, via: 'echo' };
    }
  }

  /** No speaker, or a place taken for the subject: what a headline's words yield to their echo. */
  private isGuessedSpeaker(speaker: Speaker | null): boolean {
    return !speaker || (speaker.via === 'subject' && this.isPlace(speaker.id));
  }

  /**
   * Where the story starts: the first line of eight words or more that ends a sentence. The
   * lines above are the headline, the standfirst, the byline and the dateline's line.
   */
  private headingEnd(): number {
    let start = 0;
    while (start < this.text.length) {
      const lineEnd = this.text.indexOf('\n', start);
      const end = lineEnd < 0 ? this.text.length : lineEnd;
      const line = this.text.slice(start, end).trim();
      if (/[.!?]["'’”»)]*$/.test(line) && line.split(/\s+/).length >= 8) return start;
      start = end + 1;
    }
    return this.text.length;
  }

  /** Nothing but spaces between the line break before the quote and the quote. */
  private opensItsLine(quote: Quotation): boolean {
    const before = this.text.lastIndexOf('\n', quote.start - 1);
    return /^\s*$/.test(this.text.slice(before + 1, quote.start));
  }

  /** Nothing but spaces, or a period, between the quote and the line break after it. */
  private closesItsLine(quote: Quotation): boolean {
    const after = this.text.indexOf('\n', quote.end);
    return /^[\s.]*$/.test(this.text.slice(quote.end, after < 0 ? this.text.length : after));
  }

  /**
   * "« On nous a juré… », a-t-elle expliqué, « et cinq ans plus tard… »", "“We lost,” he said,
   * “but we fought.”": the quote picks up the sentence the incise cut, so it is direct like the
   * first part even though it starts in lower case (and continuation gives it the same speaker).
   * The incise may describe its speaker at length ("”, murmure Martine D., une Lyonnaise de 34
   * ans, assise sous une couverture, “et je ne l’ai jamais revu.”"): up to 40 tokens.
   */
  private resumesQuote(q: QuoteRef, previous: QuoteRef | undefined): boolean {
    if (!previous || previous.quote.kind !== 'direct' || q.quote.kind === 'direct') return false;
    const gap: number[] = [];
    for (let k = previous.last; k < q.first; k++) {
      if (this.endsSentence(k) || gap.length > 40) return false;
      if (!this.inQuote[k]) gap.push(k);
    }
    if (gap.length < 2 || !this.isComma(gap[gap.length - 1]) || !endsQuotedSentence(q.quote.text)) return false;
    // The first part ends on the comma the incise cut it at, inside the marks or after them.
    const cutInside = lastContentChar(previous.quote.text) === ',';
    if (!cutInside && !this.isComma(gap[0])) return false;
    const incise = gap.slice(cutInside ? 0 : 1, -1);
    return incise.length > 0 && this.inciseAt(incise, 0) !== undefined;
  }

  /** Is the quote in a sentence that keeps its source anonymous (and names no spokesperson)? */
  private isAnonymousQuote(q: QuoteRef): boolean {
    const sentences = this.anonymousSentences;
    if (sentences.size === 0) return false;
    // The quote's sentence: the words before it and after it up to the sentence's end.
    const head = this.head(q);
    const tail = this.tail(q);
    // “… the only sensible thing to do.” One doctor, who asked not to be named, …: the next
    // sentence's anonymous source is not the quote's.
    const tailOfItsSentence = tail.length > 0 && this.tokens[tail[0]].sentence === this.tokens[q.last - 1].sentence;
    if (!this.inAnonymousSentence(head) && !(tailOfItsSentence && this.inAnonymousSentence(tail))) return false;
    return !this.namesSpokesperson(head) && !this.namesSpokesperson(tail);
  }

  /** Do the words `words` (a quote's head or tail) lie in a sentence that keeps its source anonymous? */
  private inAnonymousSentence(words: readonly number[]): boolean {
    return words.length > 0 && this.anonymousSentences.has(this.tokens[words[0]].sentence);
  }

  /** Does the sentence starting at token `from` name a spokesperson in its first words ("A company spokesman, who …")? */
  private spokespersonOpens(from: number): boolean {
    for (let k = from; k < Math.min(this.tokens.length, from + 6); k++) if (this.isSpokesperson(k)) return true;
    return false;
  }

  private namesSpokesperson(words: readonly number[]): boolean {
    return words.some((k) => this.isSpokesperson(k));
  }

  /** "spokesman", "porte-parole", "spokeswoman" at token k. */
  private isSpokesperson(k: number): boolean {
    return SPOKESPERSON_WORDS.has(this.tokens[k].folded);
  }

  /**
   * The sentences (by number) that say their source is kept anonymous ("who asked not to be
   * named", "sous couvert d'anonymat"), outside quotes.
   */
  private findAnonymousSentences(): Set<number> {
    const found = new Set<number>();
    const { tokens, text } = this;
    const { starts } = this.columns;
    // Every cue ends on a word that starts with a marker: only there is a cue looked for. The
    // first character, read from the text in order, rules out most tokens (five indexOf
    // searches of the megabyte, two-byte text cost 3.8 ms, this pass a fraction of one).
    for (let k = 0; k < starts.length; k++) {
      const at = starts[k];
      const initial = text.charCodeAt(at);
      const markers = initial < 128 ? MARKERS_BY_INITIAL[initial] : undefined;
      if (markers === undefined || this.inQuote[k] || !startsWithOneOf(text, at, markers)) continue;
      for (const cue of ANONYMITY_CUES) {
        if (cue[cue.length - 1] !== tokens[k].folded || k < cue.length - 1) continue;
        let n = 0;
        while (n < cue.length && tokens[k - cue.length + 1 + n].folded === cue[n]) n++;
        if (n === cue.length) found.add(tokens[k].sentence);
      }
    }
    return found;
  }

  // --- the words around a quote ---------------------------------------------------------

  /** The head and tail of the quote the rules are on: most rules read them, none changes them. */
  private around: { q: QuoteRef; head?: number[]; tail?: number[] } | undefined;

  private aroundQuote(q: QuoteRef): { q: QuoteRef; head?: number[]; tail?: number[] } {
    if (this.around?.q !== q) this.around = { q };
    return this.around;
  }

  private tail(q: QuoteRef): number[] {
    const around = this.aroundQuote(q);
    return (around.tail ??= this.collectTail(q));
  }

  private head(q: QuoteRef): number[] {
    const around = this.aroundQuote(q);
    return (around.head ??= this.collectHead(q));
  }

  /** Tokens after the quote to the end of its sentence, stepping over later quotes. */
  private collectTail(q: QuoteRef): number[] {
    const out: number[] = [];
    // "« Mi lé kasé partou. » Son mari …", "« … dort. » Plus tard, « … », a lancé X": a quote that
    // ended its sentence has no words after it once a word opens the next one. (A bracket or a
    // quote mark may still lead to its incise: "« Mauruuru roa ! » (« Merci ! »), lance X".)
    for (let k = q.last; k < this.tokens.length && out.length < 40; k++) {
      if (this.startsLine(k) && k > q.last - 1) break;
      if (this.inQuote[k]) continue;
      if (this.endsSentence(k) || (this.columns.flags[k] & TokenFlag.SentenceStart && this.tokens[k].kind === 'word')) break;
      out.push(k);
    }
    return out;
  }

  /** Tokens before the quote back to the start of its sentence, outside quotes. */
  private collectHead(q: QuoteRef): number[] {
    const out: number[] = [];
    for (let k = q.first - 1; k >= 0; k--) {
      if (this.inQuote[k]) {
        if (this.startsLine(k)) break;
        // "X insists the dispute “must be settled.” Y, who …, said it would “settle nothing.”": a
        // quote after which a new sentence started belongs to the sentence before.
        if (!this.inQuote[k + 1] && k + 1 < q.first && this.tokens[k + 1].sentenceStart) break;
        continue;
      }
      if (this.endsSentence(k)) break;
      out.push(k);
      if (this.startsLine(k)) break;
    }
    return out.reverse();
  }

  /** Is tokens[k] of the word class `cls`? False past either end. */
  private is(k: number, cls: WordClass): boolean {
    return ((this.columns.classes[k] ?? 0) & cls) !== 0;
  }

  /** A plural or indefinite pronoun; English "on" is the preposition ("spokesman on farming"), not French "on". */
  private isOtherPronoun(k: number): boolean {
    return this.is(k, WordClass.OtherPronoun) && !(this.lang === 'en' && this.tokens[k].folded === 'on');
  }

  /** . ! ? … (from the flags column: no token object read). */
  private endsSentence(k: number): boolean {
    return (this.columns.flags[k] & TokenFlag.SentenceEnd) !== 0;
  }

  /** The first token after a line break (Token.lineStart, from the flags column). */
  private startsLine(k: number): boolean {
    return (this.columns.flags[k] & TokenFlag.LineStart) !== 0;
  }

  private isComma(k: number): boolean {
    const tok = this.tokens[k];
    return tok.kind === 'punct' && tok.text === ',';
  }

  /**
   * Index in `seq` just past the tokens of the mention at seq[k]; k when no mention is there.
   * Walks `seq`, not the mention's token range: a run may leave out tokens (quotes).
   */
  private pastMention(seq: number[], k: number): number {
    const m = k < seq.length ? this.mentionAt[seq[k]] : -1;
    if (m < 0) return k;
    let n = k + 1;
    while (n < seq.length && this.mentionAt[seq[n]] === m) n++;
    return n;
  }

  // --- 1. the incise --------------------------------------------------------------------

  /** ", a déclaré X", ", a-t-il ajouté", ", he said", ", Smith told" in the rest of the sentence. */
  private fromIncise(q: QuoteRef): Speaker | null {
    const tail = this.tail(q);
    for (let k = 0; k < tail.length; k++) {
      const atClauseStart = k === 0 || this.isComma(tail[k - 1]);
      if (!atClauseStart || this.tokens[tail[k]].kind === 'punct') continue;
      const speaker = this.inciseAt(tail, k);
      if (speaker !== undefined) return speaker;
    }
    return null;
  }

  /** The speaker of an incise starting at tail[k]; undefined when no incise starts there. */
  private inciseAt(tail: number[], k: number): Speaker | null | undefined {
    const verbAt = this.speechVerbAt(tail, k);
    if (verbAt >= 0 && this.agreedParticipleAlone(tail, k, verbAt)) return undefined;
    if (verbAt >= 0) {
      const inverted = this.invertedPronoun(tail, k, verbAt);
      // "…, indique-t-on chez Technoval", "précise-t-on au ministère": "on" is the body named next.
      if (inverted && fold(inverted) === 'on') return this.bodyAfter(tail, verbAt + 1);
      if (inverted) return this.resolveIncisePronoun(inverted, tail[verbAt]);
      const subject = this.subjectAfterVerb(tail, verbAt + 1);
      // "…", a écrit sur son blog: French may leave out a subject that goes on from the
      // previous sentences; English never does ("…," said a spokesman).
      if (subject) return subject.speaker ?? this.unnamedSubject(tail, verbAt + 1, subject.next);
      return this.lang === 'fr' ? this.resolvePronoun('il', tail[verbAt]) : null;
    }
    if (this.is(tail[k], WordClass.SingularPronoun) && this.speechVerbAt(tail, k + 1) >= 0) {
      return this.resolveIncisePronoun(this.tokens[tail[k]].text, tail[k]);
    }
    // "“…,” one of them told The Argus": one of a group, unnamed.
    if (this.oneOfGroupSpeaks(tail, k) || this.oneUnnamedSpeaks(tail, k)) return ANONYMOUS;
    // "“…,” the company said": a common noun can be the subject after the quote too.
    const subject = this.subjectAt(tail, k) ?? this.commonNounSubject(tail, k);
    if (subject && this.speaksAfter(tail, subject.next)) return subject.speaker ?? this.unnamedSubject(tail, k, subject.next);
    return undefined;
  }

  /**
   * "« dès l'été 2024 », confiée à l'Université": a French past participle agreeing with a noun,
   * with no auxiliary before it, describes the thing quoted; no incise is written so.
   */
  private agreedParticipleAlone(tail: number[], k: number, verbAt: number): boolean {
    return this.lang === 'fr' && verbAt === k && /(?:ée|ées|és)$/.test(this.tokens[tail[k]].text);
  }

  /** "one of them told", "one of the strikers said", "l'un d'eux a dit": a speech verb within four words. */
  private oneOfGroupSpeaks(seq: number[], k: number): boolean {
    if (!this.opensOnOneOfGroup(seq[k])) return false;
    for (let n = k + 2; n < Math.min(seq.length, k + 6); n++) if (this.speechVerbAt(seq, n) === n) return true;
    return false;
  }

  /**
   * "“…,” one driver said", "another woman told the Times": "one" or "another", a noun in
   * lowercase (an adjective before it at most), then a speech verb: someone unnamed speaks, and
   * the speaker of the quotes before is not carried on to this one.
   */
  private oneUnnamedSpeaks(seq: number[], k: number): boolean {
    const one = this.tokens[seq[k]];
    if (this.lang !== 'en' || !one?.lowercase || (one.folded !== 'one' && one.folded !== 'another')) return false;
    // The verb after the noun ("one driver said") or after an adjective and the noun.
    for (let verb = k + 2; verb <= k + 3 && verb < seq.length; verb++) {
      const word = this.tokens[seq[verb - 1]];
      if (word.kind !== 'word' || !word.lowercase || this.mentionAt[seq[verb - 1]] >= 0) return false;
      if (this.speechVerbAt(seq, verb) === verb) return true;
    }
    return false;
  }

  /** Is one of the first `count` words of `words` the mention of a person? */
  private personAmong(words: number[], count: number): boolean {
    for (let n = 0; n < count; n++) {
      const m = this.mentionAt[words[n]];
      if (m >= 0 && this.namesPerson[m]) return true;
    }
    return false;
  }

  /** Token k opens "one of …", "un des …", "une d'entre …": one of a group, named by none. */
  private opensOnOneOfGroup(k: number): boolean {
    const one = this.tokens[k];
    const of = this.tokens[k + 1];
    return !!one && !!of && (one.folded === 'one' || one.folded === 'un' || one.folded === 'une') && (of.folded === 'of' || of.folded === 'des' || of.folded === "d'entre");
  }

  /**
   * "« … » criait une femme", "“…,” said a neighbour", "“…,” a miner said": an incise whose
   * subject is someone unnamed gives the quote to nobody, and no later rule may guess one
   * (ANONYMOUS); null for a subject that is only unknown ("the crowd").
   */
  private unnamedSubject(seq: number[], from: number, to: number): Speaker | null {
    for (let k = from; k < Math.min(to, seq.length); k++) {
      if (this.is(seq[k], WordClass.Determiner)) return UNNAMED_PERSON_ARTICLES.has(this.tokens[seq[k]].folded) ? ANONYMOUS : null;
    }
    return null;
  }

  /**
   * Does a speech verb follow the subject that ends at seq[next], perhaps after an apposition
   * and a relative pronoun? "X said", "X, a former union official, said", "X, who accused".
   */
  private speaksAfter(seq: number[], next: number): boolean {
    return this.speechVerbAfterSubject(seq, next) >= 0;
  }

  /** Index in `seq` of the speech verb of the subject that ends at seq[next] (see speaksAfter), or -1. */
  private speechVerbAfterSubject(seq: number[], next: number): number {
    const verbAt = this.speechVerbAt(seq, next);
    if (verbAt >= 0) return verbAt;
    if (next >= seq.length || !this.isComma(seq[next])) return -1;
    // "“…,” the union's secretary, Mr. John Roe, said": a person set off by commas, the verb after
    // the closing one (not a verb that opens the next quote: "and the farmer, Jim Roe, added: '…'").
    const m = next > 0 ? this.mentionAt[seq[next - 1]] : -1;
    const comma = m >= 0 && this.namesPerson[m] ? this.honorificBefore(this.refs[m].first) - 1 : -1;
    if (comma >= 0 && this.isComma(comma) && this.roleHeldBy(comma) && this.speechVerbAt(seq, next + 1) === next + 1 && this.tokens[seq[next + 1] + 1]?.text !== ':') return next + 1;
    let k = next + 1;
    while (k < Math.min(seq.length, next + 12) && !this.isComma(seq[k])) {
      if (this.is(seq[k], WordClass.SpeechVerb)) return -1;
      k++;
    }
    if (k >= seq.length || !this.isComma(seq[k])) return -1;
    k++;
    if (k < seq.length && RELATIVE_PRONOUNS.has(this.tokens[seq[k]].folded)) k++;
    return this.speechVerbAt(seq, k);
  }

  /**
   * The role phrase ending at the comma before a name in apposition is that person's ("the union's
   * general secretary, Mr. X", "the chairman of the committee, X"), not a relation of theirs ("the
   * wife of the mayor, X", "fans of the striker, X", "the mother of the rescued boy, X"), nor a
   * clause's ("the coach, who replaced the sacked manager, X").
   */
  private roleHeldBy(comma: number): boolean {
    // The role's lowercase words, back to the punctuation before it (a name in it counts as none:
    // "the mayor of Beijing" holds no participle, "the Times of India" no plural).
    const words: string[] = [];
    for (let k = comma - 1, seen = 0; k >= 0 && seen < 10 && this.tokens[k].kind === 'word'; k--, seen++) {
      if (this.tokens[k].lowercase) words.unshift(this.tokens[k].folded);
    }
    if (words.some((w) => RELATIVE_PRONOUNS.has(w) || w === 'which' || w === 'that' || (w.length > 5 && w.endsWith('ing')))) return false;
    const of = words.findIndex((w) => OF_PREPOSITIONS.has(w) || w === 'for');
    if (of < 0) return true;
    const holder = words[of - 1] ?? '';
    if (RELATION_NOUNS.has(holder) || (holder.endsWith('s') && !holder.endsWith('ss'))) return false;
    return !words.slice(of + 1).some((w) => PEOPLE_OF_A_STORY.has(w));
  }

  /** The organisation or place after "chez", "à", "au", "auprès de" (English "at", "in"): who "on" (or "it was stated") stands for, or null. */
  private bodyAfter(seq: number[], from: number): Speaker | null {
    let k = from;
    const preposition = this.tokens[seq[k]]?.folded ?? '';
    if (!BODY_PREPOSITIONS.has(preposition) && !(this.lang === 'en' && ENGLISH_BODY_PREPOSITIONS.has(preposition))) return null;
    k++;
    // "au siège de la FRMF", "dans l'entourage du ministre": the seat or circle of a body.
    if (k < seq.length && BODY_SEAT_NOUNS.has(this.tokens[seq[k]].folded)) k++;
    while (k < seq.length && (this.is(seq[k], WordClass.Determiner) || OF_PREPOSITIONS.has(this.tokens[seq[k]].folded))) k++;
    const m = k < seq.length ? this.mentionAt[seq[k]] : -1;
    if (m < 0) return this.bodyByItsNoun(seq, k);
    const mention = this.refs[m].mention;
    return mention.type === 'ORG' || mention.type === 'LOC' ? { id: mention.id, text: mention.text } : null;
  }

  /**
   * "« … », indique-t-on au ministère": a body's head noun in lowercase after the preposition
   * stands for the body of that head named last ("le ministère de la Fonction publique").
   */
  private bodyByItsNoun(seq: number[], k: number): Speaker | null {
    if (this.lang !== 'fr' || k >= seq.length) return null;
    const noun = this.tokens[seq[k]];
    return noun.kind === 'word' && noun.lowercase ? this.organisationHeadedBy(seq[k - 1], seq[k]) : null;
  }

  /**
   * "« … », a-t-il ajouté", "“…,” she added": in a run of quotes the pronoun of an incise
   * goes on with the last speaker (if the gender agrees and the quote is within a few
   * sentences), whoever else was named in between; otherwise the last sentence subject.
   */
  private resolveIncisePronoun(pronoun: string, at: number): Speaker | null {
    const last = this.lastSpeaker;
    const wanted = PRONOUN_GENDER.get(fold(pronoun));
    const carriesOn = this.saysMore(at) || !this.newSubjectSince(last, wanted, at);
    if (last && wanted && this.tokens[at].sentence - last.sentence <= 3 && carriesOn) {
      const gender = this.genders.get(last.speaker.id);
      if ((gender === undefined || gender === wanted) && this.isPerson(last.speaker.id)) {
        return { id: last.speaker.id, text: this.tokens[at].text };
      }
    }
    return this.resolvePronoun(pronoun, at);
  }

  /** "a-t-il ajouté", "she added", "he went on": a verb that says the same speaker says more. */
  private saysMore(at: number): boolean {
    return GOING_ON_VERBS.has(this.tokens[at].folded) || GOING_ON_VERBS.has(this.tokens[at + 1]?.folded ?? '');
  }

  /**
   * Did a sentence after the last speaker's quote open on another person the pronoun may stand
   * for? "“…,” she said. | An economist, Dr X, said prices would rise. | “…,” she said": the
   * second "she" is the economist, the subject the narrative turned to.
   */
  private newSubjectSince(last: { speaker: Speaker; sentence: number } | undefined, wanted: 'f' | 'm' | undefined, at: number): boolean {
    if (!last || !wanted) return false;
    const n = this.subjects.lastBefore(at);
    if (n < 0) return false;
    const subject = this.subjects.items[n];
    if (subject.id === last.speaker.id) return false;
    const position = this.subjects.positions[n];
    const sentence = this.tokens[position].sentence;
    if (sentence <= last.sentence) return false;
    // "“…,” X said. One doctor, who asked not to be named, … “…,” he said": the unnamed one
    // (an unnamed spokesman still speaks for the body last quoted).
    if (subject === ANONYMOUS) return !this.spokespersonOpens(position);
    // In the pronoun's own sentence, only a subject that opens it ("He had been “…”, he said"),
    // not one read through the pronoun itself ("Pour elle, « … »").
    if (sentence === this.tokens[at].sentence && this.mentionAt[position] < 0 && !this.is(position, WordClass.SingularPronoun)) return false;
    // A last speaker the text shows to agree gives way to a subject of unknown gender only when
    // that subject speaks in its sentence ("Dr X, an economist, said prices would rise"), not
    // when it only acts ("X arrived later with two trucks").
    const gender = this.genders.get(subject.id);
    if (gender === undefined && this.genders.get(last.speaker.id) === wanted) return this.speaksInSentence(position);
    return gender === undefined || gender === wanted;
  }

  /**
   * Does a speech verb stand in the narrative of the sentence starting at token `from`, or a
   * stance its subject takes ("The harbour master, Captain Keyes, is less hopeful", "X reste
   * sceptique"), which the quote after it gives in words?
   */
  private speaksInSentence(from: number): boolean {
    for (let k = from; k < this.tokens.length; k++) {
      if (!this.inQuote[k] && (this.is(k, WordClass.SpeechVerb) || STANCE_WORDS.has(this.tokens[k].folded))) return true;
      if (this.endsSentence(k)) return false;
    }
    return false;
  }

  /** Index in `seq` (from `from`) of a speech verb reached through fillers only, or -1. */
  private speechVerbAt(seq: number[], from: number): number {
    for (let k = from; k < seq.length; k++) {
      const at = seq[k];
      if (this.tokens[at].kind !== 'word') return -1;
      if (this.is(at, WordClass.SpeechVerb) || this.is(at, WordClass.InvertedSpeechVerb)) return k;
      // "nous a-t-il dit", "m'a confié X": the one the words were said to.
      if (this.lang === 'fr' && OBJECT_CLITICS.has(this.tokens[at].folded)) continue;
      if (!this.is(at, WordClass.Inverted) && !this.is(at, WordClass.VerbFiller) && !this.is(at, WordClass.Adverb)) return -1;
    }
    return -1;
  }

  /** "-t-il" on the verb or on its auxiliary ("a-t-il ajouté", "ajoute-t-elle"). */
  private invertedPronoun(seq: number[], from: number, verbAt: number): string | undefined {
    for (let k = verbAt; k >= from; k--) {
      const m = INVERTED_PRONOUN.exec(this.tokens[seq[k]].text);
      if (m) return m[2];
    }
    return undefined;
  }

  /**
   * The subject after an inverted speech verb: "a déclaré lundi le secrétaire … Paul
   * Ordway", "a lancé ce matin Anne Lefort", "a déclaré à la presse Li Wei", "a
   * précisé le ministère". Dates and adverbs are stepped over; after a prepositional complement
   * only a person counts ("a écrit sur son compte Mastodon": Mastodon is where, not who).
   */
  private subjectAfterVerb(seq: number[], from: number): Subject | undefined {
    let afterComplement = false;
    for (let k = from; k < Math.min(seq.length, from + 12); k++) {
      const at = seq[k];
      const m = this.mentionAt[at];
      if (m >= 0 && this.refs[m].mention.type === 'DATE') {
        k = this.pastMention(seq, k) - 1;
        continue;
      }
      // "a lancé, par la voix de son interprète, l'entraîneur …": commas that set off a
      // complement; past them, as past any complement, only a person is the subject ("a
      // déclaré, à Lyon, le préfet": Lyon is where).
      if (this.isComma(at) && (afterComplement || this.opensComplement(seq[k + 1]))) {
        afterComplement = true;
        continue;
      }
      // "nous a dit, essoufflée mais ravie, Mme Léontine Carpentier": words set off by commas
      // that describe the speaker; past them, as past a complement, only a person is the subject.
      const described = this.isComma(at) ? this.detachedDescriptionEnd(seq, k) : -1;
      if (described > 0) {
        k = described;
        afterComplement = true;
        continue;
      }
      // ("à" folds to the auxiliary "a" but opens a complement: "a déclaré, à Lyon, X".)
      const filler = this.is(at, WordClass.Adverb) || (this.is(at, WordClass.VerbFiller) && this.tokens[at].text !== 'à');
      if (filler || DAY_PARTS.has(this.tokens[at].folded)) continue;
      // "a déclaré M. Darrieux", "said Dr. Vance": an abbreviated honorific before the name.
      const honorific = this.tokens[at].capitalised && m < 0 ? (this.titleBeforeGivenName(at) || this.maghrebHonorific(at) ? 1 : gazetteer.titleAt(this.columns.texts, at, this.columns.nameKeys)) : 0;
      if (honorific > 0 && this.mentionAt[at + honorific] >= 0) {
        k += honorific - 1;
        continue;
      }
      // "said Briton Tom Hale", "a déclaré le Kényan Paul Kiprop": a nationality the names leave
      // out, right before the person.
      const describer = m < 0 && this.tokens[at].capitalised && seq[k + 1] === at + 1 ? this.mentionAt[at + 1] : -1;
      if (describer >= 0 && this.namesPerson[describer] && this.refs[describer].first === at + 1) continue;
      // (A name's own particle is no preposition: "glisse Mme de Loës".)
      if (this.opensComplement(at) && m < 0) {
        k = this.skipComplement(seq, k);
        afterComplement = true;
        continue;
      }
      const startsNounPhrase =
        this.is(at, WordClass.Determiner) ||
        (this.tokens[at].lowercase && m < 0 && !this.is(at, WordClass.SingularPronoun) && !this.isOtherPronoun(at));
      if (startsNounPhrase && !afterComplement) return this.nounPhraseSubject(seq, k);
      // "constatait avec soulagement l'architecte du palais, M. X": past the complement, a role
      // whose holder stands in apposition.
      if (startsNounPhrase && this.is(at, WordClass.Determiner)) {
        const holder = this.personNamedAfterRole(seq, k + 1);
        if (holder) return holder;
        // "affirme dans un communiqué le Conseil régional du tourisme": a body after its article too.
        const body = this.organisationAfterDeterminers(seq, k);
        if (body) return body;
        // "a déclaré, à Lyon, le préfet": still the subject, a person or nobody we can name.
        const phrase = this.nounPhraseSubject(seq, k);
        return phrase.speaker && this.isPerson(phrase.speaker.id) ? phrase : { speaker: null, next: phrase.next };
      }
      const subject = this.subjectAt(seq, k);
      if (!subject) return undefined;
      if (afterComplement && !(subject.speaker && this.isPerson(subject.speaker.id))) return undefined;
      return subject;
    }
    return undefined;
  }

  /**
   * From the comma at seq[k]: one to four lowercase words, no determiner or pronoun among them,
   * and the comma that closes them ("…, essoufflée mais ravie, …", "…, visibly moved, …"); the
   * index of that closing comma, or -1.
   */
  private detachedDescriptionEnd(seq: number[], k: number): number {
    for (let n = k + 1; n < Math.min(seq.length, k + 6); n++) {
      const at = seq[n];
      if (this.isComma(at)) return n > k + 1 ? n : -1;
      const tok = this.tokens[at];
      if (tok.kind !== 'word' || !tok.lowercase || this.is(at, WordClass.Determiner) || this.is(at, WordClass.SingularPronoun) || this.isOtherPronoun(at)) return -1;
    }
    return -1;
  }

  /** A preposition, "par" and "by" included ("a lancé, par la voix de son interprète, X"). */
  private opensComplement(k: number): boolean {
    return (k < this.tokens.length && this.isPreposition(k)) || AGENT_PREPOSITIONS.has(this.tokens[k]?.folded ?? '');
  }

  /** Index of the last token of a short complement "à la presse", "sur son compte", "au Courrier". */
  private skipComplement(seq: number[], k: number): number {
    let n = k + 1;
    let possessive = false;
    while (n < seq.length && this.is(seq[n], WordClass.Determiner)) possessive ||= POSSESSIVE_DETERMINERS.has(this.tokens[seq[n++]].folded);
    const head = this.tokens[seq[n]];
    if (head && head.lowercase && this.mentionAt[seq[n]] < 0) {
      n++;
      // "a déclaré à la tribune Issouf Kaboré": a person right after a noun of where or how is
      // the subject; after a noun for a person or one's own ("au ministre X", "à l'agriculteur X",
      // "à son frère X"), the one spoken to.
      const m = n < seq.length ? this.mentionAt[seq[n]] : -1;
      if (m >= 0 && this.namesPerson[m] && !possessive && !this.isPersonNoun(seq[n - 1])) return n - 1;
    }
    // "a déclaré au Courrier le Pr X", "à l'AFP", "sur son compte Mastodon": the name in the
    // complement is to whom or where, never the subject; the subject may still follow it.
    return this.pastMention(seq, n) - 1;
  }

  /**
   * "le négociateur en chef brésilien, Paulo Mendes", "le ministère", "the company": a role, a
   * person in apposition, or an organisation of the article named by the same head noun.
   * Null when the noun phrase is nobody we know: it is still the subject.
   */
  private nounPhraseSubject(seq: number[], k: number): Subject {
    const body = this.organisationAfterDeterminers(seq, k) ?? this.documentOfBody(seq, k);
    if (body) return body;
    const role = this.roleAt(seq, k);
    if (role?.speaker) return role;
    const n = this.pastDeterminers(seq, k);
    const named = this.personNamedAfterRole(seq, n + 1);
    if (named) return named;
    const organisation = n < seq.length ? this.organisationOfNoun(seq[k], seq[n]) : null;
    // "raconte cette retraitée de 71 ans": a demonstrative points back, like a pronoun.
    const determiner = FRENCH_DETERMINERS.get(this.tokens[seq[k]].folded);
    let speaker = organisation ?? (determiner?.kind === 'demonstrative' ? this.recentPerson(determiner.gender, seq[k]) : null);
    if (!speaker && !organisation) speaker = this.agentNounReferent(seq, k);
    return { speaker, next: n + 1 };
  }

  /**
   * "a expliqué l'ancien coureur", "Le jeune homme a lancé : « … »": a definite agent noun with
   * nothing to anchor it points back to the person last named, as a pronoun does; null otherwise.
   */
  private agentNounReferent(seq: number[], k: number): Speaker | null {
    const determiner = FRENCH_DETERMINERS.get(this.tokens[seq[k]].folded);
    if (determiner?.kind !== 'definite' || !this.isBareAgentNoun(seq, k + 1)) return null;
    let n = this.pastDeterminers(seq, k);
    n = this.pastAgeAdjectives(seq, n);
    const noun = this.tokens[seq[n]]?.folded ?? '';
    if (PERSON_NOUNS_FR.has(noun)) return this.soleUntitledPersonNear(determiner.gender, seq[k], noun);
    const speaker = this.recentPerson(determiner.gender, seq[k]);
    // A calling ("le médecin", "le peintre") is not someone the article gave another title:
    // "Le ministre Luc Ferry … a confié le médecin" is a doctor never named.
    if (speaker && gazetteer.isCallingTitle(noun) && this.titledIds.has(speaker.id)) return null;
    return speaker;
  }

  /**
   * "le jeune homme", "la vieille dame", "le garçon": a noun of sex and age alone stands for the
   * one person of its gender named in its sentence or the two before, who holds no title ("Le
   * ministre Jean Castel a visité l'école. « … », a lancé le garçon" is a pupil never named);
   * null where two could be meant ("Paul Mercier et Julien Roy ont été entendus") or where the
   * article introduced someone unnamed by that noun ("Une vieille dame a pris la parole").
   */
  private soleUntitledPersonNear(wanted: 'f' | 'm' | undefined, at: number, noun: string): Speaker | null {
    let found: Speaker | null = null;
    for (let n = this.people.lastBefore(at); n >= 0; n--) {
      const ref = this.people.items[n];
      if (this.narrativeSentencesBetween(ref.last, at, 3) > 2) break;
      if (this.inQuote[ref.first]) continue;
      const gender = this.genders.get(ref.mention.id);
      if (wanted !== undefined && gender !== undefined && gender !== wanted) continue;
      if (found && found.id !== ref.mention.id) return null;
      found = { id: ref.mention.id, text: this.tokens[at].text };
    }
    if (!found || this.titledIds.has(found.id) || this.unnamedIntroducedAs(noun, wanted, at)) return null;
    return found;
  }

  /**
   * "Une vieille dame a pris la parole … dit la vieille dame", "un suspect … répond l'homme":
   * someone unnamed of the noun's gender, introduced in the sentence before or its own.
   */
  private unnamedIntroducedAs(noun: string, wanted: 'f' | 'm' | undefined, at: number): boolean {
    for (let k = at - 1; k >= 0 && this.narrativeSentencesBetween(k, at, 2) <= 1; k--) {
      const determiner = FRENCH_DETERMINERS.get(this.tokens[k].folded);
      if (determiner?.kind !== 'indefinite' || this.inQuote[k] || (wanted !== undefined && determiner.gender !== wanted)) continue;
      let n = k + 1;
      while (PRENOMINAL_ADJECTIVES.has(this.tokens[n]?.folded ?? '')) n++;
      const next = this.tokens[n];
      // The same noun, or any agent noun ("un suspect", "un remplaçant" before "l'homme").
      if (next?.lowercase && (next.folded === noun || AGENT_NOUN_ENDING.test(next.folded) || PERSON_NOUNS_FR.has(next.folded) || PERSON_NOUN_AFTER_INDEFINITE.has(next.folded))) return true;
    }
    return false;
  }

  /** Index in `seq` past the determiners from `from` ("the", "un", "cette"). */
  private pastDeterminers(seq: number[], from: number): number {
    let n = from;
    while (n < seq.length && this.is(seq[n], WordClass.Determiner)) n++;
    return n;
  }

  /** Index in `seq` past the French adjectives of age from `from` ("le jeune homme", "l'ancien coureur"). */
  private pastAgeAdjectives(seq: number[], from: number): number {
    let n = from;
    while (n < seq.length && PRENOMINAL_ADJECTIVES.has(this.tokens[seq[n]].folded)) n++;
    return n;
  }

  /**
   * From `from`: pre-nominal adjectives ("ancien", "jeune") then a French agent noun ("coureur",
   * "cuisinière", "garagiste", "sexagénaire") that is no office (an office is the role's, see
   * roleAt) or a calling ("comédien", "curé"), with no complement after it: "le gérant du bar"
   * introduces someone new.
   */
  private isBareAgentNoun(seq: number[], from: number): boolean {
    if (this.lang !== 'fr') return false;
    const n = this.pastAgeAdjectives(seq, from);
    const noun = this.tokens[seq[n]];
    if (!noun || !noun.lowercase) return false;
    // An office names whoever holds it, whom the article may never name ("a déclaré le
    // ministre"); a calling ("le comédien", "le curé") is someone's the article spoke of.
    const calling = gazetteer.isCallingTitle(noun.folded);
    if (!calling && !PERSON_NOUNS_FR.has(noun.folded) && (this.is(seq[n], WordClass.TitleWord) || !AGENT_NOUN_ENDING.test(noun.folded))) return false;
    const next = this.tokens[seq[n + 1]];
    return !next || !OF_PREPOSITIONS.has(next.folded);
  }

  /**
   * "le ministère", "the company": the organisation of the article that the noun at `nounAt`
   * (after its determiner at `determinerAt`) stands for, or null.
   */
  private organisationOfNoun(determinerAt: number, nounAt: number): Speaker | null {
    const noun = this.tokens[nounAt];
    return this.nounSpeaker(this.organisationNamedBy(noun.text, nounAt) ?? this.companyMeantBy(noun, nounAt), determinerAt, nounAt);
  }

  /** "le syndicat" for "le Syndicat des dockers", named before `nounAt`; null if none. */
  private organisationHeadedBy(determinerAt: number, nounAt: number): Speaker | null {
    return this.nounSpeaker(this.organisationNamedBy(this.tokens[nounAt].text, nounAt), determinerAt, nounAt);
  }

  /** The organisation as the speaker, in the words of the determiner and the noun that stand for it. */
  private nounSpeaker(org: EntityMention | undefined, determinerAt: number, nounAt: number): Speaker | null {
    return org ? { id: org.id, text: `${this.tokens[determinerAt].text} ${this.tokens[nounAt].text}` } : null;
  }

  /**
   * "the company said in a statement", "le groupe vise …": a business article's generic noun for
   * the company it is about, the organisation it has named most so far (the latest of equals).
   */
  private companyMeantBy(noun: Token, at: number): EntityMention | undefined {
    if (!COMPANY_NOUNS.has(noun.folded)) return undefined;
    const dominant = (this.dominantOrganisations ??= this.rankOrganisations());
    return dominant.items[dominant.lastBefore(at)];
  }

  /** At each organisation mention, the organisation named most up to there (twice at least). */
  private rankOrganisations(): ReadingOrder<EntityMention> {
    const ranked = new ReadingOrder<EntityMention>();
    const counts = new Map<string, number>();
    let best: EntityMention | undefined;
    let bestCount = 0;
    for (const ref of this.refs) {
      if (ref.mention.type !== 'ORG') continue;
      const count = (counts.get(ref.mention.id) ?? 0) + 1;
      counts.set(ref.mention.id, count);
      if (count >= bestCount) [best, bestCount] = [ref.mention, count];
      if (bestCount >= 2 && best) ranked.add(ref.first, best);
    }
    return ranked;
  }

  /** The latest organisation before `at` whose name starts with `noun` ("ministère de la Culture"). */
  private organisationNamedBy(noun: string, at: number): EntityMention | undefined {
    const organisations = this.organisationsByHead.get(fold(noun));
    return organisations?.items[organisations.lastBefore(at)];
  }

  /** « Mon père était mineur, raconte Paul Nadal, 52 ans. Moi… » */
  private fromInnerIncise(q: QuoteRef): Speaker | null {
    const end = q.last - 1;
    for (let k = q.first + 1; k < end; k++) {
      if (!this.isComma(k)) continue;
      // The incise's verb comes right after the comma, in the same sentence, perhaps after the
      // one it is said to ("« Rien, nous a confié le curé »", "m'a dit X") and its auxiliary
      // ("« La France, a déclaré M. Darrieux, ne … »"), inverted with the pronoun ("« Le peuple
      // a tranché, a-t-elle déclaré. Mais … »").
      const first = OBJECT_CLITICS.has(this.tokens[k + 1].folded) ? k + 2 : k + 1;
      const invertedAuxiliary = this.is(first, WordClass.Inverted) && !this.is(first, WordClass.InvertedSpeechVerb) && this.is(first + 1, WordClass.SpeechVerb);
      const auxiliary = invertedAuxiliary || (this.is(first, WordClass.VerbFiller) && !this.is(first, WordClass.Inverted) && this.is(first + 1, WordClass.SpeechVerb));
      const verbAt = auxiliary ? first + 1 : first;
      if (verbAt >= end || this.endsSentence(verbAt) || !(invertedAuxiliary || this.isInnerInciseVerb(verbAt))) continue;
      const run: number[] = [];
      for (let n = verbAt; n < end && run.length < 10 && !this.endsSentence(n); n++) run.push(n);
      const inverted = INVERTED_PRONOUN.exec(this.tokens[invertedAuxiliary ? first : verbAt].text);
      if (inverted) return this.resolvePronoun(inverted[2], verbAt);
      const subject = this.subjectAfterVerb(run, 1);
      if (subject?.speaker) return subject.speaker;
      // "« …, lâche une habitante. … »": someone unnamed, and no later rule may guess.
      if (subject && this.unnamedSubject(run, 1, subject.next) === ANONYMOUS) return ANONYMOUS;
    }
    return null;
  }

  /** "raconte", "dit-il": a speech verb, or the verb of an inverted form (only that part then). */
  private isInnerInciseVerb(k: number): boolean {
    return this.is(k, WordClass.Inverted) ? this.is(k, WordClass.InvertedSpeechVerb) : this.is(k, WordClass.SpeechVerb);
  }

  // --- 2. a named source ----------------------------------------------------------------

  private fromSource(q: QuoteRef): Speaker | null {
    const asPutIt = this.asNamePutIt(this.head(q));
    if (asPutIt) return asPutIt;
    const sentence = this.head(q).concat(this.tail(q));
    // "Au dire d'Anne Morel, « … »": a phrase that works like "selon" opens the sentence.
    const phrase = this.sourcePhraseLength(sentence);
    if (phrase > 0) return this.sourceIn(sentence, phrase);
    for (let k = 0; k < sentence.length; k++) {
      // Only a source introducer, or the sentence's first word ("Pour X"), may open a source.
      const word = this.tokens[sentence[k]].folded;
      // "Pour X, …" opening a sentence gives X's view, like "selon X".
      const opensSentence = k === 0 && (word === 'pour' || word === 'for');
      const from = opensSentence ? k + 1 : this.introducerEnd(sentence, k);
      if (from < 0) continue;
      // "par X" names the source only close before the quote: "qualifiée par Ankara de '…'".
      if (AGENT_PREPOSITIONS.has(word) && (sentence[k] > q.first || q.first - sentence[k] > 6)) continue;
      const source = this.sourceIn(sentence, from);
      if (source && (!opensSentence || this.isPerson(source.id))) return source;
    }
    return null;
  }

  /**
   * "as Rattray put it, '…'", "as she puts it, “…”": the words just before the quote name its
   * speaker, a name or a pronoun between "as" and "put(s) it".
   */
  private asNamePutIt(head: number[]): Speaker | null {
    let end = head.length;
    if (end > 0 && this.isComma(head[end - 1])) end--;
    if (end < 4 || this.tokens[head[end - 1]].folded !== 'it' || !PUT_IT.has(this.tokens[head[end - 2]].folded)) return null;
    let start = end - 3;
    const m = this.mentionAt[head[start]];
    if (m >= 0) while (start > 0 && this.mentionAt[head[start - 1]] === m) start--;
    if (start < 1 || this.tokens[head[start - 1]].folded !== 'as') return null;
    if (m >= 0) return { id: this.refs[m].mention.id, text: this.refs[m].mention.text };
    return this.is(head[start], WordClass.SingularPronoun) ? this.resolvePronoun(this.tokens[head[start]].text, head[start]) : null;
  }

  /**
   * The source named by the phrase after "selon"/"according to", up to its comma: a pronoun,
   * else its first person, else its first organisation or place ("selon la direction
   * de Renault", "selon un communiqué du ministère de la Santé").
   */
  private sourceIn(seq: number[], from: number): Speaker | null {
    let fallback: Speaker | null = null;
    // "selon le maire", "according to the coroner": a role the article gives to one person, who
    // comes before a body or a place named in the phrase ("le maire de Chamonix").
    const role = from < seq.length ? this.roleAt(seq, from)?.speaker ?? null : null;
    // "selon un vieil amateur de la Grand-Place": someone unnamed from a place; the place says nothing.
    const unnamedSource = from < seq.length && UNNAMED_PERSON_ARTICLES.has(this.tokens[seq[from]].folded);
    for (let k = from; k < Math.min(seq.length, from + 10); k++) {
      const tok = this.tokens[seq[k]];
      // "selon son avocat, Me X,", "according to her lawyer, Tom Reddin,": the role's name in apposition.
      if (this.isComma(seq[k]) && k > from && fallback === null && this.appositionAfter(seq, k - 1) > k - 1) {
        const { mention } = this.refs[this.mentionAt[seq[k + 1]]];
        return { id: mention.id, text: mention.text };
      }
      if (this.isComma(seq[k]) || this.endsSentence(seq[k])) break;
      // "a fait savoir par un communiqué qu'il « … »": a clause of its own begins, whose pronoun
      // is the sentence's subject, not the source phrase's.
      if (CLAUSE_CONJUNCTIONS.has(tok.folded)) break;
      // "selon lui", "selon elle", "according to her": the pronoun, read like an incise's (the
      // last speaker first: the source goes on from the quote before).
      const pronoun = STRESSED_PRONOUNS.get(tok.folded);
      // "according to her lawyer, X": before a word, "her" is a possessive.
      const possessive = tok.folded === 'her' && this.tokens[seq[k + 1]]?.kind === 'word';
      if (pronoun && !possessive) return this.resolveIncisePronoun(pronoun, seq[k]);
      if (this.is(seq[k], WordClass.SingularPronoun)) return this.resolvePronoun(tok.text, seq[k]);
      const m = this.mentionAt[seq[k]];
      // "selon le syndicat", "according to the union": the body named before whose name opens on
      // the noun ("la société" is as often another firm than the one the article names most),
      // when the noun stands alone ("selon le conseil d'administration de Nestlé", "selon le
      // parti présidentiel" name another body than the one the article named first).
      const nounAlone = k + 2 < seq.length && (this.isComma(seq[k + 2]) || this.endsSentence(seq[k + 2]));
      if (m < 0 && k === from && nounAlone && this.is(seq[k], WordClass.Determiner) && this.tokens[seq[k + 1]].lowercase) fallback ??= this.organisationHeadedBy(seq[k], seq[k + 1]);
      if (m < 0 || this.refs[m].mention.type === 'DATE') continue;
      const mention = this.refs[m].mention;
      if (mention.type === 'PER') return { id: mention.id, text: mention.text };
      if (mention.type === 'LOC' && unnamedSource) continue;
      fallback ??= { id: mention.id, text: mention.text };
    }
    return role ?? fallback;
  }

  // --- 3. the subject of the sentence ---------------------------------------------------

  private fromHead(q: QuoteRef): Speaker | null {
    const head = this.head(q);
    return this.speakerBeforeColon(head) ?? this.speakerOfRelative(head) ?? this.contrastClauseSpeaker(head) ?? this.findSubject(head)?.speaker ?? null;
  }

  /**
   * "La C.G.T. accuse le gouvernement de …, tandis qu'à Paris le ministère de l'Intérieur dénonce
   * une grève « politique »": a clause of contrast ("tandis que", "alors que", "whereas") has a
   * subject of its own; when that subject speaks, the quote the clause leads into is its.
   */
  private contrastClauseSpeaker(head: number[]): Speaker | null {
    for (let r = head.length - 2; r >= 1; r--) {
      if (!this.opensContrastClause(head, r)) continue;
      const clause = head.slice(r + 1);
      const subject = this.findSubject(clause);
      return subject?.speaker && this.speaksAfter(clause, subject.next) ? subject.speaker : null;
    }
    return null;
  }

  /** Does head[r] end "tandis que", "alors que" (French) or stand for "whereas" (English)? */
  private opensContrastClause(head: number[], r: number): boolean {
    const word = this.tokens[head[r]].folded;
    if (this.lang === 'en') return word === 'whereas';
    const before = this.tokens[head[r - 1]].folded;
    return (word === 'que' || word === "qu'") && (before === 'tandis' || before === 'alors');
  }

  /**
   * "Asked by Mr. X, for the union, whether …, Mr. Pybus replied: “…”": a person named right
   * before the speech verb that leads into the quote with a colon speaks, however long the
   * clause before him.
   */
  private speakerBeforeColon(head: number[]): Speaker | null {
    const n = head.length;
    if (n < 3 || this.tokens[head[n - 1]].text !== ':' || !this.is(head[n - 2], WordClass.SpeechVerb)) return null;
    const m = this.mentionAt[head[n - 3]];
    if (m < 0 || !this.isPerson(this.refs[m].mention.id)) return null;
    return { id: this.refs[m].mention.id, text: this.refs[m].mention.text };
  }

  /**
   * "Voting against were A, B and Council President C, who called the plan « … »": a relative
   * clause whose verb speaks gives the words to the person it hangs on, whoever the sentence's
   * subject is, when the quote is that verb's own complement (the clause leads into it).
   */
  private speakerOfRelative(seq: number[]): Speaker | null {
    for (let r = seq.length - 1; r >= 2; r--) {
      // Past a comma or "and" the quote belongs to another clause: "X criticised Y, who said
      // nothing, and called it « … »" is X's.
      if (this.isComma(seq[r]) || isCoordinator(this.tokens[seq[r]])) return null;
      if (!RELATIVE_PRONOUNS.has(this.tokens[seq[r]].folded) || !this.isComma(seq[r - 1])) continue;
      const m = this.mentionAt[seq[r - 2]];
      if (m < 0 || !this.isPerson(this.refs[m].mention.id) || this.speechVerbAt(seq, r + 1) < 0) return null;
      return { id: this.refs[m].mention.id, text: this.refs[m].mention.text };
    }
    return null;
  }

  /**
   * The subject of a run of tokens: its first entity, pronoun or role that is not inside a
   * prepositional complement ("devant le Sénat", "sur Facebook", "de la Turquie").
   */
  private findSubject(seq: number[]): Subject | undefined {
    let inComplement = false;
    let namelessSubject: Subject | undefined;
    let placeOpening: Subject | undefined;
    for (let k = this.datelineLength(seq); k < seq.length; k++) {
      // French "on" (also the English preposition): "on soulignait au département d'Etat que".
      // Without such a body, "On dit que le ministre a parlé d'un « … »": the search goes on.
      const onSpeaks = this.lang === 'fr' && this.is(seq[k], WordClass.OtherPronoun) && this.tokens[seq[k]].folded === 'on' ? this.speechVerbAfterOn(seq, k) : -1;
      const body = onSpeaks >= 0 ? this.bodyForOn(seq, k, onSpeaks) : this.bodyOpeningBeforeOn(seq, k);
      if (body) return { speaker: body, next: k + 1 };
      // "At the Treasury it was stated that ‘…’": English says "on" with "it" and a passive.
      const itSpeaks = this.lang === 'en' && this.tokens[seq[k]].folded === 'it' && this.speechVerbAfterOn(seq, k) >= 0 ? this.bodyOpeningBefore(seq, k) : null;
      if (itSpeaks) return { speaker: itSpeaks, next: k + 1 };
      // "Interrogé par la présidente, …": the agent of a participle is not the subject either.
      if (this.isPreposition(seq[k]) || (this.is(seq[k], WordClass.SourceIntroducer) && AGENT_PREPOSITIONS.has(this.tokens[seq[k]].folded))) {
        inComplement = true;
        continue;
      }
      if (inComplement) {
        if (this.is(seq[k], WordClass.Determiner)) continue;
        // The complement's head: step over the whole mention, then the complement is over.
        if (this.mentionAt[seq[k]] >= 0) k = this.pastMention(seq, k) - 1;
        // "du quartier Saint-Barnabé", "in the village Tarbet": a place naming the noun is the complement's.
        else if (this.tokens[seq[k]].lowercase) k = this.placeNamingNoun(seq, k);
        // "Interrogé par la présidente, Marie Roux, il a …": the name in apposition is the complement's.
        k = this.appositionAfter(seq, k);
        k = this.placeInAppositionAfter(seq, k);
        // "avec Rome et Vienne, le Quai d'Orsay": a coordinated head is the complement's too, and
        // so is the complement of its noun ("Devant les portes d'Angers-Nord, une pancarte").
        const after = k + 1 < seq.length ? this.tokens[seq[k + 1]] : undefined;
        inComplement = !!after && (isCoordinator(after) || (OF_PREPOSITIONS.has(after.folded) && this.tokens[seq[k]].lowercase));
        if (inComplement) k++;
        continue;
      }
      // "À Tuchan, où le Verdouble a emporté le pont, le maire, X, a passé la nuit": a clause of
      // "où" or "where" set off by commas has its own subject; the sentence's comes after it.
      if (this.setOffWhereClause(seq, k)) {
        let close = k + 1;
        while (close < seq.length && !this.isComma(seq[close])) close++;
        k = close;
        continue;
      }
      // "Il fait encore nuit, quand Maëlle …": an impersonal "il" stands for nobody.
      if (this.lang === 'fr' && this.is(seq[k], WordClass.SingularPronoun) && this.tokens[seq[k]].folded === 'il' && this.isImpersonalAfter(seq, k + 1)) {
        k++;
        continue;
      }
      // "Tom's mother, Ruth Varley, told …", "The Oyo State Commissioner, X, said": a possessor, or
      // the remit of a title, is not the subject.
      const possessed = this.possessiveAfterMention(seq, k);
      if (possessed >= k) {
        k = possessed;
        continue;
      }
      const subject = this.subjectAt(seq, k);
      // "Rue des Lilas, dans le centre, la pharmacienne X a affiché : « … »": a place set off at
      // the start says where; the subject comes after it (or, failing one, it is the place).
      if (subject && k === 0 && this.placeSetOffAtStart(seq, subject)) {
        placeOpening = subject;
        k = subject.next;
        continue;
      }
      // After a subject that names nobody, only a clause's own speaker counts: "La conversation
      // …, que Dumas a qualifiés de « … »", not the object of "sa voiture avait fauché X".
      if (subject && (!namelessSubject || this.speaksAfter(seq, subject.next))) return subject;
      if (!subject && !namelessSubject) {
        namelessSubject = this.commonNounSubject(seq, k);
        if (namelessSubject?.speaker) return namelessSubject;
      }
    }
    return namelessSubject ?? placeOpening;
  }

  /**
   * "où" or "where" right after a comma, opening a clause set off inside the sentence whose
   * subject names no person ("où le Verdouble a emporté le pont"). (A person there may be the
   * only one the sentence names: "Marée basse est né à Zeebruges, où X a interrogé des pêcheurs".)
   */
  private setOffWhereClause(seq: number[], k: number): boolean {
    const word = this.tokens[seq[k]].folded;
    // ("ou", "or", folds like "où".)
    if (k === 0 || (word !== 'ou' && word !== 'where') || this.tokens[seq[k]].text === 'ou' || !this.isComma(seq[k - 1])) return false;
    const at = this.pastDeterminers(seq, k + 1);
    const m = at < seq.length ? this.mentionAt[seq[at]] : -1;
    return m >= 0 && !this.namesPerson[m];
  }

  /**
   * "A Paris, rue de Varenne, le ministère …": a place set off by commas after a place of the
   * complement says where in it; it is the complement's too. The index of its last token, else k.
   */
  private placeInAppositionAfter(seq: number[], k: number): number {
    if (!this.isLocationAt(seq[k]) || k + 2 >= seq.length || !this.isComma(seq[k + 1]) || !this.isLocationAt(seq[k + 2])) return k;
    const past = this.pastMention(seq, k + 2);
    return past < seq.length && this.isComma(seq[past]) ? past - 1 : k;
  }

  private isLocationAt(at: number): boolean {
    const m = this.mentionAt[at];
    return m >= 0 && this.refs[m].mention.type === 'LOC';
  }

  /** Index in `seq` of the last token of a place named right after the noun at seq[k], else k. */
  private placeNamingNoun(seq: number[], k: number): number {
    const m = k + 1 < seq.length ? this.mentionAt[seq[k + 1]] : -1;
    if (m < 0 || this.refs[m].mention.type !== 'LOC' || !onlySpacesBetween(this.text, this.tokens[seq[k]], this.tokens[seq[k + 1]])) return k;
    return this.pastMention(seq, k + 1) - 1;
  }

  /**
   * The run opens on a place, then an aside between commas, then a new noun phrase: "Rue des
   * Lilas, dans le centre, la pharmacienne …". Not "Rome, en revanche, a haussé le ton" nor
   * "London, in a note handed over on Wednesday, called …": there the verb follows the aside.
   */
  private placeSetOffAtStart(seq: number[], subject: Subject): boolean {
    const m = this.mentionAt[seq[0]];
    if (m < 0 || this.refs[m].mention.type !== 'LOC' || subject.speaker?.id !== this.refs[m].mention.id) return false;
    if (seq[subject.next] === undefined || !this.isComma(seq[subject.next])) return false;
    // "Rue de Chartres, M. Jules Lacoste, marchand de masques, …": a person named right after the
    // place's comma, perhaps after an honorific, is the sentence's subject.
    if (this.personOpensAfter(seq, subject.next + 1)) return true;
    // A short aside in the same sentence ("PORT-AU-PRINCE, de notre envoyée spéciale X" is a dateline).
    const limit = Math.min(seq.length, subject.next + 1 + MAX_ASIDE_TOKENS);
    let close = subject.next + 1;
    while (close < limit && !this.isComma(seq[close])) close++;
    const after = close + 1 < limit ? seq[close + 1] : undefined;
    if (after === undefined || this.tokens[after].sentence !== this.tokens[seq[0]].sentence) return false;
    // "Paris, Berlin, Rome et Madrid ont jugé": a list of places, no aside.
    let asideHasWord = false;
    for (let k = subject.next + 1; k < close; k++) asideHasWord ||= this.tokens[seq[k]].lowercase && this.mentionAt[seq[k]] < 0;
    if (!asideHasWord) return false;
    const named = this.mentionAt[after];
    // French "a" is the verb ("Rome, en revanche, a haussé le ton"), not the English article.
    const determiner = this.is(after, WordClass.Determiner) && !(this.lang === 'fr' && this.tokens[after].folded === 'a');
    return determiner || (named >= 0 && this.refs[named].mention.type !== 'DATE' && this.refs[named].mention.type !== 'LOC');
  }

  /** A person's mention at seq[k], or after an honorific's capitalised word and its period ("M. Jules Lacoste"). */
  private personOpensAfter(seq: number[], k: number): boolean {
    for (let n = k; n < Math.min(seq.length, k + 3); n++) {
      const m = this.mentionAt[seq[n]];
      if (m >= 0) return this.namesPerson[m] !== 0;
      const tok = this.tokens[seq[n]];
      if (!(tok.capitalised || tok.text === '.')) return false;
    }
    return false;
  }

  /** "à", "by", "of"…; English "a" is the article that folds like "à" ("A resident, Ann Tilley, said"). */
  private isPreposition(k: number): boolean {
    // "a" folds like "à": in English it is the article, in French the auxiliary ("la voisine a
    // vu"); only "à", and "A" opening a French sentence (capitals drop their accent), is "à".
    const tok = this.tokens[k];
    if (tok.folded === 'a') return this.lang === 'fr' && tok.text !== 'a';
    return this.is(k, WordClass.Preposition);
  }

  /**
   * "sa voiture avait fauché le cyclomotoriste X", "La famille de la victime attendait": a
   * noun phrase right before its verb is the subject, even when it names nobody; the names
   * after the verb are its objects.
   */
  private commonNounSubject(seq: number[], k: number): Subject | undefined {
    // (French demonstratives are no determiners of the word lists: "Cette institutrice a dit".)
    if (!this.is(seq[k], WordClass.Determiner) && !(this.lang === 'fr' && FRENCH_DEMONSTRATIVES.has(this.tokens[seq[k]].folded))) return undefined;
    let n = k + 1;
    if (n >= seq.length || !this.tokens[seq[n]].lowercase || this.mentionAt[seq[n]] >= 0) return undefined;
    const named = this.personInApposition(seq, n + 1);
    if (named) return named;
    n++;
    if (n < seq.length && this.is(seq[n], WordClass.Adjective)) n++;
    const complementAt = n;
    n = this.skipNounComplement(seq, n);
    // "la chorégraphe de Tiare Ura, Marguerite Lenoir, pleurait": the person in apposition after the noun's complement.
    if (n > complementAt && n < seq.length && this.isComma(seq[n])) {
      const holder = this.personInApposition(seq, n);
      if (holder) return holder;
    }
    const verb = n < seq.length ? seq[n] : -1;
    if (verb < 0 || this.isPreposition(verb)) return undefined;
    if (!(this.is(verb, WordClass.VerbFiller) || this.is(verb, WordClass.SpeechVerb) || this.looksLikeFiniteVerb(verb))) return undefined;
    // "le ministère a indiqué": an organisation of the article named by the same head noun.
    const speaker = this.organisationOfNoun(seq[k], seq[k + 1]) ?? (this.speaksAfter(seq, n) ? this.demonstrativeReferent(seq[k], seq[k + 1]) : null);
    return { speaker, next: n };
  }

  /**
   * "Cette institutrice a raconté : « … »", "Ce retraité de 72 ans raconte": a French
   * demonstrative before a noun for a person points back to the person last spoken of, as
   * "elle" or "il" would (by the demonstrative's gender).
   */
  private demonstrativeReferent(determinerAt: number, nounAt: number): Speaker | null {
    const determiner = this.tokens[determinerAt].folded;
    if (this.lang !== 'fr' || !FRENCH_DEMONSTRATIVES.has(determiner) || !this.isPersonNoun(nounAt)) return null;
    const referent = this.resolvePronoun(determiner === 'cette' ? 'elle' : 'il', determinerAt);
    return referent && { id: referent.id, text: `${this.tokens[determinerAt].text} ${this.tokens[nounAt].text}` };
  }

  /** "institutrice", "retraité", "habitante", "père", "maire", "auctioneer": a noun for a person, by its ending or its class. */
  private isPersonNoun(k: number): boolean {
    const noun = this.tokens[k];
    if (!noun.lowercase) return false;
    if (this.is(k, WordClass.TitleWord) || PERSON_NOUNS.has(noun.folded)) return true;
    return (this.lang === 'fr' ? FRENCH_PERSON_NOUN_ENDING : ENGLISH_PERSON_NOUN_ENDING).test(noun.folded);
  }

  /**
   * "A spokesman for Acme said", "un porte-parole du ministère a indiqué": a spokesperson speaks
   * for the body named after "for", "of", "de", before the verb (see roleAt).
   */
  private bodyOfSpokesperson(seq: number[], n: number): Subject | undefined {
    if (!SPOKESPERSON_WORDS.has(this.tokens[seq[n]].folded)) return undefined;
    let k = n + 1;
    if (k >= seq.length || !SPOKESPERSON_LINKS.has(this.tokens[seq[k]].folded)) return undefined;
    k++;
    k = this.pastDeterminers(seq, k);
    const m = k < seq.length ? this.mentionAt[seq[k]] : -1;
    if (m < 0 || (this.refs[m].mention.type !== 'ORG' && this.refs[m].mention.type !== 'LOC')) return undefined;
    const next = this.pastMention(seq, k);
    if (!this.speaksAfter(seq, next)) return undefined;
    return { speaker: { id: this.refs[m].mention.id, text: this.refs[m].mention.text }, next };
  }

  /** Index in `seq` of the comma closing ", Name," right after seq[k]; k when there is none. */
  private appositionAfter(seq: number[], k: number): number {
    // Only a role names a person in apposition: "On the pavement, Fabian Dell, a driver, rolls …"
    // opens on its subject.
    if (!this.is(seq[k], WordClass.TitleWord)) return k;
    const after = this.pastNameAfterComma(seq, k + 1);
    return after >= 0 && after < seq.length && this.isComma(seq[after]) ? after : k;
  }

  /**
   * ", Name" at seq[comma], a person in apposition: the index in `seq` just past the name, or -1.
   * What may follow the name (a closing comma, the run's end) is the caller's to check.
   */
  private pastNameAfterComma(seq: number[], comma: number): number {
    if (comma + 1 >= seq.length || !this.isComma(seq[comma])) return -1;
    const m = this.mentionAt[seq[comma + 1]];
    return m >= 0 && this.refs[m].mention.type === 'PER' ? this.pastMention(seq, comma + 1) : -1;
  }

  /**
   * Who French "on" stands for before a speech verb: the body the sentence places it in, "Au
   * département d'Etat, on soulignait", "on indiquait hier soir à l'Elysée", "chez Renault, on
   * précise". Null otherwise ("on" is anybody).
   */
  private bodyForOn(seq: number[], k: number, verbAt: number): Speaker | null {
    // After the verb, past a date ("hier soir").
    let after = verbAt + 1;
    while (after < seq.length && (this.isDateAt(seq[after]) || DAY_PARTS.has(this.tokens[seq[after]].folded) || this.is(seq[after], WordClass.Adverb))) after++;
    const body = this.bodyAfter(seq, after);
    if (body) return body;
    return this.bodyOpeningBefore(seq, k);
  }

  /**
   * The body the run opens on, right before seq[k]: "Au département d'Etat, on soulignait", "Au
   * siège de la FRMF, à Rabat, on …" (where the body sits, set off by commas), "At the Treasury
   * it was stated" (English may leave the comma out).
   */
  private bodyOpeningBefore(seq: number[], k: number, placesSpeak = this.lang === 'fr'): Speaker | null {
    const comma = k >= 2 && this.isComma(seq[k - 1]);
    if (k < 2 || (!comma && this.lang === 'fr')) return null;
    const opener = this.bodyAfter(seq, 0);
    const m = opener ? this.mentionAt[seq[comma ? this.beforeWhereClause(seq, this.beforePlaceAside(seq, k - 2)) : k - 1]] : -1;
    // (An English place there says where, not who: "In Kent it was reported that …"; so does a
    // French one before a verb that is not of saying, see bodyOpeningBeforeOn.)
    const who = m >= 0 && (placesSpeak || this.refs[m].mention.type === 'ORG');
    return opener && who && this.refs[m].mention.id === opener.id ? opener : null;
  }

  /**
   * "Au ministère des Colonies, on se borne à « étudier … »", "À la mairie de La Ciotat, on
   * redoute « une ville morte »": after a body set off at the sentence's start, what "on" does
   * there, whatever the verb, the body does (with no body before it, "on" is anyone). A place
   * there needs a speech verb: "Aux Haudères, on parle de ce que les vieux appellent « … »" says
   * where people talk, not who.
   */
  private bodyOpeningBeforeOn(seq: number[], k: number): Speaker | null {
    if (this.lang !== 'fr' || this.tokens[seq[k]].folded !== 'on' || !this.is(seq[k], WordClass.OtherPronoun)) return null;
    const next = this.tokens[seq[k + 1]];
    return next?.kind === 'word' && next.lowercase ? this.bodyOpeningBefore(seq, k, false) : null;
  }

  /**
   * From seq[end], the last token of a clause of "où" set off by commas ("Au ministère des
   * Finances, où l'on cherche avant tout à freiner la hausse des prix, on juge"): the index
   * before that clause's comma, else `end`.
   */
  private beforeWhereClause(seq: number[], end: number): number {
    if (this.lang !== 'fr') return end;
    for (let c = 1; c < end; c++) {
      if (this.isComma(seq[c]) && this.tokens[seq[c + 1]].text === 'où') return c - 1;
    }
    return end;
  }

  /** From seq[end], the last token of ", à Québec": the index before that aside's comma, else `end`. */
  private beforePlaceAside(seq: number[], end: number): number {
    const m = this.mentionAt[seq[end]];
    if (m < 0 || this.refs[m].mention.type !== 'LOC') return end;
    let k = end;
    while (k > 0 && this.mentionAt[seq[k - 1]] === m) k--;
    const preposition = this.tokens[seq[k - 1]];
    const comma = seq[k - 2];
    return k >= 3 && (preposition?.folded === 'a' || preposition?.folded === 'en') && this.isComma(comma) ? k - 3 : end;
  }

  /** Index in `seq` of the speech verb of "on" at seq[k] ("on soulignait", "on a indiqué"), or -1. */
  private speechVerbAfterOn(seq: number[], k: number): number {
    let verbAt = k + 1;
    while (verbAt < seq.length && this.is(seq[verbAt], WordClass.VerbFiller)) verbAt++;
    return verbAt < seq.length && this.is(seq[verbAt], WordClass.SpeechVerb) ? verbAt : -1;
  }

  private isDateAt(at: number): boolean {
    const m = this.mentionAt[at];
    return m >= 0 && this.refs[m].mention.type === 'DATE';
  }

  /** Does an impersonal verb start at seq[k] ("fait nuit", "faut", "y a", "s'agit")? */
  private isImpersonalAfter(seq: number[], k: number): boolean {
    const word = this.tokens[seq[k]]?.folded ?? '';
    if (word === "s'") return (this.tokens[seq[k + 1]]?.folded ?? '').startsWith('agi');
    return IMPERSONAL_VERBS.has(word);
  }

  /**
   * Index in `seq` of the last token to step over when the mention starting at seq[k] only
   * qualifies what follows: the "'s" after it, or its own last token before a title; -1 otherwise.
   */
  private possessiveAfterMention(seq: number[], k: number): number {
    const m = this.mentionAt[seq[k]];
    if (m < 0) return -1;
    const after = this.pastMention(seq, k);
    if (isPossessiveMark(this.tokens[seq[after]])) return after;
    // "The Oyo State Commissioner for Information, Hon. X, said": a place or a body before a
    // capitalised title is the title's remit, as a possessor would be (the last word of the mention).
    const type = this.refs[m].mention.type;
    const title = this.tokens[seq[after]];
    return (type === 'LOC' || type === 'ORG') && title?.capitalised && this.is(seq[after], WordClass.TitleWord) ? after - 1 : -1;
  }

  /**
   * The subject starting at seq[k]: a named entity (not a date), a singular pronoun (resolved),
   * a plural pronoun (nobody), or a role phrase.
   */
  private subjectAt(seq: number[], k: number): Subject | undefined {
    const first = this.tokens[seq[k]];
    if (!first) return undefined;
    const mentionIndex = this.mentionAt[seq[k]];
    if (mentionIndex >= 0) {
      const ref = this.refs[mentionIndex];
      if (ref.mention.type === 'DATE') return undefined;
      const next = this.pastMention(seq, k);
      // "Acme's general counsel, Jane Roe", "Acme chief executive John Doe": the person speaks.
      // (A capitalised title of several words after a "person" too: "Cal Fire Battalion Chief X".)
      if ((ref.mention.type !== 'PER' || (next < seq.length && this.titleLengthAt(seq, next) > 1)) && this.roleFollows(seq, next)) {
        const named = this.personNamedAfterRole(seq, next);
        if (named) return named;
      }
      const resident = this.personAfterPlaceNoun(seq, next);
      if (resident && (ref.mention.type === 'LOC' || ref.mention.type === 'ORG')) return resident;
      return { speaker: { id: ref.mention.id, text: ref.mention.text }, next };
    }
    const at = seq[k];
    if (this.titleBeforeGivenName(at) && seq[k + 1] === at + 1) return this.subjectAt(seq, k + 1);
    if (this.is(at, WordClass.SingularPronoun)) {
      // "He added that …", "She said …": a pronoun that speaks goes on with the last speaker, as
      // an incise's does.
      const speaks = this.speechVerbAt(seq, k + 1) >= 0;
      return { speaker: speaks ? this.resolveIncisePronoun(first.text, at) : this.resolvePronoun(first.folded, at), next: k + 1 };
    }
    // "…, Paul Roux. Celui-ci …": "the latter" is the person named last, subject or not.
    const latter = LATTER_PRONOUNS.get(first.folded);
    if (latter) return { speaker: this.personEndingSentenceBefore(latter, at), next: k + 1 };
    if (this.isOtherPronoun(at)) return { speaker: null, next: k + 1 };
    if (this.is(at, WordClass.Determiner)) return this.organisationAfterDeterminers(seq, k) ?? this.roleAt(seq, k) ?? this.anaphoricAgentNoun(seq, k) ?? this.documentOfBody(seq, k);
    if (this.is(at, WordClass.TitleWord) || this.is(at, WordClass.TitleStart)) return this.roleAt(seq, k);
    return undefined;
  }

  /**
   * "A message from the Associated Press of India states that …", "indique un communiqué du
   * ministère": a document of a body the article names speaks for that body (or that place:
   * "a telegram from Batavia says").
   */
  private documentOfBody(seq: number[], k: number): Subject | undefined {
    let n = this.pastDeterminers(seq, k);
    if (n === k || n >= seq.length || !DOCUMENT_NOUNS.has(this.tokens[seq[n]].folded)) return undefined;
    n++;
    // "a statement issued by", "un communiqué publié par": the participle of its issuing.
    if (n + 1 < seq.length && ISSUING_PARTICIPLES.has(this.tokens[seq[n]].folded) && AGENT_PREPOSITIONS.has(this.tokens[seq[n + 1]].folded)) n += 2;
    else if (n < seq.length && (OF_PREPOSITIONS.has(this.tokens[seq[n]].folded) || this.tokens[seq[n]].folded === 'from')) n++;
    else return undefined;
    n = this.pastDeterminers(seq, n);
    const m = n < seq.length ? this.mentionAt[seq[n]] : -1;
    if (m < 0 || (this.refs[m].mention.type !== 'ORG' && this.refs[m].mention.type !== 'LOC')) return undefined;
    return { speaker: { id: this.refs[m].mention.id, text: this.refs[m].mention.text }, next: this.pastMention(seq, n) };
  }

  /**
   * "Le jeune homme, qui …, a lancé : « … »", "Le vieux coureur a souri": a sentence opening on a
   * noun for a person by sex and age, or on an agent noun after an adjective of age, is about the
   * person last named. (Not an agent noun alone, whose ending many things share: "Le papier,
   * trop blanc, « sonnait faux »", "Le quotidien X réclamait".)
   */
  private anaphoricAgentNoun(seq: number[], k: number): Subject | undefined {
    const n = this.pastAgeAdjectives(seq, k + 1);
    const noun = this.tokens[seq[n]];
    if (!noun || (n === k + 1 && !PERSON_NOUNS_FR.has(noun.folded))) return undefined;
    // "L'inspecteur principal Marcel Dubreuil": a name after the noun is who it is.
    for (let after = n + 1; after < Math.min(seq.length, n + 3); after++) if (this.mentionAt[seq[after]] >= 0) return undefined;
    const speaker = this.agentNounReferent(seq, k);
    return speaker ? { speaker, next: n + 1 } : undefined;
  }

  /**
   * "a indiqué le Kremlin", "“…,” the Fed said", "said the Bank of England": an organisation
   * the article names, right after its article, is the subject (or the person its role names
   * after it: "the Acme chief executive, Jane Roe").
   */
  private organisationAfterDeterminers(seq: number[], k: number): Subject | undefined {
    // A definite article only: "an IMF economist said" is someone of the body, unnamed.
    if (!DEFINITE_ARTICLES.has(this.tokens[seq[k]]?.folded ?? '')) return undefined;
    const n = this.pastDeterminers(seq, k);
    const m = n > k && n < seq.length ? this.mentionAt[seq[n]] : -1;
    if (m < 0 || this.refs[m].mention.type !== 'ORG') return undefined;
    const next = this.pastMention(seq, n);
    // "said the BBC correspondent John Simpson", "a rapporté l'AFP, citant le procureur X": the
    // person after the body, or the one it quotes, is who spoke.
    for (let after = next; after < Math.min(seq.length, next + 6); after++) {
      const other = this.mentionAt[seq[after]];
      if ((other >= 0 && this.namesPerson[other]) || RELAYING_WORDS.has(this.tokens[seq[after]].folded)) return undefined;
    }
    return this.subjectAt(seq, n);
  }

  /**
   * "le président brésilien", "La porte-parole du ministère, Anne Lefort,", "le secrétaire
   * américain au Commerce Paul Ordway", "the senator": the person named with the role, or the
   * person the article gave that role to; null when the role is nobody known.
   */
  private roleAt(seq: number[], k: number): Subject | undefined {
    const n = this.pastDeterminers(seq, k);
    // "the Acme general manager, Mr Ian Roe,": the role of a body, named before its title.
    if (n > k && n < seq.length && this.bodyBeforeRole(seq, n)) return this.holderOfRole(seq, this.pastMention(seq, n));
    if (n >= seq.length) return undefined;
    // "Battalion Chief Ray Okafor said", "le secrétaire d'État X": a title of several words.
    if (!this.is(seq[n], WordClass.TitleWord)) {
      const length = this.titleLengthAt(seq, n);
      return length > 1 ? this.personNamedAfterRole(seq, n + length) : undefined;
    }
    const title = this.tokens[seq[n]];
    const named = this.personNamedAfterRole(seq, n + 1);
    if (named) return named;
    const hasAdjective = n + 1 < seq.length && this.is(seq[n + 1], WordClass.Adjective);
    const key = roleKey(title.text, hasAdjective ? this.tokens[seq[n + 1]].text : undefined);
    const id = this.lookupRole(key, seq[n]) ?? (hasAdjective ? undefined : this.lookupRole(title.folded, seq[n]));
    const next = n + (hasAdjective ? 2 : 1);
    // A spokesperson the article never named speaks for the body after it.
    if (!id) return this.bodyOfSpokesperson(seq, n) ?? { speaker: null, next };
    const text = this.tokens.slice(seq[k], seq[next - 1] + 1).map((t) => t.text).join(' ');
    return { speaker: { id, text }, next };
  }

  /** "Chief Joseph Mensah", "Sister Mary Bernard": a title that entities.ts leaves out of the name after it (TITLES_BEFORE_GIVEN_NAMES). */
  private titleBeforeGivenName(at: number): boolean {
    if (this.lang !== 'en' || !this.tokens[at].capitalised || !TITLES_BEFORE_GIVEN_NAMES.has(this.tokens[at].folded)) return false;
    return this.personStartsAt(at + 1);
  }

  /** A person's mention starts at token k. */
  private personStartsAt(k: number): boolean {
    const m = this.mentionAt[k] ?? -1;
    return m >= 0 && this.refs[m].first === k && this.refs[m].mention.type === 'PER';
  }

  /**
   * "a déclaré Si Hassouna Bahri": the Maghreb's "Si" (for "Sidi") before a person's name. Only
   * capitalised mid-sentence, where the conjunction "si" never is, and before a person the
   * article names; not a title of the lists, which are matched whatever the case.
   */
  private maghrebHonorific(at: number): boolean {
    const tok = this.tokens[at];
    if (this.lang !== 'fr' || tok.sentenceStart || (tok.text !== 'Si' && tok.text !== 'Sidi')) return false;
    return this.personStartsAt(at + 1);
  }

  /** Tokens of the title of several words that starts at seq[n], all in a row in `seq`; 0 when none does. */
  private titleLengthAt(seq: number[], n: number): number {
    if (!this.is(seq[n], WordClass.TitleStart)) return 0;
    const length = gazetteer.titleAt(this.columns.texts, seq[n], this.columns.nameKeys);
    return length > 0 && n + length <= seq.length && seq[n + length - 1] === seq[n] + length - 1 ? length : 0;
  }

  /**
   * The person named after the role from seq[from]; a name set off by commas ("…, Mr Ian Roe,")
   * ends past its closing comma, where the verb stands.
   */
  private holderOfRole(seq: number[], from: number): Subject | undefined {
    const named = this.personNamedAfterRole(seq, from);
    if (!named || named.next >= seq.length || !this.isComma(seq[named.next])) return named;
    let start = named.next - 1;
    while (start > from && this.mentionAt[seq[start - 1]] === this.mentionAt[seq[start]]) start--;
    return this.setOffByComma(seq, start) ? { speaker: named.speaker, next: named.next + 1 } : named;
  }

  /** A comma before seq[k], perhaps with an honorific between: ", Jane Roe", ", Mr Ian Roe", ", Dr. Ann Lee". */
  private setOffByComma(seq: number[], k: number): boolean {
    return this.isComma(this.honorificBefore(seq[k]) - 1);
  }

  /** An organisation or place named at seq[n] with a role word after it ("Acme's", "Acme general manager"). */
  private bodyBeforeRole(seq: number[], n: number): boolean {
    const m = this.mentionAt[seq[n]];
    return m >= 0 && (this.refs[m].mention.type === 'ORG' || this.refs[m].mention.type === 'LOC') && this.roleFollows(seq, this.pastMention(seq, n));
  }

  /** A possessive or a role word right after an organisation's name. */
  private roleFollows(seq: number[], k: number): boolean {
    let n = k;
    if (n < seq.length && this.titleLengthAt(seq, n) > 1) return true;
    if (isPossessiveMark(this.tokens[seq[n]])) n++;
    while (n < seq.length && n < k + 3 && this.tokens[seq[n]].lowercase) {
      if (gazetteer.titleAt(this.columns.texts, seq[n], this.columns.nameKeys) > 0) return true;
      n++;
    }
    return false;
  }

  /** "attendait", "pleuvaient", "entrèrent", "viendra": French endings only a conjugated verb has. */
  private looksLikeFiniteVerb(k: number): boolean {
    const tok = this.tokens[k];
    return this.lang === 'fr' && tok.lowercase && tok.kind === 'word' && FINITE_VERB_ENDING.test(tok.folded);
  }

  /**
   * Index in `seq` past "de la victime", "du cycliste Paul Roux", "of the victim" after a noun
   * (a short complement, no comma); `n` when there is none.
   */
  private skipNounComplement(seq: number[], n: number): number {
    if (n >= seq.length || !OF_PREPOSITIONS.has(this.tokens[seq[n]].folded)) return n;
    let k = this.pastDeterminers(seq, n + 1);
    if (k < seq.length && this.tokens[seq[k]].lowercase && this.mentionAt[seq[k]] < 0) k++;
    k = this.pastMention(seq, k);
    return k - n <= 6 ? k : n;
  }

  /** The person in apposition after a person named in a "de"/"of" complement, or after a common noun, at seq[k], if any. */
  private appositionAfterComplement(seq: number[], k: number): Subject | undefined {
    // ("la chorégraphe de la troupe Tiare Nui, Marguerite Lenoir": a name after a common noun is
    // the complement's too; not after a title, "le ministre Jean Roux, Paul Lenoir et …".)
    const before = seq[k - 1];
    const commonNoun = before !== undefined && this.tokens[before].lowercase && this.tokens[before].kind === 'word' && !this.is(before, WordClass.TitleWord | WordClass.Determiner);
    if (!OF_PREPOSITIONS.has(this.tokens[before]?.folded ?? '') && !commonNoun) return undefined;
    const comma = this.pastMention(seq, k);
    return this.pastNameAfterComma(seq, comma) >= 0 ? this.subjectAt(seq, comma + 1) : undefined;
  }

  /** "Le substitut du procureur, Paul Ferrand, a requis": a person set off by commas after a noun, before any verb. */
  private personInApposition(seq: number[], from: number): Subject | undefined {
    for (let k = from; k + 1 < Math.min(seq.length, from + ROLE_REACH); k++) {
      const at = seq[k];
      if (this.is(at, WordClass.VerbFiller) || this.is(at, WordClass.SpeechVerb) || this.mentionAt[at] >= 0) return undefined;
      if (!this.isComma(at)) continue;
      // The name must close the apposition: a comma or the end of the run.
      const after = this.pastNameAfterComma(seq, k);
      if (after < 0 || (after < seq.length && !this.isComma(seq[after]))) return undefined;
      return this.subjectAt(seq, k + 1);
    }
    return undefined;
  }

  /**
   * "Bexley resident Graham Hall has slept …", "Kilkenny farmer Tom Walsh said": English sets a
   * place or a body, then a lowercase noun for a person, before the name it describes (no comma:
   * the place qualifies the noun); the sentence is about the person.
   */
  private personAfterPlaceNoun(seq: number[], n: number): Subject | undefined {
    if (this.lang !== 'en' || n + 1 >= seq.length) return undefined;
    const noun = this.tokens[seq[n]];
    // (Not a word of grammar the ending also fits: "Britain under Margaret Thatcher", "Paris after Jean Roux".)
    if (!isLowercaseContentWord(noun) || !PERSON_NOUN_AFTER_PLACE.test(noun.folded) || seq[n + 1] !== seq[n] + 1) return undefined;
    const m = this.mentionAt[seq[n + 1]];
    return m >= 0 && this.refs[m].mention.type === 'PER' ? this.subjectAt(seq, n + 1) : undefined;
  }

  /** A person named within a few words after a role word, before any verb. */
  private personNamedAfterRole(seq: number[], from: number): Subject | undefined {
    // A name in the role's complement counts as one word, so that a person set off by a comma
    // after a long role is still its holder: "The chair of the finance committee of the Harbour
    // Board, Jane Roe".
    let words = 0;
    for (let k = from; k < seq.length && words < ROLE_REACH; k++) {
      const at = seq[k];
      const m = this.mentionAt[at];
      if (m < 0 || this.mentionAt[seq[k - 1]] !== m) words++;
      const inReach = k < from + ROLE_REACH || this.setOffByComma(seq, k);
      // "la mère de Yannick, Anne Morvan": the name in apposition, not the complement's.
      if (m >= 0 && this.refs[m].mention.type === 'PER') return inReach ? this.appositionAfterComplement(seq, k) ?? this.subjectAt(seq, k) : undefined;
      // "en" fills a verb ("en a parlé") or opens a complement ("négociateur en chef"): a
      // verb after it stops the search anyway.
      if (this.endsSentence(at) || (this.is(at, WordClass.VerbFiller) && !this.is(at, WordClass.Preposition))) return undefined;
      if (this.is(at, WordClass.SingularPronoun) || this.isOtherPronoun(at)) return undefined;
      if (this.is(at, WordClass.SpeechVerb)) return undefined;
    }
    return undefined;
  }

  // --- 4. continuation ------------------------------------------------------------------

  /**
   * A quote right after another goes on with its speaker: a direct quote alone in its sentence
   * or after an adding phrase ("avant d'ajouter :"), or any quote whose clause shares the
   * previous quote's subject.
   */
  private fromContinuation(q: QuoteRef, previous: QuoteRef | undefined): Speaker | null {
    if (!previous?.quote.speaker) return null;
    // In one sentence with the previous quote, only the words after its incise count: "« … »,
    // a-t-il raconté, avant d'ajouter : « … »".
    const head = this.head(q);
    let lastComma = head.length - 1;
    while (lastComma >= 0 && !(this.isComma(head[lastComma]) && head[lastComma] > previous.last)) lastComma--;
    const words = head.slice(lastComma + 1).filter((k) => this.tokens[k].kind === 'word');
    if (lastComma >= 0 && this.sharesSubject(words)) return previous.quote.speaker;
    if (q.quote.kind !== 'direct') return null;
    if (words.length > 0 && !this.isAddingPhrase(words)) return null;
    const from = this.tokens[previous.last - 1].sentence;
    const to = this.tokens[q.first].sentence;
    if (to - from > 2) return null;
    // "“…,” X said. One doctor, who asked not to be named, was less certain. “…”": not X (an
    // unnamed spokesman still speaks for the body quoted before him).
    for (let k = previous.last; k < q.first; k++) {
      if (this.tokens[k].sentenceStart && this.anonymousSentences.has(this.tokens[k].sentence) && !this.spokespersonOpens(k)) return null;
    }
    // "« … », dit-elle. | Marie Roux, 58 ans, ne peut plus … « … »": the narrative turned to another person.
    const n = this.subjects.lastBefore(q.first);
    if (n >= 0 && this.subjects.positions[n] >= previous.last) {
      const subject = this.subjects.items[n];
      // An unnamed subject ends the run too, unless a spokesman for the body last quoted.
      if (subject === ANONYMOUS ? !this.spokespersonOpens(this.subjects.positions[n]) : subject.id !== previous.quote.speaker.id) return null;
    }
    return previous.quote.speaker;
  }

  /**
   * "Fabrice Delhez, cariste depuis dix-neuf ans, roule une cigarette. « Ma femme m’a demandé … »":
   * a direct quote alone in its sentence, with no attribution of its own, right after a sentence
   * of the same paragraph whose subject is a person, is that person's words (not after an
   * unnamed subject: "un viticulteur contemple les rangs. « … »" names nobody).
   */
  private fromSentenceBefore(q: QuoteRef, previous: QuoteRef | undefined): Speaker | null {
    if (q.quote.kind !== 'direct' || this.head(q).length > 0 || this.tail(q).some((k) => this.tokens[k].kind === 'word')) return null;
    const n = this.subjects.lastBefore(q.first);
    if (n < 0) return null;
    const subject = this.subjects.items[n];
    const position = this.subjects.positions[n];
    if (subject === ANONYMOUS || !this.isPerson(subject.id) || (previous && previous.last > position)) return null;
    if (this.tokens[position].sentence !== this.tokens[q.first].sentence - 1) return null;
    for (let k = position + 1; k <= q.first; k++) {
      if (this.tokens[k].lineStart) return null;
      // "Jean Dupont, maire, et Marie Roux, son adjointe, ont parlé. « … »": two people, no telling which.
      const m = this.mentionAt[k];
      if (m >= 0 && this.refs[m].mention.type === 'PER' && this.refs[m].mention.id !== subject.id && isCoordinator(this.tokens[k - 1])) return null;
    }
    return { id: subject.id, text: subject.text };
  }

  /**
   * "« Mauruuru roa ! » (« Merci beaucoup ! »)", "« We waited », a-t-il lancé en anglais (« Nous
   * avons attendu »)", "« Gent is mooi ! », c'est-à-dire « Gand est belle ! »": a translation in
   * quote marks, in brackets or after "c'est-à-dire", is the words of the quote it translates.
   */
  private fromTranslation(q: QuoteRef, previous: QuoteRef | undefined): Speaker | null {
    const speaker = previous?.quote.speaker;
    if (!previous || !speaker) return null;
    const gap: number[] = [];
    for (let k = previous.last; k < q.first; k++) {
      if (this.inQuote[k]) continue;
      if (gap.length === MAX_TRANSLATION_GAP || this.endsSentence(k)) return null;
      gap.push(k);
    }
    const last = gap.length > 0 ? this.tokens[gap[gap.length - 1]] : undefined;
    // ("“Ons is nie teen die sterre nie,” he added with a grin — “We have nothing against the stars.”")
    if (!last || !(last.text === '(' || last.text === '—' || TRANSLATION_MARKERS.has(last.folded))) return null;
    return { id: speaker.id, text: speaker.text };
  }

  /**
   * "« On a tout laissé. » L'homme qui parle ainsi s'appelle Paul Roux.", "“…?” The woman asking
   * was Ann Kelly.": a quote alone in its sentence, whose speaker the next sentence names after
   * pointing back at whoever speaks; the first person that sentence names.
   */
  private fromSpeakerNamedAfter(q: QuoteRef): Speaker | null {
    if (q.quote.kind !== 'direct' || this.tail(q).length > 0) return null;
    const from = q.last;
    if (from >= this.tokens.length || !this.tokens[from].sentenceStart || this.inQuote[from]) return null;
    const named = this.nameAfterTheseWords(from);
    if (named >= 0) return this.personAt(named);
    if (!this.pointsBackAtSpeaker(from)) return null;
    // The first person, right after the word that names them ("s'appelle X", "was X", "est X");
    // not one reached through another verb or a complement ("a été recueilli par X").
    for (let k = from; k < this.tokens.length && !this.endsSentence(k); k++) {
      const m = this.mentionAt[k];
      if (m < 0 || this.inQuote[k]) continue;
      const named = NAMING_WORDS.has(this.tokens[k - 1].folded) && this.isPerson(this.refs[m].mention.id);
      return named ? { id: this.refs[m].mention.id, text: this.refs[m].mention.text } : null;
    }
    return null;
  }

  /**
   * "C'est par ces mots que Marcel Roux a ouvert sa défense", "With those words, Ann Reid …": the
   * sentence after the quote opens on its words and names who spoke them. The index of the token
   * where that name should stand, or -1.
   */
  private nameAfterTheseWords(from: number): number {
    for (const opener of THESE_WORDS_OPENERS) {
      if (opener.every((word, n) => this.tokens[from + n]?.folded === word)) return from + opener.length + (this.tokens[from + opener.length]?.text === ',' ? 1 : 0);
    }
    return -1;
  }

  /** The person named at token `k`, after an honorific ("M. Roux", "Mr. Reid"); null if nobody is. */
  private personAt(k: number): Speaker | null {
    const at = HONORIFICS.has(this.tokens[k]?.folded ?? '') ? (this.tokens[k + 1]?.text === '.' ? k + 2 : k + 1) : k;
    const m = this.mentionAt[at] ?? -1;
    return m >= 0 && this.namesPerson[m] ? { id: this.refs[m].mention.id, text: this.refs[m].mention.text } : null;
  }

  /** Does the sentence at `from` open on "L'homme qui parle", "Celle qui s'exprime ainsi", "The woman asking"? */
  private pointsBackAtSpeaker(from: number): boolean {
    const word = (k: number): string => this.tokens[k]?.folded ?? '';
    let k = from;
    if (!DEFINITE_OPENERS.has(word(k))) return false;
    k++;
    if (!DEMONSTRATIVE_PRONOUNS.has(word(from))) {
      if (PRENOMINAL_ADJECTIVES.has(word(k)) || ENGLISH_AGE_ADJECTIVES.has(word(k))) k++;
      if (!SPEAKER_NOUNS.has(word(k))) return false;
      k++;
    }
    if (RELATIVE_PRONOUNS.has(word(k))) k++;
    if (word(k) === "s'") k++;
    return SPEAKING_WORDS.has(word(k));
  }

  /**
   * ", a-t-il assuré, avant de demander une peine « … »", ", she said, before calling it
   * “…”": French "avant de" and English "before" + verb keep the subject of the clause before
   * them, so the quote they lead to has the same speaker, whatever its kind.
   */
  private sharesSubject(words: number[]): boolean {
    if (words.length < 2 || words.some((k) => this.mentionAt[k] >= 0)) return false;
    const first = this.tokens[words[0]].folded;
    const second = this.tokens[words[1]].folded;
    return (first === 'avant' && (second === 'de' || second === "d'")) || (first === 'before' && second.endsWith('ing'));
  }

  /** "avant d'ajouter :", "puis d'ajouter", "before adding:", "adding:": the same speaker goes on. */
  private isAddingPhrase(words: number[]): boolean {
    if (words.length > 4 || words.some((k) => this.mentionAt[k] >= 0)) return false;
    return words.every((k) => ADDING_WORDS.has(this.tokens[k].folded));
  }

  // --- memory of the article: subjects and roles ----------------------------------------

  /** The subject of every sentence that names a person, in reading order. */
  private collectSentenceSubjects(): void {
    // The subject stands in the first words of a sentence: only those are kept, in one reused
    // buffer, and copied out only for the sentences worth parsing.
    const firstWords: number[] = new Array<number>(SUBJECT_REACH).fill(0);
    let count = 0;
    let mayNamePerson = false;
    // Persons opening a coordinated clause later in the sentence (see opensCoordinatedClause).
    const clauseSubjects: number[] = [];
    const flush = (): void => {
      if (count > 0 && (this.anonymousSentences.has(this.tokens[firstWords[0]].sentence) || this.opensOnUnnamedPerson(firstWords, count))) {
        // "One former engineer, who asked not to be named, …. « … », she said": "she" is nobody we can name.
        this.subjects.add(firstWords[0], ANONYMOUS);
      } else if (mayNamePerson) {
        // Most sentences have none of the words a person subject needs: no need to parse them.
        const sentence = firstWords.slice(0, count);
        // "By Ann Weller", "Par Luc Morand": the writer's name is nobody's subject.
        const subject = this.isByline(sentence) ? null : this.subjectOfSentence(sentence);
        const speaker = subject && this.isPerson(subject.id) ? subject : this.metByReporter(sentence);
        if (speaker && this.isPerson(speaker.id)) this.subjects.add(sentence[0], speaker);
      }
      for (const k of clauseSubjects) {
        const { mention } = this.refs[this.mentionAt[k]];
        this.subjects.add(k, { id: mention.id, text: mention.text });
      }
      clauseSubjects.length = 0;
      count = 0;
      mayNamePerson = false;
    };
    const { flags } = this.columns;
    for (let k = 0; k < this.tokens.length; k++) {
      if (flags[k] & TokenFlag.SentenceStart && !this.inQuote[k]) flush();
      if (!this.inQuote[k] && count < SUBJECT_REACH) {
        firstWords[count++] = k;
        mayNamePerson ||= this.mayNamePerson(k);
      }
      if (this.mentionAt[k] >= 0 && !this.inQuote[k] && this.opensCoordinatedClause(k)) clauseSubjects.push(k);
    }
    flush();
  }

  /**
   * "Among the refugees I met Abdul Ghani, a schoolmaster. “…,” he told me": the reporter who
   * tells of meeting someone is no "he" or "she"; the person met, right after "I met", "we found",
   * "j'ai rencontré", is whom the next pronoun stands for.
   */
  private metByReporter(sentence: number[]): Speaker | null {
    const reporter = REPORTER_PRONOUNS[this.lang];
    for (let n = 0; n + 1 < sentence.length; n++) {
      if (!reporter.has(this.tokens[sentence[n]].folded) || this.mentionAt[sentence[n]] >= 0) continue;
      // A verb of meeting, perhaps after its auxiliary ("j'ai rencontré", "we had found"), then
      // the person, perhaps after a title ("I met Maulvi Abdul Ghani"); not "Nous attendons X".
      let met = false;
      for (let k = n + 1; k < Math.min(sentence.length, n + 4); k++) {
        const at = sentence[k];
        const m = this.mentionAt[at];
        if (m >= 0) return met && this.refs[m].mention.type === 'PER' ? { id: this.refs[m].mention.id, text: this.refs[m].mention.text } : null;
        met ||= MEETING_VERBS.has(this.tokens[at].folded);
        const title = this.tokens[at].capitalised ? gazetteer.titleAt(this.columns.texts, at, this.columns.nameKeys) : 0;
        if (title > 0) k += title - 1;
        else if (!this.tokens[at].lowercase || this.tokens[at].kind !== 'word') return null;
      }
      return null;
    }
    return null;
  }

  /**
   * "The last ewes went up the ramp yesterday, and Doug Roe stood at the empty yards.": a person
   * named right after ", and" / ", et" / ", but" / ", mais", with a lowercase word (the verb, not
   * an adverb, a preposition or a determiner) after the name, and not closing a list of names, is
   * the subject of a clause of its own, later than the sentence's first.
   */
  private opensCoordinatedClause(k: number): boolean {
    // Asked at every token of a mention: the comma by lexeme id and the person by the mention's
    // mask (namesPerson) rule most out before any token object or string is read.
    const m = this.mentionAt[k];
    const ref = this.refs[m];
    if (ref.first !== k || k < 2 || this.columns.ids[k - 2] !== this.commaId || !this.namesPerson[m]) return false;
    const joiner = this.tokens[k - 1].text;
    if (joiner !== 'and' && joiner !== 'et' && joiner !== 'but' && joiner !== 'mais') return false;
    // "Tom Hale, Mark Day, and Paul Reid signed": the last name of a list, not a clause of its own.
    if (k >= 3 && this.mentionAt[k - 3] >= 0) return false;
    const after = this.tokens[ref.last];
    if (!after || after.kind !== 'word' || !after.lowercase) return false;
    // Asked as written in French: folded, "a" (has) would be the English article and "à".
    return this.lang === 'fr' ? !NOT_A_VERB_FR.has(after.text) && !this.is(ref.last, WordClass.Adverb) : !this.is(ref.last, WordClass.Function | NO_VERB);
  }

  /**
   * "A customer who would not give her name said …", "Une voisine raconte …": the sentence's
   * subject is someone the article does not name, so a "she said" after it is nobody we can
   * name either. The subject may open the sentence or follow an opening phrase and its comma
   * ("A few doors down, a grocer was sweeping up glass"), or an "Among …" and its verb ("Among
   * the spectators was an elderly farmer who said").
   */
  private opensOnUnnamedPerson(words: number[], count: number): boolean {
    if (this.unnamedPersonOpensAt(words, 0, count)) return true;
    const after = this.openingPhraseEnd(words, count);
    return after > 0 && this.unnamedPersonOpensAt(words, after, count);
  }

  /**
   * Where the subject starts after an opening phrase with no person in it: after its comma
   * within the first eight words ("Among the ruined houses, …"), or after the verb an "Among"
   * puts before its subject ("Among the spectators at X was …"); 0 when there is none.
   */
  private openingPhraseEnd(words: number[], count: number): number {
    const { tokens } = this;
    const among = AMONG_WORDS.has(tokens[words[0]].folded);
    let phraseOpened = false;
    for (let n = 0; n < Math.min(count - 2, 8); n++) {
      const tok = tokens[words[n]];
      // ("Ostrowski, a former state treasurer who …", "Mr Hale, a farmer who …": the apposition
      // of a person named; a name inside a phrase, "At John Hale's farm, a man …", is no subject.)
      // ("Among them David Morgan, a haulier of sixteen, who …": the subject is named, where no
      // preposition puts the name in the phrase: "Among the spectators at Polly Shortts was".)
      const m = this.mentionAt[words[n]];
      if (m >= 0 && this.namesPerson[m] && (!phraseOpened || (among && !this.is(this.refs[m].first - 1, WordClass.Preposition)))) return 0;
      phraseOpened ||= tok.lowercase;
      if (tok.text === ',') return n > 0 ? n + 1 : 0;
      if (among && tok.lowercase && INVERTED_BE_VERBS.has(tok.folded)) return n + 1;
      if (tok.kind !== 'word' && tok.text !== "'" && tok.text !== '’') return 0;
    }
    return 0;
  }

  /**
   * Does `words[start]` open on someone unnamed: an indefinite article, then lowercase words
   * and, within the next five words, the speech verb or a relative pronoun, or a noun for a
   * person and a verb of being or having ("one old man was still searching"). A name or a
   * spokesperson among them ("A spokesman for Acme") speaks for someone named.
   */
  private unnamedPersonOpensAt(words: number[], start: number, count: number): boolean {
    const { tokens } = this;
    // As written: "À la mairie, …" folds to "a" but opens on a place. The folded form, asked
    // first, rules out nearly every sentence without lowercasing a new string for it.
    const opener = tokens[words[start]];
    if (count - start < 3 || !UNNAMED_PERSON_ARTICLES.has(opener.folded) || !UNNAMED_PERSON_ARTICLES.has(opener.text.toLowerCase())) return false;
    // "One of the strikers, a constable of eleven years' service, said …" (not "One of the
    // organisers, Jane Roe, said", who is named).
    if (this.opensOnOneOfGroup(words[start])) return !this.personAmong(words, Math.min(count, start + 10));
    for (let n = 1; n < Math.min(count - start, 6); n++) {
      const at = words[start + n];
      const tok = tokens[at];
      if (tok.kind !== 'word' || this.mentionAt[at] >= 0 || SPOKESPERSON_WORDS.has(tok.folded)) {
        // "Une voisine, qui …", "A Marwari merchant, standing before his shop, …": a comma may
        // open the relative clause or the participle's.
        if (tok.text === ',' && n > 1 && start + n + 1 < count && this.opensDescription(words[start + n + 1])) return true;
        return false;
      }
      // ("A Marwari merchant": a people's name may qualify the noun.)
      if (n === 1 && !tok.lowercase && !(tokens[words[start + 2]]?.lowercase && tokens[words[start + 2]].kind === 'word')) return false;
      if (n > 1 && (RELATIVE_PRONOUNS.has(tok.folded) || this.is(at, WordClass.SpeechVerb))) return true;
      if (n > 1 && tok.lowercase && BEING_AND_HAVING_VERBS.has(tok.text) && this.isPersonNoun(words[start + n - 1])) return true;
      // ("An elderly Cantonese cook": a nationality may qualify it after an adjective too.)
      if (!tok.lowercase && n > 1 && !(looksLikeDemonym(tok.text) && tokens[words[start + n + 1]]?.lowercase)) return false;
    }
    return false;
  }

  /** "qui", "who", or a present participle ("standing", "craignant") opening a description. */
  private opensDescription(k: number): boolean {
    const tok = this.tokens[k];
    if (RELATIVE_PRONOUNS.has(tok.folded)) return true;
    return tok.lowercase && tok.kind === 'word' && (this.lang === 'en' ? tok.folded.endsWith('ing') : tok.folded.endsWith('ant'));
  }

  /** Who a sentence, by its first words, speaks of: "Selon X", "Pour X", or its subject. */
  private subjectOfSentence(sentence: number[]): Speaker | null {
    const opener = this.tokens[sentence[0]].folded;
    const from = opener === 'pour' || opener === 'for' ? 1 : this.sourcePhraseLength(sentence) || this.introducerEnd(sentence, 0);
    const source = from > 0 ? this.sourceIn(sentence, from) : null;
    return source ?? this.findSubject(sentence)?.speaker ?? null;
  }

  /**
   * "PARIS — Paul Garnier a dit : « … »": the words of a dispatch's town and its dash that open
   * `seq` (0 when none do); the subject comes after them (the town says where the words were
   * filed, not who spoke).
   */
  private datelineLength(seq: number[]): number {
    const m = seq.length > 0 ? this.mentionAt[seq[0]] : -1;
    if (m < 0 || !this.tokens[seq[0]].lineStart || this.refs[m].mention.type !== 'LOC') return 0;
    let k = seq.indexOf(this.refs[m].last);
    // "CRESTON, Iowa — …": the state or country after the town, then the dash.
    const region = k > 0 && this.tokens[seq[k]].text === ',' ? this.mentionAt[seq[k + 1]] : -1;
    if (region >= 0 && this.refs[region].mention.type === 'LOC') k = seq.indexOf(this.refs[region].last);
    return k > 0 && DATELINE_DASHES.has(this.tokens[seq[k]].text) ? k + 1 : 0;
  }

  /**
   * Where the source named after an introducer at seq[k] starts: after "selon", "par", "by",
   * "according (to)", and "d'après", which the tokeniser cuts in two ("d'" + "après"); -1 when
   * no introducer stands at seq[k].
   */
  private introducerEnd(seq: number[], k: number): number {
    const word = this.tokens[seq[k]].folded;
    // Asked of every word around every quote: the next word is read only after an introducer.
    if (word === "d'") return this.tokens[seq[k + 1]]?.folded === 'apres' ? k + 2 : -1;
    if (!this.is(seq[k], WordClass.SourceIntroducer)) return -1;
    return word === 'according' && this.tokens[seq[k + 1]]?.folded === 'to' ? k + 2 : k + 1;
  }

  /** Words of a French phrase that names a source like "selon": "Au dire de", "De l'avis d'", "Aux yeux de"; 0 if none opens the sentence. */
  private sourcePhraseLength(sentence: number[]): number {
    for (const phrase of SOURCE_PHRASES) {
      const n = phrase.length;
      if (sentence.length <= n || !phrase.every((word, k) => this.tokens[sentence[k]].folded === word)) continue;
      const of = this.tokens[sentence[n]].folded;
      if (of === 'de' || of === "d'") return n + 1;
    }
    return 0;
  }

  /**
   * A line opening with "By"/"Par" and a name, alone or before a comma and the writer's job or
   * paper ("By Jane Roe, Rural Reporter", "Par Jean Dupont, envoyé spécial"): the byline.
   */
  private isByline(sentence: number[]): boolean {
    const opener = this.tokens[sentence[0]];
    if (!opener.lineStart || !AGENT_PREPOSITIONS.has(opener.folded) || sentence.length < 2) return false;
    const m = this.mentionAt[sentence[1]];
    if (m < 0) return false;
    const after = this.refs[m].last;
    const next = this.tokens[after];
    return !next || next.lineStart || (next.text === ',' && this.lineEndsWithin(after, 12)) ||
      sentence.every((k, n) => n === 0 || this.mentionAt[k] === m || this.tokens[k].kind === 'punct');
  }

  /** Does the line of token `from` end within `reach` tokens (the next line starts, or the text ends)? */
  private lineEndsWithin(from: number, reach: number): boolean {
    for (let k = from + 1; k <= from + reach; k++) if (!this.tokens[k] || this.tokens[k].lineStart) return true;
    return false;
  }

  /**
   * Can tokens[k] make a sentence's subject a person? Only a mention of a person (itself, or
   * after a role: "le ministre, Jean Dupont"), a singular pronoun (resolved to a person) or a
   * title the article gave to a person (roleAt: "le ministre") can. Sentences without any
   * need no parsing. A superset is harmless; missing a case would lose a subject.
   */
  private mayNamePerson(k: number): boolean {
    const m = this.mentionAt[k];
    if (m >= 0 && this.namesPerson[m]) return true;
    // Asked once per distinct word (personCues no longer changes once sentences are read), by
    // lexeme id: most tokens cost two typed-array reads, not a visit to their lexeme.
    const { ids, idCount } = this.columns;
    const asked = (this.personCueById ??= new Uint8Array(idCount));
    if (asked[ids[k]] === 0) asked[ids[k]] = this.isPersonCue(this.tokens[k].lexeme) ? PersonCue.Yes : PersonCue.No;
    return asked[ids[k]] === PersonCue.Yes;
  }

  private isPersonCue(lexeme: Lexeme): boolean {
    // roleAt looks roles up by fold(text), which is `folded` for words.
    return this.personCues.has(lexeme.folded) || (lexeme.kind !== 'word' && this.personCues.has(fold(lexeme.text)));
  }

  private isPerson(id: string): boolean {
    return this.personIds.has(id);
  }

  /** Is `id` a place's? Asked only of a headline's quote (see attributeEchoes): the set is made then. */
  private isPlace(id: string): boolean {
    this.placeIds ??= new Set(this.refs.filter((ref) => ref.mention.type === 'LOC').map((ref) => ref.mention.id));
    return this.placeIds.has(id);
  }

  /**
   * "la présidente brésilienne, Dilma Rousseff", "le chancelier allemand Olaf Scholz", "La
   * porte-parole du ministère, Anne Lefort": remember the role, with and without its adjective.
   */
  private recordRole(ref: MentionRef): void {
    const first = this.pastHonorificAfterComma(ref.first);
    for (let k = first - 1; k >= Math.max(0, first - ROLE_REACH); k--) {
      if (this.endsSentence(k) || this.inQuote[k] !== this.inQuote[ref.first]) return this.recordRoleInApposition(ref);
      const m = this.mentionAt[k];
      if (m >= 0 && this.refs[m].mention.type === 'PER') return;
      if (!this.is(k, WordClass.TitleWord)) continue;
      const title = this.tokens[k];
      // A title is a word: its folded form is fold(text), the form roleAt looks roles up by.
      this.personCues.add(title.folded);
      this.addRole(title.folded, ref);
      // "Police-constable Thomas Briggs … replied the constable": the last word of a title written
      // hyphenated too (not "vice-président": the vice-president is no "président").
      const head = title.folded.slice(title.folded.lastIndexOf('-') + 1);
      if (gazetteer.isHyphenatedTitle(title.text) && gazetteer.isTitleWord(head)) this.addRole(head, ref);
      if (k + 1 < ref.first && this.is(k + 1, WordClass.Adjective)) this.addRole(roleKey(title.text, this.tokens[k + 1].text), ref);
      return;
    }
    this.recordRoleInApposition(ref);
  }

  /**
   * "Marc Gosselin, seul comédien québécois de la troupe,", "Tom Hale, a painter from Leeds,": a
   * title set off after the name, whose word the article may later call the person by ("s'amuse
   * le comédien", "the painter said"). Up to two words before it ("le seul", "an old"), none a name.
   */
  private recordRoleInApposition(ref: MentionRef): void {
    if (ref.last >= this.tokens.length || !this.isComma(ref.last) || this.inQuote[ref.last] !== this.inQuote[ref.first]) return;
    for (let k = ref.last + 1; k <= ref.last + 3 && k < this.tokens.length; k++) {
      const tok = this.tokens[k];
      if (this.mentionAt[k] >= 0 || tok.kind !== 'word') return;
      if (this.is(k, WordClass.TitleWord)) {
        this.personCues.add(tok.folded);
        this.addRole(tok.folded, ref, this.appositionRoles);
        return;
      }
      if (!tok.lowercase) return;
    }
  }

  /**
   * "The Premier, Mr Ian Roe,": the index of the honorific that stands between an apposition's
   * comma and the name at `first`, so that the role is read before the comma, not taken from "Mr";
   * `first` when there is none.
   */
  private pastHonorificAfterComma(first: number): number {
    const honorific = this.honorificBefore(first);
    return honorific < first && honorific > 0 && this.isComma(honorific - 1) ? honorific : first;
  }

  /** The index of the abbreviated honorific right before the name at `first` ("Mr", "Dr."), or `first`. */
  private honorificBefore(first: number): number {
    const n = this.tokens[first - 1]?.text === '.' ? first - 2 : first - 1;
    const tok = this.tokens[n];
    return tok && tok.capitalised && HONORIFICS.has(tok.folded) ? n : first;
  }

  private addRole(key: string, ref: MentionRef, roles = this.roles): void {
    this.titledIds.add(ref.mention.id);
    let holders = roles.get(key);
    if (!holders) roles.set(key, (holders = new ReadingOrder()));
    holders.add(ref.first, ref.mention.id);
  }

  private lookupRole(key: string, at: number): string | undefined {
    const holders = this.roles.get(key);
    if (!holders) return this.lookupAppositionRole(key, at);
    // A bare title ("le président") is resolved only if the article gave it to one person.
    if (!key.includes(' ') && !holders.sameItemThroughout) return undefined;
    return holders.items[holders.lastBefore(at)] ?? holders.items[0];
  }

  /** A role only set off after a name, held by one person the article named before `at`. */
  private lookupAppositionRole(key: string, at: number): string | undefined {
    const holders = this.appositionRoles.get(key);
    if (!holders || !holders.sameItemThroughout) return undefined;
    return holders.items[holders.lastBefore(at)];
  }

  /**
   * The person a singular pronoun stands for, among the last five sentence subjects (up to an
   * anonymous one): the latest whose gender the article shows to agree ("elle" skips a "M.
   * Dupont" to reach "Mme Roux"), else the latest of unknown gender. A profile's present-tense
   * "she says" goes to the agreeing subject the article named most, the person it portrays,
   * rather than to a woman quoted in passing.
   */
  private resolvePronoun(pronoun: string, at: number): Speaker | null {
    const wanted = PRONOUN_GENDER.get(fold(pronoun));
    if (!wanted) return null;
    const body = this.lang === 'fr' ? this.bodySubjectOfSentenceBefore(wanted, at) : null;
    if (body) return body;
    const last = this.subjects.lastBefore(at);
    let unsure: Speaker | null = null;
    let best: Speaker | null = null;
    let bestCount = 0;
    const profileVoice = this.tokens[at + 1]?.folded === 'says';
    let anonymous = false;
    for (let n = last; n >= Math.max(0, last - 4); n--) {
      const subject = this.subjects.items[n];
      if ((anonymous = subject === ANONYMOUS)) break;
      const gender = this.genders.get(subject.id);
      // "… was Mr. Duncan Reid, a riveter. “…,” he said": a subject of unknown gender from
      // before the sentence before yields to the one person of the pronoun's gender that sentence
      // names.
      const older = gender === undefined && !profileVoice && this.narrativeSentencesBetween(this.subjects.positions[n], at, 2) > 1;
      const nearer = older ? this.agreeingPersonJustBefore(wanted, at) : null;
      if (nearer) return nearer;
      if (!profileVoice && (gender === wanted || gender === undefined)) return { id: subject.id, text: this.tokens[at].text };
      if (gender === wanted) {
        const count = this.mentionsBefore(subject.id, at);
        if (count > bestCount) [best, bestCount] = [{ id: subject.id, text: this.tokens[at].text }, count];
      }
      if (gender === undefined) unsure ??= { id: subject.id, text: this.tokens[at].text };
    }
    return best ?? unsure ?? (anonymous ? null : this.agreeingPersonJustBefore(wanted, at));
  }

  /**
   * "La CGT … appelle à une manifestation samedi. Elle dénonce « … »", "Le ministère de
   * l'Industrie fait valoir que … Il promet « … »": French "elle" or "il" stands for the body
   * that opened a clause of the sentence before ("la CFDT, d'abord réservée, s'y est ralliée"),
   * its article agreeing with the pronoun, when no person was that sentence's subject (the
   * pronoun's own sentence, when it has a subject before the pronoun, never asks: findSubject
   * found it first). The last such body wins. Null otherwise.
   */
  private bodySubjectOfSentenceBefore(wanted: 'f' | 'm', at: number): Speaker | null {
    const sentence = this.tokens[at].sentence;
    let k = at - 1;
    while (k >= 0 && (this.tokens[k].sentence === sentence || this.inQuote[k])) k--;
    const end = k + 1;
    while (k >= 0 && (this.tokens[k].sentence === sentence - 1 || this.inQuote[k])) k--;
    const start = k + 1;
    if (start >= end) return null;
    const subject = this.subjects.lastBefore(end);
    if (subject >= 0 && this.subjects.positions[subject] >= start) return null;
    let found: Speaker | null = null;
    for (let n = start + 1; n < end; n++) {
      const m = this.mentionAt[n];
      if (m < 0 || this.refs[m].first !== n || this.inQuote[n] || this.refs[m].mention.type !== 'ORG') continue;
      const article = this.tokens[n - 1].folded;
      const opensClause = n - 1 === start || this.tokens[n - 2]?.text === ';';
      if (opensClause && (article === 'la' ? 'f' : article === 'le' ? 'm' : undefined) === wanted) found = { id: this.refs[m].mention.id, text: this.tokens[at].text };
    }
    return found;
  }

  /**
   * "It was past one when the chief judge, Mrs. Lucille Ho, announced the result. ‘…,’ she said":
   * no sentence subject stands for the pronoun, but the one person of its gender named in the
   * sentence before (the text shows the gender: a title or a given name) does.
   */
  private agreeingPersonJustBefore(wanted: 'f' | 'm', at: number): Speaker | null {
    let found: Speaker | null = null;
    for (let n = this.people.lastBefore(at); n >= 0; n--) {
      const ref = this.people.items[n];
      if (this.narrativeSentencesBetween(ref.last, at, 2) > 1) break;
      if (this.inQuote[ref.first] || this.genders.get(ref.mention.id) !== wanted) continue;
      // "By Ann Weller": the writer is nobody's antecedent.
      const before = this.tokens[ref.first - 1];
      if (before?.lineStart && AGENT_PREPOSITIONS.has(before.folded)) continue;
      if (found && found.id !== ref.mention.id) return null;
      found = { id: ref.mention.id, text: this.tokens[at].text };
    }
    return found;
  }

  /**
   * The person a demonstrative points back at ("raconte cette retraitée de 71 ans"): the latest
   * one named outside quotations within DEMONSTRATIVE_REACH sentences, whose gender, where known,
   * agrees.
   */
  private recentPerson(wanted: 'f' | 'm' | undefined, at: number): Speaker | null {
    for (let n = this.people.lastBefore(at); n >= 0; n--) {
      const ref = this.people.items[n];
      const sentences = this.narrativeSentencesBetween(ref.last, at, GENDERED_REACH);
      if (sentences > GENDERED_REACH) break;
      // A name inside a quotation is whom the speaker speaks of.
      if (this.inQuote[ref.first]) continue;
      const gender = this.genders.get(ref.mention.id);
      const near = sentences <= DEMONSTRATIVE_REACH;
      if (near && (gender === undefined || wanted === undefined || gender === wanted)) return { id: ref.mention.id, text: this.tokens[at].text };
      // Beyond the reach, the first person met decides: the one the noun's gender names, or nobody.
      if (!near) return wanted !== undefined && gender === wanted ? { id: ref.mention.id, text: this.tokens[at].text } : null;
    }
    return null;
  }

  /**
   * "…son directeur sportif, Paul Roux. Celui-ci …": the person whose name closes the sentence
   * before the pronoun at `at`, which opens its own, gender agreeing; null when the sentence ends
   * on anything else ("Paul Roux a présenté le projet. Celui-ci prévoit …" is the bill).
   */
  private personEndingSentenceBefore(wanted: 'f' | 'm', at: number): Speaker | null {
    if (!this.tokens[at].sentenceStart || at < 2 || !this.endsSentence(at - 1)) return null;
    const m = this.mentionAt[at - 2];
    if (m < 0 || !this.isPerson(this.refs[m].mention.id) || this.inQuote[at - 2]) return null;
    const gender = this.genders.get(this.refs[m].mention.id);
    return gender === undefined || gender === wanted ? { id: this.refs[m].mention.id, text: this.tokens[at].text } : null;
  }

  /** How many times the narrative (quotations left out) named the person `id` before token `at`. */
  private mentionsBefore(id: string, at: number): number {
    const positions = this.personPositions.get(id);
    return positions ? lastIndexBefore(positions, at) + 1 : 0;
  }

  /** Sentence ends from token `from` to `to`, those inside quotes left out (counted up to one past `reach`). */
  private narrativeSentencesBetween(from: number, to: number, reach = DEMONSTRATIVE_REACH): number {
    let ends = 0;
    for (let k = from; k < to && ends <= reach; k++) if (!this.inQuote[k] && this.endsSentence(k)) ends++;
    return ends;
  }

  /**
   * Gender shown by the words before a mention ("Mme", "Mr", "la ministre", "présidente"), else
   * by the person's first name ("Claire").
   */
  private recordGender(ref: MentionRef): void {
    const id = ref.mention.id;
    if (this.genders.has(id)) return;
    const byWords = this.genderBefore(ref);
    if (byWords) {
      this.genders.set(id, byWords);
      return;
    }
    const byFirstName = gazetteer.firstNameGender(firstWord(ref.mention.text));
    // A lone word is a first name only if the person goes by it alone ("Maëlle"), not when
    // it stands for a full name ("Martin" for "Jean Martin").
    if (byFirstName && !this.firstNameGenders.has(id) && (ref.last - ref.first > 1 || !id.includes('-'))) {
      this.firstNameGenders.set(id, byFirstName);
    }
  }

  /** "Mme", "Mr", "la ministre", "présidente" in the few words before a mention. */
  private genderBefore(ref: MentionRef): 'f' | 'm' | undefined {
    for (let k = ref.first - 1; k >= Math.max(0, ref.first - 4); k--) {
      const tok = this.tokens[k];
      const gender = GENDERED_WORDS.get(tok.folded);
      if (gender) return gender;
      if (this.is(k, WordClass.TitleWord)) {
        // "la ministre", "un sénateur": the article before a title shows its holder's gender.
        const article = FRENCH_DETERMINERS.get(tokenAt(this.tokens, k - 1)?.folded ?? '');
        return article?.gender && article.kind !== 'demonstrative' ? article.gender : undefined;
      }
      if (tok.kind === 'punct' && tok.text !== ',' && tok.text !== '.') return undefined;
    }
    return undefined;
  }

  /**
   * "X said she had met …", "X, an economist, said he …", "X a indiqué qu'elle …": the pronoun
   * after a speaker's speech verb most often is the speaker, and shows a gender the first-name
   * lists do not know ("Linda" is given to both sexes in the locales). Only then: "X says she
   * belongs with the greats" may speak of someone else.
   */
  private recordOwnPronoun(ref: MentionRef): void {
    const id = ref.mention.id;
    if (this.inQuote[ref.first] || this.genders.has(id) || this.firstNameGenders.has(id)) return;
    const seq: number[] = [];
    for (let k = ref.last; k < Math.min(this.tokens.length, ref.last + 20) && !this.endsSentence(k); k++) seq.push(k);
    let k = this.speechVerbAfterSubject(seq, 0);
    if (k < 0) return;
    k++;
    if (k < seq.length && THAT_WORDS.has(this.tokens[seq[k]].folded)) k++;
    // Another person named just before may be whom the pronoun stands for ("Police questioned
    // Anna Berg. Kim Dalby said she had done nothing wrong").
    if (k < seq.length && this.is(seq[k], WordClass.SingularPronoun)) {
      const gender = PRONOUN_GENDER.get(this.tokens[seq[k]].folded);
      if (gender && !this.otherPersonJustBefore(ref, gender)) this.genders.set(id, gender);
    }
  }

  /**
   * Is another person the pronoun may stand for (its gender agreeing or unknown) named in the
   * mention's sentence or the one before, ahead of it?
   */
  private otherPersonJustBefore(ref: MentionRef, pronounGender: 'f' | 'm'): boolean {
    const sentence = this.tokens[ref.first].sentence;
    for (let n = this.people.lastBefore(ref.first); n >= 0; n--) {
      const other = this.people.items[n];
      if (this.tokens[other.first].sentence < sentence - 1) return false;
      const id = other.mention.id;
      const gender = this.genders.get(id) ?? this.firstNameGenders.get(id);
      if (id !== ref.mention.id && (gender === undefined || gender === pronounGender)) return true;
    }
    return false;
  }

  /** Where the article's words said nothing of a person's gender, the first-name list speaks. */
  private settleGenders(): void {
    for (const [id, gender] of this.firstNameGenders) if (!this.genders.has(id)) this.genders.set(id, gender);
  }

}

/** The last character of a quote's words, before its closing mark and spaces. */
function lastContentChar(quoteText: string): string {
  let end = quoteText.length - 1;
  while (end > 0 && isSpaceCode(quoteText.charCodeAt(end - 1))) end--;
  return quoteText.charAt(end - 1);
}

/** Does the quote end its sentence inside its marks ("… la facture. »")? */
function endsQuotedSentence(quoteText: string): boolean {
  const last = lastContentChar(quoteText);
  return last === '.' || last === '!' || last === '?' || last === '…';
}

/** Index of the last element of the ascending `positions` that is < `at`, or -1. */
function lastIndexBefore(positions: ArrayLike<number>, at: number): number {
  return countBelow(positions, at) - 1;
}

const APOSTROPHE = 39;

/** Does one of `words` start at `at`? Compared code by code: startsWith was slower here. */
function startsWithOneOf(text: string, at: number, words: readonly string[]): boolean {
  for (const word of words) {
    let i = 0;
    while (i < word.length && text.charCodeAt(at + i) === word.charCodeAt(i)) i++;
    if (i === word.length) return true;
  }
  return false;
}

/** `text` up to its first white space (or `stop` character): split(/[\s…]/)[0] without the array. */
function firstWord(text: string, stop = -1): string {
  let end = 0;
  while (end < text.length && !isSpaceCode(text.charCodeAt(end)) && text.charCodeAt(end) !== stop) end++;
  return text.slice(0, end);
}

function roleKey(title: string, adjective?: string): string {
  return adjective ? `${fold(title)} ${fold(adjective)}` : fold(title);
}

/**
 * The token range [first, last) of each span (spans in reading order, one pass over the tokens),
 * made into a reference by `refer`; spans that cover no token are left out.
 */
function locateSpans<T extends { start: number; end: number }, R>(tokens: Token[], spans: T[], refer: (span: T, first: number, last: number) => R): R[] {
  const out: R[] = [];
  const { starts, ends } = tokenColumns(tokens);
  let k = 0;
  for (const span of spans) {
    // Read once: spans of several shapes make each property read a slow, generic one.
    const { start, end } = span;
    while (k < ends.length && ends[k] <= start) k++;
    let last = k;
    while (last < starts.length && starts[last] < end) last++;
    if (last > k) out.push(refer(span, k, last));
  }
  return out;
}

/** Each token's mention (its index in `refs`), -1 where none. */
function mentionIndex(tokenCount: number, refs: readonly MentionRef[]): Int32Array {
  const mentionAt = new Int32Array(tokenCount).fill(-1);
  for (let n = 0; n < refs.length; n++) {
    for (let k = refs[n].first; k < refs[n].last; k++) mentionAt[k] = n;
  }
  return mentionAt;
}

/** 1 for each mention whose id is one of `personIds`. */
function personMentionMask(refs: readonly MentionRef[], personIds: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(refs.length);
  for (let n = 0; n < refs.length; n++) if (personIds.has(refs[n].mention.id)) mask[n] = 1;
  return mask;
}

/** 1 on the tokens inside a quote. */
function quoteMask(tokenCount: number, quotes: readonly QuoteRef[]): Uint8Array {
  const inQuote = new Uint8Array(tokenCount);
  for (const q of quotes) inQuote.fill(1, q.first, q.last);
  return inQuote;
}

function locateMentions(tokens: Token[], mentions: EntityMention[]): MentionRef[] {
  return locateSpans(tokens, mentions, (mention, first, last) => ({ mention, first, last }));
}

/** Token range of each quote. */
export function locateQuotes(tokens: Token[], quotes: Quotation[]): QuoteRef[] {
  return locateSpans(tokens, quotes, (quote, first, last) => ({ quote, first, last }));
}
