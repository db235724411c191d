import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePointOffsets } from '../../../src/core/export/code-points';

test('without surrogates, offsets are unchanged (and clamped)', () => {
  const map = codePointOffsets('déjà vu');
  assert.deepEqual([0, 3, 7, 99, -1].map(map), [0, 3, 7, 7, 0]);
});

test('each astral character counts once', () => {
  const text = 'a😀b👍🏽c';
  const map = codePointOffsets(text);
  for (let cp = 0, unit = 0; unit <= text.length; cp++) {
    assert.equal(map(unit), cp, `offset ${unit}`);
    unit += (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
  }
  assert.equal(map(text.length), [...text].length);
});

test('crlfAsOne counts CRLF as one character, as a reader with universal newlines sees it', () => {
  const text = 'a\r\nb\r\n😀c';
  assert.equal(codePointOffsets(text)(text.length), 8);
  const map = codePointOffsets(text, { crlfAsOne: true });
  assert.equal(map(3), 2, 'b');
  assert.equal(map(text.length), 6);
  assert.equal([...'a\nb\n😀c'].length, 6);
});

test('a lone low surrogate is one character, not swallowed', () => {
  assert.equal(codePointOffsets('\uDC00a')(2), 2);
});
