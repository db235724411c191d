// KeySets: a map from a key to a set of strings, a set of one stored as the bare string, must
// behave as a Map of Sets would: same values, same orders, keys gone when their last value goes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeySets } from '../../../src/core/index/key-sets';

/** Every key with its values, in order, as a Map of Sets would list them. */
function listing(sets: KeySets): [string, string[]][] {
  return [...sets.keys()].map((key) => [key, [...sets.get(key)]]);
}

test('values keep the order they were added in, through growing and shrinking', () => {
  const sets = new KeySets();
  sets.add('a', 'x');
  sets.add('b', 'y');
  sets.add('a', 'z');
  sets.add('a', 'x'); // already there: nothing changes
  assert.deepEqual(listing(sets), [['a', ['x', 'z']], ['b', ['y']]]);
  assert.equal(sets.sizeOf('a'), 2);
  sets.delete('a', 'x');
  assert.deepEqual(listing(sets), [['a', ['z']], ['b', ['y']]]);
  sets.add('a', 'x');
  assert.deepEqual([...sets.get('a')], ['z', 'x']);
});

test('a key goes when its last value goes, and comes back last', () => {
  const sets = new KeySets();
  sets.add('a', 'x');
  sets.add('b', 'y');
  sets.delete('a', 'other'); // not filed there: nothing changes
  assert.deepEqual(listing(sets), [['a', ['x']], ['b', ['y']]]);
  sets.delete('a', 'x');
  assert.equal(sets.has('a'), false);
  assert.equal(sets.sizeOf('a'), 0);
  assert.deepEqual([...sets.get('a')], []);
  sets.add('a', 'w');
  assert.deepEqual(listing(sets), [['b', ['y']], ['a', ['w']]]);
  assert.equal(sets.size, 2);
});
