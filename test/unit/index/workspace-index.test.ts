// The workspace index over an in-memory workspace: what it holds, incremental updates that touch
// only the file that changed and end equal to a fresh build, sidecars, cancellation, progress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryWorkspace } from '../../../src/core/workspace/memory-workspace';
import { WorkspaceIndex, BuildProgress, IndexedArticle } from '../../../src/core/index/workspace-index';
import { MemberQuote, SpanList } from '../../../src/core/index/packed-analysis';
import type { EntityType } from '../../../src/core/recognise/types';
import { ARTICLES, CountingRunner, fakeLoader, snapshot } from './fixtures';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

test('holds every article with its mentions and quotes, and clusters people across articles', async () => {
  const index = await WorkspaceIndex.open(new MemoryWorkspace(ARTICLES), '/ws');
  assert.deepEqual(
    index.articles().map((a) => a.path),
    ['/ws/call.md', '/ws/en/kremlin.txt', '/ws/en/monday.txt', '/ws/kyiv.txt'],
  );
  const kyiv = index.article('/ws/kyiv.txt');
  assert.equal(kyiv?.lang, 'fr');
  assert.equal(kyiv?.quotes[0].speaker?.id, 'volodimir-zelenski');

  const zelensky = index.cluster('zelenski');
  assert.equal(zelensky?.id, 'volodimir-zelenski');
  assert.equal(zelensky?.name, 'Volodymyr Zelensky');
  assert.deepEqual(zelensky?.articles, ['/ws/en/monday.txt', '/ws/kyiv.txt']);
  assert.equal(zelensky?.mentionCount, 4);

  assert.deepEqual(index.cluster('putin')?.articles, ['/ws/call.md', '/ws/en/kremlin.txt'], 'Putin joins Vladimir Poutine');
  assert.equal(index.cluster('putin')?.name, 'Vladimir Poutine');
  assert.notEqual(index.cluster('melania-trump')?.id, index.cluster('donald-trump')?.id);
  assert.equal(index.cluster('mardi'), undefined, 'relative dates are not clustered');
  assert.equal(index.stats?.analysed, 4);
});

test('a changed file is the only one re-analysed, and the index equals a fresh build', async () => {
  const ws = new MemoryWorkspace(ARTICLES);
  const runner = new CountingRunner();
  const index = await WorkspaceIndex.open(ws, '/ws', { runner });
  runner.analysed.length = 0;
  await ws.writeFile('/ws/en/kremlin.txt', encode('Melania Trump said nothing. Vladimir Putin declined to comment.'));
  assert.deepEqual(await index.update('/ws/en/kremlin.txt'), ['/ws/en/kremlin.txt']);
  assert.deepEqual(runner.analysed, ['/ws/en/kremlin.txt']);
  assert.equal(index.cluster('melania-trump')?.mentionCount, 2);
  assert.deepEqual(snapshot(index), snapshot(await WorkspaceIndex.open(ws, '/ws')));
});

test('an unchanged file (same bytes) is not re-analysed', async () => {
  const ws = new MemoryWorkspace(ARTICLES);
  const runner = new CountingRunner();
  const index = await WorkspaceIndex.open(ws, '/ws', { runner });
  runner.analysed.length = 0;
  await ws.writeFile('/ws/kyiv.txt', encode(ARTICLES['/ws/kyiv.txt']));
  await index.update('/ws/kyiv.txt');
  assert.deepEqual(runner.analysed, []);
});

test('added, deleted and renamed files; a rename reuses the analysis', async () => {
  const ws = new MemoryWorkspace(ARTICLES);
  const runner = new CountingRunner();
  const index = await WorkspaceIndex.open(ws, '/ws', { runner });
  runner.analysed.length = 0;

  await ws.writeFile('/ws/new.txt', encode('Jill Biden a visité Kyiv.'));
  await index.update('/ws/new.txt');
  assert.ok(index.cluster('jill-biden'));

  await ws.deleteFile('/ws/en/kremlin.txt');
  await index.update('/ws/en/kremlin.txt');
  assert.equal(index.article('/ws/en/kremlin.txt'), undefined);
  assert.equal(index.cluster('kremlin'), undefined);

  await ws.writeFile('/ws/renamed.txt', await ws.readFile('/ws/kyiv.txt'));
  await ws.deleteFile('/ws/kyiv.txt');
  await index.rename('/ws/kyiv.txt', '/ws/renamed.txt');
  assert.deepEqual(runner.analysed, ['/ws/new.txt'], 'the renamed file was not analysed again');
  assert.deepEqual(index.cluster('volodimir-zelenski')?.articles, ['/ws/en/monday.txt', '/ws/renamed.txt']);
  assert.deepEqual(snapshot(index), snapshot(await WorkspaceIndex.open(ws, '/ws')));
});

test('a rename seen as two watch events (deleted, then created) reuses the analysis too', async () => {
  const ws = new MemoryWorkspace(ARTICLES);
  const runner = new CountingRunner();
  const index = await WorkspaceIndex.open(ws, '/ws', { runner });
  runner.analysed.length = 0;
  const bytes = await ws.readFile('/ws/call.md');
  await ws.deleteFile('/ws/call.md');
  await index.applyWatchEvent({ kind: 'deleted', path: '/ws/call.md' });
  await ws.writeFile('/ws/moved/call.md', bytes);
  await index.applyWatchEvent({ kind: 'created', path: '/ws/moved/call.md' });
  assert.deepEqual(runner.analysed, []);
  assert.deepEqual(index.cluster('putin')?.articles, ['/ws/en/kremlin.txt', '/ws/moved/call.md']);
});

test('watching: the index follows writes and deletions by itself', async () => {
  const ws = new MemoryWorkspace(ARTICLES);
  const index = await WorkspaceIndex.open(ws, '/ws');
  const changes: string[][] = [];
  index.onDidChange((c) => changes.push(c.paths));
  const watcher = index.watch((error) => assert.fail(String(error)));
  await ws.writeFile('/ws/late.txt', encode('Anne Lefort est arrivée à Porto.'));
  await ws.deleteFile('/ws/kyiv.txt');
  await waitFor(() => changes.length === 2);
  watcher.dispose();
  assert.deepEqual(changes, [['/ws/late.txt'], ['/ws/kyiv.txt']]);
  assert.ok(index.cluster('anne-lefort'));
  assert.equal(index.article('/ws/kyiv.txt'), undefined);
});

test('a .gitignore change drops and restores the articles it covers', async () => {
  const ws = new MemoryWorkspace(ARTICLES);
  const index = await WorkspaceIndex.open(ws, '/ws');
  await ws.writeFile('/ws/.gitignore', encode('en/\n'));
  assert.deepEqual((await index.update('/ws/.gitignore')).sort(), ['/ws/en/kremlin.txt', '/ws/en/monday.txt']);
  assert.deepEqual(index.articles().map((a) => a.path), ['/ws/call.md', '/ws/kyiv.txt']);
  await ws.deleteFile('/ws/.gitignore');
  await index.update('/ws/.gitignore');
  assert.equal(index.articles().length, 4);
  assert.equal(index.clusters().length, (await WorkspaceIndex.open(ws, '/ws')).clusters().length);
});

test('excluded and ignored files stay out, also when they change later', async () => {
  const ws = new MemoryWorkspace({ ...ARTICLES, '/ws/.gitignore': 'call.md\n' });
  const index = await WorkspaceIndex.open(ws, '/ws', { exclude: ['en/'] });
  assert.deepEqual(index.articles().map((a) => a.path), ['/ws/kyiv.txt']);
  await ws.writeFile('/ws/en/x.txt', encode('Anne Lefort est à Porto.'));
  assert.deepEqual(await index.update('/ws/en/x.txt'), []);
  assert.equal(index.article('/ws/en/x.txt'), undefined);
});

test('unreadable and binary files are reported with their path, the rest is indexed', async () => {
  const ws = new MemoryWorkspace({ ...ARTICLES, '/ws/binary.txt': new Uint8Array([65, 0, 66, 0, 0, 0]) });
  const index = await WorkspaceIndex.open(ws, '/ws');
  assert.equal(index.articles().length, 4);
  assert.equal(index.stats?.failed, 1);
  const [problem] = index.problems();
  assert.equal(problem.path, '/ws/binary.txt');
  assert.match(problem.message, /^\/ws\/binary\.txt: /);
  await ws.writeFile('/ws/binary.txt', encode('Anne Lefort est à Porto.'));
  await index.update('/ws/binary.txt');
  assert.deepEqual(index.problems(), [], 'fixed, the problem goes');
  assert.equal(index.articles().length, 5);
});

test('sidecars: claims, corrected entities and identities, reloaded when the sidecar changes', async () => {
  const sidecar = JSON.stringify({ claims: [{ id: 'c1', words: 'Nous voulons la paix', speaker: 'volodimir-zelenski' }], drop: ['washington'] });
  const ws = new MemoryWorkspace({ ...ARTICLES, '/ws/kyiv.txt.press.yaml': sidecar });
  const index = await WorkspaceIndex.open(ws, '/ws', { loadAnnotations: fakeLoader });
  const found = index.claim('c1');
  assert.equal(found?.article.path, '/ws/kyiv.txt');
  assert.equal(found?.article.sidecar, '/ws/kyiv.txt.press.yaml');
  assert.equal(found?.claim.state, 'exact');
  assert.equal(index.cluster('washington'), undefined, 'the correction dropped it');
  assert.notEqual(index.cluster('melania-trump')?.id, index.cluster('donald-trump')?.id);

  await ws.writeFile('/ws/kyiv.txt.press.yaml', encode(JSON.stringify({ sameAs: [['melania-trump', 'donald-trump']] })));
  assert.deepEqual(await index.update('/ws/kyiv.txt.press.yaml'), ['/ws/kyiv.txt']);
  assert.equal(index.claim('c1'), undefined);
  assert.ok(index.cluster('washington'));
  assert.equal(index.cluster('melania-trump')?.id, index.cluster('donald-trump')?.id, 'the user merged them');

  await ws.writeFile('/ws/kyiv.txt.press.yaml', encode('{broken'));
  await index.update('/ws/kyiv.txt.press.yaml');
  assert.deepEqual(index.problems(), [{ path: '/ws/kyiv.txt.press.yaml', message: '/ws/kyiv.txt.press.yaml:1:1: not JSON' }]);
  assert.notEqual(index.cluster('melania-trump')?.id, index.cluster('donald-trump')?.id);

  await ws.deleteFile('/ws/kyiv.txt.press.yaml');
  await index.update('/ws/kyiv.txt.press.yaml');
  assert.deepEqual(index.problems(), []);
  assert.equal(index.article('/ws/kyiv.txt')?.sidecar, undefined);
});

test('progress goes from 0 to the total, one step per article', async () => {
  const seen: BuildProgress[] = [];
  await WorkspaceIndex.open(new MemoryWorkspace(ARTICLES), '/ws', {}, { onProgress: (p) => seen.push({ ...p }) });
  assert.deepEqual(seen[0], { done: 0, total: 4 });
  assert.deepEqual(seen[seen.length - 1], { done: 4, total: 4 });
  assert.ok(seen.every((p, i) => i === 0 || p.done === seen[i - 1].done + 1));
});

test('cancelling a build rejects with AbortError and leaves the index as it was', async () => {
  const ws = new MemoryWorkspace(ARTICLES);
  const index = await WorkspaceIndex.open(ws, '/ws');
  const before = snapshot(index);
  for (let i = 0; i < 20; i++) await ws.writeFile(`/ws/more/${i}.txt`, encode(`Anne Lefort${i} est à Porto.`));
  const controller = new AbortController();
  await assert.rejects(
    index.rebuild({ signal: controller.signal, onProgress: (p) => p.done === 3 && controller.abort() }),
    { name: 'AbortError' },
  );
  assert.deepEqual(snapshot(index), before);
  const stats = await index.rebuild();
  assert.equal(stats.articles, 24, 'a later build completes');
});

test('an already aborted signal stops before any work', async () => {
  const controller = new AbortController();
  controller.abort();
  const runner = new CountingRunner();
  await assert.rejects(WorkspaceIndex.open(new MemoryWorkspace(ARTICLES), '/ws', { runner }, { signal: controller.signal }), { name: 'AbortError' });
  assert.deepEqual(runner.analysed, []);
});

test('text(): held texts, and a file changed behind the index is re-indexed first', async () => {
  const ws = new MemoryWorkspace(ARTICLES);
  const index = await WorkspaceIndex.open(ws, '/ws');
  assert.equal(await index.text('/ws/kyiv.txt'), ARTICLES['/ws/kyiv.txt']);
  await ws.writeFile('/ws/kyiv.txt', encode('Anne Lefort est à Porto.'));
  // Still the held text: the index has not been told of the change.
  assert.equal(await index.text('/ws/kyiv.txt'), ARTICLES['/ws/kyiv.txt']);
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(condition(), 'timed out');
}

test('watching: the cache is written once changes settle, and on dispose', async () => {
  const ws = new MemoryWorkspace(ARTICLES);
  const index = await WorkspaceIndex.open(ws, '/ws', { cachePath: '/cache/index.cache' });
  const written = async (): Promise<number> => (await ws.stat('/cache/index.cache'))?.mtimeMs ?? 0;
  const afterBuild = await written();
  const watcher = index.watch((error) => assert.fail(String(error)), 30);
  await ws.writeFile('/ws/late.txt', encode('Anne Lefort est arrivée à Porto.'));
  await waitFor(() => index.article('/ws/late.txt') !== undefined);
  assert.equal(await written(), afterBuild, 'not yet: changes may still come');
  await new Promise((resolve) => setTimeout(resolve, 60));
  const settled = await written();
  assert.ok(settled > afterBuild, 'written once settled');
  await ws.writeFile('/ws/later.txt', encode('Paul Ordway est à Lisbonne.'));
  await waitFor(() => index.article('/ws/later.txt') !== undefined);
  watcher.dispose();
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok((await written()) > settled, 'dispose writes what is pending');
});

test('memberFinder reads the packed numbers and agrees with the mention and quote objects, corrections included', async () => {
  const sidecar = JSON.stringify({ drop: ['washington'] });
  const index = await WorkspaceIndex.open(new MemoryWorkspace({ ...ARTICLES, '/ws/kyiv.txt.press.yaml': sidecar }), '/ws', { loadAnnotations: fakeLoader });
  let quotesFound = 0;
  for (const cluster of index.clusters()) {
    const members = index.membersOf(cluster);
    const ids = new Set(members.map((m) => m.id));
    const find = index.memberFinder(members);
    // One list for all articles, as a cross-reference uses it: each article appends after the last.
    const spans = new SpanList();
    for (const article of index.articles()) {
      const expectedSpans = article.entities.filter((e) => members.some((m) => m.type === e.type && m.id === e.id)).flatMap(({ start, end }) => [start, end]);
      const expectedQuotes = article.quotes.flatMap((quote) => {
        const speaks = !!quote.speaker && ids.has(quote.speaker.id);
        const named = expectedSpans.some((start, i) => i % 2 === 0 && start >= quote.start && expectedSpans[i + 1] <= quote.end);
        return speaks || named ? [{ quote, speaks }] : [];
      });
      const from = spans.length;
      const quotes: MemberQuote[] = [];
      const found = find(article.path, spans, quotes);
      assert.equal(found?.article, index.article(article.path), `${cluster.id} in ${article.path}`);
      assert.equal(found?.text, ARTICLES[article.path], 'the text held since the scan: the file as written');
      assert.deepEqual([...spans.data.subarray(from, spans.length)], expectedSpans, `${cluster.id} in ${article.path}`);
      assert.deepEqual(quotes, expectedQuotes, `${cluster.id} in ${article.path}`);
      quotesFound += quotes.length;
    }
  }
  assert.ok(quotesFound > 0, 'the fixtures have quotes spoken by or naming an entity');
  const none = (members: { type: EntityType; id: string }[], path: string): [IndexedArticle | undefined, number, number] => {
    const [spans, quotes] = [new SpanList(), [] as MemberQuote[]];
    return [index.memberFinder(members)(path, spans, quotes)?.article, spans.length, quotes.length];
  };
  assert.deepEqual(none([{ type: 'LOC', id: 'washington' }], '/ws/kyiv.txt'), [index.article('/ws/kyiv.txt'), 0, 0], 'the corrected article has no Washington');
  assert.deepEqual(none([{ type: 'PER', id: 'x' }], '/ws/nowhere.txt'), [undefined, 0, 0]);
});
