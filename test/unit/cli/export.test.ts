// The export command through main(argv, ctx) with an in-memory workspace: formats, --out,
// exit codes, and the guarantees that an export never overwrites what it reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { MemoryWorkspace } from '../../../src/core/workspace/memory-workspace';

async function run(argv: string[], workspace: MemoryWorkspace): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { workspace, out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
  return { code, out, err };
}

const ARTICLE = 'Le ministre Paul Ordway a déclaré : « Nous tiendrons 👍. »\r\nIl est à Lisbonne.\r\n';

function workspace(extra: Record<string, string | Uint8Array> = {}): MemoryWorkspace {
  return new MemoryWorkspace({ '/news/a.txt': ARTICLE, '/news/sub/b.md': '# Titre\n\nAnne Lefort est à Porto.\n', ...extra });
}

async function text(ws: MemoryWorkspace, path: string): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await ws.readFile(path));
}

test('usage errors exit 2: no path, no format, an unknown format, an unknown option', async () => {
  for (const argv of [['export', '--format', 'json'], ['export', '/news'], ['export', '/news', '--format', 'pdf'], ['export', '/news', '--format', 'json', '--pretty']]) {
    const { code, out, err } = await run(argv, workspace());
    assert.equal(code, 2, argv.join(' '));
    assert.equal(out, '');
    assert.match(err, /press-annotator export: /);
  }
  const { err } = await run(['export', '/news', '--format', 'pdf'], workspace());
  assert.match(err, /--format must be one of json, csv, md, html, webannotation, claimreview, brat \(got "pdf"\)/);
});

test('--help lists every format and exits 0', async () => {
  const { code, out } = await run(['export', '--help'], workspace());
  assert.equal(code, 0);
  for (const id of ['json', 'csv', 'md', 'html', 'webannotation', 'claimreview', 'brat']) assert.match(out, new RegExp(`^  ${id} `, 'm'));
});

test('every format prints to stdout by default', async () => {
  const json = JSON.parse((await run(['export', '/news', '--format', 'json'], workspace())).out);
  assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['/news/a.txt', '/news/sub/b.md']);
  assert.ok(json.files[0].entities.some((e: { text: string }) => e.text === 'Paul Ordway'));
  assert.match((await run(['export', '/news', '--format', 'csv'], workspace())).out, /^\uFEFFfile,id,status,/);
  assert.match((await run(['export', '/news', '--format', 'md'], workspace())).out, /^# Fact-check report\n/);
  assert.match((await run(['export', '/news', '--format', 'html'], workspace())).out, /^<!DOCTYPE html>/);
  assert.deepEqual(JSON.parse((await run(['export', '/news', '--format', 'webannotation'], workspace())).out), []);
  assert.deepEqual(JSON.parse((await run(['export', '/news', '--format', 'claimreview'], workspace())).out)['@graph'], []);
});

test('brat on stdout: the .ann files only, each under a head-style header when there are several', async () => {
  const one = await run(['export', '/news/a.txt', '--format', 'brat'], workspace());
  assert.equal(one.code, 0);
  assert.match(one.out, /^T1\tPER 12 23\tPaul Ordway\n/);
  const several = await run(['export', '/news', '--format', 'brat'], workspace());
  assert.deepEqual(several.out.match(/^==> .+ <==$/gm), ['==> a.ann <==', '==> sub/b.md.ann <==']);
  assert.ok(!several.out.includes('[entities]'), 'no annotation.conf on stdout');
});

test('--out FILE writes the document, UTF-8 with BOM for CSV, and prints nothing', async () => {
  const ws = workspace();
  const { code, out } = await run(['export', '/news', '--format', 'csv', '--out', '/exports/claims.csv'], ws);
  assert.equal(code, 0);
  assert.equal(out, '');
  const bytes = await ws.readFile('/exports/claims.csv');
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  const html = await run(['export', '/news', '--format', 'html', '--out', '/exports/report.html'], ws);
  assert.equal(html.code, 0);
  assert.match(await text(ws, '/exports/report.html'), /<\/html>\n$/);
});

test('brat --out DIR writes each .ann beside a copy of its text and the annotation.conf', async () => {
  const ws = workspace();
  const { code, out } = await run(['export', '/news', '--format', 'brat', '--out', '/brat'], ws);
  assert.equal(code, 0);
  assert.equal(out, '');
  assert.deepEqual(await ws.listFiles('/brat'), ['/brat/a.ann', '/brat/a.txt', '/brat/annotation.conf', '/brat/sub/b.md.ann', '/brat/sub/b.md.txt']);
  assert.equal(await text(ws, '/brat/a.txt'), ARTICLE.replace(/\r\n/g, '\n'), 'LF copy of the text');
  const ann = await text(ws, '/brat/a.ann');
  const chars = [...(await text(ws, '/brat/a.txt'))];
  for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
    const [, offsets, words] = line.split('\t');
    const [, start, end] = offsets.split(' ');
    assert.equal(chars.slice(Number(start), Number(end)).join(''), words, line);
  }
});

test('an export never overwrites an article or a sidecar, and a refused export writes nothing', async () => {
  const ws = workspace({ '/news/a.txt.press.yaml': 'version: 1\n' });
  for (const target of ['/news/a.txt', '/news/a.txt.press.yaml', '/news/sub/../a.txt']) {
    const { code, err } = await run(['export', '/news', '--format', 'md', '--out', target], ws);
    assert.equal(code, 1, target);
    assert.match(err, /refusing to overwrite it/);
  }
  assert.equal(await text(ws, '/news/a.txt'), ARTICLE);
  // brat into the articles' own folder would put a .txt copy over /news/a.txt.
  const { code, err } = await run(['export', '/news', '--format', 'brat', '--out', '/news'], ws);
  assert.equal(code, 1);
  assert.match(err, /\/news\/a\.txt: is an article or a sidecar being exported/);
  assert.equal(await text(ws, '/news/a.txt'), ARTICLE);
  assert.equal(await ws.stat('/news/a.ann'), undefined, 'nothing written');
});

test('--out must be a file for documents and a folder for brat', async () => {
  const ws = workspace({ '/exports/x.txt': 'x' });
  const file = await run(['export', '/news', '--format', 'json', '--out', '/news/sub'], ws);
  assert.equal(file.code, 1);
  assert.match(file.err, /\/news\/sub: is a folder; give a file name to --out/);
  const folder = await run(['export', '/news', '--format', 'brat', '--out', '/exports/x.txt'], ws);
  assert.equal(folder.code, 1);
  assert.match(folder.err, /\/exports\/x\.txt: is a file/);
});

test('a missing or unreadable article: exit 1, named, the others exported; nothing readable, nothing written', async () => {
  const ws = workspace({ '/news/binary.txt': new Uint8Array([65, 0, 66, 0]) });
  const partial = await run(['export', '/news', '/nowhere.txt', '--format', 'json'], ws);
  assert.equal(partial.code, 1);
  assert.match(partial.err, /\/nowhere\.txt: no such file or folder/);
  assert.match(partial.err, /binary\.txt/);
  assert.deepEqual(JSON.parse(partial.out).files.map((f: { path: string }) => f.path), ['/news/a.txt', '/news/sub/b.md']);
  const ws2 = workspace({ '/exports/report.md': 'previous report' });
  const none = await run(['export', '/nowhere.txt', '--format', 'md', '--out', '/exports/report.md'], ws2);
  assert.equal(none.code, 1);
  assert.equal(await text(ws2, '/exports/report.md'), 'previous report');
});

const TAGGED = 'Le ministre a affirmé mardi que le chômage avait baissé de 3 % en un an.\nSelon l’Insee, la baisse serait plutôt de 1,2 %.\n';
const SIDECAR = `version: 1
article: tagged.txt
claims:
  - id: k7m2qd
    status: mostly-false
    text: le chômage avait baissé de 3 % en un an
    speaker: Le ministre
    sources:
      - url: https://www.insee.fr/fr/statistiques/1234
        title: "Taux de chômage, T4"
    note: |
      INSEE gives 1.2 %.
    tags: [économie]
    created: 2025-02-13T10:04:00Z
    updated: 2025-02-14T09:00:00Z
    author: Camille
    anchor:
      start: 32
      end: 71
      prefix: "Le ministre a affirmé mardi que "
      suffix: ".\\nSelon l’Insee, la baisse serai"
  - id: p4rtwx
    status: pending
    text: "la baisse serait plutôt de 1,2 %"
    created: 2025-02-13T10:05:00Z
    updated: 2025-02-13T10:05:00Z
    anchor: {start: 88, end: 120, prefix: "de 3 % en un an.\\nSelon l’Insee, ", suffix: ".\\n"}
`;

test('claims come from the sidecar, found again in the current text', async () => {
  const edited = 'Titre ajouté.\n\n' + TAGGED;
  const ws = new MemoryWorkspace({ '/news/tagged.txt': edited, '/news/tagged.txt.press.yaml': SIDECAR });
  const { code, out, err } = await run(['export', '/news', '--format', 'json'], ws);
  assert.equal(code, 0, err);
  const [file] = JSON.parse(out).files;
  assert.deepEqual(
    file.claims.map((c: { id: string; anchor: { state: string; text: string } }) => [c.id, c.anchor.state, c.anchor.text]),
    [
      ['k7m2qd', 'moved', 'le chômage avait baissé de 3 % en un an'],
      ['p4rtwx', 'moved', 'la baisse serait plutôt de 1,2 %'],
    ],
  );
  assert.equal(edited.slice(file.claims[0].anchor.start, file.claims[0].anchor.end), 'le chômage avait baissé de 3 % en un an');
  assert.equal(file.claims[0].note, 'INSEE gives 1.2 %.\n');
  assert.equal(await text(ws, '/news/tagged.txt.press.yaml'), SIDECAR, 'exporting never rewrites the sidecar');
});

test('linked-data formats name the article by its absolute file URI', async () => {
  const ws = new MemoryWorkspace({ '/news/tagged.txt': TAGGED, '/news/tagged.txt.press.yaml': SIDECAR });
  const annotations = JSON.parse((await run(['export', '/news/tagged.txt', '--format', 'webannotation'], ws)).out);
  assert.equal(annotations.length, 2);
  assert.equal(annotations[0].target.source, 'file:///news/tagged.txt');
  assert.equal(annotations[0].id, 'file:///news/tagged.txt.press.yaml#k7m2qd');
  const reviews = JSON.parse((await run(['export', '/news/tagged.txt', '--format', 'claimreview'], ws)).out)['@graph'];
  assert.deepEqual(reviews.map((r: { claimReviewed: string }) => r.claimReviewed), ['le chômage avait baissé de 3 % en un an'], 'pending left out');
  assert.equal(reviews[0].reviewRating.alternateName, 'Plutôt faux');
});

test('a broken sidecar: its errors are named with line and column, its readable claims exported, exit 1', async () => {
  const broken = SIDECAR.replace('  - id: p4rtwx\n    status: pending\n', '  - id: p4rtwx\n    status: probably\n');
  const ws = new MemoryWorkspace({ '/news/tagged.txt': TAGGED, '/news/tagged.txt.press.yaml': broken });
  const { code, out, err } = await run(['export', '/news', '--format', 'csv'], ws);
  assert.equal(code, 1);
  assert.match(err, /\/news\/tagged\.txt\.press\.yaml:\d+:\d+: /);
  assert.match(out, /k7m2qd/);
});
