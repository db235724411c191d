// The cross-article clustering rule and its traps: spelling variants and transliterations of one
// person meet; shared family names, initials with two candidates, and a place named like a person
// stay apart; the user's corrections win; incremental updates equal a fresh build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityClustering, EntityCluster } from '../../../src/core/index/clustering';
import { personKey } from '../../../src/core/recognise/names';
import type { EntityMention, EntityType } from '../../../src/core/recognise/types';

/** A mention as the recogniser gives it; a person's id is its name key unless given. */
function m(type: EntityType, text: string, id = type === 'PER' ? personKey(text.split(' ')) : text.toLowerCase()): EntityMention {
  return { start: 0, end: text.length, type, text, id };
}

function times(n: number, mention: EntityMention): EntityMention[] {
  return Array.from({ length: n }, () => mention);
}

function build(articles: Record<string, EntityMention[]>): EntityClustering {
  const clustering = new EntityClustering();
  for (const [path, mentions] of Object.entries(articles)) clustering.replaceArticle(path, [], mentions);
  return clustering;
}

function byName(clustering: EntityClustering): Map<string, EntityCluster> {
  return new Map(clustering.clusters().map((c) => [c.name, c]));
}

test('Zelensky, Zelenski, Zelenskyy, Zeelenski, Volodymyr Zelensky, Volodímir Zelenski and a typo are one person', () => {
  const clustering = build({
    'a.txt': [...times(2, m('PER', 'Volodymyr Zelensky')), m('PER', 'Zelensky', personKey(['Volodymyr', 'Zelensky']))],
    'b.txt': [m('PER', 'Zelenski')],
    'c.txt': [m('PER', 'Zelenskyy'), m('PER', 'Zelenskyy')],
    'd.txt': [m('PER', 'Zeelenski')],
    'e.txt': [m('PER', 'Volodímir Zelenski')],
    'f.txt': [m('PER', 'Volodymyr Zelenksy')],
    'g.txt': [m('PER', 'Zelenksy')],
  });
  const clusters = clustering.clusters();
  assert.equal(clusters.length, 1, JSON.stringify(clusters.map((c) => c.memberIds)));
  const [zelensky] = clusters;
  assert.equal(zelensky.name, 'Volodymyr Zelensky', 'the most frequent full form');
  assert.equal(zelensky.type, 'PER');
  assert.equal(zelensky.id, 'volodimir-zelenski');
  assert.equal(zelensky.mentionCount, 10);
  assert.deepEqual(zelensky.articles, ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt', 'g.txt']);
  assert.deepEqual(zelensky.variants.slice(0, 2), [
    { text: 'Volodymyr Zelensky', count: 2 },
    { text: 'Zelenskyy', count: 2 },
  ]);
  assert.equal(zelensky.variants.length, 8);
  assert.equal(clustering.cluster('zelenski'), zelensky, 'any per-article id finds its cluster');
});

test('Poutine, Putin and Vladimir Poutine are one person (transliterations)', () => {
  const clustering = build({
    'fr.txt': [m('PER', 'Vladimir Poutine'), m('PER', 'Poutine', personKey(['Vladimir', 'Poutine']))],
    'en.txt': [m('PER', 'Putin')],
    'fr2.txt': [m('PER', 'Poutine')],
    'en2.txt': [m('PER', 'Vladimir Putin')],
  });
  const clusters = clustering.clusters();
  assert.equal(clusters.length, 1);
  assert.equal(clusters[0].id, 'vladimir-putin');
  assert.equal(clusters[0].mentionCount, 5);
});

test('shared family name: Melania Trump and Donald Trump stay two; a bare Trump joins the dominant one', () => {
  const clustering = build({
    'a.txt': times(5, m('PER', 'Donald Trump')),
    'b.txt': [...times(2, m('PER', 'Melania Trump')), ...times(3, m('PER', 'Donald Trump'))],
    'c.txt': times(4, m('PER', 'Trump')),
  });
  const clusters = byName(clustering);
  assert.deepEqual([...clusters.keys()].sort(), ['Donald Trump', 'Melania Trump']);
  assert.equal(clusters.get('Donald Trump')?.mentionCount, 12);
  assert.equal(clusters.get('Melania Trump')?.mentionCount, 2);
  assert.ok(clusters.get('Donald Trump')?.variants.some((v) => v.text === 'Trump'));
});

test('shared family name with no dominant person: the bare family name stays on its own', () => {
  const clustering = build({
    'a.txt': times(3, m('PER', 'Donald Trump')),
    'b.txt': times(2, m('PER', 'Melania Trump')),
    'c.txt': [m('PER', 'Trump')],
  });
  assert.deepEqual(clustering.clusters().map((c) => c.name), ['Donald Trump', 'Melania Trump', 'Trump']);
});

test('initials join the one matching person, and stay apart when two could be meant', () => {
  const one = build({ 'a.txt': times(3, m('PER', 'Joe Biden')), 'b.txt': [m('PER', 'J. Biden')] });
  assert.equal(one.clusters().length, 1);
  assert.ok(one.clusters()[0].variants.some((v) => v.text === 'J. Biden'));

  const two = build({ 'a.txt': times(3, m('PER', 'Joe Biden')), 'b.txt': [m('PER', 'Jill Biden'), m('PER', 'J. Biden')] });
  assert.deepEqual(two.clusters().map((c) => c.name).sort(), ['J. Biden', 'Jill Biden', 'Joe Biden']);

  const wrongLetter = build({ 'a.txt': times(3, m('PER', 'Joe Biden')), 'b.txt': [m('PER', 'H. Biden')] });
  assert.equal(wrongLetter.clusters().length, 2);
});

test('different given names never merge, even one letter apart', () => {
  const clustering = build({ 'a.txt': [m('PER', 'Michael Martin')], 'b.txt': [m('PER', 'Michel Martin')] });
  assert.equal(clustering.clusters().length, 2);
  const spelling = build({ 'a.txt': [m('PER', 'Mark Fogel')], 'b.txt': [m('PER', 'Marc Fogel'), m('PER', 'Marc Fogel')] });
  assert.equal(spelling.clusters().length, 1, 'Mark/Marc is one first name spelt two ways');
  assert.equal(spelling.clusters()[0].name, 'Marc Fogel');
});

test('short family names: no typo tolerance (Bush is not Rush)', () => {
  const clustering = build({ 'a.txt': [m('PER', 'George Bush')], 'b.txt': [m('PER', 'George Rush')] });
  assert.equal(clustering.clusters().length, 2);
});

test('a place and a person with the same name are never merged; their ids stay unique', () => {
  const clustering = build({
    'a.txt': [m('LOC', 'Washington'), m('LOC', 'Washington'), m('PER', 'George Washington')],
    'b.txt': [m('PER', 'Washington')],
    'c.txt': [m('LOC', 'Jordan'), m('LOC', 'Jordan')],
    'd.txt': [m('PER', 'Jordan')],
  });
  const ids = clustering.clusters().map((c) => `${c.type} ${c.id} ${c.mentionCount}`).sort();
  assert.deepEqual(ids, ['LOC loc:jordan 2', 'LOC washington 2', 'PER george-washington 2', 'PER per:jordan 1']);
  assert.equal(clustering.cluster('per:jordan')?.type, 'PER');
  assert.equal(clustering.cluster('jordan')?.type, 'LOC', 'an ambiguous id goes to the most mentioned');
  assert.equal(clustering.clusterOf('PER', 'jordan')?.id, 'per:jordan');
  clustering.replaceArticle('d.txt', [m('PER', 'Jordan')], []);
  assert.equal(clustering.cluster('jordan')?.id, 'jordan', 'the prefix goes when the clash goes');
});

test('organisations and places cluster by their gazetteer id, never across types', () => {
  const clustering = build({
    'fr.txt': [m('ORG', 'Maison Blanche', 'white-house'), m('ORG', 'Maison-Blanche', 'white-house')],
    'en.txt': [m('ORG', 'White House', 'white-house')],
    'x.txt': [m('LOC', 'Paris'), m('ORG', 'Paris')],
  });
  const whiteHouse = clustering.cluster('white-house');
  assert.equal(whiteHouse?.mentionCount, 3);
  assert.equal(whiteHouse?.name, 'Maison Blanche');
  assert.equal(clustering.clusters().filter((c) => c.name === 'Paris').length, 2);
});

test('relative dates are not clustered, absolute ones are', () => {
  const clustering = build({ 'a.txt': [m('DATE', 'mercredi'), m('DATE', 'février 2022', '2022-02'), m('DATE', '12 mars', 'xxxx-03-12')] });
  assert.deepEqual(clustering.clusters().map((c) => c.id), ['2022-02']);
});

test('corrections: sameAs joins what the rule keeps apart, apart splits what it joins, both undo', () => {
  const articles = {
    'a.txt': times(5, m('PER', 'Donald Trump')),
    'b.txt': times(2, m('PER', 'Trump')),
    'c.txt': [...times(2, m('PER', 'Volodymyr Zelensky')), m('PER', 'Wolodymyr Selenskyj')],
  };
  const clustering = build(articles);
  assert.equal(clustering.clusters().length, 3);
  clustering.setCorrections('c.txt.press.yaml', { sameAs: [['volodimir-zelenski', 'wolodimir-selenskij']], apart: [] });
  assert.equal(clustering.clusters().length, 2);
  assert.equal(clustering.cluster('wolodimir-selenskij')?.id, 'volodimir-zelenski');
  clustering.setCorrections('b.txt.press.yaml', { sameAs: [], apart: [['trump', 'donald-trump']] });
  assert.deepEqual(clustering.clusters().map((c) => c.name).sort(), ['Donald Trump', 'Trump', 'Volodymyr Zelensky']);
  clustering.setCorrections('c.txt.press.yaml', undefined);
  clustering.setCorrections('b.txt.press.yaml', undefined);
  assert.deepEqual(snapshot(clustering), snapshot(build(articles)));
});

test('an id the user gave by hand is pinned: the rule never attaches it elsewhere', () => {
  const articles = { 'a.txt': times(5, m('PER', 'Donald Trump')), 'b.txt': times(2, m('PER', 'Trump', 'trump-fred')) };
  const clustering = build(articles);
  assert.equal(clustering.clusters().length, 1, 'unpinned, the bare name joins Donald Trump');
  clustering.setCorrections('b.txt', { sameAs: [], apart: [], pinned: ['trump-fred'] });
  assert.deepEqual(clustering.clusters().map((c) => c.id), ['donald-trump', 'trump-fred']);
});

test('a sameAs correction survives the articles changing around it', () => {
  const clustering = build({ 'a.txt': [m('PER', 'Anna Novak')], 'b.txt': [m('PER', 'Ana Nowak')] });
  clustering.setCorrections('a.txt', { sameAs: [['anna-novak', 'ana-nowak']], apart: [] });
  assert.equal(clustering.clusters().length, 1);
  clustering.replaceArticle('c.txt', [], times(3, m('PER', 'Ana Nowak')));
  assert.equal(clustering.clusters().length, 1);
  assert.equal(clustering.clusters()[0].id, 'ana-nowak', 'the heavier side names the cluster');
  clustering.replaceArticle('c.txt', times(3, m('PER', 'Ana Nowak')), []);
  clustering.replaceArticle('b.txt', [m('PER', 'Ana Nowak')], []);
  assert.deepEqual(clustering.clusters().map((c) => c.id), ['anna-novak']);
});

function snapshot(clustering: EntityClustering): unknown {
  return clustering.clusters().map((c) => ({ ...c }));
}

/** A deterministic pseudo-random generator. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

test('incremental updates always equal a fresh build of the same articles (random sequences)', () => {
  const pool: EntityMention[] = [
    m('PER', 'Donald Trump'), m('PER', 'Melania Trump'), m('PER', 'Trump'), m('PER', 'D. Trump'),
    m('PER', 'Volodymyr Zelensky'), m('PER', 'Zelenski'), m('PER', 'Zelenksy'), m('PER', 'Volodymyr Zelenksy'),
    m('PER', 'Joe Biden'), m('PER', 'Jill Biden'), m('PER', 'J. Biden'), m('PER', 'Biden'),
    m('LOC', 'Washington'), m('PER', 'George Washington'), m('PER', 'Washington'),
    m('LOC', 'Jordan'), m('PER', 'Jordan'), m('ORG', 'Kremlin'), m('DATE', '2022', '2022'),
  ];
  const random = prng(7);
  for (let round = 0; round < 30; round++) {
    const clustering = new EntityClustering();
    const state = new Map<string, EntityMention[]>();
    for (let step = 0; step < 25; step++) {
      const path = `a${Math.floor(random() * 6)}.txt`;
      const before = state.get(path) ?? [];
      const after = random() < 0.2 ? [] : Array.from({ length: 1 + Math.floor(random() * 6) }, () => pool[Math.floor(random() * pool.length)]);
      clustering.replaceArticle(path, before, after);
      if (after.length > 0) state.set(path, after);
      else state.delete(path);
      assert.deepEqual(snapshot(clustering), snapshot(build(Object.fromEntries(state))), `round ${round}, step ${step}`);
    }
  }
});

test('the sorted cluster list is patched in place after small changes, and equals a full sort', () => {
  const filler = Array.from({ length: 120 }, (_, i) => Array.from({ length: 1 + (i % 7) }, () => m('ORG', `Org${i}`))).flat();
  const pool = [m('PER', 'Donald Trump'), m('PER', 'Trump'), m('PER', 'Melania Trump'), m('LOC', 'Jordan'), m('PER', 'Jordan'), m('ORG', 'Org3'), m('ORG', 'Org50')];
  const random = prng(3);
  const clustering = build({ 'filler.txt': filler });
  const state = new Map<string, EntityMention[]>([['filler.txt', filler]]);
  clustering.clusters();
  for (let step = 0; step < 60; step++) {
    const path = `a${Math.floor(random() * 4)}.txt`;
    const after = Array.from({ length: Math.floor(random() * 5) }, () => pool[Math.floor(random() * pool.length)]);
    clustering.replaceArticle(path, state.get(path) ?? [], after);
    state.set(path, after);
    assert.deepEqual(snapshot(clustering), snapshot(build(Object.fromEntries(state))), `step ${step}`);
  }
});
