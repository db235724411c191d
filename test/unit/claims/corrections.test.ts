import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnchor } from '../../../src/core/claims/anchoring';
import { loadSidecarAnnotations } from '../../../src/core/claims/annotations';
import { applyEntityCorrections } from '../../../src/core/claims/corrections';
import { renderSidecar } from '../../../src/core/claims/sidecar-edit';
import type { EntityCorrection } from '../../../src/core/claims/types';
import type { ArticleAnalysis } from '../../../src/core/recognise/types';
import { main } from '../../../src/cli/main';
import { MemoryWorkspace } from '../../../src/core/workspace/memory-workspace';

const TEXT = 'Paris Hilton a rencontré Jean Dupont à Paris. « Tout va bien », a dit Dupont. La Maison-Blanche a démenti.';

function at(words: string, from = 0): { start: number; end: number } {
  const start = TEXT.indexOf(words, from);
  return { start, end: start + words.length };
}

const ANALYSIS: ArticleAnalysis = {
  lang: 'fr',
  entities: [
    { ...at('Paris'), type: 'LOC', text: 'Paris', id: 'paris' }, // wrongly cut out of "Paris Hilton"
    { ...at('Jean Dupont'), type: 'PER', text: 'Jean Dupont', id: 'jean-dupont' },
    { ...at('Paris', 30), type: 'LOC', text: 'Paris', id: 'paris' },
    { ...at('Dupont', 60), type: 'PER', text: 'Dupont', id: 'dupont' },
    { ...at('Maison-Blanche'), type: 'LOC', text: 'Maison-Blanche', id: 'maison-blanche' },
  ],
  quotes: [{ ...at('« Tout va bien »'), text: '« Tout va bien »', kind: 'direct', speaker: { id: 'dupont', text: 'Dupont' } }],
};

function correct(...corrections: EntityCorrection[]) {
  return applyEntityCorrections(ANALYSIS, corrections, TEXT);
}

test('not-an-entity at one place, by anchor: only that mention goes', () => {
  const { start, end } = at('Paris');
  const { analysis, unapplied } = correct({ id: 'c1', kind: 'not-an-entity', text: 'Paris', anchor: createAnchor(TEXT, start, end) });
  assert.deepEqual(unapplied, []);
  assert.deepEqual(analysis.entities.filter((e) => e.text === 'Paris').map((e) => e.start), [at('Paris', 30).start]);
});

test('add a missed mention at its place, replacing what overlapped it', () => {
  const { start, end } = at('Paris Hilton');
  const { analysis } = correct({ id: 'c2', kind: 'add', text: 'Paris Hilton', type: 'PER', entity: 'paris-hilton', anchor: createAnchor(TEXT, start, end) });
  const first = analysis.entities[0];
  assert.deepEqual([first.text, first.type, first.id], ['Paris Hilton', 'PER', 'paris-hilton']);
  assert.equal(analysis.entities.filter((e) => e.id === 'paris').length, 1);
});

test('type by id, canonical id by text, and a missed word added everywhere it stands alone', () => {
  const { analysis } = correct(
    { id: 'c3', kind: 'type', entity: 'maison-blanche', type: 'ORG' },
    { id: 'c4', kind: 'canonical-id', text: 'Dupont', to: 'jean-dupont' },
    { id: 'c5', kind: 'add', text: 'Hilton', type: 'PER', entity: 'paris-hilton' },
  );
  assert.equal(analysis.entities.find((e) => e.id === 'maison-blanche')?.type, 'ORG');
  assert.deepEqual(analysis.entities.filter((e) => e.id === 'jean-dupont').map((e) => e.text), ['Jean Dupont', 'Dupont']);
  assert.deepEqual(analysis.entities.filter((e) => e.id === 'paris-hilton').map((e) => e.text), ['Hilton']);
  // Sorted by position, and the input untouched.
  assert.deepEqual(analysis.entities.map((e) => e.start), [...analysis.entities.map((e) => e.start)].sort((a, b) => a - b));
  assert.equal(ANALYSIS.entities[3].id, 'dupont');
});

test('same-as renames an id everywhere, quote speakers included; not-same-as changes nothing here', () => {
  const { analysis } = correct({ id: 'c6', kind: 'same-as', entity: 'dupont', to: 'jean-dupont' }, { id: 'c7', kind: 'not-same-as', entity: 'paris', to: 'paris-hilton' });
  assert.ok(!analysis.entities.some((e) => e.id === 'dupont'));
  assert.equal(analysis.quotes[0].speaker?.id, 'jean-dupont');
});

test('a correction that finds nothing is reported, not ignored', () => {
  const { unapplied } = correct({ id: 'c8', kind: 'not-an-entity', entity: 'nobody' }, { id: 'c9', kind: 'add', text: 'Zorglub', type: 'PER', entity: 'zorglub' });
  assert.deepEqual(unapplied.map((u) => u.id), ['c8', 'c9']);
  assert.match(unapplied[0].reason, /no recognised mention matches \(id nobody\)/);
});

test('the index loader: claims re-anchored, corrections applied, identities, problems with line and column', async () => {
  const start = TEXT.indexOf('Tout va bien');
  const claim = {
    id: 'q2w3e4',
    status: 'true' as const,
    text: 'Tout va bien',
    sources: [],
    tags: [],
    created: '2025-01-01T00:00:00Z',
    updated: '2025-01-01T00:00:00Z',
    anchor: createAnchor(TEXT, start, start + 'Tout va bien'.length),
  };
  const sidecar = renderSidecar({
    version: 1,
    article: 'a.md',
    claims: [claim],
    entities: [
      { id: 'r5t6y7', kind: 'same-as', entity: 'dupont', to: 'jean-dupont' },
      { id: 'u8i9o2', kind: 'not-same-as', entity: 'paris', to: 'paris-hilton' },
    ],
    removedIds: [],
  });
  const ws = new MemoryWorkspace({ 'a.md': 'Intro.\n' + TEXT, 'a.md.press.yaml': sidecar + 'claims2: [\n' });
  const broken = await loadSidecarAnnotations({ workspace: ws, articlePath: 'a.md', sidecarPath: 'a.md.press.yaml', text: 'Intro.\n' + TEXT, analysis: ANALYSIS });
  assert.match(broken.problems[0], /^a\.md\.press\.yaml:\d+:\d+: invalid YAML/);
  await ws.writeFile('a.md.press.yaml', new TextEncoder().encode(sidecar));
  const loaded = await loadSidecarAnnotations({ workspace: ws, articlePath: 'a.md', sidecarPath: 'a.md.press.yaml', text: 'Intro.\n' + TEXT, analysis: ANALYSIS });
  assert.deepEqual(loaded.problems, []);
  assert.deepEqual(loaded.claims, [{ id: 'q2w3e4', status: 'true', text: 'Tout va bien', start: start + 7, end: start + 7 + 12, state: 'moved' }]);
  assert.deepEqual(loaded.identities.sameAs, [['dupont', 'jean-dupont']]);
  assert.deepEqual(loaded.identities.apart, [['paris', 'paris-hilton']]);
  assert.equal(loaded.analysis.quotes[0].speaker?.id, 'jean-dupont');
});

test('press-annotator analyze applies the sidecar corrections; a broken sidecar is reported and the analysis still printed', async () => {
  const article = 'Emmanuel Macron a reçu Olaf Scholz à Paris hier.';
  const sidecar = renderSidecar({
    version: 1,
    article: 'a.md',
    claims: [],
    entities: [{ id: 'k2j3h4', kind: 'not-an-entity', text: 'Paris' }],
    removedIds: [],
  });
  const run = async (ws: MemoryWorkspace) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['analyze', 'a.md', '--format', 'json'], { workspace: ws, out: (t) => out.push(t), err: (t) => err.push(t) });
    const json = JSON.parse(out.join('\n')) as { files: { entities: { text: string }[] }[] };
    return { code, texts: json.files[0].entities.map((e) => e.text), err };
  };
  const plain = await run(new MemoryWorkspace({ 'a.md': article }));
  assert.ok(plain.texts.includes('Paris'), `the recogniser finds Paris: ${plain.texts.join(', ')}`);
  const corrected = await run(new MemoryWorkspace({ 'a.md': article, 'a.md.press.yaml': sidecar }));
  assert.equal(corrected.code, 0);
  assert.ok(!corrected.texts.includes('Paris'));
  assert.deepEqual(corrected.err, []);
  const broken = await run(new MemoryWorkspace({ 'a.md': article, 'a.md.press.yaml': sidecar.replace('version: 1', 'version: 1\n  bad: [') }));
  assert.equal(broken.code, 0);
  assert.ok(broken.texts.includes('Paris'));
  assert.match(broken.err.join('\n'), /a\.md\.press\.yaml:\d+:\d+: invalid YAML/);
});
