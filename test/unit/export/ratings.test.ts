import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLAIM_STATUSES } from '../../../src/core/claims/types';
import { RATING_SCALE, STATUS_RATINGS, ratingOf } from '../../../src/core/claims/ratings';

test('every status has a rating, in the order of CLAIM_STATUSES', () => {
  assert.deepEqual(
    STATUS_RATINGS.map((r) => r.status),
    [...CLAIM_STATUSES],
  );
  for (const status of CLAIM_STATUSES) assert.equal(ratingOf(status).status, status);
});

test('numbers lie on the scale, higher is truer', () => {
  for (const r of STATUS_RATINGS) {
    if (r.value === null) continue;
    assert.ok(Number.isInteger(r.value) && r.value >= RATING_SCALE.worst && r.value <= RATING_SCALE.best, r.status);
  }
  const truthOrder = ['true', 'mostly-true', 'mixed', 'mostly-false', 'false'] as const;
  const values = truthOrder.map((s) => ratingOf(s).value as number);
  assert.deepEqual(values, [...values].sort((a, b) => b - a));
  assert.equal(ratingOf('true').value, RATING_SCALE.best);
  assert.equal(ratingOf('false').value, RATING_SCALE.worst);
});

test('statuses off the truth scale have no number', () => {
  for (const status of ['pending', 'unverifiable', 'misleading', 'out-of-context'] as const) {
    assert.equal(ratingOf(status).value, null, status);
  }
});

test('labels are present and tell every status apart, in both languages', () => {
  for (const lang of ['en', 'fr'] as const) {
    const labels = STATUS_RATINGS.map((r) => r.label[lang]);
    assert.ok(labels.every((l) => l.trim().length > 0));
    assert.equal(new Set(labels).size, labels.length, lang);
  }
});
