// From one article's analysis to the ranges each decoration type shows. Pure (no `vscode`), so
// it is unit-tested in plain Node and measured by `npm run bench` on a 1 MB article: this is the
// extension-host work per update once the analysis is back from the worker.
import { LineIndex } from '../core/text/lines';
import type { ArticleAnalysis, EntityMention, EntityType } from '../core/recognise/types';

/** 0-based lines and UTF-16 characters, as vscode.Range takes them; flat, to allocate little. */
export interface PlannedRange {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

export interface PlannedQuote extends PlannedRange {
  /** "— Donald Trump" after the quote, or undefined when nobody is attributed. */
  speakerLabel?: string;
}

export interface DecorationPlan {
  entities: Record<EntityType, PlannedRange[]>;
  quotes: PlannedQuote[];
}

/**
 * Ranges per entity type (only the types in `shown`) and per quote, with the speaker's name.
 * Spans arrive sorted by start, so positions are found by one forward walk over the line
 * starts instead of a binary search per span.
 */
export function planDecorations(text: string, analysis: ArticleAnalysis, shown: ReadonlySet<EntityType>, lines = new LineIndex(text)): DecorationPlan {
  const entities: Record<EntityType, PlannedRange[]> = { PER: [], ORG: [], LOC: [], DATE: [], EVENT: [] };
  const toRange = rangeMaker(lines);
  for (const mention of analysis.entities) {
    if (shown.has(mention.type)) entities[mention.type].push(toRange(mention.start, mention.end));
  }
  const names = speakerNames(analysis.entities);
  const quotes: PlannedQuote[] = [];
  const toQuoteRange = rangeMaker(lines);
  for (const quote of analysis.quotes) {
    const range: PlannedQuote = toQuoteRange(quote.start, quote.end);
    if (quote.speaker) range.speakerLabel = `— ${names.get(quote.speaker.id) ?? quote.speaker.text}`;
    quotes.push(range);
  }
  return { entities, quotes };
}

/**
 * The name to show for each entity id: its longest mention in the article ("Donald Trump"
 * rather than "Trump" or "il"), the fullest form the reader has seen.
 */
export function speakerNames(entities: readonly EntityMention[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of entities) {
    const known = names.get(e.id);
    if (e.type === 'PER' || e.type === 'ORG') {
      if (known === undefined || e.text.length > known.length) names.set(e.id, e.text);
    }
  }
  return names;
}

/**
 * Offset -> range for spans sorted by start: remembers the line reached so far and walks forward
 * over the line starts, falling back to the binary search when an offset goes backwards (an end
 * before the current line, or spans out of order).
 */
function rangeMaker(lines: LineIndex): (start: number, end: number) => PlannedRange {
  let line = 0;
  let lineStart = 0;
  let lineEnd = lines.lineAt(0).end;
  let nextStart = lines.lineCount > 1 ? lines.lineAt(1).start : Infinity;
  const advanceTo = (offset: number) => {
    while (offset >= nextStart) {
      line++;
      lineStart = nextStart;
      const extent = lines.lineAt(line);
      lineEnd = extent.end;
      nextStart = line + 1 < lines.lineCount ? lines.lineAt(line + 1).start : Infinity;
    }
  };
  return (start, end) => {
    if (start < lineStart) {
      const s = lines.positionAt(start);
      const e = lines.positionAt(end);
      return { startLine: s.line, startCharacter: s.character, endLine: e.line, endCharacter: e.character };
    }
    advanceTo(start);
    const startLine = line;
    const startCharacter = Math.min(start, lineEnd) - lineStart;
    if (end < nextStart) return { startLine, startCharacter, endLine: line, endCharacter: Math.min(end, lineEnd) - lineStart };
    // A span across lines (a quotation over a line break): its end is found without moving the
    // walk, so the next span still starts from here.
    const e = lines.positionAt(end);
    return { startLine, startCharacter, endLine: e.line, endCharacter: e.character };
  };
}

/** Counts for the status bar. */
export function countAnnotations(analysis: ArticleAnalysis, shown: ReadonlySet<EntityType>): { entities: number; quotes: number } {
  let entities = 0;
  for (const e of analysis.entities) if (shown.has(e.type)) entities++;
  return { entities, quotes: analysis.quotes.length };
}
