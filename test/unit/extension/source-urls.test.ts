import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSourceUrls } from '../../../src/extension/source-urls';

test('space- or comma-separated web addresses become sources, in order', () => {
  assert.deepEqual(parseSourceUrls(' https://example.org/a, http://example.com/b?x=1  '), {
    sources: [{ url: 'https://example.org/a' }, { url: 'http://example.com/b?x=1' }],
  });
  assert.deepEqual(parseSourceUrls(''), { sources: [] });
});

test('a word that is not a web address is named in the message', () => {
  assert.deepEqual(parseSourceUrls('https://ok.example lemonde.fr'), { error: '"lemonde.fr" is not a URL (it should start with https://)' });
  assert.deepEqual(parseSourceUrls('javascript:alert(1)'), { error: '"javascript:alert(1)" is not a web address (http or https)' });
  assert.deepEqual(parseSourceUrls('file:///etc/passwd'), { error: '"file:///etc/passwd" is not a web address (http or https)' });
});
