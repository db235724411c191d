import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderWebAnnotations, WebAnnotation } from '../../../src/core/export/web-annotation';
import { bareArticle, claimOn, sampleInput } from './sample';

// The W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), the parts these
// annotations use: the shape every annotation must have to be valid.
const MOTIVATIONS = new Set(['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging']);
const XSD_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function isIri(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

/** Fails with the model's rule that `annotation` breaks. */
function assertValidAnnotation(annotation: Record<string, any>): void {
  assert.equal(annotation['@context'], 'http://www.w3.org/ns/anno.jsonld', '@context');
  assert.ok(isIri(annotation.id), `id is an IRI: ${annotation.id}`);
  assert.equal(annotation.type, 'Annotation');
  if (annotation.motivation !== undefined) assert.ok(MOTIVATIONS.has(annotation.motivation), 'motivation');
  for (const key of ['created', 'modified']) {
    if (annotation[key] !== undefined) assert.match(annotation[key], XSD_DATE_TIME, key);
  }
  if (annotation.creator !== undefined) {
    assert.ok(['Person', 'Organization', 'Software'].includes(annotation.creator.type), 'creator type');
    assert.equal(typeof annotation.creator.name, 'string');
  }
  const bodies = Array.isArray(annotation.body) ? annotation.body : [annotation.body];
  assert.ok(bodies.length > 0, 'has a body');
  for (const body of bodies) {
    if (body.type === 'TextualBody') {
      assert.equal(typeof body.value, 'string', 'TextualBody has a value');
    } else {
      // A purpose on an external resource needs a SpecificResource around it (model §3.3.5).
      assert.equal(body.type, 'SpecificResource');
      assert.ok(isIri(typeof body.source === 'string' ? body.source : body.source.id), 'SpecificResource source');
    }
    if (body.purpose !== undefined) assert.ok(MOTIVATIONS.has(body.purpose), `purpose ${body.purpose}`);
  }
  const target = annotation.target;
  assert.equal(typeof target.source, 'string', 'target source');
  const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
  for (const selector of selectors) {
    if (selector.type === 'TextQuoteSelector') {
      assert.equal(typeof selector.exact, 'string');
      for (const key of ['prefix', 'suffix']) if (selector[key] !== undefined) assert.equal(typeof selector[key], 'string');
    } else {
      assert.equal(selector.type, 'TextPositionSelector');
      assert.ok(Number.isInteger(selector.start) && selector.start >= 0, 'start');
      assert.ok(Number.isInteger(selector.end) && selector.end >= selector.start, 'end');
    }
  }
}

function selectorsOf(annotation: WebAnnotation): Record<string, any>[] {
  const s = annotation.target.selector;
  return Array.isArray(s) ? s : [s];
}

test('one valid annotation per claim, in reading order', () => {
  const annotations: WebAnnotation[] = JSON.parse(renderWebAnnotations(sampleInput()));
  assert.equal(annotations.length, 3);
  for (const a of annotations) assertValidAnnotation(a);
  assert.deepEqual(
    annotations.map((a) => a.id),
    [
      'file:///press/articles/ch%C3%B4mage.txt.press.yaml#c1chom',
      'file:///press/articles/ch%C3%B4mage.txt.press.yaml#c2rien',
      'file:///press/articles/ch%C3%B4mage.txt.press.yaml#c3defi',
    ],
  );
  for (const a of annotations) assert.equal(a.target.source, 'file:///press/articles/ch%C3%B4mage.txt');
});

test('the validator used here rejects what the model forbids', () => {
  const [good] = JSON.parse(renderWebAnnotations(sampleInput()));
  const broken = [
    { ...good, '@context': 'https://schema.org' },
    { ...good, id: 'not an iri' },
    { ...good, type: 'Note' },
    { ...good, created: '1 March 2025' },
    { ...good, body: [{ type: 'Text', purpose: 'linking', source: 'https://a.example' }] },
    { ...good, target: { source: good.target.source, selector: { type: 'TextPositionSelector', start: 5, end: 2 } } },
  ];
  for (const b of broken) assert.throws(() => assertValidAnnotation(b));
});

test('body: verdict, note, tags and sources with their purposes; creator and dates from the claim', () => {
  const [first, second] = JSON.parse(renderWebAnnotations(sampleInput()));
  assert.equal(first.motivation, 'assessing');
  assert.deepEqual(first.body, [
    { type: 'TextualBody', purpose: 'assessing', value: 'false' },
    { type: 'TextualBody', purpose: 'commenting', value: 'Les chiffres de l\'INSEE disent 2 %, "pas 50".\nVoir le tableau 3, ligne 2.', format: 'text/plain' },
    { type: 'TextualBody', purpose: 'tagging', value: 'emploi' },
    { type: 'TextualBody', purpose: 'tagging', value: 'chiffres' },
    { type: 'SpecificResource', purpose: 'linking', source: { id: 'https://www.insee.fr/fr/statistiques/1', label: 'INSEE, enquête Emploi' } },
  ]);
  assert.deepEqual(first.creator, { type: 'Person', name: 'Jeanne Martin' });
  assert.equal(first.created, '2025-03-01T09:30:00Z');
  assert.equal(first.modified, '2025-03-02T17:05:00Z');
  assert.deepEqual(second.body, [{ type: 'TextualBody', purpose: 'assessing', value: 'pending' }]);
  assert.equal(second.creator, undefined, 'no author, no creator');
});

test('quote and position selectors select the same words; the quote carries 32 characters of context', () => {
  const input = sampleInput();
  const text = input.articles[0].text;
  for (const a of JSON.parse(renderWebAnnotations(input)).slice(0, 2) as WebAnnotation[]) {
    const [quote, position] = selectorsOf(a);
    assert.equal(quote.type, 'TextQuoteSelector');
    assert.equal(position.type, 'TextPositionSelector');
    assert.equal([...text].slice(position.start, position.end).join(''), quote.exact);
    assert.ok(text.includes(quote.prefix + quote.exact + quote.suffix));
    assert.ok(quote.prefix.length <= 32 && quote.suffix.length <= 32);
  }
});

test('positions count code points, not UTF-16 units: an emoji before the claim shifts them by one', () => {
  const text = 'Bravo 👏👏 : « le taux est de 3 % » selon lui. 🚀';
  const claim = claimOn(text, 'le taux est de 3 %', { id: 'e1', status: 'true' });
  const [annotation] = JSON.parse(renderWebAnnotations({ articles: [bareArticle('/a.txt', text, [claim])] }));
  const [quote, position] = selectorsOf(annotation);
  assert.equal(claim.start, 15, 'UTF-16 offset');
  assert.deepEqual([position.start, position.end], [13, 31], 'two emoji before: two fewer');
  assert.equal([...text].slice(position.start, position.end).join(''), quote.exact);
});

test('a context cut never splits an emoji in two', () => {
  const text = '🚀'.repeat(20) + 'mots' + '🚀'.repeat(20);
  const claim = claimOn(text, 'mots', { id: 'e2' });
  const [annotation] = JSON.parse(renderWebAnnotations({ articles: [bareArticle('/a.txt', text, [claim])] }));
  const [quote] = selectorsOf(annotation);
  assert.ok(!/^[\uDC00-\uDFFF]/.test(quote.prefix) && !/[\uD800-\uDBFF]$/.test(quote.suffix), 'whole code points');
  assert.equal(quote.prefix, '🚀'.repeat(16));
});

test('an orphaned claim keeps only its last-seen quote: it points at no position', () => {
  const [, , orphan] = JSON.parse(renderWebAnnotations(sampleInput()));
  assert.deepEqual(orphan.target.selector, { type: 'TextQuoteSelector', exact: 'Le déficit a doublé', prefix: 'avant les mots ', suffix: ' après les mots' });
});

test('the article URI: as given by the editor, else a file URI from an absolute path', () => {
  const text = 'Un deux trois.';
  const claim = claimOn(text, 'deux', { id: 'u1' });
  const given = { ...bareArticle('/x/a b.txt', text, [claim]), uri: 'vscode-vfs://github/org/repo/a%20b.txt' };
  const [fromEditor, fromPath] = JSON.parse(renderWebAnnotations({ articles: [given, bareArticle('/x/a b.txt', text, [claim])] }));
  assert.equal(fromEditor.target.source, 'vscode-vfs://github/org/repo/a%20b.txt');
  assert.equal(fromEditor.id, 'vscode-vfs://github/org/repo/a%20b.txt.press.yaml#u1');
  assert.equal(fromPath.target.source, 'file:///x/a%20b.txt');
});

/** Terms of http://www.w3.org/ns/anno.jsonld used here: any other key would vanish in JSON-LD processing. */
const ANNO_CONTEXT_TERMS = new Set(['@context', 'id', 'type', 'motivation', 'created', 'modified', 'creator', 'generator', 'name', 'body', 'purpose', 'value', 'format', 'source', 'label', 'target', 'selector', 'exact', 'prefix', 'suffix', 'start', 'end']);
const ANNO_CONTEXT_TYPES = new Set(['Annotation', 'TextualBody', 'SpecificResource', 'TextQuoteSelector', 'TextPositionSelector', 'Person', 'Software']);

function keysAndTypes(value: unknown, keys = new Set<string>(), types = new Set<string>()): { keys: Set<string>; types: Set<string> } {
  if (Array.isArray(value)) for (const v of value) keysAndTypes(v, keys, types);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      if (k === 'type') types.add(v as string);
      keysAndTypes(v, keys, types);
    }
  }
  return { keys, types };
}

test('every key and type is a term of the annotation context (nothing is lost to JSON-LD)', () => {
  const { keys, types } = keysAndTypes(JSON.parse(renderWebAnnotations(sampleInput())));
  for (const k of keys) assert.ok(ANNO_CONTEXT_TERMS.has(k), `key ${k}`);
  for (const t of types) assert.ok(ANNO_CONTEXT_TYPES.has(t), `type ${t}`);
});
