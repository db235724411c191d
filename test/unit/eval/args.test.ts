import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEvalArgs } from '../../../src/core/eval/args';

test('no options: the four default corpora, auto language, tables', () => {
  assert.deepEqual(parseEvalArgs([]), { corpora: ['seeds', 'fr', 'en', 'holdout'], lang: 'auto', verbose: false, json: false, help: false });
});

test('--corpus repeats and accepts folders; --lang and flags', () => {
  const o = parseEvalArgs(['--corpus', 'fr', '--corpus=/tmp/mine', '--lang', 'en', '--verbose', '--json']);
  assert.deepEqual(o.corpora, ['fr', '/tmp/mine']);
  assert.equal(o.lang, 'en');
  assert.equal(o.verbose, true);
  assert.equal(o.json, true);
});

test('misuse is refused with a message', () => {
  assert.throws(() => parseEvalArgs(['--lang', 'de']), /--lang takes fr, en or auto/);
  assert.throws(() => parseEvalArgs(['--corpus']), /--corpus needs a value/);
  assert.throws(() => parseEvalArgs(['--fast']), /unknown option --fast/);
});
