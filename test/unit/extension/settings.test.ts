import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSettings } from '../../../src/extension/settings';

const from = (values: Record<string, unknown>) => (key: string) => values[key];

test('defaults when nothing is set', () => {
  const s = parseSettings(from({}));
  assert.equal(s.language, 'auto');
  assert.deepEqual([...s.entityTypes], ['PER', 'ORG', 'LOC', 'DATE', 'EVENT']);
  assert.equal(s.highlights, true);
  assert.equal(s.maxFileSizeBytes, 5 * 1024 * 1024);
  assert.deepEqual(s.exclude, []);
});

test('valid values are kept, in the canonical type order', () => {
  const s = parseSettings(from({ language: 'fr', entityTypes: ['LOC', 'PER'], 'highlights.enabled': false, maxFileSizeMB: 0.5, exclude: ['**/drafts/**'] }));
  assert.equal(s.language, 'fr');
  assert.deepEqual([...s.entityTypes], ['PER', 'LOC']);
  assert.equal(s.highlights, false);
  assert.equal(s.maxFileSizeBytes, 512 * 1024);
  assert.deepEqual(s.exclude, ['**/drafts/**']);
});

test('ill-typed values fall back to defaults instead of breaking', () => {
  const s = parseSettings(from({ language: 'de', entityTypes: 'PER', 'highlights.enabled': 'no', maxFileSizeMB: -3, exclude: [3, '', ' ', 'a/**'] }));
  assert.equal(s.language, 'auto');
  assert.equal(s.entityTypes.size, 5);
  assert.equal(s.highlights, true);
  assert.equal(s.maxFileSizeBytes, 5 * 1024 * 1024);
  assert.deepEqual(s.exclude, ['a/**']);
});
