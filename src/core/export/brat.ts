// brat standoff (https://brat.nlplab.org/standoff.html), for researchers' annotation tools:
// the recognisers' entities and quotations as text-bound annotations of a .txt document.
//
//   T1<TAB>PER 0 15<TAB>Emmanuel Macron
//   #1<TAB>AnnotatorNotes T1<TAB>emmanuel-macron
//   T2<TAB>Quotation 40 71;72 90<TAB>« first paragraph second paragraph »
//   A1<TAB>Kind T2 direct
//   #2<TAB>AnnotatorNotes T2<TAB>speaker: emmanuel-macron (Emmanuel Macron)
//
// - Offsets count Unicode code points (brat is Python, whose strings index code points), not
//   the UTF-16 units of the rest of Press Annotator: every emoji before a span shifts it by one.
// - The .txt brat reads is a copy of the text with LF line breaks: Python readers with
//   universal newlines turn CRLF into LF, so offsets counted on the LF copy are right for
//   every reader, whatever line endings the article has.
// - A span that crosses a line break (a quotation over two paragraphs) is written as
//   fragments "start end;start end" without the breaks, its text the fragments joined by a
//   space, as brat itself does.
// - The entity id and the quotation's speaker go in AnnotatorNotes (free text brat shows),
//   the quotation's kind in a `Kind` attribute declared in the annotation.conf written beside.

import { normaliseEol } from '../claims/eol-view';
import { codePointOffsets } from './code-points';
import { oneLine } from '../text/spaces';
import type { ExportArticle, ExportedFile, ExportInput } from './types';

export const BRAT_QUOTE_TYPE = 'Quotation';

/** Declares the types the .ann files use and lets quotations contain entities. */
export const BRAT_ANNOTATION_CONF = `# Press Annotator: entity and quotation types of the .ann files in this folder.
[entities]
PER
ORG
LOC
DATE
EVENT
${BRAT_QUOTE_TYPE}

[relations]
# Quotations contain entities and entities may share a span: allow every overlap.
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Kind\tArg:${BRAT_QUOTE_TYPE}, Value:direct|partial
`;

interface Span {
  start: number;
  end: number;
  type: string;
  note?: string;
  kind?: string;
}

/** The text of the .txt brat reads: the article with LF line breaks. */
export function bratText(text: string): string {
  return normaliseEol(text);
}

/** The .ann of one article, offsets in code points of bratText(article.text). */
export function bratAnnotations(article: ExportArticle): string {
  const { text, analysis } = article;
  const toChars = codePointOffsets(text, { crlfAsOne: true });
  const spans: Span[] = [
    ...analysis.entities.map((e) => ({ start: e.start, end: e.end, type: e.type, note: e.id })),
    ...analysis.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      type: BRAT_QUOTE_TYPE,
      kind: q.kind,
      note: q.speaker ? `speaker: ${q.speaker.id} (${oneLine(q.speaker.text)})` : undefined,
    })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);

  const lines: string[] = [];
  let textBound = 0;
  let notes = 0;
  let attributes = 0;
  for (const span of spans) {
    const fragments = lineFragments(text, span.start, span.end);
    if (fragments.length === 0) continue;
    const id = `T${++textBound}`;
    const offsets = fragments.map(([s, e]) => `${toChars(s)} ${toChars(e)}`).join(';');
    const words = fragments.map(([s, e]) => text.slice(s, e)).join(' ');
    lines.push(`${id}\t${span.type} ${offsets}\t${words}`);
    if (span.kind) lines.push(`A${++attributes}\tKind ${id} ${span.kind}`);
    if (span.note) lines.push(`#${++notes}\tAnnotatorNotes ${id}\t${oneLine(span.note)}`);
  }
  return lines.map((line) => line + '\n').join('');
}

/** [start, end) split at line breaks, without the breaks and without blank pieces. */
function lineFragments(text: string, start: number, end: number): [number, number][] {
  const fragments: [number, number][] = [];
  let from = start;
  // A character walk: spans are short, and a regular expression would allocate per span.
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x0a && code !== 0x0d) continue;
    fragments.push([from, i]);
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    from = i + 1;
  }
  fragments.push([from, end]);
  return fragments.length === 1 && end > start ? fragments : fragments.filter(([s, e]) => e > s && /\S/.test(text.slice(s, e)));
}

/**
 * One .txt and one .ann per article, named after the article's path below the folder all the
 * articles share (`fr/a.txt` -> `fr/a.txt` + `fr/a.ann`; `a.md` -> `a.md.txt` + `a.md.ann`, so
 * that a.md and a.txt never share files), and the annotation.conf.
 * @throws Error when two articles would be written to the same files.
 */
export function renderBrat(input: ExportInput): ExportedFile[] {
  const base = commonFolder(input.articles.map((a) => a.path));
  const files: ExportedFile[] = [];
  const owners = new Map<string, string>();
  for (const article of input.articles) {
    const stem = bratStem(relativeTo(article.path, base));
    // Compared without case: on macOS and Windows disks A.txt and a.txt are one file.
    const previous = owners.get(stem.toLowerCase());
    if (previous !== undefined) {
      throw new Error(`${article.path}: its brat files would overwrite those of ${previous} (${stem}.txt, ${stem}.ann)`);
    }
    owners.set(stem.toLowerCase(), article.path);
    files.push({ name: `${stem}.ann`, content: bratAnnotations(article), primary: true });
    files.push({ name: `${stem}.txt`, content: bratText(article.text), primary: false });
  }
  files.push({ name: 'annotation.conf', content: BRAT_ANNOTATION_CONF, primary: false });
  return files;
}

/** `a.txt` -> `a`; any other name keeps its extension (`a.md` -> `a.md`). */
function bratStem(path: string): string {
  return /\.txt$/i.test(path) ? path.slice(0, -4) : path;
}

/** The longest folder prefix of every path ('' when they share none). */
function commonFolder(paths: string[]): string {
  if (paths.length === 0) return '';
  const folders = paths.map((p) => p.split('/').slice(0, -1));
  let shared = folders[0];
  for (const folder of folders.slice(1)) {
    let i = 0;
    while (i < shared.length && i < folder.length && shared[i] === folder[i]) i++;
    shared = shared.slice(0, i);
  }
  return shared.join('/');
}

/** `path` below `folder`, without any '..' or '.' segment: a name can never leave the output folder. */
function relativeTo(path: string, folder: string): string {
  return path
    .slice(folder.length)
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .join('/');
}
