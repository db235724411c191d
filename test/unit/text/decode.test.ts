import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ArticleReadError,
  DEFAULT_MAX_BYTES,
  decodeArticle,
  firstInvalidUtf8Offset,
  formatByteSize,
  normaliseLineEndings,
} from '../../../src/core/text/decode';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const withBytes = (prefix: number[], body: Uint8Array) => new Uint8Array([...prefix, ...body]);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => {
  const bytes = utf16le(text);
  for (let i = 0; i + 1 < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1], bytes[i]];
  return bytes;
};

/** Runs `fn`, asserts it throws an ArticleReadError, and returns it for closer checks. */
function readError(fn: () => unknown): ArticleReadError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ArticleReadError, `expected ArticleReadError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected decodeArticle to throw');
}

test('plain UTF-8 without BOM is returned as is', () => {
  const decoded = decodeArticle(utf8('Le président a dit.\n'), 'a.txt');
  assert.deepEqual(decoded, { text: 'Le président a dit.\n', encoding: 'utf-8', hadBom: false, eol: 'lf' });
});

test('a UTF-8 BOM is stripped and offsets start after it', () => {
  const decoded = decodeArticle(withBytes([0xef, 0xbb, 0xbf], utf8('Élysée: Macron')), 'a.txt');
  assert.equal(decoded.text, 'Élysée: Macron');
  assert.equal(decoded.hadBom, true);
  assert.equal(decoded.encoding, 'utf-8');
  assert.equal(decoded.text.indexOf('Macron'), 8);
});

test('only one BOM is stripped, like VS Code: a second U+FEFF is text', () => {
  const decoded = decodeArticle(withBytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('x')), 'a.txt');
  assert.equal(decoded.text, '\uFEFFx');
});

test('UTF-16 LE and BE with a BOM decode to the same text, surrogate pairs intact', () => {
  const source = 'Élysée 👍🏽\r\nFin';
  const little = decodeArticle(withBytes([0xff, 0xfe], utf16le(source)), 'le.txt');
  const big = decodeArticle(withBytes([0xfe, 0xff], utf16be(source)), 'be.txt');
  assert.deepEqual(little, { text: source, encoding: 'utf-16le', hadBom: true, eol: 'crlf' });
  assert.deepEqual(big, { text: source, encoding: 'utf-16be', hadBom: true, eol: 'crlf' });
});

test('UTF-16 with an odd byte count or an unpaired surrogate is invalid-encoding', () => {
  const odd = readError(() => decodeArticle(withBytes([0xff, 0xfe], new Uint8Array([0x41, 0x00, 0x42])), 'odd.txt'));
  assert.equal(odd.reason, 'invalid-encoding');
  assert.match(odd.message, /^odd\.txt: .*UTF-16LE.*odd number of bytes \(5\)/);

  // "A", then a lone high surrogate at body offset 2 (file byte 4), then "B".
  const lone = readError(() => decodeArticle(withBytes([0xfe, 0xff], new Uint8Array([0, 0x41, 0xd8, 0x3d, 0, 0x42])), 'lone.txt'));
  assert.equal(lone.reason, 'invalid-encoding');
  assert.match(lone.message, /^lone\.txt: .*UTF-16BE.*unpaired surrogate at byte 4/);
});

test('a NUL byte means binary, with the file name and the byte offset', () => {
  const bytes = utf8('x'.repeat(1234) + '\u0000rest');
  const error = readError(() => decodeArticle(bytes, 'seeds/a.txt'));
  assert.equal(error.reason, 'binary');
  assert.equal(error.path, 'seeds/a.txt');
  assert.equal(error.message, 'seeds/a.txt: looks like a binary file (NUL byte at byte 1234), not an article');
});

test('the NUL offset of a BOM file counts the BOM bytes', () => {
  const error = readError(() => decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x00]), 'b.txt'));
  assert.match(error.message, /NUL byte at byte 4\)/);
});

test('invalid UTF-8 names the file, the byte, its offset and line, and suggests re-saving', () => {
  // "Ligne 1\n" is 8 bytes, "caf" 3 more: the Latin-1 é (0xE9) is at byte 11, on line 2.
  const bytes = new Uint8Array([...utf8('Ligne 1\ncaf'), 0xe9, ...utf8(' crème')]);
  const error = readError(() => decodeArticle(bytes, 'latin1.txt'));
  assert.equal(error.reason, 'invalid-encoding');
  assert.match(error.message, /^latin1\.txt: is not valid UTF-8 \(invalid byte 0xE9 at byte 11, line 2\)/);
  assert.match(error.message, /re-save it as UTF-8/);
});

test('firstInvalidUtf8Offset agrees with the strict TextDecoder on tricky sequences', () => {
  const cases: [number[], number][] = [
    [[0x41, 0xc3, 0xa9], -1], // é
    [[0xf0, 0x9f, 0x91, 0x8d], -1], // 👍
    [[0x41, 0xc0, 0xaf], 1], // overlong "/"
    [[0xed, 0xa0, 0x80], 0], // encoded surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x41, 0x42, 0xe2, 0x82], 2], // truncated €
    [[0x80], 0], // stray continuation byte
  ];
  for (const [bytes, expected] of cases) {
    assert.equal(firstInvalidUtf8Offset(new Uint8Array(bytes)), expected, `bytes ${bytes}`);
  }
});

test('firstInvalidUtf8Offset finds exactly where fatal decoding fails, on random bytes', () => {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let round = 0; round < 2000; round++) {
    const bytes = new Uint8Array(1 + Math.floor(random() * 12)).map(() =>
      random() < 0.5 ? 0x20 + Math.floor(random() * 90) : 0x80 + Math.floor(random() * 128),
    );
    const offset = firstInvalidUtf8Offset(bytes);
    const valid = (b: Uint8Array) => {
      try {
        decoder.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    assert.equal(offset === -1, valid(bytes), `bytes ${bytes}`);
    if (offset !== -1) assert.ok(valid(bytes.subarray(0, offset)), `prefix before ${offset} of ${bytes}`);
  }
});

test('too large input is refused before decoding, with a human size and the setting names', () => {
  const size = Math.round(12.3 * 1024 * 1024);
  const bytes = new Uint8Array(size); // all NUL: decoding would have said "binary"
  const error = readError(() => decodeArticle(bytes, 'x.txt'));
  assert.equal(error.reason, 'too-large');
  assert.equal(error.message, 'x.txt: is 12.3 MB, over the 5 MB limit (setting pressAnnotator.maxFileSize / --max-bytes)');
});

test('maxBytes option moves the limit; exactly the limit is accepted', () => {
  assert.equal(decodeArticle(utf8('abcd'), 'a.txt', { maxBytes: 4 }).text, 'abcd');
  const error = readError(() => decodeArticle(utf8('abcde'), 'a.txt', { maxBytes: 4 }));
  assert.match(error.message, /is 5 bytes, over the 4-byte limit/);
});

test('when size and limit round to the same text, exact byte counts are given', () => {
  const error = readError(() => decodeArticle(new Uint8Array(DEFAULT_MAX_BYTES + 1), 'big.txt'));
  assert.match(error.message, /is 5242881 bytes, over the 5242880-byte limit/);
});

test('formatByteSize uses binary units and at most one decimal', () => {
  assert.equal(formatByteSize(0), '0 bytes');
  assert.equal(formatByteSize(1023), '1023 bytes');
  assert.equal(formatByteSize(1536), '1.5 KB');
  assert.equal(formatByteSize(5 * 1024 * 1024), '5 MB');
  assert.equal(formatByteSize(3 * 1024 ** 3), '3 GB');
});

test('emoji with skin tone is 4 UTF-16 code units, and offsets after it count them', () => {
  const decoded = decodeArticle(utf8('👍🏽 Macron'), 'e.txt');
  assert.equal('👍🏽'.length, 4);
  assert.equal(decoded.text.indexOf('Macron'), 5);
});

test('NFC and NFD "é" are kept as written (VS Code does not normalise Unicode)', () => {
  const nfc = decodeArticle(utf8('Cl\u00e9ment Beaune'), 'nfc.txt').text;
  const nfd = decodeArticle(utf8('Cle\u0301ment Beaune'), 'nfd.txt').text;
  assert.equal(nfc.length, 14);
  assert.equal(nfd.length, 15);
  assert.equal(nfc.indexOf('Beaune'), 8);
  assert.equal(nfd.indexOf('Beaune'), 9);
  assert.equal(nfd.normalize('NFC'), nfc);
});

test('uniform CRLF and uniform LF are kept exactly', () => {
  assert.deepEqual(decodeArticle(utf8('a\r\nb\r\n'), 'a.txt'), { text: 'a\r\nb\r\n', encoding: 'utf-8', hadBom: false, eol: 'crlf' });
  assert.equal(decodeArticle(utf8('a\nb\n'), 'a.txt').eol, 'lf');
  assert.equal(decodeArticle(utf8('one line'), 'a.txt').eol, 'none');
});

test('mixed endings are normalised to the majority, as VS Code text models do', () => {
  // VS Code: CRLF when lone CRs + CRLFs are more than half of all breaks, else LF.
  assert.deepEqual(normaliseLineEndings('a\r\nb\nc\n'), { text: 'a\nb\nc\n', eol: 'mixed' });
  assert.deepEqual(normaliseLineEndings('a\r\nb\r\nc\n'), { text: 'a\r\nb\r\nc\r\n', eol: 'mixed' });
  assert.deepEqual(normaliseLineEndings('a\r\nb\n'), { text: 'a\nb\n', eol: 'mixed' }, 'a tie goes to LF');
  assert.deepEqual(normaliseLineEndings('a\rb\n'), { text: 'a\nb\n', eol: 'mixed' });
  assert.deepEqual(normaliseLineEndings('a\r\rb\n'), { text: 'a\r\n\r\nb\r\n', eol: 'mixed' });
});

test('a file with only lone CRs (old Mac) is held with CRLF', () => {
  const decoded = decodeArticle(utf8('Titre\rTexte\r'), 'mac.txt');
  assert.equal(decoded.text, 'Titre\r\nTexte\r\n');
  assert.equal(decoded.eol, 'mixed');
});

test('Unicode line and paragraph separators are not line breaks and stay', () => {
  assert.deepEqual(normaliseLineEndings('a\u2028b\u2029c\u0085d'), { text: 'a\u2028b\u2029c\u0085d', eol: 'none' });
});

test('decodeArticle throws nothing but ArticleReadError, whatever the bytes', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let round = 0; round < 500; round++) {
    const bytes = new Uint8Array(Math.floor(random() * 20)).map(() => Math.floor(random() * 256));
    if (round % 3 === 0 && bytes.length >= 2) [bytes[0], bytes[1]] = round % 2 ? [0xff, 0xfe] : [0xfe, 0xff];
    try {
      const decoded = decodeArticle(bytes, 'fuzz.bin', { maxBytes: 16 });
      assert.equal(typeof decoded.text, 'string');
    } catch (error) {
      assert.ok(error instanceof ArticleReadError, String(error));
    }
  }
});
