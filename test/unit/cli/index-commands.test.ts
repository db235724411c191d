// The index, search and xref commands through main(argv, ctx) over an in-memory workspace: the
// JSON contracts scripts rely on, progress only on a terminal, the cache, exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { MemoryWorkspace } from '../../../src/core/workspace/memory-workspace';

const NEWS: Record<string, string | Uint8Array> = {
  '/news/kyiv.txt': 'Le président Volodymyr Zelensky a rencontré Donald Trump à Washington mardi. « Nous voulons la paix », a déclaré Zelensky.',
  '/news/en/monday.txt': 'Zelenskyy spoke to reporters in Kyiv on Monday. Melania Trump did not travel. "We will hold," Zelenskyy said.',
  '/news/call.md': "# Appel\n\nVladimir Poutine a appelé Donald Trump. Poutine a parlé de l'Ukraine pendant une heure.",
  '/news/en/kremlin.txt': 'Putin said nothing. The Kremlin declined to comment. Donald Trump left <script>alert(1)</script> early.',
};

interface Run {
  code: number;
  out: string;
  err: string;
  status: string[];
}

async function run(argv: string[], ws: MemoryWorkspace, options: { terminal?: boolean; cacheDir?: string } = {}): Promise<Run> {
  const result: Run = { code: 0, out: '', err: '', status: [] };
  result.code = await main(argv, {
    workspace: ws,
    out: (t) => (result.out += t + '\n'),
    err: (t) => (result.err += t + '\n'),
    status: options.terminal ? (t) => result.status.push(t) : undefined,
    cacheDir: options.cacheDir,
  });
  return result;
}

test('index --format json: {"clusters":[{"id","type","name","variants":[{"text","count"}],"mentionCount","articles"}]}', async () => {
  const { code, out } = await run(['index', '/news', '--format', 'json'], new MemoryWorkspace(NEWS));
  assert.equal(code, 0);
  const doc = JSON.parse(out);
  assert.deepEqual(Object.keys(doc), ['clusters']);
  for (const cluster of doc.clusters) {
    assert.deepEqual(Object.keys(cluster), ['id', 'type', 'name', 'variants', 'mentionCount', 'articles']);
    for (const variant of cluster.variants) assert.deepEqual(Object.keys(variant), ['text', 'count']);
    assert.equal(cluster.mentionCount, cluster.variants.reduce((n: number, v: { count: number }) => n + v.count, 0));
  }
  const counts = doc.clusters.map((c: { mentionCount: number }) => c.mentionCount);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most mentioned first');
  const trump = doc.clusters.find((c: { id: string }) => c.id === 'donald-trump');
  assert.deepEqual(trump.articles, ['/news/call.md', '/news/en/kremlin.txt', '/news/kyiv.txt']);
  const zelensky = doc.clusters.find((c: { id: string }) => c.id === 'volodimir-zelenski');
  assert.deepEqual(zelensky.variants, [
    { text: 'Zelenskyy', count: 2 },
    { text: 'Volodymyr Zelensky', count: 1 },
    { text: 'Zelensky', count: 1 },
  ]);
  assert.equal(zelensky.name, 'Volodymyr Zelensky', 'the most frequent full form');
});

test('index: a table with a summary; the second run comes from the cache', async () => {
  const ws = new MemoryWorkspace(NEWS);
  const first = await run(['index', '/news'], ws, { cacheDir: '/cache' });
  assert.equal(first.code, 0);
  assert.match(first.out, /^TYPE +NAME +ID +MENTIONS +ARTICLES +WRITTEN AS/);
  assert.match(first.out, /4 article\(s\): 0 from the cache, 4 analysed; \d+ entities$/m);
  assert.equal((await ws.listFiles('/cache')).length, 1, 'one cache file');
  const second = await run(['index', '/news'], ws, { cacheDir: '/cache' });
  assert.match(second.out, /4 article\(s\): 4 from the cache, 0 analysed/);
});

test('--no-cache writes nothing; --cache FILE puts it there', async () => {
  const ws = new MemoryWorkspace(NEWS);
  await run(['index', '/news', '--no-cache'], ws, { cacheDir: '/cache' });
  assert.equal(await ws.stat('/cache'), undefined);
  await run(['index', '/news', '--cache', '/elsewhere/my.cache'], ws, { cacheDir: '/cache' });
  assert.equal((await ws.stat('/elsewhere/my.cache'))?.type, 'file');
});

test('progress goes to the status line on a terminal only, and is cleared at the end', async () => {
  const terminal = await run(['index', '/news', '--format', 'json'], new MemoryWorkspace(NEWS), { terminal: true });
  assert.equal(terminal.status[0], 'indexing /news: 0/4 articles');
  assert.ok(terminal.status.includes('indexing /news: 4/4 articles'));
  assert.equal(terminal.status[terminal.status.length - 1], '', 'cleared');
  const piped = await run(['index', '/news', '--format', 'json'], new MemoryWorkspace(NEWS));
  assert.equal(piped.err, '');
  assert.doesNotThrow(() => JSON.parse(piped.out), 'stdout holds only the JSON');
});

test('index: --exclude and .gitignore leave files out', async () => {
  const ws = new MemoryWorkspace({ ...NEWS, '/news/.gitignore': 'call.md\n' });
  const { out } = await run(['index', '/news', '--format', 'json', '--exclude', 'en/'], ws);
  const articles = new Set(JSON.parse(out).clusters.flatMap((c: { articles: string[] }) => c.articles));
  assert.deepEqual([...articles], ['/news/kyiv.txt']);
  const all = await run(['index', '/news', '--format', 'json', '--no-gitignore'], ws);
  assert.ok(JSON.parse(all.out).clusters.some((c: { articles: string[] }) => c.articles.includes('/news/call.md')));
});

test('index: an unreadable file exits 1 and is named; the rest is indexed', async () => {
  const { code, out, err } = await run(['index', '/news', '--format', 'json'], new MemoryWorkspace({ ...NEWS, '/news/bin.txt': new Uint8Array([0, 1, 0, 2]) }));
  assert.equal(code, 1);
  assert.match(err, /^press-annotator: \/news\/bin\.txt: /m);
  assert.ok(JSON.parse(out).clusters.length > 0);
});

test('index: usage errors exit 2, a missing folder exits 1', async () => {
  const ws = new MemoryWorkspace(NEWS);
  assert.equal((await run(['index'], ws)).code, 2);
  assert.equal((await run(['index', '/news', '/other'], ws)).code, 2);
  assert.equal((await run(['index', '/news/kyiv.txt'], ws)).code, 2);
  assert.equal((await run(['index', '/news', '--format', 'xml'], ws)).code, 2);
  const missing = await run(['index', '/nowhere'], ws);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /\/nowhere: no such folder/);
  assert.match((await run(['index', '--help'], ws)).out, /^Usage: press-annotator index DIR/);
});

test('search --format json: {"results":[{"id","type","name","score"}]}, best first', async () => {
  const ws = new MemoryWorkspace(NEWS);
  const { code, out } = await run(['search', 'zelenski', '/news', '--format', 'json'], ws);
  assert.equal(code, 0);
  const doc = JSON.parse(out);
  assert.deepEqual(Object.keys(doc), ['results']);
  for (const r of doc.results) assert.deepEqual(Object.keys(r), ['id', 'type', 'name', 'score']);
  assert.deepEqual(doc.results[0], { id: 'volodimir-zelenski', type: 'PER', name: 'Volodymyr Zelensky', score: 0.9 });
  const scores = doc.results.map((r: { score: number }) => r.score);
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a));

  const poutin = JSON.parse((await run(['search', 'poutin', '/news', '--format', 'json'], ws)).out);
  assert.equal(poutin.results[0].id, 'vladimir-putin');
  const trump = JSON.parse((await run(['search', 'Trump', '/news', '--format', 'json'], ws)).out);
  assert.deepEqual(trump.results.slice(0, 2).map((r: { id: string }) => r.id), ['donald-trump', 'melania-trump']);
});

test('search: table, type filter, no match, usage errors', async () => {
  const ws = new MemoryWorkspace(NEWS);
  const table = await run(['search', 'washington', '/news'], ws);
  assert.match(table.out, /^SCORE +TYPE +NAME +ID +MENTIONS +MATCHED/);
  const places = JSON.parse((await run(['search', 'kyiv', '/news', '--type', 'loc', '--format', 'json'], ws)).out);
  assert.ok(places.results.every((r: { type: string }) => r.type === 'LOC'));
  assert.match((await run(['search', 'qqqzzzx', '/news'], ws)).out, /no entity matches "qqqzzzx"/);
  assert.equal((await run(['search'], ws)).code, 2);
  assert.equal((await run(['search', 'x', '/news', '--type', 'PLANET'], ws)).code, 2);
});

test('xref --format json: target, then articles with path, mentions {start,end,context}, quotes, claims', async () => {
  const { code, out } = await run(['xref', 'zelenski', '/news', '--format', 'json'], new MemoryWorkspace(NEWS));
  assert.equal(code, 0);
  const doc = JSON.parse(out);
  assert.deepEqual(Object.keys(doc), ['target', 'articles', 'counts']);
  assert.deepEqual(Object.keys(doc.target), ['kind', 'id', 'type', 'name', 'variants', 'mentionCount', 'articleCount']);
  assert.equal(doc.target.id, 'volodimir-zelenski');
  assert.deepEqual(doc.articles.map((a: { path: string }) => a.path), ['/news/en/monday.txt', '/news/kyiv.txt']);
  for (const article of doc.articles) {
    assert.deepEqual(Object.keys(article), ['path', 'mentions', 'quotes', 'claims', 'counts']);
    for (const m of article.mentions) assert.deepEqual(Object.keys(m), ['start', 'end', 'context']);
    for (const q of article.quotes) assert.deepEqual(Object.keys(q), ['start', 'end', 'text', 'kind', 'speaker', 'role']);
    assert.deepEqual(article.counts, { mentions: article.mentions.length, quotes: article.quotes.length, claims: article.claims.length });
  }
  const kyiv = doc.articles[1];
  const text = NEWS['/news/kyiv.txt'] as string;
  assert.deepEqual(kyiv.mentions.map((m: { start: number; end: number }) => text.slice(m.start, m.end)), ['Volodymyr Zelensky', 'Zelensky']);
  assert.deepEqual(kyiv.quotes[0], { start: text.indexOf('«'), end: text.indexOf('»') + 1, text: '« Nous voulons la paix »', kind: 'direct', speaker: { id: 'volodimir-zelenski', text: 'Zelensky' }, role: 'speaker' });
  assert.deepEqual(doc.counts, { articles: 2, mentions: 4, quotes: 2, claims: 0 });
});

test('xref: table and Markdown (article text escaped); an unknown id exits 1 with suggestions', async () => {
  const ws = new MemoryWorkspace(NEWS);
  const table = await run(['xref', 'donald-trump', '/news'], ws);
  assert.match(table.out, /^Donald Trump \[PER, donald-trump\]: 3 mentions in 3 article\(s\)/);
  assert.match(table.out, /^\/news\/kyiv\.txt {2}\(1 mention\(s\), 0 quote\(s\), 0 claim\(s\)\)$/m);
  assert.match(table.out, /^ +1 {2}mention {3}Le président Volodymyr Zelensky a rencontré Donald Trump/m);
  const md = await run(['xref', 'donald-trump', '/news', '--format', 'md'], ws);
  assert.match(md.out, /^# Donald Trump$/m);
  assert.match(md.out, /^## \/news\/en\/kremlin\.txt$/m);
  assert.ok(md.out.includes('\\<script\\>'), 'HTML in the article is escaped');
  assert.ok(!md.out.includes('<script>'));
  const unknown = await run(['xref', 'zelensky-volodymir', '/news'], ws);
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /no entity or claim "zelensky-volodymir" in \/news; did you mean volodimir-zelenski \(Volodymyr Zelensky\)/);
  assert.equal((await run(['xref'], ws)).code, 2);
});

/** A sidecar with one claim on `words` of `text`, written as a journalist's tool would. */
function sidecarWithClaim(article: string, text: string, words: string, extra = ''): string {
  const start = text.indexOf(words);
  const end = start + words.length;
  return [
    'version: 1',
    `article: ${article}`,
    'claims:',
    '  - id: k7m2qd',
    '    status: false',
    `    text: ${words}`,
    '    speaker: volodimir-zelenski',
    '    created: 2025-02-13T10:04:00Z',
    '    updated: 2025-02-13T10:04:00Z',
    '    anchor:',
    `      start: ${start}`,
    `      end: ${end}`,
    `      prefix: ${JSON.stringify(text.slice(Math.max(0, start - 32), start))}`,
    `      suffix: ${JSON.stringify(text.slice(end, end + 32))}`,
    extra,
  ].join('\n');
}

test('sidecars through the CLI: a claim id cross-referenced, a same-as correction merging two people, a bad sidecar reported', async () => {
  const kyiv = NEWS['/news/kyiv.txt'] as string;
  const ws = new MemoryWorkspace({
    ...NEWS,
    '/news/kyiv.txt.press.yaml': sidecarWithClaim('kyiv.txt', kyiv, 'Nous voulons la paix', 'entities:\n  - id: e3nfqa\n    kind: same-as\n    entity: melania-trump\n    to: donald-trump\n'),
    '/news/echo.txt': 'Un éditorial reprend la formule : nous voulons la paix, écrit-il.',
    '/news/call.md.press.yaml': 'version: 1\nclaims:\n  - id: [oops\n',
  });
  const xref = await run(['xref', 'k7m2qd', '/news', '--format', 'json'], ws);
  const doc = JSON.parse(xref.out);
  assert.equal(doc.target.kind, 'claim');
  assert.equal(doc.target.status, 'false');
  assert.equal(doc.target.state, 'exact');
  assert.equal(doc.target.speakerEntity, 'volodimir-zelenski');
  assert.deepEqual(doc.articles.map((a: { path: string }) => a.path), ['/news/echo.txt', '/news/kyiv.txt']);
  assert.match(xref.err, /\/news\/call\.md\.press\.yaml:\d+:\d+/, 'the broken sidecar is named with line and column');
  assert.equal(xref.code, 0, 'a bad sidecar does not fail the command: the articles are indexed');

  const index = JSON.parse((await run(['index', '/news', '--format', 'json'], ws)).out);
  const trump = index.clusters.find((c: { id: string }) => c.id === 'donald-trump');
  assert.ok(trump.variants.some((v: { text: string }) => v.text === 'Melania Trump'), 'same-as joined them across articles');
  assert.equal(index.clusters.find((c: { id: string }) => c.id === 'melania-trump'), undefined);

  const zelensky = JSON.parse((await run(['xref', 'volodimir-zelenski', '/news', '--format', 'json'], ws)).out);
  const claims = zelensky.articles.flatMap((a: { claims: { id: string; role: string }[] }) => a.claims);
  assert.deepEqual(claims.map((c: { id: string; role: string }) => [c.id, c.role]), [['k7m2qd', 'speaker']]);
});
