// Fuzzy entity search: missing accents, typos, hyphens, French and English forms; ranking by
// match, then by how often the entity is mentioned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EntityClustering } from '../../../src/core/index/clustering';
import { EntitySearch } from '../../../src/core/search/entity-search';
import { personKey } from '../../../src/core/recognise/names';
import type { EntityMention, EntityType } from '../../../src/core/recognise/types';

function m(type: EntityType, text: string, id = type === 'PER' ? personKey(text.split(' ')) : text.toLowerCase()): EntityMention {
  return { start: 0, end: text.length, type, text, id };
}

function searchOver(articles: EntityMention[][]): EntitySearch {
  const clustering = new EntityClustering();
  articles.forEach((mentions, i) => clustering.replaceArticle(`${i}.txt`, [], mentions));
  return new EntitySearch(clustering.clusters());
}

const search = searchOver([
  [m('PER', 'Volodymyr Zelensky'), m('PER', 'Volodymyr Zelensky'), m('PER', 'Zelenskyy')],
  [m('PER', 'Volodímir Zelenski'), m('PER', 'Vladimir Poutine'), m('PER', 'Poutine', 'vladimir-putin')],
  [m('PER', 'Putin'), m('ORG', 'Maison-Blanche', 'white-house'), m('ORG', 'White House', 'white-house')],
  [m('PER', 'Donald Trump'), m('PER', 'Donald Trump'), m('PER', 'Donald Trump'), m('PER', 'Melania Trump')],
  [m('LOC', 'Washington'), m('PER', 'George Washington'), m('LOC', 'Moscou', 'moscow'), m('PER', 'Philippe Poutou')],
]);

const top = (query: string, options = {}): string | undefined => search.search(query, options)[0]?.id;

test('missing accents and spelling variants find the person', () => {
  assert.equal(top('zelenski'), 'volodimir-zelenski');
  assert.equal(top('Zélensky'), 'volodimir-zelenski');
  assert.equal(top('volodymyr'), 'volodimir-zelenski');
  assert.equal(top('zelenskyy'), 'volodimir-zelenski');
});

test('typos are tolerated', () => {
  assert.equal(top('zelenksy'), 'volodimir-zelenski');
  assert.equal(top('poutin'), 'vladimir-putin');
  assert.equal(top('vladmir putin'), 'vladimir-putin');
  assert.equal(top('washingtn'), 'washington');
});

test('hyphens, case and language forms: "maison blanche" finds the White House', () => {
  assert.equal(top('maison blanche'), 'white-house');
  assert.equal(top('MAISON-BLANCHE'), 'white-house');
  assert.equal(top('white house'), 'white-house');
  assert.equal(search.search('maison blanche')[0].name, 'Maison-Blanche');
});

test('ranked by match first, then by mentions', () => {
  const results = search.search('trump');
  assert.deepEqual(results.map((r) => r.id).slice(0, 2), ['donald-trump', 'melania-trump']);
  assert.ok(results[0].mentionCount > results[1].mentionCount);
  const exact = search.search('putin');
  assert.equal(exact[0].score, 1);
  assert.equal(exact[0].id, 'vladimir-putin', 'an exact form beats the fuzzy Poutou');
  for (const list of [results, exact, search.search('washington')]) {
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1], list[i]];
      assert.ok(a.score > b.score || (a.score === b.score && a.mentionCount >= b.mentionCount), JSON.stringify(list));
    }
  }
});

test('results carry id, type, name, score and the form that matched; types and limit filter', () => {
  const [result] = search.search('poutine');
  assert.deepEqual(Object.keys(result), ['id', 'type', 'name', 'score', 'mentionCount', 'matched']);
  assert.equal(result.matched, 'Poutine', 'the exact form, not the display name');
  assert.equal(result.name, 'Vladimir Poutine');
  assert.deepEqual(search.search('washington', { types: ['LOC'] }).map((r) => r.id), ['washington']);
  assert.equal(search.search('washington', { types: ['PER'] })[0].id, 'george-washington');
  assert.equal(search.search('o', { limit: 2 }).length <= 2, true);
});

test('an empty or unmatched query gives nothing', () => {
  assert.deepEqual(search.search(''), []);
  assert.deepEqual(search.search('  - '), []);
  assert.deepEqual(search.search('qqqqxxzz'), []);
});
