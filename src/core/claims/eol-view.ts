// A view of a text with every line break written as "\n", and the way back to the offsets of the
// text itself. Anchoring searches this view, so that a file converted between LF and CRLF (an
// editor setting, a git `autocrlf`) still finds claims that span a line break, and every
// prefix/suffix compares line breaks as equal whatever their spelling.

const LINE_BREAK = /\r\n?/g;

/** "\r\n" and lone "\r" become "\n". */
export function normaliseEol(text: string): string {
  return text.includes('\r') ? text.replace(LINE_BREAK, '\n') : text;
}

export class EolView {
  /** The text with LF line breaks only. */
  readonly text: string;
  /**
   * Offsets (in `text`) of the "\n" of each CRLF pair whose "\r" was dropped, ascending; empty
   * when the raw text had no CRLF (the view is then the raw text, offsets unchanged).
   */
  private readonly droppedBefore: number[] = [];

  constructor(readonly raw: string) {
    if (!raw.includes('\r')) {
      this.text = raw;
      return;
    }
    const parts: string[] = [];
    let last = 0;
    let removed = 0;
    for (let i = raw.indexOf('\r'); i !== -1; i = raw.indexOf('\r', i + 1)) {
      if (raw.charCodeAt(i + 1) === 0x0a) {
        parts.push(raw.slice(last, i));
        last = i + 1;
        this.droppedBefore.push(i - removed);
        removed++;
      }
    }
    parts.push(raw.slice(last));
    // Lone CRs keep their place (one code unit each way), written as "\n".
    this.text = parts.join('').replace(/\r/g, '\n');
  }

  /** Raw offset of a view offset; a view offset on a "\n" maps to the "\r" before it. */
  toRaw(offset: number): number {
    return offset + this.countDroppedBelow(offset);
  }

  /** View offset of a raw offset (an offset between "\r" and "\n" maps to the "\n"). */
  fromRaw(offset: number): number {
    let low = 0;
    let high = this.droppedBefore.length;
    // Dropped CRs sit at raw offset droppedBefore[k] + k.
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.droppedBefore[middle] + middle < offset) low = middle + 1;
      else high = middle;
    }
    return offset - low;
  }

  private countDroppedBelow(offset: number): number {
    let low = 0;
    let high = this.droppedBefore.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.droppedBefore[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
