import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { analyze } from '../../../src/core/recognise/analyze';
import { loadCorpus } from '../../../src/core/eval/corpus';
import { aggregate, scoreDocument, TARGETS } from '../../../src/core/eval/score';

// The issue's targets hold on the seeds' gold: a change to the recognisers that drops below one
// of them fails here, not only in a table nobody reads. (The dev and held-out corpora are
// reported by `npm run eval`, not asserted: they exist to show where the rules fall short.)
const GOLD_DIR = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'gold');

test('the recognisers meet the targets on the seeds gold', () => {
  const { articles } = loadCorpus('seeds', path.join(GOLD_DIR, 'seeds'));
  const score = aggregate(articles.map((a) => scoreDocument(a.gold, analyze(a.text, { fileName: a.file }))));
  assert.ok(score.entities.overall.exact.f1 >= TARGETS.entitiesExactF1, `entities exact F1 ${score.entities.overall.exact.f1}`);
  assert.ok(score.quotes.exact.f1 >= TARGETS.quotesExactF1, `quotes exact F1 ${score.quotes.exact.f1}`);
  assert.ok(score.quotes.speakerAccuracy.value >= TARGETS.speakerAccuracy, `speaker accuracy ${score.quotes.speakerAccuracy.value}`);
});
