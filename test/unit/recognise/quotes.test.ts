import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes, quoteKind } from '../../../src/core/recognise/quotes';

const found = (text: string): string[] => findQuotes(text).map((q) => text.slice(q.start, q.end));

test('French guillemets with non-breaking spaces, and curly quotes', () => {
  assert.deepEqual(found('Il a dit «\u00a0non\u00a0» puis “oui”.'), ['«\u00a0non\u00a0»', '“oui”']);
});

test('German „…“ quotes', () => {
  assert.deepEqual(found('Er sagte „Nein“.'), ['„Nein“']);
});

test('apostrophes are not quote marks: l\'accord, aujourd\'hui, Truth\'s, players\'', () => {
  assert.deepEqual(found("l'accord d'aujourd'hui sur Truth's feed, the players' union"), []);
  assert.deepEqual(found("the players' union said 'no deal' today"), ["'no deal'"]);
});

test('straight single quotes with an apostrophe inside', () => {
  assert.deepEqual(found("il a dit 'c'est l'accord' hier"), ["'c'est l'accord'"]);
});

test('nested quotes are paired and only the outer one is reported', () => {
  assert.deepEqual(found('« Il m’a dit “jamais” hier », dit-elle.'), ['« Il m’a dit “jamais” hier »']);
});

test('a quote re-opened at each paragraph runs over several paragraphs', () => {
  const text = '“First paragraph of the quote.\n\n“Second and last,” she said.';
  assert.deepEqual(found(text), [text.slice(0, text.indexOf(',') + 2)]);
});

test('an unclosed straight quote is dropped at the paragraph end', () => {
  assert.deepEqual(found('He said "never\nThen "yes" came.'), ['"yes"']);
});

test('rock \'n\' roll and \'90s are not quotations', () => {
  assert.deepEqual(found("rock 'n' roll in the '90s"), []);
});

test('direct vs partial', () => {
  assert.equal(quoteKind('« Nous échangerons un territoire contre un autre »'), 'direct');
  assert.equal(quoteKind('"nous avons lutté ensemble avec un grand succès"'), 'direct');
  assert.equal(quoteKind('« longue et fructueuse »'), 'partial');
  assert.equal(quoteKind('"significative"'), 'partial');
});

test('an exclamation or a question is a whole sentence, however short: "« Assassins ! »", "“Mind it?”" are direct; "“spooks.”" stays partial', () => {
  assert.equal(quoteKind('«\u00a0Assassins !\u00a0»'), 'direct');
  assert.equal(quoteKind('"Fessenheim vivra !"'), 'direct');
  assert.equal(quoteKind('“Mind it?”'), 'direct');
  assert.equal(quoteKind('« Qui paiera ? »'), 'direct');
  assert.equal(quoteKind('“spooks.”'), 'partial');
  assert.equal(quoteKind('« irréaliste »'), 'partial');
});

test('an elided year inside curly single quotes closes nothing: ‘Back by ’82’', () => {
  assert.deepEqual(found('A banner read ‘Back by ’82’, and the crowd laughed.'), ['‘Back by ’82’']);
});

test('a plural\'s possessive inside a single-quoted quote does not close it when the quote closes later in the paragraph; a quote closed before "and" stays closed', () => {
  assert.deepEqual(found("'Even the Australians' money spend good,' she said."), ["'Even the Australians' money spend good,'"]);
  assert.deepEqual(found('‘The dockers’ pay is not the issue.’ Then he left.'), ['‘The dockers’ pay is not the issue.’']);
  assert.deepEqual(found('The canvass put Petone ‘safe as houses’ and Heretaunga ‘within reach’. ‘We will win,’ he said.'), ['‘safe as houses’', '‘within reach’', '‘We will win,’']);
  assert.deepEqual(found("'The boys' was all he said."), ["'The boys'"]);
});

test('review of RECOGNISER_VERSION 295–303: a plural\'s mark closes its quote when the next mark opens another quote; it stays a possessive when the next mark closes', () => {
  assert.deepEqual(found("He called the plan 'a sop to the unions' last week. 'It won't work,' he added."), ["'a sop to the unions'", "'It won't work,'"]);
  assert.deepEqual(found("The Bishop spoke of 'dark days' before the vote, then said: 'God is with us.'"), ["'dark days'", "'God is with us.'"]);
  assert.deepEqual(found("Il a parlé de 'la maison des Dupuis' hier, et la voisine a ajouté : 'C'est triste.'"), ["'la maison des Dupuis'", "'C'est triste.'"]);
  assert.deepEqual(found("Critics dubbed the estate 'the Smiths' folly' long before it was sold. 'Nobody wanted it,' a neighbour said."), ["'the Smiths' folly'", "'Nobody wanted it,'"]);
  assert.deepEqual(found("The headline 'Ministers' row deepens' ran on Monday."), ["'Ministers' row deepens'"]);
});

test('straight doubles spaced inside as French spaces guillemets pair when most of the article\'s straight doubles are set so', () => {
  const text = '— " Il faudra tout recéper ", disent les paysans.\n\nLa récolte est " entièrement compromise ". Le ministère parle d\'" une calamité ".';
  assert.deepEqual(found(text), ['" Il faudra tout recéper "', '" entièrement compromise "', '" une calamité "']);
  // One spaced mark among ordinary ones is a typo: it pairs with nothing.
  assert.deepEqual(found('He said "no" and "never" and then " the end.'), ['"no"', '"never"']);
});
