// Block level of proseMask: walks the lines once, masks what is never prose (front matter,
// code blocks, raw HTML blocks, definitions, markers, rules, table pipes) and collects the
// prose blocks (paragraphs, headings, list items, table rows) for the inline scanner.
// It follows CommonMark/GFM closely enough for press articles, not to the letter: nested
// containers are flattened, and a fence inside a quote or list runs to its closing fence.

import { BlockScan, Masker, TextLine, normaliseLabel, splitLines } from './markdown-mask';

interface OpenFence {
  char: '`' | '~';
  length: number;
}

interface Span {
  start: number;
  end: number;
}

const RAW_HTML_BLOCKS: [RegExp, RegExp][] = [
  [/^<!--/, /-->/g],
  [/^<(script|style|pre|textarea)(?=[\s>]|$)/i, /<\/(script|style|pre|textarea)\s*>/gi],
];

const FENCE_OPENING = /^(`{3,}|~{3,})(.*)$/;
const REFERENCE_DEFINITION =
  /^\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(?:<[^<>\r\n]*>|[^\s<]\S*)(?:[ \t]+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*$/;
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]+\]:/;
const TABLE_DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const ATX_HEADING = /^#{1,6}(?=[ \t]|$)/;
const ATX_CLOSING = /(?:^|[ \t]+)#+[ \t]*$/;
const LIST_MARKER = /^(?:[-+*]|(\d{1,9})[.)])(?=[ \t]|$)/;
const TASK_BOX = /^[ \t]+\[[ xX]\](?=[ \t])/;

export function scanBlocks(masker: Masker): BlockScan {
  const scanner = new BlockScanner(masker);
  for (const line of splitLines(masker.text)) scanner.scanLine(line);
  return scanner.finish();
}

class BlockScanner {
  private readonly text: string;
  private readonly blocks: Span[] = [];
  private readonly labels = new Set<string>();
  /** The prose block being extended line by line (a paragraph, possibly lazy-continued). */
  private current: Span | undefined;
  private fence: OpenFence | undefined;
  /** The last line was paragraph text: decides lazy continuation, setext and indented code. */
  private paragraphOpen = false;
  private lastParagraphLine: Span | undefined;
  private inList = false;
  /** The marker kind of the current list: the bullet, or the ordered delimiter `.`/`)`. */
  private listKind = '';
  private listContentColumn = 0;
  private afterBlank = true;
  private tableOpen = false;
  private quoteDepth = 0;
  /** Everything before this offset is already handled (front matter, raw HTML blocks). */
  private resumeAt = 0;

  constructor(private readonly masker: Masker) {
    this.text = masker.text;
    this.resumeAt = this.maskFrontMatter();
  }

  finish(): BlockScan {
    this.closeBlock();
    return { blocks: this.blocks, labels: this.labels };
  }

  scanLine(line: TextLine): void {
    if (line.start < this.resumeAt) {
      if (this.resumeAt < line.end) this.addStandaloneBlock(this.resumeAt, line.end);
      return;
    }
    if (this.fence) return this.scanFencedLine(line);

    const contentStart = this.stripQuoteMarkers(line);
    const { columns, firstNonSpace } = measureIndent(this.text, contentStart, line.end);
    if (firstNonSpace === line.end) return this.blankLine();
    this.leaveListIfOutdented(columns, firstNonSpace, line.end);
    const content = this.text.slice(firstNonSpace, line.end);
    this.dispatch(line, firstNonSpace, columns, content);
    this.afterBlank = false;
  }

  private dispatch(line: TextLine, at: number, columns: number, content: string): void {
    // Outside lists, 4+ columns is indented code, unless it continues a paragraph (lazily).
    if (columns >= 4 && !this.inList) {
      if (this.paragraphOpen) return this.paragraphLine(at, line.end);
      return this.maskWholeLine(at, line.end);
    }
    const handled =
      this.fenceOpening(at, line.end, content) ||
      this.rawHtmlBlock(at, line, content) ||
      this.referenceDefinition(at, line.end, content) ||
      this.footnoteDefinition(at, line.end, content) ||
      this.tableDelimiter(at, line.end, content) ||
      this.tableRow(at, line.end) ||
      this.setextUnderline(at, line.end, content) ||
      this.thematicBreak(at, line.end, content) ||
      this.atxHeading(at, line.end, content) ||
      this.listItem(at, line.end, content, columns);
    if (!handled) this.paragraphLine(at, line.end);
  }

  // --- front matter, fences, raw HTML -------------------------------------------------------

  /** YAML (---) or TOML (+++) front matter on the very first line; returns where it ends. */
  private maskFrontMatter(): number {
    const opening = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/.exec(this.text);
    if (!opening) return 0;
    const closing = opening[1] === '---' ? /^(?:---|\.\.\.)[ \t]*$/m : /^\+\+\+[ \t]*$/m;
    const rest = this.text.slice(opening[0].length);
    const found = closing.exec(rest);
    if (!found) return 0; // no closing line: a thematic break, not front matter
    const end = opening[0].length + found.index + found[0].length;
    this.masker.mask(0, end);
    return end;
  }

  private fenceOpening(at: number, end: number, content: string): boolean {
    const match = FENCE_OPENING.exec(content);
    if (!match) return false;
    const char = match[1][0] as '`' | '~';
    if (char === '`' && match[2].includes('`')) return false; // `` ```x` `` is inline code
    this.endParagraph();
    this.fence = { char, length: match[1].length };
    this.masker.mask(at, end);
    return true;
  }

  /** Inside a fence every line is code, until a line of at least as many fence characters. */
  private scanFencedLine(line: TextLine): void {
    this.masker.mask(line.start, line.end);
    const fence = this.fence as OpenFence;
    const content = this.text.slice(line.start, line.end).replace(/^(?:[ \t]*>)*[ \t]*/, '');
    const run = content.match(fence.char === '`' ? /^`+/ : /^~+/);
    if (run && run[0].length >= fence.length && content.slice(run[0].length).trim() === '') {
      this.fence = undefined;
    }
  }

  /** HTML comments and script/style/pre/textarea blocks: masked up to their end marker. */
  private rawHtmlBlock(at: number, line: TextLine, content: string): boolean {
    const kind = RAW_HTML_BLOCKS.find(([opening]) => opening.test(content));
    if (!kind) return false;
    const closing = kind[1];
    closing.lastIndex = at + 1;
    const found = closing.exec(this.text);
    const end = found ? found.index + found[0].length : this.text.length;
    this.endParagraph();
    this.masker.mask(at, end);
    this.resumeAt = end;
    if (end < line.end) this.addStandaloneBlock(end, line.end);
    return true;
  }

  // --- definitions -------------------------------------------------------------------------

  private referenceDefinition(at: number, end: number, content: string): boolean {
    if (this.paragraphOpen) return false; // CommonMark: a definition cannot interrupt a paragraph
    const match = REFERENCE_DEFINITION.exec(content);
    if (!match || match[1].startsWith('^') || match[1].trim() === '') return false;
    this.labels.add(normaliseLabel(match[1]));
    this.endParagraph();
    this.masker.mask(at, end);
    return true;
  }

  /** `[^1]: text`: the marker is markup, the note itself is prose. */
  private footnoteDefinition(at: number, end: number, content: string): boolean {
    const match = FOOTNOTE_DEFINITION.exec(content);
    if (!match) return false;
    this.endParagraph();
    this.masker.mask(at, at + match[0].length);
    this.startParagraph(at + match[0].length, end);
    return true;
  }

  // --- tables --------------------------------------------------------------------------------

  /** `|---|:--:|` under a row with pipes makes that row a table header (GFM). */
  private tableDelimiter(at: number, end: number, content: string): boolean {
    const header = this.lastParagraphLine;
    if (!this.paragraphOpen || !header || !content.includes('|') || !TABLE_DELIMITER_ROW.test(content)) return false;
    if (!hasUnescapedPipe(this.text.slice(header.start, header.end))) return false;
    this.maskPipes(header.start, header.end);
    this.endParagraph();
    this.masker.mask(at, end);
    this.tableOpen = true;
    return true;
  }

  private tableRow(at: number, end: number): boolean {
    if (!this.tableOpen) return false;
    this.maskPipes(at, end);
    this.addStandaloneBlock(at, end);
    return true;
  }

  private maskPipes(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      if (this.text[i] === '\\') i++;
      else if (this.text[i] === '|') this.masker.mask(i, i + 1);
    }
  }

  // --- headings, rules, lists ------------------------------------------------------------------

  private setextUnderline(at: number, end: number, content: string): boolean {
    if (!this.paragraphOpen || !SETEXT_UNDERLINE.test(content)) return false;
    this.endParagraph();
    this.masker.mask(at, end);
    return true;
  }

  private thematicBreak(at: number, end: number, content: string): boolean {
    if (!THEMATIC_BREAK.test(content)) return false;
    this.endParagraph();
    this.masker.mask(at, end);
    return true;
  }

  /** `## Title ##`: the hashes are markup, the title is prose. */
  private atxHeading(at: number, end: number, content: string): boolean {
    const opening = ATX_HEADING.exec(content);
    if (!opening) return false;
    this.endParagraph();
    const titleStart = at + opening[0].length;
    const closing = ATX_CLOSING.exec(this.text.slice(titleStart, end));
    const titleEnd = closing ? titleStart + closing.index : end;
    this.masker.mask(at, titleStart);
    this.masker.mask(titleEnd, end);
    this.addStandaloneBlock(titleStart, titleEnd);
    return true;
  }

  private listItem(at: number, end: number, content: string, columns: number): boolean {
    const marker = LIST_MARKER.exec(content);
    if (!marker) return false;
    const ordinal = marker[1];
    const kind = marker[0].slice(-1);
    const isEmpty = content.slice(marker[0].length).trim() === '';
    // CommonMark: a paragraph can only be interrupted by a further item of the same list, or
    // by a new list starting with a non-empty bullet or with "1.", so a wrapped line
    // starting "2019. Puis…" stays prose.
    const startsNewList = !this.inList || kind !== this.listKind;
    if (this.paragraphOpen && startsNewList && ((ordinal !== undefined && ordinal !== '1') || isEmpty)) return false;
    this.endParagraph();
    this.listKind = kind;
    let markerEnd = at + marker[0].length;
    const task = TASK_BOX.exec(this.text.slice(markerEnd, end));
    if (task) markerEnd += task[0].length;
    this.masker.mask(at, markerEnd);
    this.inList = true;
    // Continuation lines must reach the item's content column (CommonMark: past 4 spaces
    // after the marker, the content starts one space in).
    const spacing = measureIndent(this.text, at + marker[0].length, end).columns;
    this.listContentColumn = columns + marker[0].length + (spacing > 4 || spacing === 0 ? 1 : spacing);
    this.startItemContent(markerEnd, end);
    return true;
  }

  /** An item's first line may itself open a heading or a fence (`- ## Title`, `1. ```js`). */
  private startItemContent(start: number, end: number): void {
    const { firstNonSpace } = measureIndent(this.text, start, end);
    const content = this.text.slice(firstNonSpace, end);
    if (this.atxHeading(firstNonSpace, end, content) || this.fenceOpening(firstNonSpace, end, content)) return;
    this.startParagraph(start, end);
  }

  /** After a blank line, a line indented less than the item's content ends the list. */
  private leaveListIfOutdented(columns: number, at: number, end: number): void {
    if (!this.inList || !this.afterBlank || columns >= this.listContentColumn) return;
    if (!LIST_MARKER.test(this.text.slice(at, end))) this.inList = false;
  }

  // --- quotes, paragraphs, blocks ----------------------------------------------------------------

  /** Masks the `>` markers of a quoted line and returns where its content starts. */
  private stripQuoteMarkers(line: TextLine): number {
    let position = line.start;
    let depth = 0;
    for (;;) {
      const marker = /^ {0,3}>[ \t]?/.exec(this.text.slice(position, Math.min(line.end, position + 5)));
      if (!marker) break;
      this.masker.mask(position, position + marker[0].length);
      position += marker[0].length;
      depth++;
    }
    // Entering a deeper quote starts a new block; fewer markers may be a lazy continuation.
    if (depth > this.quoteDepth) this.endParagraph();
    this.quoteDepth = depth;
    return position;
  }

  private blankLine(): void {
    this.endParagraph();
    this.afterBlank = true;
    this.tableOpen = false;
  }

  private maskWholeLine(at: number, end: number): void {
    this.endParagraph();
    this.masker.mask(at, end);
  }

  private paragraphLine(at: number, end: number): void {
    if (this.paragraphOpen && this.current) this.current.end = end;
    else this.startParagraph(at, end);
    this.lastParagraphLine = { start: at, end };
  }

  private startParagraph(start: number, end: number): void {
    this.closeBlock();
    this.current = { start, end };
    this.paragraphOpen = true;
    this.lastParagraphLine = { start, end };
  }

  private endParagraph(): void {
    this.closeBlock();
    this.paragraphOpen = false;
  }

  private addStandaloneBlock(start: number, end: number): void {
    this.endParagraph();
    if (this.text.slice(start, end).trim() !== '') this.blocks.push({ start, end });
  }

  private closeBlock(): void {
    if (this.current) this.blocks.push(this.current);
    this.current = undefined;
  }
}

function measureIndent(text: string, from: number, end: number): { columns: number; firstNonSpace: number } {
  let columns = 0;
  let i = from;
  for (; i < end; i++) {
    if (text[i] === ' ') columns++;
    else if (text[i] === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return { columns, firstNonSpace: i };
}

function hasUnescapedPipe(row: string): boolean {
  return /(?:^|[^\\])\|/.test(row);
}
