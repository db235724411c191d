// The analyze command through main(argv, ctx) with an in-memory workspace: the JSON contract
// scripts rely on, exit codes, and errors that name the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { MemoryWorkspace } from '../../../src/core/workspace/memory-workspace';

async function run(argv: string[], files: Record<string, string | Uint8Array>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    workspace: new MemoryWorkspace(files),
    out: (t) => (out += t + '\n'),
    err: (t) => (err += t + '\n'),
  });
  return { code, out, err };
}

const ARTICLE = '\uFEFFLe ministre Paul Ordway a déclaré : « Nous tiendrons. »\r\nIl est 👍🏽 à Lisbonne.';

test('--format json follows the documented contract, offsets into the text after BOM removal', async () => {
  const { code, out } = await run(['analyze', '/news/a.txt', '--format', 'json'], { '/news/a.txt': ARTICLE });
  assert.equal(code, 0);
  const doc = JSON.parse(out);
  assert.equal(doc.version, 1);
  assert.equal(doc.files.length, 1);
  const file = doc.files[0];
  assert.deepEqual(Object.keys(file), ['path', 'lang', 'entities', 'quotes']);
  assert.equal(file.lang, 'fr');
  const text = ARTICLE.slice(1);
  for (const e of file.entities) {
    assert.deepEqual(Object.keys(e), ['start', 'end', 'type', 'text', 'id']);
    assert.equal(text.slice(e.start, e.end), e.text);
  }
  assert.ok(file.entities.some((e: { text: string; type: string }) => e.text === 'Lisbonne' && e.type === 'LOC'));
  const [quote] = file.quotes;
  assert.deepEqual(Object.keys(quote), ['start', 'end', 'text', 'kind', 'speaker']);
  assert.equal(text.slice(quote.start, quote.end), '« Nous tiendrons. »');
  assert.deepEqual(quote.speaker, { id: 'paul-ordway', text: 'Paul Ordway' });
});

test('folders are searched recursively for .txt and .md; sidecars and other files are skipped', async () => {
  const { code, out } = await run(['analyze', '/news', '--format', 'json'], {
    '/news/a.txt': 'Paul Ordway est à Lisbonne.',
    '/news/sub/b.md': '# Titre\n\nAnne Lefort est à Porto.',
    '/news/a.txt.press.yaml': 'version: 1\n',
    '/news/image.png': new Uint8Array([137, 80, 78, 71, 0, 0]),
  });
  assert.equal(code, 0);
  assert.deepEqual(JSON.parse(out).files.map((f: { path: string }) => f.path), ['/news/a.txt', '/news/sub/b.md']);
});

test('an unreadable file: exit 1, the error names it, the other files are still analysed', async () => {
  const { code, out, err } = await run(['analyze', '/news', '--format', 'json'], {
    '/news/good.txt': 'Paul Ordway est à Lisbonne.',
    '/news/binary.txt': new Uint8Array([65, 0, 66, 0]),
  });
  assert.equal(code, 1);
  assert.match(err, /binary\.txt/);
  assert.deepEqual(JSON.parse(out).files.map((f: { path: string }) => f.path), ['/news/good.txt']);
});

test('a missing path is exit 1 with its name', async () => {
  const { code, err } = await run(['analyze', '/nowhere.txt'], {});
  assert.equal(code, 1);
  assert.match(err, /nowhere\.txt/);
});

test('usage errors exit 2: no path, unknown option, bad --lang', async () => {
  assert.equal((await run(['analyze'], {})).code, 2);
  assert.equal((await run(['analyze', 'x.txt', '--colour'], {})).code, 2);
  const bad = await run(['analyze', 'x.txt', '--lang', 'de'], {});
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--lang must be one of fr, en, auto/);
  assert.equal((await run(['frobnicate'], {})).code, 2);
});

test('--help prints the usage with exit 0', async () => {
  const { code, out } = await run(['analyze', '--help'], {});
  assert.equal(code, 0);
  assert.match(out, /Usage: press-annotator analyze PATH/);
});

test('the table shows entities grouped by id and quotes with line and speaker', async () => {
  const { code, out } = await run(['analyze', '/a.txt'], { '/a.txt': 'Anne Lefort est là.\n« Nous tiendrons bon », a déclaré Anne Lefort. Lefort sourit.' });
  assert.equal(code, 0);
  assert.match(out, /PER\s+Anne Lefort\s+anne-lefort\s+3/);
  assert.match(out, /2\s+direct\s+Anne Lefort\s+« Nous tiendrons bon »/);
});

test('--lang en forces English on a French text', async () => {
  const { out } = await run(['analyze', '/a.txt', '--format', 'json', '--lang', 'en'], { '/a.txt': 'Le ministre parle.' });
  assert.equal(JSON.parse(out).files[0].lang, 'en');
});

test('--max-bytes refuses a larger file with a message naming it and the limit; others go on', async () => {
  const { code, out, err } = await run(['analyze', '/news', '--max-bytes', '100', '--format', 'json'], {
    '/news/long.txt': 'Paul Ordway est à Lisbonne. '.repeat(10),
    '/news/short.txt': 'Anne Lefort est à Porto.',
  });
  assert.equal(code, 1);
  assert.match(err, /long\.txt/);
  assert.match(err, /limit|MB|bytes/i);
  assert.deepEqual(JSON.parse(out).files.map((f: { path: string }) => f.path), ['/news/short.txt']);
});

test('a UTF-16 LE file with its BOM is read like its UTF-8 twin', async () => {
  const text = 'Anne Lefort est à Porto.';
  const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
  const a = await run(['analyze', '/a.txt', '--format', 'json'], { '/a.txt': utf16 });
  const b = await run(['analyze', '/a.txt', '--format', 'json'], { '/a.txt': text });
  assert.equal(a.code, 0);
  assert.deepEqual(JSON.parse(a.out).files[0].entities, JSON.parse(b.out).files[0].entities);
});
