import { fold } from './lexicon';

// One pass over the text that cuts it into words, numbers and punctuation with their offsets,
// and marks where sentences and paragraphs begin. Every later rule works on these tokens.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** First token of its sentence (after . ! ? or a line break). */
  sentenceStart: boolean;
  /** First token after a line break. */
  lineStart: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** `fold(text)`: lowercase, accents stripped; computed once, read by every rule. */
  folded: string;
  /** The first character is an uppercase letter. */
  capitalised: boolean;
  /** The first character is a lowercase letter. */
  lowercase: boolean;
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
function codeUnitTable<T extends number>(compute: (ch: string) => T): (code: number) => T {
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

/** End of the word starting at i (a letter). */
function scanWord(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    while (j < text.length && isWordPart(text.charCodeAt(j))) j++;
    if (j + 1 < text.length && isJoiner(text.charCodeAt(j)) && isWordPart(text.charCodeAt(j + 1))) j += 2;
    else return j;
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
export const SENTENCE_END: ReadonlySet<string> = new Set(['.', '!', '?', '…']);

/** Single capital letters and common abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'mr', 'mrs', 'ms',
  'messrs', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'prof',
  'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'vol', 'p', 'pp', 'art', 'av', 'bd', 'j.-c',
]);

function pushWord(tokens: Token[], text: string, start: number): void {
  if (!text.includes("'") && !text.includes('’')) {
    tokens.push(makeToken(text, start, 'word'));
    return;
  }
  const elision = ELISION_RE.exec(text);
  if (elision) {
    const cut = elision[0].length;
    tokens.push(makeToken(text.slice(0, cut), start, 'word'));
    pushWord(tokens, text.slice(cut), start + cut);
    return;
  }
  const possessive = POSSESSIVE_RE.exec(text);
  if (possessive && text.length > 2) {
    const cut = text.length - 2;
    tokens.push(makeToken(text.slice(0, cut), start, 'word'));
    tokens.push(makeToken(text.slice(cut), start + cut, 'word'));
    return;
  }
  tokens.push(makeToken(text, start, 'word'));
}

function makeToken(text: string, start: number, kind: TokenKind): Token {
  const folded = kind === 'word' ? fold(text) : text;
  const letterCase = kind === 'word' ? caseOf(text.charCodeAt(0)) : LetterCase.None;
  return {
    start,
    end: start + text.length,
    text,
    kind,
    sentenceStart: false,
    lineStart: false,
    sentence: 0,
    folded,
    capitalised: letterCase === LetterCase.Upper,
    lowercase: letterCase === LetterCase.Lower,
  };
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

/** Cuts `text` into tokens. Sentence and line flags are set in the same pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const cls = classOf(code);
    if (cls === CharClass.Space) {
      i++;
    } else if (cls === CharClass.Letter) {
      const end = scanWord(text, i);
      pushWord(tokens, text.slice(i, end), i);
      i = end;
    } else if (cls === CharClass.Digit) {
      const end = scanNumber(text, i);
      tokens.push(makeToken(text.slice(i, end), i, 'number'));
      i = end;
    } else {
      // A surrogate pair (emoji) is one punctuation token of two code units.
      const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      tokens.push(makeToken(text.slice(i, i + width), i, 'punct'));
      i += width;
    }
  }
  markSentences(tokens, text);
  return tokens;
}

function hasLineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** Does the period of token `i` close a sentence, or an abbreviation/initial ("M.", "J.")? */
function periodEndsSentence(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i].start) return true;
  const word = prev.text.toLowerCase();
  if (prev.kind === 'word' && (ABBREVIATIONS.has(word) || (prev.text.length === 1 && /\p{Lu}/u.test(prev.text)))) {
    return false;
  }
  return true;
}

function markSentences(tokens: Token[], text: string): void {
  let sentence = 0;
  let pendingEnd = true;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const lineStart = i === 0 || hasLineBreakBetween(text, tokens[i - 1].end, tok.start);
    tok.lineStart = lineStart;
    // A sentence ends at . ! ? (unless an abbreviation) once the next word is not lowercase,
    // and always at a line break.
    const startsHere = lineStart || (pendingEnd && !tok.lowercase);
    if (startsHere && i > 0) sentence++;
    tok.sentenceStart = startsHere;
    tok.sentence = sentence;
    if (SENTENCE_END.has(tok.text)) {
      pendingEnd = periodEndsSentence(tokens, i) || tok.text !== '.';
    } else if (tok.kind === 'punct' && pendingEnd && /[»”"’')\]]/.test(tok.text)) {
      // A closing quote or bracket after the period keeps the sentence open until the next word.
    } else if (tok.kind === 'punct' && /[«“‘„"']/.test(tok.text) && !isLetterOrDigitCode(text.charCodeAt(tok.start - 1))) {
      // An opening quote mark starts the speaker's sentence: “Nothing in this order…”.
      pendingEnd = true;
    } else {
      pendingEnd = false;
    }
  }
}

/** Is the first letter of the word an uppercase letter? */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** All letters uppercase, at least two of them ("CIA", "OTAN", "PAIX"). */
export function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

/**
 * Two tokens are words of one phrase: only spaces between them (tabs and the non-breaking
 * spaces of French typography included), no line break, no punctuation.
 */
export function onlySpacesBetween(text: string, a: Token, b: Token | undefined): boolean {
  if (!b) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 0x202f && c !== 9) return false;
  }
  return true;
}
