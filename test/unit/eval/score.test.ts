import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleAnalysis, EntityMention, EntityType, Quotation, QuoteKind } from '../../../src/core/recognise/types';
import type { GoldDoc, GoldEntity, GoldQuote } from '../../../src/core/eval/gold';
import { aggregate, prf, scoreDocument, type CorpusScore } from '../../../src/core/eval/score';

// A small article and its gold, with offsets computed from the text so the tests stay readable.
const TEXT =
  'Le président Donald Trump a parlé mercredi avec Vladimir Poutine. « Nous voulons la paix », a dit Trump. ' +
  'Poutine a évoqué une « approche réaliste ». « Rien ne changera », selon un diplomate.';

function at(surface: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(surface, start + 1);
  assert.ok(start >= 0, `"${surface}" #${nth} not in the test text`);
  return { start, end: start + surface.length };
}

const goldEntity = (surface: string, type: EntityType, id: string, nth = 0): GoldEntity => ({ ...at(surface, nth), text: surface, type, id });
const predEntity = (surface: string, type: EntityType, id: string, nth = 0): EntityMention => ({ ...at(surface, nth), text: surface, type, id });
const goldQuote = (surface: string, speaker: string | null, kind: QuoteKind): GoldQuote => ({ ...at(surface), text: surface, speaker, kind });
function predQuote(surface: string, speakerId: string | null, kind: QuoteKind): Quotation {
  return { ...at(surface), text: surface, kind, speaker: speakerId === null ? null : { id: speakerId, text: speakerId } };
}

const GOLD: GoldDoc = {
  file: 'test.txt',
  entities: [
    goldEntity('Donald Trump', 'PER', 'donald-trump'),
    goldEntity('mercredi', 'DATE', 'mercredi'),
    goldEntity('Vladimir Poutine', 'PER', 'vladimir-poutine'),
    goldEntity('Trump', 'PER', 'donald-trump', 1),
    goldEntity('Poutine', 'PER', 'vladimir-poutine', 1),
  ],
  quotes: [
    goldQuote('« Nous voulons la paix »', 'donald-trump', 'direct'),
    goldQuote('« approche réaliste »', 'vladimir-poutine', 'partial'),
    goldQuote('« Rien ne changera »', null, 'direct'),
  ],
};

/** A prediction identical to the gold, with the system's own (equal) ids. */
function perfectPrediction(): ArticleAnalysis {
  return {
    lang: 'fr',
    entities: GOLD.entities.map((e) => ({ ...e })),
    quotes: GOLD.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker === null ? null : { id: q.speaker, text: q.speaker } })),
  };
}

const scoreOne = (pred: ArticleAnalysis): CorpusScore => aggregate([scoreDocument(GOLD, pred)]);

test('a perfect prediction scores 1 everywhere', () => {
  const s = scoreOne(perfectPrediction());
  for (const m of [s.entities.overall.exact, s.entities.overall.overlap, s.entities.byType.PER.exact, s.quotes.exact, s.quotes.overlap]) {
    assert.deepEqual([m.precision, m.recall, m.f1], [1, 1, 1]);
  }
  assert.equal(s.quotes.kindAccuracy.value, 1);
  assert.deepEqual(s.quotes.speakerAccuracy, { value: 1, num: 3, den: 3 });
  // Trump×2 and Poutine×2 give one same-id pair each.
  assert.deepEqual(s.ids.precision, { value: 1, num: 2, den: 2 });
  assert.deepEqual(s.ids.recall, { value: 1, num: 2, den: 2 });
});

test('a span that includes the title counts for overlap, not exact', () => {
  const pred = perfectPrediction();
  pred.entities[0] = predEntity('président Donald Trump', 'PER', 'donald-trump');
  const doc = scoreDocument(GOLD, pred);
  assert.deepEqual(doc.entities.PER.exact, { tp: 3, fp: 1, fn: 1 });
  assert.deepEqual(doc.entities.PER.overlap, { tp: 4, fp: 0, fn: 0 });
  assert.deepEqual(doc.entityErrors.map((e) => e.kind), ['boundary']);
});

test('a shifted quote counts for overlap, not exact, and keeps its speaker credit', () => {
  const pred = perfectPrediction();
  pred.quotes[0] = predQuote('Nous voulons la paix', 'donald-trump', 'direct');
  const s = scoreOne(pred);
  assert.deepEqual([s.quotes.exact.tp, s.quotes.exact.fp, s.quotes.exact.fn], [2, 1, 1]);
  assert.equal(s.quotes.overlap.f1, 1);
  assert.deepEqual(s.quotes.kindAccuracy, { value: 1, num: 2, den: 2 });
  assert.equal(s.quotes.speakerAccuracy.num, 3);
});

test('a wrong type is a false positive of one type and a false negative of the other', () => {
  const pred = perfectPrediction();
  pred.entities[1] = predEntity('mercredi', 'EVENT', 'mercredi');
  const s = scoreOne(pred);
  assert.deepEqual([s.entities.byType.DATE.exact.tp, s.entities.byType.DATE.exact.fn], [0, 1]);
  assert.deepEqual([s.entities.byType.EVENT.exact.tp, s.entities.byType.EVENT.exact.fp], [0, 1]);
  assert.equal(s.entities.byType.DATE.overlap.recall, 0, 'overlap still requires the same type');
  const errors = scoreDocument(GOLD, pred).entityErrors;
  assert.deepEqual(errors.map((e) => e.kind), ['type']);
});

test('one long prediction covering two gold mentions matches only one of them', () => {
  const pred = perfectPrediction();
  const both = { start: at('Donald Trump').start, end: at('Vladimir Poutine').end };
  pred.entities = [{ ...both, text: TEXT.slice(both.start, both.end), type: 'PER', id: 'x' }];
  const doc = scoreDocument(GOLD, pred);
  assert.deepEqual(doc.entities.PER.overlap, { tp: 1, fp: 0, fn: 3 });
});

test('speakers are compared through the id mapping learnt from the mentions', () => {
  const pred = perfectPrediction();
  // The system spells Poutine's id its own way, consistently on mentions and speaker.
  pred.entities = pred.entities.map((e) => (e.id === 'vladimir-poutine' ? { ...e, id: 'vladimir-putin' } : e));
  pred.quotes[1] = { ...pred.quotes[1], speaker: { id: 'vladimir-putin', text: 'Poutine' } };
  const s = scoreOne(pred);
  assert.equal(s.quotes.speakerAccuracy.value, 1);
  assert.equal(s.ids.recall.value, 1, 'the clustering is the same whatever the spelling');
});

test('a speaker id with no mention falls back to the accent-folded slug', () => {
  const gold: GoldDoc = { ...GOLD, quotes: [{ ...GOLD.quotes[0], speaker: 'pekin' }], entities: [...GOLD.entities] };
  const pred = perfectPrediction();
  pred.quotes = [{ ...pred.quotes[0], speaker: { id: 'Pékin', text: 'Pékin' } }];
  assert.equal(scoreDocument(gold, pred).quotes.speakerRight, 1);
});

test('the wrong speaker is an error that names both sides', () => {
  const pred = perfectPrediction();
  pred.quotes[0] = { ...pred.quotes[0], speaker: { id: 'vladimir-poutine', text: 'Poutine' } };
  const doc = scoreDocument(GOLD, pred);
  assert.equal(doc.quotes.speakerRight, 2);
  const error = doc.quoteErrors.find((e) => e.kind === 'speaker');
  assert.ok(error && error.kind === 'speaker');
  assert.equal(error.gold.speaker, 'donald-trump');
  assert.equal(error.predictedSpeaker, 'vladimir-poutine');
});

test('a gold quote without speaker is right only when a matched prediction has none either', () => {
  const withNull = perfectPrediction();
  assert.equal(scoreDocument(GOLD, withNull).quotes.speakerRight, 3);

  const invented = perfectPrediction();
  invented.quotes[2] = { ...invented.quotes[2], speaker: { id: 'donald-trump', text: 'Trump' } };
  assert.equal(scoreDocument(GOLD, invented).quotes.speakerRight, 2);

  const unfound = perfectPrediction();
  unfound.quotes = unfound.quotes.slice(0, 2);
  const doc = scoreDocument(GOLD, unfound);
  assert.equal(doc.quotes.speakerRight, 2, 'a quote nobody found has no right speaker, even a null one');
  assert.ok(doc.quoteErrors.some((e) => e.kind === 'speaker' && e.pred === undefined));
});

test('a wrong kind is counted only on exactly matched quotes', () => {
  const pred = perfectPrediction();
  pred.quotes[1] = { ...pred.quotes[1], kind: 'direct' };
  const s = scoreOne(pred);
  assert.deepEqual(s.quotes.kindAccuracy, { value: 2 / 3, num: 2, den: 3 });
});

test('merged ids lower pairwise precision, split ids lower pairwise recall', () => {
  const merged = perfectPrediction();
  merged.entities = merged.entities.map((e) => (e.type === 'PER' ? { ...e, id: 'someone' } : e));
  const m = scoreOne(merged);
  // 4 PER mentions: 6 same-predicted-id pairs, of which 2 share a gold id.
  assert.deepEqual(m.ids.precision, { value: 2 / 6, num: 2, den: 6 });
  assert.equal(m.ids.recall.value, 1);

  const split = perfectPrediction();
  split.entities = split.entities.map((e, i) => ({ ...e, id: `id-${i}` }));
  const s = scoreOne(split);
  assert.deepEqual(s.ids.recall, { value: 0, num: 0, den: 2 });
});

/** Every number anywhere in `value` is finite (JSON would silently turn NaN into null). */
function assertAllFinite(value: unknown, where = 'score'): void {
  if (typeof value === 'number') assert.ok(Number.isFinite(value), `${where} is ${value}`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) assertAllFinite(v, `${where}.${k}`);
}

test('an empty prediction scores 0, never NaN', () => {
  const s = scoreOne({ lang: 'fr', entities: [], quotes: [] });
  assertAllFinite(s);
  assert.equal(s.entities.overall.exact.f1, 0);
  assert.equal(s.entities.overall.overlap.recall, 0);
  assert.equal(s.quotes.exact.f1, 0);
  assert.deepEqual(s.quotes.speakerAccuracy, { value: 0, num: 0, den: 3 });
  assert.deepEqual(s.quotes.kindAccuracy, { value: 0, num: 0, den: 0 });
  assert.deepEqual(s.ids.recall, { value: 0, num: 0, den: 0 });
});

test('corpus scores are micro-averaged: counts are summed before dividing', () => {
  const perfect = scoreDocument(GOLD, perfectPrediction());
  const empty = scoreDocument(GOLD, { lang: 'fr', entities: [], quotes: [] });
  const s = aggregate([perfect, empty]);
  assert.deepEqual([s.entities.overall.exact.tp, s.entities.overall.exact.fn], [5, 5]);
  assert.equal(s.entities.overall.exact.precision, 1);
  assert.equal(s.entities.overall.exact.recall, 0.5);
  assert.equal(s.documents, 2);
});

test('prf: F1 is the harmonic mean', () => {
  const p = prf({ tp: 2, fp: 2, fn: 0 });
  assert.equal(p.precision, 0.5);
  assert.equal(p.recall, 1);
  assert.equal(p.f1, 2 / 3);
});
