/// <reference types="mocha" />
import * as assert from 'assert';
import { VsCodeWorkspace } from '../../src/extension/vscode-workspace';
import { listArticles, readArticle } from '../../src/core/workspace/read-article';
import { workspaceRoot } from './helpers';

suite('VsCodeWorkspace (core Workspace over vscode.workspace.fs)', () => {
  const ws = () => new VsCodeWorkspace(workspaceRoot());

  test('reads, lists and stats the seed articles like the Node workspace does', async () => {
    const { articles } = await listArticles(ws(), ['.']);
    assert.ok(articles.includes('000_ab92f1f5da12f13e.txt'), `articles: ${articles}`);
    const root = workspaceRoot().path;
    const absolute = await listArticles(ws(), [root]);
    assert.ok(absolute.articles.includes(`${root}/000_ab92f1f5da12f13e.txt`));
    const article = await readArticle(ws(), '000_ab92f1f5da12f13e.txt');
    assert.match(article.text, /Donald Trump/);
    assert.strictEqual((await ws().stat('.'))?.type, 'directory');
    assert.strictEqual(await ws().stat('no-such-file.txt'), undefined);
  });

  test('writes (creating folders), watches, deletes; errors start with the path', async () => {
    const events: string[] = [];
    const watcher = ws().watch('.', (e) => events.push(`${e.kind} ${e.path.split('/').pop()}`));
    try {
      await ws().writeFile('tmp-ws/new/a.txt', new TextEncoder().encode('Bonjour'));
      assert.strictEqual(new TextDecoder().decode(await ws().readFile('tmp-ws/new/a.txt')), 'Bonjour');
      assert.deepStrictEqual(await ws().listFiles('tmp-ws', { extensions: ['txt'] }), ['tmp-ws/new/a.txt']);
      // VS Code's file watcher starts asynchronously, so the first write may come before it
      // listens: write again (another new folder each time) until an event arrives. A new
      // folder's files are reported as created along with it.
      for (let attempt = 0; attempt < 20 && !events.includes('created b.txt'); attempt++) {
        await ws().writeFile(`tmp-ws/try-${attempt}/b.txt`, new TextEncoder().encode(`attempt ${attempt}`));
        await new Promise((r) => setTimeout(r, 500));
      }
      assert.ok(events.includes('created b.txt'), `events: ${events}`);
      await ws().deleteFile('tmp-ws/new/a.txt');
      await ws().deleteFile('tmp-ws/new/a.txt'); // deleting what is gone does nothing
      assert.strictEqual(await ws().stat('tmp-ws/new/a.txt'), undefined);
      await assert.rejects(ws().deleteFile('tmp-ws'), /^Error: tmp-ws: is a folder/);
      await assert.rejects(ws().readFile('missing.txt'), /^Error: missing.txt: no such file/);
    } finally {
      watcher.dispose();
    }
  });
});
