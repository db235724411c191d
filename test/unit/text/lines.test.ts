import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oneLine } from '../../../src/core/text/spaces';
import { LineIndex } from '../../../src/core/text/lines';

/** Reference model: split on the same breaks as VS Code and count by hand. */
function naivePosition(text: string, offset: number): { line: number; character: number } {
  const lines = text.split(/\r\n|\r|\n/);
  const breaks = text.match(/\r\n|\r|\n/g) ?? [];
  let start = 0;
  for (let line = 0; line < lines.length; line++) {
    const end = start + lines[line].length;
    const next = end + (breaks[line]?.length ?? 0);
    if (offset < next || line === lines.length - 1) return { line, character: Math.min(offset, end) - start };
    start = next;
  }
  throw new Error('unreachable');
}

const ARTICLE = 'Élu 👍🏽 hier\r\nLe président a parlé.\r\n\r\n« Nous irons », dit-il.\r\nFin';

test('line count and extents on CRLF text, EOL excluded', () => {
  const index = new LineIndex(ARTICLE);
  assert.equal(index.lineCount, 5);
  assert.deepEqual(index.lineAt(0), { start: 0, end: 13 });
  assert.equal(ARTICLE.slice(index.lineAt(1).start, index.lineAt(1).end), 'Le président a parlé.');
  assert.deepEqual(index.lineAt(2), { start: 38, end: 38 });
  assert.equal(ARTICLE.slice(index.lineAt(4).start, index.lineAt(4).end), 'Fin');
});

test('edge texts: empty, trailing break, lone CR', () => {
  assert.equal(new LineIndex('').lineCount, 1);
  assert.deepEqual(new LineIndex('').lineAt(0), { start: 0, end: 0 });
  assert.equal(new LineIndex('a\n').lineCount, 2);
  assert.equal(new LineIndex('a\r\n').lineCount, 2);
  const loneCr = new LineIndex('a\rb');
  assert.equal(loneCr.lineCount, 2);
  assert.deepEqual(loneCr.positionAt(2), { line: 1, character: 0 });
});

test('lineAt rejects lines that do not exist', () => {
  const index = new LineIndex('a\nb');
  assert.throws(() => index.lineAt(2), RangeError);
  assert.throws(() => index.lineAt(-1), RangeError);
  assert.throws(() => index.lineAt(0.5), RangeError);
});

test('positionAt counts UTF-16 code units: the emoji takes 4 characters', () => {
  const index = new LineIndex(ARTICLE);
  assert.deepEqual(index.positionAt(ARTICLE.indexOf('hier')), { line: 0, character: 9 });
  assert.deepEqual(index.positionAt(ARTICLE.indexOf('président')), { line: 1, character: 3 });
  assert.deepEqual(index.positionAt(ARTICLE.indexOf('Fin')), { line: 4, character: 0 });
});

test('every offset round-trips, except the LF of a CRLF which VS Code shows at line end', () => {
  const index = new LineIndex(ARTICLE);
  for (let offset = 0; offset <= ARTICLE.length; offset++) {
    const position = index.positionAt(offset);
    assert.deepEqual(position, naivePosition(ARTICLE, offset), `offset ${offset}`);
    const insideCrlf = ARTICLE[offset] === '\n' && ARTICLE[offset - 1] === '\r';
    assert.equal(index.offsetAt(position), insideCrlf ? offset - 1 : offset, `offset ${offset}`);
  }
});

test('matches the reference model on random texts with every kind of break', () => {
  let seed = 3;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pieces = ['a', 'é', '👍', '\r\n', '\n', '\r', ' '];
  for (let round = 0; round < 200; round++) {
    const text = Array.from({ length: Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
    const index = new LineIndex(text);
    assert.equal(index.lineCount, text.split(/\r\n|\r|\n/).length);
    for (let offset = 0; offset <= text.length; offset++) {
      assert.deepEqual(index.positionAt(offset), naivePosition(text, offset), JSON.stringify({ text, offset }));
    }
  }
});

test('out-of-range input is clamped like vscode.TextDocument', () => {
  const index = new LineIndex('ab\r\ncd');
  assert.deepEqual(index.positionAt(-3), { line: 0, character: 0 });
  assert.deepEqual(index.positionAt(99), { line: 1, character: 2 });
  assert.deepEqual(index.positionAt(2.7), { line: 0, character: 2 });
  assert.equal(index.offsetAt({ line: -1, character: 5 }), 0);
  assert.equal(index.offsetAt({ line: 7, character: 0 }), 6);
  assert.equal(index.offsetAt({ line: 0, character: 40 }), 2);
  assert.equal(index.offsetAt({ line: 1, character: -4 }), 4);
});

test('contextAround returns the whole line when it fits, whitespace collapsed', () => {
  const index = new LineIndex('Titre\r\n  Le   président\ta parlé.  \r\nFin');
  const start = index.text.indexOf('président');
  assert.equal(index.contextAround(start, start + 9, 80), 'Le président a parlé.');
});

test('contextAround keeps the no-break spaces of French typography, as exports do', () => {
  const index = new LineIndex('Il a dit\u00A0: «\u202FNon\u202F»,\n  puis   il est parti.');
  const start = index.text.indexOf('Non');
  assert.equal(index.contextAround(start, start + 3, 80), 'Il a dit\u00A0: «\u202FNon\u202F»,');
  assert.equal(oneLine(' a\u00A0:\n\t b '), 'a\u00A0: b');
  // Cut to a window: never at a no-break space, so the snippet does not start with the colon.
  const long = new LineIndex('Il a dit\u00A0: «\u202FMacron\u202F» puis il est reparti vers le palais.');
  const at = long.text.indexOf('Macron');
  assert.equal(long.contextAround(at, at + 6, 18), '…«\u202FMacron\u202F»…');
});

test('contextAround keeps a window around the span on a long line, cut between words', () => {
  const words = Array.from({ length: 60 }, (_, i) => `mot${i}`);
  words[30] = 'Macron';
  const text = words.join(' ');
  const index = new LineIndex(text);
  const start = text.indexOf('Macron');
  const snippet = index.contextAround(start, start + 6, 40);
  assert.ok(snippet.length <= 40, snippet);
  assert.ok(snippet.startsWith('…') && snippet.endsWith('…'), snippet);
  assert.match(snippet, /^…(mot\d+ )+Macron( mot\d+)+…$/, 'only whole words');
  const [before, after] = snippet.slice(1, -1).split('Macron');
  assert.ok(Math.abs(before.length - after.length) <= 8, `roughly centred: ${snippet}`);
});

test('contextAround at the start of a long line has no leading ellipsis', () => {
  const text = 'Macron ' + 'et les autres '.repeat(20);
  const snippet = new LineIndex(text).contextAround(0, 6, 30);
  assert.ok(snippet.startsWith('Macron') && snippet.endsWith('…'), snippet);
  assert.ok(snippet.length <= 30);
});

test('contextAround of a span over two lines joins them on one line', () => {
  const text = 'Avant\nJean\r\nDupont a dit\nAprès';
  const index = new LineIndex(text);
  assert.equal(index.contextAround(text.indexOf('Jean'), text.indexOf('Dupont') + 6, 80), 'Jean Dupont a dit');
});

test('contextAround of a span longer than the budget starts at the span', () => {
  const text = 'x '.repeat(10) + 'A'.repeat(50) + ' y'.repeat(10);
  const index = new LineIndex(text);
  const snippet = index.contextAround(20, 70, 12);
  assert.equal(snippet, '…AAAAAAAAAA…');
});

test('contextAround never splits a surrogate pair', () => {
  const text = '👍'.repeat(30) + 'Macron' + '👍'.repeat(30);
  const index = new LineIndex(text);
  const start = text.indexOf('Macron');
  for (let max = 9; max < 20; max++) {
    const snippet = index.contextAround(start, start + 6, max);
    assert.ok(snippet.length <= max, snippet);
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(snippet), `lone surrogate in ${snippet}`);
    assert.ok(snippet.includes('Macron'));
  }
});
