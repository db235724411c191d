import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { ArticleReadError } from '../../../src/core/text/decode';
import { MemoryWorkspace } from '../../../src/core/workspace/memory-workspace';
import { NodeWorkspace } from '../../../src/core/workspace/node-workspace';
import { isArticlePath, listArticles, readArticle } from '../../../src/core/workspace/read-article';

/** A MemoryWorkspace that counts reads and can be told to fail them. */
class SpyWorkspace extends MemoryWorkspace {
  reads = 0;
  failReads: Error | undefined;
  failStats: Error | undefined;

  override async readFile(path: string): Promise<Uint8Array> {
    this.reads++;
    if (this.failReads) throw this.failReads;
    return super.readFile(path);
  }

  override async stat(path: string) {
    if (this.failStats) throw this.failStats;
    return super.stat(path);
  }
}

async function readError(promise: Promise<unknown>): Promise<ArticleReadError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ArticleReadError, `expected ArticleReadError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected readArticle to fail');
}

test('readArticle decodes the file as VS Code would hold it', async () => {
  const ws = new MemoryWorkspace({ 'a.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Titre\r\nTexte')]) });
  assert.deepEqual(await readArticle(ws, 'a.txt'), { text: 'Titre\r\nTexte', encoding: 'utf-8', hadBom: true, eol: 'crlf' });
});

test('readArticle: a missing file is unreadable, "no such file"', async () => {
  const error = await readError(readArticle(new MemoryWorkspace(), 'seeds/x.txt'));
  assert.equal(error.reason, 'unreadable');
  assert.equal(error.message, 'seeds/x.txt: no such file');
});

test('readArticle: a folder is not-a-file', async () => {
  const error = await readError(readArticle(new MemoryWorkspace({ 'seeds/a.txt': 'a' }), 'seeds'));
  assert.equal(error.reason, 'not-a-file');
  assert.match(error.message, /^seeds: is a folder/);
});

test('readArticle: a file over the limit is refused without being read', async () => {
  const ws = new SpyWorkspace({ 'big.txt': 'x'.repeat(2000) });
  const error = await readError(readArticle(ws, 'big.txt', { maxBytes: 1024 }));
  assert.equal(error.reason, 'too-large');
  assert.match(error.message, /^big\.txt: is 2 KB, over the 1 KB limit/);
  assert.equal(ws.reads, 0);
  assert.equal((await readArticle(ws, 'big.txt', { maxBytes: 2000 })).text.length, 2000);
  assert.equal(ws.reads, 1);
});

test('readArticle: an I/O error becomes unreadable with the cause, path said once', async () => {
  const ws = new SpyWorkspace({ 'a.txt': 'a' });
  const cause = new Error('a.txt: permission denied');
  ws.failReads = cause;
  const error = await readError(readArticle(ws, 'a.txt'));
  assert.equal(error.reason, 'unreadable');
  assert.equal(error.message, 'a.txt: cannot be read: permission denied');
  assert.equal(error.cause, cause);
});

test('readArticle: a failing stat is unreadable too', async () => {
  const ws = new SpyWorkspace({ 'a.txt': 'a' });
  ws.failStats = new Error('network drive gone');
  const error = await readError(readArticle(ws, 'a.txt'));
  assert.equal(error.message, 'a.txt: cannot be read: network drive gone');
});

test('readArticle: decoding errors come through unchanged', async () => {
  const error = await readError(readArticle(new MemoryWorkspace({ 'a.txt': new Uint8Array([65, 0]) }), 'a.txt'));
  assert.equal(error.reason, 'binary');
});

test('isArticlePath: .txt, .md, .markdown, never a sidecar', () => {
  assert.ok(isArticlePath('a/b.TXT'));
  assert.ok(isArticlePath('b.markdown'));
  assert.ok(!isArticlePath('b.press.yaml'));
  assert.ok(!isArticlePath('b.docx'));
});

const TREE = {
  'seeds/b.txt': 'b',
  'seeds/a.md': 'a',
  'seeds/a.md.press.yaml': 'sidecar',
  'seeds/fr/c.markdown': 'c',
  'seeds/fr/photo.jpg': 'jpg',
  'seeds/node_modules/x/readme.md': 'skip',
  'notes.docx': 'explicit',
  'top.txt.press.yaml': 'sidecar',
};

test('listArticles expands folders, de-duplicates, sorts, and reports missing paths', async () => {
  const ws = new MemoryWorkspace(TREE);
  const result = await listArticles(ws, ['seeds/fr', './seeds/', 'seeds/a.md', 'notes.docx', 'top.txt.press.yaml', 'ghost', 'seeds/./b.txt']);
  assert.deepEqual(result, {
    articles: ['notes.docx', 'seeds/a.md', 'seeds/b.txt', 'seeds/fr/c.markdown'],
    missing: ['ghost'],
  });
});

test('listArticles over a real folder gives the same answer', async () => {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'press-annotator-articles-'));
  try {
    for (const [name, content] of Object.entries(TREE)) {
      await fs.mkdir(path.dirname(path.join(root, name)), { recursive: true });
      await fs.writeFile(path.join(root, name), content);
    }
    const result = await listArticles(new NodeWorkspace(), [`${root}/seeds`, `${root}/seeds/b.txt`, `${root}/nope`]);
    assert.deepEqual(result, {
      articles: [`${root}/seeds/a.md`, `${root}/seeds/b.txt`, `${root}/seeds/fr/c.markdown`],
      missing: [`${root}/nope`],
    });
    const text = await readArticle(new NodeWorkspace(), result.articles[0]);
    assert.equal(text.text, 'a');
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
});
