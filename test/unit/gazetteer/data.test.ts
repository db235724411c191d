import { test } from 'node:test';
import assert from 'node:assert/strict';
import placesData from '../../../src/core/recognise/gazetteer/data/places.json';
import firstNamesData from '../../../src/core/recognise/gazetteer/data/first-names.json';
import townsData from '../../../src/core/recognise/gazetteer/data/towns.json';
import { foldKey } from '../../../src/core/recognise/gazetteer';

function isSorted(values: readonly string[]): boolean {
  return values.every((v, i) => i === 0 || values[i - 1] < v);
}

test('generated places are sorted, so regeneration gives stable diffs', () => {
  const { places } = placesData as { places: Record<string, Record<string, string[]>> };
  assert.ok(isSorted(Object.keys(places)));
  for (const ids of Object.values(places)) {
    assert.ok(isSorted(Object.keys(ids)));
    for (const names of Object.values(ids)) assert.ok(isSorted(names));
  }
});

test('each folded name belongs to one place only', () => {
  const { places } = placesData as { places: Record<string, Record<string, string[]>> };
  const owner = new Map<string, string>();
  for (const [kind, ids] of Object.entries(places)) {
    for (const [id, names] of Object.entries(ids)) {
      for (const name of names) {
        const key = foldKey(name);
        assert.equal(owner.get(key) ?? `${kind}/${id}`, `${kind}/${id}`, name);
        owner.set(key, `${kind}/${id}`);
      }
    }
  }
});

test('first names are stored folded, sorted, Latin script, at least two letters', () => {
  const { names } = firstNamesData as { names: string[] };
  assert.ok(names.length > 10_000);
  assert.ok(isSorted(names));
  for (const name of names) {
    assert.equal(foldKey(name), name);
    assert.match(name, /^[a-z' ]*[a-z][a-z' ]*[a-z][a-z' ]*$/);
  }
});

test('towns are sorted, hold no name of the places, no common word, and no name under three letters', () => {
  const towns = (townsData as { names: string }).names.split('\n');
  assert.ok(towns.length > 10_000 && isSorted(towns));
  const { places } = placesData as { places: Record<string, Record<string, string[]>> };
  const placeNames = new Set(Object.values(places).flatMap((ids) => Object.values(ids).flat()).map(foldKey));
  assert.deepEqual(towns.filter((name) => placeNames.has(foldKey(name))), []);
  // Words of both languages that GeoNames also lists as towns.
  for (const word of ['Mission', 'Commerce', 'Police', 'Union', 'Ville', 'Street', 'Gaillard']) assert.ok(!towns.includes(word), word);
  assert.deepEqual(towns.filter((name) => name.replace(/[^\p{L}]/gu, '').length < 3), []);
});
