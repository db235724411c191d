// Decides whether an article is French or English from its most frequent function words:
// cheap, and reliable on anything longer than a headline.

import { codeUnitTable, type Token } from './tokenize';

const FRENCH = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'pas', 'sur', 'au', 'avec', 'ce', 'il', 'elle', 'ont', 'été', 'aux', 'mais', 'selon']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'in', 'that', 'was', 'for', 'with', 'on', 'as', 'his', 'her', 'he', 'she', 'said', 'by', 'from', 'at', 'has', 'have', 'were', 'this']);
const LONGEST_WORD = Math.max(...[...FRENCH, ...ENGLISH].map((w) => w.length));

/** The first 20,000 characters are plenty and keep this O(1) on huge files. */
const SAMPLE = 20000;

/**
 * The article's language, from its tokens (those of `text`): each distinct word's votes are
 * counted once and kept on its lexeme. Letter runs never cross a token's edge, so counting per
 * token is counting the runs of letters of the first SAMPLE characters.
 */
export function detectLanguage(text: string, tokens: readonly Token[]): 'fr' | 'en' {
  let fr = 0;
  let en = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.start >= SAMPLE) break;
    if (token.end > SAMPLE) {
      const votes = votesIn(text, token.start, SAMPLE);
      fr += votes.fr;
      en += votes.en;
      break;
    }
    const lexeme = token.lexeme;
    if (lexeme.languageVotes < 0) {
      const votes = votesIn(lexeme.text, 0, lexeme.text.length);
      lexeme.languageVotes = votes.fr + votes.en * VOTES_SHIFT;
    }
    fr += lexeme.languageVotes % VOTES_SHIFT;
    en += Math.floor(lexeme.languageVotes / VOTES_SHIFT);
  }
  return en > fr ? 'en' : 'fr';
}

/** French votes + English votes * VOTES_SHIFT, in Lexeme.languageVotes. */
const VOTES_SHIFT = 1 << 16;

/** The function words of each language in text[start, end). */
function votesIn(text: string, start: number, end: number): { fr: number; en: number } {
  let fr = 0;
  let en = 0;
  // Runs of letters, as /\p{L}+/ would match them; only runs short enough to be one of the
  // function words are sliced and lowercased (this runs on every article the index reads).
  for (let i = start; i < end; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isLetter(text.charCodeAt(j))) j++;
    if (j - i <= LONGEST_WORD) {
      const vote = voteOf(text, i, j);
      if (vote === Vote.French) fr++;
      else if (vote === Vote.English) en++;
    }
    i = j;
  }
  return { fr, en };
}

const enum Vote {
  None = 0,
  French = 1,
  English = 2,
}

/**
 * The function words spelled in ASCII letters, by a number packing their letters (5 bits each,
 * any case): most words of a text are looked up without making a string.
 */
const VOTES_BY_PACKED = new Map<number, Vote>();
for (const [words, vote] of [[FRENCH, Vote.French], [ENGLISH, Vote.English]] as const) {
  for (const word of words) if (/^[a-z]+$/.test(word)) VOTES_BY_PACKED.set(packAscii(word, 0, word.length), vote);
}

/** Letters a-z/A-Z packed 5 bits each after a leading 1, or -1 if another character is there. */
function packAscii(text: string, start: number, end: number): number {
  let packed = 1;
  for (let i = start; i < end; i++) {
    const lower = text.charCodeAt(i) | 0x20;
    if (lower < 97 || lower > 122) return -1;
    packed = packed * 32 + (lower - 96);
  }
  return packed;
}

function voteOf(text: string, start: number, end: number): Vote {
  const packed = packAscii(text, start, end);
  if (packed >= 0) return VOTES_BY_PACKED.get(packed) ?? Vote.None;
  // Accented or other letters ("été", "où"): the rare slow way.
  const word = text.slice(start, end).toLowerCase();
  return FRENCH.has(word) ? Vote.French : ENGLISH.has(word) ? Vote.English : Vote.None;
}

/** \p{L} by UTF-16 code unit (1: letter, 2: not), each unit tested once. */
const letterKind = codeUnitTable((ch) => (/\p{L}/u.test(ch) ? 1 : 2));

function isLetter(code: number): boolean {
  return letterKind(code) === 1;
}
