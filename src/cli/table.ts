// Plain-text tables for terminal output: columns padded to their widest cell, numbers right-aligned.

import { clip as clipText, collapseSpaces } from '../core/text/spaces';

export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => displayWidth(r[c] ?? ''))));
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number'));
  const line = (r: string[]): string =>
    r
      .map((cell, c) => (numeric[c] ? pad(cell, widths[c], 'left') : pad(cell, widths[c], 'right')))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Characters as a terminal shows them: combining marks take no column. */
function displayWidth(s: string): number {
  return s.normalize('NFC').replace(/\p{M}/gu, '').length;
}

function pad(s: string, width: number, side: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return side === 'left' ? fill + s : s + fill;
}

/** Shortens to `max` characters with an ellipsis, on one line. */
export function clip(s: string, max: number): string {
  return clipText(collapseSpaces(s), max);
}
