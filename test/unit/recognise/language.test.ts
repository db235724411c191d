import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, detectLanguageOfTokens } from '../../../src/core/recognise/language';
import { tokenize } from '../../../src/core/recognise/tokenize';

test('French and English press are told apart by their function words', () => {
  assert.equal(detectLanguage("Le gouvernement a annoncé mardi qu'il ne reculerait pas sur la réforme des retraites."), 'fr');
  assert.equal(detectLanguage('The government said on Tuesday that it would not back down on the pension reform.'), 'en');
  assert.equal(detectLanguage('« The Economist » a été cité par le ministre dans son discours.'), 'fr');
});

test('counting on the tokens gives what scanning the text gives', () => {
  const texts = [
    "Est-ce qu'il a dit « été » ? Selon elle, c'est l'État qui paie — the end.",
    'THE SENATE AND THE HOUSE said: "It is what it is." Les élus, eux, se taisent.',
    'Le 1er mai, la CGT et FO ont défilé ; ÉTÉ 2024 : rien. He said so.',
    'e\u0301te\u0301 est la forme décomposée 👍🏽 and this is English',
  ];
  // Past 20,000 characters only the start counts, even when the cut falls inside a word.
  const long = 'the cat and the dog '.repeat(999) + 'thethe la la la la la la la la la la la la'.repeat(200);
  // "the" ending exactly at the cut votes English; one character later, cut to "th", it does not.
  const filler = (n: number) => 'xyz '.repeat(n / 4 + 1).slice(0, n - 1) + ' ';
  const atCut = filler(19997) + 'the end';
  const pastCut = filler(19998) + 'the end';
  assert.equal(detectLanguage(atCut), 'en');
  assert.equal(detectLanguage(pastCut), 'fr');
  for (const text of [...texts, long, long.slice(3), atCut, pastCut]) {
    assert.equal(detectLanguageOfTokens(text, tokenize(text)), detectLanguage(text), text.slice(0, 40));
  }
});
