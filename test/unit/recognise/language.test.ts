import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../../src/core/recognise/language';
import { tokenize } from '../../../src/core/recognise/tokenize';

const languageOf = (text: string): 'fr' | 'en' => detectLanguage(text, tokenize(text));

test('French and English press are told apart by their function words', () => {
  assert.equal(languageOf("Le gouvernement a annoncé mardi qu'il ne reculerait pas sur la réforme des retraites."), 'fr');
  assert.equal(languageOf('The government said on Tuesday that it would not back down on the pension reform.'), 'en');
  assert.equal(languageOf('« The Economist » a été cité par le ministre dans son discours.'), 'fr');
  assert.equal(languageOf('THE SENATE AND THE HOUSE said: "It is what it is." Les élus se taisent.'), 'en');
});

test('words joined by hyphens or apostrophes vote for each of their function words', () => {
  // "Est-il" and "dit-elle" are single tokens holding three French votes; two English ones
  // stand against them.
  assert.equal(languageOf('Est-il vrai ? dit-elle. The end, the end.'), 'fr');
});

test('only the first 20,000 characters vote, even when the cut falls inside a word', () => {
  const filler = (n: number) => 'xyz '.repeat(n / 4 + 1).slice(0, n - 1) + ' ';
  // "the" ending exactly at the cut votes English; one character later, cut to "th", it does not.
  assert.equal(languageOf(filler(19997) + 'the end'), 'en');
  assert.equal(languageOf(filler(19998) + 'the end'), 'fr');
  assert.equal(languageOf('the cat and the dog '.repeat(999) + ' le la les '.repeat(5000)), 'en');
});
