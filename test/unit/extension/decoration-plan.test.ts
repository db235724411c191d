import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countAnnotations, planDecorations, speakerNames } from '../../../src/extension/decoration-plan';
import { entityAt, summariseInArticle } from '../../../src/extension/entity-summary';
import { LineIndex } from '../../../src/core/text/lines';
import type { ArticleAnalysis } from '../../../src/core/recognise/types';

const text = 'Donald Trump est venu.\r\n« Je reste », a dit Trump à Paris.\nIl est parti le 3 mai.';
const at = (s: string, from = 0) => text.indexOf(s, from);
const analysis: ArticleAnalysis = {
  lang: 'fr',
  entities: [
    { start: 0, end: 12, type: 'PER', text: 'Donald Trump', id: 'donald-trump' },
    { start: at('Trump', 20), end: at('Trump', 20) + 5, type: 'PER', text: 'Trump', id: 'donald-trump' },
    { start: at('Paris'), end: at('Paris') + 5, type: 'LOC', text: 'Paris', id: 'paris' },
    { start: at('3 mai'), end: at('3 mai') + 5, type: 'DATE', text: '3 mai', id: 'date-05-03' },
  ],
  quotes: [{ start: at('«'), end: at('»') + 1, text: '« Je reste »', kind: 'direct', speaker: { id: 'donald-trump', text: 'Trump' } }],
};

test('every span becomes the same line/character range as LineIndex.positionAt gives', () => {
  const lines = new LineIndex(text);
  const plan = planDecorations(text, analysis, new Set(['PER', 'LOC', 'DATE', 'ORG', 'EVENT']));
  const expect = (s: number, e: number) => {
    const a = lines.positionAt(s);
    const b = lines.positionAt(e);
    return { startLine: a.line, startCharacter: a.character, endLine: b.line, endCharacter: b.character };
  };
  assert.deepEqual(plan.entities.PER, analysis.entities.filter((e) => e.type === 'PER').map((e) => expect(e.start, e.end)));
  assert.deepEqual(plan.entities.LOC, [expect(at('Paris'), at('Paris') + 5)]);
  assert.deepEqual([plan.entities.DATE[0].startLine, plan.entities.DATE[0].startCharacter], [2, 16]);
  assert.deepEqual(plan.quotes.map(({ speakerLabel, ...range }) => range), [{ startLine: 1, startCharacter: 0, endLine: 1, endCharacter: 12 }]);
});

test('the speaker shows under the fullest name the article gives', () => {
  const plan = planDecorations(text, analysis, new Set(['PER']));
  assert.equal(plan.quotes[0].speakerLabel, '— Donald Trump');
  assert.deepEqual(plan.entities.LOC, [], 'types not shown are left out');
  assert.equal(speakerNames(analysis.entities).get('paris'), undefined, 'places never speak');
});

test('spans out of order still get correct positions', () => {
  const reversed = { ...analysis, entities: [...analysis.entities].reverse() };
  const plan = planDecorations(text, reversed, new Set(['PER']));
  assert.deepEqual(plan.entities.PER.map((r) => r.startLine), [1, 0]);
});

test('a span across a line break ends on the next line, and the walk goes on from its start', () => {
  const multi = 'a « b\nc » d Paris';
  const across: ArticleAnalysis = {
    lang: 'fr',
    entities: [{ start: multi.indexOf('Paris'), end: multi.length, type: 'LOC', text: 'Paris', id: 'paris' }],
    quotes: [{ start: 2, end: 9, text: '« b\nc »', kind: 'partial', speaker: null }],
  };
  const plan = planDecorations(multi, across, new Set(['LOC']));
  assert.deepEqual(plan.quotes[0], { startLine: 0, startCharacter: 2, endLine: 1, endCharacter: 3 });
  assert.deepEqual(plan.entities.LOC[0], { startLine: 1, startCharacter: 6, endLine: 1, endCharacter: 11 });
});

test('counts, entity lookup and the in-article summary', () => {
  assert.deepEqual(countAnnotations(analysis, new Set(['PER'])), { entities: 2, quotes: 1 });
  assert.equal(entityAt(analysis, 3)?.id, 'donald-trump');
  assert.equal(entityAt(analysis, 12)?.id, 'donald-trump', 'the end of a mention still hovers it');
  assert.equal(entityAt(analysis, 15), undefined);
  const summary = summariseInArticle(analysis, 'donald-trump');
  assert.deepEqual(summary, { id: 'donald-trump', type: 'PER', name: 'Donald Trump', variants: [{ text: 'Donald Trump', count: 1 }, { text: 'Trump', count: 1 }] });
  assert.equal(summariseInArticle(analysis, 'nobody'), undefined);
});
