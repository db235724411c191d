import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCorpus } from '../../../src/core/eval/corpus';
import { GoldFormatError } from '../../../src/core/eval/gold';
import { aggregate, scoreDocument } from '../../../src/core/eval/score';

// Bundled to out/test/eval/: the repository root is three levels up.
const ROOT = path.resolve(__dirname, '..', '..', '..');
const GOLD_DIR = path.join(ROOT, 'test', 'fixtures', 'gold');

test('the default corpora load and every gold span slices back to its article', () => {
  for (const name of ['seeds', 'fr', 'en', 'holdout']) {
    const dir = path.join(GOLD_DIR, name);
    const articles = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
    assert.ok(articles.length >= (name === 'seeds' ? 5 : 2), name);
    assert.equal(loadCorpus(name, dir).articles.length, articles.length, name);
  }
});

test('gold scored against itself is perfect on every corpus', () => {
  for (const name of ['seeds', 'fr', 'en', 'holdout']) {
    const { articles } = loadCorpus(name, path.join(GOLD_DIR, name));
    const docs = articles.map(({ file, gold }) =>
      scoreDocument(gold, {
        // Every English article's file name starts with "en" (holdout/ mixes both languages).
        lang: file.startsWith('en') ? 'en' : 'fr',
        entities: gold.entities,
        quotes: gold.quotes.map((q) => ({ ...q, speaker: q.speaker === null ? null : { id: q.speaker, text: q.speaker } })),
      }),
    );
    const s = aggregate(docs);
    assert.equal(s.entities.overall.exact.f1, 1, name);
    assert.equal(s.quotes.exact.f1, 1, name);
    assert.equal(s.quotes.speakerAccuracy.value, 1, name);
  }
});

test('the fixtures builder verifies the committed gold files', () => {
  // Throws (non-zero exit) when a gold file is stale or a completeness check fails.
  const out = execFileSync(process.execPath, [path.join(GOLD_DIR, 'build-fixtures.mjs'), '--check'], { encoding: 'utf8' });
  assert.match(out, /OK: every annotation slices back to its text\./);
});

test('a gold span that does not match its article is refused', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gold-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Hier à Paris.');
    const gold = { file: 'a.txt', entities: [{ start: 0, end: 5, text: 'Paris', type: 'LOC', id: 'paris' }], quotes: [] };
    fs.writeFileSync(path.join(dir, 'a.gold.json'), JSON.stringify(gold));
    assert.throws(() => loadCorpus('tmp', dir), GoldFormatError);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an article without gold is an error, not a silent skip', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gold-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Hier à Paris.');
    assert.throws(() => loadCorpus('tmp', dir), /has no gold file/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
