import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isFirstName,
  isOrgHeadWord,
  isPlaceHeadWord,
  isTitleWord,
  nameKeyOf,
  titleAt,
  titleEndingAt,
} from '../../../src/core/recognise/gazetteer';

test('first names of several cultures and scripts, transliterated', () => {
  const names = [
    'Jean', 'Marie', 'Jean-Noël', 'Jean-Pierre', 'Fatima', 'Mohammed', 'Youssef', 'Aminata', 'Adama',
    'Olaf', 'Giorgia', 'Pedro', 'Andrzej', 'Recep', 'Narendra', 'Kamala', 'Emmanuel',
    // Russian and Ukrainian, spelled the French and the English way
    'Volodymyr', 'Oleksandr', 'Sergueï', 'Sergei', 'Dmitri', 'Dmitry', 'Evgueni', 'Yevgeny',
  ];
  for (const name of names) assert.ok(isFirstName(name), name);
});

test('a first name is capitalised; lowercase words are never first names', () => {
  assert.ok(isFirstName('PIERRE'));
  assert.equal(isFirstName('pierre'), false);
  assert.equal(isFirstName('jean'), false);
});

test('ambiguous capitalised words are not first names', () => {
  for (const word of ['Will', 'May', 'Avril', 'Mai', 'Paris', 'France', 'Elle', 'Ford', 'King', 'Prince', 'Judge', 'Inc']) {
    assert.equal(isFirstName(word), false, word);
  }
  assert.ok(isFirstName('Mark'), 'Mark is kept: the name is the usual reading');
  assert.ok(isFirstName('Jordan'), 'names that are also places stay names');
});

test('titleAt measures single and multi-word titles in tokens', () => {
  assert.equal(titleAt(['président', 'Macron'], 0), 1);
  assert.equal(titleAt(['Président', 'Macron'], 0), 1);
  assert.equal(titleAt(['secrétaire', "d'", 'État', 'Jean'], 0), 3);
  assert.equal(titleAt(['secrétaire', "d'État", 'Jean'], 0), 2);
  assert.equal(titleAt(['Prime', 'Minister', 'Keir'], 0), 2);
  assert.equal(titleAt(['Premier', 'ministre'], 0), 2);
  assert.equal(titleAt(['ministre', 'de', "l'", 'Intérieur', 'Bruno'], 0), 4);
  assert.equal(titleAt(['Foreign', 'Minister', 'Sergueï'], 0), 2);
  assert.equal(titleAt(['le', 'porte-parole', 'du', 'Kremlin'], 1), 1);
  assert.equal(titleAt(['Le', 'Monde'], 0), 0);
});

test('abbreviated honorifics need their capital and may take the period token', () => {
  assert.equal(titleAt(['M', '.', 'Macron'], 0), 2);
  assert.equal(titleAt(['M.', 'Macron'], 0), 1);
  assert.equal(titleAt(['Mme', 'Borne'], 0), 1);
  assert.equal(titleAt(['Me', 'Dupond-Moretti'], 0), 1);
  assert.equal(titleAt(['me', 'too'], 0), 0);
  assert.equal(titleAt(['Sen', '.', 'Warren'], 0), 2);
  assert.equal(titleAt(['président', ',', 'Macron'], 0), 1, 'a comma ends the title');
  // The period ending a sentence after a full title is no abbreviation's period.
  assert.equal(titleAt(['father', '.', 'Outside'], 0), 1);
  assert.equal(titleAt(['président', '.', 'Ensuite'], 0), 1);
  assert.equal(titleEndingAt(['her', 'father', '.'], 2), 0);
  assert.equal(titleEndingAt(['le', 'président', '.'], 2), 0);
  assert.equal(titleEndingAt(['Mr', '.'], 1), 2);
});

test('titleEndingAt finds the title just before a name', () => {
  assert.equal(titleEndingAt(['le', 'ministre', 'de', "l'", 'Intérieur', 'Bruno'], 4), 4);
  assert.equal(titleEndingAt(['la', 'secrétaire', "d'", 'État', 'Marie'], 3), 3);
  assert.equal(titleEndingAt(['selon', 'le', 'président'], 2), 1);
  assert.equal(titleEndingAt(['selon', 'le', 'texte'], 2), 0);
});

test('isTitleWord is true for one-word titles only', () => {
  assert.ok(isTitleWord('président'));
  assert.ok(isTitleWord('Senator'));
  assert.ok(isTitleWord('Mme'));
  assert.ok(isTitleWord('Me'));
  assert.equal(isTitleWord('me'), false);
  assert.equal(isTitleWord('État'), false);
});

test('organisation head words and legal forms', () => {
  for (const word of ['Ministère', 'ministère', 'Université', 'Banque', 'Bank', 'Party', 'Institut', 'Inc.', 'Inc', 'SA', 'GmbH']) {
    assert.ok(isOrgHeadWord(word), word);
  }
  assert.equal(isOrgHeadWord('sa'), false, 'legal forms keep their capitals');
  assert.equal(isOrgHeadWord('Paris'), false);
});

test('place head words', () => {
  for (const word of ['Mont', 'Lac', 'Golfe', 'Mer', 'Rue', 'Île', 'Ile', 'Lake', 'River', 'Street', 'Gulf']) {
    assert.ok(isPlaceHeadWord(word), word);
  }
  assert.equal(isPlaceHeadWord('Banque'), false);
});

test('titleAt and titleEndingAt give the same answers with a column of keys', () => {
  const sentences = [
    ['le', 'ministre', 'de', "l'", 'Intérieur', 'Bruno'],
    ['M', '.', 'Macron', 'et', 'Mme', 'Borne'],
    ['me', 'too', ',', 'said', 'Sen', '.', 'Warren'],
    ['secrétaire', "d'État", 'Jean', 'Prime', 'Minister', 'Keir'],
  ];
  for (const words of sentences) {
    const keys = words.map(nameKeyOf);
    for (let k = 0; k < words.length; k++) {
      assert.equal(titleAt(words, k, keys), titleAt(words, k), `${words.join(' ')} @${k}`);
      assert.equal(titleEndingAt(words, k, keys), titleEndingAt(words, k), `${words.join(' ')} ending @${k}`);
    }
  }
});
