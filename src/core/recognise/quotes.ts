// Quotations: « … » (with the non-breaking spaces of French typography), “ … ”, „ … “, ‘ … ’,
// "…" and '…'. One left-to-right pass with a stack of open marks pairs them, telling an
// apostrophe (l'accord, aujourd'hui, Truth's, players') from a quote mark by its neighbours.
// Nested quotes are paired so that they do not break the outer one; only outermost quotes are
// reported. A quote may run over several paragraphs when each new paragraph re-opens it with
// the same mark, the typographic convention for long quotations.

import { isInlineSpaceCode, isLetterOrDigitCode, isSpaceCode } from './tokenize';
import type { Span } from './types';
import { codeAt } from './bounds';

interface OpenMark {
  char: string;
  at: number;
}

/** Which mark closes which opener. */
const CLOSERS: Record<string, string[]> = {
  '«': ['»'],
  '‹': ['›'],
  '“': ['”', '“'],
  '„': ['“', '”'],
  '‘': ['’'],
  '"': ['"'],
  "'": ["'"],
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)));
/** What may stand before an opening quote mark (besides white space). */
const BEFORE_OPEN = codes('([{\u2014\u2013-:/«“‘„"\'');
/** What may stand after a closing quote mark (besides white space). */
const AFTER_CLOSE = codes('.,;:!?)]}\u2014\u2013-…»”’"\'');

/** The characters the scan must look at: quote marks and line breaks. */
const MARK_RE = /[«»‹›“”„‘’"'\n\r]/g;

/** Index of the first mark at or after `from`, or -1: the regular expression skips text faster than a loop. */
function nextMark(text: string, from: number): number {
  MARK_RE.lastIndex = from;
  return MARK_RE.test(text) ? MARK_RE.lastIndex - 1 : -1;
}

/** Longest quote we accept inside one paragraph: past this an unpaired mark is a typo. */
const MAX_QUOTE_CHARS = 5000;

/**
 * `spacedInside`: the article sets its straight doubles as French sets guillemets, with a space
 * inside (`" Il faudra tout recéper ", disent-ils`), so one space may follow an opener and
 * precede a closer.
 */
function canOpen(text: string, i: number, spacedInside = false): boolean {
  const firstInside = spacedInside && isInlineSpaceCode(codeAt(text, i + 1)) ? i + 2 : i + 1;
  return placedToOpen(text, i) && firstInside < text.length && !isSpaceCode(codeAt(text, firstInside));
}

function canClose(text: string, i: number, spacedInside = false): boolean {
  const lastInside = spacedInside && isInlineSpaceCode(codeAt(text, i - 1)) ? i - 2 : i - 1;
  return lastInside >= 0 && !isSpaceCode(codeAt(text, lastInside)) && placedToClose(text, i);
}

/** The mark at i opens the text, or follows a space or what may precede an opener ("(", "—"). */
function placedToOpen(text: string, i: number): boolean {
  const before = codeAt(text, i - 1);
  return i === 0 || isSpaceCode(before) || BEFORE_OPEN.has(before);
}

/** The mark at i ends the text, or precedes a space or what may follow a closer (",", "."). */
function placedToClose(text: string, i: number): boolean {
  const after = codeAt(text, i + 1);
  return i + 1 >= text.length || isSpaceCode(after) || AFTER_CLOSE.has(after);
}

/**
 * Whether the article spaces its straight doubles inside, as `canOpen` describes: at least two of
 * its `"` marks, and at least half of them, have a space on their inner side only (an opener
 * after a space or a dash, a closer before a space or a punctuation mark). Elsewhere a spaced
 * mark is a typo, and pairing it would swallow the text between two quotes.
 */
function spacesInsideStraightDoubles(text: string): boolean {
  let marks = 0;
  let spaced = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    marks++;
    const spacedOpener = isInlineSpaceCode(codeAt(text, i + 1)) && placedToOpen(text, i);
    const spacedCloser = isInlineSpaceCode(codeAt(text, i - 1)) && placedToClose(text, i);
    if (spacedOpener || spacedCloser) spaced++;
  }
  return spaced >= 2 && spaced * 2 >= marks;
}

/** An apostrophe sits between two letters/digits ("l'accord", "Truth's", "rock'n'roll"). */
function isApostrophe(text: string, i: number): boolean {
  return isLetterOrDigitCode(codeAt(text, i - 1)) && isLetterOrDigitCode(codeAt(text, i + 1));
}

/** "'90s", "’til": an elision mark before a number or a known elided word, not an opener. */
function isLeadingElision(text: string, i: number): boolean {
  return /^['’](?:\d\ds\b|\d\d\b|til\b|em\b|cause\b|n['’])/u.test(text.slice(i, i + 6));
}

/**
 * Paragraph breaks: a blank line where the article separates paragraphs with blank lines,
 * otherwise every line break (articles pasted one paragraph per line).
 */
function paragraphBreakRe(text: string): RegExp {
  return /\r?\n[ \t]*\r?\n/.test(text) ? /\r?\n[ \t]*\r?\n\s*/y : /\r?\n\s*/y;
}

export function findQuotes(text: string): Span[] {
  const quotes: Span[] = [];
  const stack: OpenMark[] = [];
  const breakRe = paragraphBreakRe(text);
  const spacedDoubles = spacesInsideStraightDoubles(text);

  const closeTo = (depth: number, end: number): void => {
    const opener = stack[depth];
    stack.length = depth;
    if (depth === 0 && end - opener.at > 2) quotes.push({ start: opener.at, end });
  };

  for (let i = nextMark(text, 0); i >= 0; i = nextMark(text, i + 1)) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      breakRe.lastIndex = i;
      const brk = breakRe.exec(text);
      if (!brk) continue;
      const next = brk.index + brk[0].length;
      // A quote still open at a paragraph end continues only if the next paragraph re-opens it.
      if (stack.length > 0 && text[next] === stack[0].char && stack.length === 1) {
        i = next;
        continue;
      }
      stack.length = 0;
      i = next - 1;
      continue;
    }
    // Apostrophes are most of the marks: told apart before anything else is done.
    const apostrophe = (code === 39 || code === 0x2019) && isApostrophe(text, i);
    if (!apostrophe) handleMark(text, i, text[i], stack, closeTo, spacedDoubles && code === 34);
    if (stack.length > 0 && i - stack[0].at > MAX_QUOTE_CHARS) stack.length = 0;
  }
  return quotes;
}

function handleMark(
  text: string,
  i: number,
  ch: string,
  stack: OpenMark[],
  closeTo: (depth: number, end: number) => void,
  spacedInside: boolean,
): void {
  // "‘Back by ’82’": an elision mark after a space, before a year, closes nothing.
  if (ch === '’' && isSpaceCode(text.charCodeAt(i - 1)) && isLeadingElision(text, i)) return;
  // Close the innermost open quote this mark can close.
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    if (!CLOSERS[stack[depth].char].includes(ch)) continue;
    const symmetric = ch === '"' || ch === "'" || (ch === '“' && stack[depth].char === '“');
    if (symmetric && !canClose(text, i, spacedInside)) break;
    if (ch === "'" && !LETTER_OR_DIGIT.test(text.slice(stack[depth].at + 1, i))) break;
    if ((ch === "'" || ch === '’') && pluralPossessiveInside(text, i, ch)) return;
    closeTo(depth, i + 1);
    return;
  }
  if (ch === '»' || ch === '›' || ch === '”' || ch === '’') return;
  if ((ch === '"' || ch === "'" || ch === '‘') && (!canOpen(text, i, spacedInside) || isLeadingElision(text, i))) return;
  stack.push({ char: ch, at: i });
}

/**
 * "'Even the Australians' money spend good.'": a mark after an "s", before a lowercase word, is
 * a plural's possessive when the next such mark in the paragraph closes the quote, not opens
 * another. (A quote that ends before a lowercase word, "'the boys' was all he said", has no
 * closer after it.)
 */
function pluralPossessiveInside(text: string, i: number, ch: string): boolean {
  const before = text.charCodeAt(i - 1);
  if ((before !== 115 && before !== 83) || text.charCodeAt(i + 1) !== 32 || !/\p{Ll}/u.test(text[i + 2] ?? '')) return false;
  // A possessive qualifies a noun; a function word or a verb after the mark follows a closed
  // quote ("put Petone ‘safe as houses’ and Heretaunga ‘within reach’").
  if (NOT_AFTER_POSSESSIVE.has(/^\p{Ll}+/u.exec(text.slice(i + 2, i + 14))?.[0] ?? '')) return false;
  for (let k = i + 2; k < text.length && k < i + 400; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 13) return false;
    if (text[k] !== ch || isApostrophe(text, k)) continue;
    // The next mark decides: a closer ("'the Smiths' folly' long before…") closes the quote the
    // possessive sits in; an opener ("'a sop to the unions' last week. 'It won't work,' he
    // added.") says the mark was the first quote's closer.
    if (canClose(text, k)) return true;
    if (canOpen(text, k)) return false;
  }
  return false;
}

/** Words that follow a closed quote, never a plural's possessive. */
const NOT_AFTER_POSSESSIVE: ReadonlySet<string> = new Set(
  'and or but nor to of in on at as for with by from than then so he she they we it was were is are be been said says asked added had has have would will could'.split(' '),
);

/** Words of a quote's content, for deciding direct vs partial. */
const SUBJECT_PRONOUN_START = /^(?:je|j['’]|nous|vous|on|il|elle|ils|elles|i|we|you|he|she|they|it['’]s|c['’]est|ce|cela|ça|there)\b/iu;

/** A quote's content ending on "!" or "?", before any closing spaces (French puts one before the mark). */
const EXCLAMATION_OR_QUESTION_END = /[!?]\s*$/u;

/** What is stripped before a quote's first word: spaces, further quote marks, ellipsis, dashes. */
const LEADING_NON_WORD = codes('«“„‘"\'…-');

/**
 * `direct`: a whole quoted sentence, starting with a capital ("« Nous échangerons… »") or with a
 * subject pronoun ("« nous avons lutté… »"), or an exclamation or a question ("« Au feu ! »");
 * `partial`: a few words inside the journalist's sentence ("de « longue et fructueuse »").
 */
export function quoteKind(quoteText: string): 'direct' | 'partial' {
  const end = quoteText.length - 1;
  let start = 1;
  while (start < end && (isSpaceCode(quoteText.charCodeAt(start)) || LEADING_NON_WORD.has(quoteText.charCodeAt(start)))) start++;
  const content = quoteText.slice(start, end);
  // "« Assassins ! »", "“Mind it?”": an exclamation or a question is a sentence, however short.
  if (EXCLAMATION_OR_QUESTION_END.test(content)) return 'direct';
  const words = countWords(content, 4);
  if (words < 3) return 'partial';
  if (/^\p{Lu}/u.test(content)) return 'direct';
  return SUBJECT_PRONOUN_START.test(content) && words >= 4 ? 'direct' : 'partial';
}

/**
 * How many of the white-space separated pieces of `text` hold a letter or a digit, counting up
 * to `enough` at most (the caller only compares with small numbers).
 */
function countWords(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; ) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    const pieceStart = i;
    while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
    if (i > pieceStart && hasLetterOrDigit(text, pieceStart, i)) count++;
  }
  return count;
}

/** LETTER_OR_DIGIT on text[from, to): ASCII decided by code, anything else by the expression. */
function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  let nonAscii = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) nonAscii = true;
  }
  return nonAscii && LETTER_OR_DIGIT.test(text.slice(from, to));
}
