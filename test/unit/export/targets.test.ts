import { test } from 'node:test';
import assert from 'node:assert/strict';
import { targetsOverwritingInputs } from '../../../src/core/export/targets';

test('articles and their sidecars are never export targets, however the path is spelt', () => {
  const articles = ['/news/a.txt', '/news/fr/b.md'];
  assert.deepEqual(
    targetsOverwritingInputs(['/news/a.txt', '/news/./fr/../a.txt.press.yaml', '/NEWS/FR/B.md', '/news/a.ann', '/out/a.txt', '/news/fr/b.md.txt'], articles),
    ['/news/a.txt', '/news/./fr/../a.txt.press.yaml', '/NEWS/FR/B.md'],
  );
  assert.deepEqual(targetsOverwritingInputs(['/x.csv'], []), []);
});
