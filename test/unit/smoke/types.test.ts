import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENTITY_TYPES } from '../../../src/core/recognise/types';

test('the five entity types of the guidelines', () => {
  assert.deepEqual([...ENTITY_TYPES], ['PER', 'ORG', 'LOC', 'DATE', 'EVENT']);
});
