// Turns the bytes of an article file into the exact string VS Code's TextDocument.getText()
// would hold for it, so that every offset the core computes is also a valid VS Code offset.
//
// What VS Code does when it opens a file (microsoft/vscode,
// src/vs/editor/common/model/pieceTreeTextBuffer/pieceTreeTextBufferBuilder.ts, and
// createTextBufferFactoryFromStream in src/vs/editor/common/model/textModel.ts, which calls
// `builder.finish()` with its default `normalizeEOL = true`):
//   - a leading U+FEFF (the BOM) is removed from the text (kept aside, re-added on save);
//   - it counts lone CR, lone LF and CRLF line breaks, then picks ONE end-of-line sequence:
//     CRLF when CR + CRLF breaks are more than half of all breaks, LF otherwise (so a file
//     with only lone CRs becomes CRLF, and a tie goes to LF);
//   - if any break differs from that choice, EVERY break (`/\r\n|\r|\n/g`) is rewritten to it.
//     A file with uniform LF or uniform CRLF is therefore held unchanged.
// The extension host's TextDocument mirrors the model's lines joined with that EOL, so
// getText() returns the normalised text. U+2028, U+2029 and U+0085 are not line breaks for
// the text model and are left alone here too.

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type ArticleReadFailure = 'binary' | 'invalid-encoding' | 'too-large' | 'unreadable' | 'not-a-file';

export class ArticleReadError extends Error {
  override readonly name = 'ArticleReadError';

  /** `detail` completes the message, which always starts with the path: "<path>: <detail>". */
  constructor(
    readonly path: string,
    readonly reason: ArticleReadFailure,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${detail}`, options);
  }
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Line endings found in the file on disk; 'mixed' also covers lone CRs. */
export type EolKind = 'lf' | 'crlf' | 'mixed' | 'none';

export interface DecodedText {
  /** The text as VS Code holds it: BOM removed, mixed line endings normalised (see above). */
  text: string;
  encoding: TextEncodingName;
  hadBom: boolean;
  /** The endings of the file as read, before normalisation; 'mixed' means `text` was rewritten. */
  eol: EolKind;
}

export interface DecodeOptions {
  /** Files larger than this are refused before decoding. Default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

export function decodeArticle(bytes: Uint8Array, path: string, options?: DecodeOptions): DecodedText {
  const maxBytes = options?.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLargeError(path, bytes.length, maxBytes);

  const { encoding, bomLength } = sniffEncoding(bytes);
  const body = bytes.subarray(bomLength);
  const decoded = encoding === 'utf-8' ? decodeUtf8(body, bomLength, path) : decodeUtf16(body, encoding, bomLength, path);
  const { text, eol } = normaliseLineEndings(decoded);
  return { text, encoding, hadBom: bomLength > 0, eol };
}

/**
 * Applies VS Code's end-of-line rule (see the file header) to a string. Exported for text that
 * does not come from bytes, so it gets the same treatment.
 */
export function normaliseLineEndings(text: string): { text: string; eol: EolKind } {
  // No CR (most articles): LF only or no break, told by the native search, several times faster
  // than counting every break (a third of decoding an article).
  if (!text.includes('\r')) return { text, eol: text.includes('\n') ? 'lf' : 'none' };
  // From here the text holds a CR: neither "none" nor "lf".
  const counts = countLineBreaks(text);
  const total = counts.cr + counts.lf + counts.crlf;
  if (counts.crlf === total) return { text, eol: 'crlf' };
  const majority = counts.cr + counts.crlf > total / 2 ? '\r\n' : '\n';
  return { text: text.replace(/\r\n|\r|\n/g, majority), eol: 'mixed' };
}

function countLineBreaks(text: string): { cr: number; lf: number; crlf: number } {
  const counts = { cr: 0, lf: 0, crlf: 0 };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      counts.lf++;
    } else if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        counts.crlf++;
        i++;
      } else {
        counts.cr++;
      }
    }
  }
  return counts;
}

function sniffEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (startsWith(bytes, UTF8_BOM)) return { encoding: 'utf-8', bomLength: 3 };
  if (startsWith(bytes, UTF16LE_BOM)) return { encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(bytes, UTF16BE_BOM)) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** `ignoreBOM: true` keeps a U+FEFF in the output: we strip exactly one BOM ourselves, like VS Code. */
function strictDecoder(encoding: 'utf-8' | 'utf-16le') {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
}

function decodeUtf8(body: Uint8Array, bomLength: number, path: string): string {
  const nul = body.indexOf(0);
  if (nul !== -1) throw binaryError(path, bomLength + nul);
  try {
    return strictDecoder('utf-8').decode(body);
  } catch {
    throw invalidUtf8Error(path, body, bomLength);
  }
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bomLength: number, path: string): string {
  let text: string;
  try {
    // Node builds without full ICU know only UTF-16LE: big-endian input is byte-swapped to it.
    text = strictDecoder('utf-16le').decode(encoding === 'utf-16le' ? body : swapBytePairs(body));
  } catch {
    throw invalidUtf16Error(path, body, encoding, bomLength);
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) throw binaryError(path, bomLength + 2 * nul);
  return text;
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  // An odd trailing byte is kept so the decoder still reports the truncation.
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1];
  return swapped;
}

function binaryError(path: string, byteOffset: number): ArticleReadError {
  return new ArticleReadError(path, 'binary', `looks like a binary file (NUL byte at byte ${byteOffset}), not an article`);
}

function invalidUtf8Error(path: string, body: Uint8Array, bomLength: number): ArticleReadError {
  const bad = firstInvalidUtf8Offset(body);
  const where =
    bad === -1
      ? ''
      : ` (invalid byte 0x${hexByte(body[bad])} at byte ${bomLength + bad}, line ${lineNumberAtByte(body, bad)})`;
  return new ArticleReadError(
    path,
    'invalid-encoding',
    `is not valid UTF-8${where}; it was probably saved in another encoding (Latin-1, Windows-1252…): re-save it as UTF-8`,
  );
}

function invalidUtf16Error(
  path: string,
  body: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
  bomLength: number,
): ArticleReadError {
  const label = encoding.toUpperCase();
  const surrogate = firstUnpairedSurrogate(body, encoding === 'utf-16le');
  const problem =
    surrogate !== -1
      ? `an unpaired surrogate at byte ${bomLength + surrogate}`
      : `an odd number of bytes (${bomLength + body.length}), so the last character is cut`;
  return new ArticleReadError(path, 'invalid-encoding', `has a ${label} byte order mark but is not valid ${label}: ${problem}; re-save it as UTF-8`);
}

function hexByte(byte: number | undefined): string {
  return (byte ?? 0).toString(16).toUpperCase().padStart(2, '0');
}

/** 1-based, counting LF bytes: good enough to point a human at the spot. */
function lineNumberAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Byte offset where the first ill-formed UTF-8 sequence starts, or -1. Follows the
 * well-formed byte sequences table of the Unicode Standard (ch. 3, table 3-7), the same rule
 * TextDecoder's fatal mode applies, so it finds the byte the decoder refused.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = wellFormedSequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Length of the well-formed sequence starting at `i`, or 0 when it is ill-formed. */
function wellFormedSequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  if (lead < 0x80) return 1;
  const shape = sequenceShape(lead);
  if (!shape) return 0;
  const [length, secondMin, secondMax] = shape;
  const second = bytes[i + 1];
  if (second === undefined || second < secondMin || second > secondMax) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** [sequence length, lowest and highest allowed second byte] for a lead byte, per table 3-7. */
function sequenceShape(lead: number): [number, number, number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f]; // excludes UTF-16 surrogates
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f]; // nothing above U+10FFFF
  return undefined;
}

/** Byte offset of the first code unit that is half of a missing surrogate pair, or -1. */
function firstUnpairedSurrogate(body: Uint8Array, littleEndian: boolean): number {
  const unitAt = (i: number) => (littleEndian ? body[i] | (body[i + 1] << 8) : (body[i] << 8) | body[i + 1]);
  const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
  const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;
  for (let i = 0; i + 1 < body.length; i += 2) {
    const unit = unitAt(i);
    if (isLow(unit)) return i;
    if (!isHigh(unit)) continue;
    if (i + 3 >= body.length || !isLow(unitAt(i + 2))) return i;
    i += 2;
  }
  return -1;
}

/** The "too-large" error, for callers that learn the size before reading (readArticle). */
export function tooLargeError(path: string, size: number, maxBytes: number): ArticleReadError {
  let shownSize = formatByteSize(size);
  let shownLimit = formatByteSize(maxBytes);
  // "is 5 MB, over the 5 MB limit" would read as nonsense: give exact counts when they round alike.
  const roundAlike = shownSize === shownLimit;
  if (roundAlike) shownSize = `${size} bytes`;
  if (roundAlike || maxBytes < 1024) shownLimit = `${maxBytes}-byte`;
  return new ArticleReadError(
    path,
    'too-large',
    `is ${shownSize}, over the ${shownLimit} limit (setting pressAnnotator.maxFileSize / --max-bytes)`,
  );
}

/** Sizes as people read them: binary multiples, at most one decimal ("12.3 MB", "5 MB"). */
export function formatByteSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024 * 1024, 'GB'],
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  for (const [unit, name] of units) {
    if (bytes >= unit) return `${Number((bytes / unit).toFixed(1))} ${name}`;
  }
  return `${bytes} bytes`;
}
