// The word classes the speaker rules ask of a token (is it a preposition, a title, a speech
// verb…), each answered once per token and kept as bits. The rules ask them of the same tokens
// again and again (each sentence's first words, the words around every quote and mention), and
// each answer costs one to a dozen Set lookups; this way it costs an array read.

import {
  fold,
  PREPOSITIONS,
  SOURCE_INTRODUCERS,
  SINGULAR_PRONOUNS,
  OTHER_PRONOUNS,
  VERB_FILLERS,
  DETERMINERS,
  INVERTED_PRONOUN,
  isSpeechVerb,
} from './lexicon';
import * as gazetteer from './gazetteer';
import { SENTENCE_END, type Token } from './tokenize';

/** A token's word classes, as bits. Two groups, computed apart: the verb group costs more. */
export const enum Lex {
  Preposition = 1 << 0,
  Determiner = 1 << 1,
  SingularPronoun = 1 << 2,
  OtherPronoun = 1 << 3,
  VerbFiller = 1 << 4,
  SourceIntroducer = 1 << 5,
  /** . ! ? … */
  SentenceEnd = 1 << 6,
  /** A title or role by itself (gazetteer.isTitleWord). */
  Title = 1 << 7,
  /** The word group above is known. */
  WordGroupKnown = 1 << 8,
  /** isSpeechVerb of the whole token. */
  SpeechVerb = 1 << 9,
  /** A French inverted form ("a-t-il", "dit-elle"). */
  Inverted = 1 << 10,
  /** An inverted form whose verb part is a speech verb ("ajoute-t-elle"). */
  InvertedSpeechVerb = 1 << 11,
  Adverb = 1 << 12,
  Adjective = 1 << 13,
  /** The verb group above is known. */
  VerbGroupKnown = 1 << 14,
}

// 'tôt' is compared with a folded word, so it never matches ("tot" would): kept as it was, since
// this file only makes the rules faster; changing what they find is a change of its own.
const TIME_ADVERBS = new Set(['ensuite', 'encore', 'aussi', 'also', 'later', 'then', 'tard', 'tôt']);

/** French and English adverbs of manner and time end in -ment / -ly: "notamment", "later". */
function isAdverb(word: string): boolean {
  return /^\p{Ll}+(ment|ly)$/u.test(word) || TIME_ADVERBS.has(fold(word));
}

function isAdjective(word: string): boolean {
  const w = fold(word);
  return /^\p{Ll}/u.test(word) && !PREPOSITIONS.has(w) && !VERB_FILLERS.has(w) && !DETERMINERS.has(w) && !isSpeechVerb(word);
}

// A token's folded form and kind follow from its text: the classes belong to its lexeme.
function wordGroup(tok: Token): number {
  const word = tok.folded;
  return (
    Lex.WordGroupKnown |
    (PREPOSITIONS.has(word) ? Lex.Preposition : 0) |
    (DETERMINERS.has(word) ? Lex.Determiner : 0) |
    (SINGULAR_PRONOUNS.has(word) ? Lex.SingularPronoun : 0) |
    (OTHER_PRONOUNS.has(word) ? Lex.OtherPronoun : 0) |
    (VERB_FILLERS.has(word) ? Lex.VerbFiller : 0) |
    (SOURCE_INTRODUCERS.has(fold(tok.text)) ? Lex.SourceIntroducer : 0) |
    (SENTENCE_END.has(tok.text) ? Lex.SentenceEnd : 0) |
    (gazetteer.isTitleWord(tok.text) ? Lex.Title : 0)
  );
}

function verbGroup(text: string): number {
  const inverted = INVERTED_PRONOUN.exec(text);
  return (
    Lex.VerbGroupKnown |
    (isSpeechVerb(text) ? Lex.SpeechVerb : 0) |
    (inverted ? Lex.Inverted : 0) |
    (inverted && isSpeechVerb(inverted[1]) ? Lex.InvertedSpeechVerb : 0) |
    (isAdverb(text) ? Lex.Adverb : 0) |
    (isAdjective(text) ? Lex.Adjective : 0)
  );
}

/**
 * The word classes of an article's tokens, each group computed on first question and kept on
 * the token's lexeme (Lexeme.speechClasses): once per distinct word, across articles.
 */
export class TokenClasses {
  constructor(private readonly tokens: Token[]) {}

  /** Is tokens[k] of the class `flag`? False for a position outside the tokens. */
  is(k: number, flag: Lex): boolean {
    const tok = this.tokens[k];
    if (!tok) return false;
    const lexeme = tok.lexeme;
    const group = flag < Lex.WordGroupKnown ? Lex.WordGroupKnown : Lex.VerbGroupKnown;
    if ((lexeme.speechClasses & group) === 0) lexeme.speechClasses |= group === Lex.WordGroupKnown ? wordGroup(tok) : verbGroup(tok.text);
    return (lexeme.speechClasses & flag) !== 0;
  }
}
