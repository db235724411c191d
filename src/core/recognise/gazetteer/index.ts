// Gazetteer lookups for the recognisers: known names of places, organisations and events,
// first names, titles that introduce a person, and head words of organisation and place names.
//
// Everything is indexed once, keyed by foldKey(): the word lists into Maps and Sets at module
// load, the names of places, organisations and events on first use into a compact index that
// the recogniser walks token by token (longestNameAt), so that a lookup while reading an article
// is a fold and a few hash hits.
//
// Data: data/places.json, data/first-names.json and data/name-genders.json are generated from licensed data packages by
// scripts/build-gazetteers.mjs (see SOURCES.md); organisations, events, titles, head words and
// first-name exclusions are curated TypeScript lists under curated/, read here directly.
import placesData from './data/places.json';
import firstNamesData from './data/first-names.json';
import nameGendersData from './data/name-genders.json';
import townsData from './data/towns.json';
import { firstWordKey, foldKey, slugify } from './fold';
import { memoised } from './memo';
import { ORGANISATIONS, SEATS_NAMED_AS_PLACES } from './curated/organisations';
import { EVENTS } from './curated/events';
import { ABBREVIATED_TITLES, CALLING_TITLES, ENGLISH_PORTFOLIOS, ENGLISH_TITLE_PREFIXES, FRENCH_PORTFOLIOS, RANKED_ENGLISH_TITLES, TITLES } from './curated/titles';
import { HEAD_WORDS_ALSO_GIVEN_NAMES, HEAD_WORDS_NEVER_FAMILY_NAMES, LEGAL_FORMS, ORG_HEAD_WORDS, PLACE_HEAD_WORDS, WEAK_ORG_HEAD_WORDS } from './curated/head-words';
import { NOT_FIRST_NAMES } from './curated/first-name-exclusions';
import { POSTAL_ABBREVIATIONS } from './curated/postal-abbreviations';

export { foldKey, slugify } from './fold';

export type GazetteerType = 'LOC' | 'ORG' | 'EVENT';

export interface GazetteerEntry {
  readonly type: GazetteerType;
  /** One id per real-world entity across languages: the slug of its English name ("russia"). */
  readonly id: string;
  /**
   * LOC: 'country' | 'former-country' | 'continent' | 'region' | 'us-state' | 'fr-region' |
   * 'fr-department' | 'city' | 'water' | 'landform' | 'landmark';
   * ORG: 'international' | 'eu-institution' | 'government' | 'agency' | 'parliament' | 'court' |
   * 'party' | 'armed-group' | 'ngo' | 'media' | 'company' | 'sports-club' | 'education' | 'culture';
   * EVENT: 'war' | 'revolution' | 'historical' | 'sport' | 'culture' | 'political'.
   */
  readonly kind: string;
}

// ---- Names ----------------------------------------------------------------------------------

// How the finest tokenizer would cut a name: runs of letters/digits, and each other mark alone.
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

const enum LetterCase {
  /** Digits and marks only ("9/11", "20"): neither raises nor lowers a span's case. */
  NoLetter,
  NoCapital,
  Mixed,
  /** "WHO", "U.S.", "G7": letters, none of them lowercase. */
  AllCaps,
}

/** One pass over `s`, without regular expressions: it runs for every candidate span. */
function letterCase(s: string): LetterCase {
  let upper = false;
  let lower = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) upper = true;
      else if (c >= 97 && c <= 122) lower = true;
    } else {
      const ch = s[i];
      if (ch !== ch.toLowerCase()) upper = true;
      else if (ch !== ch.toUpperCase()) lower = true;
    }
    if (upper && lower) return LetterCase.Mixed;
  }
  if (!upper) return lower ? LetterCase.NoCapital : LetterCase.NoLetter;
  return lower ? LetterCase.Mixed : LetterCase.AllCaps;
}

function tokenCount(name: string): number {
  return name.match(TOKEN)?.length ?? 0;
}

/**
 * The folded forms the first token of `name` takes under any tokenizer: the whole first word
 * ("l'obs", "maison" of "Maison-Blanche"), the elided article alone ("l'"), the first run of
 * letters or digits ("l", "9" of "9/11").
 */
function firstWordForms(name: string): string[] {
  const word = firstWordKey(name);
  const forms = [word, foldKey(name.match(TOKEN)?.[0] ?? '')];
  const apostrophe = word.indexOf("'");
  if (apostrophe > 0) forms.push(word.slice(0, apostrophe + 1));
  return forms.filter((form) => form !== '');
}

/** nameKeyOf, memoised: asked for every token of every look-up, and token texts repeat. */
const compactKey = memoised(nameKeyOf);

/**
 * The key under which the gazetteer walks a token: folded, without spaces and apostrophes. A
 * tokeniser can compute it once per distinct word and hand the walks a column of them (the
 * `keys` argument of longestNameAt, titleAt and titleEndingAt).
 */
export function nameKeyOf(text: string): string {
  const folded = foldKey(text);
  return folded.includes(' ') || folded.includes("'") ? folded.replace(/[ ']/g, '') : folded;
}

/** What separates the words of a name as written in a list: "Sri Lanka", "Saint-Denis", "Côte d'Ivoire", "U.S.". */
const WORD_SEPARATOR = /[\s\-'’.]/;

/** Tokens that join the parts of a name or title without adding letters: "U . S", "M .", "d ' État". */
const CONNECTORS = new Set(['.', '-', "'", '’']);

/**
 * Values by compact key in a trie of their characters, so that a walk over tokens goes on from
 * where the previous token left it and stops at the first character no key continues with: the
 * usual cost is a few table reads per start token, and no string is built. (A set of every
 * prefix of every key, the first way, concatenated and hashed a new string at each token.)
 * States are numbers, 0 the empty key; a transition (state, UTF-16 code unit) -> state lives in
 * an open-addressing table of typed arrays.
 */
class CompactIndex<T> {
  private readonly values: (T | undefined)[] = [undefined];
  private fromState = new Int32Array(1 << 12).fill(-1);
  private viaCode = new Uint16Array(1 << 12);
  private toState = new Int32Array(1 << 12);
  private transitions = 0;
  /** See walkFromStart. */
  private readonly startWalks = new Map<string, number>();

  get(key: string): T | undefined {
    const state = this.walk(0, key);
    return state < 0 ? undefined : this.values[state];
  }

  set(key: string, value: T): void {
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      const next = this.child(state, code);
      state = next >= 0 ? next : this.addChild(state, code);
    }
    this.values[state] = value;
  }

  /**
   * walk(0, part), remembered by part. The names' trie is megabytes of transitions, so each
   * character of a walk is a read far from the last; a name's first word is walked from the
   * start at every occurrence, and most walks end within it.
   */
  walkFromStart(part: string): number {
    let state = this.startWalks.get(part);
    if (state === undefined) {
      state = this.walk(0, part);
      if (this.startWalks.size >= START_WALKS_LIMIT) this.startWalks.clear();
      // Kept as given: the walks' parts are the tokeniser's name keys, strings of their own (no
      // view into an article), and the same string at each occurrence, which a look-up compares first.
      this.startWalks.set(part, state);
    }
    return state;
  }

  /** The state reached from `state` by the characters of `part`; -1 when no key continues so. */
  walk(state: number, part: string): number {
    for (let i = 0; i < part.length && state >= 0; i++) state = this.child(state, part.charCodeAt(i));
    return state;
  }

  /** Does some key start with `prefix` (a non-empty key)? */
  hasPrefix(prefix: string): boolean {
    return prefix !== '' && this.walk(0, prefix) >= 0;
  }

  /** The value of the key spelled by the path to `state` (a state from walk). */
  valueAt(state: number): T | undefined {
    return this.values[state];
  }

  private child(state: number, code: number): number {
    const mask = this.fromState.length - 1;
    for (let slot = slotOf(state, code, mask); ; slot = (slot + 1) & mask) {
      const from = this.fromState[slot];
      if (from === -1) return -1;
      if (from === state && this.viaCode[slot] === code) return this.toState[slot];
    }
  }

  private addChild(state: number, code: number): number {
    const next = this.values.length;
    this.values.push(undefined);
    if ((this.transitions + 1) * 2 > this.fromState.length) this.grow();
    this.place(state, code, next);
    this.transitions++;
    return next;
  }

  private place(state: number, code: number, next: number): void {
    const mask = this.fromState.length - 1;
    let slot = slotOf(state, code, mask);
    while (this.fromState[slot] !== -1) slot = (slot + 1) & mask;
    this.fromState[slot] = state;
    this.viaCode[slot] = code;
    this.toState[slot] = next;
  }

  private grow(): void {
    const [from, via, to] = [this.fromState, this.viaCode, this.toState];
    this.fromState = new Int32Array(from.length * 2).fill(-1);
    this.viaCode = new Uint16Array(from.length * 2);
    this.toState = new Int32Array(from.length * 2);
    for (let slot = 0; slot < from.length; slot++) if (from[slot] !== -1) this.place(from[slot], via[slot], to[slot]);
  }
}

/** Parts walkFromStart remembers before it starts over: a stream of new words never grows it without end. */
const START_WALKS_LIMIT = 50000;

function slotOf(state: number, code: number, mask: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 7 & mask;
}

/**
 * What one compact key names, under each case rule of lookupName. Every field is set from the
 * start: one object shape for all (pickByCase read four, and deoptimised).
 */
interface NameCandidates {
  mixed: GazetteerEntry | undefined;
  acronym: GazetteerEntry | undefined;
  lowercaseAllowed: boolean;
  /** Some name of this key is written in several words ("Sri Lanka"): two words may spell it, not "I ran" for "Iran". */
  spaced: boolean;
}

/**
 * The names of all entities, with the three case rules of lookupName. The first entity to claim
 * a key keeps it: curated organisations and events are added before the places, because a name
 * someone listed as an organisation ("Kremlin", "Bercy") is one deliberately.
 */
class NameIndex {
  private readonly byKey = new Map<string, GazetteerEntry>();
  private readonly byAcronym = new Map<string, GazetteerEntry>();
  private readonly lowercaseKeys = new Set<string>();
  /**
   * Folded first words of all names, each with the most tokens a name starting with it has:
   * most candidate spans are rejected on their first word alone.
   */
  private readonly tokensByFirstWord = new Map<string, number>();
  /** The same names by compact key, for walking a token array (longestAt). */
  private readonly byCompactKey = new CompactIndex<NameCandidates>();
  maxTokens = 0;

  add(name: string, entry: GazetteerEntry): void {
    const key = foldKey(name);
    if (!key) return;
    const letters = letterCase(name);
    const table = letters === LetterCase.AllCaps ? this.byAcronym : this.byKey;
    if (!table.has(key)) table.set(key, entry);
    if (letters <= LetterCase.NoCapital) this.lowercaseKeys.add(key);
    this.addCompact(compactKey(name), letters, entry, WORD_SEPARATOR.test(name));
    const tokens = tokenCount(name);
    for (const first of firstWordForms(name)) {
      this.tokensByFirstWord.set(first, Math.max(this.tokensByFirstWord.get(first) ?? 0, tokens));
    }
    this.maxTokens = Math.max(this.maxTokens, tokens);
  }

  private addCompact(key: string, letters: LetterCase, entry: GazetteerEntry, spaced: boolean): void {
    let candidates = this.byCompactKey.get(key);
    if (!candidates) {
      candidates = { mixed: undefined, acronym: undefined, lowercaseAllowed: false, spaced: false };
      this.byCompactKey.set(key, candidates);
    }
    candidates.spaced ||= spaced;
    if (letters === LetterCase.AllCaps) candidates.acronym ??= entry;
    else candidates.mixed ??= entry;
    if (letters <= LetterCase.NoCapital) candidates.lowercaseAllowed = true;
  }

  /** The longest name spelled by words[i], words[i + 1]…, with the case rules of lookup. */
  longestAt(words: readonly string[], i: number, keys?: readonly string[]): NameMatch | undefined {
    let state = 0;
    let upper = false;
    let lower = false;
    let best: NameMatch | undefined;
    // Two word tokens in a row, with no connector between them: only a name written in several
    // words may span them.
    let wordsJoined = false;
    for (let j = i; j < words.length; j++) {
      const word = words[j];
      const part = keys ? keys[j] : compactKey(word);
      if (part === '') {
        if (CONNECTORS.has(word)) continue;
        break;
      }
      if (j > i && !CONNECTORS.has(words[j - 1])) wordsJoined = true;
      state = state === 0 ? this.byCompactKey.walkFromStart(part) : this.byCompactKey.walk(state, part);
      if (state < 0) break;
      const letters = letterCase(word);
      upper ||= letters === LetterCase.Mixed || letters === LetterCase.AllCaps;
      lower ||= letters === LetterCase.Mixed || letters === LetterCase.NoCapital;
      const candidates = this.byCompactKey.valueAt(state);
      const entry = candidates && (!wordsJoined || candidates.spaced) ? pickByCase(candidates, upper, lower) : undefined;
      if (entry) best = { words: j - i + 1, entry };
    }
    return best;
  }

  /** Can a name start with the token `word`? (longestAt's first step, alone) */
  mayStartWith(word: string): boolean {
    return this.byCompactKey.hasPrefix(compactKey(word));
  }

  /** Most tokens of a name that can start with the token `word`; 0 when none can. */
  tokensFrom(word: string): number {
    return this.tokensByFirstWord.get(firstWordKey(word)) ?? 0;
  }

  lookup(surface: string): GazetteerEntry | undefined {
    if (!this.tokensByFirstWord.has(firstWordKey(surface))) return undefined;
    const letters = letterCase(surface);
    const key = foldKey(surface);
    if (letters <= LetterCase.NoCapital) return this.lowercaseKeys.has(key) ? this.byKey.get(key) : undefined;
    if (letters === LetterCase.AllCaps) return this.byAcronym.get(key) ?? this.byKey.get(key);
    return this.byKey.get(key);
  }
}

export interface NameMatch {
  /** Tokens of the name, from the start index (a final period token is not included). */
  readonly words: number;
  readonly entry: GazetteerEntry;
}

/** The case rules of lookupName, given whether the span has capitals and lowercase letters. */
function pickByCase(candidates: NameCandidates, upper: boolean, lower: boolean): GazetteerEntry | undefined {
  if (!upper) return candidates.lowercaseAllowed ? candidates.mixed : undefined;
  if (!lower) return candidates.acronym ?? candidates.mixed;
  return candidates.mixed;
}

interface PlacesFile {
  places: Record<string, Record<string, string[]>>;
}

function buildNameIndex(): NameIndex {
  const index = new NameIndex();
  for (const org of ORGANISATIONS) {
    const entry: GazetteerEntry = Object.freeze({ type: 'ORG', id: slugify(org.en), kind: org.kind });
    const place: GazetteerEntry = Object.freeze({ ...entry, type: 'LOC' });
    for (const name of [org.en, ...org.names]) index.add(name, SEATS_NAMED_AS_PLACES.has(name) ? place : entry);
  }
  for (const event of EVENTS) {
    const entry: GazetteerEntry = Object.freeze({ type: 'EVENT', id: slugify(event.en), kind: event.kind });
    for (const name of [event.en, ...event.names]) index.add(name, entry);
  }
  const { places } = placesData as PlacesFile;
  for (const kind of Object.keys(places)) {
    for (const [id, names] of Object.entries(places[kind])) {
      const entry: GazetteerEntry = Object.freeze({ type: 'LOC', id, kind });
      for (const name of names) index.add(name, entry);
    }
  }
  return index;
}

/**
 * The name index, built on first use (about 0.1 s): a process that only reads the index's cache,
 * or a CLI command that analyses nothing, never pays for it.
 */
let nameIndex: NameIndex | undefined;
function names(): NameIndex {
  return (nameIndex ??= buildNameIndex());
}

/**
 * The first words, as written, of the event names the curated list writes in lowercase ("guerre
 * froide", "attentats du 11 septembre"): only at these lowercase words does a recogniser look a
 * name up (every other name opens on a capital).
 */
let lowercaseEventStarts: readonly string[] | undefined;
export function lowercaseEventFirstWords(): readonly string[] {
  lowercaseEventStarts ??= [...eventFirstWords((name) => /^\p{Ll}/u.test(name), (word) => word)];
  return lowercaseEventStarts;
}

/**
 * The first words (folded) of every event name with a digit in it ("attentats du 11 septembre",
 * "crise de 1929"; "General Strike" has none): only there may a known event hold a date.
 */
let datedEventStarts: ReadonlySet<string> | undefined;
export function isDatedEventStart(folded: string): boolean {
  datedEventStarts ??= eventFirstWords((name) => /\d/.test(name), foldKey);
  return datedEventStarts.has(folded);
}

/** The first words of the curated event names that `keep` accepts, each as `key` gives it. */
function eventFirstWords(keep: (name: string) => boolean, key: (word: string) => string): ReadonlySet<string> {
  return new Set(EVENTS.flatMap((event) => [event.en, ...event.names]).filter(keep).map((name) => key(name.split(/[\s']/)[0])));
}

/**
 * Upper bound on the number of tokens of any known name, counting each run of letters/digits
 * and each punctuation mark as one ("Washington, D.C." is 6). A caller that tries spans of up to
 * this many tokens from a start never misses a name, whatever its own tokenizer joins.
 */
export function maxNameWords(): number {
  return names().maxTokens;
}

/**
 * The longest known name made of the tokens words[i], words[i + 1]… (as any tokenizer cut them:
 * "Maison-Blanche" or "Maison" "-" "Blanche", "L'Obs" or "L'" "Obs"), with the case rules of
 * lookupName, or undefined. The fast way to scan a token array: it stops as soon as no name
 * continues, so most start tokens cost a few table reads and no string is sliced from the text.
 * `keys`, when given, holds nameKeyOf(words[k]) for every k (a tokeniser's column): no look-up.
 */
export function longestNameAt(words: readonly string[], i: number, keys?: readonly string[]): NameMatch | undefined {
  if (i < 0 || i >= words.length) return undefined;
  return names().longestAt(words, i, keys);
}

/**
 * False when no known name starts with the word token `word`: longestNameAt would find nothing.
 * A word property, so callers memoise it per distinct word (see lexicon.ts WordClass).
 */
export function mayStartName(word: string): boolean {
  return names().mayStartWith(word);
}

/**
 * Upper bound on the tokens of the names that can start with the token `word` (case ignored),
 * 0 when no name can: a caller skips the look-ahead for most tokens and shortens it for the
 * others ("Paris" starts names of at most 4 tokens, "Paris Saint-Germain").
 */
export function nameWordsFrom(word: string): number {
  return names().tokensFrom(word);
}

/**
 * The place, organisation or event named exactly by `surface` (one or several words, any
 * spacing, dashes or apostrophes), or undefined. Case rules, so that common words are not names:
 * - a surface without any capital letter matches only names listed in lowercase on purpose
 *   ("guerre froide"): "france" or "nice" in running text is not the country or the city;
 * - a name listed in capitals (an acronym: "WHO", "UN", "US") matches only a surface in capitals,
 *   so "Who" or "Un" opening a sentence is not an organisation;
 * - any other capitalised or all-caps surface matches case-insensitively ("FRANCE" in a headline).
 * Accents, apostrophes (’ or '), dashes and periods are folded: "Maison Blanche" = "Maison-Blanche".
 */
export function lookupName(surface: string): GazetteerEntry | undefined {
  return memoisedLookup(surface) ?? undefined;
}

/** A chunk's surface is looked up at each mention of the name: memoised. */
const memoisedLookup = memoised((surface: string) => names().lookup(surface) ?? null);

// ---- Titles ----------------------------------------------------------------------------------

function expandedTitles(): string[] {
  const ministers = ['ministre', 'ministre délégué', 'ministre déléguée'];
  return [
    ...TITLES,
    ...ministers.flatMap((m) => FRENCH_PORTFOLIOS.map((p) => `${m} ${p}`)),
    ...ENGLISH_PORTFOLIOS.flatMap((p) => [`${p} Minister`, `${p} Secretary`]),
    ...ENGLISH_TITLE_PREFIXES.flatMap((prefix) => RANKED_ENGLISH_TITLES.map((t) => `${prefix} ${t}`)),
  ];
}

const TITLE_RANKS: ReadonlySet<string> = new Set(ENGLISH_TITLE_PREFIXES);

/** "Deputy", "Senior": a rank written before an English office ("Senior Superintendent"). */
export function isTitleRank(word: string): boolean {
  return TITLE_RANKS.has(word);
}

class TitleIndex {
  /** Title keys; true for abbreviations that are not also full titles: they need their capital. */
  private readonly keys = new CompactIndex<boolean>();
  /** Keys of one-word titles and abbreviations, which are never first names. */
  readonly singleWordKeys = new Set<string>();
  /** Keys of the last word of every title: a cheap first test before titleEndingAt. */
  readonly lastWordKeys = new Set<string>();
  /** Keys of the abbreviations' words: only these take a period ("Dr." but not "president."). */
  private readonly abbreviationKeys = new Set<string>();
  /** Upper bound on the tokens of a title, as maxNameWords() for names. */
  maxTokens = 0;

  constructor(full: readonly string[], abbreviated: readonly string[]) {
    for (const title of full) this.addKey(compactKey(title), title, false);
    for (const title of abbreviated) {
      const key = compactKey(title);
      this.addKey(key, title, this.keys.get(key) ?? true);
      for (const word of title.split(/\s+/)) this.abbreviationKeys.add(compactKey(word));
    }
  }

  private addKey(key: string, title: string, capitalOnly: boolean): void {
    this.keys.set(key, capitalOnly);
    this.maxTokens = Math.max(this.maxTokens, tokenCount(title));
    const words = title.replace(/\.$/, '').split(/[\s'’]+/);
    this.lastWordKeys.add(compactKey(words[words.length - 1]));
    // One token in our tokeniser: no space or apostrophe ("porte-parole" and "vice-président"
    // are single words, "secrétaire d'État" is not).
    if (!/[\s'’]/.test(title.replace(/\.$/, ''))) this.singleWordKeys.add(key);
  }

  /** True when `word` alone is a title; abbreviations need their capital. */
  isSingleWord(word: string): boolean {
    const key = compactKey(word);
    if (!this.singleWordKeys.has(key)) return this.isHyphenated(word);
    return !this.keys.get(key) || startsWithCapital(word);
  }

  /** "Police-constable", "Police-sergeant": a title of several words written as one, hyphenated (not "vice-président", listed as it is). */
  isHyphenated(word: string): boolean {
    const key = compactKey(word);
    return word.includes('-') && !this.singleWordKeys.has(key) && this.keys.get(key.replace(/-/g, '')) === false;
  }

  /** Can a title start with the token `word`? (longestAt's first step, alone) */
  mayStartWith(word: string): boolean {
    return this.keys.hasPrefix(compactKey(word));
  }

  /** Tokens of the longest title starting at words[i]; 0 when none does. */
  longestAt(words: readonly string[], i: number, keys?: readonly string[]): number {
    let state = 0;
    let best = 0;
    for (let j = i; j < words.length; j++) {
      const part = keys ? keys[j] : compactKey(words[j]);
      // A period may follow an abbreviation ("M", "."); other marks end the title, and so does
      // the period ending a sentence after a full word ("… met her father. Outside, …").
      if (part === '' && (words[j] !== '.' || j === i || !this.abbreviationKeys.has(keys ? keys[j - 1] : compactKey(words[j - 1])))) break;
      state = this.keys.walk(state, part);
      // State 0 is the empty key: a title does not start with a period.
      if (state <= 0) break;
      const capitalOnly = this.keys.valueAt(state);
      if (capitalOnly === false || (capitalOnly && startsWithCapital(words[i]))) best = j - i + 1;
    }
    return best;
  }
}

/** Does the word open on a capital letter? An ASCII letter answers without the Unicode expression. */
export function startsWithCapital(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first >= 97 && first <= 122) return false;
  return /^\p{Lu}/u.test(word);
}

const titles = new TitleIndex(expandedTitles(), ABBREVIATED_TITLES);

/**
 * Number of tokens of the longest title or role phrase that starts at words[i] ("président",
 * "secrétaire d'État", "Prime Minister", "ministre de l'Intérieur", "M" followed by "."), or 0.
 * `words` are the token texts of a sentence as any tokenizer cut them: "d'État" or "d'" + "État",
 * "M." or "M" + "." all match, and a trailing period token is included in the count.
 * Full titles match in any case; abbreviations ("M.", "Me", "Dr", "Sen.") only capitalised.
 * A recogniser reads a capitalised name right after the returned span as a person.
 */
export function titleAt(words: readonly string[], i: number, keys?: readonly string[]): number {
  if (i < 0 || i >= words.length) return 0;
  return titles.longestAt(words, i, keys);
}

/**
 * Number of tokens of the longest title that ends at words[end] inclusive, or 0: the look-behind
 * form of titleAt, for a recogniser standing before a name: with the tokens
 * ["le", "ministre", "de", "l'", "Intérieur", "Bruno"], titleEndingAt(words, 4) is 4.
 * `mayStartAt(k)`, when given, is false only where no title can start at words[k] (a word for
 * which mayStartTitle is false): those starts are not walked.
 */
export function titleEndingAt(words: readonly string[], end: number, keys?: readonly string[], mayStartAt?: (k: number) => boolean): number {
  if (end < 0 || end >= words.length) return 0;
  const lastAt = words[end] === '.' && end > 0 ? end - 1 : end;
  if (!titles.lastWordKeys.has(keys ? keys[lastAt] : compactKey(words[lastAt]))) return 0;
  for (let start = Math.max(0, end - titles.maxTokens + 1); start <= end; start++) {
    // A caller's per-word answer (see mayStartTitle) spares the walk from most starts.
    if (mayStartAt && !mayStartAt(start)) continue;
    if (titles.longestAt(words, start, keys) === end - start + 1) return end - start + 1;
  }
  return 0;
}

/**
 * False when no title starts with the token `word` (titleAt is then 0), or ends with it
 * (titleEndingAt is 0 unless `word` is the period of an abbreviation). Word properties, so
 * callers memoise them per distinct word (see lexicon.ts WordClass).
 */
export function mayStartTitle(word: string): boolean {
  return titles.mayStartWith(word);
}

export function mayEndTitle(word: string): boolean {
  return titles.lastWordKeys.has(compactKey(word));
}

/**
 * True when `word` (one token) is a title or role by itself: "président", "ministre", "Senator",
 * "Mme", "M", "Dr". Multi-word titles need titleAt/titleEndingAt ("secrétaire d'État" ends on
 * "État", which alone is no title).
 */
export function isTitleWord(word: string): boolean {
  return titles.isSingleWord(word);
}

/** A title of several words written as one hyphenated word: "Police-constable" (see TitleIndex.isHyphenated). */
export function isHyphenatedTitle(word: string): boolean {
  return titles.isHyphenated(word);
}

const callingTitles = new Set(CALLING_TITLES.map(foldKey));

/** A calling rather than an office ("comédien", "striker"; not "ministre"), by its folded word. */
export function isCallingTitle(folded: string): boolean {
  return callingTitles.has(folded);
}

// ---- Head words ---------------------------------------------------------------------------------

const orgHeadWords = new Set(ORG_HEAD_WORDS.map(foldKey));
const placeHeadWords = new Set(PLACE_HEAD_WORDS.map(foldKey));
const legalForms = new Set(LEGAL_FORMS);
const headWordKeys = new Set([...orgHeadWords, ...placeHeadWords, ...LEGAL_FORMS.map(foldKey)]);
for (const name of HEAD_WORDS_ALSO_GIVEN_NAMES) headWordKeys.delete(foldKey(name));

function withoutFinalPeriod(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** "Touring-Club", "Aéro-Club", "Automobile-Club": a club's head glued to its pursuit, as the older French press writes it. */
const HYPHENATED_CLUB = /^\p{Lu}\p{Ll}+-Club$/u;

/**
 * True for a word that heads or closes an organisation name: "Ministère", "Université",
 * "Bank", "Party", and legal forms "Inc.", "SA", "GmbH" (those with their exact capitals, since
 * "sa" or "co" are everyday words). Other head words match in any case: the caller decides
 * whether the phrase around them is capitalised.
 */
export function isOrgHeadWord(word: string): boolean {
  return orgHeadWords.has(foldKey(word)) || isLegalForm(word) || HYPHENATED_CLUB.test(word);
}

const weakOrgHeadWords = new Set(WEAK_ORG_HEAD_WORDS.map(foldKey));

/** A head word that is as often a common noun ("Services", "Survey", "Groupement"). */
export function isWeakOrgHeadWord(word: string): boolean {
  return weakOrgHeadWords.has(foldKey(word));
}

/** A legal form that closes a company name, with its exact capitals: "Inc.", "Plc", "SA", "GmbH". */
export function isLegalForm(word: string): boolean {
  return legalForms.has(withoutFinalPeriod(word));
}

const headWordsNeverFamilyNames = new Set(HEAD_WORDS_NEVER_FAMILY_NAMES.map(foldKey));

/** A head word no person is named after ("University", "County"; not "Court", "Hall"). */
export function isHeadWordNeverFamilyName(word: string): boolean {
  return headWordsNeverFamilyNames.has(foldKey(word));
}

/** True for a word that heads a place name: "Mont", "Lac", "Golfe", "Rue", "Lake", "River", "Street". */
export function isPlaceHeadWord(word: string): boolean {
  return placeHeadWords.has(foldKey(word));
}

// ---- First names -------------------------------------------------------------------------------

const firstNames = new Set<string>((firstNamesData as { names: string[] }).names);
/** Gender letter of each first name ("f", "m" or "u" when locales disagree), by folded key. */
const firstNameGenders = new Map<string, string>();
{
  const { names: list, genders } = firstNamesData as { names: string[]; genders: string };
  list.forEach((key, i) => firstNameGenders.set(key, genders[i]));
}
const notFirstNames = new Set<string>(NOT_FIRST_NAMES.map(foldKey));

function isKnownFirstName(key: string): boolean {
  return firstNames.has(key) && !isNobodysGivenName(key);
}

/** Titles, head words and the common words of first-name-exclusions.ts are nobody's given name ("King", "Judge", "Lady"). */
function isNobodysGivenName(key: string): boolean {
  return notFirstNames.has(key) || titles.singleWordKeys.has(key) || headWordKeys.has(key);
}

/**
 * True when `word` (one token) is a capitalised given name: "Jean", "Fatima", "Volodymyr",
 * "JEAN" in a headline. A hyphenated compound ("Jean-Noël") is one when it is listed or when
 * every part is. Lowercase words are never first names ("pierre" is a stone); neither are the
 * common words of curated/first-name-exclusions.ts, titles ("King") or head words ("Inc").
 */
export function isFirstName(word: string): boolean {
  return isFirstNameMemo(word);
}

/**
 * isFirstName and firstNameGender, remembered by word: asked for the first word of every
 * person's name, they cost a fold and up to six look-ups in the large name lists each time.
 */
const isFirstNameMemo = memoised(computeIsFirstName);
const firstNameGenderMemo = memoised((word) => computeFirstNameGender(word) ?? null);

function computeIsFirstName(word: string): boolean {
  if (!startsWithCapital(word)) return false;
  const key = foldKey(word);
  if (isKnownFirstName(key)) return true;
  if (!key.includes(' ')) return false;
  const parts = key.split(' ');
  return parts.every((part) => part.length >= 2 && isKnownFirstName(part));
}

/**
 * "f" or "m" when the first name is given to one sex only in every locale that lists it
 * ("Claire", "Paul"), or, listed by none, by nine births in ten of the US records ("Fergus");
 * a compound by its head ("Marie-Claude"); undefined otherwise ("Andrea", "Claude", unknown names).
 */
export function firstNameGender(word: string): 'f' | 'm' | undefined {
  return firstNameGenderMemo(word) ?? undefined;
}

function computeFirstNameGender(word: string): 'f' | 'm' | undefined {
  const key = foldKey(word);
  const gender = genderOfKey(key);
  // (foldKey turns the hyphen of "Marie-Claude" into a space.)
  const cut = key.indexOf(' ');
  if (gender || cut < 0) return gender;
  // A compound takes the gender of its head ("Marie-Claude", "Pierre-Yves"), even one the
  // locales disagree on; "Jean", female in English, is male at the head of the French
  // compounds ("Jean-Claude", "Jean-Marie").
  const head = key.slice(0, cut);
  return head === 'jean' ? 'm' : genderOfKey(head);
}

function genderOfKey(key: string): 'f' | 'm' | undefined {
  if (isNobodysGivenName(key)) return undefined;
  const letter = firstNameGenders.get(key);
  if (letter === 'f' || letter === 'm') return letter;
  // A name the locales disagree on ("Andrea", "Jean") stays unknown; one they do not list at
  // all may be in the US birth records ("Fergus", "Siobhan").
  return letter === undefined ? recordedGenders().get(key) : undefined;
}

let recordedGendersMap: Map<string, 'f' | 'm'> | undefined;

/** Given names of data/name-genders.json by sex, indexed on first use (a pronoun needs them). */
function recordedGenders(): Map<string, 'f' | 'm'> {
  if (!recordedGendersMap) {
    recordedGendersMap = new Map();
    const { female, male } = nameGendersData as { female: string; male: string };
    for (const key of female.split(' ')) recordedGendersMap.set(key, 'f');
    for (const key of male.split(' ')) recordedGendersMap.set(key, 'm');
  }
  return recordedGendersMap;
}

// ---- Towns ----------------------------------------------------------------------------------

/**
 * Towns below the cities' thresholds (see SOURCES.md): folded name -> name, built on first use
 * (the slug only on a hit: slugifying all 47,000 names up front took 0.1 s).
 * Not names of the index: a town only types a name that no cue and no stronger list typed.
 */
let townNames: Map<string, string> | undefined;
function towns(): Map<string, string> {
  if (!townNames) {
    townNames = new Map();
    for (const name of (townsData as { names: string }).names.split('\n')) townNames.set(foldKey(name), name);
  }
  return townNames;
}

/**
 * The id of the town named exactly by `surface` ("Visé" -> "vise"), or undefined. A surface in
 * lowercase is no town (a word: "mission", "union").
 */
export function lookupTown(surface: string): string | undefined {
  // An ASCII capital first answers the Unicode expression's question without running it.
  const first = surface.charCodeAt(0);
  const name = (first >= 65 && first <= 90) || /\p{Lu}/u.test(surface) ? towns().get(foldKey(surface)) : undefined;
  return name === undefined ? undefined : slugify(name);
}

// ---- Postal abbreviations ---------------------------------------------------------------------

const POSTAL_IDS: ReadonlyMap<string, string> = new Map(Object.entries(POSTAL_ABBREVIATIONS));

/** The place id of a wire-copy state or province abbreviation, period included ("Calif." → california). */
/** Every id a postal abbreviation stands for. */
export function postalAbbreviationIds(): Iterable<string> {
  return POSTAL_IDS.values();
}

export function postalAbbreviationId(text: string): string | undefined {
  return POSTAL_IDS.get(text);
}
