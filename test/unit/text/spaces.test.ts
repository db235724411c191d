// One rule for white space in one-line fields, wherever they are shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clip as clipText, collapseSpaces, oneLine } from '../../../src/core/text/spaces';
import { clip } from '../../../src/cli/table';
import { escapeInline } from '../../../src/core/export/markdown';

const FRENCH = '«\u00A0Non\u00A0»,\r\n\ta-t-il dit\u202F!';

test('line breaks and tabs become one space; the no-break spaces of French typography stay', () => {
  assert.equal(collapseSpaces(FRENCH), '«\u00A0Non\u00A0», a-t-il dit\u202F!');
  assert.equal(oneLine(`  ${FRENCH}\n`), '«\u00A0Non\u00A0», a-t-il dit\u202F!');
});

test('the CLI table and the Markdown escaping follow the same rule', () => {
  assert.equal(clip(FRENCH, 80), '«\u00A0Non\u00A0», a-t-il dit\u202F!');
  assert.equal(escapeInline(FRENCH), '«\u00A0Non\u00A0», a-t-il dit\u202F\\!');
});

test('clip cuts to a number of characters, an emoji counting one and never cut in half', () => {
  assert.equal(clipText('abcdef', 6), 'abcdef');
  assert.equal(clipText('abcdefg', 6), 'abcde…');
  assert.equal(clipText('ab😀😀😀😀😀', 4), 'ab😀…');
  assert.equal(clipText('😀😀😀', 3), '😀😀😀');
});
