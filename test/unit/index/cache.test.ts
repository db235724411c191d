// The index cache: a round trip, and every way a cache file can be wrong (corrupt, truncated,
// stale, hand-edited) leads to it being ignored and rebuilt, never trusted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, RECOGNISER_VERSION } from '../../../src/core/recognise/analyze';
import { CacheContent, contentHash, decodeCache, encodeCache } from '../../../src/core/index/cache';
import { WorkspaceIndex } from '../../../src/core/index/workspace-index';
import { MemberTable } from '../../../src/core/index/member-table';
import { ENTITY_STRIDE, packAnalysis, QUOTE_STRIDE, StringTable, unpackAnalysis } from '../../../src/core/index/packed-analysis';
import { MemoryWorkspace } from '../../../src/core/workspace/memory-workspace';
import type { FileStat, Workspace } from '../../../src/core/workspace/workspace';
import { ARTICLES, CountingRunner, fakeLoader, snapshot } from './fixtures';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const CACHE = '/cache/index.json';

function sampleContent(): CacheContent {
  const strings = new StringTable();
  const members = new MemberTable();
  const articles = Object.entries(ARTICLES).map(([path, text]) => {
    const analysis = analyze(text, { fileName: path });
    members.count(path, analysis.entities, +1);
    const bytes = encode(text);
    return { path, hash: contentHash(bytes), size: bytes.length, mtimeMs: 1_600_000_000_000, markdown: path.endsWith('.md'), packed: packAnalysis(analysis, strings) };
  });
  const records = members.records();
  const grouping = { families: records.map((r) => (r.type === 'PER' ? r.id.split('-').pop() ?? null : null)), roots: records.map((_, i) => i) };
  return { lang: 'auto', writtenAt: 1_700_000_000_000, strings, articles, members: records, grouping };
}

test('packing then unpacking an analysis gives it back exactly', () => {
  const strings = new StringTable();
  for (const [path, text] of Object.entries(ARTICLES)) {
    const analysis = analyze(text, { fileName: path });
    assert.deepEqual(unpackAnalysis(packAnalysis(analysis, strings), strings.values), analysis, path);
  }
});

interface CacheBody {
  strings: string[];
  articles: unknown[][];
  /** How many member runs follow the analyses' numbers. */
  members: number;
  grouping: { roots: number[] };
}

/** The three parts of a cache file. */
function split(bytes: Uint8Array): { header: Record<string, unknown>; body: CacheBody; numbers: number[] } {
  const buffer = Buffer.from(bytes);
  const newline = buffer.indexOf(0x0a);
  const header = JSON.parse(buffer.subarray(0, newline).toString());
  const rest = buffer.subarray(newline + 1);
  const body = JSON.parse(rest.subarray(0, header.jsonLength).toString());
  const binary = rest.subarray(header.jsonLength);
  const numbers = [...new Int32Array(binary.buffer.slice(binary.byteOffset, binary.byteOffset + binary.byteLength))];
  return { header, body, numbers };
}

/** A cache file from edited parts, lengths and checksum made to match (only the values are wrong). */
function join(parts: { header: Record<string, unknown>; body: CacheBody; numbers: number[] }): Uint8Array {
  const json = Buffer.from(JSON.stringify(parts.body));
  const binary = Buffer.from(new Int32Array(parts.numbers).buffer);
  const header = { ...parts.header, jsonLength: json.length, numbersLength: binary.length, checksum: contentHash(Buffer.concat([json, binary])) };
  return Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), json, binary]);
}

/** Where the first member's run starts: type, id, formCount, articleCount, form, count, ..., row, count, ... */
function firstMember(parts: { body: CacheBody }): number {
  return parts.body.articles.reduce((at, row) => at + (row[6] as number) * ENTITY_STRIDE + (row[7] as number) * QUOTE_STRIDE, 0);
}

function withHeader(bytes: Uint8Array, edit: (header: Record<string, unknown>) => void): Uint8Array {
  const parts = split(bytes);
  edit(parts.header);
  return join(parts);
}

test('encode then decode gives back every analysis exactly', () => {
  const content = sampleContent();
  const result = decodeCache(encodeCache(content), 'auto');
  assert.ok(result.ok);
  // The family keys of the grouping join the string table after the analyses' strings.
  assert.deepEqual(result.content.strings.values.slice(0, content.strings.values.length), content.strings.values);
  assert.deepEqual({ ...result.content, strings: [] }, { ...content, strings: [] });
});

test('a corrupt, truncated or foreign file is refused with a reason', () => {
  const bytes = encodeCache(sampleContent());
  const flipped = bytes.slice();
  flipped[flipped.length - 20] ^= 0x01;
  const cases: [string, Uint8Array, RegExp][] = [
    ['one bit flipped', flipped, /checksum/],
    ['truncated', bytes.slice(0, bytes.length - 10), /length/],
    ['empty', new Uint8Array(), /header/],
    ['not ours', encode('{"hello":1}\n{}'), /not an index cache/],
    ['garbage header', encode('\u0000\u0001\n{}'), /header is not valid JSON/],
  ];
  for (const [name, input, reason] of cases) {
    const result = decodeCache(input, 'auto');
    assert.equal(result.ok, false, name);
    if (!result.ok) assert.match(result.reason, reason, name);
  }
});

test('a stale cache (other recogniser version, format or language option) is refused', () => {
  const bytes = encodeCache(sampleContent());
  const older = decodeCache(withHeader(bytes, (h) => (h.recogniser = RECOGNISER_VERSION - 1)), 'auto');
  assert.ok(!older.ok && /recogniser version/.test(older.reason));
  const format = decodeCache(withHeader(bytes, (h) => (h.formatVersion = 99)), 'auto');
  assert.ok(!format.ok && /format 99/.test(format.reason));
  const lang = decodeCache(bytes, 'fr');
  assert.ok(!lang.ok && /language/.test(lang.reason));
});

test('a well-formed file with impossible values is refused, even with a matching checksum', () => {
  const bytes = encodeCache(sampleContent());
  type Parts = ReturnType<typeof split>;
  const edits: [string, (p: Parts) => void, RegExp][] = [
    ['offset past the file size', (p) => (p.numbers[1] = 10_000_000), /span out of range/],
    ['unknown entity type', (p) => (p.numbers[2] = 9), /entity type/],
    ['string index out of range', (p) => (p.numbers[3] = 99_999), /string reference/],
    ['more mentions than numbers', (p) => (p.body.articles[0][6] = 99_999), /more numbers than the file holds/],
    ['numbers left over', (p) => p.numbers.push(1), /left over/],
    ['bad hash', (p) => (p.body.articles[0][1] = 'xyz'), /bad hash/],
    ['missing field', (p) => p.body.articles[0].pop(), /8-field/],
    ['non-string in the table', (p) => ((p.body.strings as unknown[])[0] = 5), /non-string/],
    ['member counts that disagree', (p) => (p.numbers[firstMember(p) + 5] = 999), /counts disagree/],
    ['member of an article that is not there', (p) => (p.numbers[firstMember(p) + 4 + 2 * p.numbers[firstMember(p) + 2]] = 99), /row out of range/],
    ['member with no written form', (p) => (p.numbers[firstMember(p) + 2] = 0), /bad form list/],
    ['no member table', (p) => delete (p.body as { members?: unknown }).members, /members/],
    ['a grouping of other members', (p) => p.body.grouping.roots.pop(), /does not match/],
    ['a group root that is not its own root', (p) => ([p.body.grouping.roots[0], p.body.grouping.roots[1]] = [1, 2]), /bad root/],
    ['another byte order', (p) => (p.header.byteOrder = 'BE'), /byte order/],
  ];
  for (const [name, edit, reason] of edits) {
    const parts = split(bytes);
    edit(parts);
    const result = decodeCache(join(parts), 'auto');
    assert.equal(result.ok, false, name);
    if (!result.ok) assert.match(result.reason, reason, name);
  }
  assert.ok(decodeCache(join(split(bytes)), 'auto').ok, 'the parts joined unedited are a valid cache');
});

/** A workspace whose files all look a day old, and which counts reads of articles. */
class AgedWorkspace extends MemoryWorkspace {
  reads: string[] = [];
  override async stat(path: string): Promise<FileStat | undefined> {
    const stat = await super.stat(path);
    return stat && stat.type === 'file' && !path.startsWith('/cache') ? { ...stat, mtimeMs: 1_000_000 + stat.size } : stat;
  }
  override async readFile(path: string): Promise<Uint8Array> {
    if (!path.startsWith('/cache')) this.reads.push(path);
    return super.readFile(path);
  }
}

test('second start: unchanged files come from the cache without being read or analysed', async () => {
  const ws = new AgedWorkspace(ARTICLES);
  const cold = await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE });
  assert.equal(cold.stats?.cache, 'missing');
  assert.ok(await ws.stat(CACHE), 'the cache was written');
  ws.reads = [];
  const runner = new CountingRunner();
  const warm = await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE, runner });
  assert.equal(warm.stats?.cache, 'used');
  assert.equal(warm.stats?.fromCache, 4);
  assert.deepEqual(runner.analysed, []);
  assert.deepEqual(ws.reads, []);
  assert.deepEqual(snapshot(warm), snapshot(cold));
});

test('after a warm start, readTexts reads the texts not held, several files at a time; one that cannot be read is left to text()', async () => {
  class SlowWorkspace extends AgedWorkspace {
    inFlight = 0;
    most = 0;
    override async readFile(path: string): Promise<Uint8Array> {
      this.most = Math.max(this.most, ++this.inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, 2));
        return await super.readFile(path);
      } finally {
        this.inFlight--;
      }
    }
  }
  const ws = new SlowWorkspace(ARTICLES);
  await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE });
  const warm = await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE });
  const paths = warm.articles().map((a) => a.path);
  assert.deepEqual(paths.map((p) => warm.heldText(p)), paths.map(() => undefined), 'nothing held after a warm start');
  await ws.deleteFile('/ws/kyiv.txt');
  [ws.reads, ws.most] = [[], 0];
  await warm.readTexts([...paths, '/ws/not-indexed.txt']);
  const readable = paths.filter((p) => p !== '/ws/kyiv.txt');
  assert.deepEqual([...ws.reads].sort(), readable, 'the indexed articles only');
  assert.ok(ws.most > 1, 'several at a time');
  for (const p of readable) assert.equal(warm.heldText(p), ARTICLES[p]);
  assert.equal(warm.heldText('/ws/kyiv.txt'), undefined);
  await assert.rejects(warm.text('/ws/kyiv.txt'));
  ws.reads = [];
  await warm.readTexts(readable);
  assert.deepEqual(ws.reads, [], 'held texts are not read again');
});

test('a file changed since the cache was written is analysed again; a renamed one is found by hash', async () => {
  const ws = new AgedWorkspace(ARTICLES);
  await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE });
  await ws.writeFile('/ws/kyiv.txt', encode('Anne Lefort est arrivée à Porto.'));
  await ws.writeFile('/ws/elsewhere.txt', await ws.readFile('/ws/en/kremlin.txt'));
  await ws.deleteFile('/ws/en/kremlin.txt');
  const runner = new CountingRunner();
  const warm = await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE, runner });
  assert.deepEqual(runner.analysed, ['/ws/kyiv.txt']);
  assert.equal(warm.stats?.fromCache, 3);
  assert.deepEqual(snapshot(warm), snapshot(await WorkspaceIndex.open(ws, '/ws')));
});

test('a file modified within the racy window is hashed, not trusted on its size and time', async () => {
  const ws = new MemoryWorkspace(ARTICLES); // fresh mtimes: all inside the window
  await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE });
  // Same size, and the same mtime the cache recorded: only the bytes tell the change.
  const original = ARTICLES['/ws/en/kremlin.txt'];
  const sameSize = original.replace('Putin', 'Pavel');
  const realStat = ws.stat.bind(ws);
  const recorded = (await realStat('/ws/en/kremlin.txt'))?.mtimeMs;
  await ws.writeFile('/ws/en/kremlin.txt', encode(sameSize));
  ws.stat = async (path) => {
    const stat = await realStat(path);
    return path === '/ws/en/kremlin.txt' && stat ? { ...stat, mtimeMs: recorded as number } : stat;
  };
  const runner = new CountingRunner();
  const warm = await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE, runner });
  assert.deepEqual(runner.analysed, ['/ws/en/kremlin.txt']);
  assert.ok(warm.article('/ws/en/kremlin.txt')?.entities.some((e) => e.text === 'Pavel'));
});

test('a corrupt cache is ignored, reported, rebuilt and written anew', async () => {
  const ws = new AgedWorkspace(ARTICLES);
  await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE });
  const bytes = await ws.readFile(CACHE);
  bytes[bytes.length - 5] ^= 0xff;
  await ws.writeFile(CACHE, bytes);
  const runner = new CountingRunner();
  const rebuilt = await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE, runner });
  assert.match(rebuilt.stats?.cache ?? '', /^ignored: checksum/);
  assert.equal(runner.analysed.length, 4);
  assert.deepEqual(rebuilt.problems(), [], 'a rebuilt cache is no problem of the articles');
  const again = await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE });
  assert.equal(again.stats?.cache, 'used');
  assert.deepEqual(again.problems(), []);
});

test('a cache that is a folder or unreadable: the index still builds, and says why', async () => {
  const ws = new AgedWorkspace({ ...ARTICLES, '/cache/index.json/inside.txt': 'x' });
  const index = await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE });
  assert.equal(index.articles().length, 4);
  assert.match(index.stats?.cache ?? '', /^ignored: /);
  assert.match(index.problems().find((p) => p.path === CACHE)?.message ?? '', /cache not written/);
});

test('after a warm start, text() reads the file, and re-indexes it if it changed unnoticed', async () => {
  const ws = new AgedWorkspace(ARTICLES);
  await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE });
  const warm = await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE });
  assert.equal(await warm.text('/ws/call.md'), ARTICLES['/ws/call.md']);
  const changed = 'Anne Lefort est arrivée à Porto.';
  await ws.writeFile('/ws/kyiv.txt', encode(changed));
  assert.equal(await warm.text('/ws/kyiv.txt'), changed);
  assert.ok(warm.article('/ws/kyiv.txt')?.entities.some((e) => e.text === 'Anne Lefort'));
});

// Keeps the Workspace type import meaningful for readers: AgedWorkspace is one.
const _typecheck: Workspace = new AgedWorkspace();
void _typecheck;

test('with sidecar corrections: the cache keeps the uncorrected analyses, and a warm start equals a cold one', async () => {
  const files = { ...ARTICLES, '/ws/kyiv.txt.press.yaml': JSON.stringify({ drop: ['washington'], sameAs: [['melania-trump', 'donald-trump']] }) };
  const ws = new AgedWorkspace(files);
  const cold = await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE, loadAnnotations: fakeLoader });
  assert.equal(cold.cluster('washington'), undefined);
  const cached = decodeCache(await ws.readFile(CACHE), 'auto');
  assert.ok(cached.ok);
  assert.ok(cached.content.members.some((m) => m.id === 'washington'), 'the member table is uncorrected');
  const kyiv = cached.content.articles.find((a) => a.path === '/ws/kyiv.txt');
  assert.ok(kyiv && unpackAnalysis(kyiv.packed, cached.content.strings.values).entities.some((e) => e.id === 'washington'));
  const warm = await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE, loadAnnotations: fakeLoader });
  assert.equal(warm.stats?.fromCache, 4);
  assert.deepEqual(snapshot(warm), snapshot(cold));
  assert.equal(warm.cluster('melania-trump')?.id, warm.cluster('donald-trump')?.id);
  // The sidecar removed between two starts: the corrections go, the analyses stay cached.
  await ws.deleteFile('/ws/kyiv.txt.press.yaml');
  const runner = new CountingRunner();
  const plain = await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE, loadAnnotations: fakeLoader, runner });
  assert.deepEqual(runner.analysed, []);
  assert.ok(plain.cluster('washington'));
  assert.deepEqual(snapshot(plain), snapshot(await WorkspaceIndex.open(ws, '/ws')));
});

test('a title-case headline whose place the story writes with a lowercase head still gives every mention an id, and the second start uses the cache (before, the id was lost and the whole cache refused: "string table holds a non-string")', async () => {
  const text = 'Line Stretches Back From Twelfth Street Plaza — President Opens Tunnel\n\nThe line of cars waiting at the Twelfth Street plaza reached back along Provost Street.';
  for (const entity of analyze(text, { lang: 'en' }).entities) assert.equal(typeof entity.id, 'string', `${entity.text} has an id`);
  const ws = new AgedWorkspace({ '/ws/tunnel.txt': text });
  await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE });
  const warm = await WorkspaceIndex.open(ws, '/ws', { cachePath: CACHE, runner: new CountingRunner() });
  assert.equal(warm.stats?.cache, 'used');
  assert.equal(warm.stats?.fromCache, 1);
});
