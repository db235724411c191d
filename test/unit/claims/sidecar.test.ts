import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { createAnchor } from '../../../src/core/claims/anchoring';
import { anchorClaims, newClaim, takenIds } from '../../../src/core/claims/claims';
import { newId } from '../../../src/core/claims/ids';
import { editSidecar, renderSidecar } from '../../../src/core/claims/sidecar-edit';
import { formatIssue, parseSidecar } from '../../../src/core/claims/sidecar-parse';
import { articlePathForSidecar, sidecarPathFor } from '../../../src/core/claims/sidecar-path';
import { SidecarConflictError, readSidecar, saveSidecar } from '../../../src/core/claims/sidecar-store';
import type { Claim } from '../../../src/core/claims/types';
import { MemoryWorkspace } from '../../../src/core/workspace/memory-workspace';
import { NodeWorkspace } from '../../../src/core/workspace/node-workspace';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'sidecars');
const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const ARTICLE = fixture('hand-edited.md');
const HAND_EDITED = fixture('hand-edited.md.press.yaml');
const NOW = new Date('2025-03-01T12:00:00Z');

/** A deterministic id source for tests. */
function counter(): (bound: number) => number {
  let n = 7;
  return (bound) => (n = (n * 31 + 11) % 1000003) % bound;
}

function claimAt(words: string, fields: Partial<Claim> = {}, taken = new Set<string>()): Claim {
  const start = ARTICLE.indexOf(words);
  return { ...newClaim(ARTICLE, start, start + words.length, {}, { takenIds: taken, author: 'Test', now: NOW, random: counter() }), ...fields };
}

/** The lines of `after` that are not in `before`, and those of `before` gone from `after`. */
function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const count = (lines: string[]): Map<string, number> => lines.reduce((m, l) => m.set(l, (m.get(l) ?? 0) + 1), new Map<string, number>());
  const ca = count(a);
  const cb = count(b);
  const added = b.filter((l) => (cb.get(l) ?? 0) > (ca.get(l) ?? 0));
  const removed = a.filter((l) => (ca.get(l) ?? 0) > (cb.get(l) ?? 0));
  return { added: [...new Set(added)], removed: [...new Set(removed)] };
}

test('the sidecar of article.md is article.md.press.yaml, and back', () => {
  assert.equal(sidecarPathFor('news/a.md'), 'news/a.md.press.yaml');
  assert.equal(sidecarPathFor('a.txt'), 'a.txt.press.yaml');
  assert.equal(articlePathForSidecar('news/a.md.press.yaml'), 'news/a.md');
  assert.equal(articlePathForSidecar('news/a.md'), undefined);
  // One rule for every reader: the suffix as the store writes it.
  assert.equal(articlePathForSidecar('news/a.md.PRESS.YAML'), undefined);
});

test('ids are short, start with a letter, and skip every id taken', () => {
  const taken = new Set<string>();
  for (let i = 0; i < 2000; i++) {
    const id = newId(taken);
    assert.match(id, /^[a-z][a-z2-9]{5}$/);
    assert.ok(!taken.has(id));
    taken.add(id);
  }
  // With a source that always draws the same letters, a taken id is never returned.
  let calls = 0;
  const stuck = (bound: number): number => (calls++ < 6 ? 0 : calls % bound);
  assert.notEqual(newId(new Set(['aaaaaa'.replace(/a/g, 'a')]), stuck), 'aaaaaa');
});

test('a new sidecar: header comment, version, article, claims in fixed key order, block literal notes, no flow style', () => {
  const claim = claimAt('le chômage avait baissé de 3 % en un an', {
    status: 'false',
    speaker: 'le-ministre',
    note: 'INSEE gives 1.2 %.\nNo answer from the ministry.',
    sources: [{ url: 'https://www.insee.fr/x', title: 'Chômage', accessed: '2025-02-14' }],
    tags: ['économie'],
  });
  const text = renderSidecar({ version: 1, article: 'hand-edited.md', claims: [claim], entities: [], removedIds: [] });
  assert.match(text, /^# Press Annotator sidecar for hand-edited.md/);
  assert.doesNotMatch(text, /[{[]\s*\w|&\w|\*\w/, 'no flow collections, anchors or aliases');
  const expectedBody = [
    'version: 1',
    'article: hand-edited.md',
    'claims:',
    `  - id: ${claim.id}`,
    '    status: false',
    '    text: le chômage avait baissé de 3 % en un an',
    '    speaker: le-ministre',
    '    sources:',
    '      - url: https://www.insee.fr/x',
    '        title: Chômage',
    '        accessed: 2025-02-14',
    '    note: |-',
    '      INSEE gives 1.2 %.',
    '      No answer from the ministry.',
    '    tags:',
    '      - économie',
    '    created: 2025-03-01T12:00:00Z',
    '    updated: 2025-03-01T12:00:00Z',
    '    author: Test',
    '    anchor:',
    '      start: 32',
    '      end: 71',
    '      prefix: "Le ministre a affirmé mardi que "',
    '      suffix: ".\\nSelon l’Insee, la baisse serai"',
    '',
  ].join('\n');
  assert.ok(text.endsWith(expectedBody), text);
  const back = parseSidecar(text, 'hand-edited.md');
  assert.deepEqual(back.issues, []);
  assert.deepEqual(back.content.claims, [claim]);
});

test('a hand-edited sidecar reads fully: comments, unknown keys, flow anchors and bare-URL sources are fine', () => {
  const parsed = parseSidecar(HAND_EDITED, 'hand-edited.md');
  assert.deepEqual(parsed.issues, []);
  assert.equal(parsed.readOnly, undefined);
  assert.deepEqual(parsed.content.claims.map((c) => c.id), ['k7m2qd', 'p4rtwx']);
  const [first] = parsed.content.claims;
  assert.equal(first.status, 'mostly-false');
  assert.deepEqual(first.sources[1], { url: 'https://example.org/bare-url-source' });
  assert.equal(first.note, "INSEE gives 1.2 % over the same period.\nThe minister's office did not answer.\n");
  assert.deepEqual(first.tags, ['économie', 'chiffres']);
  assert.deepEqual(parsed.content.entities, [{ id: 'e3nfqa', kind: 'same-as', entity: 'ministre', to: 'le-ministre' }]);
  const anchored = anchorClaims(ARTICLE, parsed.content.claims);
  assert.deepEqual(anchored.map((a) => a.state), ['exact', 'exact']);
});

test('adding a claim to a hand-edited sidecar inserts one block in reading order and changes no other byte', () => {
  const parsed = parseSidecar(HAND_EDITED, 'hand-edited.md');
  const claim = claimAt('Selon l’Insee', {}, parsed.takenIds);
  const out = editSidecar(HAND_EDITED, parsed, [{ kind: 'add-claim', claim }]);
  const { added, removed } = lineDiff(HAND_EDITED, out);
  assert.deepEqual(removed, []);
  assert.ok(added.includes(`    - id: ${claim.id}`), added.join('\n'));
  // Between the two existing claims (its start, 74, lies between theirs, 32 and 88).
  assert.ok(out.indexOf('id: k7m2qd') < out.indexOf(`id: ${claim.id}`) && out.indexOf(`id: ${claim.id}`) < out.indexOf('id: p4rtwx'));
  // The rest of the file, comments and unknown keys included, is a prefix and a suffix of the old one.
  const at = out.indexOf(`    - id: ${claim.id}`);
  const blockEnd = out.indexOf('    - id: p4rtwx');
  assert.equal(out.slice(0, at) + out.slice(blockEnd), HAND_EDITED.slice(0, at) + HAND_EDITED.slice(HAND_EDITED.indexOf('    - id: p4rtwx')).replace(/^/, '').slice(0), 'only the new block differs');
  assert.deepEqual(parseSidecar(out, 'hand-edited.md').content.claims.map((c) => c.id), ['k7m2qd', claim.id, 'p4rtwx']);
});

test('changing a claim rewrites only its changed keys; its comments, unknown keys and the other claims stay', () => {
  const parsed = parseSidecar(HAND_EDITED, 'hand-edited.md');
  const [first] = parsed.content.claims;
  const out = editSidecar(HAND_EDITED, parsed, [{ kind: 'update-claim', claim: { ...first, status: 'false', updated: '2025-03-01T12:00:00Z' } }]);
  const { added, removed } = lineDiff(HAND_EDITED, out);
  assert.deepEqual(removed, ['      status: mostly-false      # INSEE says 1.2 %', '      updated: 2025-02-14T09:00:00Z']);
  assert.deepEqual(added, ['      status: false # INSEE says 1.2 %', '      updated: 2025-03-01T12:00:00Z']);
  assert.ok(out.includes('      x-priority: high'));
  assert.ok(out.includes('reviewer: Camille   # an unknown top-level key: kept as is'));
});

test('removing a claim takes its block away and records its id so it is never given out again', () => {
  const parsed = parseSidecar(HAND_EDITED, 'hand-edited.md');
  const out = editSidecar(HAND_EDITED, parsed, [{ kind: 'remove-claim', id: 'p4rtwx' }]);
  const back = parseSidecar(out, 'hand-edited.md');
  assert.deepEqual(back.content.claims.map((c) => c.id), ['k7m2qd']);
  assert.deepEqual(back.content.removedIds, ['p4rtwx']);
  assert.ok(back.takenIds.has('p4rtwx'));
  assert.ok(out.includes('# The minister\'s figure, checked against INSEE.'));
  assert.ok(out.includes('    - id: e3nfqa'), 'the entities section is untouched');
});

test('entity corrections are added, changed and removed like claims', () => {
  const parsed = parseSidecar(HAND_EDITED, 'hand-edited.md');
  const correction = { id: 'n8vbcx', kind: 'type' as const, entity: 'insee', type: 'ORG' as const };
  const out = editSidecar(HAND_EDITED, parsed, [
    { kind: 'add-correction', correction },
    { kind: 'update-correction', correction: { id: 'e3nfqa', kind: 'same-as', entity: 'ministre', to: 'ministre-economie' } },
  ]);
  const back = parseSidecar(out, 'hand-edited.md');
  assert.deepEqual(back.content.entities, [{ id: 'e3nfqa', kind: 'same-as', entity: 'ministre', to: 'ministre-economie' }, correction]);
});

test('invalid YAML: line and column, read-only, and nothing else guessed', () => {
  const parsed = parseSidecar(fixture('invalid.md.press.yaml'), 'invalid.md');
  assert.ok(parsed.readOnly);
  const messages = parsed.issues.map((i) => formatIssue('invalid.md.press.yaml', i));
  assert.deepEqual(messages, [
    'invalid.md.press.yaml:4:5: claim #1 is not read: it holds the invalid YAML at 6:33',
    'invalid.md.press.yaml:6:33: invalid YAML: Missing closing "quote',
  ]);
  // What the parser made of the broken text is not passed off as a claim; its id stays taken.
  assert.deepEqual(parsed.content.claims, []);
  assert.ok(parsed.takenIds.has('k7m2qd'));
});

test('git conflict markers: said so with how to resolve, the claims of both sides shown, read-only', () => {
  const parsed = parseSidecar(fixture('conflict.md.press.yaml'), 'conflict.md');
  assert.ok(parsed.readOnly);
  assert.match(parsed.issues[0].message, /unresolved git merge conflict \(markers on lines 12, 22, 32\).*delete the marker lines, then `git add`/s);
  assert.equal(parsed.issues[0].line, 12);
  assert.deepEqual(parsed.content.claims.map((c) => c.id).sort(), ['aaaaaa', 'bbbbbb', 'cccccc']);
});

test('a version the program does not know is refused, read-only, no claims guessed', () => {
  const parsed = parseSidecar(fixture('version-2.md.press.yaml'), 'version-2.md');
  assert.ok(parsed.readOnly);
  assert.deepEqual(parsed.content.claims, []);
  assert.match(parsed.issues[0].message, /version 2 is not one this program reads/);
  assert.deepEqual([parsed.issues[0].line, parsed.issues[0].column], [1, 10]);
});

test('a partly bad sidecar: good claims read, each bad one reported at its place, the file stays editable', () => {
  const parsed = parseSidecar(fixture('broken-claims.md.press.yaml'), 'broken-claims.md');
  assert.deepEqual(parsed.content.claims.map((c) => c.id), ['goodone']);
  const messages = parsed.issues.map((i) => `${i.line}: ${i.message}`);
  assert.ok(messages.some((m) => /^9: claim noanchor has no `anchor`/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /^14: claim badstatus: unknown status "probably"/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /^18: id goodone is used twice/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /unknown kind "merge-everything"/.test(m)), messages.join('\n'));
  assert.equal(parsed.readOnly, undefined);
  for (const id of ['goodone', 'noanchor', 'badstatus', 'weird1']) assert.ok(parsed.takenIds.has(id), id);
  // Editing the good claim keeps the bad ones exactly as written.
  const source = fixture('broken-claims.md.press.yaml');
  const out = editSidecar(source, parsed, [{ kind: 'update-claim', claim: { ...parsed.content.claims[0], note: 'checked' } }]);
  assert.ok(out.includes('  - id: noanchor\n    status: pending\n    text: Le ministre\n'));
  assert.ok(out.includes('    status: probably\n'));
});

test('alias bombs are refused quickly, with the place of the first alias', () => {
  let bomb = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < 10; i++) bomb += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]\n`;
  bomb += 'version: 1\nclaims: []\n';
  const started = Date.now();
  const parsed = parseSidecar(bomb, 'x.md');
  assert.ok(Date.now() - started < 2000);
  assert.ok(parsed.readOnly);
  assert.match(parsed.issues[0].message, /aliases here expand beyond the limit/);
  assert.equal(parsed.issues[0].line, 2);
  // A claim field written as an alias is reported too (a sidecar never needs them).
  const aliased = parseSidecar(
    'version: 1\nclaims:\n  - id: abcdef\n    status: pending\n    text: &t words\n    speaker: *t\n    anchor: {start: 0, end: 5}\n',
    'x.md',
  );
  assert.match(aliased.issues.map((i) => i.message).join('\n'), /`speaker` is a YAML alias \(\*t\)/);
});

test('reading through a workspace: missing, folder, oversized, unreadable and non-UTF-8 sidecars, none modified', async () => {
  const ws = new MemoryWorkspace({
    'a.md': ARTICLE,
    'dir.md.press.yaml/inner.txt': 'x',
    'big.md.press.yaml': 'version: 1\n# ' + 'x'.repeat(3000) + '\n',
    'latin1.md.press.yaml': new Uint8Array([0x76, 0x3a, 0x20, 0xe9, 0x0a]),
  });
  const missing = await readSidecar(ws, 'a.md');
  assert.equal(missing.exists, false);
  assert.deepEqual(missing.content.claims, []);
  const folder = await readSidecar(ws, 'dir.md');
  assert.match(folder.issues[0].message, /is a folder, not a sidecar file/);
  const big = await readSidecar(ws, 'big.md', { maxBytes: 1000 });
  assert.match(formatIssue(big.path, big.issues[0]), /^big\.md\.press\.yaml:1:1: is 0\.0 MB, more than the 0\.0 MB a sidecar may be/);
  assert.ok(big.readOnly);
  const latin1 = await readSidecar(ws, 'latin1.md');
  assert.match(latin1.issues[0].message, /not valid UTF-8/);
  const failing = new NodeWorkspace({
    fileSystem: {
      ...fs.promises,
      stat: async () => ({ isDirectory: () => false, size: 10, mtimeMs: 0 }),
      readFile: async () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
    } as unknown as typeof fs.promises,
  });
  const unreadable = await readSidecar(failing, '/nowhere/a.md');
  assert.match(unreadable.issues[0].message, /cannot be read: permission denied/);
  await assert.rejects(saveSidecar(ws, big, [{ kind: 'remove-claim', id: 'x' }]), /not saved/);
});

test('saving: a new file is written; a read never writes; an unchanged disk is edited in place', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sidecar-'));
  try {
    const ws = new NodeWorkspace();
    const article = path.join(dir, 'a.md');
    fs.writeFileSync(article, ARTICLE);
    const first = await readSidecar(ws, article);
    const claim = claimAt('le chômage avait baissé de 3 % en un an', {}, first.takenIds);
    const { file } = await saveSidecar(ws, first, [{ kind: 'add-claim', claim }]);
    const sidecar = path.join(dir, 'a.md.press.yaml');
    const written = fs.readFileSync(sidecar, 'utf8');
    assert.equal(file.source, written);
    const before = fs.statSync(sidecar).mtimeMs;
    await readSidecar(ws, article);
    assert.equal(fs.statSync(sidecar).mtimeMs, before, 'reading does not touch the file');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.md', 'a.md.press.yaml'], 'no temporary file left behind');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('saving after the file changed on disk: merged when other claims changed, refused naming the claim otherwise', async () => {
  const ws = new MemoryWorkspace({ 'a.md': ARTICLE, 'a.md.press.yaml': HAND_EDITED.replace('article: hand-edited.md', 'article: a.md') });
  const mine = await readSidecar(ws, 'a.md');
  const theirs = await readSidecar(ws, 'a.md');
  // A colleague changes p4rtwx and saves first.
  const p4 = theirs.content.claims.find((c) => c.id === 'p4rtwx') as Claim;
  await saveSidecar(ws, theirs, [{ kind: 'update-claim', claim: { ...p4, status: 'true' } }]);
  // I change k7m2qd from my stale reading: merged onto their version.
  const k7 = mine.content.claims.find((c) => c.id === 'k7m2qd') as Claim;
  const merged = await saveSidecar(ws, mine, [{ kind: 'update-claim', claim: { ...k7, status: 'false' } }]);
  assert.equal(merged.merged, true);
  const now = await readSidecar(ws, 'a.md');
  assert.deepEqual(now.content.claims.map((c) => [c.id, c.status]), [['k7m2qd', 'false'], ['p4rtwx', 'true']]);
  // I change p4rtwx from my stale reading too: refused, naming it; the file is untouched.
  const onDisk = new TextDecoder().decode(await ws.readFile('a.md.press.yaml'));
  await assert.rejects(saveSidecar(ws, mine, [{ kind: 'update-claim', claim: { ...p4, note: 'mine' } }]), (error: unknown) => {
    assert.ok(error instanceof SidecarConflictError);
    assert.deepEqual(error.ids, ['p4rtwx']);
    assert.match(error.message, /p4rtwx was changed there too/);
    return true;
  });
  assert.equal(new TextDecoder().decode(await ws.readFile('a.md.press.yaml')), onDisk);
});

test('a claim removed on one side and changed on the other is a conflict; two additions merge', async () => {
  const ws = new MemoryWorkspace({ 'a.md': ARTICLE, 'a.md.press.yaml': HAND_EDITED.replace('article: hand-edited.md', 'article: a.md') });
  const mine = await readSidecar(ws, 'a.md');
  const theirs = await readSidecar(ws, 'a.md');
  await saveSidecar(ws, theirs, [{ kind: 'remove-claim', id: 'k7m2qd' }]);
  const k7 = mine.content.claims[0];
  await assert.rejects(saveSidecar(ws, mine, [{ kind: 'update-claim', claim: { ...k7, note: 'x' } }]), SidecarConflictError);
  const added = claimAt('Selon l’Insee', {}, takenIds(mine.content));
  const result = await saveSidecar(ws, mine, [{ kind: 'add-claim', claim: added }]);
  assert.equal(result.merged, true);
  assert.deepEqual(result.file.content.claims.map((c) => c.id), [added.id, 'p4rtwx']);
  assert.deepEqual(result.file.content.removedIds, ['k7m2qd']);
});

test('the written YAML has no anchors, aliases or flow collections, and reads back through parseDocument alone', () => {
  const claims = ['le chômage avait baissé de 3 % en un an', 'Selon l’Insee', 'la même période'].map((w) => claimAt(w));
  const text = renderSidecar({ version: 1, article: 'a.md', claims, entities: [], removedIds: ['zzzzzz'] });
  const doc = parseDocument(text);
  assert.deepEqual(doc.errors, []);
  assert.doesNotMatch(text, /[&*][a-z]|: \{|: \[/);
  assert.equal((doc.toJS() as { claims: unknown[] }).claims.length, 3);
});

test('the quick reader and the careful reader agree on clean files; anything doubtful goes to the careful one', () => {
  const claims = ['le chômage avait baissé de 3 % en un an', 'Selon l’Insee', 'la même période'].map((w, i) =>
    claimAt(w, { status: (['true', 'false', 'out-of-context'] as const)[i], note: i === 1 ? 'two\nlines' : undefined, tags: i === 2 ? ['a', 'b'] : [] }),
  );
  const written = renderSidecar({
    version: 1,
    article: 'hand-edited.md',
    claims,
    entities: [{ id: 'h5j6k7', kind: 'add', text: 'Insee', type: 'ORG', entity: 'insee', anchor: createAnchor(ARTICLE, ARTICLE.indexOf('Insee'), ARTICLE.indexOf('Insee') + 5) }],
    removedIds: ['zzzzzz'],
  });
  for (const source of [written, HAND_EDITED]) {
    const quick = parseSidecar(source, 'hand-edited.md');
    const careful = parseSidecar(source, 'hand-edited.md', { careful: true });
    assert.deepEqual(quick.content, careful.content);
    assert.deepEqual([...quick.takenIds].sort(), [...careful.takenIds].sort());
    assert.deepEqual(quick.issues, careful.issues);
  }
  // A warning to give (another article name) needs the careful reader's line and column.
  const renamed = parseSidecar(HAND_EDITED, 'renamed.md');
  assert.match(renamed.issues[0].message, /says it belongs to "hand-edited.md", but sits beside "renamed.md"/);
  assert.equal(renamed.issues[0].line, 4);
});

test('layouts the block splice does not follow (a flow list, tabs) are rewritten whole through the Document API, and checked', () => {
  const flow = `version: 1\narticle: a.md\n# kept comment\nclaims: [{id: abcdef, status: pending, text: "le chômage", anchor: {start: 35, end: 45, prefix: "", suffix: ""}}]\n`;
  const parsed = parseSidecar(flow, 'a.md');
  assert.deepEqual(parsed.issues, []);
  const claim = claimAt('Selon l’Insee', {}, parsed.takenIds);
  const out = editSidecar(flow, parsed, [{ kind: 'add-claim', claim }, { kind: 'update-claim', claim: { ...parsed.content.claims[0], status: 'false' } }]);
  const back = parseSidecar(out, 'a.md');
  assert.deepEqual(back.content.claims.map((c) => [c.id, c.status]), [['abcdef', 'false'], [claim.id, 'pending']]);
  assert.ok(out.includes('# kept comment'));
  const empty = 'version: 1\narticle: a.md\nclaims:\n';
  const added = editSidecar(empty, parseSidecar(empty, 'a.md'), [{ kind: 'add-claim', claim }]);
  assert.equal(added, `version: 1\narticle: a.md\nclaims:\n${renderSidecar({ version: 1, article: 'a.md', claims: [claim], entities: [], removedIds: [] }).split('claims:\n')[1]}`);
});
