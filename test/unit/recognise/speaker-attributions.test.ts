// Speaker attributions journalists write, on short texts written for these tests (none comes from
// the sample articles or the gold corpora).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognise/analyze';

function speakers(text: string, lang: 'fr' | 'en'): (string | null)[] {
  return analyze(text, { lang }).quotes.map((q) => q.speaker?.id ?? null);
}

test('an incise inside the guillemets with an auxiliary and an honorific', () => {
  const text = 'La réaction est venue du ministère. « La Grèce, a déclaré M. Constantin Vlachos, ne retirera pas un seul soldat. »\n\nLe lendemain, rien.';
  assert.deepEqual(speakers(text, 'fr'), ['constantin-vlachos']);
});

test('"-t-on chez X": the body named after "on" speaks; a bare "-t-on" names nobody', () => {
  assert.deepEqual(speakers('Le rachat avance. « Le calendrier est serré », indique-t-on chez Vireval.', 'fr'), ['vireval']);
  assert.deepEqual(speakers('Le rachat avance. « Le calendrier est serré », indique-t-on.', 'fr'), [null]);
});

test('"avant d’ajouter :" hands the next quote to the same speaker', () => {
  const text = 'L’entraîneur René Le Meur savourait. « On a travaillé ce match », a-t-il raconté, avant d’ajouter : « Aujourd’hui, c’est tout le bourg qui est champion. »';
  assert.deepEqual(speakers(text, 'fr'), ['rene-le-meur', 'rene-le-meur']);
});

test('a possessor is not the subject: "Daniel’s mother, Sandra Pennock, told reporters"', () => {
  const text = 'The court heard the case.\n\nOutside court, Daniel’s mother, Sandra Pennock, 46, told reporters: ‘I sat by his bed for 11 days.’';
  assert.deepEqual(speakers(text, 'en'), ['sandra-pennock']);
});
