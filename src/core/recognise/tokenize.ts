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
}

// A word: letters (any script, with combining marks), digits inside, joined by hyphens or
// apostrophes ("Jean-Noël", "aujourd'hui"). Elision and possessives are cut afterwards.
const TOKEN_RE =
  /([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-‐'’][\p{L}\p{M}\p{N}]+)*)|(\p{N}+(?:[.,:/-]\p{N}+)*(?:(?:er|re|ère|e|ème|st|nd|rd|th)(?!\p{L}))?)|(\S)/gu;

// French elided articles and conjunctions: "l'Ukraine" is "l'" + "Ukraine".
const ELISION_RE = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/iu;
// English possessive: "Truth's" is "Truth" + "'s".
const POSSESSIVE_RE = /['’]s$/i;

const SENTENCE_END = new Set(['.', '!', '?', '…']);

/** Single capital letters and common abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'mr', 'mrs', 'ms',
  'messrs', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'prof',
  'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'vol', 'p', 'pp', 'art', 'av', 'bd', 'j.-c',
]);

function pushWord(tokens: Token[], text: string, start: number): void {
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
  return { start, end: start + text.length, text, kind, sentenceStart: false, lineStart: false, sentence: 0 };
}

/** Cuts `text` into tokens. Sentence and line flags are set in the same pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    if (m[1] !== undefined) pushWord(tokens, m[1], m.index);
    else tokens.push(makeToken(m[0], m.index, m[2] !== undefined ? 'number' : 'punct'));
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
    const startsHere = lineStart || (pendingEnd && !/^\p{Ll}/u.test(tok.text));
    if (startsHere && i > 0) sentence++;
    tok.sentenceStart = startsHere;
    tok.sentence = sentence;
    if (SENTENCE_END.has(tok.text)) {
      pendingEnd = periodEndsSentence(tokens, i) || tok.text !== '.';
    } else if (tok.kind === 'punct' && pendingEnd && /[»”"’')\]]/.test(tok.text)) {
      // A closing quote or bracket after the period keeps the sentence open until the next word.
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
