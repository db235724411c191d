import { fold, lexemeClasses } from './lexicon';
import { nameKeyOf } from './gazetteer';
import { detached } from './gazetteer/memo';
import { ABBREVIATED_TITLES } from './gazetteer/curated/titles';
import { codeAt } from './bounds';

// One pass over the text that cuts it into words, numbers and punctuation with their offsets,
// and marks where sentences and paragraphs begin. Every later rule works on these tokens.

export type TokenKind = 'word' | 'number' | 'punct';

/**
 * What every occurrence of one token text shares: its kind, folded form and case, and what the
 * recognisers learn about the word. Interned (one per distinct text, across articles), so an
 * article of 190,000 tokens holds a few thousand of these, and a rule that asks "is this word in
 * that list?" reads a bit computed the first time any article asked it.
 */
export interface Lexeme {
  /** Its index in the lexeme table, in order of first sight (TokenColumns.ids): equal ids, equal lexemes. */
  readonly id: number;
  readonly text: string;
  readonly kind: TokenKind;
  /** `fold(text)`: lowercase, accents stripped. */
  readonly folded: string;
  /** The gazetteer's key of the text (gazetteer nameKeyOf), which its name and title walks step by. */
  readonly nameKey: string;
  /** The first character is an uppercase letter. */
  readonly capitalised: boolean;
  /** The first character is a lowercase letter. */
  readonly lowercase: boolean;
  /** . ! ? or …: may end a sentence. */
  readonly sentenceEnd: boolean;
  /** SentenceMark bits: what the token does to the sentence marking (see TokenWriter). */
  readonly sentenceMarks: number;
  /** WordShape bits of a word (0 for other tokens), written to TokenColumns.shapes. */
  readonly shape: number;
  /**
   * Bits of word classes (lexicon.ts WordClass and isWordOf), computed when the tokeniser first
   * meets the word: once per distinct word instead of once per occurrence.
   */
  classes: number;
  /** Function words of each language in the text (language.ts); -1 until first asked. */
  languageVotes: number;
  /**
   * A word with an apostrophe or a hyphen, as the tokens it is cut into ("l'Ukraine": "l'" +
   * "Ukraine"; "Austin-based": "Austin" + "-" + "based"; most hyphenated words stay one piece);
   * cut on first sight (see pushScannedWord), undefined until then and for other words.
   */
  pieces: readonly WordPiece[] | undefined;
}

/** One token of a word cut at its apostrophe: its offset in the word and its lexeme. */
interface WordPiece {
  readonly offset: number;
  readonly lexeme: Lexeme;
}

const enum SentenceMark {
  /** A word after which a period does not end the sentence: "M.", "Dr.", an initial "J.". */
  Abbreviation = 1,
  /** A closing quote or bracket: after a period, the sentence stays open until the next word. */
  Closer = 2,
  /** An opening quote mark (when not glued to a word): it starts the speaker's sentence. */
  Opener = 4,
  /**
   * A comma or a semicolon (continuesSentence), read from this bit as each token is written:
   * comparing every token's text with "," followed it to its string.
   */
  Continues = 8,
}

/** Bits of a token's flags (Token.mark, TokenColumns.flags). */
export const enum TokenFlag {
  SentenceStart = 1,
  LineStart = 2,
  /** The sentence index is stored above the flag bits (Token only). */
  SentenceShift = 2,
  /** . ! ? … (TokenColumns.flags only: on the Token, Lexeme.sentenceEnd). */
  SentenceEnd = 4,
}

/**
 * Bits of a word's written shape (Lexeme.shape, TokenColumns.shapes), computed once per lexeme:
 * a pass over every word reads them from a column instead of measuring each word's string.
 */
export const enum WordShape {
  /** One character: "a", "J". */
  OneLetter = 1,
  /** Four characters or more. */
  FourLetters = 2,
  /** An elided French word, "D'", "qu’": three characters at most, the last an apostrophe. */
  Elided = 4,
  /** All letters uppercase, at least two of them (isAllCaps). */
  AllCaps = 8,
}

/**
 * One token: its offsets, its shared Lexeme, its sentence and flags. A class of four fields
 * behind getters rather than a plain object of ten: a megabyte of text makes 190,000 tokens
 * (8 bytes a field without pointer compression); sentence and flags share one integer.
 */
export class Token {
  // `declare`: assigned in the constructor only, no class-field definitions, one hidden class.
  declare readonly start: number;
  declare readonly lexeme: Lexeme;
  /** End-exclusive offset: start + the lexeme's length, stored because every rule reads it. */
  declare readonly end: number;
  /** sentence << SentenceShift | TokenFlag bits, set as the token is written (TokenWriter). */
  declare private bits: number;

  constructor(start: number, lexeme: Lexeme) {
    this.start = start;
    this.lexeme = lexeme;
    this.end = start + lexeme.text.length;
    this.bits = 0;
  }

  /** Refills a token of a TokenArena for a new article. */
  reuse(start: number, lexeme: Lexeme): void {
    // The only writes after construction: the fields are read-only to everyone else.
    const writable = this as { start: number; lexeme: Lexeme; end: number };
    writable.start = start;
    writable.lexeme = lexeme;
    writable.end = start + lexeme.text.length;
    this.bits = 0;
  }

  /** Set once, as the tokeniser writes the token (see TokenWriter). */
  mark(sentence: number, sentenceStart: boolean, lineStart: boolean): void {
    this.bits = (sentence << TokenFlag.SentenceShift) | (sentenceStart ? TokenFlag.SentenceStart : 0) | (lineStart ? TokenFlag.LineStart : 0);
  }

  /** Index of the sentence the token belongs to. */
  get sentence(): number {
    return this.bits >> TokenFlag.SentenceShift;
  }
  get text(): string {
    return this.lexeme.text;
  }
  get kind(): TokenKind {
    return this.lexeme.kind;
  }
  /** `fold(text)`: lowercase, accents stripped; computed once per distinct text. */
  get folded(): string {
    return this.lexeme.folded;
  }
  /** The first character is an uppercase letter. */
  get capitalised(): boolean {
    return this.lexeme.capitalised;
  }
  /** The first character is a lowercase letter. */
  get lowercase(): boolean {
    return this.lexeme.lowercase;
  }
  /** First token of its sentence (after . ! ? or a line break). */
  get sentenceStart(): boolean {
    return (this.bits & TokenFlag.SentenceStart) !== 0;
  }
  /** First token after a line break. */
  get lineStart(): boolean {
    return (this.bits & TokenFlag.LineStart) !== 0;
  }
}

// A word: letters (any script, with combining marks), digits inside, joined by hyphens or
// apostrophes ("Jean-Noël", "aujourd'hui"). Elision and possessives are cut afterwards.
// A number: digits with inner separators ("2025-02", "1,5", "12/02/2025") and an ordinal or
// plural suffix ("1er", "3rd", "1980s").

// French elided articles and conjunctions: "l'Ukraine" is "l'" + "Ukraine".
const ELISION_RE = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/iu;
// English possessive: "Truth's" is "Truth" + "'s".
const POSSESSIVE_RE = /['’]s$/i;
const NUMBER_SUFFIX_RE = /^(?:er|re|ère|e|ème|st|nd|rd|th|s)(?![\p{L}\p{N}])/u;

const enum CharClass {
  Unknown = 0,
  Letter = 1,
  Digit = 2,
  Space = 3,
  Other = 4,
}

/**
 * A property of each UTF-16 code unit, computed once per code unit on first sight (0 means not
 * yet computed): the scanner then costs one array read per character instead of a Unicode
 * regular expression.
 */
export function codeUnitTable<T extends number>(compute: (ch: string) => T): (code: number) => T {
  const table = new Uint8Array(65536);
  return (code) => {
    let value = table[code];
    if (value === 0) {
      value = compute(String.fromCharCode(code));
      table[code] = value;
    }
    return value as T;
  };
}

const classOf = codeUnitTable<CharClass>((ch) =>
  /[\p{L}\p{M}]/u.test(ch) ? CharClass.Letter : /\p{N}/u.test(ch) ? CharClass.Digit : /\s/u.test(ch) ? CharClass.Space : CharClass.Other,
);

const isJoiner = (code: number): boolean => code === 45 || code === 0x2010 || code === 39 || code === 0x2019; // - ‐ ' ’
const isNumberSeparator = (code: number): boolean => code === 46 || code === 44 || code === 58 || code === 47 || code === 45; // . , : / -
const isWordPart = (code: number): boolean => {
  const c = classOf(code);
  return c === CharClass.Letter || c === CharClass.Digit;
};

/** A letter (with its marks) or a digit, by UTF-16 code unit; NaN (out of range) is not. */
export function isLetterOrDigitCode(code: number): boolean {
  return code === code && isWordPart(code);
}

/** White space, by UTF-16 code unit. */
export function isSpaceCode(code: number): boolean {
  return code === code && classOf(code) === CharClass.Space;
}

/**
 * What scanWord found besides the end: the lexeme-table hash of the whole word and whether it
 * holds an apostrophe or a hyphen, computed in the same pass over its characters (module scratch, read
 * right after the call: the tokeniser's hottest loop makes no object for it).
 */
let scannedHash = 0;
let scannedApostrophe = false;
let scannedHyphen = false;

/** End of the word starting at i (a letter); see scannedHash, scannedApostrophe and scannedHyphen. */
function scanWord(text: string, i: number): number {
  let hash = Math.imul(HASH_SEED_WORD, 31) + text.charCodeAt(i) | 0;
  let apostrophe = false;
  let hyphen = false;
  let j = i + 1;
  for (;;) {
    let code = text.charCodeAt(j);
    while (j < text.length && isWordPart(code)) {
      hash = (Math.imul(hash, 31) + code) | 0;
      code = text.charCodeAt(++j);
    }
    if (j + 1 < text.length && isJoiner(code) && isWordPart(text.charCodeAt(j + 1))) {
      apostrophe ||= code === 39 || code === 0x2019;
      hyphen ||= code === 45;
      hash = (Math.imul(hash, 31) + code) | 0;
      j++;
    } else {
      scannedHash = hash;
      scannedApostrophe = apostrophe;
      scannedHyphen = hyphen;
      return j;
    }
  }
}

/** End of the number starting at i (a digit), with separators and suffix. */
function scanNumber(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    while (j < text.length && classOf(text.charCodeAt(j)) === CharClass.Digit) j++;
    if (j + 1 < text.length && isNumberSeparator(text.charCodeAt(j)) && classOf(text.charCodeAt(j + 1)) === CharClass.Digit) j += 2;
    else break;
  }
  const suffix = NUMBER_SUFFIX_RE.exec(text.slice(j, j + 4));
  return suffix ? j + suffix[0].length : j;
}

/** Punctuation that ends a sentence (unless an abbreviation's period). */
const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…']);

/**
 * Abbreviations after which a period does not end a sentence (single capital letters are
 * tested apart). The abbreviated titles of the gazetteer ("M.", "Maj.", "Insp."), matched as
 * written, with their capital: "lemonde.fr." and "swissinfo.ch." end their sentence though "Fr."
 * and "Ch." are titles. Not the capitals written without a period ("PC", "DC": "in Washington
 * DC." ends a sentence).
 */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  ABBREVIATED_TITLES.filter((title) => title.endsWith('.') || title !== title.toUpperCase()).map((title) => title.replace(/\.$/, '')),
);
/** Name endings and the abbreviations of running text, matched in any case ("etc.", "Inc."). */
const RUNNING_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'ste', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'vol', 'p', 'pp', 'art', 'av', 'bd', 'j.-c', 'ave', 'blvd']);

/**
 * Pushes the word text[start, end) just scanned (see scanWord). A word with an apostrophe is
 * cut once per distinct word and the cut kept on its lexeme: slicing it and running the
 * elision and possessive expressions at every occurrence was a tenth of the tokeniser's time.
 */
function pushScannedWord(writer: TokenWriter, text: string, start: number, end: number): void {
  const lexeme = lexemeTable.find(text, start, end, 'word', scannedHash);
  if (!scannedApostrophe && !scannedHyphen) {
    writer.add(start, lexeme);
    return;
  }
  if (lexeme.pieces === undefined) {
    const pieces: WordPiece[] = [];
    const suffix = scannedApostrophe ? undefined : PLACE_COMPOUND_SUFFIX_RE.exec(lexeme.text);
    if (suffix) cutPlaceCompound(lexeme.text, suffix.index, pieces);
    else cutWord(lexeme.text, 0, lexeme.text.length, pieces);
    lexeme.pieces = pieces;
  }
  for (const piece of lexeme.pieces) writer.add(start + piece.offset, piece.lexeme);
}

/**
 * "Austin-based", "Paris-bound", "Boston-area": a capitalised name, a hyphen and a word that
 * makes the name a place; the name is a word of its own, so that it can be tagged.
 */
export const PLACE_COMPOUND_WORDS: ReadonlySet<string> = new Set(['based', 'headquartered', 'bound', 'area']);
const PLACE_COMPOUND_SUFFIX_RE = new RegExp(`(?<=^\\p{Lu}[\\p{L}\\p{M}]+)-(?:${[...PLACE_COMPOUND_WORDS].join('|')})$`, 'u');

/** The pieces of a place compound cut at the hyphen `at` (see PLACE_COMPOUND_SUFFIX_RE): name, hyphen, word. */
function cutPlaceCompound(word: string, at: number, pieces: WordPiece[]): void {
  pieces.push({ offset: 0, lexeme: lexemeAt(word, 0, at, 'word') });
  pieces.push({ offset: at, lexeme: lexemeAt(word, at, at + 1, 'punct') });
  pieces.push({ offset: at + 1, lexeme: lexemeAt(word, at + 1, word.length, 'word') });
}

/** Appends the pieces of the word text[start, end): elided article, possessive and word. */
function cutWord(text: string, start: number, end: number, pieces: WordPiece[]): void {
  if (!hasApostrophe(text, start, end)) {
    pieces.push({ offset: start, lexeme: lexemeAt(text, start, end, 'word') });
    return;
  }
  const word = text.slice(start, end);
  const elision = ELISION_RE.exec(word);
  if (elision) {
    const cut = start + elision[0].length;
    pieces.push({ offset: start, lexeme: lexemeAt(text, start, cut, 'word') });
    cutWord(text, cut, end, pieces);
    return;
  }
  if (POSSESSIVE_RE.test(word) && word.length > 2) {
    const cut = end - 2;
    pieces.push({ offset: start, lexeme: lexemeAt(text, start, cut, 'word') });
    pieces.push({ offset: cut, lexeme: lexemeAt(text, cut, end, 'word') });
    return;
  }
  pieces.push({ offset: start, lexeme: lexemeAt(text, start, end, 'word') });
}

function hasApostrophe(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

/**
 * Interned lexemes, shared across articles like the fold cache. An open-addressing table keyed
 * by a hash computed on the article's characters, so that a token whose text was seen before
 * costs no string at all: slicing and hashing a fresh string per token was a quarter of the
 * tokeniser's time.
 */
class LexemeTable {
  private static readonly LIMIT = 1 << 17;
  private slots: (Lexeme | undefined)[] = new Array(1 << 12);
  private hashes = new Int32Array(1 << 12);
  private size = 0;
  private nextId = 0;
  /** Counts the times the table started over: the same id then names another lexeme (see LexemeMemo). */
  generation = 0;

  /** Ids given so far: every id of the current article is below. */
  get idCount(): number {
    return this.nextId;
  }

  /**
   * Called before each article: past the limit, a stream of unusual words starts the table
   * over, between articles, so that ids stay unique within one.
   */
  startArticle(): void {
    if (this.size < LexemeTable.LIMIT) return;
    this.rehash([], 1 << 12);
    this.nextId = 0;
    this.generation++;
  }

  /** The lexeme of text[start, end), made on first sight; `hash` is hashOf that span. */
  find(text: string, start: number, end: number, kind: TokenKind, hash: number): Lexeme {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const lexeme = this.slots[slot];
      // Interned across articles: its text must not be a view into this article (see detached).
      if (lexeme === undefined) return this.insert(slot, hash, makeLexeme(this.nextId++, detached(text.slice(start, end)), kind));
      if (this.hashes[slot] === hash && lexeme.kind === kind && sameText(lexeme.text, text, start, end)) return lexeme;
    }
  }

  /** The id of the lexeme of `text`, or -1 when the table has none (nothing is added). */
  idOf(text: string, kind: TokenKind): number {
    const hash = hashOf(text, 0, text.length, kind);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const lexeme = this.slots[slot];
      if (lexeme === undefined) return -1;
      if (this.hashes[slot] === hash && lexeme.kind === kind && sameText(lexeme.text, text, 0, text.length)) return lexeme.id;
    }
  }

  private insert(slot: number, hash: number, lexeme: Lexeme): Lexeme {
    this.slots[slot] = lexeme;
    this.hashes[slot] = hash;
    this.size++;
    // Kept at most half full.
    if (this.size * 2 > this.slots.length) this.rehash(this.slots, this.slots.length * 2);
    return lexeme;
  }

  /** A table of `capacity` slots holding the lexemes of `keep`. */
  private rehash(keep: readonly (Lexeme | undefined)[], capacity: number): void {
    const oldHashes = this.hashes;
    this.slots = new Array(capacity);
    this.hashes = new Int32Array(this.slots.length);
    this.size = 0;
    const mask = this.slots.length - 1;
    for (let k = 0; k < keep.length; k++) {
      const lexeme = keep[k];
      if (lexeme === undefined) continue;
      let slot = oldHashes[k] & mask;
      while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
      this.slots[slot] = lexeme;
      this.hashes[slot] = oldHashes[k];
      this.size++;
    }
  }
}

const HASH_SEED_WORD = 1;

function hashOf(text: string, start: number, end: number, kind: TokenKind): number {
  let hash = kind === 'word' ? HASH_SEED_WORD : kind === 'number' ? 2 : 3;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

function sameText(interned: string, text: string, start: number, end: number): boolean {
  if (interned.length !== end - start) return false;
  for (let i = 0; i < interned.length; i++) if (interned.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

const lexemeTable = new LexemeTable();

/**
 * The lexeme id (TokenColumns.ids) of the token text `text` in the article just tokenised, or -1
 * when no token of the lexeme table has it (so none of the article's). A pass looking for a
 * punctuation mark then compares integers from the ids column, not each token's text.
 */
export function lexemeIdOf(text: string, kind: TokenKind): number {
  return lexemeTable.idOf(text, kind);
}

function lexemeAt(text: string, start: number, end: number, kind: TokenKind): Lexeme {
  return lexemeTable.find(text, start, end, kind, hashOf(text, start, end, kind));
}

function makeLexeme(id: number, text: string, kind: TokenKind): Lexeme {
  const letterCase = kind === 'word' ? caseOf(text.charCodeAt(0)) : LetterCase.None;
  return {
    id,
    text,
    kind,
    folded: kind === 'word' ? fold(text) : text,
    nameKey: nameKeyOf(text),
    capitalised: letterCase === LetterCase.Upper,
    lowercase: letterCase === LetterCase.Lower,
    sentenceEnd: SENTENCE_END.has(text),
    sentenceMarks: sentenceMarksOf(text, kind),
    shape: kind === 'word' ? shapeOf(text) : 0,
    classes: 0,
    languageVotes: -1,
    pieces: undefined,
  };
}

function shapeOf(word: string): number {
  const last = word.charCodeAt(word.length - 1);
  return (
    (word.length === 1 ? WordShape.OneLetter : 0) |
    (word.length >= 4 ? WordShape.FourLetters : 0) |
    (word.length <= 3 && (last === 39 || last === 0x2019) ? WordShape.Elided : 0) |
    (isAllCaps(word) ? WordShape.AllCaps : 0)
  );
}

/** A word whose period ends no sentence: a title as written ("Dr", "Mme"), a running abbreviation, one capital letter. */
function isAbbreviation(word: string): boolean {
  return TITLE_ABBREVIATIONS.has(word) || RUNNING_ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && /\p{Lu}/u.test(word));
}

function sentenceMarksOf(text: string, kind: TokenKind): number {
  if (kind === 'word') return isAbbreviation(text) ? SentenceMark.Abbreviation : 0;
  if (kind !== 'punct') return 0;
  return (/[»”"’')\]]/.test(text) ? SentenceMark.Closer : 0) | (/[«“‘„"']/.test(text) ? SentenceMark.Opener : 0) | (continuesSentence(text) ? SentenceMark.Continues : 0);
}

const enum LetterCase {
  Unknown = 0,
  Upper = 1,
  Lower = 2,
  None = 3,
}

/** The case of each UTF-16 code unit (see codeUnitTable). */
const caseOf = codeUnitTable<LetterCase>((ch) =>
  ch !== ch.toLowerCase() ? LetterCase.Upper : ch !== ch.toUpperCase() ? LetterCase.Lower : LetterCase.None,
);

/**
 * The lexemes of `tokens` with any of the WordClass bits `classMask`, each once, in order of
 * first occurrence. Read by class and lexeme id (see TokenColumns.classes, ids): the pass reads
 * typed arrays per token and a token object only at a chosen lexeme's first occurrence, where a
 * stamp on each lexeme had it follow every token to its lexeme.
 */
export function distinctLexemes(tokens: readonly Token[], classMask: number): Lexeme[] {
  const { ids, idCount, classes } = tokenColumns(tokens);
  const seen = new Uint8Array(idCount);
  const distinct: Lexeme[] = [];
  for (let i = 0; i < ids.length; i++) {
    if ((classes[i] & classMask) === 0 || seen[ids[i]] !== 0) continue;
    seen[ids[i]] = 1;
    distinct.push(tokens[i].lexeme);
  }
  return distinct;
}

/**
 * Per-token arrays written by the tokeniser beside the Token objects: a rule's pass over every
 * token reads these in order instead of following each token object to its lexeme, which on a
 * megabyte of text is 190,000 scattered reads per pass.
 */
export interface TokenColumns {
  /** The tokens' texts, the form the gazetteer's look-ups take. */
  readonly texts: readonly string[];
  /** The tokens' gazetteer keys (Lexeme.nameKey), the `keys` of the gazetteer's walks. */
  readonly nameKeys: readonly string[];
  /**
   * Each token's lexeme id (Lexeme.id): one integer for its text, kind and all it shares, unique
   * within one article; all below idCount, the size of a table by id (see lexemeMask).
   */
  readonly ids: Int32Array;
  readonly idCount: number;
  /** Each token's WordClass bits (lexicon.ts). */
  readonly classes: Int32Array;
  /** Each token's start and end offsets (end-exclusive), as on the Token. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Each token's TokenFlag bits: it starts a sentence, a line; it may end a sentence. */
  readonly flags: Uint8Array;
  /** Each token's WordShape bits (Lexeme.shape). */
  readonly shapes: Uint8Array;
}

const columnsOfTokens = new WeakMap<readonly Token[], TokenColumns>();

/** The columns of a token list from tokenize() (computed here for any other list). */
export function tokenColumns(tokens: readonly Token[]): TokenColumns {
  let columns = columnsOfTokens.get(tokens);
  if (!columns) {
    columns = {
      texts: tokens.map((t) => t.text),
      nameKeys: tokens.map((t) => t.lexeme.nameKey),
      ids: Int32Array.from(tokens, (t) => t.lexeme.id),
      idCount: tokens.reduce((count, t) => Math.max(count, t.lexeme.id + 1), 0),
      classes: Int32Array.from(tokens, (t) => lexemeClasses(t.lexeme)),
      starts: Int32Array.from(tokens, (t) => t.start),
      ends: Int32Array.from(tokens, (t) => t.end),
      flags: Uint8Array.from(tokens, (t, n) => flagsOf(t.sentenceStart, t.lineStart, endsSentence(t, tokens[n - 1], tokens[n + 1]))),
      shapes: Uint8Array.from(tokens, (t) => t.lexeme.shape),
    };
    columnsOfTokens.set(tokens, columns);
  }
  return columns;
}

/**
 * Something about a word ("is it a paper's name word?", its key as a name), computed once per
 * lexeme for every article since, and read by lexeme id (TokenColumns.ids). A pass over every
 * token that looks for a few words then reads one array slot per candidate, where a Set or a
 * memo's Map look-up of its text followed the token object to its lexeme and its string, and
 * hashed it, at every occurrence in every article. `compute` must be a function of the lexeme
 * and never return undefined.
 */
export class LexemeMemo<T> {
  /** By lexeme id (of the table's current generation); undefined until computed. */
  private values: (T | undefined)[] = [];
  private generation = -1;

  constructor(private readonly compute: (lexeme: Lexeme) => T) {}

  /** Forgets the values of a lexeme table that started over; call before `of`, once per pass. */
  prepare(): this {
    if (this.generation !== lexemeTable.generation) {
      this.values = [];
      this.generation = lexemeTable.generation;
    }
    return this;
  }

  /** The value for `token`, whose lexeme id is `id`. */
  of(id: number, token: Token): T {
    // Tested against the length, never read past it: compiled code that meets a read out of
    // bounds for the first time is thrown away (a worker compiled the pass again each time the
    // vocabulary outgrew the slots).
    const value = id < this.values.length ? this.values[id] : undefined;
    return value !== undefined ? value : this.computeAt(id, token.lexeme);
  }

  private computeAt(id: number, lexeme: Lexeme): T {
    if (id >= this.values.length) this.grow(id + 1);
    const value = this.compute(lexeme);
    this.values[id] = value;
    return value;
  }

  /** Room for `needed` ids or more, grown whole (filled, not holey) so that the slots stay a fast array. */
  private grow(needed: number): void {
    // Pushed one by one: `new Array(size).fill()` read out of bounds in compiled code (see `of`).
    const size = Math.max(needed, this.values.length * 2, 1 << 12);
    const grown: (T | undefined)[] = [];
    for (let id = 0; id < size; id++) grown.push(id < this.values.length ? this.values[id] : undefined);
    this.values = grown;
  }
}

/**
 * 1 at the id of each lexeme of `tokens`, in a table by id for the article of `columns`: a pass
 * over every token then asks "is this one of those words?" with two typed-array reads, instead
 * of a string look-up through the token object.
 */
export function lexemeMask(columns: TokenColumns, tokens: Iterable<Token>): Uint8Array {
  const mask = new Uint8Array(columns.idCount);
  for (const token of tokens) mask[token.lexeme.id] = 1;
  return mask;
}

/** A token's TokenFlag bits for TokenColumns.flags. */
function flagsOf(sentenceStart: boolean, lineStart: boolean, sentenceEnd: boolean): number {
  return (sentenceStart ? TokenFlag.SentenceStart : 0) | (lineStart ? TokenFlag.LineStart : 0) | (sentenceEnd ? TokenFlag.SentenceEnd : 0);
}

/** "M." and "J." do not end a sentence: a period glued to an abbreviation or an initial. */
function isAbbreviationPeriod(text: string, start: number, previousEnd: number, previousMarks: number): boolean {
  return text === '.' && previousEnd === start && (previousMarks & SentenceMark.Abbreviation) !== 0;
}

/** Does `token` end its sentence, `previous` being the token before it? */
function endsSentence(token: Token, previous: Token | undefined, next: Token | undefined): boolean {
  if (!token.lexeme.sentenceEnd || (next !== undefined && continuesSentence(next.text))) return false;
  return !previous || !isAbbreviationPeriod(token.text, token.start, previous.end, previous.lexeme.sentenceMarks);
}

/** A comma or a semicolon: what follows it is still the sentence before it. */
function continuesSentence(text: string): boolean {
  return text === ',' || text === ';';
}

/** The typed columns of TokenColumns, grown by doubling. */
class NumberColumns {
  ids: Int32Array;
  classes: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  shapes: Uint8Array;

  constructor(capacity: number) {
    this.ids = new Int32Array(capacity);
    this.classes = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.shapes = new Uint8Array(capacity);
  }

  grow(): void {
    const grown = new NumberColumns(this.classes.length * 2);
    grown.ids.set(this.ids);
    grown.classes.set(this.classes);
    grown.starts.set(this.starts);
    grown.ends.set(this.ends);
    grown.flags.set(this.flags);
    grown.shapes.set(this.shapes);
    this.ids = grown.ids;
    this.classes = grown.classes;
    this.starts = grown.starts;
    this.ends = grown.ends;
    this.flags = grown.flags;
    this.shapes = grown.shapes;
  }
}

/**
 * Token objects, and the arrays that list them, kept from one article to the next and refilled:
 * a megabyte of text makes 190,000 tokens that live as long as its analysis, long enough for the
 * garbage collector to copy each of them twice, and growing a fresh array to that length copies
 * it a dozen times. analyze() tokenises into one arena, so re-analysing an open article as the
 * user types, or a worker going through an archive, makes almost no new tokens. The tokens (and
 * the arrays) handed out for an article are valid until the arena's next use; analyze() keeps
 * none in its result.
 */
export class TokenArena {
  private readonly spare: Token[] = [];
  /** The token list handed out, refilled by the next article. */
  readonly tokens: Token[] = [];
  /** The tokens' texts, keys and numbers (see TokenColumns), refilled likewise. */
  readonly texts: string[] = [];
  readonly nameKeys: string[] = [];
  readonly numbers = new NumberColumns(1 << 12);

  /** `limit`: the most tokens kept between articles (about 70 bytes each). */
  constructor(private readonly limit = 1 << 18) {}

  /** The token at `index` of the article being tokenised. */
  take(index: number, start: number, lexeme: Lexeme): Token {
    const token = this.spare[index];
    if (token !== undefined) {
      token.reuse(start, lexeme);
      return token;
    }
    const fresh = new Token(start, lexeme);
    if (index < this.limit) this.spare.push(fresh); // index === spare.length here
    return fresh;
  }
}

/**
 * Writes an article's tokens and their columns, into an arena's arrays when there is one, and
 * marks sentences and lines as each token arrives: a sentence ends at . ! ? (unless after an
 * abbreviation) once the next word is not lowercase, and always at a line break.
 */
class TokenWriter {
  readonly tokens: Token[];
  readonly texts: string[];
  readonly nameKeys: string[];
  private readonly numbers: NumberColumns;
  private count = 0;
  /** A line break since the last token (set by the tokeniser's white-space branch). */
  lineBreak = false;
  private sentence = 0;
  /** The last sentence-ending mark may end the sentence: the next non-lowercase token starts one. */
  private pendingEnd = true;
  private previousEnd = -1;
  private previousMarks = 0;
  /** The last token was a quote mark or bracket that opened a sentence. */
  private openerStartedSentence = false;

  constructor(
    private readonly text: string,
    private readonly arena: TokenArena | undefined,
  ) {
    this.tokens = arena ? arena.tokens : [];
    this.texts = arena ? arena.texts : [];
    this.nameKeys = arena ? arena.nameKeys : [];
    this.numbers = arena ? arena.numbers : new NumberColumns(1 << 10);
  }

  add(start: number, lexeme: Lexeme): void {
    const n = this.count++;
    // Overwritten in place: an arena's arrays keep their length from the previous article.
    const token = this.arena ? this.arena.take(n, start, lexeme) : new Token(start, lexeme);
    this.tokens[n] = token;
    this.texts[n] = lexeme.text;
    this.nameKeys[n] = lexeme.nameKey;
    const numbers = this.numbers;
    if (n === numbers.classes.length) numbers.grow();
    numbers.ids[n] = lexeme.id;
    numbers.classes[n] = lexemeClasses(lexeme);
    numbers.starts[n] = start;
    numbers.ends[n] = token.end;
    numbers.flags[n] = this.markSentence(token, n);
    numbers.shapes[n] = lexeme.shape;
    // "issued at 2 a.m., calling it …": a period right before a comma or a semicolon ended no sentence.
    if (n > 0 && lexeme.sentenceMarks & SentenceMark.Continues && numbers.flags[n - 1] & TokenFlag.SentenceEnd) numbers.flags[n - 1] &= ~TokenFlag.SentenceEnd;
  }

  /** Marks the token's sentence and flags; returns its TokenFlag bits. */
  private markSentence(token: Token, n: number): number {
    const lexeme = token.lexeme;
    const lineStart = n === 0 || this.lineBreak;
    const marks = lexeme.sentenceMarks;
    // A closing quote or bracket after the period ends the sentence it closes: “… to do.” One
    // doctor … (a straight quote, which also opens, closes only glued to the period).
    const closesSentence = marks & SentenceMark.Closer && (!(marks & SentenceMark.Opener) || token.start === this.previousEnd);
    // A comma or a semicolon never opens a sentence, after a period or after quote marks: "« Que
    // dire ? », a soufflé X".
    const startsHere = lineStart || (this.pendingEnd && !lexeme.lowercase && !closesSentence && !(marks & SentenceMark.Continues));
    // The first word after the quote mark that opened a sentence is in that sentence: ‘“We’ is one.
    if (startsHere && n > 0 && !this.openerStartedSentence) this.sentence++;
    this.openerStartedSentence = startsHere && (marks & SentenceMark.Opener) !== 0 && !(marks & SentenceMark.Closer && token.start === this.previousEnd);
    token.mark(this.sentence, startsHere, lineStart);
    const endsHere = lexeme.sentenceEnd && !isAbbreviationPeriod(lexeme.text, token.start, this.previousEnd, this.previousMarks);
    if (lexeme.sentenceEnd) {
      this.pendingEnd = endsHere;
    } else if (this.pendingEnd && marks & SentenceMark.Closer) {
      // A closing quote or bracket after the period keeps the sentence open until the next word.
    } else if (marks & SentenceMark.Opener && !isLetterOrDigitCode(codeAt(this.text, token.start - 1)) && !(marks & SentenceMark.Closer && token.start === this.previousEnd)) {
      // An opening quote mark starts the speaker's sentence: “Nothing in this order…”.
      this.pendingEnd = true;
    } else {
      this.pendingEnd = false;
    }
    this.lineBreak = false;
    this.previousEnd = token.end;
    this.previousMarks = marks;
    return flagsOf(startsHere, lineStart, endsHere);
  }

  /** Cuts the arrays to this article's tokens and records the columns for tokenColumns. */
  finish(): Token[] {
    const { count, numbers } = this;
    this.tokens.length = count;
    this.texts.length = count;
    this.nameKeys.length = count;
    columnsOfTokens.set(this.tokens, {
      texts: this.texts,
      nameKeys: this.nameKeys,
      ids: numbers.ids.subarray(0, count),
      idCount: lexemeTable.idCount,
      classes: numbers.classes.subarray(0, count),
      starts: numbers.starts.subarray(0, count),
      ends: numbers.ends.subarray(0, count),
      flags: numbers.flags.subarray(0, count),
      shapes: numbers.shapes.subarray(0, count),
    });
    return this.tokens;
  }
}

/**
 * Cuts `text` into tokens. Sentence and line flags are set in the same pass. With an `arena`,
 * the tokens are the arena's and valid until its next use (see TokenArena).
 */
export function tokenize(text: string, arena?: TokenArena): Token[] {
  lexemeTable.startArticle();
  const writer = new TokenWriter(text, arena);
  // The scan is a function of its own: compiled on entering its loop (on-stack replacement)
  // while finish() had never run, tokenize() failed on reaching finish() in every analysis.
  scanTokens(text, writer);
  return writer.finish();
}

/** Writes the tokens of `text`, in order. */
function scanTokens(text: string, writer: TokenWriter): void {
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    if (cls === CharClass.Space) {
      // Only white space lies between two tokens: a line break among it starts a line.
      if (code === 10 || code === 13) writer.lineBreak = true;
      i++;
    } else if (cls === CharClass.Letter) {
      const end = scanWord(text, i);
      pushScannedWord(writer, text, i, end);
      i = end;
    } else if (cls === CharClass.Digit) {
      const end = scanNumber(text, i);
      writer.add(i, lexemeAt(text, i, end, 'number'));
      i = end;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair (emoji) is one punctuation token of two code units.
      writer.add(i, lexemeAt(text, i, i + 2, 'punct'));
      i += 2;
    } else {
      writer.add(i, lexemeAt(text, i, i + 1, 'punct'));
      i++;
    }
  }
}

/** All letters uppercase, at least two of them ("CIA", "OTAN", "PAIX"). */
export function isAllCaps(word: string): boolean {
  // A lowercase ASCII second letter rules out most words ("Le", "Paris") before the Unicode
  // expressions run (a capital outside the BMP has its low surrogate there, never a-z).
  const second = codeAt(word, 1);
  if (second >= 97 && second <= 122) return false;
  // An ASCII word is answered by its characters (A-Z are its only \p{Lu}, 0-9 its only \p{N});
  // any other character leaves the answer to the expressions.
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) capitals++;
    else if (c >= 128) return /^\p{Lu}[\p{Lu}\p{N}&-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
    else if (i === 0 || !((c >= 48 && c <= 57) || c === 38 || c === 45)) return false;
  }
  return capitals >= 2;
}

/** The "'s" token the tokeniser cut from an English possessive ("Truth's" -> "Truth" + "'s"). */
export function isPossessiveMark(tok: Token | undefined): boolean {
  return !!tok && tok.text.length === 2 && POSSESSIVE_RE.test(tok.text);
}

/**
 * Two tokens are words of one phrase: only spaces between them (tabs and the non-breaking
 * spaces of French typography included), no line break, no punctuation. Touching tokens
 * ("d'" + "État", "Patrick" + "'s") have nothing between them: they pass too.
 */
export function onlySpacesBetween(text: string, a: Token, b: Token | undefined): boolean {
  if (!b) return false;
  for (let i = a.end; i < b.start; i++) if (!isInlineSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** A space within a line: ordinary, tab, no-break or narrow no-break (French typography's). */
export function isInlineSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f;
}
