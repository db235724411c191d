// The nesting rules of .gitignore files (the patterns themselves are the `ignore` package's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExcludePatterns, IgnoreRules } from '../../../src/core/index/gitignore';

test('a root .gitignore ignores files and whole folders', () => {
  const rules = new IgnoreRules([{ folder: '', content: '*.tmp\ndrafts/\n# a comment\n' }]);
  assert.equal(rules.isIgnored('a.tmp'), true);
  assert.equal(rules.isIgnored('sub/b.tmp'), true);
  assert.equal(rules.isIgnored('drafts/x.txt'), true);
  assert.equal(rules.isIgnored('sub/drafts/deep/x.txt'), true);
  assert.equal(rules.isIgnored('a.txt'), false);
  assert.equal(rules.isIgnored('drafts.txt'), false);
});

test('a nested .gitignore applies below its own folder only, relative to it', () => {
  const rules = new IgnoreRules([{ folder: 'news', content: '/old.txt\n' }]);
  assert.equal(rules.isIgnored('news/old.txt'), true);
  assert.equal(rules.isIgnored('news/sub/old.txt'), false, 'anchored to its folder');
  assert.equal(rules.isIgnored('old.txt'), false, 'not above its folder');
});

test('a deeper .gitignore overrides a shallower one with a negation', () => {
  const rules = new IgnoreRules([
    { folder: '', content: '*.md\n' },
    { folder: 'keep', content: '!*.md\n' },
  ]);
  assert.equal(rules.isIgnored('a.md'), true);
  assert.equal(rules.isIgnored('keep/a.md'), false);
  assert.equal(rules.isIgnored('keep/sub/a.md'), false);
});

test('nothing inside an ignored folder comes back, as with git', () => {
  const rules = new IgnoreRules([
    { folder: '', content: 'private/\n!private/keep.txt\n' },
    { folder: 'private', content: '!keep.txt\n' },
  ]);
  assert.equal(rules.isIgnored('private/keep.txt'), true);
  assert.equal(rules.isIgnored('private/sub/keep.txt'), true);
});

test('a file re-included by a later negation in the same .gitignore', () => {
  const rules = new IgnoreRules([{ folder: '', content: '*.txt\n!important.txt\n' }]);
  assert.equal(rules.isIgnored('x.txt'), true);
  assert.equal(rules.isIgnored('important.txt'), false);
  assert.equal(rules.isIgnored('sub/important.txt'), false);
});

test('exclude patterns use the .gitignore grammar, relative to the root', () => {
  const exclude = new ExcludePatterns(['**/archive/**', 'tmp/', '  ', 'draft-*.md']);
  assert.equal(exclude.isExcluded('2024/archive/a.txt'), true);
  assert.equal(exclude.isExcluded('archive/a.txt'), true);
  assert.equal(exclude.isExcluded('tmp/a.txt'), true);
  assert.equal(exclude.isExcluded('sub/draft-1.md'), true);
  assert.equal(exclude.isExcluded('sub/final.md'), false);
  assert.equal(new ExcludePatterns([]).isExcluded('a.txt'), false);
});

test('the pattern to name for an excluded path: the whole set decides, a negation re-includes', () => {
  const patterns = new ExcludePatterns(['drafts/*', '!drafts/keep.md', 'archive/**']);
  assert.equal(patterns.excludingPattern('drafts/old.md'), 'drafts/*');
  assert.equal(patterns.excludingPattern('drafts/keep.md'), undefined);
  assert.equal(patterns.excludingPattern('archive/2019/a.md'), 'archive/**');
  assert.equal(patterns.excludingPattern('articles/a.md'), undefined);
});
