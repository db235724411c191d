import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseName, dirName, hasExtension, isInside, joinPath, normalisePath } from '../../../src/core/workspace/paths';

test('normalisePath resolves ., .. and repeated slashes', () => {
  const cases: [string, string][] = [
    ['seeds/./a.txt', 'seeds/a.txt'],
    ['./seeds//a.txt', 'seeds/a.txt'],
    ['seeds/', 'seeds'],
    ['a/b/../c', 'a/c'],
    ['../x/a.txt', '../x/a.txt'],
    ['a/../../b', '../b'],
    ['/tmp/../etc/x', '/etc/x'],
    ['/..', '/'],
    ['/', '/'],
    ['.', '.'],
    ['', '.'],
    ['a/..', '.'],
  ];
  for (const [input, expected] of cases) assert.equal(normalisePath(input), expected, input);
});

test('joinPath, baseName and dirName', () => {
  assert.equal(joinPath('seeds/', 'fr', 'a.md'), 'seeds/fr/a.md');
  assert.equal(joinPath('.', 'a.md'), 'a.md');
  assert.equal(joinPath('/', 'a.md'), '/a.md');
  assert.equal(baseName('seeds/fr/a.md'), 'a.md');
  assert.equal(baseName('a.md'), 'a.md');
  assert.equal(dirName('seeds/fr/a.md'), 'seeds/fr');
  assert.equal(dirName('a.md'), '.');
  assert.equal(dirName('/a.md'), '/');
});

test('isInside compares whole segments', () => {
  assert.ok(isInside('seeds/a.txt', 'seeds'));
  assert.ok(isInside('seeds', 'seeds/'));
  assert.ok(!isInside('seeds2/a.txt', 'seeds'));
  assert.ok(isInside('a.txt', '.'));
  assert.ok(!isInside('../a.txt', '.'));
  assert.ok(!isInside('/abs/a.txt', '.'));
  assert.ok(isInside('/abs/a.txt', '/'));
});

test('hasExtension ignores case and the leading dot', () => {
  assert.ok(hasExtension('A/B.TXT', ['.txt']));
  assert.ok(hasExtension('b.markdown', ['md', 'markdown']));
  assert.ok(!hasExtension('b.txt.bak', ['.txt']));
  assert.ok(!hasExtension('txt', ['.txt']));
});
