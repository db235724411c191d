import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderJson } from '../../../src/core/export/json';
import { toJson } from '../../../src/cli/analyze';
import { FRENCH_TEXT, frenchArticle, sampleInput, spanOf } from './sample';

test('JSON holds each article with the analyze contract for entities and quotes', () => {
  const article = frenchArticle();
  const parsed = JSON.parse(renderJson({ articles: [article] }));
  assert.equal(parsed.version, 1);
  assert.equal(parsed.files.length, 1);
  const file = parsed.files[0];
  const analyzed = (toJson([{ path: article.path, text: article.text, analysis: article.analysis }]) as { files: object[] }).files[0];
  // Same keys, same values as `press-annotator analyze --format json`, plus the claims.
  const { claims, ...rest } = file;
  assert.deepEqual(rest, analyzed);
  assert.equal(claims.length, 3);
  assert.deepEqual(file.quotes[0].speaker, { id: 'bruno-dupont', text: 'Bruno Dupont' });
});

test('claims come in reading order with verdict, speaker, sources and anchor', () => {
  const [file] = JSON.parse(renderJson(sampleInput())).files;
  assert.deepEqual(
    file.claims.map((c: { id: string }) => c.id),
    ['c1chom', 'c2rien', 'c3defi'],
  );
  const [chomage, rien] = file.claims;
  const span = spanOf(FRENCH_TEXT, 'Le chômage a baissé de 50 % en un an');
  assert.deepEqual(chomage.anchor, { state: 'exact', ...span, text: 'Le chômage a baissé de 50 % en un an' });
  assert.equal(chomage.status, 'false');
  assert.equal(chomage.rating, 1);
  assert.equal(chomage.speaker, 'bruno-dupont');
  assert.equal(chomage.speakerName, 'Bruno Dupont');
  assert.deepEqual(chomage.sources, [{ url: 'https://www.insee.fr/fr/statistiques/1', title: 'INSEE, enquête Emploi', accessed: '2025-03-01' }]);
  assert.deepEqual(chomage.tags, ['emploi', 'chiffres']);
  assert.match(chomage.note, /\n/);
  assert.equal(chomage.author, 'Jeanne Martin');
  assert.equal(chomage.created, '2025-03-01T09:30:00Z');
  assert.equal(rien.rating, null, 'pending has no number');
  assert.equal(rien.anchor.state, 'moved');
  assert.equal(rien.author, null);
  assert.equal(rien.note, null);
});

test('an orphaned claim keeps its words and last-seen anchor but points at no offsets', () => {
  const [file] = JSON.parse(renderJson(sampleInput())).files;
  const orphan = file.claims[2];
  assert.deepEqual(orphan.anchor, { state: 'orphaned', start: null, end: null, text: null });
  assert.equal(orphan.text, 'Le déficit a doublé');
  assert.equal(orphan.storedAnchor.exact, 'Le déficit a doublé');
  assert.equal(orphan.speaker, 'un conseiller');
  assert.equal(orphan.speakerName, 'un conseiller', 'free-text speakers are their own name');
});

test('an empty input is a valid document', () => {
  assert.deepEqual(JSON.parse(renderJson({ articles: [] })), { version: 1, files: [] });
});
