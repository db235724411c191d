// Inline level of proseMask: inside one prose block, masks code spans, link and image
// destinations, reference brackets, autolinks, bare URLs, HTML tags and comments, entities,
// backslashes of escapes and emphasis delimiters. Link text, image alt text and the text
// between HTML tags stay prose.

import { Masker, normaliseLabel } from './markdown-mask';

interface BracketOpener {
  position: number;
  /** 1 for `[`, 2 for `![`. */
  length: number;
}

const MAX_LABEL_LENGTH = 999;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const UNICODE_WHITESPACE = /\s/;
const UNICODE_PUNCTUATION = /[\p{P}\p{S}]/u;

// Sticky patterns for tags and autolinks at a '<' (CommonMark 6.5 and 6.6). They cannot run
// past a space or a character outside their grammar, so trying them costs little.
const ANGLE_PATTERNS: RegExp[] = [
  /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/y, // URI autolink
  /<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/y, // e-mail autolink
  /<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y, // open tag
  /<\/[A-Za-z][A-Za-z0-9-]*\s*>/y, // closing tag
];
// Constructs that run to a fixed terminator, anything in between: [opening, terminator].
const ANGLE_SPANS: [RegExp, string][] = [
  [/<!--->|<!-->|<!--/y, '-->'], // comment (<!--> and <!---> are complete empty comments)
  [/<\?/y, '?>'], // processing instruction
  [/<!\[CDATA\[/y, ']]>'],
  [/<![A-Za-z]/y, '>'], // declaration
];
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
// Bare URLs as GFM's extended autolinks; brackets and quotes end them so `[url](url)` and
// «url» keep their punctuation.
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<>[\]"`«»|]+/iy;
const BARE_URL_TRAILING = /[.,:;!?'*_~]$/;
const WORD_BEFORE_URL = /[\p{L}\p{N}_/.@:-]/u;

/**
 * Finds the next occurrence of a terminator ("-->", "?>"…) at or after a position, remembering
 * the last answer: the scan only moves forward, so an unterminated `<!--` repeated a thousand
 * times costs one search, not a thousand searches to the end of the text.
 */
export class TerminatorFinder {
  private readonly found = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  next(terminator: string, from: number): number {
    const cached = this.found.get(terminator);
    if (cached && cached.from <= from && (cached.at === -1 || cached.at >= from)) return cached.at;
    const at = this.text.indexOf(terminator, from);
    this.found.set(terminator, { from, at });
    return at;
  }
}

export function maskInline(
  masker: Masker,
  block: { start: number; end: number },
  labels: ReadonlySet<string>,
  terminators: TerminatorFinder,
): void {
  new InlineScanner(masker, block.end, labels, terminators).scan(block.start);
}

class InlineScanner {
  private readonly text: string;
  private readonly openers: BracketOpener[] = [];

  constructor(
    private readonly masker: Masker,
    private readonly end: number,
    private readonly labels: ReadonlySet<string>,
    private readonly terminators: TerminatorFinder,
  ) {
    this.text = masker.text;
  }

  scan(start: number): void {
    let i = start;
    while (i < this.end) {
      i = this.masker.isMasked(i) ? i + 1 : this.step(i);
    }
  }

  /** Handles whatever starts at `i` and returns the index to continue from. */
  private step(i: number): number {
    switch (this.text[i]) {
      case '\\':
        return this.escape(i);
      case '`':
        return this.codeSpan(i);
      case '<':
        return this.angleConstruct(i);
      case '!':
        return this.text[i + 1] === '[' ? this.pushOpener(i, 2) : i + 1;
      case '[':
        return this.pushOpener(i, 1);
      case ']':
        return this.closeBracket(i);
      case '*':
      case '_':
      case '~':
        return this.delimiterRun(i);
      case '&':
        return this.maskSticky(ENTITY, i) ?? i + 1;
      case 'h':
      case 'H':
      case 'w':
      case 'W':
        return this.bareUrl(i) ?? i + 1;
      default:
        return i + 1;
    }
  }

  /** `\*` is a literal asterisk: the backslash goes, the character stays prose. */
  private escape(i: number): number {
    const next = this.text[i + 1] ?? '';
    if (ASCII_PUNCTUATION.test(next)) {
      this.masker.mask(i, i + 1);
      return i + 2;
    }
    if (next === '\n' || next === '\r') this.masker.mask(i, i + 1); // hard line break
    return i + 1;
  }

  /** A backtick run opens a code span closed by the next run of the same length. */
  private codeSpan(i: number): number {
    const length = runLength(this.text, i, this.end);
    for (let j = this.text.indexOf('`', i + length); j !== -1 && j < this.end; j = this.text.indexOf('`', j)) {
      const closing = runLength(this.text, j, this.end);
      if (closing === length) {
        this.masker.mask(i, j + closing);
        return j + closing;
      }
      j += closing;
    }
    return i + length; // unmatched: literal backticks
  }

  private angleConstruct(i: number): number {
    for (const pattern of ANGLE_PATTERNS) {
      const next = this.maskSticky(pattern, i);
      if (next !== undefined) return next;
    }
    for (const [opening, terminator] of ANGLE_SPANS) {
      opening.lastIndex = i;
      const match = opening.exec(this.text);
      if (!match) continue;
      const openingEnd = i + match[0].length;
      if (match[0].endsWith('->')) return this.maskUpTo(i, openingEnd) ?? i + 1;
      const at = this.terminators.next(terminator, openingEnd);
      return at === -1 ? i + 1 : (this.maskUpTo(i, at + terminator.length) ?? i + 1);
    }
    return i + 1;
  }

  /** Masks [start, end) when it stays inside the block; returns `end`, else undefined. */
  private maskUpTo(start: number, end: number): number | undefined {
    if (end > this.end) return undefined;
    this.masker.mask(start, end);
    return end;
  }

  private pushOpener(i: number, length: number): number {
    this.openers.push({ position: i, length });
    return i + length;
  }

  /** A `]` closes the latest opener: inline link, reference link, footnote, or plain text. */
  private closeBracket(i: number): number {
    const opener = this.openers.pop();
    if (!opener) return i + 1;
    const inner = this.labelBetween(opener.position + opener.length, i);
    const next =
      this.inlineLink(opener, i) ?? this.referenceLink(opener, i, inner) ?? this.footnoteReference(opener, i, inner);
    if (next !== undefined) {
      // CommonMark: links may not contain links, so outer `[` openers are now plain text.
      if (opener.length === 1) this.dropLinkOpeners();
      return next;
    }
    if (this.labels.has(normaliseLabel(inner))) return this.maskBrackets(opener, i, i + 1);
    return i + 1;
  }

  /** The text between brackets as a label; '' when longer than CommonMark's 999 characters
   * (which also keeps thousands of nested brackets from costing quadratic time). */
  private labelBetween(start: number, end: number): string {
    return end - start > MAX_LABEL_LENGTH ? '' : this.text.slice(start, end);
  }

  /** `[text](destination "title")`: everything but the text is masked. */
  private inlineLink(opener: BracketOpener, i: number): number | undefined {
    if (this.text[i + 1] !== '(') return undefined;
    const end = parseLinkTail(this.text, i + 2, this.end);
    return end === -1 ? undefined : this.maskBrackets(opener, i, end);
  }

  /** `[text][label]` and `[text][]`, only when the label is defined, as Markdown renders them. */
  private referenceLink(opener: BracketOpener, i: number, inner: string): number | undefined {
    if (this.text[i + 1] !== '[') return undefined;
    const close = this.text.indexOf(']', i + 2);
    if (close === -1 || close >= this.end) return undefined;
    const label = this.labelBetween(i + 2, close);
    if (label.includes('[')) return undefined;
    const key = normaliseLabel(label === '' ? inner : label);
    return key !== '' && this.labels.has(key) ? this.maskBrackets(opener, i, close + 1) : undefined;
  }

  /** `[^1]` points to a footnote: all markup. */
  private footnoteReference(opener: BracketOpener, i: number, inner: string): number | undefined {
    if (opener.length !== 1 || !/^\^[^\s\]]+$/.test(inner)) return undefined;
    this.masker.mask(opener.position, i + 1);
    return i + 1;
  }

  private maskBrackets(opener: BracketOpener, closeBracket: number, tailEnd: number): number {
    this.masker.mask(opener.position, opener.position + opener.length);
    this.masker.mask(closeBracket, tailEnd);
    return tailEnd;
  }

  private dropLinkOpeners(): void {
    for (let k = this.openers.length - 1; k >= 0; k--) {
      if (this.openers[k].length === 1) this.openers.splice(k, 1);
    }
  }

  /**
   * Emphasis and strikethrough delimiters, by CommonMark's flanking rules: `*` runs that can
   * open or close, `_` runs that do so without being inside a word (snake_case stays), `~~`.
   */
  private delimiterRun(i: number): number {
    const char = this.text[i];
    const length = runLength(this.text, i, this.end);
    const before = i > 0 ? this.text[i - 1] : '\n';
    const after = this.text[i + length] ?? '\n';
    const left = isLeftFlanking(before, after);
    const right = isLeftFlanking(after, before);
    let isMarkup: boolean;
    if (char === '*') isMarkup = left || right;
    else if (char === '_') isMarkup = (left && (!right || isPunctuation(before))) || (right && (!left || isPunctuation(after)));
    else isMarkup = length === 2 && (left || right);
    if (isMarkup) this.masker.mask(i, i + length);
    return i + length;
  }

  /** `https://…` or `www.…` not glued to a preceding word, minus trailing punctuation. */
  private bareUrl(i: number): number | undefined {
    if (i > 0 && WORD_BEFORE_URL.test(this.text[i - 1])) return undefined;
    BARE_URL.lastIndex = i;
    const match = BARE_URL.exec(this.text);
    if (!match) return undefined;
    const url = trimUrlEnd(match[0]);
    if (/^(?:https?:\/\/|www\.)$/i.test(url) || i + url.length > this.end) return undefined;
    this.masker.mask(i, i + url.length);
    return i + url.length;
  }

  /** Masks a sticky pattern's match at `i` when it ends inside the block. */
  private maskSticky(pattern: RegExp, i: number): number | undefined {
    pattern.lastIndex = i;
    const match = pattern.exec(this.text);
    return match ? this.maskUpTo(i, i + match[0].length) : undefined;
  }
}

function runLength(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && text[j] === text[i]) j++;
  return j - i;
}

function isPunctuation(char: string): boolean {
  return UNICODE_PUNCTUATION.test(char);
}

/**
 * CommonMark's left-flanking test for a delimiter run between `before` and `after`; called
 * with the two swapped it is the right-flanking test.
 */
function isLeftFlanking(before: string, after: string): boolean {
  if (UNICODE_WHITESPACE.test(after)) return false;
  return !isPunctuation(after) || UNICODE_WHITESPACE.test(before) || isPunctuation(before);
}

/** GFM: trailing punctuation and an unbalanced closing parenthesis are not part of a URL. */
function trimUrlEnd(url: string): string {
  for (;;) {
    if (BARE_URL_TRAILING.test(url)) {
      url = url.slice(0, -1);
    } else if (url.endsWith(')') && count(url, ')') > count(url, '(')) {
      url = url.slice(0, -1);
    } else {
      return url;
    }
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * Parses `destination "title")` after a link's `](`, from `start` (just past the
 * parenthesis). Returns the index after the closing `)`, or -1 when it is not a link tail.
 */
export function parseLinkTail(text: string, start: number, end: number): number {
  let i = skipSpaceAndOneLineBreak(text, start, end);
  if (text[i] === ')') return i + 1;
  const destinationEnd = text[i] === '<' ? angleDestinationEnd(text, i, end) : rawDestinationEnd(text, i, end);
  if (destinationEnd === -1) return -1;
  i = skipSpaceAndOneLineBreak(text, destinationEnd, end);
  if (i > destinationEnd && i < end && `"'(`.includes(text[i])) {
    const titleEnd = linkTitleEnd(text, i, end);
    if (titleEnd === -1) return -1;
    i = skipSpaceAndOneLineBreak(text, titleEnd, end);
  }
  return i < end && text[i] === ')' ? i + 1 : -1;
}

function skipSpaceAndOneLineBreak(text: string, i: number, end: number): number {
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
  else if (text[i] === '\n' || text[i] === '\r') i++;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  return Math.min(i, end);
}

function angleDestinationEnd(text: string, i: number, end: number): number {
  for (let j = i + 1; j < end; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '>') return j + 1;
    else if (text[j] === '<' || text[j] === '\n' || text[j] === '\r') return -1;
  }
  return -1;
}

/** A destination without `<>`: no spaces or control characters, parentheses balanced. */
function rawDestinationEnd(text: string, i: number, end: number): number {
  let depth = 0;
  let j = i;
  for (; j < end; j++) {
    const char = text[j];
    if (char === '\\' && ASCII_PUNCTUATION.test(text[j + 1] ?? '')) j++;
    else if (char <= ' ' || char === '\u007f') break;
    else if (char === '(') depth++;
    else if (char === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  return j > i && depth === 0 ? j : -1;
}

function linkTitleEnd(text: string, i: number, end: number): number {
  const closer = text[i] === '(' ? ')' : text[i];
  for (let j = i + 1; j < end; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === closer) return j + 1;
    else if (closer === ')' && text[j] === '(') return -1;
  }
  return -1;
}
