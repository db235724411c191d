// Places named by the sub-national divisions the press uses, and by their postal abbreviations.
// Short texts written for these tests (none from the sample articles or the gold corpora).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognise/analyze';

function places(text: string, lang: 'fr' | 'en'): string[] {
  return analyze(text, { lang }).entities.filter((e) => e.type === 'LOC').map((e) => `${e.text} ${e.id}`);
}

test('provinces, states and Länder are places in both languages, one id across them', () => {
  assert.deepEqual(places('Floods hit Queensland and New South Wales before the harvest.', 'en'), ['Queensland queensland', 'New South Wales new-south-wales']);
  assert.deepEqual(places('Elle enseigne en Nouvelle-Écosse depuis que la Saxe a fermé son institut.', 'fr'), ['Nouvelle-Écosse nova-scotia', 'Saxe saxony']);
  assert.deepEqual(places('The monsoon reached Maharashtra and Kerala early.', 'en'), ['Maharashtra maharashtra', 'Kerala kerala']);
});

test('wire copy’s state and province abbreviations after a town: both are places, the period in the span', () => {
  assert.deepEqual(places('Pacifica Metals of Torrance, Calif., said it would appeal.', 'en'), ['Torrance torrance', 'Calif. california']);
  assert.deepEqual(places('KESTRELTON, Ind. (AP) — The council voted 5-4.', 'en'), ['KESTRELTON kestrelton', 'Ind. indiana']);
  assert.deepEqual(places('She was born in Blue Rocks, N.S., a fishing village.', 'en'), ['Blue Rocks blue-rocks', 'N.S. nova-scotia']);
  assert.deepEqual(places('He settled in Wheeling, W.Va. He never left.', 'en'), ['Wheeling wheeling', 'W.Va. west-virginia']);
  // Not after a town, or before a name: another word.
  assert.deepEqual(places('Thank you, Miss. Abbott said nothing.', 'en'), []);
  assert.deepEqual(places('The Ind. column was empty.', 'en'), []);
});
