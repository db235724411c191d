import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldKey, slugify } from '../../../src/core/recognise/gazetteer';

test('foldKey removes accents and case', () => {
  assert.equal(foldKey('Élysée'), 'elysee');
  assert.equal(foldKey('SÃO PAULO'), 'sao paulo');
  assert.equal(foldKey('Œuvre'), 'oeuvre');
  assert.equal(foldKey('Straße'), 'strasse');
});

test('foldKey unifies typographic and ASCII apostrophes', () => {
  assert.equal(foldKey('Côte d’Ivoire'), foldKey("Côte d'Ivoire"));
  assert.equal(foldKey('Quai d‘Orsay'), "quai d'orsay");
});

test('foldKey makes dashes, spaces and periods one separator', () => {
  assert.equal(foldKey('Maison-Blanche'), 'maison blanche');
  assert.equal(foldKey('maison  blanche'), 'maison blanche');
  assert.equal(foldKey('Maison\u00a0Blanche'), 'maison blanche');
  assert.equal(foldKey('Addis–Abeba'), 'addis abeba');
  assert.equal(foldKey('U.S.'), 'us');
  assert.equal(foldKey('St. Louis'), foldKey('St Louis'));
});

test('foldKey returns a plain lowercase word unchanged', () => {
  assert.equal(foldKey('paris'), 'paris');
  assert.equal(foldKey("aujourd'hui"), "aujourd'hui");
});

test('slugify gives ids made of lowercase ASCII words joined by dashes', () => {
  assert.equal(slugify("Côte d'Ivoire"), 'cote-d-ivoire');
  assert.equal(slugify('White House'), 'white-house');
  assert.equal(slugify('  Saint-Pétersbourg '), 'saint-petersbourg');
});
