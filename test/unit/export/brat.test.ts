import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BRAT_ANNOTATION_CONF, bratAnnotations, bratText, renderBrat } from '../../../src/core/export/brat';
import type { ExportArticle } from '../../../src/core/export/types';
import { bareArticle, entity, frenchArticle, quote } from './sample';

interface TextBound {
  id: string;
  type: string;
  fragments: [number, number][];
  text: string;
}

/**
 * Reads a .ann the way brat does: T lines "ID<TAB>TYPE START END[;START END]...<TAB>TEXT",
 * and checks what brat checks on load, that each text equals the document's code points at
 * those offsets (fragments joined by a space).
 */
function readAnn(ann: string, documentText: string): { textBound: TextBound[]; lines: string[] } {
  const chars = [...documentText];
  const lines = ann.split('\n');
  assert.equal(lines.pop(), '', 'ends with a line break');
  const textBound: TextBound[] = [];
  for (const line of lines) {
    const t = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
    if (!t) {
      assert.match(line, /^(A\d+\tKind T\d+ (direct|partial)|#\d+\tAnnotatorNotes T\d+\t[^\t\n]+)$/, `line: ${line}`);
      continue;
    }
    const fragments = t[3].split(';').map((f) => f.split(' ').map(Number) as [number, number]);
    const spanned = fragments.map(([s, e]) => chars.slice(s, e).join('')).join(' ');
    assert.equal(spanned, t[4], `${t[1]}: text matches the document at its offsets`);
    textBound.push({ id: t[1], type: t[2], fragments, text: t[4] });
  }
  return { textBound, lines };
}

test('entities and quotations as T lines whose text matches the document', () => {
  const article = frenchArticle();
  const ann = bratAnnotations(article);
  const { textBound, lines } = readAnn(ann, bratText(article.text));
  assert.deepEqual(
    textBound.map((t) => [t.type, t.text]),
    [
      ['PER', 'Bruno Dupont'],
      ['Quotation', '« Le chômage a baissé de 50 % en un an. »'],
      ['ORG', 'INSEE'],
      ['PER', 'Marie Curie'],
      ['ORG', 'OMS'],
      ['Quotation', '« rien ne le prouve »'],
    ],
  );
  assert.deepEqual(lines.slice(0, 5), [
    'T1\tPER 12 24\tBruno Dupont',
    '#1\tAnnotatorNotes T1\tbruno-dupont',
    'T2\tQuotation 37 78\t« Le chômage a baissé de 50 % en un an. »',
    'A1\tKind T2 direct',
    '#2\tAnnotatorNotes T2\tspeaker: bruno-dupont (Bruno Dupont)',
  ]);
});

test('offsets count code points: an emoji shifts every later offset by one', () => {
  const text = '🎉 Emmanuel Macron a dit « non 🙅 merci » à Paris.';
  const article = bareArticle('/a.txt', text);
  article.analysis.entities.push(entity(text, 'Emmanuel Macron', 'PER', 'emmanuel-macron'), entity(text, 'Paris', 'LOC', 'paris'));
  article.analysis.quotes.push(quote(text, '« non 🙅 merci »', null));
  assert.equal(text.indexOf('Emmanuel'), 3, 'UTF-16: the emoji is two units');
  const { textBound } = readAnn(bratAnnotations(article), bratText(text));
  assert.deepEqual(
    textBound.map((t) => [t.text, t.fragments]),
    [
      ['Emmanuel Macron', [[2, 17]]],
      ['« non 🙅 merci »', [[24, 39]]],
      ['Paris', [[42, 47]]],
    ],
  );
  assert.equal(text.indexOf('Paris'), 44, 'two emoji before Paris: two units more than code points');
});

test('CRLF articles: the .txt copy has LF breaks and the offsets are counted on it', () => {
  const text = 'Première ligne.\r\nJean Valjean parle.\r\n« Deux\r\nlignes »\r\n';
  const article = bareArticle('/crlf.txt', text, [], 'fr');
  article.analysis.entities.push(entity(text, 'Jean Valjean', 'PER', 'jean-valjean'));
  article.analysis.quotes.push(quote(text, '« Deux\r\nlignes »', null));
  const copy = bratText(text);
  assert.ok(!copy.includes('\r'));
  const { textBound } = readAnn(bratAnnotations(article), copy);
  assert.deepEqual(textBound[0].fragments, [[16, 28]]);
  assert.deepEqual(textBound[1].fragments, [[36, 42], [43, 51]], 'a quotation over two lines is two fragments');
  assert.equal(textBound[1].text, '« Deux lignes »');
});

test('a span over a blank line keeps no empty fragment', () => {
  const text = '« Un.\n\nDeux. »';
  const article = bareArticle('/q.txt', text);
  article.analysis.quotes.push(quote(text, text, null));
  const { textBound } = readAnn(bratAnnotations(article), bratText(text));
  assert.deepEqual(textBound[0].fragments, [[0, 5], [7, 14]]);
});

function names(articles: ExportArticle[]): string[] {
  return renderBrat({ articles }).map((f) => `${f.name}${f.primary ? '' : ' (companion)'}`);
}

test('one .ann beside a copy of each .txt, named below the shared folder, and the annotation.conf', () => {
  assert.deepEqual(names([bareArticle('corpus/a.txt', 'A.'), bareArticle('corpus/fr/b.md', 'B.'), bareArticle('corpus/fr/b.txt', 'B.')]), [
    'a.ann',
    'a.txt (companion)',
    'fr/b.md.ann',
    'fr/b.md.txt (companion)',
    'fr/b.ann',
    'fr/b.txt (companion)',
    'annotation.conf (companion)',
  ]);
  const files = renderBrat({ articles: [bareArticle('/x/a.txt', 'Texte\r\nsuite')] });
  assert.equal(files.find((f) => f.name === 'a.txt')?.content, 'Texte\nsuite');
  assert.equal(files.find((f) => f.name === 'annotation.conf')?.content, BRAT_ANNOTATION_CONF);
});

test('names never leave the output folder, and two articles never share files', () => {
  assert.deepEqual(names([bareArticle('../up/a.txt', 'A.'), bareArticle('b.txt', 'B.')]), [
    'up/a.ann',
    'up/a.txt (companion)',
    'b.ann',
    'b.txt (companion)',
    'annotation.conf (companion)',
  ]);
  assert.throws(() => renderBrat({ articles: [bareArticle('d/A.txt', 'A.'), bareArticle('d/a.txt', 'a.')] }), /d\/a\.txt: its brat files would overwrite those of d\/A\.txt/);
});

test('annotation.conf declares every type the .ann files use and allows overlaps', () => {
  const conf = BRAT_ANNOTATION_CONF;
  const entities = conf.slice(conf.indexOf('[entities]'), conf.indexOf('[relations]')).split('\n').slice(1).filter((l) => l && !l.startsWith('#'));
  assert.deepEqual(entities, ['PER', 'ORG', 'LOC', 'DATE', 'EVENT', 'Quotation']);
  assert.match(conf, /<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>/);
  assert.match(conf, /^Kind\tArg:Quotation, Value:direct\|partial$/m);
});
