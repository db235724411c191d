// Edit-distance primitives for anchoring, each bounded by the size of the strings it is given:
// callers choose small windows, so a search never costs more than a few windows of the text.
// (The Hypothesis client searches the whole document with a bit-parallel matcher; we search
// only where the claim can plausibly be, which keeps a 1 MB article cheap.)

export interface ApproximateMatch {
  /** Offsets into the searched text. */
  start: number;
  end: number;
  /** Levenshtein distance between the pattern and text[start, end). */
  edits: number;
}

/**
 * The best place of `pattern` inside `text[from, to)`: all of the pattern, any part of the
 * window, fewest edits (ties: the end nearest `preferredEnd`). Undefined when every placement
 * needs more than `maxEdits` edits. Cost: pattern.length × (to - from).
 */
export function searchApproximate(
  text: string,
  pattern: string,
  from: number,
  to: number,
  maxEdits: number,
  preferredEnd: number,
): ApproximateMatch | undefined {
  const m = pattern.length;
  const n = to - from;
  if (m === 0 || n <= 0) return undefined;
  let previous = new Int32Array(n + 1); // row 0: a match may start anywhere, for free
  let current = new Int32Array(n + 1);
  for (let i = 1; i <= m; i++) {
    const code = pattern.charCodeAt(i - 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const substitute = previous[j - 1] + (text.charCodeAt(from + j - 1) === code ? 0 : 1);
      const cost = Math.min(substitute, previous[j] + 1, current[j - 1] + 1);
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > maxEdits) return undefined; // costs only grow row by row: give up early
    [previous, current] = [current, previous];
  }
  let bestEnd = -1;
  for (let j = 0; j <= n; j++) {
    const cost = previous[j];
    if (cost > maxEdits) continue;
    if (
      bestEnd === -1 ||
      cost < previous[bestEnd] ||
      (cost === previous[bestEnd] && Math.abs(from + j - preferredEnd) < Math.abs(from + bestEnd - preferredEnd))
    ) {
      bestEnd = j;
    }
  }
  if (bestEnd === -1) return undefined;
  const end = from + bestEnd;
  const { length } = alignAnchored(text, pattern, end, 'backward', end - from);
  return { start: end - length, end, edits: previous[bestEnd] };
}

/**
 * The best alignment of all of `pattern` with the text that starts exactly at `at` and reads
 * forward (or ends exactly at `at` and reads backward), using at most `maxLength` characters
 * of text: its edits, and how many characters of text it covers (among equally good ones, the
 * length closest to the pattern's).
 */
export function alignAnchored(
  text: string,
  pattern: string,
  at: number,
  direction: 'forward' | 'backward',
  maxLength: number,
): { edits: number; length: number } {
  const m = pattern.length;
  const n = Math.max(0, Math.min(maxLength, direction === 'forward' ? text.length - at : at));
  const patternAt = direction === 'forward' ? (i: number) => pattern.charCodeAt(i) : (i: number) => pattern.charCodeAt(m - 1 - i);
  const textAt = direction === 'forward' ? (j: number) => text.charCodeAt(at + j) : (j: number) => text.charCodeAt(at - 1 - j);
  let previous = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    const code = patternAt(i - 1);
    current[0] = i;
    for (let j = 1; j <= n; j++) {
      const substitute = previous[j - 1] + (textAt(j - 1) === code ? 0 : 1);
      current[j] = Math.min(substitute, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  let length = 0;
  for (let j = 1; j <= n; j++) {
    if (previous[j] < previous[length] || (previous[j] === previous[length] && Math.abs(j - m) < Math.abs(length - m))) length = j;
  }
  return { edits: previous[length], length };
}

/**
 * How many edits separate `context` from the text right before `at` (or right after, for a
 * suffix): the best alignment of the whole context that touches `at`, free at its far end.
 * An empty context stands for the start (or end) of the text: 0 there, 1 anywhere else.
 */
export function contextEdits(text: string, at: number, context: string, side: 'before' | 'after'): number {
  const m = context.length;
  if (m === 0) return (side === 'before' ? at === 0 : at === text.length) ? 0 : 1;
  if (side === 'before' ? text.endsWith(context, at) : text.startsWith(context, at)) return 0;
  const slack = Math.max(4, m >> 2);
  return alignAnchored(text, context, at, side === 'before' ? 'backward' : 'forward', m + slack).edits;
}
