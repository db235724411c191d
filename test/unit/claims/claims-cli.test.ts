import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { MemoryWorkspace } from '../../../src/core/workspace/memory-workspace';
import { NodeWorkspace } from '../../../src/core/workspace/node-workspace';
import type { Workspace } from '../../../src/core/workspace/workspace';

const ARTICLE = [
  'Le ministre a affirmé mardi que le chômage avait baissé de 3 % en un an.',
  'Selon l’Insee, la baisse serait plutôt de 1,2 % sur la même période.',
  'Le porte-parole a répété jeudi que le chômage avait baissé de 3 % en un an.',
].join('\n');

async function run(ws: Workspace, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { workspace: ws, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const lastLine = (text: string): string => text.trim().split('\n').pop() ?? '';

interface ListedJson {
  claims: { id: string; file: string; status: string; text: string; speaker: string | null; sources: { url: string }[]; note: string | null; anchor: { start: number; end: number; state: string } }[];
}

test('claims add by offsets and by quote, list as JSON, set, remove: the whole cycle in memory', async () => {
  const ws = new MemoryWorkspace({ 'news/a.md': ARTICLE });
  const start = ARTICLE.indexOf('la baisse serait');
  const added = await run(ws, 'claims', 'add', 'news/a.md', '--start', String(start), '--end', String(start + 32), '--status', 'mostly-true', '--speaker', 'insee', '--source', 'https://www.insee.fr/x', '--tag', 'économie', '--author', 'Camille');
  assert.equal(added.code, 0, added.err);
  const first = lastLine(added.out);
  assert.match(first, /^[a-z][a-z2-9]{5}$/);
  assert.match(added.out, /added claim to news\/a\.md\.press\.yaml \(line 2 of news\/a\.md/);

  const quoted = await run(ws, 'claims', 'add', 'news/a.md', '--quote', 'Le ministre a affirmé mardi', '--note', 'à vérifier', '--author', 'Camille');
  assert.equal(quoted.code, 0, quoted.err);
  const second = lastLine(quoted.out);
  assert.notEqual(second, first);

  const listed = await run(ws, 'claims', 'list', 'news', '--format', 'json');
  assert.equal(listed.code, 0, listed.err);
  const json = JSON.parse(listed.out) as ListedJson;
  // Reading order: the minister's words (line 1) come before INSEE's (line 2).
  assert.deepEqual(json.claims.map((c) => c.id), [second, first]);
  assert.deepEqual(json.claims[1], {
    id: first,
    file: 'news/a.md',
    status: 'mostly-true',
    text: 'la baisse serait plutôt de 1,2 %',
    speaker: 'insee',
    sources: [{ url: 'https://www.insee.fr/x' }],
    note: null,
    tags: ['économie'],
    anchor: { start, end: start + 32, state: 'exact' },
  });

  const set = await run(ws, 'claims', 'set', first, '--status', 'false', '--note', 'INSEE: 1,2 %', '--add-source', 'https://example.org/y', '--in', 'news');
  assert.equal(set.code, 0, set.err);
  assert.match(set.out, new RegExp(`updated claim ${first} in news/a.md.press.yaml: status mostly-true -> false`));
  const removed = await run(ws, 'claims', 'remove', second, '--in', 'news/a.md');
  assert.equal(removed.code, 0, removed.err);

  const after = JSON.parse((await run(ws, 'claims', 'list', 'news/a.md', '--format', 'json')).out) as ListedJson;
  assert.deepEqual(after.claims.map((c) => [c.id, c.status, c.note, c.sources.length]), [[first, 'false', 'INSEE: 1,2 %', 2]]);
  const sidecar = new TextDecoder().decode(await ws.readFile('news/a.md.press.yaml'));
  assert.match(sidecar, new RegExp(`removed-ids:\\n  - ${second}\\n`));
});

test('claims list shows re-anchored states after the article is edited, and never rewrites the sidecar', async () => {
  const ws = new MemoryWorkspace({ 'a.md': ARTICLE });
  const id = lastLine((await run(ws, 'claims', 'add', 'a.md', '--quote', 'la baisse serait plutôt de 1,2 %', '--author', 'x')).out);
  const before = await ws.readFile('a.md.press.yaml');
  await ws.writeFile('a.md', new TextEncoder().encode('Chapeau ajouté.\n' + ARTICLE.replace('plutôt', 'plutot')));
  const json = JSON.parse((await run(ws, 'claims', 'list', 'a.md', '--format', 'json')).out) as ListedJson;
  assert.equal(json.claims[0].id, id);
  assert.equal(json.claims[0].anchor.state, 'fuzzy');
  assert.deepEqual(await ws.readFile('a.md.press.yaml'), before);
  const table = await run(ws, 'claims', 'list', '.');
  assert.match(table.out, /FILE\s+LINE\s+ID\s+STATUS\s+STATE/);
  assert.match(table.out, new RegExp(`a\\.md\\s+3\\s+${id}\\s+pending\\s+fuzzy`));
  // Saving the claim writes it at its new place, with the words as they are now.
  await run(ws, 'claims', 'set', id, '--status', 'true');
  const saved = JSON.parse((await run(ws, 'claims', 'list', 'a.md', '--format', 'json')).out) as ListedJson;
  assert.equal(saved.claims[0].anchor.state, 'exact');
  assert.equal(saved.claims[0].text, 'la baisse serait plutot de 1,2 %');
});

test('errors: ambiguous or missing quote, bad offsets, unknown id, broken sidecar; each exits non-zero with a message', async () => {
  const ws = new MemoryWorkspace({ 'a.md': ARTICLE, 'b.md': 'Un autre article.', 'b.md.press.yaml': 'version: 1\nclaims:\n  - id: abcdef\n    text: "oops\n' });
  const ambiguous = await run(ws, 'claims', 'add', 'a.md', '--quote', 'le chômage avait baissé');
  assert.equal(ambiguous.code, 1);
  assert.match(ambiguous.err, /the quote is ambiguous: it occurs 2 times \(line 1 col 33 \(--start 32 --end 55\); line 3 col/);
  const missing = await run(ws, 'claims', 'add', 'a.md', '--quote', 'le chômage a explosé');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /the quote is not in the article/);
  const past = await run(ws, 'claims', 'add', 'a.md', '--start', '5', '--end', '99999');
  assert.equal(past.code, 1);
  assert.ok(past.err.includes(`--end 99999 is past the end of the article (${ARTICLE.length} UTF-16 code units)`), past.err);
  const usage = await run(ws, 'claims', 'add', 'a.md', '--start', '9', '--end', '3');
  assert.equal(usage.code, 2);
  const none = await run(ws, 'claims', 'add', 'a.md');
  assert.equal(none.code, 2);
  assert.match(none.err, /--start N --end N, or --quote/);
  const unknown = await run(ws, 'claims', 'set', 'zzzzzz', '--status', 'true');
  assert.equal(unknown.code, 1);
  assert.match(unknown.err, /no claim zzzzzz in the sidecars under \./);
  const broken = await run(ws, 'claims', 'add', 'b.md', '--quote', 'autre');
  assert.equal(broken.code, 1);
  assert.match(broken.err, /b\.md\.press\.yaml: not changed: it has YAML errors[\s\S]*b\.md\.press\.yaml:\d+:\d+: invalid YAML/);
  const listBroken = await run(ws, 'claims', 'list', '.');
  assert.equal(listBroken.code, 1);
  assert.match(listBroken.err, /b\.md\.press\.yaml:\d+:\d+: invalid YAML/);
  const badStatus = await run(ws, 'claims', 'add', 'a.md', '--quote', 'Selon', '--status', 'maybe');
  assert.equal(badStatus.code, 2);
  assert.match(badStatus.err, /--status must be one of pending, true/);
});

test('every claims subcommand has --help', async () => {
  const ws = new MemoryWorkspace();
  for (const sub of ['add', 'list', 'set', 'remove']) {
    const help = await run(ws, 'claims', sub, '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, new RegExp(`^Usage: press-annotator claims ${sub}`));
  }
  const top = await run(ws, 'claims', '--help');
  assert.match(top.out, /claims add FILE/);
  assert.equal((await run(ws, 'claims')).code, 2);
  assert.equal((await run(ws, 'claims', 'frobnicate')).code, 2);
});

test('on disk with NodeWorkspace: add, set next to a colleague\'s hand edit (kept), author from git or the account', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-cli-'));
  const cwd = process.cwd();
  try {
    process.chdir(dir);
    const ws = new NodeWorkspace();
    fs.writeFileSync('a.md', ARTICLE);
    const one = lastLine((await run(ws, 'claims', 'add', 'a.md', '--quote', 'Le ministre a affirmé', '--author', 'A')).out);
    const two = lastLine((await run(ws, 'claims', 'add', 'a.md', '--quote', 'Selon l’Insee', '--author', 'A')).out);
    // A colleague edits the sidecar by hand (a comment and a status) while we work.
    const file = fs.readFileSync('a.md.press.yaml', 'utf8');
    fs.writeFileSync('a.md.press.yaml', file.replace(`- id: ${two}\n    status: pending`, `- id: ${two}\n    status: true # checked by B`));
    const set = await run(ws, 'claims', 'set', one, '--status', 'false');
    assert.equal(set.code, 0, set.err);
    const merged = fs.readFileSync('a.md.press.yaml', 'utf8');
    assert.match(merged, /status: true # checked by B/);
    assert.deepEqual(fs.readdirSync('.').sort(), ['a.md', 'a.md.press.yaml']);
    const listed = JSON.parse((await run(ws, 'claims', 'list', '.', '--format', 'json')).out) as ListedJson;
    assert.deepEqual(listed.claims.map((c) => [c.id, c.status]), [[one, 'false'], [two, 'true']]);
    // No author given: git's user.name or the account name is recorded.
    await run(ws, 'claims', 'add', 'a.md', '--quote', 'Le porte-parole');
    assert.match(fs.readFileSync('a.md.press.yaml', 'utf8'), /author: \S/);
  } finally {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
