// Offsets <-> line/character positions over one text, with the semantics of VS Code's
// TextDocument (positions are 0-based like vscode.Position, characters are UTF-16 code units,
// CRLF is one line break, out-of-range input is clamped rather than rejected — see
// ExtHostDocumentData.positionAt / validatePosition in microsoft/vscode).

import { BREAKING_SPACE, LAST_BREAKING_SPACE, oneLine } from './spaces';

export interface LinePosition {
  line: number;
  character: number;
}

/** A line's extent: `end` is where its line break starts (or the end of the text). */
export interface LineExtent {
  start: number;
  end: number;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [0];
  /** Offset where each line's content stops, before its line break. */
  private readonly ends: number[] = [];

  constructor(readonly text: string) {
    // Same breaks as VS Code's text model: CRLF, lone LF and lone CR. decodeArticle has
    // already removed lone CRs, but a LineIndex over any other string must still agree.
    if (!text.includes('\r')) {
      // LF only (most articles): the native indexOf is several times faster than a char loop,
      // which matters when the editor re-plans the highlights of a 1 MB article.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
        this.ends.push(i);
        this.starts.push(i + 1);
      }
      this.ends.push(text.length);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code !== 0x0a && code !== 0x0d) continue;
      this.ends.push(i);
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      this.starts.push(i + 1);
    }
    this.ends.push(text.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** @throws RangeError for a line outside 0..lineCount-1, like vscode's TextDocument.lineAt. */
  lineAt(line: number): LineExtent {
    if (!Number.isInteger(line) || line < 0 || line >= this.lineCount) {
      throw new RangeError(`line ${line} is outside 0..${this.lineCount - 1}`);
    }
    return { start: this.starts[line], end: this.ends[line] };
  }

  /** The line holding `offset`; an offset inside a line break belongs to the line it ends. */
  lineOf(offset: number): number {
    const clamped = this.clampOffset(offset);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= clamped) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  positionAt(offset: number): LinePosition {
    const clamped = this.clampOffset(offset);
    const line = this.lineOf(clamped);
    // An offset pointing into a line break is shown at the end of its line, as VS Code does.
    const character = Math.min(clamped, this.ends[line]) - this.starts[line];
    return { line, character };
  }

  offsetAt(position: LinePosition): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineCount) return this.text.length;
    const start = this.starts[position.line];
    const length = this.ends[position.line] - start;
    return start + Math.min(Math.max(0, Math.floor(position.character)), length);
  }

  /**
   * A one-line snippet of the line(s) around [start, end), for listings such as "every
   * mention of X". Whitespace runs and line breaks become single spaces (no-break spaces stay,
   * as in exports: see spaces.ts); when the lines are longer than `maxChars`, a window around
   * the span is kept, cut at word boundaries where possible and marked with "…" on the cut
   * side(s). The result never exceeds `maxChars`
   * (which is raised to 3 if smaller, room for one character between two ellipses).
   */
  contextAround(start: number, end: number, maxChars: number): string {
    const from = this.clampOffset(Math.min(start, end));
    const to = this.clampOffset(Math.max(start, end));
    const firstLine = this.lineOf(from);
    const lastLine = to > from ? this.lineOf(to - 1) : firstLine;
    const regionStart = this.starts[firstLine];
    const region = this.text.slice(regionStart, this.ends[lastLine]);
    const spanStart = from - regionStart;
    const spanEnd = Math.min(to - regionStart, region.length);
    return snippetAround(region, spanStart, spanEnd, Math.max(3, Math.floor(maxChars)));
  }

  private clampOffset(offset: number): number {
    return Math.min(Math.max(0, Math.floor(offset)), this.text.length);
  }
}

const ELLIPSIS = '…';

function snippetAround(region: string, spanStart: number, spanEnd: number, maxChars: number): string {
  const whole = oneLine(region);
  if (whole.length <= maxChars) return whole;
  // Two characters are kept back for the ellipses on either side.
  const budget = maxChars - 2;
  let [left, right] = centredWindow(region.length, spanStart, spanEnd, budget);
  [left, right] = snapToWords(region, left, right, spanStart, spanEnd);
  const before = left > 0 ? ELLIPSIS : '';
  const after = right < region.length ? ELLIPSIS : '';
  return before + oneLine(region.slice(left, right)) + after;
}

/** A window of `budget` characters with the span in its middle, slid back inside the region. */
function centredWindow(length: number, spanStart: number, spanEnd: number, budget: number): [number, number] {
  if (spanEnd - spanStart >= budget) return [spanStart, spanStart + budget];
  const spare = budget - (spanEnd - spanStart);
  let left = Math.max(0, spanStart - Math.floor(spare / 2));
  const right = Math.min(length, left + budget);
  left = Math.max(0, right - budget);
  return [left, right];
}

/**
 * Moves cut points inwards to white space where a line may break, so no word is shown half and
 * no no-break space is cut («\u202FNon\u202F» stays whole), never into the span.
 */
function snapToWords(region: string, left: number, right: number, spanStart: number, spanEnd: number): [number, number] {
  return [left > 0 ? wordStartAtOrAfter(region, left, spanStart) : left, right < region.length ? wordEndAtOrBefore(region, right, spanEnd) : right];
}

/**
 * The first word start at or after `from` (and before `limit`), never inside a surrogate pair nor
 * at a no-break space («\u202FNon\u202F» stays whole).
 */
export function wordStartAtOrAfter(text: string, from: number, limit: number): number {
  if (BREAKING_SPACE.test(text[from - 1] ?? '')) return from;
  const space = text.slice(from, limit).search(BREAKING_SPACE);
  if (space !== -1) return from + space + 1;
  return isLowSurrogate(text, from) ? from + 1 : from;
}

/** The last word end at or before `to` (and after `limit`), never inside a surrogate pair nor at a no-break space. */
export function wordEndAtOrBefore(text: string, to: number, limit: number): number {
  const lastSpace = text.slice(limit, to + 1).search(LAST_BREAKING_SPACE);
  if (lastSpace !== -1) return limit + lastSpace;
  return isLowSurrogate(text, to) ? to - 1 : to;
}

function isLowSurrogate(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff;
}
