import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeFamilyNames, FamilyKeyIndex, givenNameKey, readPersonName } from '../../../src/core/index/person-names';

test('readPersonName: full names, particles, initials and bare family names', () => {
  assert.deepEqual(readPersonName('Volodymyr Zelensky'), { kind: 'full', family: 'zelenski', given: 'volodimir' });
  assert.deepEqual(readPersonName('Charles de Gaulle'), { kind: 'full', family: 'gaulle', given: 'charles' });
  assert.deepEqual(readPersonName('de Gaulle'), { kind: 'bare', family: 'gaulle' });
  assert.deepEqual(readPersonName('Poutine'), { kind: 'bare', family: 'putin' });
  assert.deepEqual(readPersonName('J. Biden'), { kind: 'initials', family: 'biden', initial: 'j' });
  assert.deepEqual(readPersonName('JD Vance'), { kind: 'initials', family: 'vance', initial: 'j' });
  assert.deepEqual(readPersonName('J.-P. Sartre'), { kind: 'initials', family: 'sartre', initial: 'j' });
  assert.deepEqual(readPersonName('Li Wei'), { kind: 'full', family: 'wei', given: 'li' }, 'a two-letter given name is not initials');
  assert.equal(readPersonName('  '), undefined);
});

test('givenNameKey: spellings of one first name meet, different names do not', () => {
  assert.equal(givenNameKey('Mark'), givenNameKey('Marc'));
  assert.equal(givenNameKey('Sergey'), givenNameKey('Sergei'));
  assert.equal(givenNameKey('Aleksei'), givenNameKey('Alexei'));
  assert.equal(givenNameKey('Volodymyr'), givenNameKey('Volodímir'));
  assert.notEqual(givenNameKey('Melania'), givenNameKey('Donald'));
  assert.notEqual(givenNameKey('Michel'), givenNameKey('Michael'));
});

test('closeFamilyNames: one typo or one swap on long names, never on short ones', () => {
  assert.ok(closeFamilyNames('zelenski', 'zelenski'));
  assert.ok(closeFamilyNames('zelenski', 'zelenki'), 'one letter dropped');
  assert.ok(closeFamilyNames('zelenski', 'zelenksi'), 'two letters swapped');
  assert.ok(closeFamilyNames('kowalski', 'kowalsci'), 'one letter changed');
  assert.ok(!closeFamilyNames('bush', 'rush'), 'short names stay apart');
  assert.ok(!closeFamilyNames('biden', 'bidet'));
  assert.ok(!closeFamilyNames('zelenski', 'selenski'), 'the first letter must agree');
  assert.ok(!closeFamilyNames('martins', 'martina'), 'the last letter must agree');
  assert.ok(!closeFamilyNames('zelenski', 'zlenksi'), 'two edits are too many');
});

test('FamilyKeyIndex: neighbours through deletion variants, components, counted removal', () => {
  const index = new FamilyKeyIndex();
  for (const key of ['zelenski', 'zelenksi', 'zolonski', 'trump', 'trump']) index.add(key);
  assert.deepEqual(index.neighbours('zelenski').sort(), ['zelenksi', 'zelenski']);
  assert.deepEqual(index.neighbours('zelenkski').sort(), ['zelenksi', 'zelenski'], 'an absent key finds present neighbours');
  assert.deepEqual([...index.component(['zelenski'])].sort(), ['zelenksi', 'zelenski']);
  assert.deepEqual(index.neighbours('trump'), ['trump']);
  index.remove('trump');
  assert.ok(index.has('trump'), 'still counted once');
  index.remove('trump');
  assert.ok(!index.has('trump'));
  index.remove('zelenksi');
  assert.deepEqual(index.neighbours('zelenski'), ['zelenski']);
});
