import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GoldDoc } from '../../../src/core/eval/gold';
import { aggregate, scoreDocument } from '../../../src/core/eval/score';
import { contextOf, formatCorpusReport, formatDocErrors } from '../../../src/core/eval/report';

const TEXT = 'Hier, Josiane Kowalczyk a dit\n« Nous ne lâcherons rien » à Longwy.';
const span = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });

const GOLD: GoldDoc = {
  file: 'longwy.txt',
  entities: [
    { ...span('Hier'), type: 'DATE', id: 'hier' },
    { ...span('Josiane Kowalczyk'), type: 'PER', id: 'josiane-kowalczyk' },
    { ...span('Longwy'), type: 'LOC', id: 'longwy' },
  ],
  quotes: [{ ...span('« Nous ne lâcherons rien »'), speaker: 'josiane-kowalczyk', kind: 'direct' }],
};

test('the corpus table has a row per type, totals, quotes, ids and the targets', () => {
  const doc = scoreDocument(GOLD, { lang: 'fr', entities: GOLD.entities.map((e) => ({ ...e })), quotes: [] });
  const table = formatCorpusReport('fr', aggregate([doc]));
  assert.match(table, /^== fr: 1 article ==/);
  assert.match(table, /\nPER +1\.000 1\.000 1\.000 +1\.000 1\.000 1\.000 +1 +1\n/);
  assert.match(table, /\nEVENT +- +- +- +- +- +- +0 +0\n/, 'a type with nothing to find shows dashes, not zeros');
  assert.match(table, /\nquotes +0\.000 0\.000 0\.000/);
  assert.match(table, /speaker accuracy +0\.000 \(0\/1\)/);
  assert.match(table, /entities exact F1 1\.000 >= 0\.90 ok/);
  assert.match(table, /quotes exact F1 0\.000 < +0\.95 MISSED/);
});

test('verbose errors name the kind of error, the words and their context', () => {
  const doc = scoreDocument(GOLD, {
    lang: 'fr',
    entities: [
      { ...span('Josiane Kowalczyk a'), type: 'PER', id: 'josiane-kowalczyk' },
      { ...span('Longwy'), type: 'ORG', id: 'longwy' },
      { ...span('Nous'), type: 'ORG', id: 'nous' },
    ],
    quotes: [{ ...span('« Nous ne lâcherons rien »'), kind: 'partial', speaker: { id: 'longwy', text: 'Longwy' } }],
  });
  const lines = formatDocErrors(TEXT, doc);
  assert.equal(lines[0], '-- longwy.txt');
  const body = lines.slice(1).join('\n');
  assert.match(body, /entity MISSED {3}DATE {2}"Hier" \(hier\) {2}…⟨Hier⟩, Josiane/);
  assert.match(body, /entity BOUNDARY PER {3}gold "Josiane Kowalczyk" \/ predicted "Josiane Kowalczyk a"/);
  assert.match(body, /entity SPURIOUS ORG {3}"Nous" \(nous\)/);
  assert.match(body, /entity TYPE {5}gold LOC \/ predicted ORG "Longwy"/);
  assert.match(body, /quote {2}KIND {5}gold direct \/ predicted partial/);
  assert.match(body, /quote {2}SPEAKER {2}gold josiane-kowalczyk \/ predicted longwy \("Longwy", id longwy\)/);
});

test('a perfect article has no verbose lines', () => {
  const doc = scoreDocument(GOLD, {
    lang: 'fr',
    entities: GOLD.entities.map((e) => ({ ...e })),
    quotes: [{ ...GOLD.quotes[0], speaker: { id: 'josiane-kowalczyk', text: 'Josiane Kowalczyk' } }],
  });
  assert.deepEqual(formatDocErrors(TEXT, doc), []);
});

test('context shows line breaks as ⏎ so each error stays on one line', () => {
  assert.equal(contextOf(TEXT, span('«'), 4), '…dit⏎⟨«⟩ Nou…');
});
