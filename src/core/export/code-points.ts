// Offsets for tools that count characters differently from JavaScript. The core counts UTF-16
// code units (VS Code's offsets); brat (Python strings) and the W3C TextPositionSelector count
// Unicode code points, so an emoji is 2 units here and 1 character there, and every offset
// after it shifts by one.

export interface CodePointOptions {
  /**
   * Count CRLF as one character, for a copy of the text written with LF line breaks (what a
   * reader with universal newlines, such as Python's, sees whatever the file holds).
   */
  crlfAsOne?: boolean;
}

/** Returns a function mapping a UTF-16 offset of `text` to the same place counted in code points. */
export function codePointOffsets(text: string, options: CodePointOptions = {}): (offset: number) => number {
  const crlf = options.crlfAsOne === true;
  if (!/[\uD800-\uDFFF]/.test(text) && !(crlf && text.includes('\r\n'))) {
    return (offset) => clamp(offset, text.length);
  }
  // mapped[i] = code points before UTF-16 offset i. Built once: O(n) for any number of lookups.
  const mapped = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    mapped[i] = count;
    if (!isSecondUnitOfOneCharacter(text, i, crlf)) count++;
  }
  mapped[text.length] = count;
  return (offset) => mapped[clamp(offset, text.length)];
}

/** A low surrogate after its high surrogate, or the LF of a CRLF read as one break. */
function isSecondUnitOfOneCharacter(text: string, i: number, crlf: boolean): boolean {
  if (i === 0) return false;
  const code = text.charCodeAt(i);
  const previous = text.charCodeAt(i - 1);
  if (code >= 0xdc00 && code <= 0xdfff) return previous >= 0xd800 && previous <= 0xdbff;
  return crlf && code === 0x0a && previous === 0x0d;
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(0, Math.floor(offset)), length);
}
