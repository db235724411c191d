import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryWorkspace } from '../../../src/core/workspace/memory-workspace';
import { scanWorkspace } from '../../../src/core/index/scan';
import type { Workspace } from '../../../src/core/workspace/workspace';

const FILES = {
  '/ws/a.txt': 'A',
  '/ws/b.md': 'B',
  '/ws/a.txt.press.yaml': 'version: 1\n',
  '/ws/notes.json': '{}',
  '/ws/.gitignore': 'build/\n*.log.txt\n',
  '/ws/build/out.txt': 'ignored',
  '/ws/x.log.txt': 'ignored',
  '/ws/drafts/c.txt': 'C',
  '/ws/drafts/.gitignore': 'secret.md\n',
  '/ws/drafts/secret.md': 'ignored',
  '/ws/node_modules/pkg/readme.md': 'never listed',
};

test('articles: .txt/.md below the root, .gitignore respected at every level, sidecars apart', async () => {
  const listing = await scanWorkspace(new MemoryWorkspace(FILES), '/ws');
  assert.deepEqual(listing.articles, ['/ws/a.txt', '/ws/b.md', '/ws/drafts/c.txt']);
  assert.deepEqual([...listing.sidecars], ['/ws/a.txt.press.yaml']);
  assert.deepEqual(listing.problems, []);
});

test('exclude patterns leave out more; respectGitignore:false brings the ignored back', async () => {
  const ws = new MemoryWorkspace(FILES);
  const excluded = await scanWorkspace(ws, '/ws', { exclude: ['drafts/'] });
  assert.deepEqual(excluded.articles, ['/ws/a.txt', '/ws/b.md']);
  const all = await scanWorkspace(ws, '/ws', { respectGitignore: false });
  assert.deepEqual(all.articles, ['/ws/a.txt', '/ws/b.md', '/ws/build/out.txt', '/ws/drafts/c.txt', '/ws/drafts/secret.md', '/ws/x.log.txt']);
});

test('the filter decides for paths that appear later (watch events)', async () => {
  const { filter } = await scanWorkspace(new MemoryWorkspace(FILES), '/ws', { exclude: ['*.bak.md'] });
  assert.equal(filter.acceptsArticle('/ws/new.txt'), true);
  assert.equal(filter.acceptsArticle('/ws/build/new.txt'), false);
  assert.equal(filter.acceptsArticle('/ws/old.bak.md'), false);
  assert.equal(filter.acceptsArticle('/ws/new.txt.press.yaml'), false);
  assert.equal(filter.acceptsArticle('/elsewhere/new.txt'), false);
});

test('a relative root works the same', async () => {
  const ws = new MemoryWorkspace({ 'news/a.txt': 'A', 'news/.gitignore': 'b.txt', 'news/b.txt': 'B' });
  assert.deepEqual((await scanWorkspace(ws, './news/')).articles, ['news/a.txt']);
});

test('an unreadable .gitignore is reported and hides nothing', async () => {
  const inner = new MemoryWorkspace({ '/ws/.gitignore': 'a.txt', '/ws/a.txt': 'A' });
  const ws: Workspace = Object.assign(Object.create(inner), {
    readFile: async (path: string) => {
      if (path.endsWith('.gitignore')) throw new Error(`${path}: permission denied`);
      return inner.readFile(path);
    },
  });
  const listing = await scanWorkspace(ws, '/ws');
  assert.deepEqual(listing.articles, ['/ws/a.txt']);
  assert.deepEqual(listing.problems, ['/ws/.gitignore: permission denied']);
});

test('the filter takes paths as given: un-normalised ones are normalised, look-alike roots are outside', async () => {
  const { filter } = await scanWorkspace(new MemoryWorkspace(FILES), '/ws/');
  assert.equal(filter.acceptsArticle('/ws/./sub/../new.txt'), true);
  assert.equal(filter.acceptsArticle('/ws//deep/new.md'), true);
  assert.equal(filter.acceptsArticle('/ws/build/../build/x.txt'), false, 'still ignored once normalised');
  assert.equal(filter.acceptsArticle('/wsx/new.txt'), false);
  assert.equal(filter.acceptsArticle('/ws'), false);
  const here = (await scanWorkspace(new MemoryWorkspace({ 'a.txt': 'A' }), '.')).filter;
  assert.equal(here.acceptsArticle('a.txt'), true);
  assert.equal(here.acceptsArticle('../a.txt'), false);
  assert.equal(here.acceptsArticle('/abs/a.txt'), false);
});
