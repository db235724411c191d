import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// scripts/eval.ts is bundled beside this test's output: out/scripts/eval.js.
const EVAL_JS = path.resolve(__dirname, '..', '..', 'scripts', 'eval.js');

const GOLD_DIR = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'gold');
const articlesIn = (corpus: string) => fs.readdirSync(path.join(GOLD_DIR, corpus)).filter((f) => f.endsWith('.txt')).length;

// (The JSON report of every corpus outgrew spawnSync's default 1 MB buffer, which kills the child.)
const runEval = (...args: string[]) => spawnSync(process.execPath, [EVAL_JS, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

test('--json reports every default corpus with numbers in [0, 1], and exits 0', () => {
  const run = runEval('--json');
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.deepEqual(report.corpora.map((c: { name: string }) => c.name), ['seeds', 'fr', 'en', 'holdout']);
  assert.deepEqual(report.corpora.map((c: { articles: unknown[] }) => c.articles.length), ['seeds', 'fr', 'en', 'holdout'].map(articlesIn));
  for (const corpus of report.corpora) {
    for (const value of [corpus.score.entities.overall.exact.f1, corpus.score.quotes.exact.f1, corpus.score.quotes.speakerAccuracy.value]) {
      assert.ok(value >= 0 && value <= 1, `${corpus.name}: ${value}`);
    }
  }
});

test('the table names the corpus and the targets', () => {
  const run = runEval('--corpus', 'fr');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, new RegExp(`^== fr: ${articlesIn('fr')} articles ==`));
  assert.match(run.stdout, /targets: entities exact F1 /);
});

test('bad options and missing corpora exit 2 with a message', () => {
  const badLang = runEval('--lang', 'de');
  assert.equal(badLang.status, 2);
  assert.match(badLang.stderr, /--lang takes fr, en or auto/);
  const missing = runEval('--corpus', '/no/such/folder');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no folder/);
});
