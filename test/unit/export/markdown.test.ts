import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeBlock, escapeInline, renderMarkdown } from '../../../src/core/export/markdown';
import { hostileInput, IMG, SCRIPT } from './hostile';
import { sampleInput } from './sample';

function headings(md: string): string[] {
  return md.split('\n').filter((line) => /^#{1,6} /.test(line));
}

test('structure: a title, one section per article, one numbered heading per claim in reading order', () => {
  const md = renderMarkdown(sampleInput());
  assert.deepEqual(headings(md), [
    '# Fact-check report',
    '## /press/articles/chômage.txt',
    '### 1. False — Le chômage a baissé de 50 % en un an',
    '### 2. Not yet rated — rien ne le prouve',
    '### 3. Mostly false — Le déficit a doublé',
  ]);
  assert.match(md, /^1 article · 3 claims: 1 Not yet rated, 1 Mostly false, 1 False$/m);
  assert.match(md, /^language: fr · 3 claims · 4 entity mentions · 2 quotations$/m);
  assert.ok(md.endsWith('\n') && !md.endsWith('\n\n'));
});

test('each claim: the quote in context, then verdict, speaker, sources, tags, position and note', () => {
  const md = renderMarkdown(sampleInput());
  const first = md.slice(md.indexOf('### 1.'), md.indexOf('### 2.'));
  assert.match(first, /^> Le ministre Bruno Dupont a déclaré : « \*\*Le chômage a baissé de 50 % en un an\*\*\. » Selon l'INSEE, la baisse est de 2 %\.$/m);
  assert.match(first, /^- \*\*Verdict:\*\* False \(1\/5\)$/m);
  assert.match(first, /^- \*\*Speaker:\*\* Bruno Dupont$/m);
  assert.match(first, /^- \*\*Sources:\*\* \[INSEE, enquête Emploi\]\(<https:\/\/www\.insee\.fr\/fr\/statistiques\/1>\)$/m);
  assert.match(first, /^- \*\*Tags:\*\* emploi, chiffres$/m);
  assert.match(first, /^- \*\*Where:\*\* line 1 \(anchor exact\)$/m);
  assert.match(first, /^- \*\*Checked:\*\* Jeanne Martin, created 2025-03-01T09:30:00Z, updated 2025-03-02T17:05:00Z$/m);
  assert.match(first, /\*\*Note\*\*\n\nLes chiffres de l'INSEE disent 2 %, "pas 50"\.\nVoir le tableau 3, ligne 2\./);
});

test('an orphaned claim is shown with its last-seen words, not dropped', () => {
  const md = renderMarkdown(sampleInput());
  const third = md.slice(md.indexOf('### 3.'));
  assert.match(third, /\*\*Orphaned:\*\* these words are no longer found/);
  assert.match(third, /^> …avant les mots \*\*Le déficit a doublé\*\* après les mots…$/m);
  assert.match(third, /^- \*\*Where:\*\* anchor orphaned$/m);
});

test('article text and notes cannot become HTML, links, formatting or blocks', () => {
  const md = renderMarkdown(hostileInput());
  assert.ok(!md.includes(SCRIPT) && !md.includes(IMG), 'no raw tag survives');
  // Every < is escaped, except the one opening a web link's destination.
  assert.ok(!/(^|[^\\])<(?!https:\/\/)/.test(md), 'every < is escaped');
  assert.ok(!/[^\\]\]\(javascript:/.test(md), 'no javascript: link (its ] is escaped)');
  assert.match(md, /\\<script\\>alert\(1\)\\<\/script\\> \\\*gras\\\* \\\[lien\\\]\(javascript:alert\(3\)\)/);
  // The note's lines keep their words but none opens a block.
  const note = md.slice(md.indexOf('**Note**') + '**Note**\n\n'.length);
  const lines = note.trimEnd().split('\n');
  assert.deepEqual(lines, [
    'Note \\<script\\>alert(1)\\</script\\>',
    '\\# heading?',
    '\\> quote?',
    '\\- list?',
    '1\\. item?',
    '',
    'code?',
    '\\---',
    '\\<img src=x onerror=alert(2)\\>',
  ]);
  // The javascript: source is plain text; the web one is a link.
  assert.match(md, /- \*\*Sources:\*\* \\<i\\>evil\\<\/i\\>; \[\\<img src=x onerror=alert\(2\)\\> title\]\(<https:\/\/example\.org\/a\?b=1&c="2">\)/);
});

test('escapeInline and escapeBlock', () => {
  assert.equal(escapeInline('a *b*\n  _c_ `d` | e ~f~ & <g> [h] !'), 'a \\*b\\* \\_c\\_ \\`d\\` \\| e \\~f\\~ \\& \\<g\\> \\[h\\] \\!');
  assert.equal(escapeBlock('one\r\ntwo\n\n\n\n3) three\n+ four\n=== five'), 'one\ntwo\n\n3\\) three\n\\+ four\n\\=== five');
});
