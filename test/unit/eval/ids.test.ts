import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../../src/core/recognise/types';
import type { GoldEntity } from '../../../src/core/eval/gold';
import { foldId, learnIdMapping, pairCounts } from '../../../src/core/eval/ids';

const gold = (start: number, id: string): GoldEntity => ({ start, end: start + 3, text: 'abc', type: 'PER', id });
const pred = (start: number, id: string, end = start + 3): EntityMention => ({ start, end, text: 'abc', type: 'PER', id });

test('foldId drops accents, case and punctuation', () => {
  assert.equal(foldId('Pékin'), 'pekin');
  assert.equal(foldId('États-Unis'), 'etats-unis');
  assert.equal(foldId(' Jean-Noël  Barrot '), 'jean-noel-barrot');
});

test('a predicted id maps to the gold id most of its exactly placed mentions carry', () => {
  const g = [gold(0, 'volodymyr-zelensky'), gold(10, 'volodymyr-zelensky'), gold(20, 'donald-trump')];
  const p = [pred(0, 'volodymyr-zelenski'), pred(10, 'volodymyr-zelenski'), pred(20, 'volodymyr-zelenski')];
  assert.equal(learnIdMapping(g, p).toGold('volodymyr-zelenski'), 'volodymyr-zelensky');
});

test('misplaced mentions do not vote', () => {
  const g = [gold(0, 'donald-trump')];
  const p = [pred(0, 'trump', 9)];
  assert.equal(learnIdMapping(g, p).toGold('trump'), 'trump');
});

test('ties go to the alphabetically first gold id', () => {
  const g = [gold(0, 'melania-trump'), gold(10, 'donald-trump')];
  const p = [pred(0, 'trump'), pred(10, 'trump')];
  assert.equal(learnIdMapping(g, p).toGold('trump'), 'donald-trump');
});

test('an id without votes falls back to the folded slug, also of gold speakers', () => {
  const mapping = learnIdMapping([gold(0, 'etats-unis')], [], ['kremlin']);
  assert.equal(mapping.toGold('États-Unis'), 'etats-unis');
  assert.equal(mapping.toGold('Kremlin'), 'kremlin');
  assert.equal(mapping.toGold('unknown-person'), 'unknown-person');
});

test('pair counts ignore mentions the system did not place exactly', () => {
  const g = [gold(0, 'a'), gold(10, 'a'), gold(20, 'a'), gold(30, 'b')];
  const p = [pred(0, 'x'), pred(10, 'x'), pred(20, 'y', 25), pred(30, 'x')];
  // Linked: 0(a,x) 10(a,x) 30(b,x). Same gold: (0,10). Same predicted: (0,10) (0,30) (10,30).
  assert.deepEqual(pairCounts(g, p), { sameGold: 1, samePred: 3, sameBoth: 1 });
});
