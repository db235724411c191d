import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteInContext } from '../../../src/core/export/report';

test('the whole paragraph when it is short, whitespace collapsed, no-break spaces kept', () => {
  const text = 'Titre\n\nIl a dit :\u00A0«\u00A0non\u00A0» hier.\nAutre paragraphe.';
  const start = text.indexOf('non');
  assert.deepEqual(quoteInContext(text, start, start + 3), { before: 'Il a dit :\u00A0«\u00A0', words: 'non', after: '\u00A0» hier.' });
});

test('a long paragraph is cut at word boundaries and marked', () => {
  const words = Array.from({ length: 60 }, (_, i) => `mot${i}`).join(' ');
  const start = words.indexOf('mot30');
  const context = quoteInContext(words, start, start + 5, 40);
  assert.equal(context.words, 'mot30');
  assert.match(context.before, /^…mot\d+ /);
  assert.match(context.after, / mot\d+…$/);
  assert.ok(context.before.length <= 42 && context.after.length <= 42);
});

test('a multi-line claim shows both lines around it, on one line', () => {
  const text = 'Avant.\nDébut de la\nfin du propos. Après.\nSuite.';
  const start = text.indexOf('la');
  const end = text.indexOf(' Après');
  assert.deepEqual(quoteInContext(text, start, end), { before: 'Début de ', words: 'la fin du propos.', after: ' Après.' });
});

test('never cuts an emoji in two', () => {
  const text = '🚀'.repeat(50) + 'X' + '🚀'.repeat(50);
  const context = quoteInContext(text, 100, 101, 11);
  assert.equal(context.before, '…' + '🚀'.repeat(5));
  assert.equal(context.after, '🚀'.repeat(5) + '…');
});

test('a paragraph start just inside the window is not marked as cut; just outside, it is', () => {
  const text = 'x'.repeat(10) + '\n' + 'abcdefghij' + 'WORD' + 'klmnopqrst' + '\n' + 'y'.repeat(10);
  const start = text.indexOf('WORD');
  assert.deepEqual(quoteInContext(text, start, start + 4, 10), { before: 'abcdefghij', words: 'WORD', after: 'klmnopqrst' });
  assert.deepEqual(quoteInContext(text, start, start + 4, 9), { before: '…bcdefghij', words: 'WORD', after: 'klmnopqrs…' });
});

test('a cut never falls on a no-break space: «\u202FNon\u202F» stays whole', () => {
  const filler = Array.from({ length: 20 }, (_, i) => `mot${i}`).join(' ');
  const text = `${filler} il a crié «\u202FNon\u202F» puis il est parti ${filler}`;
  const start = text.indexOf('puis');
  for (let radius = 20; radius <= 40; radius++) {
    const { before } = quoteInContext(text, start, start + 4, radius);
    assert.ok(!/^…(?:\u202F|Non\u202F»|»)/.test(before), `radius ${radius}: ${JSON.stringify(before)}`);
  }
  const end = text.indexOf('il a crié') + 2;
  for (let radius = 10; radius <= 30; radius++) {
    const { after } = quoteInContext(text, end - 2, end, radius);
    assert.ok(!/(?:«|«\u202FNon|\u202F)…$/.test(after), `radius ${radius}: ${JSON.stringify(after)}`);
  }
});
