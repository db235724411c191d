// A text that remembers where each of its characters came from, for the anchoring property
// test: every edit keeps, for each character, its offset in the original text (-1 for a typed
// one), so after any sequence of edits we know exactly where the claimed words are now, if
// anywhere, and can judge a re-anchoring right or wrong without trusting the code under test.

export interface TrackedText {
  text: string;
  /** origin[i]: offset in the original text of character i, or -1 when it was inserted. */
  origin: Int32Array;
}

export function track(text: string): TrackedText {
  return { text, origin: Int32Array.from({ length: text.length }, (_, i) => i) };
}

export function splice(doc: TrackedText, start: number, end: number, insert: string, insertOrigin?: Int32Array): TrackedText {
  const added = insertOrigin ?? new Int32Array(insert.length).fill(-1);
  const origin = new Int32Array(doc.origin.length - (end - start) + added.length);
  origin.set(doc.origin.subarray(0, start), 0);
  origin.set(added, start);
  origin.set(doc.origin.subarray(end), start + added.length);
  return { text: doc.text.slice(0, start) + insert + doc.text.slice(end), origin };
}

/** Every line break written as CRLF (the new "\r" are typed characters) or as LF. */
export function convertLineEndings(doc: TrackedText, to: 'crlf' | 'lf'): TrackedText {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < doc.text.length; i++) {
    const ch = doc.text[i];
    if (ch === '\r' && doc.text[i + 1] === '\n') {
      if (to === 'lf') continue;
    } else if (ch === '\n' && to === 'crlf' && doc.text[i - 1] !== '\r') {
      text += '\r';
      origin.push(-1);
    }
    text += ch;
    origin.push(doc.origin[i]);
  }
  return { text, origin: Int32Array.from(origin) };
}

/** [start, end) of each line, its line break included (the last line may have none). */
export function lines(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    result.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < text.length) result.push({ start, end: text.length });
  return result;
}

/** Moves line `from` (with its break) to the start of line `to` (indexes before the move). */
export function moveLine(doc: TrackedText, from: number, to: number): TrackedText {
  const all = lines(doc.text);
  const line = all[from];
  const target = all[to];
  if (!line || !target || from === to) return doc;
  let content = doc.text.slice(line.start, line.end);
  let contentOrigin = doc.origin.slice(line.start, line.end);
  if (!content.endsWith('\n')) {
    content += '\n';
    contentOrigin = Int32Array.from([...contentOrigin, -1]);
  }
  const removed = splice(doc, line.start, line.end, '');
  const insertAt = target.start > line.start ? target.start - (line.end - line.start) : target.start;
  return splice(removed, insertAt, insertAt, content, contentOrigin);
}

/** Inserts a copy of line `index` (same origins: both copies are the claimed words) before or after it. */
export function duplicateLine(doc: TrackedText, index: number, after: boolean): TrackedText {
  const line = lines(doc.text)[index];
  if (!line) return doc;
  let content = doc.text.slice(line.start, line.end);
  let contentOrigin = doc.origin.slice(line.start, line.end);
  if (!content.endsWith('\n')) {
    content = '\n' + content;
    contentOrigin = Int32Array.from([-1, ...contentOrigin]);
  }
  const at = after ? line.end : line.start;
  return splice(doc, at, at, content, contentOrigin);
}

/**
 * The places where the claimed characters [start, end) of the original survive in order and
 * untouched (line-ending changes aside: a typed "\r" before "\n" and a dropped original "\r"
 * are allowed), as [start, end) in the current text.
 */
export function intactRuns(doc: TrackedText, original: string, start: number, end: number): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  for (let p = 0; p < doc.origin.length; p++) {
    if (doc.origin[p] !== start && !(original[start] === '\r' && doc.origin[p] === start + 1)) continue;
    let k = doc.origin[p];
    let q = p;
    while (q < doc.origin.length && k < end) {
      if (doc.origin[q] === k) {
        k++;
        q++;
      } else if (doc.origin[q] === -1 && doc.text[q] === '\r' && original[k] === '\n') {
        q++;
      } else if (original[k] === '\r' && original[k + 1] === '\n') {
        k++;
      } else {
        break;
      }
    }
    if (k === end) runs.push({ start: p, end: q });
  }
  return runs;
}

/** Positions of the current text holding one of the claimed characters. */
export function survivingPositions(doc: TrackedText, start: number, end: number): number[] {
  const positions: number[] = [];
  for (let p = 0; p < doc.origin.length; p++) if (doc.origin[p] >= start && doc.origin[p] < end) positions.push(p);
  return positions;
}

/** Groups positions into regions, splitting where they are more than `gap` apart. */
export function regions(positions: number[], gap: number): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  for (const p of positions) {
    const last = result[result.length - 1];
    if (last && p - last.end <= gap) last.end = p + 1;
    else result.push({ start: p, end: p + 1 });
  }
  return result;
}

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1);
    }
    previous = current;
  }
  return previous[b.length];
}
