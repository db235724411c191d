// Shared by the Markdown block and inline scanners: which characters of the raw text are not
// prose, and the text's lines.

/** Marks characters as "not prose"; render() blanks them while keeping every offset valid. */
export class Masker {
  private readonly masked: Uint8Array;

  constructor(readonly text: string) {
    this.masked = new Uint8Array(text.length);
  }

  mask(start: number, end: number): void {
    this.masked.fill(1, Math.max(0, start), Math.min(end, this.text.length));
  }

  isMasked(index: number): boolean {
    return this.masked[index] === 1;
  }

  /** The text with masked characters turned into spaces, except CR and LF, which stay. */
  render(): string {
    const parts: string[] = [];
    let runStart = 0;
    for (let i = 0; i <= this.text.length; i++) {
      const boundary = i === this.text.length || this.masked[i] !== this.masked[runStart];
      if (!boundary) continue;
      const run = this.text.slice(runStart, i);
      parts.push(this.masked[runStart] === 1 ? run.replace(/[^\r\n]/g, ' ') : run);
      runStart = i;
    }
    return parts.join('');
  }
}

export interface TextLine {
  start: number;
  /** Where the line break starts (or the end of the text). */
  end: number;
  /** Start of the next line (after the line break). */
  next: number;
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    lines.push({ start, end: match.index, next: match.index + match[0].length });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/** A reference label as CommonMark compares them: trimmed, inner whitespace collapsed, case-folded. */
export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Offsets of the prose blocks the inline scanner must read, plus the defined link labels. */
export interface BlockScan {
  blocks: { start: number; end: number }[];
  labels: Set<string>;
}
